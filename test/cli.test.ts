// CLI edges: help on every command, usage errors, the founding document end to end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main, COMMANDS } from '../src/cli/main.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

test('every command has --help', async () => {
  for (const c of COMMANDS) {
    const cap = capture();
    assert.equal(await main([c.name, '--help'], cap.io), 0, c.name);
    assert.match(cap.out.join('\n'), /Usage: marsad/, c.name);
  }
});

test('unknown command and missing arguments are usage errors', async () => {
  assert.equal(await main(['frobnicate'], capture().io), 2);
  assert.equal(await main(['analyze'], capture().io), 2);
  assert.equal(await main(['analyze', 'x.txt', '--format', 'xml'], capture().io), 2);
  assert.equal(await main(['analyze', 'x.txt', '--published', '18/09/2024'], capture().io), 2);
});

test('a missing path is reported, not thrown', async () => {
  const cap = capture();
  assert.equal(await main(['analyze', 'no/such/file.txt'], cap.io), 1);
  assert.match(cap.err.join('\n'), /not_found/);
});

test('the founding document: Arabic, published from the flag', async () => {
  const cap = capture();
  assert.equal(await main(['analyze', '../shared/seed/bamako-attack.ar.txt', '--published', '2024-09-18', '--format', 'json'], cap.io), 0);
  const r = JSON.parse(cap.out.join('\n'));
  assert.equal(r.document.language, 'ar');
  assert.equal(r.document.published, '2024-09-18');
  assert.equal(r.document.published_source, 'user');
  for (const k of ['document', 'events', 'assessments', 'mentions', 'warnings']) assert.ok(k in r, k);
});
