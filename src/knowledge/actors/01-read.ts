/**
 * @module knowledge/actors/01-read
 * Step 1: read every `*.json` file of the registry folders. A file holds `{"actors": [...]}` (or a
 * bare array). Unreadable or malformed files become issues, never exceptions, so one bad user
 * file is reported with its name instead of stopping the program. The file system is passed in
 * (kysely's habit) so tests can feed files from memory.
 */
import type { ActorFile, Issue, RawActor } from './types.ts';

export interface FileSource {
  list(dir: string): string[];
  read(path: string): string;
}

export interface ReadResult {
  files: ActorFile[];
  issues: Issue[];
}

export function readActorFiles(dirs: string[], fsrc: FileSource): ReadResult {
  const files: ActorFile[] = [];
  const issues: Issue[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = fsrc.list(dir).filter((n) => n.endsWith('.json')).sort();
    } catch (e) {
      issues.push({ code: 'read_error', severity: 'error', file: dir, id: '', message: `cannot list ${dir}: ${(e as Error).message}` });
      continue;
    }
    for (const name of names) {
      const path = `${dir.replace(/\/$/, '')}/${name}`;
      let text: string;
      try {
        text = fsrc.read(path);
      } catch (e) {
        issues.push({ code: 'read_error', severity: 'error', file: name, id: '', message: (e as Error).message });
        continue;
      }
      const parsed = parseActorFile(name, text);
      issues.push(...parsed.issues);
      if (parsed.file) files.push(parsed.file);
    }
  }
  return { files, issues };
}

/** Parse one file's text; shape problems of the file as a whole are issues. */
export function parseActorFile(name: string, text: string): { file: ActorFile | null; issues: Issue[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { file: null, issues: [{ code: 'json_error', severity: 'error', file: name, id: '', message: (e as Error).message }] };
  }
  const list = Array.isArray(data) ? data : (data as { actors?: unknown })?.actors;
  if (!Array.isArray(list)) {
    return { file: null, issues: [{ code: 'shape', severity: 'error', file: name, id: '', message: 'expected {"actors": [...]} or an array' }] };
  }
  const actors: RawActor[] = [];
  const issues: Issue[] = [];
  list.forEach((a, i) => {
    if (a === null || typeof a !== 'object' || Array.isArray(a)) {
      issues.push({ code: 'shape', severity: 'error', file: name, id: `#${i}`, message: 'an actor must be an object' });
    } else actors.push(a as RawActor);
  });
  return { file: { file: name, actors }, issues };
}
