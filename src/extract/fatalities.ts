/**
 * @module extract/fatalities
 * An event's fatalities from its claims, the ACLED way: the lowest total any source gives for the
 * victims (a total being what one source says in one sentence, its distinct counts added up), plus
 * the attackers' dead, which ACLED counts too ("89 soldiers … the attackers killed at 77"). A first
 * toll the report marks as provisional gives way to any other figure; vague words ("several",
 * "dozens") count only when no source gives a number; a subgroup ("including 21 children") is not
 * a total.
 */
import type { Claim } from '../model/types.ts';

export interface FatalityFigures {
  fatalities: number;
  low: number | null;
  best: number | null;
  high: number | null;
  /** The claims the figures rest on (their values are the event's fatalities evidence). */
  used: Claim[];
}

const PART_BEFORE = /(including|among them|of whom|among the dead|dont|parmi eux|parmi lesquels|y compris|بينهم|منهم|من بينهم|بينهن)\s*$/iu;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};

export function fatalitiesOf(claims: readonly Claim[], text: string, sentenceAt: (offset: number) => number): FatalityFigures {
  const has = (c: Claim, field: string) => c.evidence.some((e) => e.field === field);
  const partial = (c: Claim) => {
    const v = c.evidence.find((e) => e.field === 'claim.value');
    return !!v && PART_BEFORE.test(text.slice(Math.max(0, v.start - 24), v.start));
  };
  const all = claims.filter((c) => c.kind === 'fatalities' && c.stance === 'asserts' && c.value.min !== null && !partial(c));
  const specific = all.filter((c) => /\d/.test(c.value.text) || (c.value.max !== null && c.value.max === c.value.min));
  let fat = specific.length ? specific : all;
  const settled = fat.filter((c) => !has(c, 'claim.provisional'));
  if (settled.length) fat = settled;
  const totals = (cs: Claim[]) => {
    const bySource = new Map<string, { min: number; max: number; values: Set<number> }>();
    for (const c of cs) {
      const key = `${c.claimant}|${sentenceAt(c.evidence[0]?.start ?? 0)}`;
      const tot = bySource.get(key) ?? { min: 0, max: 0, values: new Set<number>() };
      if (!tot.values.has(c.value.min!)) {
        tot.values.add(c.value.min!);
        tot.min += c.value.min!;
        tot.max += c.value.max ?? c.value.min!;
      }
      bySource.set(key, tot);
    }
    return [...bySource.values()];
  };
  const victims = totals(fat.filter((c) => !has(c, 'claim.attackers')));
  const attackers = totals(fat.filter((c) => has(c, 'claim.attackers')));
  if (!victims.length && !attackers.length) return { fatalities: 0, low: null, best: null, high: null, used: [] };
  const aLow = attackers.length ? Math.min(...attackers.map((t) => t.min)) : 0;
  const aHigh = attackers.length ? Math.max(...attackers.map((t) => t.max)) : 0;
  const low = (victims.length ? Math.min(...victims.map((t) => t.min)) : 0) + aLow;
  const best = (victims.length ? median(victims.map((t) => t.min)) : 0) + aLow;
  const high = (victims.length ? Math.max(...victims.map((t) => t.max)) : 0) + aHigh;
  return { fatalities: low, low, best, high, used: fat };
}
