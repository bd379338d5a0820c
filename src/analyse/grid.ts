/**
 * @module analyse/grid
 * Activity grid — a rough picture of zones of influence, not a map of control. Incidents and
 * fatalities per H3 hexagon (h3-js; resolution 4 by default: cells of ~1,770 km², edge ~22 km)
 * per period and over the whole window, each cell labelled with its dominant actor: the actor
 * named (actor1 or actor2) in most of the cell's incidents, civilians, protesters and rioters left
 * out (they are targets or crowds, not holders of ground); ties go to the alphabetically first.
 * Where an actor is active says nothing of who governs: the label says "rough picture".
 *
 * H3 cells are computed once per distinct coordinate pair (coordinates rounded to 1e-5°, ~1 m):
 * reports are geocoded to gazetteer places, so a million incidents share far fewer coordinates.
 *
 * @example
 *   grid(records, { from: '2024-01-01', period: 'quarter', resolution: 4 }).total[0].dominant_actor
 */
import { cellToLatLng, latLngToCell } from 'h3-js';
import { cmp, dayOf, scratchInt32, hasPoint, periodIndex, periodLabel, PointIndex, round, selector } from './common.ts';
import type { AnalysisFilter, AnalysisRecord, Period } from './types.ts';

export const GRID_LABEL = 'rough picture of zones of influence';

export interface GridOptions extends AnalysisFilter {
  period?: Period;
  /** H3 resolution 0-10 (default 4). */
  resolution?: number;
}

export interface GridCell {
  /** Period label, or 'all' for the whole window. */
  period: string;
  cell: string;
  lat: number;
  lon: number;
  incidents: number;
  fatalities: number;
  dominant_actor: string;
  /** Share of the cell's incidents that name the dominant actor. */
  dominant_share: number | null;
  actors: number;
}

export interface GridResult {
  resolution: number;
  period: Period;
  label: string;
  /** Cells per period, sorted by period then incidents (most first). */
  cells: GridCell[];
  /** Cells over the whole window, most incidents first. */
  total: GridCell[];
  /** Actors by the number of cells they dominate over the window. */
  actors: Array<{ actor: string; cells: number; incidents: number }>;
  records: { read: number; used: number; undated: number; unlocated: number; distinct_points: number };
}

const NOT_HOLDERS = new Set(['Civilians', 'Protesters', 'Rioters']);

export function checkResolution(r: number): string | null {
  return Number.isInteger(r) && r >= 0 && r <= 10 ? null : 'H3 resolution must be an integer from 0 to 10';
}

/** Counts of (group, actor) pairs: a dense typed array when small enough, else a map. */
class PairCounts {
  private readonly dense: Int32Array | null;
  private readonly sparse: Map<number, number> | null;
  constructor(private readonly groups: number, private readonly actors: number) {
    const size = groups * actors;
    this.dense = size <= 16_000_000 ? new Int32Array(Math.max(1, size)) : null;
    this.sparse = this.dense ? null : new Map();
  }
  add(g: number, a: number) {
    const k = g * this.actors + a;
    if (this.dense) this.dense[k]++;
    else this.sparse!.set(k, (this.sparse!.get(k) ?? 0) + 1);
  }
  /** Dominant actor of a group (most incidents; ties to the alphabetically first) and its count, and the number of actors. */
  top(g: number, names: string[]): { a: number; n: number; actors: number } {
    let best = -1;
    let bestN = 0;
    let actors = 0;
    for (let a = 0; a < this.actors; a++) {
      const k = g * this.actors + a;
      const n = this.dense ? this.dense[k] : (this.sparse!.get(k) ?? 0);
      if (n === 0) continue;
      actors++;
      if (n > bestN || (n === bestN && names[a] < names[best])) {
        best = a;
        bestN = n;
      }
    }
    return { a: best, n: bestN, actors };
  }
}

export function grid(records: readonly AnalysisRecord[], opts: GridOptions = {}): GridResult {
  const res = opts.resolution ?? 4;
  const bad = checkResolution(res);
  if (bad) throw new Error(`marsad analyse grid: ${bad}`);
  const period = opts.period ?? 'month';
  const sel = selector(opts);
  const n = records.length;
  const rec = { read: n, used: 0, undated: 0, unlocated: 0, distinct_points: 0 };
  // Pass 1: period, cell and actors of each record as integers.
  const pI = scratchInt32('grid.p', n).fill(-1);
  const cI = scratchInt32('grid.c', n);
  const a1I = scratchInt32('grid.a1', n);
  const a2I = scratchInt32('grid.a2', n);
  const points = new PointIndex();
  const cellIds: string[] = [];
  const cellIdx = new Map<string, number>();
  const actorIdx = new Map<string, number>();
  const actorNames: string[] = [];
  const aIdx = (name: string | undefined, inter: string | undefined) => {
    if (!name || NOT_HOLDERS.has(inter ?? '')) return -1;
    let i = actorIdx.get(name);
    if (i === undefined) {
      actorIdx.set(name, (i = actorNames.length));
      actorNames.push(name);
    }
    return i;
  };
  let minP = Infinity;
  let maxP = -Infinity;
  for (let i = 0; i < n; i++) {
    const r = records[i];
    if (!sel(r)) continue;
    if (!hasPoint(r)) {
      rec.unlocated++;
      continue;
    }
    const d = dayOf(r);
    const p = d === null ? -1 : periodIndex(d, period);
    if (p < 0) {
      rec.undated++;
      continue;
    }
    rec.used++;
    const la = r.latitude!;
    const lo = r.longitude!;
    let ci = points.get(la, lo);
    if (ci < 0) {
      const h = latLngToCell(la, lo, res);
      let c = cellIdx.get(h);
      if (c === undefined) {
        cellIdx.set(h, (c = cellIds.length));
        cellIds.push(h);
      }
      points.set(la, lo, (ci = c));
    }
    pI[i] = p;
    cI[i] = ci;
    a1I[i] = aIdx(r.actor1, r.inter1);
    const a2 = aIdx(r.actor2, r.inter2);
    a2I[i] = a2 === a1I[i] ? -1 : a2;
    if (p < minP) minP = p;
    if (p > maxP) maxP = p;
  }
  rec.distinct_points = points.size;
  const nC = cellIds.length;
  const nA = actorNames.length;
  const nP = rec.used ? maxP - minP + 1 : 0;
  // Pass 2: sums per (period, cell) and per cell.
  const nG = nP * nC;
  const gInc = nG <= 16_000_000 ? new Int32Array(nG) : null;
  const gIncMap = gInc ? null : new Map<number, number>();
  const gFat = gInc ? new Float64Array(nG) : null;
  const gFatMap = gInc ? null : new Map<number, number>();
  const gActs = new PairCounts(nG, nA);
  const tInc = new Int32Array(nC);
  const tFat = new Float64Array(nC);
  const tActs = new PairCounts(nC, nA);
  for (let i = 0; i < n; i++) {
    const p = pI[i];
    if (p < 0) continue;
    const c = cI[i];
    const g = (p - minP) * nC + c;
    if (gInc) gInc[g]++;
    else gIncMap!.set(g, (gIncMap!.get(g) ?? 0) + 1);
    const f = records[i].fatalities || 0;
    if (f) {
      if (gFat) gFat[g] += f;
      else gFatMap!.set(g, (gFatMap!.get(g) ?? 0) + f);
    }
    tInc[c]++;
    tFat[c] += f;
    if (a1I[i] >= 0) {
      gActs.add(g, a1I[i]);
      tActs.add(c, a1I[i]);
    }
    if (a2I[i] >= 0) {
      gActs.add(g, a2I[i]);
      tActs.add(c, a2I[i]);
    }
  }
  const centre = new Map<number, [number, number]>();
  const toCell = (label: string, c: number, inc: number, fat: number, top: { a: number; n: number; actors: number }): GridCell => {
    let ll = centre.get(c);
    if (!ll) centre.set(c, (ll = cellToLatLng(cellIds[c]) as [number, number]));
    return {
      period: label, cell: cellIds[c], lat: round(ll[0], 5)!, lon: round(ll[1], 5)!, incidents: inc, fatalities: fat,
      dominant_actor: top.a >= 0 ? actorNames[top.a] : '', dominant_share: top.a >= 0 ? round(top.n / inc, 3) : null, actors: top.actors,
    };
  };
  const cells: GridCell[] = [];
  const groupsUsed = gInc ? null : [...gIncMap!.keys()].sort((a, b) => a - b);
  const visit = (g: number, inc: number) => {
    const p = Math.floor(g / nC) + minP;
    cells.push(toCell(periodLabel(p, period), g - (p - minP) * nC, inc, gFat ? gFat[g] : (gFatMap!.get(g) ?? 0), gActs.top(g, actorNames)));
  };
  if (gInc) {
    for (let g = 0; g < nG; g++) if (gInc[g] > 0) visit(g, gInc[g]);
  } else for (const g of groupsUsed!) visit(g, gIncMap!.get(g)!);
  cells.sort((a, b) => cmp(a.period, b.period) || b.incidents - a.incidents || cmp(a.cell, b.cell));
  const total: GridCell[] = [];
  for (let c = 0; c < nC; c++) if (tInc[c] > 0) total.push(toCell('all', c, tInc[c], tFat[c], tActs.top(c, actorNames)));
  total.sort((a, b) => b.incidents - a.incidents || cmp(a.cell, b.cell));
  const dom = new Map<string, { cells: number; incidents: number }>();
  for (const c of total) {
    if (!c.dominant_actor) continue;
    const d = dom.get(c.dominant_actor) ?? { cells: 0, incidents: 0 };
    d.cells++;
    d.incidents += c.incidents;
    dom.set(c.dominant_actor, d);
  }
  const actors = [...dom.entries()].map(([actor, d]) => ({ actor, ...d })).sort((a, b) => b.cells - a.cells || b.incidents - a.incidents || cmp(a.actor, b.actor));
  return { resolution: res, period, label: GRID_LABEL, cells, total, actors, records: rec };
}
