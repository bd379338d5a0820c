/**
 * Gazetteer figures: cold load time (fresh child processes), memory, lookups/s (Latin exact, Arabic
 * transliteration, by id), resolvePlace/s and findPlaces on the founding document.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const LOAD_URL = new URL('../src/knowledge/gazetteer/load.ts', import.meta.url).href;

function coldLoads(n: number): number[] {
  const code = `const t0 = performance.now(); const m = await import(${JSON.stringify(LOAD_URL)}); const t1 = performance.now();` +
    `const g = m.loadGazetteer(); const t2 = performance.now();` +
    `console.log(JSON.stringify({ importMs: t1 - t0, loadMs: t2 - t1, heapMB: process.memoryUsage().heapUsed / 1e6, rssMB: process.memoryUsage().rss / 1e6 }));`;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8', cwd: fileURLToPath(new URL('..', import.meta.url)) });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    try {
      const j = JSON.parse(line) as { loadMs: number; heapMB: number; rssMB: number };
      out.push(j.loadMs);
      lastMem = j;
    } catch {
      throw new Error(`gazetteer bench: child failed: ${r.stderr}`);
    }
  }
  return out;
}
let lastMem: { heapMB: number; rssMB: number } = { heapMB: 0, rssMB: 0 };

function rate(n: number, f: (i: number) => void): number {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) f(i);
  return n / ((performance.now() - t0) / 1000);
}

const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];

export default async function (): Promise<Record<string, string | number>> {
  const loads = coldLoads(5);
  const { loadGazetteer, Gazetteer } = await import('../src/knowledge/gazetteer/load.ts');
  const { resolvePlace } = await import('../src/knowledge/gazetteer/resolve.ts');
  const { findPlaces } = await import('../src/knowledge/gazetteer/find.ts');
  const heap0 = process.memoryUsage().heapUsed;
  const g = loadGazetteer();
  const heap1 = process.memoryUsage().heapUsed;

  const latin = ['Bamako', 'Kati', 'Ségou', 'Tombouctou', 'Timbuktu', 'Niamey', 'Tillabéri', 'Djibo', 'Ouagadougou', 'Gao', 'Kidal', 'Ménaka', 'Boni', 'Téra', 'Macina', 'Mopti'];
  const arabic = ['باماكو', 'كاتي', 'سيغو', 'تمبكتو', 'نيامي', 'تيلابيري', 'جيبو', 'واغادوغو', 'غاو', 'كيدال', 'ميناكا', 'بوني', 'تيرا', 'ماسينا', 'موبتي', 'كوليكورو'];
  // Uncached lookups: a fresh instance per measurement would reload; instead vary the query so the cache misses.
  const fresh = new Gazetteer();
  const ids = [2460596, 2455558, 2451478, 2449067, 2440485, 2438678, 2361177, 2357048];
  const uncachedLatin = rate(2000, (i) => fresh.lookup(latin[i % latin.length] + (i >= latin.length ? ' ' + 'x'.repeat(0) : ''), { limit: 10 + (i % 7) + Math.floor(i / latin.length) }));
  const cachedLatin = rate(100000, (i) => g.lookup(latin[i % latin.length]));
  const uncachedArabic = rate(300, (i) => fresh.lookup(arabic[i % arabic.length], { limit: 100 + i }));
  const byId = rate(100000, (i) => { g.byId(ids[i % ids.length]); });
  const sentences: Array<[string, 'ar' | 'fr' | 'en', string]> = [
    ['Des hommes armés ont attaqué le poste de Boni, entre Douentza et Hombori.', 'fr', 'Boni'],
    ["L'école de gendarmerie de Faladié à Bamako a été attaquée.", 'fr', 'Faladié'],
    ['Militants attacked Kati, the garrison town outside Bamako.', 'en', 'Kati'],
    ['دوى إطلاق نار في مدرسة الدرك في منطقة فالادي في باماكو', 'ar', 'فالادي'],
    ['قتل مدنيون في منطقة تيلابيري غرب النيجر', 'ar', 'تيلابيري'],
  ];
  const resolveRate = rate(500, (i) => {
    const [s, lang, m] = sentences[i % sentences.length];
    resolvePlace(m, { lang, sentence: s + ' '.repeat(i % 3), docCountry: 'ML' });
  });
  const seed = readFileSync(new URL('../../shared/seed/bamako-attack.ar.txt', import.meta.url), 'utf8');
  const f0 = performance.now();
  const found = findPlaces(seed, 'ar', fresh).length;
  const findCold = performance.now() - f0;
  const f1 = performance.now();
  findPlaces(seed, 'ar', fresh);
  const findWarm = performance.now() - f1;
  return {
    'cold load ms (child process, median of 5)': Math.round(median(loads)),
    'cold load ms (min / max)': `${Math.round(Math.min(...loads))} / ${Math.round(Math.max(...loads))}`,
    'heap after load MB (child)': lastMem.heapMB.toFixed(0),
    'rss after load MB (child)': lastMem.rssMB.toFixed(0),
    'heap growth of loadGazetteer() MB (this process)': ((heap1 - heap0) / 1e6).toFixed(0),
    'places': g.stats().places,
    'lookup/s Latin, uncached': Math.round(uncachedLatin),
    'lookup/s Latin, cached': Math.round(cachedLatin),
    'lookup/s Arabic (transliteration), uncached': Math.round(uncachedArabic),
    'byId/s': Math.round(byId),
    'resolvePlace/s (with sentence context)': Math.round(resolveRate),
    'findPlaces on the founding document, ms cold / warm': `${findCold.toFixed(0)} / ${findWarm.toFixed(0)} (${found} mentions, ${seed.length} chars)`,
  };
}
