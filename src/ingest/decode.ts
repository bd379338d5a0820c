/**
 * @module ingest/decode
 * Bytes → string, with the encoding named. Order of evidence:
 *   1. magic numbers (PNG, ELF, ZIP, …) → binary;
 *   2. a byte-order mark (UTF-8, UTF-16, UTF-32);
 *   3. UTF-16 without BOM (NUL in every other byte);
 *   4. NUL / control-byte share → binary;
 *   5. strict UTF-8 validation; "mostly UTF-8" (no more stray bytes than well-formed multi-byte
 *      characters) → decoded with U+FFFD and a warning;
 *   6. a charset declared by the caller or by the HTML itself;
 *   7. otherwise a single-byte legacy encoding: jschardet's guess plus windows-1252, windows-1256 and
 *      ISO-8859-6 are each decoded on a sample and scored by how plausible the words look (one
 *      script per word, no replacement or control characters). Arabic legacy encodings are often
 *      misdetected, and 1256 vs 8859-6 share the first Arabic letters, so the score decides.
 */
import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import type { Warning } from '../model/types.ts';
import { looksBinary, sniffBom, sniffUtf16NoBom, sniffMagic } from './sniff.ts';

export type DecodeResult =
  | { ok: true; text: string; encoding: string; warnings: Warning[] }
  | { ok: false; code: 'binary' | 'undecodable'; message: string };

/** The single-byte encodings always considered for non-UTF-8 input, in tie-break order. */
export const LEGACY_CANDIDATES = ['windows-1252', 'windows-1256', 'iso-8859-6'] as const;

/** Canonical (lower-case, iconv-lite) name; Latin-1 and ASCII labels map as WHATWG does. */
export function canonicalEncoding(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/_/g, '-');
  const alias: Record<string, string> = {
    'ascii': 'utf-8', // ASCII-only input is also valid UTF-8; only reached for declared labels
    'us-ascii': 'utf-8',
    'iso-8859-1': 'windows-1252',
    'iso8859-1': 'windows-1252',
    'latin1': 'windows-1252',
    'l1': 'windows-1252',
    'cp1252': 'windows-1252',
    'cp1256': 'windows-1256',
    'iso8859-6': 'iso-8859-6',
    'arabic': 'iso-8859-6',
    'asmo-708': 'iso-8859-6',
    'iso8859-15': 'iso-8859-15',
    'utf8': 'utf-8',
  };
  const name = alias[l] ?? l;
  return iconv.encodingExists(name) ? name : null;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const LOOSE_UTF8 = new TextDecoder('utf-8', { fatal: false });

/** Count well-formed multi-byte UTF-8 sequences and bytes that fit no sequence (RFC 3629). */
export function utf8Census(buf: Uint8Array, limit = buf.length): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  const n = Math.min(limit, buf.length);
  let i = 0;
  while (i < n) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let len = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      if (b === 0xe0) lo = 0xa0; // no overlongs
      if (b === 0xed) hi = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f; // ≤ U+10FFFF
    }
    let ok = len > 0 && i + len <= buf.length;
    for (let k = 1; ok && k < len; k++) {
      const c = buf[i + k];
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c < min || c > max) ok = false;
    }
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

const WORD = /[^\s\d.,;:!?()[\]{}"'«»“”‘’،؛؟\-–—/\\|<>=+*&%$#@~`^_]+/gu;
const ARABIC_WORD_CHAR = /^[\p{Script=Arabic}]$/u;
const LATIN_LETTER = /^\p{Script=Latin}$/u;

/**
 * How plausible a decoding looks: +1 per word with non-ASCII characters that stays in one script
 * (Arabic; or Latin with accented letters a minority), −2 per word mixing scripts or made mostly of
 * accented Latin letters (the signature of Arabic bytes read as Latin-1), −2 per replacement or
 * control character. ASCII-only words read the same in every candidate and are skipped.
 */
export function plausibility(text: string): { score: number; good: number; bad: number; broken: number } {
  let good = 0;
  let bad = 0;
  let broken = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd || (c >= 0x80 && c <= 0x9f) || (c < 0x20 && c !== 9 && c !== 10 && c !== 13)) broken++;
  }
  for (const w of text.match(WORD) ?? []) {
    if (/^[\x00-\x7f]*$/.test(w)) continue;
    let arabic = 0;
    let latinAscii = 0;
    let latinAccented = 0;
    let other = 0;
    for (const ch of w) {
      if (ARABIC_WORD_CHAR.test(ch)) arabic++;
      else if (LATIN_LETTER.test(ch)) {
        if (ch.charCodeAt(0) < 0x80) latinAscii++;
        else latinAccented++;
      } else if (ch !== '\uFFFD') other++;
    }
    const latin = latinAscii + latinAccented;
    if (arabic > 0 && latin === 0 && other === 0) good++;
    else if (arabic === 0 && latin > 0 && other === 0 && latinAccented <= Math.max(2, Math.ceil(latin / 2))) good++;
    else bad++;
  }
  return { score: good - 2 * bad - 2 * broken, good, bad, broken };
}

const SAMPLE = 256 * 1024;

function decodeWith(buf: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return LOOSE_UTF8.decode(buf);
  return iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), encoding);
}

function countChar(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++;
  return n;
}

/**
 * Decode bytes to a string. `declared` is a charset named by a Content-Type or an HTML <meta>;
 * it is used only when the bytes are not valid UTF-8.
 */
export function decodeBytes(buf: Uint8Array, declared: string | null = null): DecodeResult {
  const warnings: Warning[] = [];
  const magic = sniffMagic(buf);
  if (magic) return { ok: false, code: 'binary', message: `binary file: ${magic.what}` };

  const bom = sniffBom(buf);
  if (bom) {
    const body = buf.subarray(bom.length);
    const text = decodeWith(body, bom.encoding);
    const bad = countChar(text, '\uFFFD');
    if (bad) warnings.push({ code: 'invalid_utf8', message: `${bad} malformed sequence(s) after a ${bom.encoding} byte-order mark, replaced by U+FFFD` });
    return { ok: true, text, encoding: bom.encoding, warnings };
  }
  const utf16 = sniffUtf16NoBom(buf);
  if (utf16) return { ok: true, text: decodeWith(buf, utf16), encoding: utf16, warnings };

  const bin = looksBinary(buf);
  if (bin.binary) return { ok: false, code: 'binary', message: `binary file: ${bin.why}` };

  try {
    return { ok: true, text: STRICT_UTF8.decode(buf), encoding: 'utf-8', warnings };
  } catch {
    /* not valid UTF-8: look closer */
  }
  const census = utf8Census(buf);
  // Legacy 8-bit text almost never forms well-formed UTF-8 sequences (an Arabic word ending in ة
  // before a comma is one of the few: ~1 per 40 high bytes in windows-1256), so when well-formed
  // sequences are at least as many as stray bytes the text is UTF-8 with some damage.
  if (census.valid > 0 && census.valid >= census.invalid) {
    warnings.push({
      code: 'invalid_utf8',
      message: `${census.invalid} byte(s) are not valid UTF-8 (${census.valid} valid multi-byte characters): replaced by U+FFFD`,
    });
    return { ok: true, text: LOOSE_UTF8.decode(buf), encoding: 'utf-8', warnings };
  }

  const declaredName = declared ? canonicalEncoding(declared) : null;
  if (declaredName && declaredName !== 'utf-8' && !declaredName.startsWith('utf-')) {
    return { ok: true, text: decodeWith(buf, declaredName), encoding: declaredName, warnings };
  }

  const sample = buf.subarray(0, SAMPLE);
  const det = jschardet.detect(Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength));
  const detected = det?.encoding ? canonicalEncoding(det.encoding) : null;
  const candidates: string[] = [...LEGACY_CANDIDATES];
  if (detected && !candidates.includes(detected) && !detected.startsWith('utf-') && (det.confidence ?? 0) >= 0.8) candidates.push(detected);
  const scored = candidates.map((enc) => ({ enc, ...plausibility(decodeWith(sample, enc)) }));
  // Stable sort: ties keep the tie-break order above (Latin first, as lower-case French reads the
  // same in 1252 and 1256; then the Arabic code pages; the detector's other guesses last).
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0];
  const words = best.good + best.bad;
  if (words > 0 && best.bad / words > 0.2) {
    warnings.push({
      code: 'encoding_guess',
      message: `not UTF-8; ${best.enc} is a best guess (${best.bad} of ${words} non-ASCII words look garbled; detector said ${det?.encoding ?? 'nothing'})`,
    });
  } else if (detected && detected !== best.enc && (det.confidence ?? 0) >= 0.8 && !(detected === 'iso-8859-15' && best.enc === 'windows-1252')) {
    warnings.push({ code: 'encoding_guess', message: `not UTF-8; decoded as ${best.enc}, though the detector said ${det.encoding} (${det.confidence.toFixed(2)})` });
  }
  return { ok: true, text: decodeWith(buf, best.enc), encoding: best.enc, warnings };
}
