/**
 * @module knowledge/gazetteer/format
 * The compact on-disk index and the read side over it.
 *
 * A gzipped text in sections of sorted lines. Loading is a gunzip and nothing else: lookups
 * binary-search the decompressed bytes by offset, and decode a row only when it is returned
 * (computing keys for ~250k names takes ~1 s; finding a line in sorted text takes a few µs):
 *
 *   #marsad-gazetteer <KEY_VERSION>
 *   @meta  one JSON line: note, countries, admin1 and admin2 names, feature code table
 *   @rows  id \t name \t ascii(empty = name) \t alts(|) \t lat×1e4 \t lon×1e4 \t feat \t cc \t a1 \t a2 \t pop   (sorted by id)
 *   @fine  fine key \t geonameids        — translit.ts fineKey of every kept name (base-36 deltas)
 *   @skel  skeleton \t fine keys         — the bucket searched for fuzzy Arabic↔Latin matches
 * Exact (matchKey) hits are found among the fine-key hits: equal matchKeys imply equal fine keys.
 * Key sections are sorted by UTF-16 code units (JavaScript's default string order). Characters
 * above U+00FF (Arabic names, ’, ɛ) are written as \x01 + 4 hex digits so that the file is Latin-1:
 * one byte per character, so byte offsets are character offsets and no UTF-8 decoding is needed.
 * `KEY_VERSION` changes whenever a key function changes; an index of another version is refused.
 */
import { gzipSync, gunzipSync } from 'node:zlib';
import { matchKey } from '../../text/keys.ts';
import { fineKey, skeletonOfFine } from './translit.ts';
import { cleanAdminName, type GnRow } from './geonames.ts';

export const KEY_VERSION = 2;
export const MAGIC = '#marsad-gazetteer';

export interface IndexMeta {
  note: string;
  countries: string[];
  admin1: Record<string, string>;
  admin2: Record<string, string>;
  feats: string[];
}

/** Every name a row is found by: name, ascii name, alternates, and for admin units the short form. */
export function rowNames(r: Pick<GnRow, 'name' | 'ascii' | 'alts' | 'fclass'>): string[] {
  const names = [r.name, r.ascii, ...r.alts];
  if (r.fclass === 'A') for (const n of [r.name, ...r.alts]) names.push(cleanAdminName(n));
  return [...new Set(names.filter(Boolean))];
}

function encodePost(v: number[]): string {
  let prev = 0;
  const out: string[] = [];
  for (const x of v) { out.push((x - prev).toString(36)); prev = x; }
  return out.join(',');
}

export function decodePost(s: string): number[] {
  const out: number[] = [];
  let prev = 0;
  for (const p of s.split(',')) { prev += parseInt(p, 36); out.push(prev); }
  return out;
}

function add<T>(map: Map<string, Set<T>>, k: string, v: T) {
  if (!k || k.includes('\t') || k.includes('\n')) return;
  let s = map.get(k);
  if (!s) map.set(k, (s = new Set()));
  s.add(v);
}

const clean = (s: string) => s.replace(/[\t\n\r|\x01]/g, ' ');

/** Characters above U+00FF → \x01XXXX, so that the text is Latin-1. */
export function escapeWide(s: string): string {
  return s.replace(/[\u0100-\uffff]/g, (c) => '\x01' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

export function unescapeWide(s: string): string {
  return s.includes('\x01') ? s.replace(/\x01([0-9a-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

/** Alternates worth storing: one per matchKey, none equal to the name (the rest add nothing). */
export function distinctAlternates(name: string, ascii: string, alts: string[]): string[] {
  const seen = new Set([matchKey(name), matchKey(ascii)]);
  const out: string[] = [];
  for (const a of alts) {
    const k = matchKey(a);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(a);
  }
  return out;
}

/** Build the index text from parsed rows and admin tables; returns gzipped bytes and counts. */
export function buildIndex(
  rowsIn: GnRow[],
  admin1: Map<string, { name: string }>,
  admin2: Map<string, { name: string }>,
  note: string,
): { bytes: Buffer; rows: number; fineKeys: number; skeletons: number; rawBytes: number } {
  const byId = new Map<number, GnRow>();
  for (const r of rowsIn) byId.set(r.id, r);
  const rows = [...byId.values()].sort((a, b) => a.id - b.id);
  const feats: string[] = [];
  const featIdx = new Map<string, number>();
  const fine = new Map<string, Set<number>>();
  const a1Used: Record<string, string> = {};
  const a2Used: Record<string, string> = {};
  const rowLines: string[] = [];
  for (const r0 of rows) {
    const r = { ...r0, alts: distinctAlternates(r0.name, r0.ascii, r0.alts) };
    const fc = `${r.fclass}.${r.fcode}`;
    if (!featIdx.has(fc)) { featIdx.set(fc, feats.length); feats.push(fc); }
    const k1 = `${r.cc}.${r.a1}`;
    const a1 = admin1.get(k1);
    if (a1) a1Used[k1] = a1.name;
    const k2 = `${r.cc}.${r.a1}.${r.a2}`;
    const a2 = r.a2 ? admin2.get(k2) : undefined;
    if (a2) a2Used[k2] = a2.name;
    rowLines.push([
      r.id, clean(r.name), r.ascii === r.name ? '' : clean(r.ascii), r.alts.map(clean).join('|'),
      Math.round(r.lat * 1e4), Math.round(r.lon * 1e4), featIdx.get(fc), r.cc, clean(r.a1), clean(r.a2), r.pop || '',
    ].join('\t'));
    for (const n of rowNames(r)) add(fine, fineKey(n), r.id);
  }
  const fineKeys = [...fine.keys()].sort();
  const skel = new Map<string, Set<string>>();
  for (const fk of fineKeys) add(skel, skeletonOfFine(fk), fk);
  const skelKeys = [...skel.keys()].sort();
  const meta: IndexMeta = { note, countries: [...new Set(rows.map((r) => r.cc))].sort(), admin1: a1Used, admin2: a2Used, feats };
  const text = [
    `${MAGIC} ${KEY_VERSION}`,
    `@meta 1`,
    JSON.stringify(meta),
    `@rows ${rowLines.length}`,
    ...rowLines,
    `@fine ${fineKeys.length}`,
    ...fineKeys.map((k) => `${k}\t${encodePost([...fine.get(k)!].sort((a, b) => a - b))}`),
    `@skel ${skelKeys.length}`,
    ...skelKeys.map((k) => `${k}\t${[...skel.get(k)!].join(',')}`),
    '',
  ].join('\n');
  const raw = Buffer.from(escapeWide(text), 'latin1');
  return { bytes: gzipSync(raw, { level: 9 }), rows: rows.length, fineKeys: fine.size, skeletons: skel.size, rawBytes: raw.length };
}

export interface RowRecord {
  id: number;
  name: string;
  ascii: string;
  alts: string[];
  lat: number;
  lon: number;
  fclass: string;
  fcode: string;
  cc: string;
  a1: string;
  a2: string;
  pop: number;
}

interface Span {
  start: number;
  end: number;
}

const NL = 10;
const TAB = 9;

/**
 * Binary search for `key` in the sorted lines buf[start, end) (each `key\tvalue\n`, Latin-1);
 * returns the value or null. A numeric key compares numerically (the rows section, sorted by id);
 * string keys are ASCII and compare bytewise, which is JavaScript's string order for ASCII.
 * Key lines are short: line bounds and keys are read byte by byte here, which costs less than
 * calling into Buffer's native search for each probe; long lines fall back to it.
 */
function searchLines(buf: Buffer, sp: Span, key: string | number): string | null {
  const str = typeof key === 'string';
  const steps = str ? 64 : 0; // rows (numeric keys) are long lines: native search from the start
  let lo = sp.start;
  let hi = sp.end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // Short steps in JavaScript; a long line (a row with many alternate names) goes to the native search.
    let ls = mid;
    for (let k = 0; k < steps && ls > lo && buf[ls - 1] !== NL; k++) ls--;
    if (ls > lo && buf[ls - 1] !== NL) ls = Math.max(lo, buf.lastIndexOf(NL, ls - 1) + 1);
    let le = ls;
    for (let k = 0; k < steps && le < hi && buf[le] !== NL; k++) le++;
    if (le < hi && buf[le] !== NL) {
      le = buf.indexOf(NL, le);
      if (le < 0 || le > hi) le = hi;
    }
    let tab = ls;
    while (tab < le && buf[tab] !== TAB) tab++;
    if (tab === le) tab = buf.indexOf(TAB, ls); // a line without a tab: as the format never writes
    const cmp = str ? compareKey(buf, ls, tab, key) : lineNumber(buf, ls, tab) - key;
    if (cmp === 0) return buf.toString('latin1', tab + 1, le);
    if (cmp < 0) lo = le + 1;
    else hi = ls;
  }
  return null;
}

/** Sign of buf[from, to) compared with the Latin-1 string `key`, bytewise. */
function compareKey(buf: Buffer, from: number, to: number, key: string): number {
  if (to < from) return Buffer.from(key, 'latin1').compare(buf, from, to) * -1;
  const n = to - from;
  const m = key.length;
  for (let i = 0; i < n && i < m; i++) {
    const d = buf[from + i] - (key.charCodeAt(i) & 0xff);
    if (d !== 0) return d;
  }
  return n - m;
}

/** The decimal number buf[from, to) as Number() reads it. */
function lineNumber(buf: Buffer, from: number, to: number): number {
  let v = 0;
  if (to <= from || to - from > 15) return Number(buf.toString('latin1', from, to));
  for (let i = from; i < to; i++) {
    const c = buf[i] - 48;
    if (c < 0 || c > 9) return Number(buf.toString('latin1', from, to));
    v = v * 10 + c;
  }
  return v;
}

/** Read side of one index: lookups straight on the decompressed bytes (no whole-text string). */
export class IndexPart {
  readonly meta: IndexMeta;
  readonly rowCount: number;
  private readonly buf: Buffer;
  private readonly rows: Span;
  private readonly fineSp: Span;
  private readonly skelSp: Span;

  constructor(meta: IndexMeta, buf: Buffer, rows: Span & { n: number }, fine: Span, skel: Span) {
    this.meta = meta;
    this.buf = buf;
    this.rows = rows;
    this.rowCount = rows.n;
    this.fineSp = fine;
    this.skelSp = skel;
  }

  /** The row of a geonameid, or null. */
  byId(id: number): RowRecord | null {
    const v = searchLines(this.buf, this.rows, id);
    if (v === null) return null;
    const f = unescapeWide(v).split('\t');
    const [fclass, fcode] = (this.meta.feats[Number(f[5])] ?? '.').split('.');
    return {
      id, name: f[0], ascii: f[1] || f[0], alts: f[2] ? f[2].split('|') : [],
      lat: Number(f[3]) / 1e4, lon: Number(f[4]) / 1e4, fclass, fcode, cc: f[6], a1: f[7], a2: f[8], pop: Number(f[9]) || 0,
    };
  }

  /** Geonameids whose names have this fine key. */
  fine(key: string): number[] {
    if (!/^[a-z0-9]+$/.test(key)) return [];
    const v = searchLines(this.buf, this.fineSp, key);
    return v === null ? [] : decodePost(v);
  }

  /** Fine keys sharing a skeleton. */
  skeletonFines(skel: string): string[] {
    if (!/^[a-z0-9]+$/.test(skel)) return [];
    const v = searchLines(this.buf, this.skelSp, skel);
    return v === null ? [] : v.split(',');
  }

  /** Every row id, in order (for tools and validators; not for lookups). */
  *allIds(): Generator<number> {
    let p = this.rows.start;
    while (p < this.rows.end) {
      const tab = this.buf.indexOf(TAB, p);
      yield Number(this.buf.toString('latin1', p, tab));
      const nl = this.buf.indexOf(NL, p);
      p = nl < 0 ? this.rows.end : nl + 1;
    }
  }
}

export type DecodeResult =
  | { ok: true; part: IndexPart }
  | { ok: false; code: 'bad_format' | 'key_version'; message: string };

export function decodeIndex(gz: Buffer): DecodeResult {
  let buf: Buffer;
  try {
    buf = gunzipSync(gz, { chunkSize: 1 << 22 });
  } catch (e) {
    return { ok: false, code: 'bad_format', message: `not a gzipped gazetteer index: ${(e as Error).message}` };
  }
  const firstNl = buf.indexOf(NL);
  const head = buf.toString('latin1', 0, firstNl < 0 ? Math.min(buf.length, 64) : firstNl);
  if (!head.startsWith(MAGIC)) return { ok: false, code: 'bad_format', message: 'not a marsad gazetteer index' };
  const version = Number(head.slice(MAGIC.length + 1));
  if (version !== KEY_VERSION) {
    return { ok: false, code: 'key_version', message: `index built with key version ${version}, this code uses ${KEY_VERSION}: rebuild or re-import it` };
  }
  // Section heads are the only lines starting with '@'.
  const heads: Array<{ name: string; n: number; at: number; headStart: number }> = [];
  let p = buf.indexOf('\n@');
  while (p >= 0) {
    const eol = buf.indexOf(NL, p + 1);
    const m = /^@(\w+) (\d+)$/.exec(buf.toString('latin1', p + 1, eol < 0 ? buf.length : eol));
    if (m) heads.push({ name: m[1], n: Number(m[2]), at: (eol < 0 ? buf.length : eol) + 1, headStart: p + 1 });
    p = buf.indexOf('\n@', p + 1);
  }
  let total = buf.length;
  while (total > 0 && buf[total - 1] === NL) total--;
  const sp: Record<string, Span & { n: number }> = {};
  heads.forEach((h, i) => {
    const end = i + 1 < heads.length ? heads[i + 1].headStart - 1 : total;
    sp[h.name] = { start: h.at, end: Math.max(h.at, end), n: h.n };
  });
  for (const s of ['meta', 'rows', 'fine', 'skel']) {
    if (!sp[s]) return { ok: false, code: 'bad_format', message: `section ${s} missing` };
  }
  let meta: IndexMeta;
  try {
    meta = JSON.parse(unescapeWide(buf.toString('latin1', sp.meta.start, sp.meta.end))) as IndexMeta;
  } catch {
    return { ok: false, code: 'bad_format', message: 'bad meta line' };
  }
  return { ok: true, part: new IndexPart(meta, buf, sp.rows, sp.fine, sp.skel) };
}
