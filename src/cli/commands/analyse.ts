/**
 * @module cli/commands/analyse
 * `marsad analyse drift|rings|spread|claims-gap|grid [filters] [--format …] [--out FILE]` — the
 * analyses of src/analyse over the store's incidents, printed as a table, JSON, CSV, SVG or PNG.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError, type Command } from '../command.ts';
import { defaultDbPath, isPostgresUrl } from '../../store/index.ts';

const HELP = `Usage: marsad analyse <drift|rings|spread|claims-gap|grid> [options]

Analyses over the incidents in the store. Every output names the data and filters behind it
(a '#' header in CSV, <title>/<desc> in SVG and PNG).

  drift        activity centroid and median latitude/longitude per period, least-squares
               trend in km per period southward with its confidence interval, admin2 units
               newly affected per period
  rings        incidents per distance ring around --place per period, incidents per compass
               sector, encirclement index (0-8: sum over 8 sectors of max(1 - d/R)), radar chart
  spread       incidents by country over time, distance from the nearest land border (Natural
               Earth 1:50m), first appearance in each country and admin1
  claims-gap   per actor, fatalities it claimed vs officially reported (Government/Military
               Forces of …) where both exist, ratio, and the incidents behind it
  grid         incidents and fatalities per H3 hexagon per period, labelled by dominant actor
               — a rough picture of zones of influence, not of control

Options:
  --actor A            part of an actor name (folded: case, accents, Arabic variants ignored)
  --place P            rings: a place name (any script, via the gazetteer) or "lat,lon"
  --from YYYY-MM-DD    first day (drift/spread: earlier incidents are the baseline of units seen)
  --to YYYY-MM-DD      last day
  --country C          exact country name
  --period month|quarter   (default month)
  --rings 0,50,100,200 rings: ring edges in km
  --res N              grid: H3 resolution 0-10 (default 4, ~22 km cells)
  --near-km N          spread: "near a border" threshold (default 50)
  --format F           table (default), json, csv, svg, png (png needs --out)
  --table NAME         csv/table: which table (default the first; see the list in table output)
  --out FILE           write to FILE instead of standard output
  --db PATH            the store (default ${defaultDbPath()})

Examples:
  marsad analyse drift --actor JNIM --period quarter --from 2022-01-01
  marsad analyse rings --place Bamako --actor JNIM --format svg --out bamako.svg
  marsad analyse grid --from 2024-01-01 --format csv --table total`;

const KINDS = ['drift', 'rings', 'spread', 'claims-gap', 'grid'];
const FORMATS = ['table', 'json', 'csv', 'svg', 'png'];

export const analyseCommand: Command = {
  name: 'analyse',
  summary: 'drift, rings/encirclement, cross-border spread, claims gap, activity grid',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        actor: { type: 'string' },
        place: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        country: { type: 'string' },
        period: { type: 'string' },
        rings: { type: 'string' },
        res: { type: 'string' },
        'near-km': { type: 'string' },
        format: { type: 'string', default: 'table' },
        table: { type: 'string' },
        out: { type: 'string' },
        db: { type: 'string' },
      },
    });
    const [kind, ...extra] = positionals;
    if (!kind || !KINDS.includes(kind)) throw new UsageError(kind ? `unknown analysis '${kind}'` : 'name an analysis');
    if (extra.length) throw new UsageError(`unexpected argument '${extra[0]}'`);
    const format = values.format!;
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    if (format === 'png' && !values.out) throw new UsageError('--format png needs --out FILE');
    const num = (name: string, v: string | undefined) => {
      if (v === undefined) return undefined;
      const x = Number(v);
      if (!Number.isFinite(x)) throw new UsageError(`--${name} must be a number, got '${v}'`);
      return x;
    };
    const rings = values.rings?.split(',').map((s) => Number(s.trim()));
    if (rings && rings.some((x) => !Number.isFinite(x))) throw new UsageError(`--rings must be numbers separated by commas, got '${values.rings}'`);

    const { analyseStore, checkRequest, toCsv, toText, svgToPng } = await import('../../analyse/index.ts');
    const q = {
      kind: kind as 'drift',
      actor: values.actor,
      place: values.place,
      from: values.from,
      to: values.to,
      country: values.country,
      period: values.period as 'month' | undefined,
      rings,
      resolution: num('res', values.res),
      nearKm: num('near-km', values['near-km']),
      perIncident: values.table === 'incidents',
    };
    const bad = checkRequest(q);
    if (bad) throw new UsageError(bad.message);
    const db = values.db ?? defaultDbPath();
    if (!isPostgresUrl(db) && !existsSync(db)) {
      io.err(`marsad analyse: no store at ${db} (ingest reports first, or give --db)`);
      return 1;
    }
    const { openStore } = await import('../../store/index.ts');
    const store = openStore({ db, readonly: true });
    try {
      const r = await analyseStore(store, q);
      if (!r.ok) {
        io.err(`marsad analyse ${kind}: ${r.error.code}: ${r.error.message}`);
        return r.error.code === 'bad-option' ? 2 : 1;
      }
      const fig = r.figure;
      const table = values.table ? fig.tables.find((t) => t.name === values.table) : fig.tables[0];
      if (!table) throw new UsageError(`--table must be one of ${fig.tables.map((t) => t.name).join(', ')}`);
      let text: string | Buffer;
      if (format === 'json') text = JSON.stringify({ meta: fig.meta, result: r.result }, null, 2) + '\n';
      else if (format === 'csv') text = toCsv(table, fig.meta);
      else if (format === 'svg') text = fig.svg + '\n';
      else if (format === 'png') text = svgToPng(fig.svg);
      else {
        text = [
          `${fig.meta.title}`,
          `filters: ${fig.meta.filters.map(([k, v]) => `${k}=${v}`).join('  ')}`,
          `data: ${fig.meta.data}; ${fig.meta.records.used} of ${fig.meta.records.read} records used`,
          ...fig.meta.notes.map((n) => `note: ${n}`),
          '',
          `[${table.name}]  (tables: ${fig.tables.map((t) => `${t.name} ${t.rows.length}`).join(', ')})`,
          toText(table),
          '',
        ].join('\n');
      }
      if (values.out) {
        writeFileSync(values.out, text);
        io.err(`wrote ${values.out}`);
      } else io.out(typeof text === 'string' ? text : text.toString('base64'));
      return 0;
    } finally {
      await store.close();
    }
  },
};
