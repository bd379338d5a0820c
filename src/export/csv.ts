/**
 * @module export/csv
 * RFC 4180 CSV: fields holding a comma, a double quote, CR or LF (or starting or ending with a
 * space) are quoted, quotes doubled; records end with CRLF; a header line first. Values are
 * written verbatim — text that a spreadsheet would read as a formula is not altered, so the file
 * says exactly what the sources said (open it as text/CSV import, not by double-click, in Excel).
 */
import type { EventRecord } from '../model/types.ts';
import { COLUMNS, toRow, type Cell } from './columns.ts';

export function csvField(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvHeader = (): string => COLUMNS.join(',') + '\r\n';

export function csvLine(r: EventRecord): string {
  const row = toRow(r);
  return COLUMNS.map((c) => csvField(row[c])).join(',') + '\r\n';
}
