/**
 * @module pipeline/tasks
 * The work an analysis worker does (pipeline/pool.ts), as plain functions that also run in this
 * thread: analyse a document, or ingest a text / bytes / file and analyse it. Inputs and outputs
 * are plain data, so that they cross a thread boundary by structured clone. Ingest problems are
 * values (`{ok: false, error}`), as in src/ingest.
 */
import { ingestBuffer, ingestFile, ingestText, type IngestError, type IngestOptions, type IngestResult, type SourceMeta } from '../ingest/index.ts';
import type { AnalysisResult, DocumentRecord, Warning } from '../model/types.ts';
import { analyzeDocument } from './index.ts';

/** A report still to be read: its text, its bytes, or a file path; and what to set on the document. */
export interface IngestInput {
  text?: string;
  bytes?: Uint8Array;
  path?: string;
  /** Where it came from (ignored for `path`, which is its own URI). */
  meta: SourceMeta;
  opts?: IngestOptions;
  /** Fields the caller knows better than the page (a title typed in a form, the URL it came from). */
  set?: { title?: string; url?: string; outlet?: string };
}

export type IngestAnalysis = { ok: true; result: AnalysisResult } | { ok: false; error: IngestError };

/** A read document without ingest's debug aids (removed chrome, provenance): less to carry between threads. */
export type ReadResult = { ok: true; document: DocumentRecord; warnings: Warning[] } | { ok: false; error: IngestError };

export type PoolTask = { op: 'analyze'; doc: DocumentRecord; warnings: Warning[] } | { op: 'ingest'; input: IngestInput } | { op: 'read'; input: IngestInput };

/** Read one input (decode, clean, hash); no analysis. */
export function readInput(input: IngestInput): ReadResult {
  const opts = input.opts ?? {};
  const r: IngestResult =
    input.path !== undefined
      ? ingestFile(input.path, opts)
      : input.bytes !== undefined
        ? ingestBuffer(Buffer.isBuffer(input.bytes) ? input.bytes : Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength), input.meta, opts)
        : ingestText(input.text ?? '', input.meta, opts);
  return r.ok ? { ok: true, document: r.document, warnings: r.warnings } : r;
}

/** Read one input and analyse it. */
export function ingestAndAnalyze(input: IngestInput): IngestAnalysis {
  const r = readInput(input);
  if (!r.ok) return r;
  const doc = r.document;
  const set = input.set;
  if (set?.title) doc.title = set.title;
  if (set?.url) doc.url = set.url;
  if (set?.outlet) doc.outlet ??= set.outlet;
  return { ok: true, result: analyzeDocument(doc, r.warnings) };
}

export function runTask(t: PoolTask): AnalysisResult | IngestAnalysis | ReadResult {
  if (t.op === 'analyze') return analyzeDocument(t.doc, t.warnings);
  if (t.op === 'ingest') return ingestAndAnalyze(t.input);
  if (t.op === 'read') return readInput(t.input);
  throw new Error(`unknown pool task ${JSON.stringify((t as { op?: unknown }).op)}`);
}

/** One short report per language: loads every language pack and the gazetteer. */
const WARM_UP = [
  'هاجم مسلحون قاعدة للجيش في باماكو أمس.',
  'Des hommes armés ont attaqué un poste militaire près de Mopti hier.',
  'Gunmen attacked an army post near Niamey yesterday.',
];

/** Load the knowledge (language packs, gazetteer) before the first real report. */
export function warmUp(): void {
  for (const t of WARM_UP) {
    const r = ingestText(t, { uri: 'warm-up', kind: 'paste' }, { published: '2024-01-02' });
    if (r.ok) analyzeDocument(r.document);
  }
}
