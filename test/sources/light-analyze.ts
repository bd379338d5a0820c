// A fast, deterministic stand-in for the pipeline, for the crash test: it must produce rows in
// every table (mentions, events, claims, evidence, assessments) without the pipeline's start-up
// cost, so that a 1,000-document ingest can be killed and rerun several times in seconds.
import type { AnalysisResult, DocumentRecord, Warning } from '../../src/model/types.ts';

export function lightAnalyze(doc: DocumentRecord, warnings: Warning[] = []): AnalysisResult {
  const mentions: AnalysisResult['mentions'] = [];
  for (const m of doc.text.matchAll(/\d+/g)) mentions.push({ kind: 'number', start: m.index!, end: m.index! + m[0].length, text: m[0], resolved: m[0] });
  for (const m of doc.text.matchAll(/\b[A-Z][a-zé]+/g)) mentions.push({ kind: 'place', start: m.index!, end: m.index! + m[0].length, text: m[0], resolved: null, reason: 'light' });
  const numbers = mentions.filter((m) => m.kind === 'number').slice(0, 3);
  const place = mentions.find((m) => m.kind === 'place');
  const events: AnalysisResult['events'] = numbers.map((n, i) => ({
    event_id_cnty: `T-${doc.id.slice(0, 8)}-${i + 1}`,
    event_date: '2024-09-17', time_precision: 1, disorder_type: 'Political violence', event_type: 'Battles', sub_event_type: 'Armed clash',
    actor1: 'JNIM: Group for Support of Islam and Muslims', assoc_actor_1: '', inter1: 'Rebel group', actor2: 'Military Forces of Mali (2021-)', assoc_actor_2: '', inter2: 'State forces',
    interaction: 'Rebel group-State forces', civilian_targeting: '', iso: 466, country: 'Mali', admin1: 'Mopti', admin2: '', admin3: '', location: place?.text ?? '',
    latitude: 14.5, longitude: -4.2, geo_precision: 1, fatalities: Number(n.text), source: '', source_scale: '', notes: '', tags: '', timestamp: 0,
    date_start: '2024-09-17', date_end: '2024-09-17', date_text: null, fatalities_low: Number(n.text), fatalities_best: Number(n.text), fatalities_high: Number(n.text),
    claims: [{ claimant: 'the report', kind: 'fatalities', value: { min: Number(n.text), max: Number(n.text), text: n.text }, subject: '', stance: 'asserts', evidence: [{ field: 'claim', start: n.start, end: n.end, text: n.text }] }],
    background: false,
    evidence: [{ field: 'fatalities', start: n.start, end: n.end, text: n.text }, ...(place ? [{ field: 'location', start: place.start, end: place.end, text: place.text }] : [])],
    confidence: 0.5, source_documents: [doc.id],
  }));
  const assessments: AnalysisResult['assessments'] = /control/i.test(doc.text)
    ? [{ subject: 'JNIM', predicate: 'controls', object: [place?.text ?? ''], quantity: null, as_of: null, claimant: 'the report', evidence: [{ field: 'subject', start: 0, end: 1, text: doc.text.slice(0, 1) }] }]
    : [];
  return { document: doc, events, assessments, mentions, warnings };
}

/** Rows one analysis writes, per table. */
export function expectedRows(r: AnalysisResult) {
  return {
    mentions: r.mentions.length,
    events: r.events.length,
    claims: r.events.reduce((n, e) => n + e.claims.length, 0),
    evidence: r.events.reduce((n, e) => n + e.evidence.length + e.claims.reduce((k, c) => k + c.evidence.length, 0), 0) + r.assessments.reduce((n, a) => n + a.evidence.length, 0),
    assessments: r.assessments.length,
  };
}
