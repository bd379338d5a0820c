/**
 * @module cli/commands/events
 * `marsad events [filters]` — list stored incidents, most recent first. The filter options are
 * shared with `marsad export` (FILTER_OPTIONS, readFilter).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError, type Command, type CliIO } from '../command.ts';
import type { EventRecord } from '../../model/types.ts';
import type { IncidentFilter, IncidentRow } from '../../store/types.ts';

export const FILTER_OPTIONS = {
  db: { type: 'string' },
  actor: { type: 'string' },
  type: { type: 'string' },
  country: { type: 'string' },
  admin1: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  near: { type: 'string' },
  km: { type: 'string' },
  limit: { type: 'string' },
} as const;

export const FILTER_HELP = `Filters (all given must hold):
  --actor TEXT               part of an actor's name (actor1, actor2 or associated), e.g. JNIM
  --type TYPE                event type, sub-event type or disorder type, e.g. Battles,
                             "Air/drone strike", "Political violence"
  --country NAME|CODE        Mali, مالي, ML, MLI or 466
  --admin1 NAME              first-level region, e.g. Mopti, Tillabéri
  --from DATE, --to DATE     YYYY, YYYY-MM or YYYY-MM-DD; incidents whose date range overlaps
  --near PLACE --km N        within N km (default 25) of a place from the gazetteer (any
                             language: Bamako, باماكو) or of LAT,LON
  --limit N                  at most N incidents
  --db PATH|URL              the store: a SQLite file or a postgres:// URL (default: $MARSAD_HOME/marsad.db, else
                             $XDG_DATA_HOME/marsad/marsad.db, else ~/.local/share/marsad/marsad.db)`;

/** Open the store for reading; null (with a message) when there is none yet. */
export async function openExisting(db: string | undefined, io: CliIO, cmd: string) {
  const { openStore, defaultDbPath, isPostgresUrl } = await import('../../store/index.ts');
  const path = db ?? defaultDbPath();
  if (!isPostgresUrl(path) && !existsSync(path)) {
    io.err(`marsad ${cmd}: no store at ${path} yet; read documents into it with \`marsad ingest\`${db ? '' : ' (or give --db PATH)'}`);
    return null;
  }
  return openStore({ db: path });
}

type FilterValues = { [K in keyof typeof FILTER_OPTIONS]?: string };

/** Resolve --near: "LAT,LON" as given, else the gazetteer's best reading of the name. */
async function resolveNear(place: string, io: CliIO): Promise<{ lat: number; lon: number; label: string }> {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(place);
  if (m) return { lat: Number(m[1]), lon: Number(m[2]), label: `${m[1]},${m[2]}` };
  const { loadGazetteer } = await import('../../knowledge/gazetteer/load.ts');
  const hits = loadGazetteer().lookup(place, { limit: 5 });
  if (!hits.length) throw new UsageError(`--near: no place called '${place}' in the gazetteer (give LAT,LON instead)`);
  const p = hits[0].place;
  const label = `${p.name}${p.admin1 ? `, ${p.admin1}` : ''} (${p.countryCode}, ${p.lat.toFixed(4)},${p.lon.toFixed(4)})`;
  if (hits.length > 1) io.err(`near: ${label}; other readings: ${hits.slice(1).map((h) => `${h.place.name} (${h.place.countryCode})`).join(', ')}`);
  return { lat: p.lat, lon: p.lon, label };
}

/** The filter from command-line values, normalised; usage errors for what cannot be understood. */
export async function readFilter(values: FilterValues, io: CliIO, defaults: { limit?: number } = {}): Promise<IncidentFilter> {
  const { normaliseFilter } = await import('../../store/filter.ts');
  const f: IncidentFilter = {};
  for (const k of ['actor', 'type', 'country', 'admin1', 'from', 'to'] as const) if (values[k] !== undefined) f[k] = values[k];
  if (values.km !== undefined && values.near === undefined) throw new UsageError('--km goes with --near');
  if (values.near !== undefined) {
    const km = values.km === undefined ? 25 : Number(values.km);
    if (!Number.isFinite(km) || km <= 0) throw new UsageError(`--km must be a positive number, got '${values.km}'`);
    const p = await resolveNear(values.near, io);
    f.near = { lat: p.lat, lon: p.lon, km };
  }
  if (values.limit !== undefined) {
    const n = Number(values.limit);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`--limit must be a whole number ≥ 0, got '${values.limit}'`);
    f.limit = n;
  } else if (defaults.limit !== undefined) f.limit = defaults.limit;
  const r = normaliseFilter(f);
  if (!r.ok) throw new UsageError(r.error.message);
  return r.filter;
}

const dateOf = (r: EventRecord) =>
  r.date_start && r.date_end && r.date_start !== r.date_end ? `${r.date_start}..${r.date_end}` : (r.event_date ?? r.date_start ?? 'undated');

/** Cut to `n` characters (by code point), with an ellipsis. */
export function cut(s: string, n: number): string {
  const cps = [...s];
  return cps.length <= n ? s : cps.slice(0, Math.max(0, n - 1)).join('') + '…';
}

export function formatIncidentTable(rows: IncidentRow[]): string {
  const head = ['ID', 'DATE', 'TYPE', 'PLACE', 'ACTORS', 'FAT.', 'SRC'];
  const body = rows.map((x) => {
    const r = x.record;
    const place = [r.location, r.admin1, r.country].filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(', ');
    const actors = r.actor2 ? `${r.actor1 || '?'} vs ${r.actor2}` : r.actor1 || '?';
    return [x.id, dateOf(r), r.sub_event_type || r.event_type, cut(place || '?', 32), cut(actors, 48), String(r.fatalities), String(r.source_documents.length)];
  });
  const width = head.map((h, i) => Math.max(h.length, ...body.map((b) => [...b[i]].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(width[i] - [...c].length))).join('  ');
  return [line(head), ...body.map(line)].join('\n');
}

const HELP = `Usage: marsad events [filters] [--format table|json|jsonl]

Lists the incidents in the store (each the fusion of every report of it), most recent first.

${FILTER_HELP}

Options:
  --format table|json|jsonl  table (default): one line each; json: an array of records;
                             jsonl: one record per line (fields of EVENT-MODEL.md)
  -h, --help                 this help

Without --limit, the 50 most recent are listed. See one with \`marsad show ID\`.

Examples:
  marsad events --country Mali --from 2024-09 --to 2024-09
  marsad events --actor JNIM --near Bamako --km 30 --format json`;

export const eventsCommand: Command = {
  name: 'events',
  summary: 'list stored incidents with filters (actor, type, place, dates, distance)',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...FILTER_OPTIONS, format: { type: 'string' } } });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const format = values.format ?? 'table';
    if (!['table', 'json', 'jsonl'].includes(format)) throw new UsageError(`--format must be table, json or jsonl, got '${format}'`);
    const filter = await readFilter(values, io, { limit: 50 });
    const store = await openExisting(values.db, io, 'events');
    if (!store) return 1;
    try {
      await store.fusePending();
      const rows = await store.listIncidents(filter);
      if (format === 'json') io.out(JSON.stringify(rows.map((r) => r.record), null, 2));
      else if (format === 'jsonl') for (const r of rows) io.out(JSON.stringify(r.record));
      else io.out(rows.length ? formatIncidentTable(rows) : 'no incidents match');
    } finally {
      await store.close();
    }
    return 0;
  },
};
