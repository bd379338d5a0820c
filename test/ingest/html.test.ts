// HTML: main content through Readability, paragraphs kept, metadata from meta tags / JSON-LD /
// <time>, script and style never in the text, pathological nesting handled without recursion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { ingestBuffer, ingestText } from '../../src/ingest/index.ts';
import { htmlToText, cleanTitle, MAX_DOM_CHARS } from '../../src/ingest/html/index.ts';
import { roughHtmlText } from '../../src/ingest/html/rough.ts';
import { walkText, maxDepth } from '../../src/ingest/html/walk.ts';
import { parseHTML } from 'linkedom';

const P_FR = [
  "Les forces armées ont annoncé lundi avoir pris le contrôle de la localité, dans la région de Kidal, après deux jours de combats contre des groupes armés.",
  "Selon un communiqué de l'état-major, plusieurs combattants ont été « neutralisés » et du matériel a été saisi. Les rebelles affirment avoir infligé de lourdes pertes.",
  'La situation reste tendue dans la zone, où les habitants signalent des tirs sporadiques depuis dimanche soir.',
];
const P_EN = [
  'Gunmen on motorbikes attacked a market town in the north of the country on Sunday, killing at least a dozen civilians, local officials said.',
  'The army said it had sent reinforcements and that an operation to track down the attackers was under way in the surrounding area.',
  'No group has claimed the attack, but fighters linked to al-Qaeda are active in the region and have carried out similar raids.',
];
const P_AR = [
  'هاجم مسلحون يستقلون دراجات نارية سوقاً في بلدة شمالي البلاد يوم الأحد، ما أسفر عن مقتل اثني عشر مدنياً على الأقل، بحسب مسؤولين محليين.',
  'وقال الجيش إنه أرسل تعزيزات إلى المنطقة وإن عملية لملاحقة المهاجمين جارية في المناطق المحيطة بالبلدة.',
  'ولم تعلن أي جماعة مسؤوليتها عن الهجوم حتى الآن، لكن مقاتلين مرتبطين بتنظيم القاعدة ينشطون في المنطقة.',
];

const page = (head: string, body: string, lang = 'fr') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const article = (ps: string[], h1 = '') => `<nav><a href="/">Accueil</a> | <a href="/a">Afrique</a></nav><article>${h1 ? `<h1>${h1}</h1>` : ''}${ps.map((p) => `<p>${p}</p>`).join('\n')}</article><footer>Mentions légales — Contact</footer>`;

interface MetaCase {
  name: string;
  html: string;
  uri?: string;
  want: { title?: string | null; outlet?: string | null; url?: string | null; published?: string | null; published_source?: string; language?: string };
}

const META_CASES: MetaCase[] = [
  {
    name: 'Open Graph + article:published_time',
    html: page(
      '<title>Ignored title | Le Quotidien</title><meta property="og:title" content="Mali : l\'armée reprend Anéfis"><meta property="og:site_name" content="Le Quotidien du Sahel"><meta property="og:url" content="https://quotidien.example/mali/anefis"><meta property="article:published_time" content="2023-10-09T07:45:00+01:00">',
      article(P_FR),
    ),
    want: { title: "Mali : l'armée reprend Anéfis", outlet: 'Le Quotidien du Sahel', url: 'https://quotidien.example/mali/anefis', published: '2023-10-09', published_source: 'metadata', language: 'fr' },
  },
  {
    name: 'JSON-LD @graph: datePublished and publisher by @id; host of canonical is not needed',
    html: page(
      '<title>Market town attacked</title><link rel="canonical" href="https://news.example.org/africa/market-town">' +
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"https://news.example.org/#org","name":"Example News"},{"@type":"WebPage","@id":"https://news.example.org/africa/market-town"},{"@type":["NewsArticle"],"headline":"Market town attacked","datePublished":"2022-06-12T18:20:00Z","publisher":{"@id":"https://news.example.org/#org"}}]}</script>',
      article(P_EN),
      'en',
    ),
    want: { title: 'Market town attacked', outlet: 'Example News', url: 'https://news.example.org/africa/market-town', published: '2022-06-12', language: 'en' },
  },
  {
    name: 'JSON-LD array at top level, publisher inline',
    html: page(
      '<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"ReportageNewsArticle","headline":"هجوم على سوق في شمال البلاد","datePublished":"2021-06-05","publisher":{"@type":"Organization","name":"وكالة المثال"}}]</script>',
      article(P_AR),
      'ar',
    ),
    want: { title: 'هجوم على سوق في شمال البلاد', outlet: 'وكالة المثال', published: '2021-06-05', language: 'ar' },
  },
  {
    name: 'meta name=date and DC.date; outlet from the canonical host',
    html: page('<title>Attaque près de Djibo</title><meta name="DC.date" content="2024-05-27"><link rel="canonical" href="https://www.journal.example.bf/securite/djibo">', article(P_FR)),
    want: { title: 'Attaque près de Djibo', outlet: 'journal.example.bf', url: 'https://www.journal.example.bf/securite/djibo', published: '2024-05-27' },
  },
  {
    name: 'meta name=pubdate in basic format',
    html: page('<title>T</title><meta name="pubdate" content="20240918">', article(P_EN), 'en'),
    want: { published: '2024-09-18' },
  },
  {
    name: '<time datetime> in the article',
    html: page('<title>Attaque près de Djibo - Le Journal</title><meta property="og:site_name" content="Le Journal">', `<article><h1>Attaque près de Djibo</h1><p>Publié le <time datetime="2024-05-28T09:00:00+00:00">28 mai</time></p>${P_FR.map((p) => `<p>${p}</p>`).join('')}</article>`),
    want: { title: 'Attaque près de Djibo', outlet: 'Le Journal', published: '2024-05-28' },
  },
  {
    name: 'unparsable date counts as absent; fetched URL gives url and outlet',
    html: page('<title>T</title><meta property="article:published_time" content="last Tuesday">', article(P_EN), 'en'),
    uri: 'https://www.wire.example.com/story/1',
    want: { published: null, published_source: 'unknown', url: 'https://www.wire.example.com/story/1', outlet: 'wire.example.com' },
  },
  {
    name: 'relative canonical resolved against the fetched URL',
    html: page('<title>T</title><link rel="canonical" href="/story/1-canonical">', article(P_EN), 'en'),
    uri: 'https://wire.example.com/story/1?utm=x',
    want: { url: 'https://wire.example.com/story/1-canonical' },
  },
];

test('html: metadata table', () => {
  for (const c of META_CASES) {
    const r = ingestBuffer(Buffer.from(c.html), { uri: c.uri ?? `mem:${c.name}.html`, kind: c.uri ? 'url' : 'paste', filename: 'page.html' });
    assert.ok(r.ok, c.name);
    assert.equal(r.document.format, 'html', c.name);
    for (const [k, v] of Object.entries(c.want)) assert.equal((r.document as unknown as Record<string, unknown>)[k], v, `${c.name}: ${k}`);
  }
});

test('html: main content with paragraph breaks; headline first; nav and footer out', () => {
  const rows = [
    { lang: 'fr', ps: P_FR, title: 'Mali : l’armée reprend Anéfis' },
    { lang: 'en', ps: P_EN, title: 'Gunmen kill a dozen in market town' },
    { lang: 'ar', ps: P_AR, title: 'مقتل اثني عشر مدنياً في هجوم على سوق' },
  ];
  for (const r of rows) {
    const html = page(`<title>${r.title} | Site</title><meta property="og:site_name" content="Site">`, article(r.ps, r.title), r.lang);
    const res = ingestText(html, { uri: `mem:${r.lang}`, kind: 'paste' });
    assert.ok(res.ok, r.lang);
    assert.equal(res.document.title, r.title, r.lang);
    assert.equal(res.document.text, [r.title, ...r.ps].join('\n\n'), r.lang);
    assert.equal(res.document.language, r.lang, r.lang);
  }
});

test('html: <script> and <style> content never reaches the text', () => {
  const rows = [
    `<script>var secret = "SCRIPT_LEAK";</script>`,
    `<style>body::after { content: "STYLE_LEAK" }</style>`,
    `<noscript>NOSCRIPT_LEAK</noscript>`,
    `<template><p>TEMPLATE_LEAK</p></template>`,
    `<script type="text/template"><p>TEMPLATE2_LEAK ${P_EN[0]}</p></script>`,
    `<svg><text>SVG_LEAK</text></svg>`,
  ];
  for (const junk of rows) {
    for (const where of ['head', 'article', 'body']) {
      const html =
        where === 'head'
          ? page(`<title>Market town attacked</title>${junk}`, article(P_EN), 'en')
          : where === 'article'
            ? page('<title>Market town attacked</title>', `<article><p>${P_EN[0]}</p>${junk}<p>${P_EN[1]}</p><p>${P_EN[2]}</p></article>`, 'en')
            : page('<title>x</title>', `<div>${junk}<p>short text ${junk} here.</p></div>`, 'en');
      const r = ingestText(html, { uri: 'mem:script', kind: 'paste', filename: 'x.html' });
      assert.ok(r.ok, `${where}: ${junk}`);
      assert.doesNotMatch(r.document.text, /LEAK|secret|content:/, `${where}: ${junk}`);
    }
  }
});

test('html: Readability finding nothing falls back to the body text with a warning', () => {
  const html = page('<title>Note</title>', '<div><span>Attaque à Mopti ce matin.</span><br><span>Bilan inconnu.</span></div>');
  const r = ingestText(html, { uri: 'mem:short', kind: 'paste' });
  assert.ok(r.ok);
  assert.match(r.document.text, /Attaque à Mopti ce matin\.\nBilan inconnu\./);
  assert.ok(r.warnings.some((w) => w.code === 'html_fallback'));
});

test('html: nested 10,000 deep does not crash or hang, and keeps the text', () => {
  for (const tag of ['div', 'span', 'b']) {
    const depth = 10000;
    const html = `<html><head><title>Deep</title></head><body>${`<${tag}>`.repeat(depth)}<p>${P_EN[0]}</p><script>LEAK()</script>${`</${tag}>`.repeat(depth)}<p>${P_EN[1]}</p></body></html>`;
    const t0 = performance.now();
    const r = ingestText(html, { uri: `mem:deep-${tag}`, kind: 'paste' });
    const ms = performance.now() - t0;
    assert.ok(r.ok, tag);
    assert.ok(r.document.text.includes(P_EN[0]) && r.document.text.includes(P_EN[1]), tag);
    assert.doesNotMatch(r.document.text, /LEAK/);
    assert.ok(r.warnings.some((w) => w.code === 'html_too_deep'), tag);
    assert.ok(ms < 5000, `${tag}: ${ms} ms`);
  }
  // Unclosed tags nest just as deep.
  const r = ingestText(`<html><body>${'<div><p>x'.repeat(10000)}</body></html>`, { uri: 'mem:unclosed', kind: 'paste' });
  assert.ok(r.ok || r.error.code === 'no_text');
});

test('html: the walk is iterative and handles blocks, lines and cells', () => {
  const rows: [string, string][] = [
    ['<p>a</p><p>b</p>', 'a\n\nb'],
    ['<div>a<div>b</div>c</div>', 'a\n\nb\n\nc'],
    ['<p>a<br>b</p>', 'a\nb'],
    ['<ul><li>a</li><li>b</li></ul>', 'a\nb'],
    ['<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', 'a b\nc'],
    ['<p>a   <b>bold</b>\n  text</p>', 'a bold text'],
    ['<p>x<span hidden>HIDDEN</span><span style="display: none">HIDDEN</span>y</p>', 'xy'],
    ['<pre>line one\nline  two</pre>', 'line one\nline  two'],
  ];
  for (const [body, want] of rows) {
    const { document } = parseHTML(`<html><body>${body}</body></html>`);
    assert.equal(walkText(document.body as never).trim(), want, body);
  }
  const { document } = parseHTML(`<html><body>${'<div>'.repeat(20000)}x${'</div>'.repeat(20000)}</body></html>`);
  assert.equal(maxDepth(document.documentElement as never), 20001 + 1 - 1);
});

test('html: windows-1256 page declared in <meta charset>', () => {
  const html = page('<meta property="og:title" content="هجوم على سوق في شمال البلاد">', article(P_AR), 'ar').replace('charset="utf-8"', 'charset="windows-1256"');
  const r = ingestBuffer(iconv.encode(html, 'windows-1256'), { uri: 'mem:1256.html', kind: 'paste' });
  assert.ok(r.ok);
  assert.equal(r.document.encoding, 'windows-1256');
  assert.equal(r.document.title, 'هجوم على سوق في شمال البلاد');
  assert.ok(r.document.text.includes(P_AR[1]));
});

test('html: cleanTitle drops the outlet only when it is named', () => {
  const rows: [string, string | null, string][] = [
    ['Attaque à Djibo | Le Journal', 'Le Journal', 'Attaque à Djibo'],
    ['Le Journal - Attaque à Djibo', 'Le Journal', 'Attaque à Djibo'],
    ['Mali - Burkina : la frontière fermée', 'Le Journal', 'Mali - Burkina : la frontière fermée'],
    ['Attaque à Djibo | Le Journal', null, 'Attaque à Djibo | Le Journal'],
  ];
  for (const [t, o, want] of rows) assert.equal(cleanTitle(t, o), want, t);
});

test('html: sniffed from content without a .html name', () => {
  const r = ingestText(page('<title>T</title>', article(P_EN), 'en'), { uri: 'paste:1', kind: 'paste' });
  assert.ok(r.ok && r.document.format === 'html' && !r.document.text.includes('<'));
  const plain = ingestText('Less than <b> and more than > are fine in plain text, said the army.', { uri: 'paste:2', kind: 'paste' });
  assert.ok(plain.ok && plain.document.format === 'text');
  assert.equal(htmlToText('<p>only a fragment, but a sentence.</p>').text, 'only a fragment, but a sentence.');
});

test('html: the linear pass for pages too large for a DOM', () => {
  const rows: [string, string][] = [
    ['<p>a</p><p>b</p>', 'a\n\nb'],
    ['<p>a<br>b</p>', 'a\nb'],
    ['<p>x<script>var y = "<p>LEAK</p>";</script>z</p>', 'x z'],
    ['<p>x<SCRIPT type="a">LEAK</SCRIPT >z</p>', 'x z'],
    ['<style>p{}</style><p>x</p><!-- LEAK --><p>y</p>', 'x\n\ny'],
    ['<p>x</p><script>LEAK unclosed', 'x'],
    ['<p>x</p><!-- LEAK unclosed', 'x'],
    ['<p>Tom &amp; Jerry &#233;t&#xE9; &laquo;x&raquo; &bogus;</p>', 'Tom & Jerry été «x» &bogus;'],
    ['<p>line\none</p>', 'line one'],
  ];
  for (const [html, want] of rows) assert.equal(roughHtmlText(html).replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim(), want, html);
  // End to end on a page over the DOM limit: metadata from <head>, no script in the text.
  const p = `<p>${P_EN[0]}</p>\n<script>var LEAK = 1;</script>\n`;
  const html = `<!doctype html><html lang="en"><head><title>Big page</title><meta property="og:site_name" content="Wire"><meta property="article:published_time" content="2024-01-02"></head><body><nav>Menu</nav><article>${p.repeat(Math.ceil((MAX_DOM_CHARS + 1) / p.length))}</article></body></html>`;
  const r = ingestText(html, { uri: 'mem:big.html', kind: 'paste' });
  assert.ok(r.ok);
  assert.deepEqual(r.warnings.map((w) => w.code), ['html_fallback']);
  assert.equal(r.document.title, 'Big page');
  assert.equal(r.document.outlet, 'Wire');
  assert.equal(r.document.published, '2024-01-02');
  assert.ok(r.document.text.startsWith(`Big page\n\n${P_EN[0]}\n\n${P_EN[0]}`));
  assert.doesNotMatch(r.document.text, /LEAK|Menu/);
});
