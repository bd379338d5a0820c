/**
 * @module pipeline
 * The one public core: a document in, an AnalysisResult out. CLI, HTTP and eval all call this.
 */
import type { AnalysisResult, DocumentRecord, Warning } from '../model/types.ts';
import { extract } from '../extract/index.ts';
import { ingestFile, type IngestOptions, type IngestResult } from '../ingest/index.ts';

export function analyzeDocument(document: DocumentRecord, ingestWarnings: Warning[] = []): AnalysisResult {
  const x = extract(document);
  const warnings = [...ingestWarnings, ...x.warnings];
  if (!document.published) {
    warnings.push({ code: 'no_published_date', message: 'no publication date: relative dates stay unresolved' });
  }
  return { document, events: x.events, assessments: x.assessments, mentions: x.mentions, warnings };
}

export type AnalyzeFileResult = { ok: true; result: AnalysisResult } | { ok: false; error: Extract<IngestResult, { ok: false }>['error'] };

export function analyzeFile(path: string, opts: IngestOptions = {}): AnalyzeFileResult {
  const r = ingestFile(path, opts);
  if (!r.ok) return r;
  return { ok: true, result: analyzeDocument(r.document, r.warnings) };
}
