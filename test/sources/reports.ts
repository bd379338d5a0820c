// Short reports and a folder of them (txt, html with a sidecar, a copy, an empty file, a
// subfolder) shared by the ingest tests. Texts are made up for the tests.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const EN = 'Gunmen attacked the village of Djibo on 3 September 2024, killing 12 civilians, local sources said.';
export const FR = "Des hommes armés ont attaqué le 2 septembre 2024 un poste de gendarmerie à Ségou, selon l'armée malienne.";
export const HTML = `<!DOCTYPE html><html lang="en"><head><title>Drone strike in Tinzaouaten</title></head><body><article><h1>Drone strike in Tinzaouaten</h1>
<p>A drone strike hit a market in Tinzaouaten, Kidal region, on 25 August 2024, killing 8 people, residents said.</p>
<p>The army said it targeted terrorists.</p></article></body></html>`;

/** Writes the report folder at `dir`: a.txt, its copy b-copy.txt, c.html with c.meta.json, empty.txt, sub/d.txt. */
export function writeReportFolder(dir: string): string {
  mkdirSync(join(dir, 'sub'), { recursive: true });
  writeFileSync(join(dir, 'a.txt'), EN);
  copyFileSync(join(dir, 'a.txt'), join(dir, 'b-copy.txt'));
  writeFileSync(join(dir, 'c.html'), HTML);
  writeFileSync(join(dir, 'c.meta.json'), JSON.stringify({ outlet: 'Test Outlet', published: '2024-08-26' }));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'sub', 'd.txt'), FR);
  return dir;
}
