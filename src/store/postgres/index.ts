/**
 * @module store/postgres
 * The server store: the same `Store` as the SQLite engine, on PostgreSQL through `pg` (pure JS).
 * Same semantics: numbered migrations, one transaction per document (or per batch), duplicates
 * by clean-text hash keep only a retrieval, the same fusion walk, the same filters and search
 * over the same folded text (./fts.ts). Every statement is parameterised.
 *
 * Writes are serialised: in this process by a queue, across processes by a transaction-level
 * advisory lock, so two ingests into one database behave like SQLite's single writer. Reads go
 * straight to the pool. The schema is migrated on first use (so `openStore` stays synchronous);
 * a server that cannot be reached is reported by the first call, as a rejected promise.
 *
 * Text is stored verbatim except for one thing PostgreSQL cannot hold: U+0000. It is written as
 * U+E000 '0' (and U+E000 itself as U+E000 U+E000) and turned back when read (see `enc`/`dec`).
 *
 * @example
 *   const s = await PgStore.open({ url: 'postgres://marsad@localhost/marsad' });
 *   await s.saveAnalysis(result, { kind: 'file', uri: 'a.txt' });
 *   await s.close();
 */
import pg from 'pg';
import type { AnalysisResult, Assessment, EventRecord, Evidence, Mention, Warning } from '../../model/types.ts';
import { fold } from '../../text/index.ts';
import { EVENT_TYPES, SUB_EVENT_TYPES } from '../../model/taxonomy.ts';
import { candidateWindows, fusionInput, incidentRecord, MAX_CANDIDATES, planIncidents, standInFuse, type NewIncident } from '../fusion.ts';
import { dayNumber, normaliseFilter } from '../filter.ts';
import { actorNames, assembleEvents, incidentId, incidentNumber, type Row } from '../records.ts';
import { PG_MIGRATIONS } from './migrations.ts';
import { documentLexemes, pgTsQuery } from './fts.ts';
import type {
  FuseFn,
  IncidentDetail,
  IncidentFilter,
  IncidentRow,
  Retrieval,
  RetrievalRow,
  SaveResult,
  SearchHit,
  SourceKind,
  SourceRow,
  Store,
  StoreCounts,
  StoredDocument,
  StoredEvent,
} from '../types.ts';

type Conn = pg.Pool | pg.PoolClient;

export interface PgOptions {
  /** postgres://user[:password]@host[:port]/database; `?schema=NAME` puts the tables in that schema. */
  url: string;
  /** Schema for the tables (created if missing); overrides `?schema=` of the URL. Default: the server's search_path. */
  schema?: string;
  /** Fusion applied by fusePending (default: one incident per event). */
  fuse?: FuseFn;
  /** Open read-only: no migration, every transaction read-only. */
  readonly?: boolean;
  /** Most connections at once (default 4). */
  max?: number;
}

/** Queued events fused per transaction (as the SQLite engine). */
const FUSION_BATCH = 200;
const PAGE = 1000;
/** Rows per multi-row INSERT (one array parameter per column). */
const CHUNK = 5000;
const SUB_TYPES = new Set(SUB_EVENT_TYPES.map((t) => t.sub_event_type));
/** Key of the advisory lock that serialises writers (with the schema's hash as second key): "MRSD". */
const WRITE_LOCK = 0x4d525344;
const MAX_INT4 = 2_147_483_647;
/** Radius up to which a distance filter is served by the index of places (as in SQLite). */
const GEO_DRIVEN_KM = 200;

const now = () => new Date().toISOString();
const DAY_MS = 86_400_000;
const dayString = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const json = (v: unknown) => JSON.stringify(v);
const parse = <T>(s: unknown): T => JSON.parse(String(s)) as T;

// ------------------------------------------------------------------ U+0000, which text cannot hold

const ESC = '\uE000';
const NEEDS_ENC = /[\u0000\uE000]/;
const NEEDS_DEC = /\uE000/;
export function enc(s: string): string {
  return NEEDS_ENC.test(s) ? s.replace(/[\u0000\uE000]/g, (c) => (c === '\u0000' ? ESC + '0' : ESC + ESC)) : s;
}
export function dec(s: string): string {
  return NEEDS_DEC.test(s) ? s.replace(/\uE000([0\uE000])/g, (_, c: string) => (c === '0' ? '\u0000' : ESC)) : s;
}
const encParam = (v: unknown): unknown => (typeof v === 'string' ? enc(v) : Array.isArray(v) ? v.map(encParam) : v);
function decRow(r: Row): Row {
  for (const k in r) if (typeof r[k] === 'string') r[k] = dec(r[k] as string);
  return r;
}

async function q(c: Conn, sql: string, params: unknown[] = []): Promise<Row[]> {
  const r = await c.query(sql, params.map(encParam));
  return (r.rows as Row[]).map(decRow);
}

/** Placeholders for a statement built piece by piece. */
class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

interface InsertSpec {
  table: string;
  /** Column names and their element types. */
  cols: Array<[string, string]>;
  rows: unknown[][];
  /** ON CONFLICT … */
  tail?: string;
}

/** INSERT many rows into one table (chunked). */
async function insertRows(c: Conn, table: string, cols: Array<[string, string]>, rows: unknown[][], tail = ''): Promise<void> {
  await insertMany(c, [{ table, cols, rows, tail }]);
}

/**
 * INSERT rows into several tables in one statement (data-modifying WITH clauses, run in order;
 * foreign keys are checked at the end of the statement). Falls back to one statement per
 * chunk when a table has more than CHUNK rows.
 */
async function insertMany(c: Conn, specs: InsertSpec[]): Promise<void> {
  const live = specs.filter((s) => s.rows.length > 0);
  if (!live.length) return;
  if (live.some((s) => s.rows.length > CHUNK)) {
    for (const s of live) {
      for (let i = 0; i < s.rows.length; i += CHUNK) await insertMany(c, [{ ...s, rows: s.rows.slice(i, i + CHUNK) }]);
    }
    return;
  }
  const p = new Params();
  const stmts = live.map((s) => {
    const arrays = s.cols.map(([, t], j) => `${p.add(s.rows.map((r) => r[j] ?? null))}::${t}[]`);
    return `INSERT INTO ${s.table} (${s.cols.map(([n]) => n).join(', ')}) SELECT * FROM unnest(${arrays.join(', ')}) ${s.tail ?? ''}`;
  });
  const sql = stmts.length === 1 ? stmts[0] : `WITH ${stmts.slice(0, -1).map((st, i) => `w${i} AS (${st})`).join(', ')} ${stmts[stmts.length - 1]}`;
  await q(c, sql, p.values);
}

/** Rows of source_items (source_id, item_key, status, document_id, seen_at), upserted. */
function itemsSpec(rows: unknown[][]): InsertSpec {
  return {
    table: 'source_items',
    cols: [['source_id', 'int'], ['item_key', 'text'], ['status', 'text'], ['document_id', 'text'], ['seen_at', 'text']],
    rows,
    tail: `ON CONFLICT (source_id, md5(item_key)) DO UPDATE SET status = excluded.status,
      document_id = coalesce(excluded.document_id, source_items.document_id), seen_at = excluded.seen_at`,
  };
}

/** Lexemes as tsvector input text: each quoted, so that the cast keeps them exactly. */
function tsvectorText(lexemes: string[]): string {
  return lexemes.map((l) => `'${l.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`).join(' ');
}

/** Numbers for new rows of an identity column, taken in order. */
async function nextIds(c: Conn, table: string, k: number): Promise<number[]> {
  if (k === 0) return [];
  const rows = await q(c, `SELECT nextval(pg_get_serial_sequence($1, 'n'))::int AS n FROM generate_series(1, $2)`, [table, k]);
  return rows.map((r) => r.n as number);
}

/** The URL with any password hidden, for messages and `path`. */
export function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

/** Split `?schema=` off a URL (the rest of the URL is left for pg). */
export function splitSchema(url: string): { url: string; schema?: string } {
  const qi = url.indexOf('?');
  if (qi < 0) return { url };
  let schema: string | undefined;
  const rest = url
    .slice(qi + 1)
    .split('&')
    .filter((part) => {
      const m = /^schema=(.*)$/.exec(part);
      if (m) schema = decodeURIComponent(m[1]);
      return !m && part !== '';
    });
  if (schema === undefined) return { url };
  return { url: url.slice(0, qi) + (rest.length ? '?' + rest.join('&') : ''), schema };
}

export class PgStore implements Store {
  readonly engine = 'postgres' as const;
  /** The URL, password hidden. */
  readonly path: string;
  readonly schema: string | null;
  readonly pool: pg.Pool;
  private readonly fuse: FuseFn;
  private readonly readonly: boolean;
  private readyP: Promise<void> | undefined;
  private writes: Promise<unknown> = Promise.resolve();
  private readonly actorCache = new Map<string, number>();
  private readonly foldCache = new Map<string, string>();
  private closed = false;

  /** A store on `url`; nothing is contacted until the first call (see `open` to connect now). */
  constructor(opts: PgOptions) {
    if (typeof opts.url !== 'string' || !/^postgres(ql)?:\/\//i.test(opts.url)) throw new Error(`marsad store: a PostgreSQL store needs a postgres:// URL, got ${JSON.stringify(opts.url)}`);
    const s = splitSchema(opts.url);
    const schema = opts.schema ?? s.schema ?? null;
    if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`marsad store: schema name must be lower-case letters, digits and _, got '${schema}'`);
    this.schema = schema;
    this.path = redactUrl(opts.url);
    this.fuse = opts.fuse ?? standInFuse;
    this.readonly = opts.readonly ?? false;
    const options = [schema ? `-c search_path=${schema}` : '', this.readonly ? '-c default_transaction_read_only=on' : ''].filter(Boolean).join(' ');
    this.pool = new pg.Pool({ connectionString: s.url, max: opts.max ?? 4, allowExitOnIdle: true, ...(options ? { options } : {}) });
    // An idle client's error (server restart) must not bring the process down; the next query reports it.
    this.pool.on('error', () => {});
  }

  /** Open, connect and migrate to the latest schema. */
  static async open(opts: PgOptions): Promise<PgStore> {
    const s = new PgStore(opts);
    try {
      await s.ready();
    } catch (e) {
      await s.close();
      throw e;
    }
    return s;
  }

  private ready(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('marsad store: the PostgreSQL store is closed'));
    if (!this.readyP) {
      this.readyP = this.init().catch((e: unknown) => {
        this.readyP = undefined;
        throw e;
      });
    }
    return this.readyP;
  }

  private async init(): Promise<void> {
    let c: pg.PoolClient;
    try {
      c = await this.pool.connect();
    } catch (e) {
      throw new Error(`marsad store: cannot reach PostgreSQL at ${this.path}: ${(e as Error).message}`, { cause: e });
    }
    try {
      if (this.readonly) {
        const t = await q(c, "SELECT to_regclass('migrations') AS t");
        if (!t[0].t) throw new Error(`marsad store: no Marsad schema at ${this.path}${this.schema ? ` (schema ${this.schema})` : ''}; ingest reports first`);
        await checkVersion(c);
      } else await migrate(c, this.schema);
    } finally {
      c.release();
    }
  }

  async schemaVersion(): Promise<number> {
    await this.ready();
    return ((await q(this.pool, 'SELECT max(version) AS v FROM migrations'))[0].v as number | null) ?? 0;
  }

  /** Run `fn` in a write transaction, after every earlier write of this store and under the writers' lock. */
  private tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      await this.ready();
      const c = await this.pool.connect();
      try {
        await c.query(`BEGIN; SELECT pg_advisory_xact_lock(${WRITE_LOCK}, hashtext(coalesce(current_schema(), '')))`);
        const r = await fn(c);
        await c.query('COMMIT');
        return r;
      } catch (e) {
        this.actorCache.clear();
        await c.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        c.release();
      }
    };
    const p = this.writes.then(run, run);
    this.writes = p.catch(() => {});
    return p;
  }

  /** A read on the pool, once the schema is there. */
  private async read(sql: string, params: unknown[] = []): Promise<Row[]> {
    await this.ready();
    return q(this.pool, sql, params);
  }

  // ------------------------------------------------------------------ sources

  async upsertSource(s: { kind: SourceKind; uri: string; name?: string | null }): Promise<SourceRow> {
    return this.tx(async (c) => {
      const r = await q(
        c,
        `INSERT INTO sources (kind, uri, name, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (kind, md5(uri)) DO UPDATE SET name = coalesce(excluded.name, sources.name) RETURNING *`,
        [s.kind, s.uri, s.name ?? null, now()],
      );
      return r[0] as unknown as SourceRow;
    });
  }

  async listSources(): Promise<SourceRow[]> {
    return (await this.read('SELECT * FROM sources ORDER BY id')) as unknown as SourceRow[];
  }

  async seenItems(sourceId: number, keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await this.read(
      'SELECT item_key FROM source_items WHERE source_id = $1 AND md5(item_key) IN (SELECT md5(k) FROM unnest($2::text[]) k) AND item_key = ANY($2::text[])',
      [sourceId, keys],
    );
    return new Set(rows.map((r) => r.item_key as string));
  }

  async markItemsSeen(sourceId: number, items: Array<{ key: string; status: string }>): Promise<void> {
    if (items.length === 0) return;
    const last = new Map(items.map((it) => [it.key, it.status]));
    const t = now();
    await this.tx((c) => insertMany(c, [itemsSpec([...last].map(([k, st]) => [sourceId, k, st, null, t]))]));
  }

  async touchSource(sourceId: number): Promise<void> {
    await this.tx((c) => q(c, 'UPDATE sources SET last_polled_at = $1 WHERE id = $2', [now(), sourceId]));
  }

  // ------------------------------------------------------------------ documents

  async findByHash(cleanSha256: string): Promise<string | null> {
    const r = await this.read('SELECT id FROM documents WHERE clean_sha256 = $1', [cleanSha256]);
    return (r[0]?.id as string | undefined) ?? null;
  }

  async addRetrieval(documentId: string, r: Retrieval): Promise<void> {
    await this.tx((c) => this.retrieval(c, documentId, r, now()));
  }

  private async retrieval(c: Conn, documentId: string, r: Retrieval, t: string) {
    await insertMany(c, [
      {
        table: 'retrievals',
        cols: [['document_id', 'text'], ['kind', 'text'], ['uri', 'text'], ['source_id', 'int'], ['item_key', 'text'], ['raw_sha256', 'text'], ['first_seen', 'text'], ['last_seen', 'text']],
        rows: [[documentId, r.kind, r.uri, r.source_id ?? null, r.item_key ?? null, r.raw_sha256 ?? null, t, t]],
        tail: `ON CONFLICT (document_id, kind, md5(uri)) DO UPDATE SET last_seen = excluded.last_seen, times = retrievals.times + 1,
          source_id = coalesce(excluded.source_id, retrievals.source_id), item_key = coalesce(excluded.item_key, retrievals.item_key)`,
      },
      ...(r.source_id != null && r.item_key != null ? [itemsSpec([[r.source_id, r.item_key, 'stored', documentId, t]])] : []),
    ]);
  }

  async saveAnalysis(result: AnalysisResult, r: Retrieval): Promise<SaveResult> {
    return this.tx((c) => this.saveTx(c, result, r));
  }

  async saveAnalyses(items: Array<{ result: AnalysisResult; retrieval: Retrieval }>): Promise<SaveResult[]> {
    return this.tx(async (c) => {
      const out: SaveResult[] = [];
      for (const it of items) out.push(await this.saveTx(c, it.result, it.retrieval));
      return out;
    });
  }

  private async saveTx(c: pg.PoolClient, result: AnalysisResult, r: Retrieval): Promise<SaveResult> {
    const d = result.document;
    const t = now();
    // One probe: is the text stored already, is the id taken, and numbers for the new events.
    const probe = (
      await q(
        c,
        `SELECT (SELECT id FROM documents WHERE clean_sha256 = $1) AS dup, EXISTS (SELECT 1 FROM documents WHERE id = $2) AS clash,
           CASE WHEN $3::int > 0 THEN ARRAY(SELECT nextval(pg_get_serial_sequence('events', 'n'))::int FROM generate_series(1, $3::int)) END AS ns`,
        [d.clean_sha256, d.id, result.events.length],
      )
    )[0];
    if (probe.dup != null) {
      const id = probe.dup as string;
      await this.retrieval(c, id, r, t);
      return { status: 'duplicate', document_id: id, events: 0 };
    }
    // The id is a prefix of the clean hash; on the (astronomically rare) clash take a longer one.
    let id = d.id;
    if (probe.clash) for (let len = 24; (await q(c, 'SELECT 1 FROM documents WHERE id = $1', [id])).length; len += 8) id = d.clean_sha256.slice(0, len);
    const ns = (probe.ns as number[] | null) ?? [];

    // Every row of the document in one statement (JSON is made first: a value it cannot hold fails before any write).
    const warnings = json(result.warnings);
    const evidence: unknown[][] = [];
    const claims: unknown[][] = [];
    const eventRows = result.events.map((e, i) => {
      const n = ns[i];
      const docs = id === d.id ? e.source_documents : e.source_documents.map((x) => (x === d.id ? id : x));
      const { claims: cs, evidence: es, ...rest } = e;
      const body = json({ ...rest, source_documents: docs });
      const d0 = dayNumber(e.date_start);
      const d1 = dayNumber(e.date_end) ?? d0;
      const dated = d0 !== null && d1 !== null;
      for (const ev of es) evidence.push([id, 'event', n, 0, ev.field, ev.start, ev.end, ev.text]);
      cs.forEach((cl, j) => {
        claims.push([n, j, cl.claimant, cl.kind, cl.value.min, cl.value.max, cl.value.text, cl.subject, cl.stance]);
        for (const ev of cl.evidence) evidence.push([id, 'claim', n, j, ev.field, ev.start, ev.end, ev.text]);
      });
      return [
        n, `${id}:${i + 1}`, id, i + 1, e.event_date, e.date_start, e.date_end, dated ? Math.min(d0, d1) : null, dated ? Math.max(d0, d1) : null,
        e.event_type, e.sub_event_type, e.actor1, e.actor2, e.country, e.admin1, e.location, e.latitude, e.longitude, e.fatalities, e.background ? 1 : 0, body,
      ];
    });
    const assessmentRows = result.assessments.map((a, i) => {
      for (const ev of a.evidence) evidence.push([id, 'assessment', i, 0, ev.field, ev.start, ev.end, ev.text]);
      return [id, i, a.subject, a.predicate, json(a.object), a.quantity ? json(a.quantity) : null, a.as_of ? json(a.as_of) : null, a.claimant];
    });
    const specs: InsertSpec[] = [
      {
        table: 'documents',
        cols: [
          ['id', 'text'], ['clean_sha256', 'text'], ['raw_sha256', 'text'], ['source_kind', 'text'], ['source_uri', 'text'], ['outlet', 'text'], ['title', 'text'], ['language', 'text'],
          ['published', 'text'], ['published_source', 'text'], ['encoding', 'text'], ['format', 'text'], ['url', 'text'], ['text', 'text'], ['warnings', 'text'], ['stored_at', 'text'], ['fts', 'tsvector'],
        ],
        rows: [[
          id, d.clean_sha256, d.raw_sha256, d.source.kind, d.source.uri, d.outlet, d.title, d.language, d.published,
          d.published_source, d.encoding ?? null, d.format ?? null, d.url ?? null, d.text, warnings, t, tsvectorText(documentLexemes(d)),
        ]],
      },
      {
        table: 'retrievals',
        cols: [['document_id', 'text'], ['kind', 'text'], ['uri', 'text'], ['source_id', 'int'], ['item_key', 'text'], ['raw_sha256', 'text'], ['first_seen', 'text'], ['last_seen', 'text']],
        rows: [[id, r.kind, r.uri, r.source_id ?? null, r.item_key ?? null, r.raw_sha256 ?? null, t, t]],
      },
      ...(r.source_id != null && r.item_key != null ? [itemsSpec([[r.source_id, r.item_key, 'stored', id, t]])] : []),
      {
        table: 'mentions',
        cols: [['document_id', 'text'], ['seq', 'int'], ['kind', 'text'], ['start', 'int'], ['"end"', 'int'], ['text', 'text'], ['resolved', 'text'], ['label', 'text'], ['reason', 'text']],
        rows: result.mentions.map((m, i) => [id, i, m.kind, m.start, m.end, m.text, m.resolved, m.label ?? null, m.reason ?? null]),
      },
      {
        table: 'events',
        cols: [
          ['n', 'int'], ['key', 'text'], ['document_id', 'text'], ['seq', 'int'], ['event_date', 'text'], ['date_start', 'text'], ['date_end', 'text'], ['d0', 'int'], ['d1', 'int'],
          ['event_type', 'text'], ['sub_event_type', 'text'], ['actor1', 'text'], ['actor2', 'text'], ['country', 'text'], ['admin1', 'text'], ['location', 'text'],
          ['latitude', 'float8'], ['longitude', 'float8'], ['fatalities', 'float8'], ['background', 'int'], ['record', 'text'],
        ],
        rows: eventRows,
      },
      {
        table: 'claims',
        cols: [['event_n', 'int'], ['seq', 'int'], ['claimant', 'text'], ['kind', 'text'], ['value_min', 'float8'], ['value_max', 'float8'], ['value_text', 'text'], ['subject', 'text'], ['stance', 'text']],
        rows: claims,
      },
      { table: 'fusion_queue', cols: [['event_n', 'int']], rows: ns.map((n) => [n]) },
      {
        table: 'assessments',
        cols: [['document_id', 'text'], ['seq', 'int'], ['subject', 'text'], ['predicate', 'text'], ['object', 'text'], ['quantity', 'text'], ['as_of', 'text'], ['claimant', 'text']],
        rows: assessmentRows,
      },
      {
        table: 'evidence',
        cols: [['document_id', 'text'], ['owner', 'text'], ['owner_n', 'int'], ['owner_seq', 'int'], ['field', 'text'], ['start', 'int'], ['"end"', 'int'], ['text', 'text']],
        rows: evidence,
      },
    ];
    await insertMany(c, specs);
    return { status: 'new', document_id: id, events: result.events.length };
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const rows = await this.read(
      `SELECT id, clean_sha256, raw_sha256, source_kind, source_uri, outlet, title, language, published, published_source, encoding, format, url, text, warnings, stored_at
       FROM documents WHERE id = $1`,
      [id],
    );
    const r = rows[0];
    if (!r) return null;
    const retrievals = await this.read(
      'SELECT document_id, kind, uri, source_id, item_key, raw_sha256, first_seen, last_seen, times FROM retrievals WHERE document_id = $1 ORDER BY id',
      [id],
    );
    return {
      id: r.id as string,
      source: { kind: r.source_kind as StoredDocument['source']['kind'], uri: r.source_uri as string },
      outlet: r.outlet as string | null,
      title: r.title as string | null,
      language: r.language as StoredDocument['language'],
      published: r.published as string | null,
      published_source: r.published_source as StoredDocument['published_source'],
      text: r.text as string,
      raw_sha256: r.raw_sha256 as string,
      clean_sha256: r.clean_sha256 as string,
      ...(r.encoding ? { encoding: r.encoding as string } : {}),
      ...(r.format ? { format: r.format as 'text' | 'html' } : {}),
      url: r.url as string | null,
      warnings: parse<Warning[]>(r.warnings),
      stored_at: r.stored_at as string,
      retrievals: retrievals as unknown as RetrievalRow[],
    };
  }

  async mentionsOf(documentId: string): Promise<Mention[]> {
    const rows = await this.read('SELECT * FROM mentions WHERE document_id = $1 ORDER BY seq', [documentId]);
    return rows.map((m) => ({
      kind: m.kind as Mention['kind'],
      start: m.start as number,
      end: m.end as number,
      text: m.text as string,
      resolved: m.resolved as string | null,
      ...(m.label != null ? { label: m.label as string } : {}),
      ...(m.reason != null ? { reason: m.reason as string } : {}),
    }));
  }

  async assessmentsOf(documentId: string): Promise<Assessment[]> {
    const rows = await this.read('SELECT * FROM assessments WHERE document_id = $1 ORDER BY seq', [documentId]);
    if (!rows.length) return [];
    const evs = await this.read(`SELECT owner_n, field, start, "end", text FROM evidence WHERE document_id = $1 AND owner = 'assessment' ORDER BY id`, [documentId]);
    const by = new Map<number, Evidence[]>();
    for (const e of evs) {
      const k = e.owner_n as number;
      if (!by.has(k)) by.set(k, []);
      by.get(k)!.push({ field: e.field as string, start: e.start as number, end: e.end as number, text: e.text as string });
    }
    return rows.map((a) => ({
      subject: a.subject as string,
      predicate: a.predicate as string,
      object: parse<string[]>(a.object),
      quantity: a.quantity == null ? null : parse<Assessment['quantity']>(a.quantity),
      as_of: a.as_of == null ? null : parse<Assessment['as_of']>(a.as_of),
      claimant: a.claimant as string,
      evidence: by.get(a.seq as number) ?? [],
    }));
  }

  /** Events (with claims and evidence reassembled) for event rows; two queries whatever their number. */
  private async eventsFromRows(c: Conn, rows: Row[]): Promise<StoredEvent[]> {
    if (!rows.length) return [];
    const ns = rows.map((r) => r.n as number);
    const claims = await q(c, 'SELECT * FROM claims WHERE event_n = ANY($1::int[]) ORDER BY event_n, seq', [ns]);
    const evidence = await q(c, `SELECT owner, owner_n, owner_seq, field, start, "end", text FROM evidence WHERE owner IN ('event', 'claim') AND owner_n = ANY($1::int[]) ORDER BY id`, [ns]);
    return assembleEvents(rows, claims, evidence);
  }

  async eventsOf(documentId: string): Promise<StoredEvent[]> {
    const rows = await this.read('SELECT e.n, e.key, e.document_id, e.record, ie.incident_n FROM events e LEFT JOIN incident_events ie ON ie.event_n = e.n WHERE e.document_id = $1 ORDER BY e.seq', [documentId]);
    return this.eventsFromRows(this.pool, rows);
  }

  async searchDocuments(query: string, opts: { limit?: number } = {}): Promise<SearchHit[]> {
    const tsq = pgTsQuery(query);
    if (!tsq) return [];
    const rows = await this.read(
      `SELECT d.id AS document_id, d.title, d.outlet, d.published, d.language, -ts_rank(d.fts, query) AS rank
       FROM documents d, CAST($1 AS tsquery) query WHERE d.fts @@ query ORDER BY rank, d.n LIMIT $2`,
      [tsq, clampLimit(opts.limit ?? 20)],
    );
    return rows as unknown as SearchHit[];
  }

  // ------------------------------------------------------------------ fusion

  async fusePending(): Promise<{ events: number; incidents: number }> {
    let events = 0;
    let incidents = 0;
    for (;;) {
      const r = await this.tx(async (c) => {
        const batch = await q(c, 'SELECT e.n, e.date_start, e.date_end, e.country FROM fusion_queue f JOIN events e ON e.n = f.event_n ORDER BY e.date_start, e.n LIMIT $1', [FUSION_BATCH]);
        return batch.length ? this.fuseBatch(c, batch) : null;
      });
      if (!r) break;
      events += r.events;
      incidents += r.incidents;
    }
    return { events, incidents };
  }

  /** As SqliteStore.fuseBatch: candidates by overlapping dates, closed over their incidents, fused, replaced when changed. */
  private async fuseBatch(c: pg.PoolClient, batch: Row[]): Promise<{ events: number; incidents: number }> {
    const set = new Set<number>(batch.map((b) => b.n as number));
    const { windows, undated } = candidateWindows(batch);
    for (const w of windows) {
      const rows = await q(
        c,
        `SELECT n FROM events WHERE d0 IS NOT NULL AND int4range(d0, d1, '[]') && int4range($1, $2, '[]')
         AND (country = $3 OR country = '' OR $3 = '') ORDER BY d1 - d0 LIMIT $4`,
        [w.from, w.to, w.country, MAX_CANDIDATES * w.k],
      );
      for (const r of rows) set.add(r.n as number);
    }
    for (const country of undated) for (const r of await q(c, 'SELECT n FROM events WHERE date_start IS NULL AND country = $1 LIMIT $2', [country, MAX_CANDIDATES])) set.add(r.n as number);

    // Close over the incidents touched: all their members are fused again together.
    const oldIncident = new Map<number, number>();
    const oldMembers = new Map<number, number[]>();
    const inc = await q(c, 'SELECT DISTINCT incident_n FROM incident_events WHERE event_n = ANY($1::int[])', [[...set]]);
    if (inc.length) {
      const ms = await q(c, 'SELECT incident_n, event_n FROM incident_events WHERE incident_n = ANY($1::int[]) ORDER BY event_n', [inc.map((r) => r.incident_n)]);
      for (const m of ms) {
        const i = m.incident_n as number;
        const e = m.event_n as number;
        if (!oldMembers.has(i)) oldMembers.set(i, []);
        oldMembers.get(i)!.push(e);
        set.add(e);
        oldIncident.set(e, i);
      }
    }

    const ns = [...set].sort((a, b) => a - b);
    const rows = await q(
      c,
      `SELECT e.n, e.key, e.document_id, e.record, ie.incident_n, d.outlet, d.published FROM events e JOIN documents d ON d.id = e.document_id
       LEFT JOIN incident_events ie ON ie.event_n = e.n WHERE e.n = ANY($1::int[]) ORDER BY e.n`,
      [ns],
    );
    const events = await this.eventsFromRows(c, rows);
    const plan = planIncidents(
      rows.map((r, i) => ({ n: r.n as number, input: fusionInput(events[i], r) })),
      oldIncident,
      oldMembers,
      this.fuse,
    );
    await this.deleteIncidents(c, plan.drop);
    await this.insertIncidents(c, plan.create);
    await q(c, 'DELETE FROM fusion_queue WHERE event_n = ANY($1::int[])', [ns]);
    return { events: batch.length, incidents: plan.create.length };
  }

  private async deleteIncidents(c: Conn, ns: number[]) {
    if (!ns.length) return;
    for (const sql of ['DELETE FROM incident_events WHERE incident_n = ANY($1::int[])', 'DELETE FROM incident_actors WHERE incident_n = ANY($1::int[])', 'DELETE FROM incidents WHERE n = ANY($1::int[])']) {
      await q(c, sql, [ns]);
    }
  }

  /** Actor row numbers by name (cached; the cache is dropped when a transaction fails). */
  private async actorNs(c: Conn, names: string[]): Promise<Map<string, number>> {
    const missing = [...new Set(names.filter((n) => !this.actorCache.has(n)))];
    if (missing.length) {
      await insertRows(c, 'actors', [['name', 'text'], ['key', 'text']], missing.map((n) => [n, fold(n)]), 'ON CONFLICT (md5(name)) DO NOTHING');
      const rows = await q(c, 'SELECT n, name FROM actors WHERE md5(name) IN (SELECT md5(x) FROM unnest($1::text[]) x)', [missing]);
      for (const r of rows) this.actorCache.set(r.name as string, r.n as number);
    }
    const out = new Map<string, number>();
    for (const n of names) {
      const a = this.actorCache.get(n);
      if (a === undefined) throw new Error(`marsad store: actor '${n}' was not stored`);
      out.set(n, a);
    }
    return out;
  }

  private folded(s: string): string {
    let f = this.foldCache.get(s);
    if (f === undefined) {
      if (this.foldCache.size > 10_000) this.foldCache.clear();
      f = fold(s);
      this.foldCache.set(s, f);
    }
    return f;
  }

  /** Write incidents (with their members and actors) in a few multi-row statements; returns their numbers. */
  private async insertIncidents(c: Conn, items: NewIncident[]): Promise<number[]> {
    if (!items.length) return [];
    const t = now();
    const recs = items.map((it) => incidentRecord(it.record, it.memberDocs));
    // ACLED's `source`: the outlets that reported it, when extraction left it empty.
    const needOutlets = [...new Set(recs.filter((r) => !r.source).flatMap((r) => r.source_documents))];
    const outlets = new Map<string, string | null>();
    if (needOutlets.length) for (const r of await q(c, 'SELECT id, outlet FROM documents WHERE id = ANY($1::text[])', [needOutlets])) outlets.set(r.id as string, r.outlet as string | null);
    const fresh = await nextIds(c, 'incidents', items.filter((it) => it.reuse === null).length);
    let k = 0;
    const ns = items.map((it) => (it.reuse !== null ? it.reuse : fresh[k++]));
    const rows: unknown[][] = [];
    const members: unknown[][] = [];
    const actorRows: Array<[string, string, number]> = [];
    recs.forEach((rec, i) => {
      const it = items[i];
      const n = ns[i];
      if (!rec.source) rec.source = [...new Set(rec.source_documents.map((d) => outlets.get(d)).filter((o): o is string => !!o))].join('; ');
      const d0 = dayNumber(rec.date_start);
      const d1 = dayNumber(rec.date_end);
      const sortDate = rec.date_start ?? '';
      // The record's event_id_cnty is the incident id, set when read (see incidentRow).
      const body = json({ ...rec, event_id_cnty: it.reuse === null ? '' : incidentId(it.reuse) });
      rows.push([
        n, sortDate, rec.event_date, rec.date_start, rec.date_end, d0 !== null && d1 !== null ? d1 - d0 : null, rec.disorder_type ?? '', rec.event_type ?? '', rec.sub_event_type ?? '',
        rec.iso, rec.country ?? '', this.folded(rec.admin1 ?? ''), rec.latitude, rec.longitude, rec.fatalities ?? 0, body, t,
      ]);
      for (const m of it.members) members.push([m, n]);
      for (const name of actorNames(rec)) actorRows.push([name, sortDate, n]);
    });
    await insertRows(
      c,
      'incidents',
      [
        ['n', 'int'], ['sort_date', 'text'], ['event_date', 'text'], ['date_start', 'text'], ['date_end', 'text'], ['span_days', 'int'], ['disorder_type', 'text'], ['event_type', 'text'],
        ['sub_event_type', 'text'], ['iso', 'int'], ['country', 'text'], ['admin1_key', 'text'], ['latitude', 'float8'], ['longitude', 'float8'], ['fatalities', 'float8'], ['record', 'text'], ['updated_at', 'text'],
      ],
      rows,
    );
    if (members.length) await insertRows(c, 'incident_events', [['event_n', 'int'], ['incident_n', 'int']], members);
    if (actorRows.length) {
      const an = await this.actorNs(c, actorRows.map((a) => a[0]));
      await insertRows(c, 'incident_actors', [['actor_n', 'int'], ['sort_date', 'text'], ['incident_n', 'int']], actorRows.map(([name, s, n]) => [an.get(name)!, s, n]), 'ON CONFLICT DO NOTHING');
    }
    return ns;
  }

  /**
   * Store incident records that come with no documents of ours (an import of another dataset, a
   * benchmark), in one transaction. Returns their ids. Not part of the Store interface.
   */
  async importIncidents(records: EventRecord[]): Promise<string[]> {
    return this.tx(async (c) => (await this.insertIncidents(c, records.map((record) => ({ reuse: null, record, members: [], memberDocs: [] })))).map(incidentId));
  }

  // ------------------------------------------------------------------ incidents

  /** Rows (n, sort_date, record) matching `f`, most recent first, after the keyset `after`. */
  private async select(f0: IncidentFilter, after: { s: string; n: number } | null, limit: number, offset: number): Promise<Row[]> {
    // Filters as users write them are made canonical; one that names nothing matches nothing.
    const norm = normaliseFilter(f0);
    if (!norm.ok) return [];
    const f = norm.filter;
    await this.ready();
    const p = new Params();
    const where: string[] = [];
    if (f.country?.trim()) {
      const cn = f.country.trim();
      where.push(/^\d+$/.test(cn) ? `i.iso = ${p.add(Number(cn) > MAX_INT4 ? -1 : Number(cn))}` : `i.country = ${p.add(cn)}`);
    }
    if (f.admin1?.trim()) where.push(`i.admin1_key = ${p.add(this.folded(f.admin1.trim()))}`);
    if (f.type?.trim()) {
      const t = f.type.trim();
      if ((EVENT_TYPES as readonly string[]).includes(t)) where.push(`i.event_type = ${p.add(t)}`);
      else if (SUB_TYPES.has(t)) where.push(`i.sub_event_type = ${p.add(t)}`);
      else where.push(`(i.disorder_type = ${p.add(t)} OR i.disorder_type LIKE ${p.add(`%${t.replace(/[\\%_]/g, (m) => '\\' + m)}%`)} ESCAPE '\\')`);
    }
    // The sort key is date_start: "starts by `to`" is one range of it; "ends from `from`" is
    // bounded below by `from` minus the widest span stored.
    if (f.to) where.push(`i.sort_date <= ${p.add(f.to)} AND i.sort_date <> ''`);
    if (f.from) {
      const max = ((await q(this.pool, 'SELECT max(span_days) AS s FROM incidents'))[0].s as number | null) ?? 0;
      const d = dayNumber(f.from);
      where.push(`i.sort_date >= ${p.add(d === null ? f.from : dayString(d - max))} AND i.date_end >= ${p.add(f.from)}`);
    }
    if (f.near) {
      const { lat, lon, km } = f.near;
      const [la0, la1, lo0, lo1] = nearBox(f.near);
      // A small circle is found through the index of places; a wide one (many incidents) is
      // checked along the walk in date order, as the SQLite engine does.
      if (km <= GEO_DRIVEN_KM) where.push(`point(i.longitude, i.latitude) <@ box(point(${p.add(lo0)}, ${p.add(la0)}), point(${p.add(lo1)}, ${p.add(la1)}))`);
      else where.push(`i.latitude BETWEEN ${p.add(la0)} AND ${p.add(la1)} AND i.longitude BETWEEN ${p.add(lo0)} AND ${p.add(lo1)}`);
      const $lat = p.add(lat);
      const $lon = p.add(lon);
      // Haversine, Earth radius 6371 km.
      where.push(
        `2 * 6371 * asin(least(1, sqrt(power(sin(radians(i.latitude - ${$lat}) / 2), 2) + cos(radians(${$lat})) * cos(radians(i.latitude)) * power(sin(radians(i.longitude - ${$lon}) / 2), 2)))) <= ${p.add(km)}`,
      );
    }
    if (f.actor?.trim()) {
      const actors = (await q(this.pool, 'SELECT n FROM actors WHERE strpos(key, $1) > 0 ORDER BY n', [this.folded(f.actor.trim())])).map((a) => a.n as number);
      if (actors.length === 0) return [];
      where.push(`EXISTS (SELECT 1 FROM incident_actors ia WHERE ia.incident_n = i.n AND ia.actor_n = ANY(${p.add(actors)}::int[]))`);
    }
    if (after) where.push(`(i.sort_date, i.n) < (${p.add(after.s)}, ${p.add(after.n)})`);
    const cond = where.length ? where.join(' AND ') : 'true';
    return q(this.pool, `SELECT i.n, i.sort_date, i.record FROM incidents i WHERE ${cond} ORDER BY i.sort_date DESC, i.n DESC LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`, p.values);
  }

  /** Incident rows with their member event keys (one query for all). */
  private async incidentRows(rows: Row[]): Promise<IncidentRow[]> {
    if (!rows.length) return [];
    const keys = new Map<number, string[]>();
    const ms = await q(this.pool, 'SELECT ie.incident_n, e.key FROM incident_events ie JOIN events e ON e.n = ie.event_n WHERE ie.incident_n = ANY($1::int[]) ORDER BY e.n', [rows.map((r) => r.n)]);
    for (const m of ms) {
      const k = m.incident_n as number;
      if (!keys.has(k)) keys.set(k, []);
      keys.get(k)!.push(m.key as string);
    }
    return rows.map((r) => {
      const n = r.n as number;
      const record = parse<EventRecord>(r.record);
      record.event_id_cnty = incidentId(n);
      return { id: incidentId(n), record, event_keys: keys.get(n) ?? [] };
    });
  }

  async listIncidents(f: IncidentFilter = {}): Promise<IncidentRow[]> {
    return this.incidentRows(await this.select(f, null, clampLimit(f.limit ?? 50), Math.max(0, f.offset ?? 0)));
  }

  async *iterateIncidents(f: IncidentFilter = {}): AsyncIterable<IncidentRow> {
    let left = f.limit === undefined ? Infinity : clampLimit(f.limit);
    let skip = Math.max(0, f.offset ?? 0);
    let last: { s: string; n: number } | null = null;
    while (left > 0) {
      const rows = await this.select(f, last, PAGE, 0);
      if (rows.length === 0) return;
      last = { s: rows[rows.length - 1].sort_date as string, n: rows[rows.length - 1].n as number };
      const wanted = rows.slice(Math.min(skip, rows.length));
      skip -= rows.length - wanted.length;
      for (const r of await this.incidentRows(wanted.slice(0, Math.min(wanted.length, left)))) {
        left--;
        yield r;
      }
      if (rows.length < PAGE) return;
    }
  }

  async getIncident(id: string): Promise<IncidentDetail | null> {
    const n = incidentNumber(id);
    if (n === null || n > MAX_INT4) return null;
    const r = await this.read('SELECT n, record FROM incidents WHERE n = $1', [n]);
    if (!r.length) return null;
    const [row] = await this.incidentRows(r);
    const memberRows = await q(this.pool, 'SELECT e.n, e.key, e.document_id, e.record, ie.incident_n FROM incident_events ie JOIN events e ON e.n = ie.event_n WHERE ie.incident_n = $1 ORDER BY e.n', [n]);
    const events = await this.eventsFromRows(this.pool, memberRows);
    const docIds = [...new Set([...row.record.source_documents, ...events.map((e) => e.document_id)])];
    const docs = await q(this.pool, 'SELECT id, title, outlet, language, published, url, source_kind, source_uri FROM documents WHERE id = ANY($1::text[])', [docIds]);
    const byId = new Map(docs.map((d) => [d.id as string, d]));
    const documents = docIds
      .map((d) => byId.get(d))
      .filter((d): d is Row => !!d)
      .map((d) => ({
        id: d.id as string,
        title: d.title as string | null,
        outlet: d.outlet as string | null,
        language: d.language as StoredDocument['language'],
        published: d.published as string | null,
        url: d.url as string | null,
        source: { kind: d.source_kind as StoredDocument['source']['kind'], uri: d.source_uri as string },
      }));
    return { ...row, events, documents };
  }

  async counts(): Promise<StoreCounts> {
    const tables = ['sources', 'documents', 'retrievals', 'mentions', 'events', 'claims', 'evidence', 'assessments', 'incidents', 'fusion_queue'];
    const r = (await this.read(`SELECT ${tables.map((t) => `(SELECT count(*) FROM ${t})::int AS ${t}`).join(', ')}`))[0];
    return {
      sources: r.sources as number,
      documents: r.documents as number,
      retrievals: r.retrievals as number,
      mentions: r.mentions as number,
      events: r.events as number,
      claims: r.claims as number,
      evidence: r.evidence as number,
      assessments: r.assessments as number,
      incidents: r.incidents as number,
      pending_fusion: r.fusion_queue as number,
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writes;
    await this.pool.end();
  }
}

/** Bounding box [minLat, maxLat, minLon, maxLon] of a circle (as the SQLite engine's). */
function nearBox(n: { lat: number; lon: number; km: number }): [number, number, number, number] {
  const dLat = n.km / 111.0;
  const cosLat = Math.max(0.01, Math.cos((Math.min(89, Math.abs(n.lat) + dLat) * Math.PI) / 180));
  const dLon = Math.min(180, n.km / (111.32 * cosLat));
  return [n.lat - dLat, n.lat + dLat, n.lon - dLon, n.lon + dLon];
}

function clampLimit(n: number): number {
  if (!Number.isFinite(n)) return 1_000_000;
  return Math.max(0, Math.min(1_000_000, Math.floor(n)));
}

async function checkVersion(c: Conn): Promise<Set<number>> {
  const done = new Set((await q(c, 'SELECT version FROM migrations')).map((r) => r.version as number));
  const known = Math.max(0, ...PG_MIGRATIONS.map((m) => m.version));
  const newest = Math.max(0, ...done);
  if (newest > known) throw new Error(`marsad store: the database has schema version ${newest}, newer than this program knows (${known}); upgrade marsad`);
  return done;
}

/** Apply the migrations not yet applied, each in its own transaction, under the writers' lock. */
export async function migrate(c: pg.PoolClient, schema: string | null): Promise<{ applied: number[] }> {
  if (schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).catch(async (e: unknown) => {
    // Two processes creating the schema at once: the loser finds it there.
    if (!(await q(c, 'SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).length) throw e;
  });
  await c.query(`SELECT pg_advisory_lock($1, hashtext(coalesce(current_schema(), '')))`, [WRITE_LOCK]);
  try {
    await c.query('CREATE TABLE IF NOT EXISTS migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)');
    const done = await checkVersion(c);
    const applied: number[] = [];
    for (const m of PG_MIGRATIONS) {
      if (done.has(m.version)) continue;
      await c.query('BEGIN');
      try {
        await c.query(m.sql);
        await q(c, 'INSERT INTO migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, now()]);
        await c.query('COMMIT');
      } catch (e) {
        await c.query('ROLLBACK').catch(() => {});
        throw e;
      }
      applied.push(m.version);
    }
    return { applied };
  } finally {
    await c.query(`SELECT pg_advisory_unlock($1, hashtext(coalesce(current_schema(), '')))`, [WRITE_LOCK]).catch(() => {});
  }
}
