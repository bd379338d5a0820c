/**
 * @module server/errors
 * One error shape for every failure: `{ error: { code, message } }` with the HTTP status. Routes
 * throw `HttpError` (or return a data problem turned into one); the framework's own errors
 * (validation, body too large, wrong media type, bad JSON, multipart limits) are given stable codes
 * here, in one place, so clients can tell them apart without parsing messages.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export interface ErrorBody {
  error: { code: string; message: string };
}

/** Fastify / plugin error codes → [status, our code]. */
const FRAMEWORK: Record<string, [number, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body_too_large'],
  FST_REQ_FILE_TOO_LARGE: [413, 'body_too_large'],
  FST_FILES_LIMIT: [413, 'too_many_files'],
  FST_PARTS_LIMIT: [413, 'too_many_parts'],
  FST_FIELDS_LIMIT: [413, 'too_many_fields'],
  FST_PROTO_VIOLATION: [400, 'bad_multipart'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [415, 'unsupported_media_type'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad_content_length'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'empty_body'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'bad_json'],
  FST_ERR_CTP_EMPTY_TYPE: [415, 'unsupported_media_type'],
  FST_ERR_CTP_INVALID_TYPE: [415, 'unsupported_media_type'],
  FST_ERR_BAD_URL: [400, 'bad_url'],
};

export function toErrorBody(err: unknown): { status: number; body: ErrorBody; internal: boolean } {
  if (err instanceof HttpError) return { status: err.status, body: { error: { code: err.code, message: err.message } }, internal: false };
  const e = err as FastifyError & { validationContext?: string };
  if (e && e.validation) {
    const where = e.validationContext ?? 'request';
    return { status: 400, body: { error: { code: 'invalid_request', message: `${where}: ${e.message}` } }, internal: false };
  }
  const known = e?.code ? FRAMEWORK[e.code] : undefined;
  if (known) return { status: known[0], body: { error: { code: known[1], message: e.message } }, internal: false };
  if (e instanceof SyntaxError || (e?.statusCode === 400 && /JSON/i.test(e.message ?? ''))) {
    return { status: 400, body: { error: { code: 'bad_json', message: e.message } }, internal: false };
  }
  if (e?.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return { status: e.statusCode, body: { error: { code: 'bad_request', message: e.message } }, internal: false };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'internal error (logged on the server)' } }, internal: true };
}

export function errorHandler(this: unknown, err: unknown, req: FastifyRequest, reply: FastifyReply) {
  const r = toErrorBody(err);
  if (r.internal) req.log.error({ err }, 'unhandled error');
  if (r.status === 503) reply.header('retry-after', '1');
  return reply.status(r.status).type('application/json; charset=utf-8').send(r.body);
}
