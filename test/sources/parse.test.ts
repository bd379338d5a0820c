// Feed and Telegram export parsing: made-up fixtures in ./fixtures, one table per format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { itemHtml, looksLikeFeed, parseFeed } from '../../src/sources/feed.ts';
import { flattenText, parseTelegramExport } from '../../src/sources/telegram.ts';

const fx = (n: string) => readFileSync(join(import.meta.dirname, 'fixtures', n), 'utf8');

test('RSS 2.0, Atom and RSS 1.0 items: key, title, link, date, content', () => {
  const cases: Array<[string, string, string | null, Array<[string, string | null, string | null, string | null, RegExp]>]> = [
    ['feed-rss.xml', 'rss', 'Sahel Monitor (test feed)', [
      ['sahel-monitor-0001', 'Attaque contre un poste militaire près de Djibo', 'http://127.0.0.1/articles/djibo-attaque', '2024-09-03', /province du Soum/],
      ['http://127.0.0.1/articles/kidal-drone', 'Drone strike reported in Kidal region', 'http://127.0.0.1/articles/kidal-drone', '2024-08-26', /pharmacy in Tinzaouaten.*killed &amp; others/s],
      ['http://127.0.0.1/articles/no-guid', 'Item without guid', 'http://127.0.0.1/articles/no-guid', null, /no guid/],
    ]],
    ['feed-atom.xml', 'atom', 'مرصد الساحل (اختبار)', [
      ['urn:test:entry:1', 'هجوم على مدرسة الدرك في باماكو', 'http://127.0.0.1/ar/bamako', '2024-09-17', /<p>أعلنت جماعة/],
      ['urn:test:entry:2', 'Second entry', 'http://127.0.0.1/ar/second', '2024-09-16', /<p>XHTML <b>content<\/b> here\.<\/p>/],
    ]],
    ['feed-rdf.xml', 'rdf', 'RDF test feed', [['http://127.0.0.1/rdf/1', 'Only item', 'http://127.0.0.1/rdf/1', '2024-09-01', /market in Mopti/]]],
  ];
  for (const [file, format, title, items] of cases) {
    const r = parseFeed(fx(file));
    assert.ok(r.ok, file);
    assert.equal(r.feed.format, format);
    assert.equal(r.feed.title, title);
    assert.equal(r.feed.items.length, items.length, file);
    items.forEach(([key, t, link, date, content], i) => {
      const it = r.feed.items[i];
      assert.deepEqual([it.key, it.title, it.link, it.published], [key, t, link, date], `${file} #${i}`);
      assert.match(it.content, content, `${file} #${i}`);
    });
    assert.ok(looksLikeFeed(fx(file)), file);
  }
});

test('feeds: bad input is a value, entity bombs are bounded', () => {
  const bomb = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]><rss><channel><title>&g;</title></channel></rss>`;
  const cases: Array<[string, string, boolean]> = [
    ['not xml', 'hello <b', false],
    ['html page', '<!DOCTYPE html><html><body><p>x</p></body></html>', false],
    ['empty', '', false],
    ['rss without channel', '<rss version="2.0"></rss>', false],
    ['empty channel', '<rss><channel><title>T</title></channel></rss>', true],
  ];
  for (const [name, xml, ok] of cases) {
    const r = parseFeed(xml);
    assert.equal(r.ok, ok, name);
    if (!r.ok) assert.equal(r.code, 'bad_feed');
  }
  const r = parseFeed(bomb);
  if (r.ok) assert.ok((r.feed.title ?? '').length <= 1_000_000, 'expansion is bounded');
  assert.equal(looksLikeFeed('<html><body>rss</body></html>'), false);
  assert.equal(looksLikeFeed('\uFEFF<?xml version="1.0"?>\n<!-- c -->\n<feed xmlns="x">'), true);
});

test('a feed item becomes an HTML page with its title as headline; text content is escaped', () => {
  const html = itemHtml({ key: 'k', title: 'A <b> & C', link: null, published: null, content: 'line one\n\nline 2 < 3 & 4 > 1' });
  assert.match(html, /<title>A &lt;b&gt; &amp; C<\/title>/);
  assert.match(html, /line one<\/p><p>line 2 &lt; 3 &amp; 4 &gt; 1/);
});

test('Telegram text: strings and entity arrays flatten to the same text', () => {
  const cases: Array<[unknown, string]> = [
    ['plain', 'plain'],
    [['a ', { type: 'bold', text: 'b' }, ' c'], 'a b c'],
    [[{ type: 'link', text: 'http://x' }], 'http://x'],
    [[{ type: 'custom_emoji', document_id: 5 }, 'x'], 'x'],
    [null, ''],
    [42, ''],
  ];
  for (const [input, want] of cases) assert.equal(flattenText(input), want, JSON.stringify(input));
});

test('Telegram export: one message per document, service and empty messages skipped', () => {
  const r = parseTelegramExport(fx('telegram-channel.json'));
  assert.ok(r.ok);
  assert.equal(r.channels.length, 1);
  const ch = r.channels[0];
  assert.equal(ch.name, 'Test Channel عاجل');
  assert.equal(ch.key, '1234567890');
  assert.deepEqual(ch.messages.map((m) => [m.id, m.date]), [[2, '2024-09-17'], [3, '2024-09-17'], [5, '2024-09-18']]);
  assert.equal(ch.messages[1].text, "Bamako: des tirs ont été entendus près de l'aéroport, selon http://127.0.0.1/source.");
  assert.equal(ch.messages[2].forwarded_from, 'Other Channel');
  assert.deepEqual(ch.skipped, { service: 2, empty: 1, malformed: 0 });
});

test('Telegram export: full exports, malformed input', () => {
  const full = JSON.stringify({ about: 'x', chats: { about: 'y', list: [
    { name: 'A', type: 'public_channel', id: 1, messages: [{ id: 1, type: 'message', date: '2024-01-02T03:04:05', text: 'one' }, 'junk', { id: 2, type: 'message', date_unixtime: '1704164645', text: 'two' }] },
    { name: 'B', type: 'private_group', id: 2, messages: [] },
    { name: 'no messages' },
  ] }, left_chats: { list: [{ name: 'C', id: 3, messages: [{ id: 9, text: 'nine' }] }] } });
  const r = parseTelegramExport(full);
  assert.ok(r.ok);
  assert.deepEqual(r.channels.map((c) => [c.name, c.messages.map((m) => [m.id, m.date, m.text])]), [
    ['A', [[1, '2024-01-02', 'one'], [2, '2024-01-02', 'two']]],
    ['B', []],
    ['C', [[9, null, 'nine']]],
  ]);
  assert.equal(r.channels[0].skipped.malformed, 1);
  for (const bad of ['', 'not json', '[]', '{"x": 1}', 'null']) {
    const b = parseTelegramExport(bad);
    assert.equal(b.ok, false, bad);
    if (!b.ok) assert.equal(b.code, 'bad_export');
  }
});
