/**
 * @module knowledge/gazetteer/userdata
 * Where a user's own gazetteer additions live ($MARSAD_HOME, else $XDG_DATA_HOME/marsad, else
 * ~/.local/share/marsad) and `importDump`, which turns another GeoNames country dump into an extra
 * index there (merged at load; for one geonameid the imported row wins over the bundled one).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { parseAdminCodes, parseGeonamesDump, type ParseStats } from './geonames.ts';
import { buildIndex } from './format.ts';

export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MARSAD_HOME) return env.MARSAD_HOME;
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, 'marsad');
  return join(homedir(), '.local', 'share', 'marsad');
}

export function userGazetteerDir(dir = dataDir()): string {
  return join(dir, 'gazetteer');
}

/** The extra index files present (sorted, so that the merge order is stable). */
export function userIndexFiles(dir = dataDir()): string[] {
  const d = userGazetteerDir(dir);
  if (!existsSync(d)) return [];
  return readdirSync(d).filter((f) => f.endsWith('.tsv.gz')).sort().map((f) => join(d, f));
}

export type ImportResult =
  | { ok: true; path: string; countries: string[]; rows: number; stats: ParseStats; adminNames: boolean }
  | { ok: false; code: 'not_found' | 'empty' | 'bad_input'; message: string };

/** Import one GeoNames country dump (19-column TSV) into the user's gazetteer directory. */
export function importDump(file: string, opts: { admin1?: string; admin2?: string; dataDir?: string } = {}): ImportResult {
  for (const f of [file, opts.admin1, opts.admin2]) {
    if (f && !existsSync(f)) return { ok: false, code: 'not_found', message: `no such file: ${f}` };
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { ok: false, code: 'bad_input', message: `cannot read ${file}: ${(e as Error).message}` };
  }
  const stats: ParseStats = { lines: 0, kept: 0, skippedFeature: 0, bad: 0 };
  const rows = parseGeonamesDump(text, stats);
  if (stats.lines === 0 || (stats.kept === 0 && stats.skippedFeature === 0)) {
    return { ok: false, code: 'bad_input', message: `${basename(file)} has no GeoNames rows (expected 19 tab-separated columns)` };
  }
  if (rows.length === 0) return { ok: false, code: 'empty', message: `${basename(file)}: no row of a kept feature class` };
  const countries = [...new Set(rows.map((r) => r.cc))].sort();
  const set = new Set(countries);
  const a1 = opts.admin1 ? parseAdminCodes(readFileSync(opts.admin1, 'utf8'), set) : new Map();
  const a2 = opts.admin2 ? parseAdminCodes(readFileSync(opts.admin2, 'utf8'), set) : new Map();
  const built = buildIndex(rows, a1, a2, `Imported by marsad gazetteer import from ${basename(file)} (GeoNames data, CC BY 4.0, geonames.org).`);
  const outDir = userGazetteerDir(opts.dataDir ?? dataDir());
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, `${countries.join('-')}.tsv.gz`);
  writeFileSync(path, built.bytes);
  return { ok: true, path, countries, rows: built.rows, stats, adminNames: Boolean(opts.admin1) };
}
