/**
 * @module extract
 * Clean text → events, assessments, mentions. The steps run in order (see the numbered files):
 * 01 document view · 02 mentions · 03 frames · 04 actors · 05 claims · 06 events · 07 assessments,
 * then the EventRecord fields are assembled here with evidence for each.
 */
import type { Assessment, Claim, DocumentRecord, EventRecord, Evidence, Lang, Mention, Warning } from '../model/types.ts';
import { subEventType } from '../model/taxonomy.ts';
import { viewOf } from './01-document.ts';
import { findMentions } from './02-mentions.ts';
import { buildFrames } from './03-frames.ts';
import { resolveActors } from './04-actors.ts';
import { findClaims } from './05-claims.ts';
import { fatalitiesOf } from './fatalities.ts';
import { decideType, leadOf, mergeFrames, sides, type Draft } from './06-events.ts';
import { findAssessments } from './07-assessments.ts';
import type { ActorKB, PlaceKB } from './knowledge.ts';
import { defaultKnowledge } from './knowledge-default.ts';
import { daysBetween, addDays } from './dates.ts';
import { identifyLanguage, sentences } from '../text/index.ts';

export interface Extraction {
  events: EventRecord[];
  assessments: Assessment[];
  mentions: Mention[];
  warnings: Warning[];
}

export interface Knowledge {
  actors: ActorKB;
  places: PlaceKB;
}

const ISO3: Record<string, string> = { ML: 'MLI', BF: 'BFA', NE: 'NER', BJ: 'BEN', TG: 'TGO', SN: 'SEN', CI: 'CIV', GN: 'GIN', MR: 'MRT', GH: 'GHA', DZ: 'DZA', NG: 'NGA', TD: 'TCD', LY: 'LBY' };

/**
 * Mixed-language documents (an Arabic article quoting a French communiqué) are read sentence by
 * sentence: sentences in another language than the document's are extracted with their own
 * language's tables, on a copy of the text where every other sentence is blanked out with spaces,
 * so that offsets still point into the clean text.
 */
export function extract(doc: DocumentRecord, kb: Knowledge = defaultKnowledge()): Extraction {
  const lang: Lang = doc.language === 'und' ? 'en' : doc.language;
  const spans = sentences(doc.text, lang);
  const byLang = new Map<Lang, Array<{ start: number; end: number }>>();
  for (const sp of spans) {
    const t = doc.text.slice(sp.start, sp.end);
    if (t.length < 40) continue;
    const l = identifyLanguage(t);
    if (l !== 'und' && l !== lang) byLang.set(l, [...(byLang.get(l) ?? []), sp]);
  }
  if (!byLang.size) return extractOne(doc, kb, lang);
  const mask = (keep: (sp: { start: number; end: number }) => boolean) => {
    const chars = doc.text.split('');
    for (const sp of spans) if (!keep(sp)) for (let i = sp.start; i < sp.end; i++) if (chars[i] !== '\n') chars[i] = ' ';
    return chars.join('');
  };
  const others = new Set([...byLang.values()].flat());
  const main = extractOne({ ...doc, text: mask((sp) => !others.has(sp)) }, kb, lang);
  for (const [l, list] of byLang) {
    const keep = new Set(list);
    const part = extractOne({ ...doc, text: mask((sp) => keep.has(sp)) }, kb, l);
    const offset = main.events.length;
    part.events.forEach((e, i) => (e.event_id_cnty = e.event_id_cnty.replace(/-\d+$/, `-${offset + i + 1}`)));
    main.events.push(...part.events);
    main.assessments.push(...part.assessments);
    main.mentions.push(...part.mentions);
    main.warnings.push({ code: 'mixed_language', message: `${list.length} sentence(s) in ${l} read with the ${l} tables` });
  }
  main.mentions.sort((a, b) => a.start - b.start);
  // Evidence text must come from the real clean text (the masked copy has the same offsets).
  for (const e of main.events) for (const ev of [...e.evidence, ...e.claims.flatMap((c) => c.evidence)]) ev.text = doc.text.slice(ev.start, ev.end);
  return main;
}

function extractOne(doc: DocumentRecord, kb: Knowledge, lang: Lang): Extraction {
  const warnings: Warning[] = [];
  if (doc.language === 'und') warnings.push({ code: 'language_unknown', message: 'language not identified: read with the English tables' });
  const v = viewOf(doc.text, lang);
  const published = doc.published;
  const m = findMentions(v, published, kb.actors, kb.places);
  if (!published && m.dates.some((d) => d.value.relative && !d.value.resolved)) {
    warnings.push({ code: 'relative_dates_unresolved', message: 'relative dates found but no publication date: they stay unresolved' });
  }
  const frames = buildFrames(v, m);
  const sentenceDate = (s: number) => m.dates.filter((d) => d.sentence <= s && d.value.from).pop()?.value.from ?? published ?? undefined;
  // The country a sentence is about: its first named town or site, else the last one before it,
  // else the document's country (a country named in passing — "near the border with Niger" — is not it).
  const countryAt = (s: number) =>
    m.places.find((p) => p.sentence === s && !p.place.isCountry)?.place.iso2 ??
    m.places.filter((p) => p.sentence < s && !p.place.isCountry).pop()?.place.iso2 ??
    m.docCountry;
  const actors = resolveActors(v, m, kb.actors, sentenceDate, countryAt);
  const claims = findClaims(v, m, actors, kb.actors, kb.places, sentenceDate);
  const drafts = mergeFrames(v, m, frames, claims, kb.places, published);
  const paraOf = (k: number) => v.sentences[k]?.para ?? -1;
  const sentenceAt = (offset: number) => {
    let k = 0;
    while (k + 1 < v.sentences.length && v.sentences[k + 1].start <= offset) k++;
    return k;
  };
  const events = drafts.map((d, i) => assemble(d, i, doc, actors, kb, paraOf, sentenceAt));
  // Armed groups named in each paragraph (for attributing unnamed attackers, see attributeClaimed).
  const groupsIn = (para: number) => [
    ...new Set(
      actors
        .flatMap((a, k) => (v.sentences[k].para === para ? a.uses : []))
        .filter((u) => u.camp === 'insurgent' && (u.via === 'name' || u.via === 'unit' || u.via === 'commander') && !/^Unidentified/.test(u.ref.canonical))
        .map((u) => u.ref.canonical),
    ),
  ];
  const inDoc = [...new Set(v.sentences.flatMap((x) => groupsIn(x.para)))];
  const namedNear = (e: EventRecord) => {
    const at = e.evidence[0]?.start;
    const near = at === undefined ? [] : groupsIn(v.sentences[sentenceAt(at)].para);
    return near.length ? near : inDoc;
  };
  attributeClaimed(events, claims.map((c) => c.claim), kb, namedNear);
  // Re-resolve actor names for each event's own date (regime-dependent names).
  const assessments = findAssessments(v, m, actors, () => 'the report', (iso2) => kb.places.country(iso2)?.country ?? iso2);
  const mentions = mentionList(m);
  return { events, assessments, mentions, warnings };
}

function assemble(d: Draft, i: number, doc: DocumentRecord, actors: ReturnType<typeof resolveActors>, kb: Knowledge, paraOf: (s: number) => number, sentenceAt: (offset: number) => number): EventRecord {
  const date = d.from ?? undefined;
  const prelimSubs = d.frames.flatMap((f) => f.triggers.map((h) => h.rule.sub_event_type));
  const unidentified = d.place ? kb.actors.forRole(d.place.iso2, 'armed_group', date) : null;
  const sd = sides(d, actors, prelimSubs, unidentified, { para: paraOf });
  const rename = (u: (typeof sd.a)[number]) => {
    const r = kb.actors.rename(u.ref.id, date);
    return r ? { ...u, ref: r } : u;
  };
  sd.a = sd.a.map(rename);
  sd.b = sd.b.map(rename);
  const type = decideType(d, sd);
  const st = subEventType(type.sub)!;
  const A = leadOf(sd.a);
  const B = leadOf(sd.b);
  const p = d.place;
  const evidence: Evidence[] = [...type.evidence.slice(0, 3)];
  if (d.dateEvidence) evidence.push(d.dateEvidence);
  if (d.placeMention) evidence.push({ field: 'location', start: d.placeMention.start, end: d.placeMention.end, text: d.placeMention.text });
  for (const f of d.frames) if (f.location.facility) evidence.push({ field: 'location', start: f.location.facility.start, end: f.location.facility.end, text: f.location.facility.text });
  const firstUse = (uses: typeof sd.a, name: string) => uses.find((u) => u.ref.canonical === name);
  const a1 = firstUse(sd.a, A.actor);
  const a2 = firstUse(sd.b, B.actor);
  if (a1) evidence.push({ field: 'actor1', start: a1.start, end: a1.end, text: a1.text });
  if (a2) evidence.push({ field: 'actor2', start: a2.start, end: a2.end, text: a2.text });
  // Claims: dedupe by claimant+kind+value; fatalities derived ACLED-conservatively.
  const claims: Claim[] = [];
  for (const c of d.claims) {
    if (!claims.some((x) => x.claimant === c.claimant && x.kind === c.kind && x.value.min === c.value.min && x.value.text === c.value.text)) claims.push(c);
  }
  // ACLED's conservative figure (extract/fatalities).
  const fig = fatalitiesOf(claims, doc.text, sentenceAt);
  const fatalities = fig.fatalities;
  const fat = fig.used;
  for (const c of fat) evidence.push(...c.evidence.filter((e) => e.field === 'claim.value').map((e) => ({ ...e, field: 'fatalities' })));
  const civilianTargeting = st.event_type === 'Violence against civilians' || (sd.b.length > 0 && sd.b.every((u) => u.camp === 'civilian')) ? 'Civilian targeting' : '';
  const precisionDays = d.from && d.to ? daysBetween(d.from, d.to) : null;
  const time_precision = precisionDays === null ? null : precisionDays === 0 ? 1 : precisionDays <= 7 ? 2 : precisionDays <= 31 ? 3 : null;
  const event_date = d.from && d.to ? addDays(d.from, Math.floor(daysBetween(d.from, d.to) / 2)) : null;
  const iso3 = p ? (ISO3[p.iso2] ?? p.iso2) : 'XXX';
  const interaction = A.inter ? (B.inter ? `${A.inter}-${B.inter}` : `${A.inter} only`) : '';
  const conf = Math.min(0.95, 0.35 + (d.from ? 0.15 : 0) + (p ? 0.15 : 0) + (A.actor ? 0.15 : 0) + (B.actor ? 0.1 : 0) - (d.inherited ? 0.1 : 0));
  const rec: EventRecord = {
    event_id_cnty: `${iso3}-${doc.id.slice(0, 8)}-${i + 1}`,
    event_date,
    time_precision,
    disorder_type: st.disorder_type,
    event_type: st.event_type,
    sub_event_type: st.sub_event_type,
    actor1: A.actor,
    assoc_actor_1: A.assoc.join('; '),
    inter1: A.inter,
    actor2: B.actor,
    assoc_actor_2: B.assoc.join('; '),
    inter2: B.inter,
    interaction,
    civilian_targeting: civilianTargeting,
    iso: p?.iso ?? null,
    country: p?.country ?? '',
    admin1: p?.admin1 ?? '',
    admin2: p?.admin2 ?? '',
    admin3: '',
    location: p?.name ?? '',
    latitude: p?.lat ?? null,
    longitude: p?.lon ?? null,
    geo_precision: p ? p.precision : null,
    fatalities,
    source: doc.outlet ?? '',
    source_scale: '',
    notes: '',
    tags: d.background ? 'background' : '',
    timestamp: Math.floor(Date.now() / 1000),
    date_start: d.from,
    date_end: d.to,
    date_text: d.dateText ? { ...d.dateText, text: d.inherited ? `${d.dateText.text} (inherited from the main event)` : d.dateText.text } : null,
    fatalities_low: fig.low,
    fatalities_best: fig.best,
    fatalities_high: fig.high,
    claims,
    background: d.background,
    evidence,
    confidence: Math.round(conf * 100) / 100,
    source_documents: [doc.id],
  };
  rec.notes = notesOf(rec);
  return rec;
}

/**
 * Attacks whose perpetrator the text leaves unnamed ("gunmen", "the assailants") are coded with the
 * group that claimed responsibility in the same report, when exactly one group did (ACLED codes
 * claimed attacks with the claimant).
 */
function attributeClaimed(events: EventRecord[], claims: Claim[], kb: Knowledge, namedNear: (e: EventRecord) => string[] = () => []): void {
  const claimants = [...new Set(claims.filter((c) => c.kind === 'responsibility' && c.stance === 'asserts' && c.claimant !== 'the report').map((c) => c.claimant))];
  const claimed = claimants.filter((name) => !/^(Government|Military Forces|Police Forces|security sources?|local sources|witnesses|United Nations|medical sources)/.test(name));
  for (const e of events) {
    // No claim, but the paragraph telling the event names one armed group and no other: the
    // attackers it describes are that group's.
    const near = namedNear(e);
    const groups = claimed.length ? claimed : near.length === 1 ? near : [];
    if (groups.length !== 1) continue;
    // …unless the text itself says the attackers are unknown.
    const said = e.evidence.filter((x) => x.field === 'actor1').map((x) => x.text).join(' ');
    if (!claimed.length && /unidentified|unknown|non identifi|inconnu|مجهول/iu.test(said)) continue;
    if (/^Unidentified Armed Group/.test(e.actor1)) {
      e.assoc_actor_1 = e.assoc_actor_1 ? `${e.assoc_actor_1}; ${e.actor1}` : '';
      e.actor1 = groups[0];
      e.inter1 = 'Rebel group';
      e.interaction = e.inter2 ? `${e.inter1}-${e.inter2}` : `${e.inter1} only`;
      e.notes = notesOf(e);
    }
  }
  void kb;
}

/** A one-sentence English summary generated from the fields. */
export function notesOf(e: EventRecord): string {
  const when = e.date_start ? (e.date_start === e.date_end ? `On ${e.date_start}` : `Between ${e.date_start} and ${e.date_end}`) : 'On an unknown date';
  const where = e.location ? ` ${e.geo_precision === 2 ? 'near' : 'in'} ${e.location}${e.admin1 && e.admin1 !== e.location ? ` (${e.admin1}, ${e.country})` : e.country && e.country !== e.location ? ` (${e.country})` : ''}` : '';
  const who = e.actor1 || 'an unidentified actor';
  const whom = e.actor2 ? ` involving ${e.actor2}` : '';
  const what = e.sub_event_type.toLowerCase();
  const claimed = e.claims.filter((c) => c.kind === 'fatalities' && c.value.text).map((c) => `${c.claimant}: ${c.value.text}`);
  const fat = e.fatalities ? `; fatalities ${e.fatalities} (conservative${claimed.length ? `; ${claimed.join('; ')}` : ''})` : '';
  return `${when}, ${who} — ${what}${where}${whom}${fat}${e.background ? ' [mentioned as background]' : ''}.`;
}

function mentionList(m: ReturnType<typeof findMentions>): Mention[] {
  const out: Mention[] = [];
  for (const a of m.actors) out.push({ kind: a.kind === 'person' ? 'person' : a.kind === 'descriptor' ? 'descriptor' : 'actor', start: a.start, end: a.end, text: a.text, resolved: a.id, label: a.canonical });
  for (const p of m.places) out.push({ kind: 'place', start: p.start, end: p.end, text: p.text, resolved: p.place.id, label: `${p.place.name}, ${p.place.country}` });
  for (const p of m.unresolvedPlaces) out.push({ kind: 'place', start: p.start, end: p.end, text: p.text, resolved: null, reason: p.reason });
  for (const d of m.dates) out.push({ kind: 'date', start: d.start, end: d.end, text: d.text, resolved: d.value.from ? `${d.value.from}/${d.value.to}` : null, ...(d.value.from ? {} : { reason: 'relative date without publication date' }) });
  for (const n of m.numbers) out.push({ kind: 'number', start: n.start, end: n.end, text: n.text, resolved: String(n.value.min), label: n.value.max === null ? `≥${n.value.min}` : n.value.max !== n.value.min ? `${n.value.min}–${n.value.max}` : undefined });
  return out.sort((a, b) => a.start - b.start);
}
