/**
 * @module server/app
 * The HTTP API and the web interface's files, as one Fastify instance built from a store.
 * Routes declare JSON Schemas (server/schemas.ts) for validation, serialisation and the OpenAPI
 * document at /openapi.json. Every error is `{error: {code, message}}` (server/errors.ts).
 * Tests drive it with `app.inject()` — no socket.
 *
 * @example
 *   const app = await buildApp({ store: openStore({ db: '/tmp/m.db' }) });
 *   const r = await app.inject({ method: 'POST', url: '/api/analyze?published=2024-09-18', payload: 'نص…', headers: { 'content-type': 'text/plain' } });
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { EVENT_TYPES, SUB_EVENT_TYPES } from '../model/taxonomy.ts';
import type { Store } from '../store/index.ts';
import { analyzeInput, inThread, poolAnalyser, readMultipart, type AnalyzeInput } from './analyze.ts';
import type { AnalysisPool } from '../pipeline/pool.ts';
import { documentView } from './documents.ts';
import { errorHandler, HttpError } from './errors.ts';
import { parseIncidentQuery, queryIncidents } from './filters.ts';
import {
  SHARED_SCHEMAS,
  analyzeJsonBody,
  analyzeOptions,
  analyzeQuery,
  errorResponses,
  incidentQuery,
  type AnalyzeOptions,
  type IncidentQuery,
} from './schemas.ts';
import { REPO_ROOT } from './web.ts';
import { EXPORT_FORMAT_NAMES, exportHandler } from './export.ts';

export const VERSION: string = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export interface AppOptions {
  store: Store;
  /** Folder of the built web interface; null or absent → `/` explains how to build it. */
  webDir?: string | null;
  /** Why there is no interface (shown at `/`), when webDir is null. */
  webProblem?: string;
  /** Largest request body of POST /api/analyze, in bytes (default 10 MB). */
  maxBodyBytes?: number;
  logger?: FastifyServerOptions['logger'];
  /**
   * Where reports are read and analysed: a worker pool (what `marsad serve` gives, so that the
   * event loop stays free), else this thread. The caller owns the pool and closes it.
   */
  pool?: AnalysisPool;
}

const MB = 1024 * 1024;

/** Headers on every response: no sniffing, no framing, scripts only from this origin. */
const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
};

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const maxBody = opts.maxBodyBytes ?? 10 * MB;
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 1 * MB,
    // Unknown query parameters and body fields are errors (a typo must not be silently ignored).
    ajv: { customOptions: { removeAdditional: false, allErrors: false } },
  });
  const { store } = opts;
  const analyse = opts.pool ? poolAnalyser(opts.pool) : inThread;

  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((req, reply) => {
    reply.status(404).send({ error: { code: 'not_found', message: `no route ${req.method} ${req.url.split('?')[0]}` } });
  });
  app.addHook('onSend', async (_req, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    return payload;
  });

  for (const s of SHARED_SCHEMAS) app.addSchema(s);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Marsad API',
        version: VERSION,
        description:
          'Conflict reports (Arabic, French, English) in; ACLED-compatible events with claims and evidence out. Errors are {error: {code, message}}.',
      },
      tags: [
        { name: 'analysis', description: 'submit a report, get its events' },
        { name: 'incidents', description: 'stored incidents (fused events)' },
        { name: 'documents', description: 'stored reports with evidence spans' },
        { name: 'system', description: 'health and metadata' },
      ],
    },
    refResolver: { buildLocalReference: (json, _base, _frag, i) => String((json as { $id?: string }).$id ?? `def-${i}`) },
    transform: ({ schema, url }) => {
      // The multipart body is read by hand (not validated by Ajv), so it is documented here.
      if (url === '/api/analyze' && schema && (schema as { body?: unknown }).body) {
        const s = structuredClone(schema) as { body: { content: Record<string, unknown> } };
        s.body.content['multipart/form-data'] = {
          schema: {
            type: 'object',
            properties: { file: { type: 'string', format: 'binary', description: 'the report (.txt or .html, any encoding)' }, ...analyzeOptions },
            required: ['file'],
          },
        };
        return { schema: s as never, url };
      }
      return { schema: schema as never, url };
    },
  });

  await app.register(multipart, {
    limits: { fileSize: maxBody, files: 1, fields: 12, parts: 14, fieldSize: 16 * 1024, headerPairs: 200 },
    throwFileSizeLimit: true,
  });
  app.addContentTypeParser(['text/html', 'application/xhtml+xml'], { parseAs: 'string', bodyLimit: maxBody }, (_req, body, done) => done(null, body));

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  // ------------------------------------------------------------ system
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and store figures',
        response: {
          200: {
            type: 'object',
            properties: {
              status: { type: 'string' },
              version: { type: 'string' },
              store: {
                type: 'object',
                properties: { engine: { type: 'string' }, schema_version: { type: 'integer' }, counts: { type: 'object', additionalProperties: { type: 'integer' } } },
              },
              web: { type: 'object', properties: { available: { type: 'boolean' }, message: { type: 'string' } } },
            },
          },
        },
      },
    },
    async () => ({
      status: 'ok',
      version: VERSION,
      store: { engine: store.engine, schema_version: await store.schemaVersion(), counts: await store.counts() },
      web: opts.webDir ? { available: true } : { available: false, message: opts.webProblem ?? 'web interface not built' },
    }),
  );

  app.get(
    '/api/meta',
    {
      schema: {
        tags: ['system'],
        summary: 'The ACLED taxonomy the filters accept',
        response: {
          200: {
            type: 'object',
            properties: {
              version: { type: 'string' },
              languages: { type: 'array', items: { type: 'string' } },
              event_types: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: { event_type: { type: 'string' }, sub_event_types: { type: 'array', items: { type: 'string' } } },
                },
              },
            },
          },
        },
      },
    },
    async () => ({
      version: VERSION,
      languages: ['ar', 'fr', 'en'],
      event_types: EVENT_TYPES.map((t) => ({ event_type: t, sub_event_types: SUB_EVENT_TYPES.filter((s) => s.event_type === t).map((s) => s.sub_event_type) })),
    }),
  );

  // ------------------------------------------------------------ analysis
  app.post<{ Querystring: AnalyzeOptions; Body: unknown }>(
    '/api/analyze',
    {
      bodyLimit: maxBody,
      schema: {
        tags: ['analysis'],
        summary: 'Analyse a report (and optionally store it)',
        description:
          'The body is JSON {text|html, published?, lang?, store?, title?, url?}, a text/plain or text/html body (options in the query string), ' +
          'or multipart/form-data with one file and the options as fields. Returns the AnalysisResult of EVENT-MODEL.md; with store=true also `stored`.',
        querystring: analyzeQuery,
        body: {
          content: {
            'application/json': { schema: analyzeJsonBody },
            'text/plain': { schema: { type: 'string', description: 'the report as plain text' } },
            'text/html': { schema: { type: 'string', description: 'the report as an HTML page' } },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              document: { $ref: 'DocumentRecord#' },
              events: { type: 'array', items: { $ref: 'EventRecord#' } },
              assessments: { type: 'array', items: { $ref: 'Assessment#' } },
              mentions: { type: 'array', items: { $ref: 'Mention#' } },
              warnings: { type: 'array', items: { $ref: 'Warning#' } },
              stored: {
                type: 'object',
                description: 'present when store=true: the stored document and the incidents its events belong to',
                properties: {
                  status: { type: 'string', enum: ['new', 'duplicate'] },
                  document_id: { type: 'string' },
                  incident_ids: { type: 'array', items: { type: 'string' } },
                  event_incident_ids: { type: 'array', items: { type: ['string', 'null'] }, description: "per stored event, in the document's order" },
                },
                required: ['status', 'document_id', 'incident_ids', 'event_incident_ids'],
              },
            },
            required: ['document', 'events', 'assessments', 'mentions', 'warnings'],
          },
          ...errorResponses(400, 413, 415, 422, 503, 504),
        },
      },
    },
    async (req) => {
      let input: AnalyzeInput;
      if (req.isMultipart()) {
        input = await readMultipart(req);
        input.options = { ...req.query, ...input.options };
      } else if (typeof req.body === 'string') {
        const html = req.mediaType === 'text/html' || req.mediaType === 'application/xhtml+xml';
        input = { text: req.body, html, contentType: html ? 'text/html' : 'text/plain', options: req.query };
      } else if (req.body && typeof req.body === 'object') {
        const b = req.body as { text?: string; html?: string } & AnalyzeOptions;
        const { text, html, ...rest } = b;
        input = { text: text ?? html, html: text === undefined, options: { ...req.query, ...rest } };
      } else {
        throw new HttpError(400, 'no_document', 'send the report as JSON {text|html}, text/plain, text/html or a multipart file');
      }
      return analyzeInput(store, input, maxBody, analyse);
    },
  );

  // ------------------------------------------------------------ incidents
  app.get<{ Querystring: IncidentQuery }>(
    '/api/incidents',
    {
      schema: {
        tags: ['incidents'],
        summary: 'List and search incidents (most recent first)',
        description: 'All given filters must hold. `near`+`km`: within km of a point; `bbox`: inside a box; `q`: full-text search of the source reports.',
        querystring: incidentQuery,
        response: {
          200: {
            type: 'object',
            properties: {
              incidents: { type: 'array', items: { $ref: 'IncidentRow#' } },
              offset: { type: 'integer' },
              limit: { type: 'integer' },
              next_offset: { type: ['integer', 'null'], description: 'offset of the next page, null on the last' },
            },
            required: ['incidents', 'offset', 'limit', 'next_offset'],
          },
          ...errorResponses(400),
        },
      },
    },
    async (req) => {
      const p = parseIncidentQuery(req.query);
      if (!p.ok) throw new HttpError(400, p.error.code, p.error.message);
      const rows = await queryIncidents(store, p.filter);
      const { limit, offset } = p.filter;
      return { incidents: rows, offset, limit, next_offset: limit > 0 && rows.length === limit ? offset + limit : null };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/incidents/:id',
    {
      schema: {
        tags: ['incidents'],
        summary: 'One incident with its events, claims, evidence and source documents',
        params: { type: 'object', properties: { id: { type: 'string', maxLength: 40 } }, required: ['id'] },
        response: { 200: { $ref: 'IncidentDetail#' }, ...errorResponses(404) },
      },
    },
    async (req) => {
      const inc = await store.getIncident(req.params.id);
      if (!inc) throw new HttpError(404, 'incident_not_found', `no incident '${req.params.id}'`);
      return inc;
    },
  );

  // ------------------------------------------------------------ documents
  app.get<{ Params: { id: string }; Querystring: { mentions?: boolean } }>(
    '/api/documents/:id',
    {
      schema: {
        tags: ['documents'],
        summary: 'A stored report: clean text, evidence spans to highlight, assessments',
        params: { type: 'object', properties: { id: { type: 'string', maxLength: 80 } }, required: ['id'] },
        querystring: { type: 'object', additionalProperties: false, properties: { mentions: { type: 'boolean', default: false, description: 'also list every mention' } } },
        response: { 200: { $ref: 'DocumentView#' }, ...errorResponses(404) },
      },
    },
    async (req) => {
      const v = await documentView(store, req.params.id, { mentions: req.query.mentions });
      if (!v) throw new HttpError(404, 'document_not_found', `no document '${req.params.id}'`);
      return v;
    },
  );

  app.get<{ Querystring: { q: string; limit?: number } }>(
    '/api/search',
    {
      schema: {
        tags: ['documents'],
        summary: 'Full-text search over stored reports (Arabic letter variants and French accents folded)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { q: { type: 'string', minLength: 1, maxLength: 500 }, limit: { type: 'integer', minimum: 1, maximum: 1000, default: 20 } },
          required: ['q'],
        },
        response: {
          200: {
            type: 'object',
            properties: {
              hits: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    document_id: { type: 'string' },
                    title: { type: ['string', 'null'] },
                    outlet: { type: ['string', 'null'] },
                    published: { type: ['string', 'null'] },
                    language: { type: 'string' },
                    rank: { type: 'number' },
                  },
                },
              },
            },
          },
          ...errorResponses(400),
        },
      },
    },
    async (req) => ({ hits: await store.searchDocuments(req.query.q, { limit: req.query.limit }) }),
  );

  // ------------------------------------------------------------ export
  app.get<{ Querystring: IncidentQuery & { format: string } }>(
    '/api/export',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Export incidents (ACLED CSV, GeoJSON, JSON lines) with the filters of /api/incidents',
        querystring: {
          ...incidentQuery,
          properties: {
            ...incidentQuery.properties,
            format: { type: 'string', enum: [...EXPORT_FORMAT_NAMES], default: 'acled-csv', description: 'acled-csv (or csv): ACLED columns then Marsad columns; geojson: points; jsonl: full records' },
            limit: { type: 'integer', minimum: 0, maximum: 1_000_000 },
          },
        },
        response: {
          200: {
            description: 'the export, streamed',
            content: {
              'text/csv': { schema: { type: 'string' } },
              'application/geo+json': { schema: { type: 'object' } },
              'application/x-ndjson': { schema: { type: 'string' } },
            },
          },
          ...errorResponses(400),
        },
      },
    },
    async (req, reply) => exportHandler(store, req.query, reply),
  );

  // ------------------------------------------------------------ the web interface
  if (opts.webDir) {
    await app.register(fastifyStatic, { root: opts.webDir, prefix: '/', index: ['index.html'], wildcard: true, cacheControl: true, maxAge: 0 });
  } else {
    const message = opts.webProblem ?? 'The web interface is not built. Run `npm run build:web`, or restart `marsad serve`, which builds it.';
    app.get('/', { schema: { hide: true } }, async (_req, reply) =>
      reply.status(503).type('text/plain; charset=utf-8').send(`Marsad API is running (see /openapi.json).\n\n${message}\n`),
    );
  }

  return app;
}
