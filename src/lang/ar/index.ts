/**
 * @module lang/ar
 * The Arabic language pack: every table the extractor reads, in one object (the table files'
 * exports, gathered; the type checks that none is missing).
 */
import type { LanguagePack } from '../types.ts';
import * as triggers from './triggers.ts';
import * as claims from './claims.ts';
import * as targets from './targets.ts';
import * as numbers from './numbers.ts';
import * as dates from './dates.ts';
import * as context from './context.ts';

export const ar: LanguagePack = { lang: 'ar', ...triggers, ...claims, ...targets, ...numbers, ...dates, ...context };
