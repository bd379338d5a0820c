/**
 * Full analysis throughput per language (ingest → text → extraction with the bundled knowledge),
 * on the repo's gold documents (Arabic also the founding document), and Marsad's full extraction
 * against compromise's entity pass (`nlp(text).places()`, `.people()`, `.organizations()`) on the
 * same English text, as a ratio.
 *
 * Per language, two passes over all its documents, each repeated for about 1.5 s:
 *   first sight — the gazetteer's lookup memos cleared before each pass (places stay loaded), as for
 *                 documents never seen; names shared between the pass's documents still repeat;
 *   repeat      — every memo warm (the same documents again).
 * Figures per core: MB/s and docs/s from this process's CPU time (user + system; the steadier figure
 * on a shared machine) and from wall time. Knowledge load: wall and CPU ms. Peak RSS from the OS.
 * Mode: sources through tsx (there is no build step; a bundle without tsx's name-keeping wrappers
 * measured within 5% of it, so none is kept).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { analyzeDocument } from '../src/pipeline/index.ts';
import { ingestText } from '../src/ingest/index.ts';
import { defaultKnowledge } from '../src/extract/knowledge-default.ts';
import { loadGazetteer } from '../src/knowledge/gazetteer/load.ts';
import type { Lang } from '../src/model/types.ts';

const SEED = new URL('../../shared/seed/bamako-attack.ar.txt', import.meta.url);

function docs(lang: Lang): string[] {
  const dir = join('gold', lang);
  const out = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  if (lang === 'ar') {
    try {
      out.push(readFileSync(SEED, 'utf8'));
    } catch {
      // the seed lives outside the repo; without it the gold documents are measured alone
    }
  }
  return out;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Run `fn` until `minMs` of wall time have passed; `before` runs untimed ahead of each run. */
function timeIt(fn: () => void, before: () => void = () => {}, minMs = 1500): { runs: number; wallMs: number; cpuMs: number } {
  let runs = 0;
  let wall = 0;
  let cpu = 0;
  do {
    before();
    const w0 = performance.now();
    const c0 = cpuMs();
    fn();
    cpu += cpuMs() - c0;
    wall += performance.now() - w0;
    runs++;
  } while (wall < minMs);
  return { runs, wallMs: wall, cpuMs: cpu };
}

export default async function () {
  const out: Record<string, string | number> = {};
  out['mode'] = 'TypeScript sources through tsx';
  const w0 = performance.now();
  const c0 = cpuMs();
  defaultKnowledge();
  out['knowledge load (registry + gazetteer), ms wall / ms CPU'] = `${Math.round(performance.now() - w0)} / ${Math.round(cpuMs() - c0)}`;
  const g = loadGazetteer();
  for (const lang of ['ar', 'fr', 'en'] as const) {
    const texts = docs(lang);
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const run = () => {
      for (const t of texts) {
        const r = ingestText(t, { uri: 'bench', kind: 'paste' }, { published: '2024-09-18', lang });
        if (r.ok) analyzeDocument(r.document, r.warnings);
      }
    };
    run(); // compile the language's tables and warm the JIT
    out[`${lang}: documents`] = `${texts.length} (${(bytes / texts.length / 1024).toFixed(1)} KB avg, ${(bytes / 1e6).toFixed(3)} MB)`;
    for (const [label, before] of [['first sight', () => g.clearCaches()], ['repeat', undefined]] as const) {
      const t = timeIt(run, before);
      const perCpu = (x: number) => (x * t.runs) / (t.cpuMs / 1000);
      const perWall = (x: number) => (x * t.runs) / (t.wallMs / 1000);
      out[`${lang} ${label}: MB/s per core, CPU / wall`] = `${(perCpu(bytes) / 1e6).toFixed(3)} / ${(perWall(bytes) / 1e6).toFixed(3)}`;
      out[`${lang} ${label}: docs/s per core, CPU / wall`] = `${perCpu(texts.length).toFixed(1)} / ${perWall(texts.length).toFixed(1)}`;
    }
  }
  const en = docs('en').join('\n\n');
  const marsad = timeIt(() => {
    const r = ingestText(en, { uri: 'bench', kind: 'paste' }, { published: '2024-09-18', lang: 'en' });
    if (r.ok) analyzeDocument(r.document, r.warnings);
  });
  const comp = timeIt(() => {
    const d = nlp(en);
    d.places().out('array');
    d.people().out('array');
    d.organizations().out('array');
  });
  const marsadMs = marsad.cpuMs / marsad.runs;
  const compMs = comp.cpuMs / comp.runs;
  out['en: Marsad full extraction, CPU ms per pass'] = marsadMs.toFixed(1);
  out['en: compromise places/people/organizations, CPU ms per pass'] = compMs.toFixed(1);
  out['speed ratio Marsad / compromise (≥1 means Marsad is faster)'] = (compMs / marsadMs).toFixed(2);
  out['peak RSS of the process so far, MB'] = Math.round(process.resourceUsage().maxRSS / 1024);
  return out;
}
