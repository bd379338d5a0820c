/**
 * @module server/schemas
 * JSON Schemas of what the HTTP API takes and returns. They do three jobs at once: request
 * validation (Ajv), fast response serialisation (fields not declared here are not sent), and the
 * OpenAPI 3.1 document at /openapi.json. Shared shapes are registered once with an `$id` and
 * referenced as `{ $ref: 'Name#' }`; they mirror src/model/types.ts (the output contract) and
 * src/store/types.ts field for field — test/server/api.test.ts checks an analysis survives the
 * round trip unchanged.
 */
import { EVENT_TYPES } from '../model/taxonomy.ts';

const str = { type: 'string' } as const;
const strOrNull = { type: ['string', 'null'] } as const;
const num = { type: 'number' } as const;
const numOrNull = { type: ['number', 'null'] } as const;
const intOrNull = { type: ['integer', 'null'] } as const;
const ref = (id: string) => ({ $ref: `${id}#` });
const arr = (items: object) => ({ type: 'array', items });
const obj = (properties: Record<string, object>, required: string[] = Object.keys(properties), extra: object = {}) => ({
  type: 'object',
  properties,
  required,
  ...extra,
});

export const Evidence = {
  $id: 'Evidence',
  description: 'A span of the document clean text supporting a field; offsets in UTF-16 code units.',
  ...obj({ field: str, start: { type: 'integer' }, end: { type: 'integer' }, text: str }),
};

export const Claim = {
  $id: 'Claim',
  description: "One party's claim: who asserts (or denies) what, with the words used.",
  ...obj({
    claimant: str,
    kind: str,
    value: obj({ min: numOrNull, max: numOrNull, text: str }),
    subject: str,
    stance: { type: 'string', enum: ['asserts', 'denies'] },
    evidence: arr(ref('Evidence')),
  }),
};

const EVENT_FIELDS = {
  event_id_cnty: str,
  event_date: strOrNull,
  time_precision: intOrNull,
  disorder_type: str,
  event_type: str,
  sub_event_type: str,
  actor1: str,
  assoc_actor_1: str,
  inter1: str,
  actor2: str,
  assoc_actor_2: str,
  inter2: str,
  interaction: str,
  civilian_targeting: str,
  iso: intOrNull,
  country: str,
  admin1: str,
  admin2: str,
  admin3: str,
  location: str,
  latitude: numOrNull,
  longitude: numOrNull,
  geo_precision: intOrNull,
  fatalities: num,
  source: str,
  source_scale: str,
  notes: str,
  tags: str,
  timestamp: num,
  date_start: strOrNull,
  date_end: strOrNull,
  date_text: { type: ['object', 'null'], properties: { text: str, relative: { type: 'boolean' }, resolved: { type: 'boolean' } } },
  fatalities_low: numOrNull,
  fatalities_best: numOrNull,
  fatalities_high: numOrNull,
  claims: arr(ref('Claim')),
  background: { type: 'boolean' },
  evidence: arr(ref('Evidence')),
  confidence: num,
  source_documents: arr(str),
};

export const EventRecord = {
  $id: 'EventRecord',
  description: 'An ACLED-compatible event with claims, evidence and date ranges (EVENT-MODEL.md).',
  ...obj(EVENT_FIELDS),
};

export const Assessment = {
  $id: 'Assessment',
  ...obj({
    subject: str,
    predicate: str,
    object: arr(str),
    quantity: { type: ['object', 'null'], properties: { value: num, unit: str, text: str, qualifier: str } },
    as_of: { type: ['object', 'null'], properties: { start: strOrNull, end: strOrNull, text: str } },
    claimant: str,
    evidence: arr(ref('Evidence')),
  }),
};

export const Mention = {
  $id: 'Mention',
  ...obj({ kind: str, start: { type: 'integer' }, end: { type: 'integer' }, text: str, resolved: strOrNull, label: str, reason: str }, ['kind', 'start', 'end', 'text', 'resolved']),
};

export const Warning = { $id: 'Warning', ...obj({ code: str, message: str }) };

const DOCUMENT_FIELDS = {
  id: str,
  source: obj({ kind: str, uri: str }),
  outlet: strOrNull,
  title: strOrNull,
  language: str,
  published: strOrNull,
  published_source: str,
  text: str,
  raw_sha256: str,
  clean_sha256: str,
  encoding: str,
  format: str,
  url: strOrNull,
};
const DOCUMENT_REQUIRED = ['id', 'source', 'outlet', 'title', 'language', 'published', 'published_source', 'text', 'raw_sha256', 'clean_sha256'];

export const DocumentRecord = { $id: 'DocumentRecord', ...obj(DOCUMENT_FIELDS, DOCUMENT_REQUIRED) };

export const AnalysisResult = {
  $id: 'AnalysisResult',
  ...obj({
    document: ref('DocumentRecord'),
    events: arr(ref('EventRecord')),
    assessments: arr(ref('Assessment')),
    mentions: arr(ref('Mention')),
    warnings: arr(ref('Warning')),
  }),
};

export const ApiError = {
  $id: 'ApiError',
  description: 'Every error: a stable machine code and a message for people.',
  ...obj({ error: obj({ code: str, message: str }) }),
};

export const IncidentRow = {
  $id: 'IncidentRow',
  description: 'One real-world incident: the fusion of the events of one or more reports.',
  ...obj({ id: str, record: ref('EventRecord'), event_keys: arr(str) }),
};

const documentBrief = obj(
  { id: str, title: strOrNull, outlet: strOrNull, language: str, published: strOrNull, url: strOrNull, source: obj({ kind: str, uri: str }) },
  ['id', 'title', 'outlet', 'language', 'published', 'source'],
);

export const StoredEvent = {
  $id: 'StoredEvent',
  description: 'An event as extracted from one document; `key` is `<document id>:<n>`.',
  ...obj({ key: str, document_id: str, incident_id: strOrNull, record: ref('EventRecord') }),
};

export const IncidentDetail = {
  $id: 'IncidentDetail',
  ...obj({ id: str, record: ref('EventRecord'), event_keys: arr(str), events: arr(ref('StoredEvent')), documents: arr(documentBrief) }),
};

export const HighlightSpan = {
  $id: 'HighlightSpan',
  description: 'An evidence span of a stored document, with what it supports.',
  ...obj(
    {
      field: str,
      start: { type: 'integer' },
      end: { type: 'integer' },
      text: str,
      owner: { type: 'string', enum: ['event', 'claim', 'assessment', 'mention'] },
      event_key: strOrNull,
      incident_id: strOrNull,
      claim: { type: ['integer', 'null'], description: 'index of the claim in its event' },
      assessment: { type: ['integer', 'null'], description: 'index of the assessment in its document' },
    },
    ['field', 'start', 'end', 'text', 'owner', 'event_key', 'incident_id', 'claim', 'assessment'],
  ),
};

const retrieval = obj(
  { kind: str, uri: str, first_seen: str, last_seen: str, times: { type: 'integer' } },
  ['kind', 'uri', 'first_seen', 'last_seen', 'times'],
);

export const DocumentView = {
  $id: 'DocumentView',
  description: 'A stored document: its clean text and every evidence span for highlighting.',
  ...obj({
    document: {
      type: 'object',
      properties: { ...DOCUMENT_FIELDS, warnings: arr(ref('Warning')), stored_at: str, retrievals: arr(retrieval) },
      required: [...DOCUMENT_REQUIRED, 'warnings', 'stored_at', 'retrievals'],
    },
    spans: arr(ref('HighlightSpan')),
    assessments: arr(ref('Assessment')),
    mentions: arr(ref('Mention')),
  }, ['document', 'spans', 'assessments']),
};

export const SHARED_SCHEMAS = [
  Evidence,
  Claim,
  EventRecord,
  Assessment,
  Mention,
  Warning,
  DocumentRecord,
  AnalysisResult,
  ApiError,
  IncidentRow,
  StoredEvent,
  IncidentDetail,
  HighlightSpan,
  DocumentView,
];

/** Error responses every route may give, by status. */
export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, { description: ERROR_TEXT[s] ?? 'error', ...ref('ApiError') }]));

const ERROR_TEXT: Record<number, string> = {
  400: 'bad request (validation failed; see error.code)',
  404: 'not found',
  413: 'body too large',
  415: 'unsupported media type',
  422: 'the document could not be read (empty, binary, undecodable…)',
  501: 'not available in this build',
  503: 'unavailable for now: every analysis worker busy (`busy`), shutting down; retry later',
  504: 'the report was not analysed in time (`analysis_timeout`)',
};

// ---------------------------------------------------------------- requests

const DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

/** Query of GET /api/incidents and GET /api/export (the filters of `marsad events`, plus bbox and q). */
export const incidentQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    actor: { type: 'string', maxLength: 200, description: 'part of an actor name (actor1, actor2 or associated), e.g. JNIM' },
    type: { type: 'string', maxLength: 100, description: `event type, sub-event type or disorder type; event types: ${EVENT_TYPES.join(', ')}` },
    country: { type: 'string', maxLength: 100, description: 'country name or ISO numeric / alpha-2 / alpha-3 code' },
    admin1: { type: 'string', maxLength: 100 },
    from: { type: 'string', pattern: DATE, description: 'YYYY, YYYY-MM or YYYY-MM-DD (inclusive)' },
    to: { type: 'string', pattern: DATE, description: 'YYYY, YYYY-MM or YYYY-MM-DD (inclusive)' },
    near: { type: 'string', pattern: '^\\s*-?\\d+(\\.\\d+)?\\s*,\\s*-?\\d+(\\.\\d+)?\\s*$', description: 'lat,lon — with km' },
    km: { type: 'number', minimum: 0, maximum: 20000, description: 'radius around `near` (default 100)' },
    bbox: {
      type: 'string',
      pattern: '^\\s*-?\\d+(\\.\\d+)?(\\s*,\\s*-?\\d+(\\.\\d+)?){3}\\s*$',
      description: 'west,south,east,north in degrees (west > east crosses the antimeridian)',
    },
    q: { type: 'string', maxLength: 500, description: 'full-text search over the source documents (ar, fr, en; letter variants folded)' },
    limit: { type: 'integer', minimum: 0, maximum: 10000, default: 100 },
    offset: { type: 'integer', minimum: 0, default: 0 },
  },
} as const;

export interface IncidentQuery {
  actor?: string;
  type?: string;
  country?: string;
  admin1?: string;
  from?: string;
  to?: string;
  near?: string;
  km?: number;
  bbox?: string;
  q?: string;
  limit?: number;
  offset?: number;
}

export const analyzeOptions = {
  published: { type: 'string', maxLength: 40, description: 'publication date YYYY-MM-DD; relative dates are resolved against it' },
  lang: { type: 'string', enum: ['ar', 'fr', 'en'], description: 'force the language instead of detecting it' },
  store: { type: 'boolean', default: false, description: 'also store the document and fuse its events into incidents' },
  title: { type: 'string', maxLength: 1000 },
  url: { type: 'string', maxLength: 2000, description: 'where the report was published (recorded as its source)' },
} as const;

export const analyzeQuery = { type: 'object', additionalProperties: false, properties: analyzeOptions } as const;

export const analyzeJsonBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    text: { type: 'string', description: 'the report as plain text' },
    html: { type: 'string', description: 'the report as an HTML page' },
    ...analyzeOptions,
  },
  oneOf: [{ required: ['text'] }, { required: ['html'] }],
} as const;

export interface AnalyzeOptions {
  published?: string;
  lang?: 'ar' | 'fr' | 'en';
  store?: boolean;
  title?: string;
  url?: string;
}
