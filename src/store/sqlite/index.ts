/**
 * @module store/sqlite
 * The embedded store: one SQLite file through better-sqlite3, WAL journal (readers never block the
 * writer; a killed process leaves the last committed transaction intact), FTS5 over folded text,
 * R*Trees for date ranges and coordinates. Every statement is prepared and parameterised: text of
 * any kind (SQL, script, control characters) is stored and returned verbatim.
 *
 * @example
 *   const s = SqliteStore.open({ path: '/tmp/m.db' });
 *   await s.saveAnalysis(result, { kind: 'file', uri: 'a.txt' });
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { AnalysisResult, Assessment, EventRecord, Evidence, Mention, Warning } from '../../model/types.ts';
import { fold } from '../../text/index.ts';
import { EVENT_TYPES, SUB_EVENT_TYPES } from '../../model/taxonomy.ts';
import { ftsFields, ftsQuery } from '../fts.ts';
import { candidateWindows, fusionInput, incidentRecord, MAX_CANDIDATES, planIncidents, standInFuse } from '../fusion.ts';
import { MIGRATIONS } from './migrations.ts';
import { dayNumber, normaliseFilter } from '../filter.ts';
import { actorNames, assembleEvents, incidentId, incidentNumber, type Row } from '../records.ts';

export { dayNumber };
export { actorNames, incidentId, incidentNumber };
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

type DB = Database.Database;

export interface SqliteOptions {
  /** File path, or ':memory:'. */
  path: string;
  /** Fusion applied by fusePending (default: one incident per event). */
  fuse?: FuseFn;
  readonly?: boolean;
}

/** Queued events fused per transaction. */
const FUSION_BATCH = 200;
const PAGE = 1000;
/** Actors matched by an actor filter walked one by one (beyond: checked per incident). */
const MAX_ACTOR_ARMS = 24;
const SUB_TYPES = new Set(SUB_EVENT_TYPES.map((t) => t.sub_event_type));

const now = () => new Date().toISOString();
const DAY_MS = 86_400_000;
const dayString = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);


const json = (v: unknown) => JSON.stringify(v);
const parse = <T>(s: unknown): T => JSON.parse(String(s)) as T;

export class SqliteStore implements Store {
  readonly engine = 'sqlite' as const;
  readonly db: DB;
  readonly path: string;
  private readonly fuse: FuseFn;
  private readonly q: ReturnType<typeof prepare>;
  private readonly actorCache = new Map<string, number>();
  private readonly foldCache = new Map<string, string>();

  private constructor(db: DB, path: string, fuse: FuseFn) {
    this.db = db;
    this.path = path;
    this.fuse = fuse;
    this.q = prepare(db);
  }

  /** Open (creating the file and its folder if needed) and migrate to the latest schema. */
  static open(opts: SqliteOptions): SqliteStore {
    if (opts.path !== ':memory:' && !opts.readonly) mkdirSync(dirname(opts.path), { recursive: true });
    const db = new Database(opts.path, { readonly: opts.readonly ?? false });
    try {
      db.pragma('busy_timeout = 10000');
      if (!opts.readonly) {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
      }
      db.pragma('foreign_keys = ON');
      db.pragma('cache_size = -65536');
      if (!opts.readonly) migrate(db);
      return new SqliteStore(db, opts.path, opts.fuse ?? standInFuse);
    } catch (e) {
      db.close();
      throw e;
    }
  }

  async schemaVersion(): Promise<number> {
    return (this.db.prepare('SELECT max(version) AS v FROM migrations').get() as { v: number | null }).v ?? 0;
  }

  // ------------------------------------------------------------------ sources

  async upsertSource(s: { kind: SourceKind; uri: string; name?: string | null }): Promise<SourceRow> {
    this.q.sourceUpsert.run(s.kind, s.uri, s.name ?? null, now());
    return this.q.sourceGet.get(s.kind, s.uri) as SourceRow;
  }

  async listSources(): Promise<SourceRow[]> {
    return this.db.prepare('SELECT * FROM sources ORDER BY id').all() as SourceRow[];
  }

  async seenItems(sourceId: number, keys: string[]): Promise<Set<string>> {
    const seen = new Set<string>();
    for (const k of keys) if (this.q.itemGet.get(sourceId, k)) seen.add(k);
    return seen;
  }

  async markItemsSeen(sourceId: number, items: Array<{ key: string; status: string }>): Promise<void> {
    const t = now();
    this.db.transaction(() => {
      for (const it of items) this.q.itemPut.run(sourceId, it.key, it.status, null, t);
    })();
  }

  async touchSource(sourceId: number): Promise<void> {
    this.db.prepare('UPDATE sources SET last_polled_at = ? WHERE id = ?').run(now(), sourceId);
  }

  // ------------------------------------------------------------------ documents

  async findByHash(cleanSha256: string): Promise<string | null> {
    const r = this.q.docByHash.get(cleanSha256) as { id: string } | undefined;
    return r?.id ?? null;
  }

  async addRetrieval(documentId: string, r: Retrieval): Promise<void> {
    this.db.transaction(() => this.retrieval(documentId, r, now()))();
  }

  private retrieval(documentId: string, r: Retrieval, t: string) {
    this.q.retrievalUpsert.run(documentId, r.kind, r.uri, r.source_id ?? null, r.item_key ?? null, r.raw_sha256 ?? null, t, t);
    if (r.source_id != null && r.item_key != null) this.q.itemPut.run(r.source_id, r.item_key, 'stored', documentId, t);
  }

  async saveAnalysis(result: AnalysisResult, r: Retrieval): Promise<SaveResult> {
    return this.tx((): SaveResult => this.saveTx(result, r));
  }

  async saveAnalyses(items: Array<{ result: AnalysisResult; retrieval: Retrieval }>): Promise<SaveResult[]> {
    return this.tx(() => items.map((it) => this.saveTx(it.result, it.retrieval)));
  }

  private saveTx(result: AnalysisResult, r: Retrieval): SaveResult {
    const d = result.document;
    const t = now();
    const existing = this.q.docByHash.get(d.clean_sha256) as { id: string } | undefined;
    if (existing) {
      this.retrieval(existing.id, r, t);
      return { status: 'duplicate', document_id: existing.id, events: 0 };
    }
    // The id is a prefix of the clean hash; on the (astronomically rare) clash take a longer one.
    let id = d.id;
    for (let len = 24; this.q.docById.get(id); len += 8) id = d.clean_sha256.slice(0, len);
    const docN = Number(
      this.q.docInsert.run(
        id, d.clean_sha256, d.raw_sha256, d.source.kind, d.source.uri, d.outlet, d.title, d.language, d.published,
        d.published_source, d.encoding ?? null, d.format ?? null, d.url ?? null, d.text, json(result.warnings), t,
      ).lastInsertRowid,
    );
    const f = ftsFields(d);
    this.q.ftsInsert.run(docN, f.title, f.body, f.stems);
    this.retrieval(id, r, t);

    result.mentions.forEach((m, i) => {
      this.q.mentionInsert.run(id, i, m.kind, m.start, m.end, m.text, m.resolved, m.label ?? null, m.reason ?? null);
    });

    result.events.forEach((e, i) => {
      const key = `${id}:${i + 1}`;
      const docs = id === d.id ? e.source_documents : e.source_documents.map((x) => (x === d.id ? id : x));
      const { claims, evidence, ...rest } = e;
      const rec = { ...rest, source_documents: docs };
      const n = Number(
        this.q.eventInsert.run(
          key, id, i + 1, e.event_date, e.date_start, e.date_end, e.event_type, e.sub_event_type, e.actor1, e.actor2,
          e.country, e.admin1, e.location, e.latitude, e.longitude, e.fatalities, e.background ? 1 : 0, json(rec),
        ).lastInsertRowid,
      );
      const d0 = dayNumber(e.date_start);
      const d1 = dayNumber(e.date_end) ?? d0;
      if (d0 !== null && d1 !== null) this.q.eventTime.run(n, Math.min(d0, d1), Math.max(d0, d1));
      for (const ev of evidence) this.q.evidenceInsert.run(id, 'event', n, 0, ev.field, ev.start, ev.end, ev.text);
      claims.forEach((c, j) => {
        this.q.claimInsert.run(n, j, c.claimant, c.kind, c.value.min, c.value.max, c.value.text, c.subject, c.stance);
        for (const ev of c.evidence) this.q.evidenceInsert.run(id, 'claim', n, j, ev.field, ev.start, ev.end, ev.text);
      });
      this.q.queueInsert.run(n);
    });

    result.assessments.forEach((a, i) => {
      this.q.assessmentInsert.run(id, i, a.subject, a.predicate, json(a.object), a.quantity ? json(a.quantity) : null, a.as_of ? json(a.as_of) : null, a.claimant);
      for (const ev of a.evidence) this.q.evidenceInsert.run(id, 'assessment', i, 0, ev.field, ev.start, ev.end, ev.text);
    });
    return { status: 'new', document_id: id, events: result.events.length };
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const r = this.q.docById.get(id) as Row | undefined;
    if (!r) return null;
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
      retrievals: this.db.prepare('SELECT document_id, kind, uri, source_id, item_key, raw_sha256, first_seen, last_seen, times FROM retrievals WHERE document_id = ? ORDER BY id').all(id) as RetrievalRow[],
    };
  }

  async mentionsOf(documentId: string): Promise<Mention[]> {
    const rows = this.db.prepare('SELECT * FROM mentions WHERE document_id = ? ORDER BY seq').all(documentId) as Row[];
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
    const rows = this.db.prepare('SELECT * FROM assessments WHERE document_id = ? ORDER BY seq').all(documentId) as Row[];
    const ev = this.db.prepare("SELECT field, start, \"end\", text FROM evidence WHERE document_id = ? AND owner = 'assessment' AND owner_n = ? ORDER BY id");
    return rows.map((a) => ({
      subject: a.subject as string,
      predicate: a.predicate as string,
      object: parse<string[]>(a.object),
      quantity: a.quantity == null ? null : parse<Assessment['quantity']>(a.quantity),
      as_of: a.as_of == null ? null : parse<Assessment['as_of']>(a.as_of),
      claimant: a.claimant as string,
      evidence: ev.all(documentId, a.seq) as Evidence[],
    }));
  }

  /** Events (with claims and evidence reassembled) for event rows; three queries per 500 events. */
  private eventsFromRows(rows: Row[]): StoredEvent[] {
    const claims: Row[] = [];
    const evidence: Row[] = [];
    for (let i = 0; i < rows.length; i += 500) {
      const ns = JSON.stringify(rows.slice(i, i + 500).map((r) => r.n));
      claims.push(...(this.q.claimsOfMany.all(ns) as Row[]));
      evidence.push(...(this.q.evidenceOfMany.all(ns) as Row[]));
    }
    return assembleEvents(rows, claims, evidence);
  }

  async eventsOf(documentId: string): Promise<StoredEvent[]> {
    return this.eventsFromRows(this.q.eventsOfDoc.all(documentId) as Row[]);
  }

  async searchDocuments(query: string, opts: { limit?: number } = {}): Promise<SearchHit[]> {
    const m = ftsQuery(query);
    if (!m) return [];
    const limit = clampLimit(opts.limit ?? 20);
    return this.db
      .prepare(
        `SELECT d.id AS document_id, d.title, d.outlet, d.published, d.language, f.rank AS rank
         FROM documents_fts f JOIN documents d ON d.n = f.rowid
         WHERE documents_fts MATCH ? ORDER BY f.rank LIMIT ?`,
      )
      .all(m, limit) as SearchHit[];
  }

  // ------------------------------------------------------------------ fusion

  async fusePending(): Promise<{ events: number; incidents: number }> {
    let events = 0;
    let incidents = 0;
    for (;;) {
      const batch = this.q.queueBatch.all(FUSION_BATCH) as Row[];
      if (batch.length === 0) break;
      const r = this.tx(() => this.fuseBatch(batch));
      events += r.events;
      incidents += r.incidents;
    }
    return { events, incidents };
  }

  /**
   * Fuse a batch of queued events with their neighbours (overlapping dates, same or unknown
   * country) and with every other member of the incidents those belong to. Incidents whose
   * members do not change are left as they are; the others are replaced.
   */
  private fuseBatch(batch: Row[]): { events: number; incidents: number } {
    const set = new Set<number>(batch.map((b) => b.n as number));
    // Candidate windows (store/fusion): one query per merged window, nearest dates first.
    const { windows, undated } = candidateWindows(batch);
    for (const w of windows) {
      for (const c of this.q.neighboursDated.all(w.to, w.from, w.country, w.country, MAX_CANDIDATES * w.k) as Row[]) set.add(c.n as number);
    }
    for (const country of undated) for (const c of this.q.neighboursUndated.all(country, MAX_CANDIDATES) as Row[]) set.add(c.n as number);
    // Close over the incidents touched: all their members are fused again together.
    const oldIncident = new Map<number, number>();
    const oldMembers = new Map<number, number[]>();
    for (const n of [...set]) {
      const r = this.q.incidentOfEvent.get(n) as { incident_n: number } | undefined;
      if (!r || oldMembers.has(r.incident_n)) continue;
      const ms = (this.q.membersOf.all(r.incident_n) as Array<{ event_n: number }>).map((m) => m.event_n).sort((a, b) => a - b);
      oldMembers.set(r.incident_n, ms);
      for (const m of ms) {
        set.add(m);
        oldIncident.set(m, r.incident_n);
      }
    }

    const ns = [...set].sort((a, b) => a - b);
    const rows: Row[] = [];
    for (let i = 0; i < ns.length; i += 500) rows.push(...(this.q.eventsByNs.all(JSON.stringify(ns.slice(i, i + 500))) as Row[]));
    const events = this.eventsFromRows(rows);
    const plan = planIncidents(
      rows.map((r, i) => ({ n: r.n as number, input: fusionInput(events[i], r) })),
      oldIncident,
      oldMembers,
      this.fuse,
    );
    for (const o of plan.drop) this.deleteIncident(o);
    for (const g of plan.create) this.insertIncident(g.reuse, g.record, g.members, g.memberDocs);
    for (const n of ns) this.q.queueDelete.run(n);
    return { events: batch.length, incidents: plan.create.length };
  }

  private deleteIncident(n: number) {
    this.q.incEventsDelete.run(n);
    this.q.incActorsDelete.run(n);
    this.q.incGeoDelete.run(n);
    this.q.incDelete.run(n);
  }

  /** Actor row number by name (cached; the cache is dropped when a transaction fails). */
  private actorN(name: string): number {
    let a = this.actorCache.get(name);
    if (a === undefined) {
      this.q.actorUpsert.run(name, fold(name));
      a = (this.q.actorGet.get(name) as { n: number }).n;
      this.actorCache.set(name, a);
    }
    return a;
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

  /** Run `fn` in a transaction; on failure forget cached row numbers that were rolled back. */
  private tx<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn)();
    } catch (e) {
      this.actorCache.clear();
      throw e;
    }
  }

  private insertIncident(reuse: number | null, rec0: EventRecord, members: number[], memberDocs: string[]): number {
    const t = now();
    const rec = incidentRecord(rec0, memberDocs);
    // ACLED's \`source\`: the outlets that reported it, when extraction left it empty.
    if (!rec.source) {
      const outlets = [...new Set(rec.source_documents.map((d) => (this.q.docOutlet.get(d) as { outlet: string | null } | undefined)?.outlet).filter((o): o is string => !!o))];
      rec.source = outlets.join('; ');
    }
    const d0 = dayNumber(rec.date_start);
    const d1 = dayNumber(rec.date_end);
    const span = d0 !== null && d1 !== null ? d1 - d0 : null;
    // Most recent first = latest start: a date bound then maps onto one range of the sort key.
    const sortDate = rec.date_start ?? '';
    const args = [
      sortDate, rec.event_date, rec.date_start, rec.date_end, span, rec.disorder_type ?? '', rec.event_type ?? '', rec.sub_event_type ?? '',
      rec.iso, rec.country ?? '', this.folded(rec.admin1 ?? ''), rec.latitude, rec.longitude, rec.fatalities ?? 0,
    ];
    // The record's event_id_cnty is the incident id, set when read (see incidentRow).
    const body = json({ ...rec, event_id_cnty: reuse === null ? '' : incidentId(reuse) });
    const n = reuse !== null ? (this.q.incInsertWithN.run(reuse, ...args, body, t), reuse) : Number(this.q.incInsert.run(...args, body, t).lastInsertRowid);
    if (rec.latitude != null && rec.longitude != null) this.q.incGeo.run(n, rec.latitude, rec.latitude, rec.longitude, rec.longitude);
    for (const m of members) this.q.incEventInsert.run(m, n);
    for (const name of actorNames(rec)) this.q.incActorInsert.run(this.actorN(name), sortDate, n);
    return n;
  }

  /**
   * Store incident records that come with no documents of ours (an import of another dataset, a
   * benchmark), in one transaction. Returns their ids. Not part of the Store interface.
   */
  importIncidents(records: EventRecord[]): string[] {
    return this.tx(() => records.map((r) => incidentId(this.insertIncident(null, r, [], []))));
  }

  // ------------------------------------------------------------------ incidents

  /**
   * Conditions on incidents `i` for every filter but the actor (which selects the walk, see
   * `select`). Each is written so that an index on (column, sort_date) can serve it in order.
   */
  private filterSql(f: IncidentFilter): { where: string[]; params: unknown[]; lo: string | null; hi: string | null } {
    const where: string[] = [];
    const params: unknown[] = [];
    let lo: string | null = null;
    let hi: string | null = null;
    if (f.country?.trim()) {
      const c = f.country.trim();
      if (/^\d+$/.test(c)) {
        where.push('i.iso = ?');
        params.push(Number(c));
      } else {
        where.push('i.country = ?');
        params.push(c);
      }
    }
    if (f.admin1?.trim()) {
      where.push('i.admin1_key = ?');
      params.push(this.folded(f.admin1.trim()));
    }
    if (f.type?.trim()) {
      const t = f.type.trim();
      if ((EVENT_TYPES as readonly string[]).includes(t)) where.push('i.event_type = ?');
      else if (SUB_TYPES.has(t)) where.push('i.sub_event_type = ?');
      // Disorder types are few and broad: checked along the date walk (unary + keeps the index off).
      else where.push(`(+i.disorder_type = ? OR i.disorder_type LIKE ? ESCAPE '\\')`);
      params.push(t);
      if (!(EVENT_TYPES as readonly string[]).includes(t) && !SUB_TYPES.has(t)) params.push(`%${t.replace(/[\\%_]/g, (m) => '\\' + m)}%`);
    }
    // The sort key is date_start: "starts by `to`" is one range of it; "ends from `from`" is
    // bounded below by `from` minus the widest span stored.
    if (f.to) {
      hi = f.to;
      where.push("i.sort_date <= ? AND i.sort_date <> ''");
      params.push(f.to);
    }
    if (f.from) {
      const max = (this.q.maxSpan.get() as { s: number | null }).s ?? 0;
      const d = dayNumber(f.from);
      lo = d === null ? f.from : dayString(d - max);
      where.push('i.sort_date >= ? AND i.date_end >= ?');
      params.push(lo, f.from);
    }
    if (f.near) {
      const { lat, lon, km } = f.near;
      // With a small radius the walk starts from the places (see select); the box is its bound.
      // Otherwise (a wide circle holds many incidents) the date walk checks the box, then the distance.
      if (!geoDriven(f)) {
        const b = nearBox(f.near);
        where.push('i.latitude BETWEEN ? AND ? AND i.longitude BETWEEN ? AND ?');
        params.push(...b);
      } else where.push('i.latitude IS NOT NULL');
      // Haversine, Earth radius 6371 km.
      where.push(
        `2 * 6371 * asin(min(1, sqrt(pow(sin(radians(i.latitude - ?) / 2), 2) + cos(radians(?)) * cos(radians(i.latitude)) * pow(sin(radians(i.longitude - ?) / 2), 2)))) <= ?`,
      );
      params.push(lat, lat, lon, km);
    }
    return { where, params, lo, hi };
  }

  /**
   * Rows (n, sort_date, record) matching `f`, most recent first, after the keyset `after`.
   * Without an actor filter: one walk of the incidents in sort order. With one: the actors whose
   * name contains the words are found first (few rows); for up to MAX_ACTOR_ARMS of them, one
   * ordered, limited walk per actor over incident_actors, merged; beyond, a check per incident.
   */
  private select(f0: IncidentFilter, after: { s: string; n: number } | null, limit: number, offset: number): Row[] {
    // Filters as users write them (BF, 2024-09, battles) are made canonical; one that names
    // nothing (an unknown country, a date that is not one) matches nothing.
    const norm = normaliseFilter(f0);
    if (!norm.ok) return [];
    const f = norm.filter;
    const { where, params, lo, hi } = this.filterSql(f);
    if (after) {
      where.push('(i.sort_date < ? OR (i.sort_date = ? AND i.n < ?))');
      params.push(after.s, after.s, after.n);
    }
    const cond = where.length ? where.join(' AND ') : '1';
    const want = limit + offset;
    if (geoDriven(f)) {
      // Few places within a small radius: take them from the R*Tree, check the rest, sort.
      let actorCond = '';
      const actorParams: unknown[] = [];
      if (f.actor?.trim()) {
        const actors = (this.q.actorsLike.all(this.folded(f.actor.trim())) as Array<{ n: number }>).map((a) => a.n);
        if (actors.length === 0) return [];
        actorCond = 'AND EXISTS (SELECT 1 FROM incident_actors ia WHERE ia.incident_n = i.n AND ia.actor_n IN (SELECT value FROM json_each(?)))';
        actorParams.push(JSON.stringify(actors));
      }
      const sql = `SELECT i.n, i.sort_date, i.record FROM incidents_geo g CROSS JOIN incidents i ON i.n = g.n
        WHERE g.lat1 >= ? AND g.lat0 <= ? AND g.lon1 >= ? AND g.lon0 <= ? AND ${cond} ${actorCond}
        ORDER BY i.sort_date DESC, i.n DESC LIMIT ? OFFSET ?`;
      return this.db.prepare(sql).all(...nearBox(f.near!), ...params, ...actorParams, limit, offset) as Row[];
    }
    if (!f.actor?.trim()) {
      return this.db.prepare(`SELECT i.n, i.sort_date, i.record FROM incidents i WHERE ${cond} ORDER BY i.sort_date DESC, i.n DESC LIMIT ? OFFSET ?`).all(...params, limit, offset) as Row[];
    }
    const actors = (this.q.actorsLike.all(this.folded(f.actor.trim())) as Array<{ n: number }>).map((a) => a.n);
    if (actors.length === 0 || want === 0) return [];
    if (actors.length > MAX_ACTOR_ARMS) {
      const sql = `SELECT i.n, i.sort_date, i.record FROM incidents i WHERE ${cond}
        AND EXISTS (SELECT 1 FROM incident_actors ia WHERE ia.incident_n = i.n AND ia.actor_n IN (SELECT value FROM json_each(?)))
        ORDER BY i.sort_date DESC, i.n DESC LIMIT ? OFFSET ?`;
      return this.db.prepare(sql).all(...params, JSON.stringify(actors), limit, offset) as Row[];
    }
    const range: string[] = [];
    const rangeParams: unknown[] = [];
    if (lo !== null) {
      range.push('ia.sort_date >= ?');
      rangeParams.push(lo);
    }
    if (hi !== null) {
      range.push('ia.sort_date <= ?');
      rangeParams.push(hi);
    }
    if (after) {
      range.push('ia.sort_date <= ?');
      rangeParams.push(after.s);
    }
    const arm = `SELECT * FROM (SELECT ia.sort_date AS s, ia.incident_n AS n FROM incident_actors ia CROSS JOIN incidents i ON i.n = ia.incident_n
      WHERE ia.actor_n = ? ${range.map((r) => 'AND ' + r).join(' ')} AND ${cond} ORDER BY ia.sort_date DESC, ia.incident_n DESC LIMIT ?)`;
    const sql = `SELECT i.n, i.sort_date, i.record FROM (${actors.map(() => arm).join(' UNION ')}) u JOIN incidents i ON i.n = u.n
      ORDER BY u.s DESC, u.n DESC LIMIT ? OFFSET ?`;
    const all: unknown[] = [];
    for (const a of actors) all.push(a, ...rangeParams, ...params, want);
    return this.db.prepare(sql).all(...all, limit, offset) as Row[];
  }

  async listIncidents(f: IncidentFilter = {}): Promise<IncidentRow[]> {
    return this.select(f, null, clampLimit(f.limit ?? 50), Math.max(0, f.offset ?? 0)).map((r) => this.incidentRow(r));
  }

  private incidentRow(r: Row): IncidentRow {
    const n = r.n as number;
    const members = this.q.memberKeys.all(n) as Array<{ key: string }>;
    const record = parse<EventRecord>(r.record);
    record.event_id_cnty = incidentId(n);
    return { id: incidentId(n), record, event_keys: members.map((m) => m.key) };
  }

  async *iterateIncidents(f: IncidentFilter = {}): AsyncIterable<IncidentRow> {
    let left = f.limit === undefined ? Infinity : clampLimit(f.limit);
    let skip = Math.max(0, f.offset ?? 0);
    let last: { s: string; n: number } | null = null;
    while (left > 0) {
      const rows = this.select(f, last, PAGE, 0);
      if (rows.length === 0) return;
      last = { s: rows[rows.length - 1].sort_date as string, n: rows[rows.length - 1].n as number };
      for (const r of rows) {
        if (skip > 0) {
          skip--;
          continue;
        }
        if (left-- <= 0) return;
        yield this.incidentRow(r);
      }
      if (rows.length < PAGE) return;
    }
  }

  async getIncident(id: string): Promise<IncidentDetail | null> {
    const n = incidentNumber(id);
    if (n === null) return null;
    const r = this.db.prepare('SELECT n, record FROM incidents WHERE n = ?').get(n) as Row | undefined;
    if (!r) return null;
    const row = this.incidentRow(r);
    const events = this.eventsFromRows(this.q.memberRows.all(n) as Row[]);
    const docIds = [...new Set([...row.record.source_documents, ...events.map((e) => e.document_id)])];
    const documents = docIds
      .map((d) => this.db.prepare('SELECT id, title, outlet, language, published, url, source_kind, source_uri FROM documents WHERE id = ?').get(d) as Row | undefined)
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
    const c = (t: string) => (this.db.prepare(`SELECT count(*) AS c FROM ${t}`).get() as { c: number }).c;
    return {
      sources: c('sources'),
      documents: c('documents'),
      retrievals: c('retrievals'),
      mentions: c('mentions'),
      events: c('events'),
      claims: c('claims'),
      evidence: c('evidence'),
      assessments: c('assessments'),
      incidents: c('incidents'),
      pending_fusion: c('fusion_queue'),
    };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** Radius up to which a distance filter drives the query from the R*Tree of places. */
const GEO_DRIVEN_KM = 200;
const geoDriven = (f: IncidentFilter) => !!f.near && f.near.km <= GEO_DRIVEN_KM;

/** Bounding box [minLat, maxLat, minLon, maxLon] of a circle, for the R*Tree. */
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

/** Apply the migrations not yet applied, each in its own transaction. */
export function migrate(db: DB): { applied: number[] } {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const done = new Set((db.prepare('SELECT version FROM migrations').all() as Array<{ version: number }>).map((r) => r.version));
  const known = Math.max(0, ...MIGRATIONS.map((m) => m.version));
  const newest = Math.max(0, ...done);
  if (newest > known) throw new Error(`marsad store: the database has schema version ${newest}, newer than this program knows (${known}); upgrade marsad`);
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, now());
    })();
    applied.push(m.version);
  }
  return { applied };
}

function prepare(db: DB) {
  const p = (sql: string) => db.prepare(sql);
  return {
    sourceUpsert: p('INSERT INTO sources (kind, uri, name, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (kind, uri) DO UPDATE SET name = coalesce(excluded.name, name)'),
    sourceGet: p('SELECT * FROM sources WHERE kind = ? AND uri = ?'),
    itemGet: p('SELECT 1 FROM source_items WHERE source_id = ? AND item_key = ?'),
    itemPut: p(
      'INSERT INTO source_items (source_id, item_key, status, document_id, seen_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (source_id, item_key) DO UPDATE SET status = excluded.status, document_id = coalesce(excluded.document_id, document_id), seen_at = excluded.seen_at',
    ),
    docByHash: p('SELECT id FROM documents WHERE clean_sha256 = ?'),
    docById: p('SELECT * FROM documents WHERE id = ?'),
    docOutlet: p('SELECT outlet FROM documents WHERE id = ?'),
    docInsert: p(
      `INSERT INTO documents (id, clean_sha256, raw_sha256, source_kind, source_uri, outlet, title, language, published, published_source, encoding, format, url, text, warnings, stored_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    ftsInsert: p('INSERT INTO documents_fts (rowid, title, body, stems) VALUES (?, ?, ?, ?)'),
    retrievalUpsert: p(
      `INSERT INTO retrievals (document_id, kind, uri, source_id, item_key, raw_sha256, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (document_id, kind, uri) DO UPDATE SET last_seen = excluded.last_seen, times = times + 1,
         source_id = coalesce(excluded.source_id, source_id), item_key = coalesce(excluded.item_key, item_key)`,
    ),
    mentionInsert: p('INSERT INTO mentions (document_id, seq, kind, start, "end", text, resolved, label, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    eventInsert: p(
      `INSERT INTO events (key, document_id, seq, event_date, date_start, date_end, event_type, sub_event_type, actor1, actor2, country, admin1, location, latitude, longitude, fatalities, background, record)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    eventTime: p('INSERT INTO events_time (n, d0, d1) VALUES (?, ?, ?)'),
    claimInsert: p('INSERT INTO claims (event_n, seq, claimant, kind, value_min, value_max, value_text, subject, stance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    evidenceInsert: p('INSERT INTO evidence (document_id, owner, owner_n, owner_seq, field, start, "end", text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    evidenceOfMany: p(
      `SELECT owner, owner_n, owner_seq, field, start, "end", text FROM evidence
       WHERE owner IN ('event', 'claim') AND owner_n IN (SELECT value FROM json_each(?)) ORDER BY id`,
    ),
    claimsOfMany: p('SELECT * FROM claims WHERE event_n IN (SELECT value FROM json_each(?)) ORDER BY event_n, seq'),
    eventsByNs: p(
      `SELECT e.*, ie.incident_n, d.outlet, d.published FROM events e JOIN documents d ON d.id = e.document_id LEFT JOIN incident_events ie ON ie.event_n = e.n
       WHERE e.n IN (SELECT value FROM json_each(?)) ORDER BY e.n`,
    ),
    assessmentInsert: p('INSERT INTO assessments (document_id, seq, subject, predicate, object, quantity, as_of, claimant) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    queueInsert: p('INSERT INTO fusion_queue (event_n) VALUES (?)'),
    queueDelete: p('DELETE FROM fusion_queue WHERE event_n = ?'),
    queueBatch: p('SELECT e.n, e.date_start, e.date_end, e.country FROM fusion_queue q JOIN events e ON e.n = q.event_n ORDER BY e.date_start, e.n LIMIT ?'),
    neighboursDated: p(
      `SELECT t.n FROM events_time t JOIN events e ON e.n = t.n
       WHERE t.d0 <= ? AND t.d1 >= ? AND (e.country = ? OR e.country = '' OR ? = '') ORDER BY abs(t.d1 - t.d0) LIMIT ?`,
    ),
    neighboursUndated: p('SELECT n FROM events WHERE date_start IS NULL AND country = ? LIMIT ?'),
    eventsOfDoc: p('SELECT e.*, ie.incident_n FROM events e LEFT JOIN incident_events ie ON ie.event_n = e.n WHERE e.document_id = ? ORDER BY e.seq'),
    incidentOfEvent: p('SELECT incident_n FROM incident_events WHERE event_n = ?'),
    membersOf: p('SELECT event_n FROM incident_events WHERE incident_n = ?'),
    memberKeys: p('SELECT e.key FROM incident_events ie JOIN events e ON e.n = ie.event_n WHERE ie.incident_n = ? ORDER BY e.n'),
    memberRows: p('SELECT e.*, ie.incident_n FROM incident_events ie JOIN events e ON e.n = ie.event_n WHERE ie.incident_n = ? ORDER BY e.n'),
    incEventsDelete: p('DELETE FROM incident_events WHERE incident_n = ?'),
    incActorsDelete: p('DELETE FROM incident_actors WHERE incident_n = ?'),
    incGeoDelete: p('DELETE FROM incidents_geo WHERE n = ?'),
    incDelete: p('DELETE FROM incidents WHERE n = ?'),
    incInsert: p(
      `INSERT INTO incidents (sort_date, event_date, date_start, date_end, span_days, disorder_type, event_type, sub_event_type, iso, country, admin1_key, latitude, longitude, fatalities, record, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    incInsertWithN: p(
      `INSERT INTO incidents (n, sort_date, event_date, date_start, date_end, span_days, disorder_type, event_type, sub_event_type, iso, country, admin1_key, latitude, longitude, fatalities, record, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    incGeo: p('INSERT INTO incidents_geo (n, lat0, lat1, lon0, lon1) VALUES (?, ?, ?, ?, ?)'),
    incEventInsert: p('INSERT INTO incident_events (event_n, incident_n) VALUES (?, ?)'),
    actorUpsert: p('INSERT INTO actors (name, key) VALUES (?, ?) ON CONFLICT (name) DO NOTHING'),
    actorGet: p('SELECT n FROM actors WHERE name = ?'),
    incActorInsert: p('INSERT OR IGNORE INTO incident_actors (actor_n, sort_date, incident_n) VALUES (?, ?, ?)'),
    maxSpan: p('SELECT max(span_days) AS s FROM incidents'),
    actorsLike: p('SELECT n FROM actors WHERE instr(key, ?) > 0 ORDER BY n'),
  };
}
