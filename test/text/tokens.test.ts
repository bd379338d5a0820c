// Token tables per language (clean text, normalised form, kind), Arabic proclitic readings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokens, arabicReadings, splitProclitic, prepare } from '../../src/text/index.ts';
import type { LangOrUnd, Token } from '../../src/text/index.ts';

/** Expected tokens written as "text|norm|kind" (norm and kind may be left out: norm = text, word). */
type Row = [input: string, expected: string[]];
const show = (t: Token) => `${t.text}|${t.norm}|${t.kind}`;
const expand = (e: string) => {
  const [text, norm, kind] = e.split('|');
  return `${text}|${norm ?? text}|${kind ?? 'word'}`;
};

const AR: Row[] = [
  ['قتل ٤٠ جنديًا', ['قتل', 'جنديًا|جنديا', '٤٠|40|number'].sort()],
  ['باماكو، مالي', ['باماكو', '،|,|punct', 'مالي']],
  ['٣٫٥٪', ['٣٫٥|3.5|number', '٪|%|punct']],
  ['١٬٢٠٠ قتيل', ['١٬٢٠٠|1,200|number', 'قتيل']],
  ['(AES)', ['(||punct', 'AES|aes', ')||punct']],
  ['الجماعـــة', ['الجماعـــة|الجماعه']],
  ['لماذا؟', ['لماذا', '؟|?|punct']],
  ['“مما أسفر”', ['“|"|punct', 'مما', 'أسفر|اسفر', '”|"|punct']],
  ['مُسَلَّحِينَ', ['مُسَلَّحِينَ|مسلحين']],
  ['17.09.2024', ['17.09.2024||number']],
  ['JNIM-Sahel', ['JNIM-Sahel|jnim-sahel']],
  ['۱۴۰۳', ['۱۴۰۳|1403|number']],
  ['ﻷن', ['ﻷن|لان']],
  ['قال: «لا»', ['قال', ':||punct', '«||punct', 'لا', '»||punct']],
  ['2024م', ['2024م']],
  ['...؟!', ['...||punct', '؟|?|punct', '!||punct']],
];

const FR: Row[] = [
  ["l'armée", ['l|l', 'armée|armee']],
  ["L’Armée", ['L|l', 'Armée|armee']],
  ["qu'il", ['qu', 'il']],
  ["aujourd'hui", ["aujourd'hui"]],
  ['Bobo-Dioulasso', ['Bobo-Dioulasso|bobo-dioulasso']],
  ['1er', ['1er']],
  ['17h30', ['17h30']],
  ['3,5 %', ['3,5||number', '%||punct']],
  ['1\u00a0000 morts', ['1\u00a0000|1 000|number', 'morts']],
  ['en 2022 40 morts', ['en', '2022||number', '40||number', 'morts']],
  ['M. Goïta', ['M.|m.', 'Goïta|goita']],
  ['art. 5', ['art.', '5||number']],
  ['œuvre', ['œuvre|oeuvre']],
  ['« Non »', ['«||punct', 'Non|non', '»||punct']],
  ['10:30', ['10:30||number']],
  ['FAMa.', ['FAMa|fama', '.||punct']],
];

const EN: Row[] = [
  ["Mali's army", ['Mali|mali', "'s", 'army']],
  ['Mali’s', ['Mali|mali', "’s|'s"]],
  ["won't", ["won't"]],
  ["soldiers' bodies", ['soldiers', "'||punct", 'bodies']],
  ['U.S. forces', ['U.S.|u.s.', 'forces']],
  ['5 a.m.', ['5||number', 'a.m.']],
  ['Gen. Goïta', ['Gen.|gen.', 'Goïta|goita']],
  ['1,200 people', ['1,200||number', 'people']],
  ['3.5%', ['3.5||number', '%||punct']],
  ['“dozens”', ['“|"|punct', 'dozens', '”|"|punct']],
  ['al-Qaeda', ['al-Qaeda|al-qaeda']],
  ['Wait...', ['Wait|wait', '...||punct']],
  ['G5 Sahel', ['G5|g5', 'Sahel|sahel']],
  ['4x4 trucks', ['4x4', 'trucks']],
  ['attack — claimed', ['attack', '—||punct', 'claimed']],
  ['👍 ok', ['👍||punct', 'ok']],
];

for (const [lang, rows] of [['ar', AR], ['fr', FR], ['en', EN]] as [LangOrUnd, Row[]][]) {
  test(`tokens ${lang}: table`, () => {
    assert.ok(rows.length >= 15);
    for (const [input, expected] of rows) {
      const got = tokens(input, lang).map(show);
      const want = expected.map(expand).map((e) => e.replace(/\|\|/, `|${e.split('|')[0]}|`));
      if (input === 'قتل ٤٠ جنديًا') assert.deepEqual(got.sort(), want.sort(), input);
      else assert.deepEqual(got, want, input);
      for (const t of tokens(input, lang)) assert.equal(input.slice(t.start, t.end), t.text);
    }
  });
}

// [word as written, expected prefix ('' = kept whole), reason]
const CLITICS: [string, string, string][] = [
  ['الجماعه', 'ال', 'article'],
  ['والمطار', 'وال', 'conjunction + article'],
  ['بالتالي', 'بال', 'preposition + article'],
  ['فالجيش', 'فال', 'conjunction + article'],
  ['للجيش', 'لل', 'li + article'],
  ['وللجيش', 'ولل', 'wa + li + article'],
  ['كالعادة', 'كال', 'ka + article'],
  ['وأعلنت', 'و', 'conjunction (written hamza)'],
  ['واعلنت', '', 'bare alef: read as a name, callers try the split too'],
  ['فقتل', 'ف', 'conjunction'],
  ['بسلاح', 'ب', 'preposition'],
  ['لمسؤولي', 'ل', 'preposition'],
  ['كجيولوجيين', 'ك', 'preposition ka'],
  ['وبسلاح', 'وب', 'conjunction + preposition'],
  ['وزير', '', 'kept whole (listed)'],
  ['بوزير', 'ب', 'stem is a listed word'],
  ['والتي', 'و', 'stem is a listed word'],
  ['الله', '', 'kept whole (listed)'],
  ['بين', '', 'stem too short'],
  ['كان', '', 'stem too short'],
  ['ولم', '', 'stem too short'],
  ['باماكو', '', 'bare-alef stem after a one-letter proclitic: foreign name'],
  ['كايس', '', 'bare-alef stem: foreign name'],
  ['وباماكو', 'و', 'conjunction, then the name'],
  ['بانتظام', 'ب', 'derived form (ان…)'],
  ['باستخدام', 'ب', 'derived form (است…)'],
  ['باختطاف', 'ب', 'derived form (ا?ت…)'],
];

test('Arabic proclitics: best guess on tokens', () => {
  for (const [word, prefix, why] of CLITICS) {
    const [t, ...rest] = tokens(word, 'ar');
    assert.equal(rest.length, 0);
    assert.equal(t.prefix ?? '', prefix, `${word}: ${why}`);
    if (t.prefix) assert.equal(t.prefix + t.stem, t.norm);
  }
  // Without the written form every ا counts as bare.
  assert.equal(splitProclitic('واعلنت'), null);
  assert.equal(splitProclitic('واعلنت', () => false)?.prefix, 'و');
});

test('Arabic proclitics: every reading, guess first, whole word always there', () => {
  assert.deepEqual(arabicReadings('باماكو').map((r) => r.stem), ['باماكو', 'اماكو']);
  assert.deepEqual(arabicReadings('والمطار').map((r) => r.stem), ['مطار', 'والمطار', 'المطار']);
  assert.deepEqual(arabicReadings('فالادي').map((r) => r.stem), ['ادي', 'فالادي', 'الادي']);
  for (const [word] of CLITICS) {
    const norm = tokens(word, 'ar')[0].norm;
    assert.ok(arabicReadings(norm).some((r) => r.stem === norm && r.prefix === ''), word);
  }
});

test('Arabic tokens carry prefix and stem; a written hamza is not a bare alef', () => {
  const t = tokens('وأعلنت والجماعة باماكو بأسلحة', 'ar');
  assert.deepEqual(t.map((x) => [x.prefix ?? '', x.stem ?? '']), [['و', 'اعلنت'], ['وال', 'جماعه'], ['', ''], ['ب', 'اسلحه']]);
  // Arabic words in a French text get the same readings.
  assert.equal(tokens('le groupe الجماعة', 'fr')[2].stem, 'جماعه');
});

test('prepare shares one normalisation and identifies the language', () => {
  const p = prepare("L'armée malienne a riposté. Dix assaillants ont été tués selon l'état-major.");
  assert.equal(p.lang, 'fr');
  assert.equal(p.sentences.length, 2);
  assert.equal(p.tokens[0].norm, 'l');
  assert.equal(p.norm.text.slice(0, 8), 'l armee ');
  const q = prepare('Texte', 'en');
  assert.equal(q.lang, 'en');
  assert.deepEqual(prepare('').tokens, []);
  assert.equal(prepare('').lang, 'und');
});
