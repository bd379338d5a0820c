// The HTTP API as the interface uses it (the interface talks to nothing else). Types are the
// server's own (src/model, src/store, src/server), imported as types only.
import type { AnalysisResult } from '../../src/model/types.ts';
import type { IncidentDetail, IncidentRow } from '../../src/store/types.ts';
import type { AnalyzeResponse, DocumentView, HighlightSpan, StoredInfo } from '../../src/server/types.ts';

export type { AnalysisResult, AnalyzeResponse, IncidentDetail, IncidentRow, DocumentView, HighlightSpan, StoredInfo };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  let r: Response;
  try {
    r = await fetch(url, init);
  } catch (e) {
    throw new ApiError(0, 'network', (e as Error).message);
  }
  const body = await r.text();
  let json: unknown = null;
  try {
    json = body ? JSON.parse(body) : null;
  } catch {
    // not JSON: reported below
  }
  if (!r.ok) {
    const err = (json as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(r.status, err?.code ?? 'http_' + r.status, err?.message ?? r.statusText);
  }
  return json as T;
}

export interface IncidentFilters {
  actor?: string;
  type?: string;
  country?: string;
  from?: string;
  to?: string;
  q?: string;
}

export const MAX_INCIDENTS = 5000;

export function listIncidents(f: IncidentFilters): Promise<{ incidents: IncidentRow[]; next_offset: number | null }> {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (typeof v === 'string' && v.trim()) p.set(k, v.trim());
  p.set('limit', String(MAX_INCIDENTS));
  return call(`api/incidents?${p}`);
}

export const getIncident = (id: string) => call<IncidentDetail>(`api/incidents/${encodeURIComponent(id)}`);
export const getDocument = (id: string) => call<DocumentView>(`api/documents/${encodeURIComponent(id)}`);
export const getMeta = () => call<{ event_types: Array<{ event_type: string; sub_event_types: string[] }> }>('api/meta');

export interface AnalyzeRequest {
  text?: string;
  file?: File;
  published?: string;
  lang?: string;
  store: boolean;
}

export function analyze(req: AnalyzeRequest): Promise<AnalyzeResponse> {
  if (req.file) {
    const form = new FormData();
    if (req.published) form.set('published', req.published);
    if (req.lang) form.set('lang', req.lang);
    form.set('store', String(req.store));
    form.set('file', req.file, req.file.name);
    return call('api/analyze', { method: 'POST', body: form });
  }
  const looksHtml = /^\s*(<!doctype html|<html[\s>])/i.test(req.text ?? '');
  const body: Record<string, unknown> = { [looksHtml ? 'html' : 'text']: req.text ?? '', store: req.store };
  if (req.published) body.published = req.published;
  if (req.lang) body.lang = req.lang;
  return call('api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}
