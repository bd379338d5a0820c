// Encoding detection and decoding: every supported encoding round-trips ar/fr/en text; binary and
// mostly-UTF-8 input are told apart; the legacy Arabic code pages are not confused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { decodeBytes, utf8Census, canonicalEncoding } from '../../src/ingest/decode.ts';
import { ingestBuffer } from '../../src/ingest/index.ts';

const SEED = new URL('../../../shared/seed/bamako-attack.ar.txt', import.meta.url);
// The seed has a few characters no Arabic code page holds (curly quotes, en dash, ٪): plain ASCII instead.
const AR_LONG = readFileSync(SEED, 'utf8').replace(/[“”]/g, '"').replace(/–/g, '-').replace(/٪/g, '%');
const AR = 'هاجم مسلحون قاعدة عسكرية قرب مدينة موبتي فجر الثلاثاء، وقُتل ثلاثة جنود على الأقل.';
const AR_SHORT = 'هجوم على باماكو';
const FR = "Au moins vingt soldats ont été tués mercredi près de Ségou, selon l'état-major. « Nous avons riposté », a déclaré un officier ; l'ÉTAT D'URGENCE est prolongé à Niono.";
const FR_LOWER = 'les soldats ont été tués près de la ville et leurs véhicules brûlés';
const EN = 'Gunmen attacked a military post near Mopti on Tuesday, killing at least three soldiers, officials said.';

const encode = (text: string, enc: string) => iconv.encode(text, enc, { addBOM: false });
const withBom = (bom: number[], body: Buffer) => Buffer.concat([Buffer.from(bom), body]);

const CASES: { name: string; bytes: Buffer; expect: string; text: string }[] = [
  { name: 'UTF-8 Arabic', bytes: Buffer.from(AR), expect: 'utf-8', text: AR },
  { name: 'UTF-8 French', bytes: Buffer.from(FR), expect: 'utf-8', text: FR },
  { name: 'UTF-8 English (ASCII)', bytes: Buffer.from(EN), expect: 'utf-8', text: EN },
  { name: 'UTF-8 with BOM', bytes: withBom([0xef, 0xbb, 0xbf], Buffer.from(AR)), expect: 'utf-8', text: AR },
  { name: 'UTF-16 LE with BOM', bytes: withBom([0xff, 0xfe], encode(AR, 'utf-16le')), expect: 'utf-16le', text: AR },
  { name: 'UTF-16 BE with BOM', bytes: withBom([0xfe, 0xff], encode(FR, 'utf-16be')), expect: 'utf-16be', text: FR },
  { name: 'UTF-16 LE without BOM (English)', bytes: encode(EN, 'utf-16le'), expect: 'utf-16le', text: EN },
  { name: 'UTF-16 LE without BOM (Arabic)', bytes: encode(AR, 'utf-16le'), expect: 'utf-16le', text: AR },
  { name: 'UTF-16 BE without BOM (French)', bytes: encode(FR, 'utf-16be'), expect: 'utf-16be', text: FR },
  { name: 'windows-1256 Arabic sentence', bytes: encode(AR, 'windows-1256'), expect: 'windows-1256', text: AR },
  { name: 'windows-1256 Arabic, founding document', bytes: encode(AR_LONG, 'windows-1256'), expect: 'windows-1256', text: AR_LONG },
  { name: 'windows-1256 three words', bytes: encode(AR_SHORT, 'windows-1256'), expect: 'windows-1256', text: AR_SHORT },
  { name: 'ISO-8859-6 Arabic sentence', bytes: encode(AR, 'iso-8859-6'), expect: 'iso-8859-6', text: AR },
  { name: 'ISO-8859-6 Arabic, founding document', bytes: encode(AR_LONG, 'iso-8859-6'), expect: 'iso-8859-6', text: AR_LONG },
  { name: 'ISO-8859-6 three words', bytes: encode(AR_SHORT, 'iso-8859-6'), expect: 'iso-8859-6', text: AR_SHORT },
  { name: 'windows-1252 French with capitals', bytes: encode(FR, 'windows-1252'), expect: 'windows-1252', text: FR },
  { name: 'windows-1252 French, lower case only', bytes: encode(FR_LOWER, 'windows-1252'), expect: 'windows-1252', text: FR_LOWER },
];

test('decode: each encoding is detected and the text round-trips', () => {
  for (const c of CASES) {
    const d = decodeBytes(c.bytes);
    assert.ok(d.ok, `${c.name}: ${!d.ok && d.message}`);
    assert.equal(d.encoding, c.expect, c.name);
    assert.equal(d.text, c.text, c.name);
    assert.deepEqual(d.warnings.map((w) => w.code), [], c.name);
  }
});

test('decode: the encoding is recorded on the document', () => {
  for (const c of CASES) {
    const r = ingestBuffer(c.bytes, { uri: `mem:${c.name}`, kind: 'paste' }, { keepChrome: true });
    assert.ok(r.ok, c.name);
    assert.equal(r.document.encoding, c.expect, c.name);
    assert.ok(!r.document.text.includes('\uFEFF'), `${c.name}: BOM left in text`);
  }
});

test('decode: a declared charset is used when the bytes are not UTF-8', () => {
  const html = `<html><head><meta charset="windows-1256"><title>t</title></head><body><p>${AR}</p></body></html>`;
  const d = decodeBytes(encode(html, 'windows-1256'), 'windows-1256');
  assert.ok(d.ok && d.encoding === 'windows-1256' && d.text.includes(AR));
  // …via Content-Type for buffers
  const r = ingestBuffer(encode(AR, 'iso-8859-6'), { uri: 'mem:ct', kind: 'url', contentType: 'text/plain; charset=ISO-8859-6' });
  assert.ok(r.ok && r.document.encoding === 'iso-8859-6' && r.document.text === AR);
});

test('decode: invalid UTF-8 that is mostly UTF-8 → replacement characters and a warning', () => {
  const rows: { name: string; bytes: Buffer; bad: number }[] = [
    { name: 'one stray byte', bytes: Buffer.concat([Buffer.from(AR.slice(0, 30)), Buffer.from([0xff]), Buffer.from(AR.slice(30))]), bad: 1 },
    { name: 'truncated sequence at the end', bytes: Buffer.from(AR_SHORT).subarray(0, Buffer.byteLength(AR_SHORT) - 1), bad: 1 },
    { name: 'a Latin-1 é inside UTF-8 French', bytes: Buffer.concat([Buffer.from(FR), Buffer.from(' caf'), Buffer.from([0xe9]), Buffer.from('.')]), bad: 1 },
    { name: 'overlong encoding of "/"', bytes: Buffer.concat([Buffer.from(AR), Buffer.from([0xc0, 0xaf])]), bad: 2 },
  ];
  for (const r of rows) {
    const d = decodeBytes(r.bytes);
    assert.ok(d.ok, r.name);
    assert.equal(d.encoding, 'utf-8', r.name);
    assert.deepEqual(d.warnings.map((w) => w.code), ['invalid_utf8'], r.name);
    assert.equal([...d.text].filter((c) => c === '\uFFFD').length, r.bad, r.name);
  }
});

test('decode: utf8Census counts well-formed sequences and stray bytes', () => {
  const rows: [number[], { valid: number; invalid: number }][] = [
    [[0x41, 0x42], { valid: 0, invalid: 0 }],
    [[0xd8, 0xa7], { valid: 1, invalid: 0 }], // ا
    [[0xe2, 0x80, 0x9c], { valid: 1, invalid: 0 }], // “
    [[0xf0, 0x9f, 0x98, 0x80], { valid: 1, invalid: 0 }], // emoji
    [[0xc7, 0xe1], { valid: 0, invalid: 2 }], // "ال" in windows-1256
    [[0xed, 0xa0, 0x80], { valid: 0, invalid: 3 }], // surrogate
    [[0xe0, 0x80, 0x80], { valid: 0, invalid: 3 }], // overlong
  ];
  for (const [bytes, want] of rows) assert.deepEqual(utf8Census(Uint8Array.from(bytes)), want, bytes.join(','));
});

test('decode: binary input is refused by magic number or control bytes', () => {
  const rows: { name: string; bytes: Buffer; why: RegExp }[] = [
    { name: 'PNG', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), why: /PNG/ },
    { name: 'ELF', bytes: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]), why: /ELF/ },
    { name: 'ZIP', bytes: Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(26)]), why: /ZIP/ },
    { name: 'PDF', bytes: Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'), why: /PDF/ },
    { name: 'gzip', bytes: Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), why: /gzip/ },
    { name: 'unknown with NULs', bytes: Buffer.from([1, 2, 3, 0, 0, 0, 4, 5, 0, 6, 0, 0, 0, 0, 9, 0]), why: /NUL/ },
    { name: 'text with NULs spread through it', bytes: Buffer.from(EN.split('').join('\0\0\0')), why: /NUL/ },
  ];
  for (const r of rows) {
    const d = decodeBytes(r.bytes);
    assert.ok(!d.ok, r.name);
    assert.equal(d.code, 'binary', r.name);
    assert.match(d.message, r.why, r.name);
  }
});

test('decode: canonical encoding names', () => {
  const rows: [string, string | null][] = [
    ['UTF-8', 'utf-8'],
    ['ISO-8859-1', 'windows-1252'],
    ['latin1', 'windows-1252'],
    ['Windows-1256', 'windows-1256'],
    ['cp1256', 'windows-1256'],
    ['ISO_8859-6', 'iso-8859-6'],
    ['asmo-708', 'iso-8859-6'],
    ['no-such-charset', null],
  ];
  for (const [label, want] of rows) assert.equal(canonicalEncoding(label), want, label);
});
