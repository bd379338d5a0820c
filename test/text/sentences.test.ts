// Sentence segmentation tables per language, and the founding document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sentences } from '../../src/text/index.ts';
import type { LangOrUnd } from '../../src/text/index.ts';

type Row = [input: string, expected: string[]];
const split = (t: string, lang: LangOrUnd) => sentences(t, lang).map((s) => t.slice(s.start, s.end));

const AR: Row[] = [
  ['قتل عشرة جنود. وأصيب آخرون.', ['قتل عشرة جنود.', 'وأصيب آخرون.']],
  ['هل انسحب الجيش؟ لم ينسحب.', ['هل انسحب الجيش؟', 'لم ينسحب.']],
  ['هاجم المسلحون القرية، وأحرقوا المنازل.', ['هاجم المسلحون القرية، وأحرقوا المنازل.']],
  ['أعلن الجيش حالة التأهب؛ وأغلق الطرق.', ['أعلن الجيش حالة التأهب؛ وأغلق الطرق.']],
  ['قالت إن “مما أسفر عن مقتل العشرات” من القوات.', ['قالت إن “مما أسفر عن مقتل العشرات” من القوات.']],
  ['قال: «انسحبنا. لن نعود» ثم غادر.', ['قال: «انسحبنا. لن نعود» ثم غادر.']],
  ['قال: «انسحبنا». ثم غادر.', ['قال: «انسحبنا».', 'ثم غادر.']],
  ['بلغت النسبة 3.5 في المئة. وارتفعت لاحقا.', ['بلغت النسبة 3.5 في المئة.', 'وارتفعت لاحقا.']],
  ['وقع الهجوم في 17.09.2024 صباحا.', ['وقع الهجوم في 17.09.2024 صباحا.']],
  ['التقى د. أحمد بالوفد. ثم عاد.', ['التقى د. أحمد بالوفد.', 'ثم عاد.']],
  ['وقع ذلك في عام 2022 م. ثم تغير الوضع.', ['وقع ذلك في عام 2022 م.', 'ثم تغير الوضع.']],
  ['تحالف دول الساحل (AES). وتضم ثلاث دول.', ['تحالف دول الساحل (AES).', 'وتضم ثلاث دول.']],
  ['الوضع الأمني مزرٍ\nمن نواحٍ عديدة يعمل الهجوم.', ['الوضع الأمني مزرٍ', 'من نواحٍ عديدة يعمل الهجوم.']],
  ['عنوان\n\nالفقرة الأولى. الجملة الثانية', ['عنوان', 'الفقرة الأولى.', 'الجملة الثانية']],
  ['ماذا حدث؟! لا أحد يعرف…', ['ماذا حدث؟!', 'لا أحد يعرف…']],
  ['قال المتحدث إن الهجوم (الذي وقع فجرا. وفق المصادر) فشل.', ['قال المتحدث إن الهجوم (الذي وقع فجرا. وفق المصادر) فشل.']],
  ['- البند الأول\n- البند الثاني', ['- البند الأول', '- البند الثاني']],
];

const FR: Row[] = [
  ["L'armée a riposté. Dix assaillants ont été tués.", ["L'armée a riposté.", 'Dix assaillants ont été tués.']],
  ['M. Diallo est arrivé. Il a parlé.', ['M. Diallo est arrivé.', 'Il a parlé.']],
  ['Mme Traoré et M. Goïta se sont rencontrés.', ['Mme Traoré et M. Goïta se sont rencontrés.']],
  ["Selon l'art. 5 de la loi, c'est interdit.", ["Selon l'art. 5 de la loi, c'est interdit."]],
  ['Le convoi a parcouru env. 30 km. Il a été attaqué.', ['Le convoi a parcouru env. 30 km.', 'Il a été attaqué.']],
  ['Ils ont saisi des armes, des motos, etc. Le bilan reste provisoire.', ['Ils ont saisi des armes, des motos, etc.', 'Le bilan reste provisoire.']],
  ['Ils ont saisi des armes, etc. et des motos.', ['Ils ont saisi des armes, etc. et des motos.']],
  ['Le taux atteint 3.5 %. La hausse continue.', ['Le taux atteint 3.5 %.', 'La hausse continue.']],
  ["L'attaque a eu lieu le 17.09.2024 à l'aube.", ["L'attaque a eu lieu le 17.09.2024 à l'aube."]],
  ['« Nous avons frappé. Nous frapperons encore », a dit le porte-parole.', ['« Nous avons frappé. Nous frapperons encore », a dit le porte-parole.']],
  ['Il a dit : « Nous avons frappé. » Puis il est parti.', ['Il a dit : « Nous avons frappé. »', 'Puis il est parti.']],
  ['Qui a tiré ? Personne ne le sait.', ['Qui a tiré ?', 'Personne ne le sait.']],
  ['Le col. Maïga a confirmé. Le Gal. Traoré aussi.', ['Le col. Maïga a confirmé.', 'Le Gal. Traoré aussi.']],
  ['Attaque à Bamako\nLes jihadistes ont frappé mardi.', ['Attaque à Bamako', 'Les jihadistes ont frappé mardi.']],
  ['Le bilan\nest lourd selon les sources.', ['Le bilan\nest lourd selon les sources.']],
  ['Un an plus tard… Les combats reprennent.', ['Un an plus tard…', 'Les combats reprennent.']],
  ['Le 1er ministre a parlé [...] de la sécurité.', ['Le 1er ministre a parlé [...] de la sécurité.']],
  ['1. Premier point\n2. Second point', ['1. Premier point', '2. Second point']],
  ['Fin du texte sans point', ['Fin du texte sans point']],
];

const EN: Row[] = [
  ['Gunmen attacked the camp. Ten soldiers died.', ['Gunmen attacked the camp.', 'Ten soldiers died.']],
  ['Mr. Smith met Gen. Goïta on Tuesday.', ['Mr. Smith met Gen. Goïta on Tuesday.']],
  ['Lt. Col. Maïga said so. Officials agreed.', ['Lt. Col. Maïga said so.', 'Officials agreed.']],
  ['The envoy flew to the U.S. The talks failed.', ['The envoy flew to the U.S.', 'The talks failed.']],
  ['U.S. forces left Niger in 2024.', ['U.S. forces left Niger in 2024.']],
  ['The attack began at 5 a.m. on Tuesday.', ['The attack began at 5 a.m. on Tuesday.']],
  ['The report by J. R. Smith was cited.', ['The report by J. R. Smith was cited.']],
  ['Turnout was 3.5 percent. It rose later.', ['Turnout was 3.5 percent.', 'It rose later.']],
  ['It happened on 17.09.2024 at dawn.', ['It happened on 17.09.2024 at dawn.']],
  ['"We struck. We will strike again," the spokesman said.', ['"We struck. We will strike again," the spokesman said.']],
  ['He said: “We struck.” Then he left.', ['He said: “We struck.”', 'Then he left.']],
  ['Who fired first? Nobody knows!', ['Who fired first?', 'Nobody knows!']],
  ['Bamako attack\nJihadists struck the capital on Tuesday.', ['Bamako attack', 'Jihadists struck the capital on Tuesday.']],
  ['Wait... and then silence.', ['Wait... and then silence.']],
  ['It was over... The army withdrew.', ['It was over...', 'The army withdrew.']],
  ['The group (known as JNIM. It is linked to al-Qaeda) claimed it.', ['The group (known as JNIM. It is linked to al-Qaeda) claimed it.']],
  ['See fig. 3 for details.', ['See fig. 3 for details.']],
  ['Para one.\n\nPara two.', ['Para one.', 'Para two.']],
];

for (const [lang, rows] of [['ar', AR], ['fr', FR], ['en', EN]] as [LangOrUnd, Row[]][]) {
  test(`sentences ${lang}: table`, () => {
    assert.ok(rows.length >= 15);
    for (const [input, expected] of rows) assert.deepEqual(split(input, lang), expected, input);
  });
}

test('hard-wrapped prose: single newlines are not boundaries', () => {
  const t =
    'The convoy left Gao early on Monday morning and headed south along\n' +
    'the national road towards Ansongo, where it was ambushed by gunmen\n' +
    'who had laid explosives on the road. Several vehicles were destroyed\n' +
    'and the army said it had lost four soldiers in the attack.';
  assert.deepEqual(split(t, 'en'), [
    'The convoy left Gao early on Monday morning and headed south along\nthe national road towards Ansongo, where it was ambushed by gunmen\nwho had laid explosives on the road.',
    'Several vehicles were destroyed\nand the army said it had lost four soldiers in the attack.',
  ]);
});

test('a long quotation can be split inside', () => {
  const inner = 'Nous avons frappé le camp. '.repeat(15);
  const t = `Il a dit : « ${inner}» Puis il est parti.`;
  assert.ok(split(t, 'fr').length > 10);
});

test('founding document: plausible sentences, quotes not split', () => {
  const doc = readFileSync(new URL('../../../shared/seed/bamako-attack.ar.txt', import.meta.url), 'utf8');
  const spans = sentences(doc, 'ar');
  const texts = spans.map((s) => doc.slice(s.start, s.end));
  assert.ok(spans.length >= 30 && spans.length <= 45, `count ${spans.length}`);
  for (const s of spans) {
    assert.ok(s.start < s.end);
    assert.equal(doc.slice(s.start, s.end).trim(), doc.slice(s.start, s.end));
  }
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i].start >= spans[i - 1].end);
  const quote = texts.filter((t) => t.includes('“مما أسفر عن مقتل العشرات”'));
  assert.equal(quote.length, 1);
  assert.ok(quote[0].startsWith('سارعت') && quote[0].endsWith('فاغنر.'), quote[0]);
  assert.ok(texts.some((t) => t.includes('(AES)') && t.endsWith('أسوأ.')));
  // The headline line before a paragraph and the closing chrome lines stand alone.
  assert.ok(texts.includes('الوضع الأمني في مالي ومنطقة الساحل الأوسع مزرٍ'));
  assert.ok(texts.includes('مقالات ذات صلة'));
  // Commas never end a sentence: no sentence ends with "،".
  assert.ok(texts.every((t) => !t.endsWith('،')));
});

test('empty, blank and punctuation-only input', () => {
  assert.deepEqual(sentences('', 'ar'), []);
  assert.deepEqual(sentences(' \n\n\t ', 'fr'), []);
  assert.deepEqual(split('...', 'en'), ['...']);
  assert.deepEqual(split('Texte sans langue. Deux.', 'und'), ['Texte sans langue.', 'Deux.']);
});
