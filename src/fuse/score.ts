/**
 * @module fuse/score
 * Clustering scores for fusion: pairwise precision/recall and B-cubed precision/recall/F1 of a
 * predicted clustering against a gold one, over the same items.
 *
 * Items are report mentions: (report, gold incident) pairs. A report that covers two incidents
 * gives two items. Items the prediction lacks (the extraction missed the event) count as predicted
 * singletons, so they cost recall; predicted items absent from the gold are ignored (reported as
 * `extra`). Pairwise: over all pairs of items, a pair is positive when both are in one cluster.
 * With no predicted pairs pairwise precision is 1 (nothing was wrongly joined); with no gold
 * pairs recall is 1.
 */

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface FusionScores {
  items: number;
  /** Gold items with no predicted cluster (scored as singletons). */
  missing: number;
  /** Predicted items not in the gold (ignored). */
  extra: number;
  pairwise: PRF & { truePairs: number; predictedPairs: number; goldPairs: number };
  bcubed: PRF;
}

type Assign = Map<string, string> | Record<string, string>;

const entries = (m: Assign): Array<[string, string]> => (m instanceof Map ? [...m] : Object.entries(m));
const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
const pairs = (n: number) => (n * (n - 1)) / 2;

/** Score `predicted` (item → predicted cluster id) against `gold` (item → gold cluster id). */
export function scoreFusion(predicted: Assign, gold: Assign): FusionScores {
  const pred = new Map(entries(predicted));
  const g = entries(gold);
  let missing = 0;
  const predOf = (item: string) => {
    const c = pred.get(item);
    if (c !== undefined) return `p:${c}`;
    missing++;
    return `missing:${item}`;
  };
  const cell = new Map<string, number>();
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const rows: Array<[string, string]> = [];
  for (const [item, gc] of g) {
    const pc = predOf(item);
    rows.push([pc, gc]);
    const k = `${pc}\u0000${gc}`;
    cell.set(k, (cell.get(k) ?? 0) + 1);
    predSize.set(pc, (predSize.get(pc) ?? 0) + 1);
    goldSize.set(gc, (goldSize.get(gc) ?? 0) + 1);
  }
  const goldItems = new Set(g.map(([i]) => i));
  const extra = [...pred.keys()].filter((i) => !goldItems.has(i)).length;
  let tp = 0;
  for (const n of cell.values()) tp += pairs(n);
  let pp = 0;
  for (const n of predSize.values()) pp += pairs(n);
  let gp = 0;
  for (const n of goldSize.values()) gp += pairs(n);
  const pw = { precision: pp ? tp / pp : 1, recall: gp ? tp / gp : 1 };
  let bp = 0;
  let br = 0;
  for (const [pc, gc] of rows) {
    const n = cell.get(`${pc}\u0000${gc}`)!;
    bp += n / predSize.get(pc)!;
    br += n / goldSize.get(gc)!;
  }
  const N = rows.length;
  const bc = { precision: N ? bp / N : 1, recall: N ? br / N : 1 };
  return {
    items: N,
    missing,
    extra,
    pairwise: { ...pw, f1: f1(pw.precision, pw.recall), truePairs: tp, predictedPairs: pp, goldPairs: gp },
    bcubed: { ...bc, f1: f1(bc.precision, bc.recall) },
  };
}
