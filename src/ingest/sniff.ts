/**
 * @module ingest/sniff
 * Looking at bytes before decoding them: is this a binary file (by magic number or by the share of
 * NUL and control bytes), and is this HTML. Magic numbers are data records with unique ids.
 */

export interface Magic {
  id: string;
  /** Bytes at offset 0 (null = any byte). */
  bytes: (number | null)[];
  what: string;
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Formats refused as binary. Text-like formats that happen to be binary containers are listed too. */
export const MAGICS: Magic[] = [
  { id: 'png', bytes: [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a], what: 'PNG image' },
  { id: 'jpeg', bytes: [0xff, 0xd8, 0xff], what: 'JPEG image' },
  { id: 'gif', bytes: [...ascii('GIF8'), null, ...ascii('a')], what: 'GIF image' },
  { id: 'webp', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')], what: 'WebP image' },
  { id: 'elf', bytes: [0x7f, ...ascii('ELF')], what: 'ELF executable' },
  { id: 'zip', bytes: [...ascii('PK'), 0x03, 0x04], what: 'ZIP archive (or DOCX/XLSX/EPUB)' },
  { id: 'zip-empty', bytes: [...ascii('PK'), 0x05, 0x06], what: 'empty ZIP archive' },
  { id: 'gzip', bytes: [0x1f, 0x8b], what: 'gzip data' },
  { id: 'bzip2', bytes: [...ascii('BZh'), null, ...ascii('1AY&SY')], what: 'bzip2 data' },
  { id: 'xz', bytes: [0xfd, ...ascii('7zXZ'), 0x00], what: 'xz data' },
  { id: '7z', bytes: [...ascii('7z'), 0xbc, 0xaf, 0x27, 0x1c], what: '7-Zip archive' },
  { id: 'pdf', bytes: ascii('%PDF-'), what: 'PDF document (not supported yet)' },
  { id: 'ole', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'MS Office (OLE) document' },
  { id: 'wasm', bytes: [0x00, ...ascii('asm')], what: 'WebAssembly module' },
  { id: 'macho', bytes: [0xcf, 0xfa, 0xed, 0xfe], what: 'Mach-O executable' },
  { id: 'sqlite', bytes: ascii('SQLite format 3'), what: 'SQLite database' },
  { id: 'mp4', bytes: [null, null, null, null, ...ascii('ftyp')], what: 'MP4/MOV video' },
  { id: 'ogg', bytes: ascii('OggS'), what: 'Ogg media' },
];

export function sniffMagic(buf: Uint8Array): Magic | null {
  for (const m of MAGICS) {
    if (buf.length < m.bytes.length) continue;
    if (m.bytes.every((b, i) => b === null || buf[i] === b)) return m;
  }
  return null;
}

/** Byte-order marks, longest first (UTF-32 LE starts like UTF-16 LE). */
export const BOMS: { encoding: string; bytes: number[] }[] = [
  { encoding: 'utf-32le', bytes: [0xff, 0xfe, 0x00, 0x00] },
  { encoding: 'utf-32be', bytes: [0x00, 0x00, 0xfe, 0xff] },
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

export function sniffBom(buf: Uint8Array): { encoding: string; length: number } | null {
  for (const b of BOMS) if (buf.length >= b.bytes.length && b.bytes.every((x, i) => buf[i] === x)) return { encoding: b.encoding, length: b.bytes.length };
  return null;
}

/**
 * UTF-16 without a BOM: text in Latin, Arabic and neighbouring scripts has code points below
 * U+0700 (or general punctuation, U+20xx), so the high byte of every unit is 0x00–0x06 or 0x20.
 * Returns the byte order when at least 90% of the sampled units look like that and a third have a
 * high byte 0x00–0x06 (8-bit text never has those bytes; its spaces alone would give 0x20).
 */
export function sniffUtf16NoBom(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 8) return null;
  const score = (hiOffset: 0 | 1) => {
    let fit = 0;
    let low = 0;
    for (let i = 0; i < n; i += 2) {
      const hi = buf[i + hiOffset];
      const lo = buf[i + 1 - hiOffset];
      if (hi <= 0x06 && !(hi === 0 && lo === 0)) {
        fit++;
        low++;
      } else if (hi === 0x20) fit++;
    }
    const units = n / 2;
    return fit / units >= 0.9 && low / units >= 0.33;
  };
  if (score(1)) return 'utf-16le';
  if (score(0)) return 'utf-16be';
  return null;
}

/**
 * Share of bytes in the first 64 KB that no text file holds: NUL, and C0 controls other than tab,
 * newline, carriage return, form feed and escape. Text decoders never need them.
 */
export function binaryByteShare(buf: Uint8Array): number {
  const n = Math.min(buf.length, 65536);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) bad++;
  }
  return bad / n;
}

/** Magic numbers; more than 0.1% NUL bytes (at least three); or more than 10% control bytes. */
export function looksBinary(buf: Uint8Array): { binary: boolean; why: string } {
  const m = sniffMagic(buf);
  if (m) return { binary: true, why: m.what };
  const n = Math.min(buf.length, 65536);
  let nul = 0;
  for (let i = 0; i < n; i++) if (buf[i] === 0) nul++;
  const share = binaryByteShare(buf);
  // One or two stray NULs in a text are a glitch (removed later), not a sign of binary data.
  if ((nul >= 3 && nul / n > 0.001) || share > 0.1) {
    return { binary: true, why: `${((share * 100) | 0) || '<1'}% control bytes${nul ? `, ${nul} NUL bytes` : ''} in the first ${n} bytes` };
  }
  return { binary: false, why: '' };
}

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta[\s>]|title[\s>])/i;
const HTML_TAGS = /<(?:p|div|article|br|h[1-6]|span|a|section|script|style)(?:\s[^<>]*)?>/gi;

/**
 * Is this text HTML? A Content-Type or a .html name says so; so does a document start (doctype,
 * <html>, <head>…) even in a .txt file (a saved page is a page); otherwise, unless the name or type
 * says plain text, a density of common tags in the first 4 KB (pasted fragments).
 */
export function sniffHtml(text: string, hints: { filename?: string; contentType?: string } = {}): boolean {
  const ct = hints.contentType?.toLowerCase() ?? '';
  const name = hints.filename ?? '';
  if (/\b(?:text\/html|application\/xhtml\+xml)\b/.test(ct)) return true;
  if (/\.(?:x?html?|xht)$/i.test(name)) return true;
  const head = text.slice(0, 4096);
  if (HTML_START.test(head)) return true;
  if (/\btext\/plain\b/.test(ct) || /\.(?:txt|text|md)$/i.test(name)) return false;
  const tags = head.match(HTML_TAGS)?.length ?? 0;
  const closes = head.match(/<\/(?:p|div|article|h[1-6]|span|a|section)>/gi)?.length ?? 0;
  return tags >= 3 && closes >= 2;
}

/** The charset an HTML document declares in its first 4 KB (`<meta charset>` or http-equiv), if any. */
export function declaredHtmlCharset(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.subarray(0, 4096)).toString('latin1');
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i);
  return m ? m[1].toLowerCase() : null;
}

/** The charset parameter of a Content-Type header, if any. */
export function contentTypeCharset(contentType: string | undefined): string | null {
  const m = contentType?.match(/charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i);
  return m ? m[1].toLowerCase() : null;
}
