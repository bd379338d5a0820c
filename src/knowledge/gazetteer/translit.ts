/**
 * @module knowledge/gazetteer/translit
 * Cross-script phonetic keys so that an Arabic spelling of a West African name (باماكو) meets the
 * Latin spelling GeoNames has (Bamako). Both scripts are mapped to one small phoneme alphabet:
 *
 *   fine key  — consonants b t d k g j s z x(sh) f l r m n h, vowels a i u (e/é → i, o/ou/w → u,
 *               y → i), repeats collapsed, article al-/el-/ال dropped. تيلابيري and Tillabéri both
 *               give "tilabiri"; واغادوغو and Ouagadougou both give "uagadugu".
 *   skeleton  — the fine key without vowels and h, with t/d, k/g/j and s/z merged: the bucket in
 *               which fuzzy candidates are looked for ("bmk" for Bamako).
 *
 * `fineDistance` ranks candidates inside a bucket: a weighted edit distance where vowels and h are
 * cheap (Arabic often omits short vowels: تمبكتو for Tombouctou) and related consonants are close.
 */

import { arabicKey, latinKey } from '../../text/keys.ts';

/** Standalone articles dropped from Latin names (Arabic al- and its assimilated forms). */
const LATIN_ARTICLES = new Set(['el', 'al', 'ech', 'ed', 'es', 'er', 'ez', 'ej', 'ad', 'ar', 'as', 'at']);

export function isArabicScript(s: string): boolean {
  return /[\u0600-\u06FF]/.test(s);
}

function collapse(s: string): string {
  let out = '';
  for (const c of s) if (c !== out[out.length - 1]) out += c;
  return out;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/**
 * Latin name → fine key. A function of `latinKey(name)` (accents folded: é = e), so two names with
 * the same matchKey always share a fine key.
 */
export function latinFine(name: string): string {
  const s = latinKey(name).replace(/ɛ/g, 'e').replace(/ɔ/g, 'o').replace(/ŋ/g, 'ng');
  const words = s.split(/[^a-z0-9]+/).filter((w) => w && !LATIN_ARTICLES.has(w));
  let out = '';
  for (const w0 of words) {
    const w = w0;
    let i = 0;
    const at = (k: number) => w[i + k] ?? '';
    while (i < w.length) {
      const c = w[i];
      const rest3 = w.slice(i, i + 4);
      if (rest3.startsWith('tsch')) { out += 'tx'; i += 4; continue; }
      if (rest3.startsWith('tch')) { out += 'tx'; i += 3; continue; }
      if (rest3.startsWith('sch')) { out += 'x'; i += 3; continue; }
      if (rest3.startsWith('eau')) { out += 'u'; i += 3; continue; }
      const two = c + at(1);
      switch (two) {
        case 'sh': case 'ch': out += 'x'; i += 2; continue;
        case 'kh': out += 'k'; i += 2; continue;
        case 'gh': out += 'g'; i += 2; continue;
        case 'ph': out += 'f'; i += 2; continue;
        case 'th': out += 't'; i += 2; continue;
        case 'dh': out += 'd'; i += 2; continue;
        case 'dj': out += 'j'; i += 2; continue;
        case 'qu': out += 'k'; i += 2; continue;
        case 'ck': out += 'k'; i += 2; continue;
        case 'ou': out += 'u'; i += 2; continue;
        case 'au': out += 'u'; i += 2; continue;
        case 'oi': out += 'ua'; i += 2; continue;
      }
      if (two === 'gu' && /[eiy]/.test(at(2))) { out += 'g'; i += 2; continue; }
      if (two === 'gn' && VOWELS.has(at(2))) { out += 'ni'; i += 2; continue; }
      switch (c) {
        case 'a': out += 'a'; break;
        case 'e': case 'i': case 'y': out += 'i'; break;
        case 'o': case 'u': case 'w': out += 'u'; break;
        case 'c': out += /[eiy]/.test(at(1)) ? 's' : 'k'; break;
        case 'g': out += /[eiy]/.test(at(1)) ? 'j' : 'g'; break;
        case 'x': out += 'ks'; break;
        case 'q': out += 'k'; break;
        case 'p': out += 'b'; break;
        case 'v': out += 'f'; break;
        case 'b': case 'd': case 'f': case 'h': case 'j': case 'k': case 'l': case 'm':
        case 'n': case 'r': case 's': case 't': case 'z':
          out += c;
          break;
        default:
          if (c >= '0' && c <= '9') out += c;
          break;
      }
      i++;
    }
  }
  return collapse(out);
}

const AR_MAP: Record<string, string> = {
  'ا': 'a', 'أ': 'a', 'إ': 'a', 'آ': 'a', 'ٱ': 'a', 'ى': 'i', 'ي': 'i', 'ئ': 'i', 'و': 'u', 'ؤ': 'u',
  'ع': 'a', 'ء': '', 'ب': 'b', 'پ': 'b', 'ت': 't', 'ط': 't', 'ث': 's', 'ج': 'j', 'چ': 'tx', 'ح': 'h',
  'خ': 'k', 'د': 'd', 'ض': 'd', 'ذ': 'z', 'ظ': 'z', 'ر': 'r', 'ز': 'z', 'س': 's', 'ص': 's',
  'ش': 'x', 'غ': 'g', 'ف': 'f', 'ڤ': 'f', 'ق': 'k', 'ك': 'k', 'ک': 'k', 'گ': 'g', 'ل': 'l',
  'م': 'm', 'ن': 'n', 'ه': 'h', 'ة': 'a', 'ی': 'i',
};

/** AR_MAP by code unit ('' for letters with no sound of their own); ASCII digits keep themselves. */
const AR_FINE = new Array<string>(0x700).fill('');
for (const [c, v] of Object.entries(AR_MAP)) AR_FINE[c.charCodeAt(0)] = v;
for (let d = 0; d <= 9; d++) AR_FINE[48 + d] = String(d);

/** A character of an Arabic word for fine keys: Arabic letters (basic and extended) and ASCII digits. */
function arWordChar(u: number): boolean {
  return (u >= 0x0621 && u <= 0x064a) || (u >= 0x0671 && u <= 0x06d3) || (u >= 48 && u <= 57);
}

/** Arabic-script name → fine key (one pass; repeats collapse as they are written). */
export function arabicFine(name: string): string {
  const k = arabicKey(name);
  const n = k.length;
  let out = '';
  let last = '';
  let i = 0;
  while (i < n) {
    while (i < n && !arWordChar(k.charCodeAt(i))) i++;
    if (i >= n) break;
    let j = i;
    while (j < n && arWordChar(k.charCodeAt(j))) j++;
    let w = k.slice(i, j);
    i = j;
    if (w.length > 3 && w.startsWith('ال')) w = w.slice(2);
    if (w.includes('دج')) w = w.replace(/دج/g, 'ج');
    const len = w.length;
    for (let p = 0; p < len; p++) {
      const u = w.charCodeAt(p);
      let m: string;
      // A final ه is almost always a folded ة (a vowel), not h.
      if (u === 0x0647 && p === len - 1 && p > 0) m = 'a';
      else if (u === 0x062a && w.charCodeAt(p + 1) === 0x0634) { m = 'tx'; p++; }
      else m = u < 0x700 ? AR_FINE[u] : '';
      for (let q = 0; q < m.length; q++) {
        const ch = m[q];
        if (ch !== last) { out += ch; last = ch; }
      }
    }
  }
  return out;
}

/** Fine key for a name in either script. */
export function fineKey(name: string): string {
  return isArabicScript(name) ? arabicFine(name) : latinFine(name);
}

const COARSE: Record<string, string> = {
  0: '0', 1: '1', 2: '2', 3: '3', 4: '4', 5: '5', 6: '6', 7: '7', 8: '8', 9: '9',
  b: 'b', t: 't', d: 't', k: 'k', g: 'k', j: 'k', s: 's', z: 's', x: 'x', f: 'f', l: 'l', r: 'r', m: 'm', n: 'n',
};

/** Consonant skeleton of a fine key (vowels and h dropped, related consonants merged). */
export function skeletonOfFine(fine: string): string {
  let out = '';
  for (const c of fine) {
    const m = COARSE[c];
    if (m && m !== out[out.length - 1]) out += m;
  }
  return out;
}

export function skeletonKey(name: string): string {
  return skeletonOfFine(fineKey(name));
}

const IS_VOWEL = (c: string) => c === 'a' || c === 'i' || c === 'u';
const GROUP: Record<string, number> = { t: 1, d: 1, k: 2, g: 2, j: 2, s: 3, z: 3, x: 3 };

function subCost(a: string, b: string): number {
  if (a === b) return 0;
  const va = IS_VOWEL(a);
  const vb = IS_VOWEL(b);
  if (va && vb) return a === 'a' || b === 'a' ? 0.6 : 0.4;
  if (va !== vb) return 1.2;
  const ga = GROUP[a];
  if (ga && ga === GROUP[b]) return a === 'x' || b === 'x' ? 0.6 : 0.35;
  return 1.2;
}

function indelCost(c: string): number {
  if (c === 'h') return 0.3;
  if (IS_VOWEL(c)) return 0.45;
  return 1;
}

// Cost tables over ASCII code units for fineDistance (fine keys are [a-z0-9]).
const INDEL = new Float64Array(128);
const SUB = new Float64Array(128 * 128);
for (let a = 0; a < 128; a++) {
  INDEL[a] = indelCost(String.fromCharCode(a));
  for (let b = 0; b < 128; b++) SUB[a * 128 + b] = subCost(String.fromCharCode(a), String.fromCharCode(b));
}
let rowA = new Float64Array(64);
let rowB = new Float64Array(64);

/**
 * Weighted edit distance between two fine keys. Vowels and h cost less than consonants; related
 * consonants (t/d, k/g/j, s/z/sh) substitute cheaply. Stops early above `limit`.
 */
export function fineDistance(a: string, b: string, limit = Infinity): number {
  const n = a.length;
  const m = b.length;
  if (m + 1 > rowA.length) { rowA = new Float64Array(2 * (m + 1)); rowB = new Float64Array(2 * (m + 1)); }
  let prev = rowA;
  let cur = rowB;
  prev[0] = 0;
  for (let j = 1; j <= m; j++) {
    const cb = b.charCodeAt(j - 1);
    if (cb > 127) return slowFineDistance(a, b, limit);
    prev[j] = prev[j - 1] + INDEL[cb];
  }
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(i - 1);
    if (ca > 127) return slowFineDistance(a, b, limit);
    const del = INDEL[ca];
    const subRow = ca * 128;
    cur[0] = prev[0] + del;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      const v = Math.min(prev[j] + del, cur[j - 1] + INDEL[cb], prev[j - 1] + SUB[subRow + cb]);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return rowMin;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}

/** The same distance over arbitrary characters (keys outside ASCII: user data). */
function slowFineDistance(a: string, b: string, limit: number): number {
  const n = a.length;
  const m = b.length;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + indelCost(b[j - 1]);
  for (let i = 1; i <= n; i++) {
    const ca = a[i - 1];
    cur[0] = prev[0] + indelCost(ca);
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cb = b[j - 1];
      const v = Math.min(prev[j] + indelCost(ca), cur[j - 1] + indelCost(cb), prev[j - 1] + subCost(ca, cb));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return rowMin;
    [prev, cur] = [cur, prev];
  }
  return prev[m];
}

/** Distance allowed between two fine keys to count as the same name (grows with length). */
export function fineTolerance(query: string): number {
  return Math.min(1.5, 0.35 + 0.12 * query.length);
}
