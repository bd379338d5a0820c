/**
 * @module server/types
 * Shapes the HTTP API returns beyond the model and store types. Types only (no runtime imports),
 * so the web interface can share them.
 */
import type { AnalysisResult, Assessment, Mention } from '../model/types.ts';
import type { SaveStatus, StoredDocument } from '../store/types.ts';

/** An evidence span of a stored document, with what it supports. */
export interface HighlightSpan {
  field: string;
  start: number;
  end: number;
  text: string;
  owner: 'event' | 'claim' | 'assessment' | 'mention';
  event_key: string | null;
  incident_id: string | null;
  /** Index of the claim in its event (owner `claim`). */
  claim: number | null;
  /** Index of the assessment in its document (owner `assessment`). */
  assessment: number | null;
}

export interface DocumentView {
  document: StoredDocument;
  spans: HighlightSpan[];
  assessments: Assessment[];
  mentions?: Mention[];
}

/** What POST /api/analyze?store=true adds to the analysis. */
export interface StoredInfo {
  status: SaveStatus;
  document_id: string;
  /** Distinct incidents the document's events belong to. */
  incident_ids: string[];
  /** Per stored event, in the document's order: the incident it belongs to. */
  event_incident_ids: Array<string | null>;
}

export type AnalyzeResponse = AnalysisResult & { stored?: StoredInfo };
