/**
 * @module ingest/dates
 * Publication dates as pages write them (ISO 8601 with or without time, RFC 2822, `2024/09/18`,
 * `18.09.2024`, `September 18, 2024`, `18 septembre 2024`) → `YYYY-MM-DD`, or null when unsure.
 * The calendar date is taken as written, in the publisher's own offset: `2024-09-18T01:00+02:00`
 * is 2024-09-18, not the UTC day.
 */

const MONTHS: Record<string, number> = {};
const monthNames: [number, string[]][] = [
  [1, ['january', 'jan', 'janvier', 'janv']],
  [2, ['february', 'feb', 'février', 'fevrier', 'févr', 'fevr', 'fév']],
  [3, ['march', 'mar', 'mars']],
  [4, ['april', 'apr', 'avril', 'avr']],
  [5, ['may', 'mai']],
  [6, ['june', 'jun', 'juin']],
  [7, ['july', 'jul', 'juillet', 'juil']],
  [8, ['august', 'aug', 'août', 'aout']],
  [9, ['september', 'sep', 'sept', 'septembre']],
  [10, ['october', 'oct', 'octobre']],
  [11, ['november', 'nov', 'novembre']],
  [12, ['december', 'dec', 'décembre', 'decembre', 'déc']],
];
for (const [m, names] of monthNames) for (const n of names) MONTHS[n] = m;

function valid(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A page's date string → YYYY-MM-DD, or null when it is not a full, unambiguous calendar date. */
export function normalizeDate(input: string | null | undefined): string | null {
  if (!input) return null;
  const s = input.trim().toLowerCase();
  if (!s || s.length > 100) return null;
  let m = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[t\s])/); // ISO 8601 (date part as written)
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = s.match(/^(\d{4})(\d{2})(\d{2})(?:$|t)/); // basic ISO 20240918
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = s.match(/^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/);
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = s.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/);
  if (m) {
    const a = +m[1];
    const b = +m[2];
    if (a > 12) return valid(+m[3], b, a); // day first
    if (b > 12) return valid(+m[3], a, b); // month first
    if (a === b) return valid(+m[3], a, b);
    return null; // 05/06/2024: day-first in Europe, month-first in the US — do not guess
  }
  // Month names: "18 september 2024", "wed, 18 sep 2024 10:00:00 gmt", "september 18, 2024", "1er mars 2024"
  m = s.match(/(?:^|[\s,])(\d{1,2})(?:er|st|nd|rd|th)?\.?\s+([a-zéèûô]+)\.?,?\s+(\d{4})\b/);
  if (m && MONTHS[m[2]]) return valid(+m[3], MONTHS[m[2]], +m[1]);
  m = s.match(/(?:^|[\s,])([a-zéèûô]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/);
  if (m && MONTHS[m[1]]) return valid(+m[3], MONTHS[m[1]], +m[2]);
  return null;
}
