/**
 * @module text/fr/normalise
 * Latin folds for matching (same folding as keys.ts latinKey): lower case, accents dropped,
 * ligatures expanded; French elisions split ("l'armée" → "l armée", apostrophe kept as a space).
 */
import type { NormaliseRules } from '../types.ts';

const SPECIAL: Record<string, string> = {
  æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ß: 'ss', ẞ: 'ss', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd',
  ł: 'l', Ł: 'l', ı: 'i', ħ: 'h', Ħ: 'h', þ: 'th', Þ: 'th', ð: 'd', Ð: 'd',
};

/** Accented Latin letter → unaccented lower case (NFD, drop marks). */
export function foldLatin(ch: string): string {
  const s = SPECIAL[ch];
  if (s !== undefined) return s;
  return ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export const normalise: NormaliseRules = {
  chars: [
    { id: 'fr-latin-1-letters', from: [0x00c0, 0x00ff], to: (ch) => (ch === '×' || ch === '÷' ? ch : foldLatin(ch)) },
    { id: 'fr-latin-extended', from: [0x0100, 0x024f], to: foldLatin },
    { id: 'fr-latin-extended-additional', from: [0x1e00, 0x1eff], to: foldLatin },
    { id: 'fr-latin-ligatures', from: [0xfb00, 0xfb06], to: (ch) => ch.normalize('NFKC').toLowerCase() },
    { id: 'fr-combining-accents', from: [0x0300, 0x036f], to: '' },
  ],
  elisions: ['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu'],
};
