// Hand-made analysis results for store tests: a document from a text, events from a few fields.
import { createHash } from 'node:crypto';
import type { AnalysisResult, DocumentRecord, EventRecord, LangOrUnd } from '../../src/model/types.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

export function doc(text: string, o: Partial<DocumentRecord> = {}): DocumentRecord {
  const h = sha(text);
  return {
    id: h.slice(0, 16),
    source: { kind: 'file', uri: `mem:${h.slice(0, 8)}.txt` },
    outlet: null,
    title: null,
    language: 'en' as LangOrUnd,
    published: '2024-09-18',
    published_source: 'user',
    text,
    raw_sha256: h,
    clean_sha256: h,
    format: 'text',
    url: null,
    ...o,
  };
}

export function event(o: Partial<EventRecord> = {}): EventRecord {
  return {
    event_id_cnty: 'MLI-x-1',
    event_date: '2024-09-17',
    time_precision: 1,
    disorder_type: 'Political violence',
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    actor1: 'JNIM: Group for Support of Islam and Muslims',
    assoc_actor_1: '',
    inter1: 'Rebel group',
    actor2: 'Military Forces of Mali (2021-)',
    assoc_actor_2: '',
    inter2: 'State forces',
    interaction: 'Rebel group-State forces',
    civilian_targeting: '',
    iso: 466,
    country: 'Mali',
    admin1: 'Bamako',
    admin2: '',
    admin3: '',
    location: 'Bamako',
    latitude: 12.65,
    longitude: -8,
    geo_precision: 1,
    fatalities: 0,
    source: '',
    source_scale: '',
    notes: '',
    tags: '',
    timestamp: 1726600000,
    date_start: '2024-09-17',
    date_end: '2024-09-17',
    date_text: { text: 'yesterday', relative: true, resolved: true },
    fatalities_low: null,
    fatalities_best: null,
    fatalities_high: null,
    claims: [],
    background: false,
    evidence: [],
    confidence: 0.8,
    source_documents: [],
    ...o,
  };
}

/** An analysis result whose events name the document as their source. */
export function result(d: DocumentRecord, events: Array<Partial<EventRecord>> = [], extra: Partial<AnalysisResult> = {}): AnalysisResult {
  return {
    document: d,
    events: events.map((e, i) => event({ event_id_cnty: `X-${d.id.slice(0, 8)}-${i + 1}`, source_documents: [d.id], ...e })),
    assessments: [],
    mentions: [],
    warnings: [],
    ...extra,
  };
}
