// `marsad serve` as a user runs it: a child process on a free port, answering on 127.0.0.1,
// stopping cleanly on SIGTERM; bad options are usage errors (exit 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';

const BIN = new URL('../../bin/marsad.js', import.meta.url).pathname;

test('serve: bad options are usage errors', async () => {
  for (const args of [['--port', 'abc'], ['--port', '70000'], ['--max-body-mb', '0'], ['extra'], ['--host', ''], ['--colour']]) {
    const err: string[] = [];
    const code = await main(['serve', ...args], { out: () => {}, err: (s) => err.push(s) });
    assert.equal(code, 2, `${args.join(' ')}: ${err.join('')}`);
    assert.match(err.join('\n'), /Usage: marsad serve/);
  }
});

test('serve: starts on a free port bound to 127.0.0.1, answers, stops on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-serve-'));
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--no-web', '--db', join(dir, 'm.db')], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL within 90 s: ${out}`)), 90_000);
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        const m = /running at (http:\/\/[^\s/]+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const h = await (await fetch(`${url}/api/health`)).json();
    assert.equal(h.status, 'ok');
    assert.equal(h.store.counts.documents, 0);
    const home = await fetch(`${url}/`);
    assert.equal(home.status, 503, '--no-web: the page says the interface is off');
    const a = await fetch(`${url}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Des hommes armés ont attaqué hier un poste militaire à Gao.', published: '2024-05-02', store: true }) });
    assert.equal(a.status, 200);
    assert.equal((await a.json()).stored.status, 'new');
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    assert.equal(code, 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
