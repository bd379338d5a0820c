/**
 * @module cli/commands/analyze
 * `marsad analyze PATH...` — run the pipeline on files or folders and print the results.
 */
import { parseArgs } from 'node:util';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError, type Command } from '../command.ts';
import { analyzeFile } from '../../pipeline/index.ts';
import type { AnalysisResult, Lang } from '../../model/types.ts';

const HELP = `Usage: marsad analyze PATH... [options]

Reads each file (or every .txt/.html file in each folder) and prints, per document,
{document, events, assessments, mentions, warnings} as defined in EVENT-MODEL.md.
A sidecar NAME.meta.json beside a file (published, outlet, url, language, title) is honoured;
a malformed one is a warning. Unreadable inputs (missing, binary, empty, too large, FIFOs,
broken links) are listed on stderr and the others are still analysed.

Options:
  --published YYYY-MM-DD   publication date (wins over sidecar and page metadata);
                           relative dates ("yesterday") are resolved against it
  --lang ar|fr|en          force the language instead of detecting it
  --format json|jsonl|table
                           json: one pretty JSON value (an array when several documents)
                           jsonl: one line per document, each naming its file (default for several)
                           table: a short human summary of the events
  -h, --help               this help

Exit status: 0 all documents analysed, 1 some inputs failed (listed on stderr), 2 usage error.

Example:
  marsad analyze ../shared/seed/bamako-attack.ar.txt --published 2024-09-18 --format table`;

const DOC_EXT = /\.(txt|html?|xhtml)$/i;

/** Expand folders into the documents they hold (sorted, recursive); files pass through. */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      out.push(p); // let ingest report the missing path as a value
      continue;
    }
    if (!isDir) {
      out.push(p);
      continue;
    }
    const walk = (dir: string) => {
      let names: string[];
      try {
        names = readdirSync(dir).sort();
      } catch {
        out.push(dir);
        return;
      }
      for (const n of names) {
        const q = join(dir, n);
        let st;
        try {
          st = statSync(q);
        } catch {
          out.push(q);
          continue;
        }
        if (st.isDirectory()) walk(q);
        else if (DOC_EXT.test(n)) out.push(q);
      }
    };
    walk(p);
  }
  return out;
}

export function formatTable(r: AnalysisResult): string {
  const d = r.document;
  const lines = [
    `${d.source.uri}  [${d.language}]  published ${d.published ?? 'unknown'} (${d.published_source})`,
    `  ${r.events.length} event(s), ${r.assessments.length} assessment(s), ${r.mentions.length} mention(s)`,
  ];
  for (const e of r.events) {
    lines.push(
      `  - ${e.date_start ?? '?'}..${e.date_end ?? '?'}  ${e.sub_event_type}  ${e.location || '?'} (${e.admin1 || '?'}, ${e.country || '?'})` +
        `  ${e.actor1 || '?'} vs ${e.actor2 || '—'}  fatalities ${e.fatalities}${e.background ? '  [background]' : ''}`,
    );
    for (const c of e.claims) lines.push(`      claim: ${c.claimant} ${c.stance} ${c.kind} ${c.value.text ? `“${c.value.text}”` : ''}`);
  }
  for (const a of r.assessments) lines.push(`  * ${a.subject} ${a.predicate} ${a.object.join(', ')}${a.quantity ? ` (${a.quantity.text})` : ''}`);
  for (const w of r.warnings) lines.push(`  ! ${w.code}: ${w.message}`);
  return lines.join('\n');
}

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'extract events, claims and assessments from documents',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        published: { type: 'string' },
        lang: { type: 'string' },
        format: { type: 'string' },
      },
    });
    if (positionals.length === 0) throw new UsageError('give at least one PATH');
    if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) throw new UsageError(`--published must be YYYY-MM-DD, got '${values.published}'`);
    if (values.lang && !['ar', 'fr', 'en'].includes(values.lang)) throw new UsageError(`--lang must be ar, fr or en, got '${values.lang}'`);
    const files = expandPaths(positionals);
    const format = values.format ?? (files.length > 1 ? 'jsonl' : 'json');
    if (!['json', 'jsonl', 'table'].includes(format)) throw new UsageError(`--format must be json, jsonl or table, got '${format}'`);
    const results: AnalysisResult[] = [];
    let failed = 0;
    for (const f of files) {
      const r = analyzeFile(f, { published: values.published, lang: values.lang as Lang | undefined });
      if (!r.ok) {
        failed++;
        io.err(`marsad analyze: ${f}: ${r.error.code}: ${r.error.message}`);
        if (format === 'jsonl') io.out(JSON.stringify({ file: f, error: r.error }));
        continue;
      }
      if (format === 'jsonl') io.out(JSON.stringify({ file: f, ...r.result }));
      else if (format === 'table') io.out(formatTable(r.result));
      else results.push(r.result);
    }
    if (format === 'json') io.out(JSON.stringify(results.length === 1 && files.length === 1 ? results[0] : results, null, 2));
    if (failed) io.err(`marsad analyze: ${files.length - failed} analysed, ${failed} failed`);
    return failed ? 1 : 0;
  },
};
