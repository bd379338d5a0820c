/**
 * Text stage throughput: prepare() (language id, normalisation, sentences, tokens) on Arabic
 * (the founding document repeated), French and English (paragraphs written for this bench),
 * each about 2 MB of UTF-8, plus the per-step split and the memory the result holds.
 */
import { readFileSync } from 'node:fs';
import { prepare, identifyLanguage, normalise, sentences, tokens } from '../src/text/index.ts';
import type { Lang } from '../src/text/index.ts';

const FR = `Des hommes armés ont attaqué mardi matin le poste de la gendarmerie de Boni, dans le cercle de Douentza, selon des sources locales jointes par téléphone. L'assaut, lancé vers 5 h 30, a duré près de deux heures avant que les renforts venus de Hombori ne parviennent sur place.

Le bilan provisoire fait état de quatre gendarmes tués et de sept blessés, dont deux grièvement. « Les assaillants sont arrivés à moto, par dizaines, et ont incendié les véhicules », a raconté un habitant qui a requis l'anonymat. L'armée affirme de son côté avoir « neutralisé » une quinzaine de terroristes lors de la riposte.

Aucune revendication n'avait été publiée mercredi soir. La zone, située sur l'axe reliant Mopti à Gao, est régulièrement visée par des groupes liés à l'État islamique au Sahel et au JNIM, qui se disputent le contrôle des routes commerciales. M. Coulibaly, maire de la commune, a appelé à un renforcement du dispositif sécuritaire.

Depuis le début de l'année, env. 30 attaques ont été recensées dans la région, soit une hausse de 3,5 % par rapport à 2023 d'après les chiffres d'une ONG locale.
`;

const EN = `Gunmen attacked a gendarmerie post in Boni, in central Mali's Douentza district, early on Tuesday, local sources said by telephone. The assault began at about 5:30 a.m. and lasted nearly two hours before reinforcements from Hombori reached the town.

A provisional toll put the dead at four gendarmes, with seven wounded, two of them seriously. "They came on motorbikes, dozens of them, and set the vehicles on fire," said a resident who asked not to be named. The army said it had "neutralised" about fifteen terrorists as it fought back.

No group had claimed the attack by Wednesday evening. The area, on the road linking Mopti and Gao, is a frequent target of fighters linked to the Islamic State Sahel Province and to JNIM, which compete for control of trade routes. Mr. Coulibaly, the local mayor, called for more troops.

Since January about 30 attacks have been recorded in the region, up 3.5% on 2023 according to figures from a local NGO.
`;

const TARGET_BYTES = 2_000_000;
const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/** Best of `runs` after a warm-up: wall-clock ms and CPU ms (user+system; GC threads included). */
function time(f: () => unknown, runs: number): { wall: number; cpu: number } {
  f();
  let wall = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    wall = Math.min(wall, performance.now() - t0);
    const d = process.cpuUsage(c0);
    cpu = Math.min(cpu, (d.user + d.system) / 1000);
  }
  return { wall, cpu };
}
const rate = (mb: number, ms: number) => (mb / (ms / 1000)).toFixed(1);

export default async function (): Promise<Record<string, string | number>> {
  const seed = readFileSync(new URL('../../shared/seed/bamako-attack.ar.txt', import.meta.url), 'utf8');
  // Documents of a realistic size (~9 KB), each slightly different, ~2 MB per language.
  const corpus = (base: string): string[] => {
    const doc = base.repeat(Math.max(1, Math.round(9000 / utf8(base))));
    return Array.from({ length: Math.ceil(TARGET_BYTES / utf8(doc)) }, (_, i) => `${doc}\n${i}`);
  };
  const sets: [Lang, string[]][] = [['ar', corpus(seed)], ['fr', corpus(FR)], ['en', corpus(EN)]];
  const out: Record<string, string | number> = {};
  for (const [lang, docs] of sets) {
    const mb = docs.reduce((n, d) => n + utf8(d), 0) / 1e6;
    const t = time(() => {
      for (const d of docs) prepare(d);
    }, 3);
    out[`${lang} prepare() MB/s wall | per CPU (${docs.length} docs, ${mb.toFixed(1)} MB)`] = `${rate(mb, t.wall)} | ${rate(mb, t.cpu)}`;
    out[`${lang} prepare() docs/s wall`] = Math.round(docs.length / (t.wall / 1000));
    const all = docs.join('\n\n');
    const steps: [string, () => unknown][] = [
      ['langid', () => identifyLanguage(all)],
      ['normalise', () => normalise(all, lang)],
      ['sentences', () => sentences(all, lang)],
      ['tokens(+normalise)', () => tokens(all, lang)],
    ];
    out[`${lang} one ${mb.toFixed(1)} MB text, MB/s per CPU`] = steps.map(([n, f]) => `${n} ${rate(mb, time(f, 2).cpu)}`).join(', ');
    const p = prepare(all, lang);
    out[`${lang} sentences / tokens in it`] = `${p.sentences.length} / ${p.tokens.length}`;
  }
  out['founding document (8.9 KB) prepare() ms'] = time(() => prepare(seed), 20).wall.toFixed(2);
  // Memory held by one result while alive (heap growth; approximate without --expose-gc).
  const g = (globalThis as { gc?: () => void }).gc;
  g?.();
  const big = sets[0][1].join('\n\n');
  const before = process.memoryUsage().heapUsed;
  const held = prepare(big, 'ar');
  const grown = process.memoryUsage().heapUsed - before;
  out['ar prepare() result heap'] = `${(grown / 1e6).toFixed(0)} MB for ${(utf8(big) / 1e6).toFixed(1)} MB input, ${held.tokens.length} tokens${g ? '' : ' (approximate)'}`;
  out['peak RSS so far (MB)'] = (process.resourceUsage().maxRSS / 1024).toFixed(0);
  return out;
}
