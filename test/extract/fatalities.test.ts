// Death tolls (tables: report → the event's fatalities): coordinated counts add up, a count after
// "and" belongs to the next claim word, first tolls give way to later ones, the attackers' dead
// are added to the victims', ranges count from their low end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestText } from '../../src/ingest/index.ts';
import { analyzeDocument } from '../../src/pipeline/index.ts';

const rows: Array<{ lang: 'ar' | 'fr' | 'en'; text: string; fatalities: number; why: string }> = [
  { lang: 'en', why: 'coordinated counts', text: 'On 3 May 2021, gunmen attacked the village of Boni in Mali. Twelve soldiers and four civilians were killed and 20 others wounded, the army said.', fatalities: 16 },
  { lang: 'en', why: 'count after "and" goes to the next word', text: 'On 3 May 2021, militants ambushed an army patrol near Boni, Mali. Nine soldiers were killed and twelve wounded.', fatalities: 9 },
  { lang: 'en', why: 'provisional toll superseded', text: 'On 3 May 2021, militants attacked the army post at Boni, Mali. The army first reported 5 dead in a provisional toll. On 5 May the government said 31 soldiers were killed in the Boni attack.', fatalities: 31 },
  { lang: 'en', why: 'attackers added', text: 'On 3 May 2021, militants attacked the army post at Boni, Mali, killing 10 soldiers. The army said 25 assailants were neutralised in the Boni fighting.', fatalities: 35 },
  { lang: 'fr', why: 'coordinated counts', text: 'Le 3 mai 2021, des hommes armés ont attaqué le village de Boni, au Mali. Sept soldats et cinq civils ont été tués et quatre blessés.', fatalities: 12 },
  { lang: 'fr', why: 'range', text: 'Le 3 mai 2021, des hommes armés ont attaqué le village de Boni au Mali, tuant entre 20 et 30 civils.', fatalities: 20 },
  { lang: 'ar', why: 'coordinated counts', text: 'في 3 مايو 2021، هاجم مسلحون قرية بوني في مالي، ما أسفر عن مقتل 7 جنود و5 مدنيين وإصابة 10 آخرين.', fatalities: 12 },
];

for (const row of rows) {
  test(`fatalities (${row.lang}, ${row.why}): ${row.text.slice(0, 40)}…`, () => {
    const r = ingestText(row.text, { uri: 'test:fatalities', kind: 'paste' }, { published: '2021-05-06', lang: row.lang });
    assert.ok(r.ok);
    const out = analyzeDocument(r.document, r.warnings);
    const tolls = out.events.map((e) => e.fatalities);
    assert.ok(tolls.length > 0, 'no event');
    assert.equal(Math.max(...tolls), row.fatalities, `tolls ${tolls.join(', ')}`);
  });
}
