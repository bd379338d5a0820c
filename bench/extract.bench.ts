/**
 * Full analysis throughput per language (ingest → text → extraction with the bundled knowledge),
 * on the repo's gold documents, and Marsad's full extraction against compromise's entity pass
 * (`nlp(text).places()`, `.people()`, `.organizations()`) on the same English text, as a ratio.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { analyzeDocument } from '../src/pipeline/index.ts';
import { ingestText } from '../src/ingest/index.ts';
import { defaultKnowledge } from '../src/extract/knowledge-default.ts';
import type { Lang } from '../src/model/types.ts';

function docs(lang: Lang): string[] {
  const dir = join('gold', lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

function timeIt(fn: () => void, minMs = 1500): { runs: number; ms: number } {
  let runs = 0;
  const t0 = performance.now();
  do {
    fn();
    runs++;
  } while (performance.now() - t0 < minMs);
  return { runs, ms: performance.now() - t0 };
}

export default async function () {
  const out: Record<string, string | number> = {};
  const t0 = performance.now();
  defaultKnowledge();
  out['knowledge load (registry + gazetteer), ms'] = Math.round(performance.now() - t0);
  let peak = process.memoryUsage().rss;
  for (const lang of ['ar', 'fr', 'en'] as const) {
    const texts = docs(lang);
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const run = () => {
      for (const t of texts) {
        const r = ingestText(t, { uri: 'bench', kind: 'paste' }, { published: '2024-09-18', lang });
        if (r.ok) analyzeDocument(r.document, r.warnings);
      }
      peak = Math.max(peak, process.memoryUsage().rss);
    };
    run(); // warm caches
    const { runs, ms } = timeIt(run);
    const mbs = (bytes * runs) / (ms / 1000) / 1e6;
    out[`${lang}: full analysis MB/s (1 core)`] = mbs.toFixed(3);
    out[`${lang}: docs/s (${texts.length} docs, ${(bytes / texts.length / 1024).toFixed(1)} KB avg)`] = ((texts.length * runs) / (ms / 1000)).toFixed(1);
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
  const marsadMs = marsad.ms / marsad.runs;
  const compMs = comp.ms / comp.runs;
  out['en: Marsad full extraction, ms per pass'] = marsadMs.toFixed(1);
  out['en: compromise places/people/organizations, ms per pass'] = compMs.toFixed(1);
  out['speed ratio Marsad / compromise (≥1 means Marsad is faster)'] = (compMs / marsadMs).toFixed(2);
  out['peak RSS during extraction bench, MB'] = Math.round(peak / 1e6);
  return out;
}
