// Bad input, one test each: a clear error value or a safe result, never a crash or a hang.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ingestBuffer, ingestFile, ingestText } from '../../src/ingest/index.ts';
import { main } from '../../src/cli/main.ts';

const dir = mkdtempSync(join(tmpdir(), 'marsad-bad-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const EN = 'Gunmen attacked a military post near Mopti on Tuesday, killing at least three soldiers, officials said.';
const isRoot = process.getuid?.() === 0;
const hasMkfifo = spawnSync('sh', ['-c', 'command -v mkfifo']).status === 0;

test('bad input: empty file → empty', () => {
  for (const [name, content] of [['empty.txt', ''], ['blank.txt', ' \n\r\n\t \n'], ['bom-only.txt', '\uFEFF']] as const) {
    const r = ingestFile(file(name, content));
    assert.ok(!r.ok, name);
    assert.equal(r.error.code, 'empty', name);
  }
  const t = ingestText('   ', { uri: 'paste:0', kind: 'paste' });
  assert.ok(!t.ok && t.error.code === 'empty');
  const h = ingestFile(file('empty-body.html', '<html><head><title>x</title><script>var a=1</script></head><body>  </body></html>'));
  assert.ok(!h.ok && h.error.code === 'no_text');
});

test('bad input: binary files (PNG, ELF, ZIP, random bytes) → binary', () => {
  const rows: [string, Buffer][] = [
    ['image.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)])],
    ['program.txt', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(200)])], // misnamed
    ['archive.html', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from(EN)])],
    ['noise.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256))],
  ];
  for (const [name, bytes] of rows) {
    const r = ingestFile(file(name, bytes));
    assert.ok(!r.ok, name);
    assert.equal(r.error.code, 'binary', name);
  }
});

test('bad input: a 100 MB file is refused from its size, fast, without reading it', () => {
  const big = join(dir, 'big.txt');
  const fd = openSync(big, 'w');
  const chunk = Buffer.alloc(1024 * 1024, `${EN}\n`);
  for (let i = 0; i < 100; i++) writeSync(fd, chunk);
  closeSync(fd);
  const before = process.memoryUsage().arrayBuffers;
  const t0 = performance.now();
  const r = ingestFile(big);
  const ms = performance.now() - t0;
  const grown = process.memoryUsage().arrayBuffers - before;
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'too_large');
  assert.match(r.error.message, /100\.0 MB.*50\.0 MB/);
  assert.ok(ms < 200, `took ${ms.toFixed(0)} ms`);
  assert.ok(grown < 8 * 1024 * 1024, `buffers grew by ${grown} bytes`);
  // The limit is an option; buffers and strings are checked too.
  const small = file('small.txt', EN);
  const s = ingestFile(small, { maxBytes: 50 });
  assert.ok(!s.ok && s.error.code === 'too_large');
  const b = ingestBuffer(Buffer.from(EN), { uri: 'mem:b', kind: 'paste' }, { maxBytes: 50 });
  assert.ok(!b.ok && b.error.code === 'too_large');
  const t = ingestText('é'.repeat(40), { uri: 'mem:t', kind: 'paste' }, { maxBytes: 50 });
  assert.ok(!t.ok && t.error.code === 'too_large', 'limit counts UTF-8 bytes');
  assert.ok(ingestText('e'.repeat(40), { uri: 'mem:t2', kind: 'paste' }, { maxBytes: 50 }).ok);
  rmSync(big);
});

test('bad input: invalid UTF-8 → decoded with replacement and a warning', () => {
  const bytes = Buffer.concat([Buffer.from('Des hommes armés ont attaqué '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' la base de Boulkessi, tuant plusieurs soldats.')]);
  const r = ingestFile(file('invalid.txt', bytes));
  assert.ok(r.ok);
  assert.equal(r.document.encoding, 'utf-8');
  assert.ok(r.document.text.includes('\uFFFD'));
  assert.ok(r.document.text.includes('la base de Boulkessi'));
  assert.deepEqual(r.warnings.map((w) => w.code), ['invalid_utf8']);
});

// "No hang" is the runner's time limit on this test (a guard, not a speed target: speed lives in the bench).
test('bad input: HTML nested 10,000 deep → text, no crash, no hang', { timeout: 120_000 }, () => {
  const html = `<!doctype html><html><head><title>Deep</title></head><body>${'<div><section>'.repeat(5000)}<p>${EN}</p>${'</section></div>'.repeat(5000)}</body></html>`;
  const r = ingestFile(file('deep.html', html));
  assert.ok(r.ok);
  assert.ok(r.document.text.includes(EN));
});

test('bad input: <script> content never reaches the text', () => {
  const html = `<html><head><script>window.SECRET_A = 1;</script></head><body><article><p>${EN}</p><script>document.write("SECRET_B")</script><p>${EN}</p><script type="module">import "SECRET_C";</script></article></body></html>`;
  const r = ingestFile(file('script.html', html));
  assert.ok(r.ok);
  assert.doesNotMatch(r.document.text, /SECRET|document\.write|window\./);
});

test('bad input: missing path → not_found; a directory → is_directory', () => {
  const r = ingestFile(join(dir, 'no', 'such', 'file.txt'));
  assert.ok(!r.ok && r.error.code === 'not_found');
  const d = ingestFile(dir);
  assert.ok(!d.ok && d.error.code === 'is_directory');
});

test('bad input: unreadable files (broken symlink, FIFO, chmod 000) are errors, not hangs', (t) => {
  const link = join(dir, 'dangling.txt');
  symlinkSync(join(dir, 'gone.txt'), link);
  const r = ingestFile(link);
  assert.ok(!r.ok && r.error.code === 'unreadable' && /broken symbolic link/.test(r.error.message));
  if (hasMkfifo) {
    const fifo = join(dir, 'pipe.txt');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    const f = ingestFile(fifo); // reading would block forever: must be refused from the stat
    assert.ok(!f.ok && f.error.code === 'not_a_file');
  } else t.diagnostic('mkfifo not available: FIFO case skipped');
  const locked = file('locked.txt', EN);
  chmodSync(locked, 0o000);
  const l = ingestFile(locked);
  if (isRoot) {
    t.diagnostic('running as root: chmod 000 does not stop reads, so the permission case cannot fail here (broken symlink and FIFO cover unreadable paths)');
    assert.ok(l.ok);
  } else assert.ok(!l.ok && l.error.code === 'unreadable');
  chmodSync(locked, 0o644);
});

test('bad input: `marsad analyze DIR` with unreadable files processes the others and lists the failures', async (t) => {
  const d = join(dir, 'corpus');
  mkdirSync(d);
  writeFileSync(join(d, 'a-good.txt'), EN);
  writeFileSync(join(d, 'b-good.html'), `<html><head><title>B</title></head><body><article><p>${EN}</p></article></body></html>`);
  writeFileSync(join(d, 'b-good.meta.json'), JSON.stringify({ published: '2024-01-02' }));
  writeFileSync(join(d, 'c-empty.txt'), '');
  writeFileSync(join(d, 'd-binary.txt'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]));
  symlinkSync(join(d, 'nowhere.txt'), join(d, 'e-dangling.txt'));
  const expectFailed = ['c-empty.txt', 'd-binary.txt', 'e-dangling.txt'];
  if (hasMkfifo && spawnSync('mkfifo', [join(d, 'f-pipe.txt')]).status === 0) expectFailed.push('f-pipe.txt');
  writeFileSync(join(d, 'g-locked.txt'), EN);
  chmodSync(join(d, 'g-locked.txt'), 0o000);
  if (!isRoot) expectFailed.push('g-locked.txt');
  else t.diagnostic('running as root: chmod 000 file is readable, counted as processed');

  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['analyze', d, '--format', 'jsonl'], { out: (s) => out.push(s), err: (s) => err.push(s) });
  chmodSync(join(d, 'g-locked.txt'), 0o644);
  assert.equal(code, 1);
  const rows = out.map((l) => JSON.parse(l));
  const ok = rows.filter((r) => !r.error).map((r) => r.file.split('/').pop());
  const failed = rows.filter((r) => r.error).map((r) => r.file.split('/').pop());
  assert.deepEqual(ok, ['a-good.txt', 'b-good.html', ...(isRoot ? ['g-locked.txt'] : [])]);
  assert.deepEqual(failed, expectFailed);
  for (const f of expectFailed) assert.ok(err.some((e) => e.includes(f)), `failure of ${f} listed on stderr`);
  assert.ok(err.some((e) => new RegExp(`${ok.length} analysed, ${expectFailed.length} failed`).test(e)));
  const b = rows.find((r) => r.file.endsWith('b-good.html'));
  assert.equal(b.document.published, '2024-01-02');
  assert.equal(b.document.published_source, 'sidecar');
});
