/**
 * @module server/export
 * GET /api/export: the incidents matching the filters of /api/incidents, streamed (any size, constant
 * memory). `jsonl` (one EventRecord per line) is written here; ACLED CSV and GeoJSON belong to the
 * export module of the store work (src/export) and answer 501 `export_format_unavailable` until it
 * is part of the build.
 */
import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { Store } from '../store/index.ts';
import { HttpError } from './errors.ts';
import { filteredStream, parseIncidentQuery } from './filters.ts';
import type { IncidentQuery } from './schemas.ts';

export async function exportHandler(store: Store, query: IncidentQuery & { format?: string }, reply: FastifyReply) {
  const { format = 'csv', limit, offset, ...rest } = query;
  const p = parseIncidentQuery(rest);
  if (!p.ok) throw new HttpError(400, p.error.code, p.error.message);
  if (format !== 'jsonl') {
    throw new HttpError(501, 'export_format_unavailable', `export format '${format}' is not available in this build yet; use format=jsonl or GET /api/incidents`);
  }
  const rows = filteredStream(store, { store: p.filter.store, bbox: p.filter.bbox, q: p.filter.q });
  async function* lines() {
    let skip = offset ?? 0;
    let left = limit ?? Infinity;
    if (left <= 0) return;
    for await (const r of rows) {
      if (skip > 0) {
        skip--;
        continue;
      }
      yield JSON.stringify(r.record) + '\n';
      if (--left <= 0) return;
    }
  }
  reply.type('application/x-ndjson; charset=utf-8').header('content-disposition', 'attachment; filename="marsad-incidents.jsonl"');
  return reply.send(Readable.from(lines()));
}
