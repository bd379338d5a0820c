/**
 * @module lang
 * The language packs, by code. Every pack has the same tables (see ./types.ts and the parity test).
 */
import type { Lang } from '../model/types.ts';
import type { LanguagePack } from './types.ts';
import { ar } from './ar/index.ts';
import { fr } from './fr/index.ts';
import { en } from './en/index.ts';

const PACKS: Record<Lang, LanguagePack> = { ar, fr, en };

export function packFor(lang: Lang): LanguagePack {
  return PACKS[lang];
}

export function availableLanguages(): Lang[] {
  return Object.keys(PACKS) as Lang[];
}
