/**
 * @module text/ar
 * Arabic profile of the text stage: the same five tables as every other language folder.
 */
import type { LangProfile } from '../types.ts';
import { langid } from './langid.ts';
import { normalise } from './normalise.ts';
import { segment } from './segment.ts';
import { tokens } from './tokens.ts';

export const profile: LangProfile = { lang: 'ar', langid, normalise, segment, tokens };
