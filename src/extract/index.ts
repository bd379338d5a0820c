/**
 * @module extract
 * Prepared text → events, assessments, mentions. (Placeholder until the language packs land.)
 */
import type { Assessment, DocumentRecord, EventRecord, Mention, Warning } from '../model/types.ts';

export interface Extraction {
  events: EventRecord[];
  assessments: Assessment[];
  mentions: Mention[];
  warnings: Warning[];
}

export function extract(_doc: DocumentRecord): Extraction {
  return { events: [], assessments: [], mentions: [], warnings: [] };
}
