// Hand-built incident-like records for analysis tests, and a point at a given distance and bearing.
import type { AnalysisRecord } from '../../src/analyse/types.ts';
import { EARTH_KM } from '../../src/analyse/common.ts';

export const JNIM = 'JNIM: Group for Support of Islam and Muslims';
export const ISSP = 'Islamic State (Sahel)';
export const FAMA = 'Military Forces of Mali (2021-)';

let n = 0;
export function rec(o: Partial<AnalysisRecord> & { date?: string; lat?: number; lon?: number } = {}): AnalysisRecord {
  const { date, lat, lon, ...rest } = o;
  return {
    event_id_cnty: `T${++n}`,
    event_date: date ?? '2024-01-15',
    latitude: lat ?? 14,
    longitude: lon ?? -4,
    country: 'Mali',
    admin1: 'Mopti',
    admin2: 'Bandiagara',
    actor1: JNIM,
    actor2: FAMA,
    inter1: 'Rebel group',
    inter2: 'State forces',
    fatalities: 0,
    ...rest,
  };
}

/** The point `km` from (lat, lon) on initial bearing `deg` (great circle). */
export function dest(lat: number, lon: number, km: number, deg: number): { lat: number; lon: number } {
  const R = Math.PI / 180;
  const d = km / EARTH_KM;
  const p1 = lat * R;
  const l1 = lon * R;
  const b = deg * R;
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
  const l2 = l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  return { lat: p2 / R, lon: l2 / R };
}

export const close = (a: number | null | undefined, b: number, eps = 1e-6) => typeof a === 'number' && Math.abs(a - b) <= eps;
