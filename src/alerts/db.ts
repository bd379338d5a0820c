/**
 * @module alerts/db
 * Alert tables in the store's own SQLite database, reached through the handle the SQLite store
 * exposes (`SqliteStore.db`). They are created here (`CREATE TABLE IF NOT EXISTS`, all names
 * prefixed `alert_`) rather than in the store's migration list, so the store's schema and its
 * owner's work stay untouched; `alert_schema` records their own version for later changes.
 *
 *   alert_rules       standing rules
 *   alert_fired       one row per (rule, incident): an incident fires a rule once, however often
 *                     it is re-fused; the payload as sent
 *   alert_deliveries  one row per webhook delivery: pending rows survive restarts and are retried
 *                     with exponential backoff (see ./deliver.ts); a lease stops two processes
 *                     sending the same row at once
 */
import type Database from 'better-sqlite3';
import type { Store } from '../store/types.ts';
import type { AlertError, AlertPayload, AlertRule, Delivery, FiredAlert, NewRule } from './types.ts';

export type DB = Database.Database;
type Row = Record<string, unknown>;

const SCHEMA_VERSION = 1;
const SCHEMA = `
CREATE TABLE IF NOT EXISTS alert_schema (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS alert_rules (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  place_name TEXT,
  lat REAL,
  lon REAL,
  radius_km REAL,
  admin TEXT,
  actor TEXT,
  event_type TEXT,
  min_fatalities INTEGER,
  webhook TEXT,
  enabled INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS alert_fired (
  id INTEGER PRIMARY KEY,
  rule_id INTEGER NOT NULL,
  rule_name TEXT NOT NULL,
  incident_id TEXT NOT NULL,
  fired_at TEXT NOT NULL,
  payload TEXT NOT NULL,
  UNIQUE (rule_id, incident_id)
);
CREATE INDEX IF NOT EXISTS alert_fired_time ON alert_fired (fired_at);
CREATE TABLE IF NOT EXISTS alert_deliveries (
  id INTEGER PRIMARY KEY,
  fired_id INTEGER NOT NULL REFERENCES alert_fired (id),
  channel TEXT NOT NULL,
  target TEXT NOT NULL,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_at INTEGER NOT NULL,
  lease_until INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  created_at TEXT NOT NULL,
  delivered_at TEXT
);
CREATE INDEX IF NOT EXISTS alert_deliveries_due ON alert_deliveries (status, next_at);
CREATE INDEX IF NOT EXISTS alert_deliveries_fired ON alert_deliveries (fired_id);
`;

const ready = new WeakSet<DB>();

/** The database handle behind a store, or why there is none. */
export function storeDb(store: Store): { ok: true; db: DB } | { ok: false; error: AlertError } {
  const db = (store as { db?: DB }).db;
  if (store.engine !== 'sqlite' || !db || typeof db.prepare !== 'function') {
    return { ok: false, error: { code: 'unsupported-store', message: `alerts need the SQLite store (this store is ${store.engine})` } };
  }
  return { ok: true, db };
}

/** Does the database have the alert tables (a read-only store may not)? */
export function hasTables(db: DB): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alert_rules'").get();
}

/** Create the alert tables once per handle. Returns an error value on a read-only database. */
export function ensureTables(db: DB): AlertError | null {
  if (ready.has(db)) return null;
  if (db.readonly) {
    if (hasTables(db)) {
      ready.add(db);
      return null;
    }
    return { code: 'readonly', message: 'the store is open read-only and has no alert tables yet' };
  }
  db.transaction(() => {
    db.exec(SCHEMA);
    const v = db.prepare('SELECT version FROM alert_schema').get() as { version: number } | undefined;
    if (!v) db.prepare('INSERT INTO alert_schema (version) VALUES (?)').run(SCHEMA_VERSION);
  })();
  ready.add(db);
  return null;
}

/** Tables ready, or the error; for the public entry points. */
export function open(store: Store): { ok: true; db: DB } | { ok: false; error: AlertError } {
  const h = storeDb(store);
  if (!h.ok) return h;
  const e = ensureTables(h.db);
  return e ? { ok: false, error: e } : h;
}

function ruleOf(r: Row): AlertRule {
  return {
    id: r.id as number,
    name: r.name as string,
    place: r.place_name != null ? { name: r.place_name as string, lat: r.lat as number, lon: r.lon as number, radius_km: r.radius_km as number } : null,
    admin: (r.admin as string | null) ?? null,
    actor: (r.actor as string | null) ?? null,
    event_type: (r.event_type as string | null) ?? null,
    min_fatalities: (r.min_fatalities as number | null) ?? null,
    webhook: (r.webhook as string | null) ?? null,
    enabled: r.enabled === 1,
    created_at: r.created_at as string,
  };
}

export function insertRule(db: DB, r: Required<Omit<NewRule, 'place'>> & { place: NewRule['place'] }): AlertRule {
  const id = Number(
    db
      .prepare('INSERT INTO alert_rules (name, place_name, lat, lon, radius_km, admin, actor, event_type, min_fatalities, webhook, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)')
      .run(r.name, r.place?.name ?? null, r.place?.lat ?? null, r.place?.lon ?? null, r.radius_km, r.admin, r.actor, r.event_type, r.min_fatalities, r.webhook, new Date().toISOString()).lastInsertRowid,
  );
  return getRule(db, id)!;
}

export function getRule(db: DB, id: number): AlertRule | null {
  const r = db.prepare('SELECT * FROM alert_rules WHERE id = ?').get(id) as Row | undefined;
  return r ? ruleOf(r) : null;
}

export function allRules(db: DB, onlyEnabled = false): AlertRule[] {
  return (db.prepare(`SELECT * FROM alert_rules ${onlyEnabled ? 'WHERE enabled = 1' : ''} ORDER BY id`).all() as Row[]).map(ruleOf);
}

/** Delete a rule; its pending deliveries are cancelled, its fired alerts kept as history. */
export function deleteRule(db: DB, id: number): boolean {
  return db.transaction(() => {
    const n = db.prepare('DELETE FROM alert_rules WHERE id = ?').run(id).changes;
    if (n) {
      db.prepare(
        "UPDATE alert_deliveries SET status = 'cancelled', last_error = 'rule removed' WHERE status = 'pending' AND fired_id IN (SELECT id FROM alert_fired WHERE rule_id = ?)",
      ).run(id);
    }
    return n > 0;
  })();
}

/** Record a fired alert unless this rule already fired for this incident; returns its id or null. */
export function insertFired(db: DB, ruleId: number, ruleName: string, incidentId: string, firedAt: string, payloadOf: (id: number) => AlertPayload): { id: number; payload: AlertPayload } | null {
  const ins = db.prepare('INSERT OR IGNORE INTO alert_fired (rule_id, rule_name, incident_id, fired_at, payload) VALUES (?, ?, ?, ?, ?)').run(ruleId, ruleName, incidentId, firedAt, '{}');
  if (ins.changes === 0) return null;
  const id = Number(ins.lastInsertRowid);
  const payload = payloadOf(id);
  db.prepare('UPDATE alert_fired SET payload = ? WHERE id = ?').run(JSON.stringify(payload), id);
  return { id, payload };
}

export function insertDelivery(db: DB, firedId: number, target: string, now: number): void {
  db.prepare("INSERT INTO alert_deliveries (fired_id, channel, target, status, attempts, next_at, created_at) VALUES (?, 'webhook', ?, 'pending', 0, ?, ?)").run(firedId, target, now, new Date(now).toISOString());
}

function deliveryOf(r: Row): Delivery {
  return {
    id: r.id as number,
    channel: 'webhook',
    target: r.target as string,
    status: r.status as Delivery['status'],
    attempts: r.attempts as number,
    next_at: r.status === 'pending' ? new Date(r.next_at as number).toISOString() : null,
    last_error: (r.last_error as string | null) ?? null,
    delivered_at: (r.delivered_at as string | null) ?? null,
  };
}

export interface FiredQuery {
  rule?: number;
  /** ISO time: alerts fired at or after it. */
  since?: string;
  /** Default 100, at most 10,000. */
  limit?: number;
  offset?: number;
}

export function queryFired(db: DB, q: FiredQuery = {}): FiredAlert[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.rule !== undefined) {
    where.push('rule_id = ?');
    params.push(q.rule);
  }
  if (q.since) {
    where.push('fired_at >= ?');
    params.push(q.since);
  }
  const limit = Math.max(0, Math.min(10_000, Math.floor(q.limit ?? 100)));
  const offset = Math.max(0, Math.floor(q.offset ?? 0));
  const rows = db.prepare(`SELECT * FROM alert_fired ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY fired_at DESC, id DESC LIMIT ? OFFSET ?`).all(...params, limit, offset) as Row[];
  const del = db.prepare('SELECT * FROM alert_deliveries WHERE fired_id = ? ORDER BY id');
  return rows.map((r) => ({
    id: r.id as number,
    rule_id: r.rule_id as number,
    rule_name: r.rule_name as string,
    incident_id: r.incident_id as string,
    fired_at: r.fired_at as string,
    payload: JSON.parse(r.payload as string) as AlertPayload,
    deliveries: (del.all(r.id) as Row[]).map(deliveryOf),
  }));
}
