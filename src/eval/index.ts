/**
 * @module eval
 * The scorer of ../shared/design/GOLD-FORMAT.md. Steps, in order:
 *   01-load-gold  read and validate a gold file (issues as values with codes)
 *   02-names      fold and compare names
 *   03-match      matching criteria and one-to-one, best-first pairing of events
 *   04-score      scoreDocument(gold, output): pure scores and misses of one document
 *   05-report     per document / language / overall, text and JSON
 * evaluateGoldFiles() runs them on gold files, analysing each gold's document with the pipeline
 * (or an injected analyser, for tests).
 *
 * @example
 *   const report = evaluateGoldFiles(['../shared/seed/bamako-attack.gold.json']);
 *   console.log(formatReport(report));
 */
import { dirname, isAbsolute, join } from 'node:path';
import { analyzeFile, type AnalyzeFileResult } from '../pipeline/index.ts';
import type { IngestOptions } from '../ingest/index.ts';
import { loadGold } from './01-load-gold.ts';
import { scoreDocument } from './04-score.ts';
import { buildReport } from './05-report.ts';
import type { DocumentEntry, EvalError, EvalReport, SystemOutput } from './types.ts';

export * from './types.ts';
export { loadGold, parseGold, isIsoDate, CLAIM_KINDS } from './01-load-gold.ts';
export { nameKey, namesMatch, matchesAny, anyMatchesAny, splitActors } from './02-names.ts';
export { checkCriteria, matchEvents, haversineKm, systemRange, systemActors, bipartite } from './03-match.ts';
export { scoreDocument, checkFields, matchClaims, pairScore, sumScores, emptyScores, f1, ratio } from './04-score.ts';
export { buildReport, formatReport, formatMiss } from './05-report.ts';

export type Analyzer = (path: string, opts: IngestOptions) => AnalyzeFileResult;

export type GoldFileResult = { ok: true; entry: DocumentEntry; errors: EvalError[] } | { ok: false; errors: EvalError[] };

/**
 * Load one gold file, analyse its document (path relative to the gold file, `published` and
 * language from the gold) and score it. A document the analyser cannot read is scored as an empty
 * output and reported as an `analyze` error.
 */
export function evaluateGoldFile(goldPath: string, analyze: Analyzer = analyzeFile): GoldFileResult {
  const load = loadGold(goldPath);
  if (!load.ok) {
    return { ok: false, errors: load.issues.map((i) => ({ gold: goldPath, stage: 'load', code: i.code, at: i.at, message: i.message })) };
  }
  const gold = load.gold;
  const docPath = isAbsolute(gold.document.file) ? gold.document.file : join(dirname(goldPath), gold.document.file);
  let output: SystemOutput = { events: [], assessments: [] };
  let error: DocumentEntry['error'] = null;
  try {
    const r = analyze(docPath, { published: gold.document.published ?? undefined, lang: gold.document.language });
    if (r.ok) output = r.result;
    else error = { code: r.error.code, message: r.error.message };
  } catch (e) {
    // A bug in a stage: report it against this file and go on with the others.
    error = { code: 'exception', message: `analysis threw: ${e instanceof Error ? e.message : String(e)}` };
  }
  const errors: EvalError[] = error ? [{ gold: goldPath, stage: 'analyze', code: error.code, at: null, message: error.message }] : [];
  const score = scoreDocument(gold, output);
  return { ok: true, entry: { gold: goldPath, document_path: docPath, error, ...score }, errors };
}

/** Score every gold file; files that fail to load are listed in `errors` and left out of the scores. */
export function evaluateGoldFiles(goldPaths: readonly string[], analyze: Analyzer = analyzeFile): EvalReport {
  const entries: DocumentEntry[] = [];
  const errors: EvalError[] = [];
  for (const p of goldPaths) {
    const r = evaluateGoldFile(p, analyze);
    if (r.ok) entries.push(r.entry);
    errors.push(...r.errors);
  }
  return buildReport(entries, errors);
}
