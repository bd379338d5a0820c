/**
 * @module analyse/types
 * Shapes shared by the analyses. Every analysis is a pure function over an array of
 * incident-like records (`AnalysisRecord`: the few EventRecord fields it reads, so a full
 * EventRecord or a hand-built object both fit) and returns typed data; figures (tables for CSV,
 * SVG charts) are built from that data together with a `FigureMeta` naming the data and filters.
 */
import type { Claim, EventRecord } from '../model/types.ts';

/** The fields the analyses read. Everything else of an EventRecord is ignored. */
export type AnalysisRecord = Pick<EventRecord, 'event_date' | 'latitude' | 'longitude' | 'country' | 'admin1' | 'actor1' | 'actor2' | 'fatalities'> &
  Partial<Pick<EventRecord, 'event_id_cnty' | 'date_start' | 'date_end' | 'admin2' | 'assoc_actor_1' | 'assoc_actor_2' | 'inter1' | 'inter2' | 'event_type' | 'sub_event_type' | 'location'>> & {
    claims?: Claim[];
  };

export type Period = 'month' | 'quarter';

/** Filters every analysis understands. Dates are inclusive YYYY-MM-DD bounds. */
export interface AnalysisFilter {
  /** Part of an actor's name, matched on folded text like the store's filter (actor1, actor2, associated). */
  actor?: string;
  from?: string;
  to?: string;
  /** Exact country name (as stored). */
  country?: string;
}

/** What a figure was made from: printed as the CSV header comment and the SVG title/desc. */
export interface FigureMeta {
  analysis: 'drift' | 'rings' | 'spread' | 'claims-gap' | 'grid';
  title: string;
  /** Where the records came from, e.g. `marsad store /home/u/.local/share/marsad/marsad.db (incidents)`. */
  data: string;
  /** Filters and parameters, in order, as key → value text. */
  filters: Array<[string, string]>;
  /** Records read and records used after the filters. */
  records: { read: number; used: number };
  /** Caveats the reader must see (e.g. "rough picture of zones of influence"). */
  notes: string[];
  generated: string;
}

export type Cell = string | number | null;

export interface Table {
  name: string;
  columns: string[];
  rows: Cell[][];
}

/** A figure: its metadata, its tables (the first is the main one) and its chart as SVG text. */
export interface Figure {
  meta: FigureMeta;
  tables: Table[];
  svg: string;
}

/** Data problems are values, not exceptions (STYLE.md §7). */
export interface AnalysisError {
  code: 'no-place' | 'bad-option' | 'no-data' | 'unsupported-store';
  message: string;
}
