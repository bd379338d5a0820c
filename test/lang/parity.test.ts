// Parity across language packs: every language has every table and every rule kind of the
// reference (Arabic); reason ids are unique across all packs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packFor } from '../../src/lang/index.ts';
import type { LanguagePack } from '../../src/lang/types.ts';

const langs = ['ar', 'fr', 'en'] as const;
const ref = packFor('ar');

test('every language has every table, non-empty', () => {
  for (const l of langs) {
    const p = packFor(l) as unknown as Record<string, unknown>;
    for (const key of Object.keys(ref)) {
      if (key === 'lang') continue;
      assert.ok(Array.isArray(p[key]), `${l}: missing table ${key}`);
      assert.ok((p[key] as unknown[]).length > 0, `${l}: empty table ${key}`);
    }
  }
});

const kinds: Array<[keyof LanguagePack, string]> = [
  ['triggers', 'sub_event_type'],
  ['claimKinds', 'kind'],
  ['cues', 'kind'],
  ['anaphors', 'refers_to'],
  ['targets', 'role'],
  ['assessments', 'predicate'],
  ['relativeDates', 'anchor'],
  ['partsOf', 'part'],
];

test('every language has every rule kind the reference has', () => {
  for (const [table, field] of kinds) {
    const want = new Set((ref[table] as unknown as Array<Record<string, string>>).map((r) => r[field]));
    for (const l of langs) {
      const have = new Set((packFor(l)[table] as unknown as Array<Record<string, string>>).map((r) => r[field]));
      const missing = [...want].filter((k) => !have.has(k));
      assert.deepEqual(missing, [], `${l}.${String(table)} misses ${missing.join(', ')}`);
    }
  }
  for (const l of langs) {
    assert.equal(packFor(l).months.length, 12, `${l}: months`);
    assert.equal(packFor(l).weekdays.length, 7, `${l}: weekdays`);
  }
});

test('reason ids are unique across every pack', () => {
  const seen = new Map<string, string>();
  for (const l of langs) {
    const p = packFor(l) as unknown as Record<string, unknown>;
    for (const [table, rows] of Object.entries(p)) {
      if (!Array.isArray(rows)) continue;
      for (const r of rows as Array<{ id?: string }>) {
        if (!r.id) continue;
        assert.ok(!seen.has(r.id), `duplicate reason id ${r.id} (${seen.get(r.id)} and ${l}.${table})`);
        seen.set(r.id, `${l}.${table}`);
      }
    }
  }
});
