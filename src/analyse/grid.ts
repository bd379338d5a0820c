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
import { dayOf, hasPoint, periodIndex, periodLabel, round, selector } from './common.ts';
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

interface Acc {
  inc: number;
  fat: number;
  acts: Map<number, number>;
}

export function grid(records: readonly AnalysisRecord[], opts: GridOptions = {}): GridResult {
  const res = opts.resolution ?? 4;
  const bad = checkResolution(res);
  if (bad) throw new Error(`marsad analyse grid: ${bad}`);
  const period = opts.period ?? 'month';
  const sel = selector(opts);
  const rec = { read: records.length, used: 0, undated: 0, unlocated: 0, distinct_points: 0 };
  const pointCell = new Map<number, number>();
  const cellIds: string[] = [];
  const cellIdx = new Map<string, number>();
  const actorIdx = new Map<string, number>();
  const actorNames: string[] = [];
  const groups = new Map<number, Acc>(); // key: period * 2^20 + cell
  const totals = new Map<number, Acc>();
  const aIdx = (name: string) => {
    let i = actorIdx.get(name);
    if (i === undefined) {
      actorIdx.set(name, (i = actorNames.length));
      actorNames.push(name);
    }
    return i;
  };
  const bump = (m: Map<number, Acc>, k: number, r: AnalysisRecord, a1: number, a2: number) => {
    let g = m.get(k);
    if (!g) m.set(k, (g = { inc: 0, fat: 0, acts: new Map() }));
    g.inc++;
    g.fat += r.fatalities || 0;
    if (a1 >= 0) g.acts.set(a1, (g.acts.get(a1) ?? 0) + 1);
    if (a2 >= 0 && a2 !== a1) g.acts.set(a2, (g.acts.get(a2) ?? 0) + 1);
  };
  let minP = Infinity;
  for (const r of records) {
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
    const pk = Math.round((la + 90) * 1e5) * 4e7 + Math.round((lo + 180) * 1e5);
    let ci = pointCell.get(pk);
    if (ci === undefined) {
      const h = latLngToCell(la, lo, res);
      ci = cellIdx.get(h);
      if (ci === undefined) {
        cellIdx.set(h, (ci = cellIds.length));
        cellIds.push(h);
      }
      pointCell.set(pk, ci);
    }
    const a1 = r.actor1 && !NOT_HOLDERS.has(r.inter1 ?? '') ? aIdx(r.actor1) : -1;
    const a2 = r.actor2 && !NOT_HOLDERS.has(r.inter2 ?? '') ? aIdx(r.actor2) : -1;
    if (p < minP) minP = p;
    bump(groups, p * 1_048_576 + ci, r, a1, a2);
    bump(totals, ci, r, a1, a2);
  }
  rec.distinct_points = pointCell.size;
  const centre = new Map<number, [number, number]>();
  const toCell = (label: string, ci: number, g: Acc): GridCell => {
    let c = centre.get(ci);
    if (!c) centre.set(ci, (c = cellToLatLng(cellIds[ci]) as [number, number]));
    let best = -1;
    let bestN = 0;
    for (const [a, n] of g.acts) {
      if (n > bestN || (n === bestN && best >= 0 && actorNames[a] < actorNames[best])) {
        best = a;
        bestN = n;
      }
    }
    return {
      period: label, cell: cellIds[ci], lat: round(c[0], 5)!, lon: round(c[1], 5)!, incidents: g.inc, fatalities: g.fat,
      dominant_actor: best >= 0 ? actorNames[best] : '', dominant_share: best >= 0 ? round(bestN / g.inc, 3) : null, actors: g.acts.size,
    };
  };
  const cells: GridCell[] = [];
  const keys = [...groups.keys()].sort((a, b) => a - b);
  for (const k of keys) {
    const p = Math.floor(k / 1_048_576);
    cells.push(toCell(periodLabel(p, period), k - p * 1_048_576, groups.get(k)!));
  }
  cells.sort((a, b) => a.period.localeCompare(b.period) || b.incidents - a.incidents || a.cell.localeCompare(b.cell));
  const total = [...totals.entries()].map(([ci, g]) => toCell('all', ci, g)).sort((a, b) => b.incidents - a.incidents || a.cell.localeCompare(b.cell));
  const dom = new Map<string, { cells: number; incidents: number }>();
  for (const c of total) {
    if (!c.dominant_actor) continue;
    const d = dom.get(c.dominant_actor) ?? { cells: 0, incidents: 0 };
    d.cells++;
    d.incidents += c.incidents;
    dom.set(c.dominant_actor, d);
  }
  const actors = [...dom.entries()].map(([actor, d]) => ({ actor, ...d })).sort((a, b) => b.cells - a.cells || b.incidents - a.incidents || a.actor.localeCompare(b.actor));
  return { resolution: res, period, label: GRID_LABEL, cells, total, actors, records: rec };
}
