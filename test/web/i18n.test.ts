// Interface strings: Arabic and French have every English key, no extra key, the same
// placeholders, and no empty value; Arabic strings are in Arabic script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en } from '../../web/src/i18n/en.ts';
import { fr } from '../../web/src/i18n/fr.ts';
import { ar } from '../../web/src/i18n/ar.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

for (const [name, m] of [['fr', fr], ['ar', ar]] as const) {
  test(`i18n ${name}: same keys and placeholders as en`, () => {
    assert.deepEqual(Object.keys(m).sort(), Object.keys(en).sort());
    for (const k of Object.keys(en) as Array<keyof typeof en>) {
      assert.ok(m[k].trim(), `${name} ${k} is empty`);
      assert.deepEqual(placeholders(m[k]), placeholders(en[k]), `${name} ${k} placeholders`);
    }
  });
}

test('i18n ar: every string carries Arabic script (nothing left in English)', () => {
  for (const [k, v] of Object.entries(ar)) assert.match(v, /[\u0600-\u06FF]/, k);
});
