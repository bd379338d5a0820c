// marsad fuse-eval end to end: the oracle run on the project's fusion gold, JSON output, errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../src/cli/main.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

test('marsad fuse-eval --oracle scores the fusion gold set', async () => {
  const c = capture();
  assert.equal(await main(['fuse-eval', '--oracle'], c.io), 0, c.err.join('\n'));
  assert.match(c.out.join('\n'), /all mentions +pairwise P +[\d.]+ +R +[\d.]+ .* B-cubed P/);
  const j = capture();
  assert.equal(await main(['fuse-eval', '--oracle', '--json'], j.io), 0);
  const r = JSON.parse(j.out.join('\n'));
  assert.ok(r.scores.bcubed.f1 > 0 && r.scores.items >= 30);
  assert.equal(r.incidentsOut, undefined);
});

test('marsad fuse-eval: usage and data errors', async () => {
  const bad = capture();
  assert.equal(await main(['fuse-eval', '--threshold', 'x'], bad.io), 2);
  const missing = capture();
  assert.equal(await main(['fuse-eval', '/nonexistent/clusters.json'], missing.io), 1);
  assert.match(missing.err.join('\n'), /unreadable/);
});

test('marsad fuse-eval --explain: each split incident lists its pair verdicts and the events as read', async () => {
  // A threshold no pair reaches splits every incident: each pair is then explained by its score.
  const c = capture();
  assert.equal(await main(['fuse-eval', '--oracle', '--explain', '--threshold', '0.99'], c.io), 0, c.err.join('\n'));
  const out = c.out.join('\n');
  assert.match(out, /Why \(splits and misses\):/);
  assert.match(out, /bamako-2024-raids-wire-ar\.txt × bamako-2024-flash-en\.txt: score 0\.\d+ < 0\.99 \(date:overlap-1d /);
  assert.match(out, /\[0\] Faladié \| Bamako, Mali p1 \(12\.595, -7\.947\) \| 2024-09-17\.\.2024-09-17 \| .+ vs .+ → bamako-faladie-2024/);
  const plain = capture();
  assert.equal(await main(['fuse-eval', '--oracle'], plain.io), 0);
  assert.doesNotMatch(plain.out.join('\n'), /Why \(splits/);
});
