/**
 * @module text
 * Clean text → language, normalised matching text with an offset map, sentences, tokens.
 * (Minimal first cut: script-ratio language identification.)
 */
import type { LangOrUnd } from '../model/types.ts';

export function identifyLanguage(text: string): LangOrUnd {
  const sample = text.slice(0, 20000);
  const arabic = (sample.match(/[\u0600-\u06FF]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-zÀ-ÿ]/g) ?? []).length;
  if (arabic > latin && arabic > 20) return 'ar';
  if (latin < 20) return 'und';
  const lower = ` ${sample.toLowerCase()} `;
  const count = (words: string[]) => words.reduce((n, w) => n + (lower.split(` ${w} `).length - 1), 0);
  const fr = count(['le', 'la', 'les', 'des', 'du', 'et', 'à', 'dans', 'une', 'est']);
  const en = count(['the', 'of', 'and', 'in', 'to', 'a', 'was', 'is', 'on', 'by']);
  if (fr === 0 && en === 0) return 'und';
  return fr > en ? 'fr' : 'en';
}
