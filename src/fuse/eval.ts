/**
 * @module fuse/eval
 * Fusion evaluation on a fusion gold set: analyse each report, fuse all their events, score the
 * clustering of report mentions against the gold incidents (see ./score.ts).
 *
 * How system events become scored items (a report may carry several events, some spurious):
 * each system event of a report is labelled with the gold incident, among those the report lists
 * (news or background), whose date it overlaps (±1 day) and whose place it names (one of the
 * incident's `names`) or lies near (within the incident's `within_km`, widened to 10/60/300 km
 * for the event's geo_precision 1/2/3). Events matching no listed incident are "spurious": they
 * are fused like the others but are not items. Within a report, events and mentions are paired
 * one-to-one, best first (named place, then dated, then same background flag, then nearest, then
 * the report's order); events left over are "duplicates" (counted, not scored); a mention left
 * without an event is "missing" and scores as a singleton. The analyser is injected: the real pipeline, or the gold readings
 * ("oracle"), which scores fusion alone.
 */
import { dirname, join } from 'node:path';
import { analyzeFile } from '../pipeline/index.ts';
import { subEventType } from '../model/taxonomy.ts';
import type { Claim, EventRecord, InterLabel } from '../model/types.ts';
import { matchKey } from '../text/keys.ts';
import { dateRange, dayNumber, haversineKm, normalise, sameFamily } from './01-normalise.ts';
import { linkPair } from './03-link.ts';
import { loadFusionGold, type FusionGold, type GoldProblem, type GoldReading, type GoldReport } from './gold.ts';
import { scoreFusion, type FusionScores } from './score.ts';
import { fuseEvents, resolve, type FuseInput, type FuseOptions, type Incident } from './index.ts';

export type ReportAnalysis =
  | { ok: true; document_id: string; outlet: string | null; published?: string | null; events: EventRecord[] }
  | { ok: false; code: string; message: string };

/** Reads one report file (absolute path) and returns its events. */
export type ReportAnalyzer = (path: string, file: string, report: GoldReport) => ReportAnalysis;

export interface FusionEvalReport {
  scores: FusionScores;
  /** The same, over news mentions only (background recalls left out). */
  newsOnly: FusionScores;
  reports: number;
  events: number;
  labelled: number;
  spurious: number;
  duplicates: number;
  incidents: number;
  /** Per gold incident: how its mentions were grouped (predicted cluster → reports), and misses. */
  detail: Array<{ incident: string; groups: string[][]; missing: string[] }>;
  /** Predicted incidents holding mentions of several gold incidents: gold incident → reports. */
  mixed: Array<Record<string, string[]>>;
  errors: Array<{ file: string; code: string; message: string }>;
  incidentsOut: Incident[];
  /** With `explain`: what extraction gave for each report, and why split mentions were not linked. */
  explain?: string[];
}

export interface EvalOptions {
  analyze?: ReportAnalyzer;
  fuse?: FuseOptions;
  /** Add `explain` lines to the report (see explainLines). */
  explain?: boolean;
}

const ALLOW_KM: Record<number, number> = { 1: 10, 2: 60, 3: 300 };

interface Label {
  incident: string;
  named: boolean;
  dated: boolean;
  km: number;
}

/** Which of the report's gold incidents a system event describes, if any. */
export function labelEvent(e: EventRecord, candidates: string[], gold: FusionGold): Label | null {
  let best: Label | null = null;
  const range = dateRange({ ...e, document_id: '' });
  const loc = e.location ? matchKey(e.location) : '';
  for (const id of candidates) {
    const g = gold.incidents[id];
    const gs = dayNumber(g.date.start)!;
    const ge = dayNumber(g.date.end)!;
    if (range && !(range[0] <= ge + 1 && gs <= range[1] + 1)) continue;
    const named = !!loc && g.names.some((n) => sameFamily(matchKey(n), loc));
    const hasXY = typeof e.latitude === 'number' && typeof e.longitude === 'number';
    const km = hasXY ? haversineKm(e.latitude!, e.longitude!, g.place.lat, g.place.lon) : Infinity;
    const near = hasXY ? km <= Math.max(g.place.within_km, ALLOW_KM[e.geo_precision ?? 3] ?? 300) : !!e.country && matchKey(e.country) === matchKey(g.place.country);
    if (!named && !near) continue;
    const cand: Label = { incident: id, named, dated: !!range, km };
    if (!best || rank(cand) < rank(best)) best = cand;
  }
  return best;
}

const rank = (l: Label) => (l.named ? 0 : 1e7) + (l.dated ? 0 : 1e6) + Math.min(l.km, 1e5);

/** The gold readings of a report as system events (the "oracle extraction"). */
export function readingEvents(file: string, report: GoldReport): EventRecord[] {
  return (report.readings ?? []).map((r, k) => readingEvent(file, r, k));
}

const INTER: Array<[RegExp, InterLabel]> = [
  [/^military forces|^police forces|^government of/i, 'State forces'],
  [/^civilians/i, 'Civilians'],
  [/^wagner/i, 'External/Other forces'],
  [/militia|volunteers for the defense|dozo|koglweogo/i, 'Identity militia'],
  [/jnim|islamic state|ansaroul|al qaeda|katiba|front|unidentified armed group/i, 'Rebel group'],
];
const interOf = (name: string): InterLabel => (name ? (INTER.find(([re]) => re.test(name))?.[1] ?? 'Political militia') : '');

function readingEvent(file: string, r: GoldReading, k: number): EventRecord {
  const st = subEventType(r.sub_event_type)!;
  const [s1, s2] = r.actors;
  const w = (dayNumber(r.date.end)! - dayNumber(r.date.start)!);
  const claims: Claim[] = (r.claims ?? []).map((c) => ({
    claimant: c.claimant,
    kind: c.kind as Claim['kind'],
    value: { min: c.min, max: c.min, text: c.min === null ? '' : String(c.min) },
    subject: '',
    stance: 'asserts',
    evidence: [],
  }));
  return {
    event_id_cnty: `GOLD-${file}-${k + 1}`,
    event_date: r.date.start,
    time_precision: w === 0 ? 1 : w <= 7 ? 2 : w <= 31 ? 3 : null,
    disorder_type: st.disorder_type,
    event_type: st.event_type,
    sub_event_type: st.sub_event_type,
    actor1: s1[0] ?? '',
    assoc_actor_1: s1.slice(1).join('; '),
    inter1: interOf(s1[0] ?? ''),
    actor2: s2[0] ?? '',
    assoc_actor_2: s2.slice(1).join('; '),
    inter2: interOf(s2[0] ?? ''),
    interaction: '',
    civilian_targeting: st.event_type === 'Violence against civilians' ? 'Civilian targeting' : '',
    iso: null,
    country: r.place.country,
    admin1: r.place.admin1,
    admin2: r.place.admin2 ?? '',
    admin3: '',
    location: r.place.name,
    latitude: r.place.lat,
    longitude: r.place.lon,
    geo_precision: r.place.precision,
    fatalities: r.fatalities,
    source: '',
    source_scale: '',
    notes: '',
    tags: r.background ? 'background' : '',
    timestamp: 0,
    date_start: r.date.start,
    date_end: r.date.end,
    date_text: null,
    fatalities_low: r.fatalities || null,
    fatalities_best: r.fatalities || null,
    fatalities_high: r.fatalities || null,
    claims,
    background: r.background === true,
    evidence: [],
    confidence: 0.7,
    source_documents: [],
  };
}

/** The real pipeline as analyser (sidecars honoured: published, outlet, language). */
export const pipelineAnalyzer: ReportAnalyzer = (path) => {
  const r = analyzeFile(path);
  if (!r.ok) return { ok: false, code: r.error.code, message: r.error.message };
  const d = r.result.document;
  return { ok: true, document_id: d.id, outlet: d.outlet, published: d.published, events: r.result.events };
};

/** The gold readings as analyser: fusion scored on what the reports say, extraction left out. */
export const oracleAnalyzer: ReportAnalyzer = (_path, file, report) => ({ ok: true, document_id: `oracle:${file}`, outlet: null, events: readingEvents(file, report) });

export function evaluateFusion(goldPath: string, opts: EvalOptions = {}): FusionEvalReport | { ok: false; problems: GoldProblem[] } {
  const loaded = loadFusionGold(goldPath);
  if (!loaded.ok) return loaded;
  return evaluateLoaded(loaded.gold, dirname(goldPath), opts);
}

export function evaluateLoaded(gold: FusionGold, dir: string, opts: EvalOptions = {}): FusionEvalReport {
  const analyze = opts.analyze ?? pipelineAnalyzer;
  const errors: FusionEvalReport['errors'] = [];
  const inputs: FuseInput[] = [];
  /** item `file|incident` → the event key standing for it and its rank. */
  const chosen = new Map<string, { key: string; rank: number }>();
  const goldItems = new Map<string, string>();
  const newsItems = new Set<string>();
  let events = 0;
  let labelled = 0;
  let spurious = 0;
  let duplicates = 0;
  const byFile = new Map<string, Array<{ input: FuseInput; label: string | null }>>();
  for (const [file, rep] of Object.entries(gold.reports)) {
    const mine: Array<{ input: FuseInput; label: string | null }> = [];
    byFile.set(file, mine);
    const listed = [...rep.incidents, ...(rep.background ?? [])];
    for (const id of listed) goldItems.set(`${file}|${id}`, id);
    for (const id of rep.incidents) newsItems.add(`${file}|${id}`);
    const a = analyze(join(dir, file), file, rep);
    if (!a.ok) {
      errors.push({ file, code: a.code, message: a.message });
      continue;
    }
    // One-to-one first: each mention gets the best-ranked event not yet used, so a report's two
    // events are not both given to one incident while the other goes missing.
    const cands: Array<{ key: string; e: number; l: Label; r: number }> = [];
    a.events.forEach((e, k) => {
      events++;
      const input: FuseInput = { ...e, document_id: a.document_id, outlet: a.outlet, published: a.published ?? null };
      inputs.push(input);
      const key = `${a.document_id}/${e.event_id_cnty}`;
      let any = false;
      mine.push({ input, label: labelEvent(e, listed, gold)?.incident ?? null });
      for (const id of listed) {
        const l = labelEvent(e, [id], gold);
        if (!l) continue;
        any = true;
        const bgMismatch = e.background !== (rep.background ?? []).includes(id);
        cands.push({ key, e: k, l, r: rank(l) + (bgMismatch ? 1e5 : 0) + k * 1e-6 });
      }
      if (any) labelled++;
      else spurious++;
    });
    cands.sort((x, y) => x.r - y.r);
    const usedEvents = new Set<number>();
    for (const c of cands) {
      const item = `${file}|${c.l.incident}`;
      if (usedEvents.has(c.e) || chosen.has(item)) continue;
      usedEvents.add(c.e);
      chosen.set(item, { key: c.key, rank: c.r });
    }
    duplicates += new Set(cands.map((c) => c.e)).size - usedEvents.size;
  }
  const incidents = fuseEvents(inputs, opts.fuse);
  const incOf = new Map<string, string>();
  for (const inc of incidents) for (const m of inc.members) incOf.set(m, inc.id);
  const predicted = new Map<string, string>();
  for (const [item, c] of chosen) predicted.set(item, incOf.get(c.key)!);
  const newsGold = new Map([...goldItems].filter(([i]) => newsItems.has(i)));
  const newsPred = new Map([...predicted].filter(([i]) => newsItems.has(i)));
  const detail: FusionEvalReport['detail'] = [];
  for (const id of Object.keys(gold.incidents)) {
    const items = [...goldItems].filter(([, g]) => g === id).map(([i]) => i);
    const groups = new Map<string, string[]>();
    const missing: string[] = [];
    for (const i of items) {
      const p = predicted.get(i);
      const file = i.slice(0, i.lastIndexOf('|'));
      if (!p) missing.push(file);
      else groups.set(p, [...(groups.get(p) ?? []), file]);
    }
    detail.push({ incident: id, groups: [...groups.values()], missing });
  }
  const byPred = new Map<string, Record<string, string[]>>();
  for (const [item, p] of predicted) {
    const g = goldItems.get(item)!;
    const rec = byPred.get(p) ?? {};
    (rec[g] ??= []).push(item.slice(0, item.lastIndexOf('|')));
    byPred.set(p, rec);
  }
  const mixed = [...byPred.values()].filter((r) => Object.keys(r).length > 1);
  const explain = opts.explain ? explainLines(gold, byFile, chosen, incOf, detail, opts.fuse) : undefined;
  return {
    explain,
    scores: scoreFusion(predicted, goldItems),
    newsOnly: scoreFusion(newsPred, newsGold),
    reports: Object.keys(gold.reports).length,
    events,
    labelled,
    spurious,
    duplicates,
    incidents: incidents.length,
    detail,
    mixed,
    errors,
    incidentsOut: incidents,
  };
}

/** One line per system event: place as coded, date range, actors per side, type, label, incident. */
function eventLine(x: { input: FuseInput; label: string | null }, k: number, inc: string | undefined): string {
  const e = x.input;
  const xy = typeof e.latitude === 'number' && typeof e.longitude === 'number' ? `(${e.latitude.toFixed(3)}, ${e.longitude.toFixed(3)})` : '(no point)';
  const date = e.date_start || e.date_end ? `${e.date_start ?? '?'}..${e.date_end ?? '?'}` : e.event_date ?? `undated (published ${e.published ?? '?'})`;
  const side = (a: string, assoc: string) => [a, assoc].filter(Boolean).join('; ') || '—';
  return `    [${k}] ${e.location || '—'} | ${[e.admin2, e.admin1, e.country].filter(Boolean).join(', ')} p${e.geo_precision ?? '?'} ${xy} | ${date}${e.background ? ' background' : ''} | ${side(e.actor1, e.assoc_actor_1)} vs ${side(e.actor2, e.assoc_actor_2)} | ${e.sub_event_type || '—'} → ${x.label ?? 'no gold incident'}${inc ? `, ${inc}` : ''}`;
}

/**
 * Why mentions of one gold incident ended apart: for each split incident, every cross pair of the
 * events standing for its mentions with the link verdict (veto, or score and reasons); then, per
 * report involved, the events extraction produced. Missing mentions: no event of the report
 * matched the incident's date and place.
 */
function explainLines(
  gold: FusionGold,
  byFile: Map<string, Array<{ input: FuseInput; label: string | null }>>,
  chosen: Map<string, { key: string }>,
  incOf: Map<string, string>,
  detail: FusionEvalReport['detail'],
  fuse?: FuseOptions,
): string[] {
  const o = resolve(fuse);
  const inputOf = new Map<string, FuseInput>();
  for (const xs of byFile.values()) for (const x of xs) inputOf.set(`${x.input.document_id}/${x.input.event_id_cnty}`, x.input);
  const out: string[] = [];
  for (const d of detail) {
    if (d.groups.length <= 1 && !d.missing.length) continue;
    out.push(`${d.incident}:`);
    const items = [...chosen].filter(([i]) => i.endsWith(`|${d.incident}`)).map(([i, c]) => ({ file: i.slice(0, i.lastIndexOf('|')), key: c.key }));
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const [x, y] = [items[i], items[j]];
        if (incOf.get(x.key) === incOf.get(y.key)) continue;
        const v = linkPair(normalise(inputOf.get(x.key)!, 0), normalise(inputOf.get(y.key)!, 1), o, true);
        const why = v.ok ? (v.score < o.threshold ? `score ${v.score} < ${o.threshold}` : `linked ${v.score}, merge refused by another member`) + ` (${v.reasons.join(' ')})` : `veto ${v.veto}`;
        out.push(`  ${x.file} × ${y.file}: ${why}`);
      }
    }
    for (const f of d.missing) out.push(`  ${f}: no event matched the incident's date and place`);
    const files = new Set([...items.map((x) => x.file), ...d.missing]);
    for (const f of files) {
      out.push(`  ${f}${gold.reports[f].background?.includes(d.incident) ? ' (background)' : ''}:`);
      const xs = byFile.get(f) ?? [];
      if (!xs.length) out.push('    no events');
      xs.forEach((x, k) => out.push(eventLine(x, k, incOf.get(`${x.input.document_id}/${x.input.event_id_cnty}`)?.slice(0, 10))));
    }
  }
  return out;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export function formatFusionReport(r: FusionEvalReport, title = 'Fusion'): string {
  const line = (name: string, s: FusionScores) =>
    `  ${name.padEnd(22)} pairwise P ${pct(s.pairwise.precision)}  R ${pct(s.pairwise.recall)}  F1 ${pct(s.pairwise.f1)}   B-cubed P ${pct(s.bcubed.precision)}  R ${pct(s.bcubed.recall)}  F1 ${pct(s.bcubed.f1)}   (${s.items} mentions, ${s.missing} missing)`;
  const out = [
    `${title}: ${r.reports} reports, ${r.events} system events (${r.labelled} labelled, ${r.spurious} spurious, ${r.duplicates} duplicates) → ${r.incidents} incidents`,
    line('all mentions', r.scores),
    line('news mentions only', r.newsOnly),
  ];
  for (const d of r.detail) {
    if (d.groups.length === 1 && !d.missing.length) continue;
    // Split or partly missing: each group of reports that landed in one predicted incident.
    const parts = d.groups.map((g) => `{${g.join(', ')}}`);
    if (d.missing.length) parts.push(`missing: ${d.missing.join(', ')}`);
    out.push(`  ${d.incident}: ${parts.join(' ')}`);
  }
  for (const m of r.mixed) out.push(`  fused together: ${Object.entries(m).map(([g, fs]) => `${g} {${fs.join(', ')}}`).join(' + ')}`);
  for (const e of r.errors) out.push(`  error ${e.file}: ${e.code}: ${e.message}`);
  if (r.explain?.length) out.push('Why (splits and misses):', ...r.explain.map((l) => `  ${l}`));
  return out.join('\n');
}
