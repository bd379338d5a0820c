/**
 * @module sources/worker-main
 * The body of an analysis worker: documents in, AnalysisResults out, over the worker's port.
 * The pipeline (and its gazetteer) is loaded once per worker, on the first document.
 */
import { parentPort } from 'node:worker_threads';
import type { DocumentRecord, Warning } from '../model/types.ts';

type Request = { id: number; doc: DocumentRecord; warnings: Warning[] };

let analyze: ((d: DocumentRecord, w: Warning[]) => unknown) | null = null;

parentPort!.on('message', async (m: Request) => {
  try {
    analyze ??= (await import('../pipeline/index.ts')).analyzeDocument;
    parentPort!.postMessage({ id: m.id, result: analyze(m.doc, m.warnings) });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: (e as Error).stack ?? String(e) });
  }
});
