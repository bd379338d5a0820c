// Hand-made system outputs for scorer tests: a "perfect" EventRecord built from a gold event (the
// first acceptable answer of every set), the seed gold, and small edit helpers.
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import type { Assessment, EventRecord } from '../../src/model/types.ts';
import { subEventType } from '../../src/model/taxonomy.ts';
import { loadGold } from '../../src/eval/01-load-gold.ts';
import type { Gold, GoldAssessment, GoldEvent, SystemOutput } from '../../src/eval/types.ts';

export const SEED_GOLD = fileURLToPath(new URL('../../../shared/seed/bamako-attack.gold.json', import.meta.url));

export function seedGold(): Gold {
  const r = loadGold(SEED_GOLD);
  assert.ok(r.ok, `seed gold must load: ${JSON.stringify(!r.ok && r.issues)}`);
  return r.gold;
}

/** A complete EventRecord that a perfect system would give for gold event `g`. */
export function perfectEvent(g: GoldEvent, index = 0): EventRecord {
  const sub = g.sub_event_type?.find((s) => !g.event_type || g.event_type.includes(subEventType(s)!.event_type)) ?? 'Other';
  const row = subEventType(sub)!;
  const type = g.event_type?.includes(row.event_type) ? row.event_type : (g.event_type?.[0] ?? row.event_type);
  // First group actor1, last group actor2, groups between them associated with actor1.
  const groups = g.actors ?? [];
  const side1 = groups[0];
  const side2 = groups.length > 1 ? groups[groups.length - 1] : undefined;
  const assoc1 = groups.slice(1, -1).map((grp) => grp[0]).join('; ');
  const p = g.place;
  const date = g.date ?? null;
  const fatalities = g.fatalities?.min ?? 0;
  return {
    event_id_cnty: `TST${String(index + 1).padStart(4, '0')}`,
    event_date: date ? date.start : null,
    time_precision: date ? (date.start === date.end ? 1 : 3) : null,
    disorder_type: row.disorder_type,
    event_type: type,
    sub_event_type: sub,
    actor1: side1?.[0] ?? '',
    assoc_actor_1: assoc1,
    inter1: '',
    actor2: side2?.[0] ?? '',
    assoc_actor_2: '',
    inter2: '',
    interaction: '',
    civilian_targeting: '',
    iso: null,
    country: p?.country?.[0] ?? '',
    admin1: p?.admin1?.[0] ?? '',
    admin2: '',
    admin3: '',
    location: '',
    latitude: p?.point?.lat ?? null,
    longitude: p?.point?.lon ?? null,
    geo_precision: p?.point ? 1 : null,
    fatalities,
    source: 'test',
    source_scale: '',
    notes: g.what,
    tags: '',
    timestamp: 0,
    date_start: date?.start ?? null,
    date_end: date?.end ?? null,
    date_text: null,
    fatalities_low: fatalities,
    fatalities_best: fatalities,
    fatalities_high: g.fatalities?.max ?? fatalities,
    claims: (g.claims ?? []).map((c) => ({
      claimant: c.claimant[0],
      kind: c.kind,
      value: { min: null, max: null, text: '' },
      subject: '',
      stance: 'asserts' as const,
      evidence: [],
    })),
    background: g.background ?? false,
    evidence: [],
    confidence: 1,
    source_documents: ['test'],
  };
}

export function perfectAssessment(a: GoldAssessment): Assessment {
  return { subject: a.subject[0], predicate: 'controls', object: [a.object[0]], quantity: null, as_of: null, claimant: 'the report', evidence: [] };
}

/** The perfect output for a gold: its required events (and optional ones when asked) and assessments. */
export function perfectOutput(gold: Gold, withOptional = false): SystemOutput {
  return {
    events: gold.events.filter((g) => withOptional || !g.optional).map((g, i) => perfectEvent(g, i)),
    assessments: (gold.assessments ?? []).map(perfectAssessment),
  };
}

/** The perfect output with one gold event's system record changed. */
export function perfectExcept(gold: Gold, id: string, patch: (e: EventRecord) => EventRecord | null): SystemOutput {
  const out = perfectOutput(gold);
  const i = gold.events.filter((g) => !g.optional).findIndex((g) => g.id === id);
  assert.ok(i >= 0, `no required gold event ${id}`);
  const e = patch(structuredClone(out.events[i]));
  out.events = e ? out.events.map((x, j) => (j === i ? e : x)) : out.events.filter((_, j) => j !== i);
  return out;
}
