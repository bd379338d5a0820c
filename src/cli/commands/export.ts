/**
 * @module cli/commands/export
 * `marsad export --format acled-csv|geojson|jsonl [filters] [--out FILE]` — the incidents matching
 * the filters, streamed (any size, constant memory) to a file or stdout.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { UsageError, type Command } from '../command.ts';
import { FILTER_HELP, FILTER_OPTIONS, openExisting, readFilter } from './events.ts';

const HELP = `Usage: marsad export --format acled-csv|geojson|jsonl [filters] [--out FILE]

Writes the incidents matching the filters (all of them without --limit), most recent first.

Formats:
  acled-csv   ACLED's columns in ACLED's order (event_id_cnty … timestamp), then date_start,
              date_end, date_text, fatalities_low/best/high, claims (JSON), background,
              confidence, source_documents; RFC 4180 quoting, CRLF line ends, UTF-8
  geojson     a FeatureCollection of points (WGS 84), the same columns as properties;
              incidents without coordinates have a null geometry
  jsonl       one full record per line (claims and evidence included)

${FILTER_HELP}

Options:
  --out FILE   write there instead of stdout
  -h, --help   this help

Examples:
  marsad export --format acled-csv --country Mali --from 2024 --out mali-2024.csv
  marsad export --format geojson --near Ouagadougou --km 100 --out near-ouaga.geojson`;

export const exportCommand: Command = {
  name: 'export',
  summary: 'write incidents as ACLED CSV, GeoJSON or JSON lines',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...FILTER_OPTIONS, format: { type: 'string' }, out: { type: 'string' } } });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const { EXPORT_FORMATS, exportChunks, recordsOf } = await import('../../export/index.ts');
    const format = values.format;
    if (!format) throw new UsageError(`give --format ${EXPORT_FORMATS.join('|')}`);
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got '${format}'`);
    const filter = await readFilter(values, io);
    const store = await openExisting(values.db, io, 'export');
    if (!store) return 1;
    let n = 0;
    try {
      await store.fusePending();
      const chunks = exportChunks(format as (typeof EXPORT_FORMATS)[number], (async function* () {
        for await (const r of recordsOf(store.iterateIncidents(filter))) {
          n++;
          yield r;
        }
      })());
      if (values.out) {
        const file = createWriteStream(values.out, { encoding: 'utf8' });
        try {
          // events.once rejects when the stream emits 'error' (unwritable path, full disk).
          await once(file, 'open');
          for await (const c of chunks) if (!file.write(c)) await once(file, 'drain');
          file.end();
          await once(file, 'finish');
        } catch (e) {
          file.destroy();
          io.err(`marsad export: cannot write ${values.out}: ${(e as Error).message}`);
          return 1;
        }
        io.err(`marsad export: ${n} incident(s) written to ${values.out}`);
      } else {
        let buf = '';
        for await (const c of chunks) {
          buf += c;
          if (buf.length > 1 << 16) {
            io.out(buf.endsWith('\n') ? buf.slice(0, -1) : buf);
            buf = '';
          }
        }
        if (buf) io.out(buf.endsWith('\n') ? buf.slice(0, -1) : buf);
      }
    } finally {
      await store.close();
    }
    return 0;
  },
};
