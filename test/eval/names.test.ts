// Name matching of the scorer (GOLD-FORMAT.md "Matching names"): folding, a trailing period in
// parentheses dropped, containment on whole words, empty names never matching.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anyMatchesAny, matchesAny, nameKey, namesMatch, splitActors } from '../../src/eval/02-names.ts';

const KEYS: Array<[string, string]> = [
  ['Military Forces of Mali (2021-)', 'military forces of mali'],
  ['Military Forces of Niger (2011-2021)', 'military forces of niger'],
  ['Police Forces of Mali (٢٠٢١-)', 'police forces of mali'],
  ['Islamic State (Sahel)', 'islamic state sahel'],
  ['Wagner Group (Russia)', 'wagner group russia'],
  ['J.N.I.M.', 'jnim'],
  ['Tillabéri', 'tillaberi'],
  ['Côte d’Ivoire', 'cote d ivoire'],
  ['جماعة نُصرة الإسلام والمسلمين', 'جماعه نصره الاسلام والمسلمين'],
  ['  ', ''],
  ['()', ''],
  ['(2021-)', ''],
];

test('nameKey folds case, accents, punctuation, Arabic variants; drops a trailing period', () => {
  for (const [name, key] of KEYS) assert.equal(nameKey(name), key, name);
});

const MATCHES: Array<[system: string, gold: string, expected: boolean, why: string]> = [
  ['Military Forces of Mali (2021-)', 'Military Forces of Mali', true, 'period dropped'],
  ['MILITARY FORCES OF MALI', 'military forces of mali', true, 'case'],
  ['Tillabéri', 'Tillaberi', true, 'accents'],
  ['Cote d Ivoire', 'Côte d’Ivoire', true, 'accents and apostrophe'],
  ['JNIM: Group for Support of Islam and Muslims', 'JNIM', true, 'system contains gold'],
  ['JNIM', 'JNIM: Group for Support of Islam and Muslims', true, 'gold contains system'],
  ['Wagner Group', 'Wagner', true, 'containment'],
  ['J.N.I.M.', 'JNIM', true, 'dotted initials'],
  ['Islamic State (Sahel)', 'Islamic State West Africa Province', false, 'a place in parentheses is kept'],
  ['Military Forces of Mali', 'Military Forces of Niger', false, 'different country'],
  ['Niger', 'Nigeria', false, 'whole words: not a prefix'],
  ['Mali', 'Somalia', false, 'whole words: not a suffix'],
  ['IS', 'ISSP', false, 'whole words'],
  ['جماعة نُصرة الإسلام والمسلمين', 'جماعة نصرة الاسلام والمسلمين', true, 'Arabic diacritics and hamza'],
  ['القوات المسلحة المالية', 'القوات المسلحة', true, 'Arabic containment'],
  ['تيلابيرى', 'تيلابيري', true, 'Arabic alef maksura'],
  ['الحكومة المالية', 'الحكومه الماليه', true, 'Arabic ta marbuta'],
  ['', 'JNIM', false, 'empty system name'],
  ['JNIM', '', false, 'empty gold name'],
  ['', '', false, 'both empty'],
  ['  ', ' ', false, 'blank'],
  ['()', '()', false, 'punctuation only'],
  ['(2021-)', 'Military Forces of Mali (2021-)', false, 'a bare period is empty'],
];

test('namesMatch: one contains the other, folded, on whole words; empty never matches', () => {
  for (const [s, g, want, why] of MATCHES) assert.equal(namesMatch(s, g), want, `${s} ~ ${g} (${why})`);
});

test('matchesAny / anyMatchesAny: a gold set is a set of acceptable answers', () => {
  assert.equal(matchesAny('Military Forces of Mali (2021-)', ['FAMa', 'Military Forces of Mali']), true);
  assert.equal(matchesAny('Military Forces of Burkina Faso', ['FAMa', 'Military Forces of Mali']), false);
  assert.equal(matchesAny('', ['']), false);
  assert.equal(matchesAny('JNIM', []), false);
  assert.equal(anyMatchesAny(['Benin', 'Togo'], ['Togo']), true);
  assert.equal(anyMatchesAny(['Benin', ''], ['Ghana', '']), false);
  assert.equal(anyMatchesAny([], ['Togo']), false);
});

test('splitActors splits ACLED associated actors on ";"', () => {
  const rows: Array<[string, string[]]> = [
    ['', []],
    ['Wagner Group', ['Wagner Group']],
    ['Wagner Group; Military Forces of Mali (2021-)', ['Wagner Group', 'Military Forces of Mali (2021-)']],
    [' ; A;;B ; ', ['A', 'B']],
    ['فاغنر؛ الجيش', ['فاغنر', 'الجيش']],
  ];
  for (const [s, want] of rows) assert.deepEqual(splitActors(s), want, s);
});
