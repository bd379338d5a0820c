/**
 * @module text/ar/normalise
 * Arabic character folds for matching (same folding as keys.ts arabicKey): diacritics and tatweel
 * dropped, letter variants merged, Arabic-Indic/Persian digits and Arabic punctuation to ASCII.
 */
import type { NormaliseRules } from '../types.ts';

const digit = (base: number) => (ch: string) => String(ch.charCodeAt(0) - base);

export const normalise: NormaliseRules = {
  chars: [
    // Tashkeel, Quranic marks, superscript alef, tatweel: not letters, vary between copies.
    { id: 'ar-honorific-marks', from: [0x0610, 0x061a], to: '' },
    { id: 'ar-tashkeel', from: [0x064b, 0x065f], to: '' },
    { id: 'ar-superscript-alef', from: '\u0670', to: '' },
    { id: 'ar-quranic-marks', from: [0x06d6, 0x06ed], to: '' },
    { id: 'ar-tatweel', from: '\u0640', to: '' },
    { id: 'ar-alef-variants', from: 'أإآٱ\u0672\u0673', to: 'ا' },
    { id: 'ar-alef-maksura', from: 'ى', to: 'ي' },
    { id: 'ar-ta-marbuta', from: 'ةۃ', to: 'ه' },
    { id: 'ar-waw-hamza', from: 'ؤ', to: 'و' },
    { id: 'ar-ya-hamza', from: 'ئ', to: 'ي' },
    { id: 'ar-persian-kaf', from: 'کگ', to: 'ك' },
    { id: 'ar-persian-ya', from: 'یې', to: 'ي' },
    { id: 'ar-persian-heh', from: 'ۀہھ', to: 'ه' },
    { id: 'ar-peh', from: 'پ', to: 'ب' },
    { id: 'ar-veh', from: 'ڤ', to: 'ف' },
    { id: 'ar-indic-digits', from: [0x0660, 0x0669], to: digit(0x0660) },
    { id: 'ar-persian-digits', from: [0x06f0, 0x06f9], to: digit(0x06f0) },
    { id: 'ar-comma', from: '،٬', to: ',' },
    { id: 'ar-semicolon', from: '؛', to: ';' },
    { id: 'ar-question', from: '؟', to: '?' },
    { id: 'ar-percent', from: '٪', to: '%' },
    { id: 'ar-decimal-separator', from: '٫', to: '.' },
    { id: 'ar-full-stop', from: '۔', to: '.' },
    { id: 'ar-ornate-parens', from: '﴾﴿', to: (ch) => (ch === '﴾' ? '(' : ')') },
    // Presentation forms (old PDFs, some sites): compatibility-decompose, then fold the result.
    { id: 'ar-presentation-forms-a', from: [0xfb50, 0xfdff], to: (ch) => ch.normalize('NFKC') },
    { id: 'ar-presentation-forms-b', from: [0xfe70, 0xfefc], to: (ch) => ch.normalize('NFKC') },
  ],
  elisions: [],
};
