// The interface's state and its one change signal. The server answers the filters (actor, type,
// country, dates, text); the timeline brush narrows the loaded incidents in the browser, so
// brushing is instant. Views subscribe and re-render from `visible()`.
import type { IncidentFilters, IncidentRow } from './api.ts';
import { overlaps } from './bins.ts';

export interface Brush {
  from: string;
  to: string;
}

export const state = {
  all: [] as IncidentRow[],
  /** Whether the server had more incidents than were loaded. */
  truncated: false,
  filters: {} as IncidentFilters,
  brush: null as Brush | null,
  selected: null as string | null,
  /** Incidents of the report just analysed (outlined on the map, marked in the table). */
  fresh: new Set<string>(),
  loading: false,
  error: null as string | null,
};

export function visible(): IncidentRow[] {
  const b = state.brush;
  if (!b) return state.all;
  return state.all.filter((r) => overlaps(r.record.date_start ?? r.record.event_date, r.record.date_end ?? r.record.event_date, b.from, b.to));
}

type Listener = (what: Change) => void;
export type Change = 'incidents' | 'brush' | 'selected' | 'lang' | 'status';
const listeners = new Set<Listener>();

export function subscribe(f: Listener): void {
  listeners.add(f);
}

export function emit(what: Change): void {
  for (const f of listeners) f(what);
}
