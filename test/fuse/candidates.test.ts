// Candidate generation must not lose a pair the link rules accept: brute force over random
// events (dates, precisions, admin1 known or not, near borders) against the bucketed index.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalise } from '../../src/fuse/01-normalise.ts';
import { candidatePairs } from '../../src/fuse/02-candidates.ts';
import { linkPair } from '../../src/fuse/03-link.ts';
import { ev } from './helpers.ts';

function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

test('every pair the rules accept is a candidate (random events, 3 seeds)', () => {
  const o = { threshold: 0.5, slackDays: 1, maxCompare: 40 };
  for (const seed of [1, 2, 3]) {
    const r = rng(seed);
    const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
    const events = Array.from({ length: 400 }, (_, i) => {
      const country = r() < 0.05 ? '' : pick(['Mali', 'Niger', 'Burkina Faso']);
      const lat = 13 + r() * 2;
      const lon = -1 + r() * 2; // a small area where the three countries' events overlap in space
      const prec = pick([1, 1, 2, 3] as const);
      const d = 10 + Math.floor(r() * 6);
      const w = pick([0, 0, 0, 3, 20, 60]);
      const admin1 = r() < 0.15 ? '' : `${country}-A${Math.floor(lat)}${Math.floor(lon + 1)}`;
      const name = pick(['Kodyel', 'Solhan', 'Sebba', admin1 || 'Dori', `V${i}`]);
      return ev({
        doc: `d${i}`,
        date: [`2021-06-${String(d).padStart(2, '0')}`, `2021-${w > 20 ? '08' : '06'}-${String(Math.min(28, d + (w % 20))).padStart(2, '0')}`],
        place: { name, lat: r() < 0.1 ? null : lat, lon: lon, prec, admin1, country },
        background: r() < 0.2,
        a1: pick(['JNIM', 'Islamic State (Sahel)', '']),
        a2: pick(['Military Forces of Mali (2021-)', 'Civilians (Niger)', '']),
      });
    });
    const norms = events.map((e, i) => normalise(e, i));
    const cand = new Set<string>();
    candidatePairs(norms, 1, (a, b) => cand.add(`${a.idx}-${b.idx}`));
    let accepted = 0;
    for (const a of norms) {
      for (const b of norms) {
        if (a.idx >= b.idx) continue;
        const v = linkPair(a, b, o);
        if (!v.ok) continue;
        accepted++;
        assert.ok(cand.has(`${a.idx}-${b.idx}`), `seed ${seed}: ${a.key} × ${b.key} accepted (${v.score}) but not a candidate`);
      }
    }
    assert.ok(accepted > 50, `seed ${seed}: only ${accepted} accepted pairs, the test is too sparse`);
  }
});
