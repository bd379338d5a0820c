/**
 * @module analyse/output/csv
 * A table as CSV (RFC 4180 quoting, `\n` line ends) preceded by `#` comment lines that name the
 * analysis, the data and the filters behind it. Readers that do not skip comments can drop the
 * lines starting with `#` (pandas: `comment='#'`; R: `comment.char = '#'`). Text cells that a
 * spreadsheet would run as a formula (`=`, `+`, `@`, `-` not followed by a digit) get a leading `'`.
 */
import type { Cell, FigureMeta, Table } from '../types.ts';

export function metaLines(meta: FigureMeta): string[] {
  return [
    `marsad analyse ${meta.analysis}: ${meta.title}`,
    `data: ${meta.data}`,
    `filters: ${meta.filters.map(([k, v]) => `${k}=${v}`).join('; ') || '(none)'}`,
    `records: ${meta.records.read} read, ${meta.records.used} used`,
    ...meta.notes.map((n) => `note: ${n}`),
    `generated: ${meta.generated}`,
  ];
}

function cell(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = String(v);
  if (/^[=+@\t\r]/.test(s) || /^-(?![0-9.])/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(table: Table, meta: FigureMeta): string {
  const lines = metaLines(meta).map((l) => `# ${l.replace(/[\r\n]+/g, ' ')}`);
  lines.push(`# table: ${table.name}`);
  lines.push(table.columns.map(cell).join(','));
  for (const r of table.rows) lines.push(r.map(cell).join(','));
  return lines.join('\n') + '\n';
}

/** Plain-text table for a terminal: columns padded, long cells cut. */
export function toText(table: Table, maxRows = 200, maxCell = 48): string {
  const rows = table.rows.slice(0, maxRows).map((r) => r.map((v) => (v === null ? '' : typeof v === 'number' ? String(v) : String(v).replace(/\s+/g, ' ')).slice(0, maxCell)));
  const w = table.columns.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (r: string[]) => r.map((v, i) => v.padEnd(w[i])).join('  ').trimEnd();
  const out = [line(table.columns), line(w.map((n) => '-'.repeat(n))), ...rows.map(line)];
  if (table.rows.length > maxRows) out.push(`… ${table.rows.length - maxRows} more rows (use --format csv)`);
  return out.join('\n');
}
