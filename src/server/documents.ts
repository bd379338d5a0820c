/**
 * @module server/documents
 * A stored document as the interface shows it: its clean text and every evidence span that points
 * into it — the fields of its events, the words of each claim, the assessments — each span saying
 * what it supports (field, event key, incident, claim index) so the UI can link a highlight to its
 * field. Spans are sorted by position; offsets are UTF-16 code units into `document.text`.
 */
import type { Store } from '../store/index.ts';
import type { DocumentView, HighlightSpan } from './types.ts';

export type { DocumentView, HighlightSpan };

/** Keep only spans that lie inside the text (a damaged span must not break highlighting). */
const valid = (s: HighlightSpan, len: number) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= len;

export async function documentView(store: Store, id: string, opts: { mentions?: boolean } = {}): Promise<DocumentView | null> {
  const document = await store.getDocument(id);
  if (!document) return null;
  const [events, assessments] = await Promise.all([store.eventsOf(document.id), store.assessmentsOf(document.id)]);
  const spans: HighlightSpan[] = [];
  const base = { event_key: null, incident_id: null, claim: null, assessment: null };
  for (const e of events) {
    for (const ev of e.record.evidence) spans.push({ ...base, ...ev, owner: 'event', event_key: e.key, incident_id: e.incident_id });
    e.record.claims.forEach((c, i) => {
      for (const ev of c.evidence) spans.push({ ...base, ...ev, owner: 'claim', event_key: e.key, incident_id: e.incident_id, claim: i });
    });
  }
  assessments.forEach((a, i) => {
    for (const ev of a.evidence) spans.push({ ...base, ...ev, owner: 'assessment', assessment: i });
  });
  const len = document.text.length;
  const out: DocumentView = {
    document,
    spans: spans.filter((s) => valid(s, len)).sort((a, b) => a.start - b.start || b.end - a.end),
    assessments,
  };
  if (opts.mentions) out.mentions = await store.mentionsOf(document.id);
  return out;
}
