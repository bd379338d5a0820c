/**
 * @module text/02-normalise
 * Offset-preserving normalisation: clean text → matching text (folded letters, ASCII digits and
 * punctuation, lower case) plus, for every normalised code unit, the clean offset it came from.
 *
 * One table per language maps each UTF-16 code unit to itself, to one unit, to nothing (deleted)
 * or to several units (expanded), built once from the character rules of every language profile
 * (they apply everywhere: a French report quotes Arabic names) and the language-independent rules
 * below. Apostrophes are decided in context where the language has elisions (French).
 */
import type { CharRule, LangOrUnd, Normalised } from './types.ts';
import * as chars from './chars.ts';
import { PROFILES, LANGS } from './profiles.ts';

// Local copies: module-level consts read faster in hot loops than imported bindings.
const { CLASS, LETTER } = chars;

/** Language-independent rules; language rules may override them. */
export const BASE_RULES: readonly CharRule[] = [
  { id: 'base-spaces', from: '\t\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\u0085', to: ' ' },
  { id: 'base-line-separators', from: '\u2028\u2029', to: '\n' },
  {
    id: 'base-invisible',
    from: '\u00ad\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\u180e\ufffe\uffff',
    to: '',
  },
];

const DEL = -1;
const MULTI = -2;
const CONTEXT = -3;

interface Table {
  lang: LangOrUnd;
  /** code unit → code unit, DEL, MULTI or CONTEXT. */
  map: Int32Array;
  multi: Map<number, string>;
  elisions: Set<string>;
  maxElision: number;
}

function ruleCodes(r: CharRule): number[] {
  if (typeof r.from === 'string') return [...r.from].map((c) => c.charCodeAt(0));
  const out: number[] = [];
  for (let c = r.from[0]; c <= r.from[1]; c++) out.push(c);
  return out;
}

/** Raw outputs of all rules; throws (a configuration bug) when two language rules claim a unit differently. */
function rawOutputs(): Map<number, string> {
  const raw = new Map<number, string>();
  // Lower case for every letter whose lower case is one unit (other scripts, Greek, Cyrillic …).
  for (let c = 0; c < 65536; c++) {
    if ((CLASS[c] & LETTER) === 0) continue;
    const ch = String.fromCharCode(c);
    const lo = ch.toLowerCase();
    if (lo !== ch && lo.length === 1) raw.set(c, lo);
  }
  for (const r of BASE_RULES) for (const c of ruleCodes(r)) raw.set(c, apply(r, c));
  const owner = new Map<number, string>();
  for (const lang of LANGS) {
    for (const r of PROFILES[lang].normalise.chars) {
      for (const c of ruleCodes(r)) {
        const out = apply(r, c);
        if (out === String.fromCharCode(c)) continue;
        const prev = owner.get(c);
        if (prev !== undefined && raw.get(c) !== out) {
          throw new Error(`marsad text: normalise rules ${prev} and ${r.id} fold U+${c.toString(16)} differently`);
        }
        owner.set(c, r.id);
        raw.set(c, out);
      }
    }
  }
  return raw;
}

function apply(r: CharRule, c: number): string {
  const ch = String.fromCharCode(c);
  return typeof r.to === 'string' ? r.to : r.to(ch);
}

let shared: { map: Int32Array; multi: Map<number, string> } | null = null;

/** The language-independent part of every table: outputs folded once more (ﻷ → لأ → لا). */
function sharedTable() {
  if (shared) return shared;
  const raw = rawOutputs();
  const map = new Int32Array(65536);
  for (let c = 0; c < 65536; c++) map[c] = c;
  const multi = new Map<number, string>();
  for (const [c, out] of raw) {
    let folded = '';
    for (let i = 0; i < out.length; i++) {
      const u = out.charCodeAt(i);
      const again = u !== c ? raw.get(u) : undefined;
      folded += again ?? out[i];
    }
    if (folded.length === 0) map[c] = DEL;
    else if (folded.length === 1) map[c] = folded.charCodeAt(0);
    else {
      map[c] = MULTI;
      multi.set(c, folded);
    }
  }
  shared = { map, multi };
  return shared;
}

const APOSTROPHES = "'\u2019\u2018\u02bc\u2032`\u00b4";
const tables = new Map<LangOrUnd, Table>();

function table(lang: LangOrUnd): Table {
  let t = tables.get(lang);
  if (t) return t;
  const base = sharedTable();
  const elisions = lang === 'und' ? [] : PROFILES[lang].normalise.elisions;
  let map = base.map;
  if (elisions.length) {
    map = base.map.slice();
    for (const a of APOSTROPHES) map[a.charCodeAt(0)] = CONTEXT;
  }
  t = { lang, map, multi: base.multi, elisions: new Set(elisions), maxElision: Math.max(0, ...elisions.map((e) => e.length)) };
  tables.set(lang, t);
  return t;
}

/** Apostrophe at i: a space when it ends an elided word ("l'", "qu'") before a letter, else "'". */
function elisionAt(t: Table, s: string, i: number): boolean {
  if (i + 1 >= s.length || (CLASS[s.charCodeAt(i + 1)] & LETTER) === 0) return false;
  let k = i;
  while (k > 0 && i - k <= t.maxElision && (CLASS[s.charCodeAt(k - 1)] & LETTER) !== 0) k--;
  if (k === i || i - k > t.maxElision) return false;
  let w = '';
  for (let j = k; j < i; j++) {
    const m = t.map[s.charCodeAt(j)];
    w += m >= 0 ? String.fromCharCode(m) : m === MULTI ? t.multi.get(s.charCodeAt(j))! : '';
  }
  return t.elisions.has(w);
}

class NormalisedText implements Normalised {
  constructor(
    readonly text: string,
    readonly map: Int32Array,
  ) {}
  toClean(i: number): number {
    const n = this.text.length;
    return this.map[i < 0 ? 0 : i > n ? n : i];
  }
  toCleanSpan(start: number, end: number): [number, number] {
    const n = this.text.length;
    const a = start < 0 ? 0 : start > n ? n : start;
    const b = end > n ? n : end;
    if (b <= a) return [this.map[a], this.map[a]];
    // Extend to the end of the clean unit that produced the last normalised unit (an expansion
    // like œ → oe yields several units from one clean unit).
    const last = this.map[b - 1];
    let k = b;
    while (this.map[k] === last) k++;
    return [this.map[a], this.map[k]];
  }
}

function decode(buf: Uint16Array, n: number): string {
  let s = '';
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return s;
}

/**
 * Normalises clean text for matching, keeping the map back to it.
 * @example normalise('أعلنت الجماعة', 'ar').text // 'اعلنت الجماعه'
 * @example normalise("L'armée", 'fr').text       // 'l armee'
 */
export function normalise(text: string, lang: LangOrUnd): Normalised {
  const t = table(lang);
  const tm = t.map;
  const n = text.length;
  let cap = n + 16;
  let out = new Uint16Array(cap);
  let map = new Int32Array(cap + 1);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let m = tm[c];
    if (m >= 0) {
      out[j] = m;
      map[j++] = i;
      continue;
    }
    if (m === DEL) continue;
    if (m === CONTEXT) {
      out[j] = elisionAt(t, text, i) ? 0x20 : 0x27;
      map[j++] = i;
      continue;
    }
    const e = t.multi.get(c)!;
    if (j + e.length + (n - i) > cap) {
      cap = Math.ceil(cap * 1.5) + e.length;
      const o2 = new Uint16Array(cap);
      o2.set(out.subarray(0, j));
      out = o2;
      const m2 = new Int32Array(cap + 1);
      m2.set(map.subarray(0, j));
      map = m2;
    }
    for (let k = 0; k < e.length; k++) {
      out[j] = e.charCodeAt(k);
      map[j++] = i;
    }
  }
  map[j] = n;
  return new NormalisedText(decode(out, j), map.slice(0, j + 1));
}

/** The normalised form of a short string (a word, a list entry). */
export function fold(s: string, lang: LangOrUnd = 'und'): string {
  return normalise(s, lang).text;
}
