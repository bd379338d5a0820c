/**
 * `npm run bench`: runs every bench/*.bench.ts in turn and prints its figures.
 * Each bench module exports `default async function (): Promise<Record<string, string|number>>`.
 * Figures are wall-clock on a shared 2-core machine: read them with the noise in mind.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter))).sort();
for (const f of files) {
  const mod = await import(pathToFileURL(join(here, f)).href);
  const t0 = performance.now();
  const figures = await mod.default();
  console.log(`\n## ${f.replace('.bench.ts', '')}  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(48)} ${v}`);
}
console.log(`\npeak RSS of the bench process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
