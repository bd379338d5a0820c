// The per-language tables: same shape in every language, unique reason ids and entries, entries
// written in the form they are compared in, no dead entries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { PROFILES, LANGS, fold, arabicReadings } from '../../src/text/index.ts';
import { BASE_RULES } from '../../src/text/02-normalise.ts';
import { OTHER_LANGUAGES } from '../../src/text/langid-others.ts';

const dupes = (xs: readonly string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);

test('parity: every language folder has the same files and every profile the same tables', () => {
  const dir = new URL('../../src/text/', import.meta.url);
  const files = (l: string) => readdirSync(new URL(`${l}/`, dir)).sort();
  for (const l of LANGS) assert.deepEqual(files(l), files('ar'), l);
  const shape = (o: object): string[] =>
    Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? shape(v).map((s) => `${k}.${s}`) : [k])).sort();
  for (const l of LANGS) {
    assert.equal(PROFILES[l].lang, l);
    assert.deepEqual(shape(PROFILES[l]), shape(PROFILES.ar), l);
  }
});

test('reason ids are unique across all rules', () => {
  const ids = [
    ...BASE_RULES.map((r) => r.id),
    ...LANGS.flatMap((l) => PROFILES[l].normalise.chars.map((r) => r.id)),
    ...LANGS.flatMap((l) => PROFILES[l].tokens.proclitics.map((r) => r.id)),
  ];
  assert.deepEqual(dupes(ids), []);
  for (const l of LANGS) for (const id of PROFILES[l].normalise.chars.map((r) => r.id)) assert.ok(id.startsWith(`${l}-`), id);
});

test('list entries are unique', () => {
  for (const l of LANGS) {
    const p = PROFILES[l];
    for (const [name, xs] of Object.entries({
      functionWords: p.langid.functionWords,
      trigrams: p.langid.trigrams,
      elisions: p.normalise.elisions,
      titles: p.segment.titles,
      abbreviations: p.segment.abbreviations,
      starters: p.segment.starters,
      keepWhole: p.tokens.keepWhole,
      proclitics: p.tokens.proclitics.map((r) => r.form),
    })) {
      assert.deepEqual(dupes(xs), [], `${l}.${name}`);
    }
    assert.deepEqual(dupes([...p.segment.titles, ...p.segment.abbreviations]), [], `${l} titles vs abbreviations`);
  }
  for (const o of OTHER_LANGUAGES) {
    assert.deepEqual(dupes(o.features.functionWords), [], o.code);
    assert.deepEqual(dupes(o.features.trigrams), [], o.code);
  }
});

test('n-gram features are 1 to 3 characters, lower case', () => {
  const all = [...LANGS.map((l) => PROFILES[l].langid), ...OTHER_LANGUAGES.map((o) => o.features)];
  for (const f of all) {
    for (const g of f.trigrams) assert.ok(g.length >= 1 && g.length <= 3 && g === g.toLowerCase(), g);
    for (const w of f.functionWords) assert.equal(w, w.toLowerCase(), w);
  }
});

test('entries compared after folding are written folded', () => {
  for (const l of LANGS) {
    const p = PROFILES[l];
    for (const x of [...p.segment.titles, ...p.segment.abbreviations, ...p.normalise.elisions, ...p.tokens.keepWhole]) {
      assert.equal(fold(x, l), x, `${l}: ${x}`);
    }
    for (const r of p.tokens.proclitics) assert.equal(fold(r.form, l), r.form, r.id);
    for (const s of p.tokens.nativeAlefStarts) assert.equal(fold(s.replace(/\?/g, 'ب'), l), s.replace(/\?/g, 'ب'), s);
  }
});

test('no dead keepWhole entries: each one would be split without the list', () => {
  for (const w of PROFILES.ar.tokens.keepWhole) {
    const splits = arabicReadings(w).filter((r) => r.prefix !== '');
    assert.ok(splits.length > 0, `${w} is never split anyway`);
  }
});

test('character rules of different languages never fold one character differently', async () => {
  // Building the tables throws on a conflict; fold() builds them.
  for (const l of [...LANGS, 'und' as const]) assert.equal(typeof fold('x', l), 'string');
  const claimed = new Map<number, string>();
  for (const l of LANGS) {
    for (const r of PROFILES[l].normalise.chars) {
      const codes = typeof r.from === 'string' ? [...r.from].map((c) => c.charCodeAt(0)) : [];
      for (const c of codes) {
        assert.ok(!claimed.has(c) || claimed.get(c) === r.id, `U+${c.toString(16)}: ${claimed.get(c)} and ${r.id}`);
        claimed.set(c, r.id);
      }
    }
  }
});
