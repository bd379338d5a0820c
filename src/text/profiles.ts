/**
 * @module text/profiles
 * The language profiles, in the order their character rules are applied (rules must not overlap;
 * a test checks it).
 */
import type { Lang, LangProfile } from './types.ts';
import { profile as ar } from './ar/index.ts';
import { profile as fr } from './fr/index.ts';
import { profile as en } from './en/index.ts';

export const PROFILES: Readonly<Record<Lang, LangProfile>> = { ar, fr, en };
export const LANGS: readonly Lang[] = ['ar', 'fr', 'en'];
