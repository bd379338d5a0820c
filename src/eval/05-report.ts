/**
 * @module eval/05-report
 * Step 5: gather document scores into a report — per document, per language, overall (counts
 * summed, ratios recomputed) — and print it for people: a table of event scores, a table of field
 * accuracies, then every miss with its reason, then the files that failed. `--json` prints the
 * EvalReport itself.
 */
import type { Lang } from '../model/types.ts';
import { sumScores } from './04-score.ts';
import { FIELD_NAMES, type DocumentEntry, type EvalError, type EvalReport, type GroupScores, type Miss, type Ratio, type Scores } from './types.ts';

export function buildReport(documents: DocumentEntry[], errors: EvalError[] = []): EvalReport {
  const languages: EvalReport['languages'] = {};
  const langs = [...new Set(documents.map((d) => d.language))].sort() as Lang[];
  for (const l of langs) {
    const docs = documents.filter((d) => d.language === l);
    languages[l] = { documents: docs.length, ...sumScores(docs) };
  }
  return { documents, languages, overall: { documents: documents.length, ...sumScores(documents) }, errors };
}

const docs = (n: number) => `${n} doc${n === 1 ? '' : 's'}`;
const num = (v: number | null) => (v === null ? 'n/a' : v.toFixed(2));
const cell = (r: Ratio) => (r.total ? `${num(r.value)} ${r.correct}/${r.total}` : '—');

/** Columns padded to their widest cell; the first left-aligned, the others right-aligned. */
export function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) =>
    r
      .map((c, i) => {
        const pad = ' '.repeat(widths[i] - [...c].length);
        return i === 0 ? c + pad : pad + c;
      })
      .join('  ')
      .trimEnd(),
  );
}

function scopes(report: EvalReport): Array<[string, Scores]> {
  return [
    ...report.documents.map((d): [string, Scores] => [d.gold + (d.error ? ' (analysis failed)' : ''), d]),
    ...Object.entries(report.languages).map(([l, s]): [string, Scores] => [`language ${l} (${docs((s as GroupScores).documents)})`, s as GroupScores]),
    [`overall (${docs(report.overall.documents)})`, report.overall],
  ];
}

export function formatMiss(m: Miss): string {
  switch (m.kind) {
    case 'missed_event':
      return `missed gold ${m.gold}${m.what ? ` (${m.what.length > 80 ? m.what.slice(0, 77) + '...' : m.what})` : ''}: ${m.reason}`;
    case 'spurious_event':
      return `spurious system #${m.system}${m.system_id ? ` [${m.system_id}]` : ''} ${m.summary}: ${m.reason}`;
    case 'field_wrong':
      return `${m.gold} ↔ system #${m.system}: ${m.field} expected ${m.expected}, got ${m.got}`;
    case 'claim_missed':
      return `${m.gold} ↔ system #${m.system}: claim ${m.claim} ${m.expected} not found (system claims: ${m.got})`;
    case 'assessment_missed':
      return `missed assessment ${m.gold} ${m.expected}: ${m.reason}`;
  }
}

export function formatReport(report: EvalReport): string {
  const rows = scopes(report);
  const out: string[] = [];
  out.push('Events (P = matched system / system, R = matched required gold / required gold)');
  out.push(
    ...table([
      ['scope', 'system', 'gold', 'optional', 'matched', 'P', 'R', 'F1'],
      ...rows.map(([name, s]) => [
        name,
        String(s.events.system),
        String(s.events.required),
        String(s.events.optional),
        String(s.events.matched_system),
        num(s.events.precision),
        num(s.events.recall),
        num(s.events.f1),
      ]),
    ]).map((l) => '  ' + l),
  );
  out.push('', 'Fields over matched pairs, claims recall, assessments recall (accuracy correct/scored; — nothing scored)');
  out.push(
    ...table([
      ['scope', ...FIELD_NAMES, 'claims', 'assessments'],
      ...rows.map(([name, s]) => [name, ...FIELD_NAMES.map((f) => cell(s.fields[f])), cell(s.claims), cell(s.assessments)]),
    ]).map((l) => '  ' + l),
  );
  const withMisses = report.documents.filter((d) => d.misses.length || d.unmatched_optional.length);
  out.push('', withMisses.length ? 'Misses' : 'Misses: none');
  for (const d of withMisses) {
    out.push(`  ${d.gold}`);
    for (const m of d.misses) out.push(`    - ${formatMiss(m)}`);
    if (d.unmatched_optional.length) out.push(`    (optional gold events not matched, not counted: ${d.unmatched_optional.join(', ')})`);
  }
  if (report.errors.length) {
    out.push('', 'Errors');
    for (const e of report.errors) out.push(`  ${e.gold}: ${e.stage} ${e.code}${e.at ? ` at ${e.at}` : ''}: ${e.message}`);
  }
  out.push(
    '',
    'n/a: nothing to divide by (no system events for P, no required gold events for R); F1 is 0 when P or R is 0.',
  );
  return out.join('\n');
}
