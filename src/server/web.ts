/**
 * @module server/web
 * The web interface's build: web/ (Vite sources) → out/web/ (git-ignored). The build writes a
 * stamp with the hash of the sources it was made from, so `marsad serve` can tell a missing or
 * stale build from a current one and rebuild only then (a few seconds, once). Vite is imported
 * only when a build is needed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const WEB_SRC = join(REPO_ROOT, 'web');
export const WEB_OUT = join(REPO_ROOT, 'out', 'web');
export const STAMP = 'build-stamp.json';

/** Files that make the build: everything under web/ plus the packages' lock (library versions). */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else out.push(p);
  }
  return out;
}

export function webSourceHash(src = WEB_SRC): string {
  const h = createHash('sha256');
  const files = sourceFiles(src);
  const lock = join(REPO_ROOT, 'package-lock.json');
  if (existsSync(lock)) files.push(lock);
  for (const f of files) {
    h.update(relative(REPO_ROOT, f) + '\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex');
}

export type WebState = { ok: true; dir: string } | { ok: false; dir: string; reason: 'missing' | 'stale' };

export function webBuildState(outDir = WEB_OUT): WebState {
  if (!existsSync(join(outDir, 'index.html'))) return { ok: false, dir: outDir, reason: 'missing' };
  try {
    const stamp = JSON.parse(readFileSync(join(outDir, STAMP), 'utf8')) as { hash?: string };
    if (stamp.hash === webSourceHash()) return { ok: true, dir: outDir };
  } catch {
    // no stamp or unreadable: treat as stale
  }
  return { ok: false, dir: outDir, reason: 'stale' };
}

/**
 * Build the interface into `outDir` (default out/web) with web/vite.config.ts.
 * @example await buildWeb('/tmp/marsad-web')
 */
export async function buildWeb(outDir = WEB_OUT): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: join(WEB_SRC, 'vite.config.ts'),
    root: WEB_SRC,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

/** A current build in `outDir`, building it when missing or stale. */
export async function ensureWebBuild(outDir = WEB_OUT, log: (s: string) => void = () => {}): Promise<{ ok: true; built: boolean } | { ok: false; message: string }> {
  const s = webBuildState(outDir);
  if (s.ok) return { ok: true, built: false };
  log(`building the web interface (${s.reason}) into ${outDir} …`);
  try {
    await buildWeb(outDir);
  } catch (e) {
    return { ok: false, message: `web build failed: ${(e as Error).message}` };
  }
  return webBuildState(outDir).ok ? { ok: true, built: true } : { ok: false, message: 'web build produced no current index.html' };
}
