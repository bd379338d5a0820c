// Newlines, control characters, blank lines, NFC; ids and hashes over the clean text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { normalizeText } from '../../src/ingest/normalize.ts';
import { ingestBuffer } from '../../src/ingest/index.ts';

const ROWS: { name: string; input: string; text: string; controls: number }[] = [
  { name: 'CRLF', input: 'a.\r\nb.\r\n', text: 'a.\nb.', controls: 0 },
  { name: 'lone CR', input: 'a.\rb.', text: 'a.\nb.', controls: 0 },
  { name: 'form feed and Unicode line separators', input: 'a.\fb.\u2028c.\u2029d.', text: 'a.\nb.\nc.\nd.', controls: 0 },
  { name: 'NUL and C0 controls', input: 'a\0b\x01c\x1Fd.', text: 'abcd.', controls: 3 },
  { name: 'C1 controls and DEL', input: 'a\x85b\x9Fc\x7F.', text: 'abc.', controls: 3 },
  { name: 'stray BOMs', input: '\uFEFFa \uFEFFb.', text: 'a b.', controls: 2 },
  { name: 'more than one blank line', input: 'a.\n\n\n\n\nb.\n \n\t\n\nc.', text: 'a.\n\nb.\n\nc.', controls: 0 },
  { name: 'blanks at line ends, tabs inside kept', input: '  a\tb.  \n\u00A0c. ', text: 'a\tb.\nc.', controls: 0 },
  { name: 'leading and trailing blank lines', input: '\n\n\na.\n\n', text: 'a.', controls: 0 },
  { name: 'NFC: decomposed accents composed', input: 'e\u0301te\u0301.', text: 'été.', controls: 0 },
  { name: 'zero-width non-joiner kept', input: 'می\u200Cخواهم.', text: 'می\u200Cخواهم.', controls: 0 },
];

test('normalizeText table', () => {
  for (const r of ROWS) {
    const n = normalizeText(r.input);
    assert.equal(n.text, r.text, r.name);
    assert.equal(n.controls, r.controls, r.name);
  }
});

test('document id and hashes', () => {
  const raw = Buffer.from('\uFEFFAt least three soldiers were killed, the army said.\r\n\r\n\r\nThe attack was not claimed.\0\r\n');
  const r = ingestBuffer(raw, { uri: 'mem:hash', kind: 'paste' });
  assert.ok(r.ok);
  const sha = (x: Buffer | string) => createHash('sha256').update(x).digest('hex');
  assert.equal(r.document.text, 'At least three soldiers were killed, the army said.\n\nThe attack was not claimed.');
  assert.equal(r.document.raw_sha256, sha(raw));
  assert.equal(r.document.clean_sha256, sha(r.document.text));
  assert.equal(r.document.id, sha(r.document.text).slice(0, 16));
  assert.deepEqual(r.warnings.map((w) => w.code), ['control_chars']);
  // The same text with other line ends and encoding is the same document.
  const again = ingestBuffer(Buffer.from('At least three soldiers were killed, the army said.\n\nThe attack was not claimed.\n'), { uri: 'mem:hash2', kind: 'paste' });
  assert.ok(again.ok && again.document.id === r.document.id && again.document.raw_sha256 !== r.document.raw_sha256);
  // A stray NUL in UTF-8 text without a BOM is removed, not taken for binary data.
  const nul = ingestBuffer(Buffer.from('The attack\0 was not claimed.'), { uri: 'mem:nul', kind: 'paste' });
  assert.ok(nul.ok && nul.document.text === 'The attack was not claimed.');
});
