/**
 * @module alerts/deliver
 * Webhook delivery in the background. Deliveries are rows (alert_deliveries); a worker per
 * database handle picks the due ones, takes a lease on each (so a second process does not send
 * it too), POSTs the alert as JSON, and on failure (connection refused, timeout, non-2xx) sets the
 * next attempt after base · 2^(attempts−1), capped, with ±20% jitter; after `maxAttempts` the row
 * is `failed`. Nothing here is awaited by ingest: `kick()` only schedules work. Rows still pending
 * when the process ends are picked up by the next worker started on the database (the next
 * ingest, `marsad alerts deliver`, or the API server).
 *
 * Delivery is at least once: a receiver that must not act twice should use the
 * `X-Marsad-Alert-Id` header (also `alert_id` in the body).
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { DB } from './db.ts';

export interface DeliveryOptions {
  /** First retry delay (default 1,000 ms). */
  baseDelayMs?: number;
  /** Longest retry delay (default 1 hour). */
  maxDelayMs?: number;
  /** Attempts before giving up (default 12). */
  maxAttempts?: number;
  /** Per-request timeout (default 5,000 ms). */
  timeoutMs?: number;
  /**
   * Let the process exit while requests or retry timers are pending (default true: a CLI ingest
   * ends when its work is done; what is left is sent by the next worker).
   */
  unref?: boolean;
}

type Row = Record<string, unknown>;
const BATCH = 20;

export interface PostResult {
  ok: boolean;
  status: number | null;
  error: string | null;
}

/** POST a JSON body; resolves (never rejects) with the outcome. */
export function postJson(url: string, body: string, headers: Record<string, string>, timeoutMs: number, unref: boolean): Promise<PostResult> {
  return new Promise((resolve) => {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      resolve({ ok: false, status: null, error: 'bad URL' });
      return;
    }
    const req = (u.protocol === 'https:' ? httpsRequest : httpRequest)(
      u,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'marsad-alerts/1', ...headers } },
      (res) => {
        res.resume();
        res.on('end', () => {
          const s = res.statusCode ?? 0;
          resolve({ ok: s >= 200 && s < 300, status: s, error: s >= 200 && s < 300 ? null : `HTTP ${s}` });
        });
        res.on('error', (e) => resolve({ ok: false, status: res.statusCode ?? null, error: e.message }));
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    req.on('error', (e) => resolve({ ok: false, status: null, error: (e as NodeJS.ErrnoException).code ?? e.message }));
    if (unref) req.on('socket', (s) => s.unref());
    req.end(body);
  });
}

export class DeliveryWorker {
  private readonly db: DB;
  readonly opts: Required<DeliveryOptions>;
  private running = false;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Infinity;
  private stopped = false;
  private inflight = new Set<Promise<unknown>>();

  constructor(db: DB, opts: DeliveryOptions = {}) {
    this.db = db;
    this.opts = { baseDelayMs: 1000, maxDelayMs: 3_600_000, maxAttempts: 12, timeoutMs: 5000, unref: true, ...opts };
  }

  /** Schedule a pass soon (returns at once). */
  kick(): void {
    if (this.stopped) return;
    this.schedule(0);
  }

  private schedule(delay: number) {
    const at = Date.now() + delay;
    if (this.timer && this.timerAt <= at) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.timerAt = Infinity;
      void this.pass();
    }, Math.max(0, delay));
    if (this.opts.unref) this.timer.unref();
  }

  /** Send every due delivery once; then schedule the next due one. */
  async pass(): Promise<void> {
    if (this.stopped || !this.db.open) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        const now = Date.now();
        const due = this.db
          .prepare("SELECT d.id, d.target, d.attempts, f.payload, f.id AS fired_id FROM alert_deliveries d JOIN alert_fired f ON f.id = d.fired_id WHERE d.status = 'pending' AND d.next_at <= ? AND d.lease_until <= ? ORDER BY d.next_at LIMIT ?")
          .all(now, now, BATCH) as Row[];
        const lease = this.db.prepare('UPDATE alert_deliveries SET lease_until = ? WHERE id = ? AND lease_until <= ?');
        const mine = due.filter((d) => lease.run(now + this.opts.timeoutMs + 10_000, d.id, now).changes === 1);
        if (mine.length === 0) break;
        await Promise.all(mine.map((d) => this.sendOne(d)));
        if (mine.length === BATCH) this.again = true;
      } while (this.again && !this.stopped && this.db.open);
    } finally {
      this.running = false;
    }
    this.scheduleNext();
  }

  private scheduleNext() {
    if (this.stopped || !this.db.open) return;
    const r = this.db.prepare("SELECT min(max(next_at, lease_until)) AS t FROM alert_deliveries WHERE status = 'pending'").get() as { t: number | null };
    if (r.t !== null) this.schedule(Math.max(0, r.t - Date.now()));
  }

  private async sendOne(d: Row): Promise<void> {
    const p = postJson(d.target as string, d.payload as string, { 'x-marsad-alert-id': String(d.fired_id) }, this.opts.timeoutMs, this.opts.unref);
    this.inflight.add(p);
    const res = await p;
    this.inflight.delete(p);
    if (!this.db.open) return;
    const attempts = (d.attempts as number) + 1;
    if (res.ok) {
      this.db.prepare("UPDATE alert_deliveries SET status = 'delivered', attempts = ?, delivered_at = ?, last_error = NULL, lease_until = 0 WHERE id = ?").run(attempts, new Date().toISOString(), d.id);
      return;
    }
    if (attempts >= this.opts.maxAttempts) {
      this.db.prepare("UPDATE alert_deliveries SET status = 'failed', attempts = ?, last_error = ?, lease_until = 0 WHERE id = ?").run(attempts, res.error, d.id);
      return;
    }
    const delay = Math.min(this.opts.maxDelayMs, this.opts.baseDelayMs * 2 ** (attempts - 1)) * (0.8 + Math.random() * 0.4);
    this.db.prepare('UPDATE alert_deliveries SET attempts = ?, last_error = ?, next_at = ?, lease_until = 0 WHERE id = ?').run(attempts, res.error, Date.now() + Math.round(delay), d.id);
  }

  /** Pending deliveries left (any due time). */
  pending(): number {
    if (!this.db.open) return 0;
    return (this.db.prepare("SELECT count(*) AS c FROM alert_deliveries WHERE status = 'pending'").get() as { c: number }).c;
  }

  /** Keep delivering until nothing is pending or `timeoutMs` passes; returns what is left pending. */
  async drain(timeoutMs: number): Promise<number> {
    const end = Date.now() + timeoutMs;
    while (!this.stopped && this.db.open && this.pending() > 0 && Date.now() < end) {
      await this.pass();
      const r = this.db.prepare("SELECT min(max(next_at, lease_until)) AS t FROM alert_deliveries WHERE status = 'pending'").get() as { t: number | null };
      if (r.t === null) break;
      const wait = Math.min(Math.max(10, r.t - Date.now()), end - Date.now());
      if (wait > 0) await new Promise((res) => setTimeout(res, wait));
    }
    return this.pending();
  }

  /** Stop scheduling; requests already sent finish (or time out) on their own. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Wait for requests in flight (tests). */
  async idle(): Promise<void> {
    await Promise.all([...this.inflight]);
  }
}

const workers = new WeakMap<DB, DeliveryWorker>();

/** The worker of a database handle, created on first use (options apply only then). */
export function workerFor(db: DB, opts?: DeliveryOptions): DeliveryWorker {
  let w = workers.get(db);
  if (!w) workers.set(db, (w = new DeliveryWorker(db, opts)));
  return w;
}

/** Forget a handle's worker (after stop), so a later call builds a new one. */
export function dropWorker(db: DB): void {
  const w = workers.get(db);
  if (w) w.stop();
  workers.delete(db);
}
