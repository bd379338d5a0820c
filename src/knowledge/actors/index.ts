/**
 * @module knowledge/actors
 * The Sahel actor registry: data/actors/*.json → checked, expanded entries → a matcher.
 * Steps, in order (each a file): 01-read, 02-check, 03-expand, 04-link, 05-index.
 * Users extend the registry by adding a folder of JSON files (`loadRegistry({dirs: [...]})` or
 * the MARSAD_ACTORS_DIRS environment variable, folders separated by the path delimiter).
 *
 * @example
 *   const reg = loadRegistry();
 *   reg.canonicalFor('mali-armed-forces', '2024-09-17');   // 'Military Forces of Mali (2021-)'
 *   findActors('أسيمي جويتا', 'ar')[0].id;                // 'assimi-goita'
 */
import { readdirSync, readFileSync } from 'node:fs';
import { delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../model/types.ts';
import { readActorFiles, type FileSource } from './01-read.ts';
import { checkRecords } from './02-check.ts';
import { expand } from './03-expand.ts';
import { linkCheck } from './04-link.ts';
import { buildTrie } from './05-index.ts';
import { findActorsIn } from './find.ts';
import { Registry } from './registry.ts';
import type { ActorFile, ActorMatch, FindOptions, Issue } from './types.ts';

export { Registry } from './registry.ts';
export type { RegistryStats } from './registry.ts';
export type * from './types.ts';

export const DEFAULT_ACTORS_DIR = fileURLToPath(new URL('../../../data/actors/', import.meta.url));

export const nodeFiles: FileSource = {
  list: (dir) => readdirSync(dir),
  read: (path) => readFileSync(path, 'utf8'),
};

export interface BuildResult {
  ok: boolean;
  registry: Registry;
  /** Errors and warnings; `ok` is false when any is an error. */
  issues: Issue[];
}

/** Steps 2–5 over files already read: never throws on bad data, reports it. */
export function buildRegistry(files: ActorFile[], readIssues: Issue[] = []): BuildResult {
  const checked = checkRecords(files);
  const ex = expand(checked.files);
  const linked = linkCheck(ex.actors, ex.aliases);
  const issues = [...readIssues, ...checked.issues, ...ex.issues, ...linked];
  const registry = new Registry(ex.actors, ex.aliases, buildTrie(ex.aliases), issues);
  return { ok: !issues.some((i) => i.severity === 'error'), registry, issues };
}

/** Read and build from folders (default: the project's data/actors plus MARSAD_ACTORS_DIRS). */
export function tryLoadRegistry(opts: { dirs?: string[]; fs?: FileSource } = {}): BuildResult {
  const dirs = opts.dirs ?? defaultDirs();
  const read = readActorFiles(dirs, opts.fs ?? nodeFiles);
  return buildRegistry(read.files, read.issues);
}

function defaultDirs(): string[] {
  const extra = (process.env.MARSAD_ACTORS_DIRS ?? '').split(delimiter).filter((d) => d.trim() !== '');
  return [DEFAULT_ACTORS_DIR, ...extra];
}

const cache = new Map<string, Registry>();

/**
 * The registry, loaded once per set of folders. Invalid registry data is a configuration error:
 * it throws, naming the first problems (use `tryLoadRegistry` to get them as values).
 */
export function loadRegistry(opts: { dirs?: string[] } = {}): Registry {
  const dirs = opts.dirs ?? defaultDirs();
  const key = dirs.join('\u0000');
  const hit = cache.get(key);
  if (hit) return hit;
  const res = tryLoadRegistry({ dirs });
  if (!res.ok) {
    const errs = res.issues.filter((i) => i.severity === 'error');
    const head = errs.slice(0, 8).map((i) => `  ${i.file} ${i.id}: [${i.code}] ${i.message}`).join('\n');
    throw new Error(`marsad: actor registry has ${errs.length} error(s):\n${head}`);
  }
  cache.set(key, res.registry);
  return res.registry;
}

/**
 * Registry names in a text, longest match, offsets into `text`.
 * @example findActors("l'armée malienne a repoussé les jihadistes du GSIM", 'fr', {date: '2022-03-01'})
 */
export function findActors(text: string, lang: Lang, opts: FindOptions & { registry?: Registry } = {}): ActorMatch[] {
  return findActorsIn(opts.registry ?? loadRegistry(), text, lang, opts);
}
