// fetchBounded against a local server: redirects, limits, timeouts, content types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fetchBounded, PAGE_TYPES } from '../../src/sources/url.ts';
import { send, serve } from './server.ts';

test('fetchBounded: every outcome is a value with a code', async () => {
  const big = Buffer.alloc(300_000, 'a');
  const srv = await serve({
    '/page': send('text/html; charset=utf-8', '<html><body><p>مرحبا</p></body></html>'),
    '/r1': (_q, s) => s.writeHead(302, { location: '/r2' }).end(),
    '/r2': (_q, s) => s.writeHead(301, { location: '/page' }).end(),
    '/loop': (_q, s) => s.writeHead(302, { location: '/loop' }).end(),
    '/to-file': (_q, s) => s.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/png': send('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47])),
    '/big-declared': send('text/plain', big),
    '/big-chunked': (_q, s) => {
      s.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 30; i++) s.write(Buffer.alloc(10_000, 'b'));
      s.end();
    },
    '/slow': (_q, s) => {
      s.writeHead(200, { 'content-type': 'text/plain' });
      s.write('partial');
      // never ends
    },
    '/hang': () => {
      // never answers
    },
    '/500': send('text/plain', 'boom', 500),
    '/no-type': (_q, s) => s.end('plain words'),
  });
  try {
    const ok = await fetchBounded(`${srv.base}/page`);
    assert.ok(ok.ok);
    assert.equal(ok.body.toString('utf8'), '<html><body><p>مرحبا</p></body></html>');
    assert.match(ok.contentType, /text\/html/);

    const red = await fetchBounded(`${srv.base}/r1`);
    assert.ok(red.ok);
    assert.equal(red.url, `${srv.base}/page`);
    assert.deepEqual(red.redirects, [`${srv.base}/r2`, `${srv.base}/page`]);

    const cases: Array<[string, Parameters<typeof fetchBounded>[1], string]> = [
      ['/r1', { maxRedirects: 1 }, 'too_many_redirects'],
      ['/loop', {}, 'too_many_redirects'],
      ['/to-file', {}, 'bad_url'],
      ['/png', {}, 'content_type'],
      ['/page', { accept: ['application/rss+xml'] }, 'content_type'],
      ['/big-declared', { maxBytes: 100_000 }, 'too_large'],
      ['/big-chunked', { maxBytes: 100_000 }, 'too_large'],
      ['/slow', { timeoutMs: 300 }, 'timeout'],
      ['/hang', { timeoutMs: 300 }, 'timeout'],
      ['/500', {}, 'http_status'],
      ['/missing', {}, 'http_status'],
    ];
    for (const [path, opts, code] of cases) {
      const r = await fetchBounded(`${srv.base}${path}`, opts);
      assert.equal(r.ok, false, path);
      if (!r.ok) assert.equal(r.error.code, code, `${path}: ${r.error.message}`);
    }
    const nt = await fetchBounded(`${srv.base}/no-type`, { accept: PAGE_TYPES });
    assert.ok(nt.ok, 'a missing content type is left to sniffing');
    for (const [u, code] of [['not a url', 'bad_url'], ['ftp://127.0.0.1/x', 'bad_url'], ['http://127.0.0.1:1/', 'network']] as const) {
      const r = await fetchBounded(u, { timeoutMs: 2000 });
      assert.equal(r.ok, false, u);
      if (!r.ok) assert.equal(r.error.code, code, u);
    }
  } finally {
    await srv.close();
  }
});
