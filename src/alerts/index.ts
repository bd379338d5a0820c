/**
 * @module alerts
 * Standing alert rules (place + radius, admin unit, actor, event type, minimum fatalities) kept in
 * the store's database, evaluated on the incidents an ingest created or changed, and delivered to
 * a log file (one JSON line per alert), to a webhook (JSON POST in the background, retried with
 * exponential backoff, persisted across restarts — ./deliver.ts) and to the list the API reads
 * (`listFiredAlerts`). An incident fires a rule once, however often fusion rewrites it.
 *
 * Hooking into ingest: the store has no ingest hook, so ingest code makes one call after fusion:
 *   await alertsAfterIngest(store, newDocumentIds)            // or
 *   const store = withAlerts(openStore({ db }))               // wraps saveAnalysis + fusePending
 * `evaluateAlerts(store, incidentIds)` is the core both use.
 *
 * @example
 *   addRule(store, { place: { name: 'Bamako', lat: 12.65, lon: -8 }, radius_km: 100, webhook: 'https://…' });
 *   await evaluateAlerts(store, ['M12']);
 *   listFiredAlerts(store, { limit: 20 });
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EventRecord } from '../model/types.ts';
import type { SaveResult, Store } from '../store/types.ts';
import { dataDir } from '../knowledge/gazetteer/userdata.ts';
import { allRules, deleteRule, getRule, insertDelivery, insertFired, insertRule, open, queryFired, storeDb, hasTables, type FiredQuery } from './db.ts';
import { workerFor, dropWorker, postJson, type DeliveryOptions, type DeliveryWorker } from './deliver.ts';
import { checkRule, matchRule } from './rules.ts';
import type { AlertError, AlertPayload, AlertRule, FiredAlert, NewRule } from './types.ts';

export * from './types.ts';
export { checkRule, matchRule } from './rules.ts';
export { DeliveryWorker, postJson, type DeliveryOptions } from './deliver.ts';
export type { FiredQuery } from './db.ts';

export interface EvaluateOptions {
  /** JSON-lines log of fired alerts (default: $MARSAD_ALERT_LOG, else alerts.log beside the database). */
  logFile?: string;
  /** Options of the delivery worker, used when it is first created for this database. */
  delivery?: DeliveryOptions;
}

export interface EvaluateResult {
  fired: FiredAlert[];
  /** Incidents looked at and rules checked. */
  incidents: number;
  rules: number;
  /** Problems that did not stop evaluation (e.g. the log file could not be written). */
  problems: Array<{ code: string; message: string }>;
  error?: AlertError;
}

/** Where the alert log goes for a store. */
export function alertLogPath(store: Store, env: NodeJS.ProcessEnv = process.env): string {
  if (env.MARSAD_ALERT_LOG) return env.MARSAD_ALERT_LOG;
  const p = (store as { path?: string }).path;
  return p && p !== ':memory:' ? join(dirname(p), 'alerts.log') : join(dataDir(env), 'alerts.log');
}

// ------------------------------------------------------------------ rules

export function addRule(store: Store, r: NewRule): { ok: true; rule: AlertRule } | { ok: false; error: AlertError } {
  const c = checkRule(r);
  if (!c.ok) return c;
  const h = open(store);
  if (!h.ok) return h;
  return { ok: true, rule: insertRule(h.db, c.rule) };
}

export function listRules(store: Store): AlertRule[] {
  const h = storeDb(store);
  if (!h.ok || !hasTables(h.db)) return [];
  return allRules(h.db);
}

export function getAlertRule(store: Store, id: number): AlertRule | null {
  const h = storeDb(store);
  if (!h.ok || !hasTables(h.db)) return null;
  return getRule(h.db, id);
}

export function removeRule(store: Store, id: number): { ok: true } | { ok: false; error: AlertError } {
  const h = open(store);
  if (!h.ok) return h;
  return deleteRule(h.db, id) ? { ok: true } : { ok: false, error: { code: 'no-rule', message: `no alert rule ${id}` } };
}

// ------------------------------------------------------------------ evaluation

export function payloadOf(alertId: number, firedAt: string, rule: AlertRule, incidentId: string, r: EventRecord, matched: string[], distance: number | null): AlertPayload {
  const { enabled: _e, created_at: _c, webhook: _w, ...ruleOut } = rule;
  return {
    type: 'marsad.alert',
    alert_id: alertId,
    fired_at: firedAt,
    rule: ruleOut,
    matched,
    incident: {
      id: incidentId,
      event_date: r.event_date ?? null,
      date_start: r.date_start ?? null,
      date_end: r.date_end ?? null,
      event_type: r.event_type ?? '',
      sub_event_type: r.sub_event_type ?? '',
      actor1: r.actor1 ?? '',
      actor2: r.actor2 ?? '',
      country: r.country ?? '',
      admin1: r.admin1 ?? '',
      admin2: r.admin2 ?? '',
      location: r.location ?? '',
      latitude: r.latitude ?? null,
      longitude: r.longitude ?? null,
      fatalities: r.fatalities ?? 0,
      notes: r.notes ?? '',
      source_documents: r.source_documents ?? [],
      distance_km: distance,
    },
  };
}

/**
 * Check the given incidents against every enabled rule; record, log and queue the alerts they
 * fire. Returns once the alerts are recorded and logged; webhooks are sent in the background.
 */
export async function evaluateAlerts(store: Store, incidentIds: readonly string[], opts: EvaluateOptions = {}): Promise<EvaluateResult> {
  const out: EvaluateResult = { fired: [], incidents: 0, rules: 0, problems: [] };
  const h = storeDb(store);
  if (!h.ok) return { ...out, error: h.error };
  const db = h.db;
  if (!hasTables(db)) return out; // no rule was ever added
  const rules = allRules(db, true);
  out.rules = rules.length;
  if (rules.length === 0 || incidentIds.length === 0) {
    if (db.prepare("SELECT 1 FROM alert_deliveries WHERE status = 'pending' LIMIT 1").get()) workerFor(db, opts.delivery).kick();
    return out;
  }
  const logLines: string[] = [];
  let queued = false;
  for (const id of new Set(incidentIds)) {
    const inc = await store.getIncident(id);
    if (!inc) continue;
    out.incidents++;
    for (const rule of rules) {
      const m = matchRule(rule, inc.record);
      if (!m.matched) continue;
      const firedAt = new Date().toISOString();
      const ins = db.transaction(() => {
        const f = insertFired(db, rule.id, rule.name, inc.id, firedAt, (aid) => payloadOf(aid, firedAt, rule, inc.id, inc.record, m.reasons, m.distance_km));
        if (f && rule.webhook) insertDelivery(db, f.id, rule.webhook, Date.now());
        return f;
      })();
      if (!ins) continue;
      if (rule.webhook) queued = true;
      logLines.push(JSON.stringify(ins.payload));
      out.fired.push({
        id: ins.id, rule_id: rule.id, rule_name: rule.name, incident_id: inc.id, fired_at: firedAt, payload: ins.payload,
        deliveries: rule.webhook ? [{ id: 0, channel: 'webhook', target: rule.webhook, status: 'pending', attempts: 0, next_at: firedAt, last_error: null, delivered_at: null }] : [],
      });
    }
  }
  if (logLines.length) {
    const path = opts.logFile ?? alertLogPath(store);
    try {
      mkdirSync(dirname(path), { recursive: true });
      appendFileSync(path, logLines.join('\n') + '\n');
    } catch (e) {
      out.problems.push({ code: 'log-write', message: `could not write the alert log ${path}: ${(e as Error).message}` });
    }
  }
  // Also resume deliveries an earlier process left pending (it may have exited before retrying).
  if (queued || db.prepare("SELECT 1 FROM alert_deliveries WHERE status = 'pending' LIMIT 1").get()) workerFor(db, opts.delivery).kick();
  return out;
}

/** Incident ids of the events of these documents (after fusion). */
export async function incidentIdsOfDocuments(store: Store, documentIds: readonly string[]): Promise<string[]> {
  const ids = new Set<string>();
  for (const d of new Set(documentIds)) for (const e of await store.eventsOf(d)) if (e.incident_id) ids.add(e.incident_id);
  return [...ids];
}

/** The one call for ingest code: after fusePending, with the ids of the documents stored as new. */
export async function alertsAfterIngest(store: Store, newDocumentIds: readonly string[], opts: EvaluateOptions = {}): Promise<EvaluateResult> {
  return evaluateAlerts(store, await incidentIdsOfDocuments(store, newDocumentIds), opts);
}

/**
 * The store with alerts built in: documents saved as new (saveAnalysis, or a batch saveAnalyses)
 * are remembered, and each fusePending() evaluates the rules on their incidents before it
 * returns. Every other method is the store's.
 */
export function withAlerts<S extends Store>(store: S, opts: EvaluateOptions & { onResult?: (r: EvaluateResult) => void } = {}): S {
  const fresh: string[] = [];
  return new Proxy(store, {
    get(target, prop) {
      // saveAnalysis (one document) and a batch form (saveAnalyses, if the store has one) both
      // return SaveResult(s): documents stored as new with events are remembered.
      if (prop === 'saveAnalysis' || prop === 'saveAnalyses') {
        const fn = Reflect.get(target, prop, target) as ((...a: unknown[]) => Promise<SaveResult | SaveResult[]>) | undefined;
        if (typeof fn !== 'function') return fn;
        return async (...args: unknown[]) => {
          const r = await fn.apply(target, args);
          for (const x of Array.isArray(r) ? r : [r]) if (x && x.status === 'new' && x.events > 0) fresh.push(x.document_id);
          return r;
        };
      }
      if (prop === 'fusePending') {
        return async () => {
          const r = await target.fusePending();
          const docs = fresh.splice(0);
          if (docs.length) {
            const ev = await alertsAfterIngest(target, docs, opts);
            opts.onResult?.(ev);
          }
          return r;
        };
      }
      const v = Reflect.get(target, prop, target);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

// ------------------------------------------------------------------ delivery and listing

/** Start (or get) the background webhook worker of a store; it resumes deliveries left pending. */
export function startAlertDelivery(store: Store, opts?: DeliveryOptions): DeliveryWorker | null {
  const h = storeDb(store);
  if (!h.ok || !hasTables(h.db)) return null;
  const w = workerFor(h.db, opts);
  w.kick();
  return w;
}

/** Stop the store's worker (before closing the store). */
export function stopAlertDelivery(store: Store): void {
  const h = storeDb(store);
  if (h.ok) dropWorker(h.db);
}

/** Fired alerts, newest first, with the state of their deliveries (for the API and the CLI). */
export function listFiredAlerts(store: Store, opts: FiredQuery = {}): FiredAlert[] {
  const h = storeDb(store);
  if (!h.ok || !hasTables(h.db)) return [];
  return queryFired(h.db, opts);
}

/** Dry run: which stored incidents a rule matches (nothing is recorded or sent). */
export async function testRule(store: Store, rule: AlertRule, opts: { from?: string; to?: string; limit?: number } = {}): Promise<Array<{ incident: string; date: string | null; location: string; matched: string[] }>> {
  const limit = opts.limit ?? 50;
  const filter = {
    from: opts.from,
    to: opts.to,
    actor: rule.actor ?? undefined,
    type: rule.event_type ?? undefined,
    near: rule.place ? { lat: rule.place.lat, lon: rule.place.lon, km: rule.place.radius_km } : undefined,
    limit: 1_000_000,
  };
  const out: Array<{ incident: string; date: string | null; location: string; matched: string[] }> = [];
  for await (const row of store.iterateIncidents(filter)) {
    const m = matchRule({ ...rule, enabled: true }, row.record);
    if (!m.matched) continue;
    out.push({ incident: row.id, date: row.record.event_date ?? row.record.date_start, location: row.record.location, matched: m.reasons });
    if (out.length >= limit) break;
  }
  return out;
}

/** Send a sample alert for a rule to its webhook now and report the outcome. */
export async function sendTestAlert(rule: AlertRule, timeoutMs = 5000): Promise<{ ok: boolean; status: number | null; error: string | null }> {
  if (!rule.webhook) return { ok: false, status: null, error: 'the rule has no webhook' };
  const sample: EventRecord = {
    event_date: new Date().toISOString().slice(0, 10), date_start: null, date_end: null, event_type: 'Test', sub_event_type: 'Test', actor1: rule.actor ?? '', actor2: '',
    country: '', admin1: rule.admin ?? '', admin2: '', location: rule.place?.name ?? '', latitude: rule.place?.lat ?? null, longitude: rule.place?.lon ?? null,
    fatalities: rule.min_fatalities ?? 0, notes: 'Test alert sent by `marsad alerts test --send`.', source_documents: [],
  } as unknown as EventRecord;
  const p = { ...payloadOf(0, new Date().toISOString(), rule, 'TEST', sample, ['test alert'], null), test: true };
  return postJson(rule.webhook, JSON.stringify(p), { 'x-marsad-alert-id': 'test' }, timeoutMs, false);
}
