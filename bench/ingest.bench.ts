/**
 * Ingest (+ the text stage) throughput on Arabic, French and English: docs/s on article-sized
 * documents, MB/s on one large document, for UTF-8 text, windows-1256 text and HTML; peak memory.
 * Inputs: the founding document (Arabic) and paragraphs written for this bench (French, English),
 * repeated. Figures are wall-clock on a shared machine.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { ingestBuffer, type IngestResult } from '../src/ingest/index.ts';
import { identifyLanguage, prepare } from '../src/text/index.ts';
import type { Lang } from '../src/model/types.ts';

const AR = readFileSync(new URL('../../shared/seed/bamako-attack.ar.txt', import.meta.url), 'utf8');
const FR = `Accueil > Afrique > Sahel

Niger : une patrouille prise en embuscade près de la frontière malienne

Par la rédaction

Une patrouille de l'armée nigérienne a été prise pour cible jeudi matin par des hommes armés à une vingtaine de kilomètres de la frontière avec le Mali, dans la région de Tillabéri, selon plusieurs sources sécuritaires.

Le bilan provisoire fait état de six militaires tués et de quatre blessés, évacués vers Niamey. Les assaillants, arrivés à moto, se sont repliés après plus d'une heure d'échanges de tirs.

L'attaque n'a pas été revendiquée, mais la zone est le théâtre d'affrontements réguliers entre les forces de défense et des combattants affiliés à l'État islamique au Sahel.

Les autorités ont décrété trois jours de deuil national et annoncé le renforcement du dispositif dans les départements frontaliers.

Depuis le début de l'année, plusieurs dizaines de soldats ont perdu la vie dans des attaques similaires, rappelant la fragilité de la situation sécuritaire dans l'ouest du pays.

À lire aussi
Mali : la route de Gao de nouveau coupée
Haut de page`;
const EN = `Home | World | Africa

Burkina Faso: dozens killed in attack on village defence volunteers

By our West Africa staff

Suspected jihadist fighters attacked a position held by civilian defence volunteers in northern Burkina Faso on Saturday, killing dozens of people, according to local sources and a security official.

The attackers arrived in large numbers on motorbikes and pickup trucks, surrounded the position and set fire to several homes before withdrawing towards the border.

The government has not published a toll. A local official said at least thirty volunteers and a number of civilians had been killed, while others were still missing.

No group has claimed responsibility, but militants linked to al-Qaeda's Sahel branch have repeatedly targeted volunteers in the area over the past year.

The volunteer force was created to support the army, and its members have become frequent targets as violence has spread from the north to other regions.

Related articles
Mali extends state of emergency
Back to top`;

const SAMPLES: { lang: Lang; text: string }[] = [
  { lang: 'ar', text: AR },
  { lang: 'fr', text: FR },
  { lang: 'en', text: EN },
];

let peakRss = 0;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

/** Run `fn` repeatedly for about `ms` milliseconds; return runs/s. */
function rate(fn: () => void, ms = 1000): number {
  fn(); // warm-up
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    fn();
    n++;
    if ((n & 15) === 0) sampleRss();
    t = performance.now();
  }
  sampleRss();
  return (n * 1000) / (t - t0);
}

function must(r: IngestResult): string {
  if (!r.ok) throw new Error(`bench input failed to ingest: ${r.error.code} ${r.error.message}`);
  return r.document.text;
}

const htmlOf = (text: string, lang: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Bench</title><script>var x = 1;</script></head><body><nav>Menu</nav><article>${text
    .split(/\n\n+/)
    .map((p) => `<p>${p.replace(/[<&]/g, ' ')}</p>`)
    .join('\n')}</article><footer>Footer</footer></body></html>`;

export default async function (): Promise<Record<string, string | number>> {
  const figures: Record<string, string | number> = {};
  const f1 = (x: number) => x.toFixed(1);
  for (const s of SAMPLES) {
    const utf8 = Buffer.from(s.text);
    const meta = { uri: `bench:${s.lang}`, kind: 'paste' as const };
    // Article-sized documents.
    const ingestOnly = rate(() => must(ingestBuffer(utf8, meta)));
    const withText = rate(() => {
      const t = must(ingestBuffer(utf8, meta));
      identifyLanguage(t);
      prepare(t, s.lang);
    });
    figures[`${s.lang} article (${(utf8.length / 1024).toFixed(1)} KB) ingest docs/s`] = f1(ingestOnly);
    figures[`${s.lang} article ingest+text(prepare) docs/s`] = f1(withText);
    const html = Buffer.from(htmlOf(s.text, s.lang));
    figures[`${s.lang} article as HTML ingest docs/s`] = f1(rate(() => must(ingestBuffer(html, { ...meta, filename: 'a.html' }))));
    if (s.lang === 'ar') {
      const cp1256 = iconv.encode(s.text.replace(/[“”]/g, '"').replace(/–/g, '-').replace(/٪/g, '%'), 'windows-1256');
      figures['ar article as windows-1256 ingest docs/s'] = f1(rate(() => must(ingestBuffer(cp1256, meta))));
    }
    // One large document: the sample repeated to about 4 MB.
    const big = Buffer.from(Array.from({ length: Math.ceil((4 * 1024 * 1024) / utf8.length) }, () => s.text).join('\n\n'));
    const mbs = big.length / 1024 / 1024;
    const bigRate = rate(() => must(ingestBuffer(big, meta)), 2000);
    figures[`${s.lang} ${f1(mbs)} MB document ingest MB/s`] = f1(bigRate * mbs);
    const bigText = rate(() => {
      const t = must(ingestBuffer(big, meta));
      identifyLanguage(t);
      prepare(t, s.lang);
    }, 2000);
    figures[`${s.lang} ${f1(mbs)} MB document ingest+text(prepare) MB/s`] = f1(bigText * mbs);
  }
  sampleRss();
  figures['peak RSS sampled during ingest runs (MB)'] = (peakRss / 1024 / 1024).toFixed(0);
  figures['process maxRSS so far (MB)'] = (process.resourceUsage().maxRSS / 1024).toFixed(0);
  return figures;
}
