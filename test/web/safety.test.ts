// The interface never turns strings into markup: no innerHTML/outerHTML/insertAdjacentHTML,
// document.write, eval or string timers anywhere in web/src; report text goes through dom.ts
// (text nodes). The browser test checks the behaviour; this one keeps the sources honest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../web/', import.meta.url).pathname;
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|html)$/.test(n) ? [p] : [];
  });
}

const FORBIDDEN: Array<[RegExp, string]> = [
  [/\.innerHTML\b/, 'innerHTML'],
  [/\.outerHTML\b/, 'outerHTML'],
  [/insertAdjacentHTML/, 'insertAdjacentHTML'],
  [/document\.write/, 'document.write'],
  [/\beval\s*\(/, 'eval'],
  [/new\s+Function\s*\(/, 'new Function'],
  [/setTimeout\s*\(\s*['"`]/, 'string setTimeout'],
  [/createContextualFragment|DOMParser/, 'HTML parsing'],
  [/bindPopup\s*\(\s*[`'"]|setContent\s*\(\s*[`'"]|bindTooltip\s*\(\s*[`'"]/, 'Leaflet string content (parsed as HTML)'],
  [/\bon[a-z]+\s*=\s*["']/i, 'inline event handler'],
];

test('web sources contain no HTML-string sinks', () => {
  const list = files(ROOT).filter((f) => !f.includes('node_modules'));
  assert.ok(list.length > 5, 'sources found');
  for (const f of list) {
    const src = readFileSync(f, 'utf8').replace(/^\s*\/\/.*$/gm, '');
    for (const [re, what] of FORBIDDEN) assert.doesNotMatch(src, re, `${what} in ${f}`);
  }
});

test('dom.h: strings become text nodes; handler attributes are refused (in a DOM)', async () => {
  const { parseHTML } = await import('linkedom');
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const g = globalThis as { document?: unknown };
  const saved = g.document;
  g.document = document;
  try {
    const { h, safeLink } = await import('../../web/src/dom.ts');
    const evil = '<script>alert(1)</script><img src=x onerror="alert(2)">';
    const el = h('div', { title: evil, 'data-x': evil }, evil, h('span', null, evil));
    document.body.appendChild(el as never);
    assert.equal(el.querySelectorAll('script, img').length, 0);
    assert.equal(el.textContent, evil + evil);
    assert.equal(el.getAttribute('title'), evil);
    assert.throws(() => h('div', { onclick: 'alert(1)' }), /refusing attribute onclick/);
    assert.throws(() => h('img', { ONERROR: 'alert(1)' }), /refusing/);
    assert.equal(safeLink('javascript:alert(1)', 'x').tagName.toLowerCase(), 'span');
    assert.equal(safeLink('https://example.org/a', 'x').getAttribute('href'), 'https://example.org/a');
  } finally {
    g.document = saved;
  }
});
