/**
 * @module eval/02-names
 * Step 2: name matching (GOLD-FORMAT.md "Matching names"). Names are folded — case, accents,
 * punctuation, Arabic letter variants and diacritics (text/keys) — after dropping a trailing period
 * in parentheses (`Military Forces of Mali (2021-)` → `military forces of mali`). A system name
 * matches a gold name when one contains the other, read on whole words, so `Niger` does not match
 * `Nigeria` nor `Mali` `Somalia`, while `JNIM` matches `JNIM: Group for Support of Islam and
 * Muslims`. Only periods (years) in parentheses are dropped: `Islamic State (Sahel)` keeps `sahel`.
 * An empty name never matches anything.
 */
import { foldDigits, matchKey } from '../text/keys.ts';

/** `(2021-)`, `(1991-2002)`, `(2012)`, `(-2021)` at the end of a name. */
const TRAILING_PERIOD = /\s*[(（]\s*(?:\d{4}\s*(?:[-–—‐]\s*(?:\d{4})?\s*)?|[-–—‐]\s*\d{4}\s*)[)）]\s*$/u;
/** `J.N.I.M.` → `JNIM` (dotted initials), so the dots do not split the acronym into letters. */
const DOTTED_INITIALS = /^(?:\p{L}\.){2,}\p{L}?\.?$/u;

/** The folded form names are compared on ('' for a name with nothing to compare). */
export function nameKey(name: string): string {
  const s = foldDigits(name).trim().replace(TRAILING_PERIOD, '');
  const undotted = s
    .split(/\s+/)
    .map((w) => (DOTTED_INITIALS.test(w) ? w.replace(/\./g, '') : w))
    .join(' ');
  return matchKey(undotted);
}

function keysMatch(a: string, b: string): boolean {
  if (!a || !b) return false;
  const pa = ` ${a} `;
  const pb = ` ${b} `;
  return pa.includes(pb) || pb.includes(pa);
}

/** A system name and a gold name match when one contains the other (whole words, folded). */
export function namesMatch(system: string, gold: string): boolean {
  return keysMatch(nameKey(system), nameKey(gold));
}

/** A system name matches a gold set of acceptable names when it matches one of them. */
export function matchesAny(system: string, gold: readonly string[]): boolean {
  const k = nameKey(system);
  return !!k && gold.some((g) => keysMatch(k, nameKey(g)));
}

/** Any of several system names (e.g. an assessment's objects) matches the gold set. */
export function anyMatchesAny(system: readonly string[], gold: readonly string[]): boolean {
  return system.some((s) => matchesAny(s, gold));
}

/** ACLED joins associated actors with `; `. */
export function splitActors(s: string): string[] {
  return s
    .split(/[;؛]/)
    .map((x) => x.trim())
    .filter(Boolean);
}
