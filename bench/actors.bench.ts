/**
 * Actor registry bench: time to read, check and index data/actors (cold, no cache), and findActors
 * throughput (MB of UTF-8 text per second) on Arabic, French and English press text. The Arabic
 * text is the founding document; French and English are paragraphs written for this bench. Each
 * text is repeated to about 2 MB; one warm-up pass, then the best of three timed passes. CPU-time
 * figures are given beside wall-clock ones because the machine is shared.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findActors, tryLoadRegistry } from '../src/knowledge/actors/index.ts';
import type { Lang } from '../src/model/types.ts';

const FR = `Le Groupe de soutien à l'islam et aux musulmans (GSIM) a revendiqué mardi l'attaque de l'école de
gendarmerie de Faladié et de l'aéroport de Bamako. Selon les autorités maliennes, plusieurs militaires ont été tués.
L'armée malienne, appuyée par les mercenaires russes de Wagner, a riposté. Au Burkina Faso, l'armée burkinabè et les
VDP font face aux jihadistes, tandis que l'État islamique au Sahel frappe la région de Tillabéri, au Niger, où la junte
du général Abdourahamane Tiani a rompu avec la France. Des hommes armés non identifiés ont tué des civils peuls près de
Bankass ; la milice Dan Na Ambassagou est mise en cause. Le capitaine Ibrahim Traoré et le colonel Assimi Goïta ont
fondé l'Alliance des États du Sahel (AES) avec Niamey. La CMA et le FLA revendiquent des combats près de Tinzaouatène.
Le marché de la ville a rouvert jeudi et les écoles restent fermées dans plusieurs communes de la région.\n`;

const EN = `JNIM, al-Qaeda's branch in the Sahel, claimed Tuesday's attack on the gendarmerie school and the airport in
Bamako. Malian officials said a number of soldiers were killed. The Malian army and Wagner mercenaries responded. In
Burkina Faso the army and VDP auxiliaries face jihadists, while the Islamic State Sahel Province (ISSP) strikes the
Tillaberi region of Niger, whose junta under General Abdourahamane Tchiani broke with France. Unidentified gunmen
killed Fulani civilians near Bankass; the Dogon militia Dan Na Ambassagou was blamed. Captain Ibrahim Traore and
Assimi Goita formed the Alliance of Sahel States (AES) with Niger. The Azawad Liberation Front claimed fighting near
Tinzaouaten. The town market reopened on Thursday while schools remain closed in several districts of the region.\n`;

function repeatTo(text: string, bytes: number): string {
  const n = Math.max(1, Math.ceil(bytes / Buffer.byteLength(text, 'utf8')));
  return text.repeat(n);
}

/** Best of three passes after a warm-up: wall-clock MB/s, and MB per second of this process's CPU time. */
function throughput(text: string, lang: Lang): { mbs: number; cpuMbs: number; matches: number } {
  const mb = Buffer.byteLength(text, 'utf8') / 1e6;
  const opts = { date: '2024-09-17', country: 'Mali' };
  let matches = findActors(text, lang, opts).length; // warm-up
  let best = Infinity;
  let bestCpu = Infinity;
  for (let i = 0; i < 3; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    matches = findActors(text, lang, opts).length;
    best = Math.min(best, performance.now() - t0);
    const c = process.cpuUsage(c0);
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000);
  }
  return { mbs: mb / (best / 1000), cpuMbs: mb / (bestCpu / 1000), matches };
}

export default async function (): Promise<Record<string, string | number>> {
  const heap0 = process.memoryUsage().heapUsed;
  let loadMs = Infinity;
  let loadCpuMs = Infinity;
  const t00 = performance.now();
  let res = tryLoadRegistry();
  const firstMs = performance.now() - t00;
  for (let i = 0; i < 3; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    res = tryLoadRegistry();
    loadMs = Math.min(loadMs, performance.now() - t0);
    const c = process.cpuUsage(c0);
    loadCpuMs = Math.min(loadCpuMs, (c.user + c.system) / 1000);
  }
  const s = res.registry.stats();
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 1e6;
  const seed = readFileSync(fileURLToPath(new URL('../../shared/seed/bamako-attack.ar.txt', import.meta.url)), 'utf8');
  const out: Record<string, string | number> = {
    'registry load, check, index: first call (ms)': firstMs.toFixed(1),
    'registry load, check, index: best of 3 (ms wall / ms CPU)': `${loadMs.toFixed(1)} / ${loadCpuMs.toFixed(1)}`,
    'entries / actors / distinct / persons / descriptors': `${s.entries} / ${s.actors} / ${s.distinctActors} / ${s.persons} / ${s.descriptors}`,
    'surface forms / trie nodes': `${s.aliases} / ${s.trieNodes}`,
    'heap after loading (MB, rough)': heapMb.toFixed(1),
  };
  for (const [lang, text] of [['ar', seed], ['fr', FR], ['en', EN]] as const) {
    const big = repeatTo(text, 2e6);
    const r = throughput(big, lang);
    out[`findActors ${lang} (MB/s wall / per CPU-second, ${(Buffer.byteLength(big, 'utf8') / 1e6).toFixed(1)} MB)`] = `${r.mbs.toFixed(2)} / ${r.cpuMbs.toFixed(2)}`;
    out[`findActors ${lang} matches per KB`] = ((r.matches / Buffer.byteLength(big, 'utf8')) * 1000).toFixed(2);
  }
  return out;
}
