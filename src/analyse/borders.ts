/**
 * @module analyse/borders
 * Distance from a point to the nearest international land border, from Natural Earth country
 * polygons as packaged by `world-atlas` (TopoJSON, public-domain data). A border is an arc shared
 * by two different countries' polygons (coastlines, used by one polygon only, are not borders),
 * so each border segment also knows which two countries it separates.
 *
 * Accuracy: Natural Earth 1:50m lines (default) are generalised — expect the line itself to be off
 * by up to a few km (more along winding river borders); 1:10m is closer (about 1 km) and slower to
 * load. Distances are computed in a local equirectangular plane around the point (error well under
 * 1% up to ~500 km; the Sahel is far from the poles and the antimeridian).
 *
 * Speed: segments are bucketed in a 1° grid; for each 0.25° cell the segments that can be
 * nearest to any point of the cell are found once (lazily) by a ring search, so a query costs a
 * few exact point-to-segment distances; 0.05° sub-cells narrow the list further.
 *
 * @example
 *   const b = loadBorders();
 *   b.nearest(12.65, -8.0)   // { km: 1xx, pair: 'Guinea – Mali' }
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { KM_PER_DEG } from './common.ts';

const RAD = Math.PI / 180;
const BUCKET = 1; // degrees
/** Coarse query cells per degree (0.25°), each split in SUB × SUB fine cells (0.05°). */
const COARSE = 4;
const SUB = 5;

/** Half the diagonal of a square cell of `deg` degrees near latitude `lat`, in km, padded 5%. */
function halfDiagKm(lat: number, deg: number): number {
  const kxMax = KM_PER_DEG * Math.cos(Math.max(0, Math.abs(lat) - deg) * RAD);
  return Math.hypot((deg / 2) * kxMax, (deg / 2) * KM_PER_DEG) * 1.05;
}

export type Resolution = '10m' | '50m' | '110m';

export interface NearestBorder {
  km: number;
  /** The two countries the nearest border separates, "A – B" in alphabetical order. */
  pair: string;
}

interface CountryProps {
  name: string;
}

const topoCache = new Map<Resolution, Topology>();
function topology(res: Resolution): Topology {
  let t = topoCache.get(res);
  if (!t) {
    const path = createRequire(import.meta.url).resolve(`world-atlas/countries-${res}.json`);
    t = JSON.parse(readFileSync(path, 'utf8')) as Topology;
    topoCache.set(res, t);
  }
  return t;
}

/** Decoded arcs of a quantised topology: arrays of [lon, lat]. */
function decodeArcs(t: Topology): Array<Array<[number, number]>> {
  const tr = t.transform;
  return t.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      if (tr) {
        x += p[0];
        y += p[1];
        return [x * tr.scale[0] + tr.translate[0], y * tr.scale[1] + tr.translate[1]] as [number, number];
      }
      return [p[0], p[1]] as [number, number];
    });
  });
}

export class Borders {
  readonly resolution: Resolution;
  readonly segments: number;
  private readonly ax: Float64Array;
  private readonly ay: Float64Array;
  private readonly bx: Float64Array;
  private readonly by: Float64Array;
  private readonly pairOf: Int32Array;
  private readonly pairs: string[];
  private readonly buckets = new Map<number, number[]>();
  private readonly cells = new Map<number, Int32Array>();
  private readonly fineCells = new Map<number, Int32Array>();
  readonly loadMs: number;

  constructor(res: Resolution = '50m') {
    const t0 = performance.now();
    this.resolution = res;
    const t = topology(res);
    const arcs = decodeArcs(t);
    const coll = t.objects.countries as GeometryCollection<CountryProps>;
    const users = new Map<number, Set<string>>();
    coll.geometries.forEach((g, gi) => {
      const name = (g.properties as CountryProps | undefined)?.name ?? `#${g.id ?? gi}`;
      const walk = (a: unknown): void => {
        if (typeof a === 'number') {
          const i = a < 0 ? ~a : a;
          let s = users.get(i);
          if (!s) users.set(i, (s = new Set()));
          s.add(name);
        } else if (Array.isArray(a)) for (const x of a) walk(x);
      };
      if ('arcs' in g) walk(g.arcs);
    });
    const pairIdx = new Map<string, number>();
    const segs: number[] = [];
    const segPair: number[] = [];
    for (const [i, s] of users) {
      if (s.size < 2) continue;
      const pair = [...s].sort().slice(0, 2).join(' – ');
      let pi = pairIdx.get(pair);
      if (pi === undefined) pairIdx.set(pair, (pi = pairIdx.size));
      const pts = arcs[i];
      for (let k = 1; k < pts.length; k++) {
        segs.push(pts[k - 1][0], pts[k - 1][1], pts[k][0], pts[k][1]);
        segPair.push(pi);
      }
    }
    const n = segPair.length;
    this.segments = n;
    this.ax = new Float64Array(n);
    this.ay = new Float64Array(n);
    this.bx = new Float64Array(n);
    this.by = new Float64Array(n);
    this.pairOf = Int32Array.from(segPair);
    this.pairs = [...pairIdx.keys()];
    for (let s = 0; s < n; s++) {
      this.ax[s] = segs[4 * s];
      this.ay[s] = segs[4 * s + 1];
      this.bx[s] = segs[4 * s + 2];
      this.by[s] = segs[4 * s + 3];
      const x0 = Math.floor(Math.min(this.ax[s], this.bx[s]) / BUCKET);
      const x1 = Math.floor(Math.max(this.ax[s], this.bx[s]) / BUCKET);
      const y0 = Math.floor(Math.min(this.ay[s], this.by[s]) / BUCKET);
      const y1 = Math.floor(Math.max(this.ay[s], this.by[s]) / BUCKET);
      for (let y = y0; y <= y1; y++)
        for (let x = x0; x <= x1; x++) {
          const k = bucketKey(y, x);
          let l = this.buckets.get(k);
          if (!l) this.buckets.set(k, (l = []));
          l.push(s);
        }
    }
    this.loadMs = performance.now() - t0;
  }

  /** Distance in km from (lat, lon) to segment s, in the local plane around the point. */
  private segKm(s: number, lat: number, lon: number, kx: number): number {
    const ax = (this.ax[s] - lon) * kx;
    const ay = (this.ay[s] - lat) * KM_PER_DEG;
    const bx = (this.bx[s] - lon) * kx;
    const by = (this.by[s] - lat) * KM_PER_DEG;
    const dx = bx - ax;
    const dy = by - ay;
    const l2 = dx * dx + dy * dy;
    let t = l2 > 0 ? -(ax * dx + ay * dy) / l2 : 0;
    if (t < 0) t = 0;
    else if (t > 1) t = 1;
    const px = ax + t * dx;
    const py = ay + t * dy;
    return Math.sqrt(px * px + py * py);
  }

  /** Segments whose distance from (lat, lon) is at most `best(…) + slack` km, by a ring search over buckets. */
  private search(lat: number, lon: number, slack: number): Int32Array {
    const kx = KM_PER_DEG * Math.cos(lat * RAD);
    const by = Math.floor(lat / BUCKET);
    const bx = Math.floor(lon / BUCKET);
    let best = Infinity;
    const seen = new Set<number>();
    const found: Array<[number, number]> = [];
    const maxRing = Math.ceil(180 / BUCKET);
    for (let r = 0; r <= maxRing; r++) {
      // Nearest possible distance to a bucket of ring r (the point lies inside ring 0).
      const cosMax = Math.cos(Math.min(89.9, Math.abs(lat) + r * BUCKET) * RAD);
      const lb = Math.max(0, r - 1) * BUCKET * KM_PER_DEG * Math.max(0.01, cosMax);
      if (lb > best + slack) break;
      for (let y = by - r; y <= by + r; y++) {
        for (let x = bx - r; x <= bx + r; x++) {
          if (Math.max(Math.abs(y - by), Math.abs(x - bx)) !== r) continue;
          const l = this.buckets.get(bucketKey(y, x));
          if (!l) continue;
          for (const s of l) {
            if (seen.has(s)) continue;
            seen.add(s);
            const d = this.segKm(s, lat, lon, kx);
            found.push([s, d]);
            if (d < best) best = d;
          }
        }
      }
      if (this.segments === 0) break;
    }
    return Int32Array.from(found.filter(([, d]) => d <= best + slack).map(([s]) => s));
  }

  /** Candidate segments for any point of the coarse cell (cy, cx): a ring search over buckets. */
  private coarse(cy: number, cx: number): Int32Array {
    const key = bucketKey(cy, cx);
    let c = this.cells.get(key);
    if (!c) {
      const lat = (cy + 0.5) / COARSE;
      const lon = (cx + 0.5) / COARSE;
      c = this.search(lat, lon, 2 * halfDiagKm(lat, 1 / COARSE) + 1);
      this.cells.set(key, c);
    }
    return c;
  }

  /** Candidates for the fine cell (fy, fx): the coarse cell's candidates that can still be nearest. */
  private fine(fy: number, fx: number): Int32Array {
    const key = bucketKey(fy, fx);
    let c = this.fineCells.get(key);
    if (!c) {
      const parent = this.coarse(Math.floor(fy / SUB), Math.floor(fx / SUB));
      const lat = (fy + 0.5) / (COARSE * SUB);
      const lon = (fx + 0.5) / (COARSE * SUB);
      const kx = KM_PER_DEG * Math.cos(lat * RAD);
      const d = new Float64Array(parent.length);
      let best = Infinity;
      for (let i = 0; i < parent.length; i++) {
        d[i] = this.segKm(parent[i], lat, lon, kx);
        if (d[i] < best) best = d[i];
      }
      const lim = best + 2 * halfDiagKm(lat, 1 / (COARSE * SUB)) + 0.5;
      c = parent.filter((_, i) => d[i] <= lim);
      this.fineCells.set(key, c);
    }
    return c;
  }

  /** Nearest border to a point, or null when there are no borders (or the point is not a coordinate). */
  nearest(lat: number, lon: number): NearestBorder | null {
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
    const cand = this.fine(Math.floor(lat * COARSE * SUB), Math.floor(lon * COARSE * SUB));
    const kx = KM_PER_DEG * Math.cos(lat * RAD);
    let best = Infinity;
    let bs = -1;
    for (let i = 0; i < cand.length; i++) {
      const d = this.segKm(cand[i], lat, lon, kx);
      if (d < best) {
        best = d;
        bs = cand[i];
      }
    }
    return bs < 0 ? null : { km: best, pair: this.pairs[this.pairOf[bs]] };
  }

  /** Brute force over every segment (for tests of the index). */
  nearestExhaustive(lat: number, lon: number): NearestBorder | null {
    const kx = KM_PER_DEG * Math.cos(lat * RAD);
    let best = Infinity;
    let bs = -1;
    for (let s = 0; s < this.segments; s++) {
      const d = this.segKm(s, lat, lon, kx);
      if (d < best) {
        best = d;
        bs = s;
      }
    }
    return bs < 0 ? null : { km: best, pair: this.pairs[this.pairOf[bs]] };
  }
}

const bucketKey = (y: number, x: number) => (y + 10_000) * 100_000 + (x + 10_000);

const cache = new Map<Resolution, Borders>();
/** Borders at a resolution, loaded once per process. */
export function loadBorders(res: Resolution = '50m'): Borders {
  let b = cache.get(res);
  if (!b) cache.set(res, (b = new Borders(res)));
  return b;
}

const featureCache = new Map<Resolution, FeatureCollection<Geometry, CountryProps>>();

/** Country outlines (rings of [lon, lat]) whose bounding box meets `bbox` [minLon, minLat, maxLon, maxLat]. */
export function countryOutlines(bbox: [number, number, number, number], res: Resolution = '50m'): Array<{ name: string; rings: Array<Array<[number, number]>> }> {
  let fc = featureCache.get(res);
  if (!fc) {
    const t = topology(res);
    featureCache.set(res, (fc = feature(t, t.objects.countries as GeometryCollection<CountryProps>) as FeatureCollection<Geometry, CountryProps>));
  }
  const out: Array<{ name: string; rings: Array<Array<[number, number]>> }> = [];
  for (const f of fc.features) {
    const g = f.geometry;
    if (!g) continue;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    const rings: Array<Array<[number, number]>> = [];
    for (const poly of polys)
      for (const ring of poly) {
        let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
        for (const p of ring) {
          if (p[0] < x0) x0 = p[0];
          if (p[0] > x1) x1 = p[0];
          if (p[1] < y0) y0 = p[1];
          if (p[1] > y1) y1 = p[1];
        }
        if (x1 >= bbox[0] && x0 <= bbox[2] && y1 >= bbox[1] && y0 <= bbox[3]) rings.push(ring.map((p) => [p[0], p[1]] as [number, number]));
      }
    if (rings.length) out.push({ name: f.properties?.name ?? '', rings });
  }
  return out;
}
