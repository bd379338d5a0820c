/**
 * @module cli/commands/alerts
 * `marsad alerts add|list|remove|test|deliver` — standing alert rules in the store (src/alerts).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError, type CliIO, type Command } from '../command.ts';
import { defaultDbPath, isPostgresUrl } from '../../store/index.ts';

const HELP = `Usage: marsad alerts <add|list|remove|test|deliver> [options]

Standing rules checked on every ingest. An alert is written to the alert log (JSON lines,
alerts.log beside the database, or $MARSAD_ALERT_LOG), kept in the list the API serves, and
POSTed as JSON to the rule's webhook in the background (retried with exponential backoff;
pending deliveries survive restarts). An incident fires a rule once.

  marsad alerts add [conditions] [--webhook URL] [--name NAME]
      conditions (all given must hold; at least one):
        --place P --radius KM   within KM of a place (name in any script, or "lat,lon")
        --admin UNIT            in an admin unit (admin1, admin2, admin3 or country)
        --actor A               an actor whose name contains A
        --type T                event type, sub-event type or disorder type (e.g. Battles)
        --min-fatalities N      at least N fatalities
  marsad alerts list [--fired] [--rule ID] [--limit N] [--json]
      the rules; with --fired, the alerts fired (newest first) and their deliveries
  marsad alerts remove ID
      delete a rule (its pending deliveries are cancelled; fired alerts stay listed)
  marsad alerts test ID [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N] [--send]
      which stored incidents the rule matches (a dry run: nothing is recorded or sent);
      --send also POSTs a sample alert (marked "test": true) to the rule's webhook now
  marsad alerts deliver [--wait SECONDS]
      send pending webhook deliveries now, waiting up to SECONDS (default 30)

Common options:
  --db PATH    the store (default ${defaultDbPath()})

Examples:
  marsad alerts add --place Bamako --radius 100 --actor JNIM --webhook https://ops.example/hook
  marsad alerts add --admin Koulikoro --min-fatalities 10
  marsad alerts list --fired --limit 20`;

async function withStore<T>(db: string | undefined, mustExist: boolean, io: CliIO, fn: (store: import('../../store/index.ts').SqliteStore) => Promise<T>): Promise<T | 1> {
  const path = db ?? defaultDbPath();
  if (isPostgresUrl(path)) {
    io.err('marsad alerts: alert rules are kept in the SQLite store only; give --db FILE');
    return 1;
  }
  if (mustExist && !existsSync(path)) {
    io.err(`marsad alerts: no store at ${path} (give --db)`);
    return 1;
  }
  const { SqliteStore } = await import('../../store/index.ts');
  const store = SqliteStore.open({ path });
  try {
    return await fn(store);
  } finally {
    const { stopAlertDelivery } = await import('../../alerts/index.ts');
    stopAlertDelivery(store);
    await store.close();
  }
}

const int = (name: string, v: string | undefined, min = 0): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number ≥ ${min}, got '${v}'`);
  return n;
};

export const alertsCommand: Command = {
  name: 'alerts',
  summary: 'standing alert rules: add, list, remove, test, deliver',
  help: HELP,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    const A = await import('../../alerts/index.ts');
    if (sub === 'add') {
      const { values, positionals } = parseArgs({
        args: rest, allowPositionals: true,
        options: {
          place: { type: 'string' }, radius: { type: 'string' }, admin: { type: 'string' }, actor: { type: 'string' }, type: { type: 'string' },
          'min-fatalities': { type: 'string' }, webhook: { type: 'string' }, name: { type: 'string' }, db: { type: 'string' },
        },
      });
      if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
      let place: { name: string; lat: number; lon: number } | null = null;
      if (values.place !== undefined) {
        const { resolveCentre } = await import('../../analyse/index.ts');
        const c = resolveCentre(values.place);
        if ('code' in c) {
          io.err(`marsad alerts add: ${c.message}`);
          return 1;
        }
        place = c;
      }
      const radius = values.radius === undefined ? null : Number(values.radius);
      const rule = {
        name: values.name, place, radius_km: radius, admin: values.admin, actor: values.actor, event_type: values.type,
        min_fatalities: int('min-fatalities', values['min-fatalities']) ?? null, webhook: values.webhook,
      };
      const c = A.checkRule(rule);
      if (!c.ok) throw new UsageError(c.error.message);
      return withStore(values.db, false, io, async (store) => {
        const r = A.addRule(store, rule);
        if (!r.ok) {
          io.err(`marsad alerts add: ${r.error.message}`);
          return 1;
        }
        io.out(`added rule ${r.rule.id}: ${r.rule.name}${r.rule.place ? ` (centre ${r.rule.place.lat}, ${r.rule.place.lon})` : ''}${r.rule.webhook ? ` → ${r.rule.webhook}` : ''}`);
        return 0;
      });
    }
    if (sub === 'list') {
      const { values, positionals } = parseArgs({
        args: rest, allowPositionals: true,
        options: { fired: { type: 'boolean', default: false }, rule: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean', default: false }, db: { type: 'string' } },
      });
      if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
      const rule = int('rule', values.rule, 1);
      const limit = int('limit', values.limit, 1) ?? 50;
      return withStore(values.db, true, io, async (store) => {
        if (values.fired) {
          const fired = A.listFiredAlerts(store, { rule, limit });
          if (values.json) io.out(JSON.stringify(fired, null, 2));
          else if (!fired.length) io.out('no alerts fired');
          else
            for (const f of fired) {
              const i = f.payload.incident;
              const d = f.deliveries.map((x) => `${x.status}${x.attempts ? ` after ${x.attempts} attempt(s)` : ''}${x.last_error && x.status !== 'delivered' ? ` (${x.last_error})` : ''}`).join(', ');
              io.out(`#${f.id}  ${f.fired_at}  rule ${f.rule_id} "${f.rule_name}"  incident ${f.incident_id} ${i.event_date ?? ''} ${i.location} — ${i.event_type}, ${i.actor1}${i.actor2 ? ' vs ' + i.actor2 : ''}, ${i.fatalities} killed${d ? `  [webhook: ${d}]` : ''}`);
            }
          return 0;
        }
        const rules = A.listRules(store);
        if (values.json) io.out(JSON.stringify(rules, null, 2));
        else if (!rules.length) io.out('no alert rules (add one with `marsad alerts add`)');
        else
          for (const r of rules) {
            const cond = [
              r.place && `within ${r.place.radius_km} km of ${r.place.name} (${r.place.lat}, ${r.place.lon})`,
              r.admin && `admin ${r.admin}`, r.actor && `actor ~ ${r.actor}`, r.event_type && `type ${r.event_type}`,
              r.min_fatalities !== null && `≥ ${r.min_fatalities} fatalities`,
            ].filter(Boolean).join('; ');
            io.out(`${r.id}\t${r.name}\t${cond}${r.webhook ? `\twebhook ${r.webhook}` : ''}`);
          }
        return 0;
      });
    }
    if (sub === 'remove') {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { db: { type: 'string' } } });
      if (positionals.length !== 1) throw new UsageError('give one rule ID');
      const id = int('ID', positionals[0], 1)!;
      return withStore(values.db, true, io, async (store) => {
        const r = A.removeRule(store, id);
        if (!r.ok) {
          io.err(`marsad alerts remove: ${r.error.message}`);
          return 1;
        }
        io.out(`removed rule ${id}`);
        return 0;
      });
    }
    if (sub === 'test') {
      const { values, positionals } = parseArgs({
        args: rest, allowPositionals: true,
        options: { from: { type: 'string' }, to: { type: 'string' }, limit: { type: 'string' }, send: { type: 'boolean', default: false }, db: { type: 'string' } },
      });
      if (positionals.length !== 1) throw new UsageError('give one rule ID');
      const id = int('ID', positionals[0], 1)!;
      for (const k of ['from', 'to'] as const) if (values[k] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values[k]!)) throw new UsageError(`--${k} must be YYYY-MM-DD`);
      const limit = int('limit', values.limit, 1) ?? 50;
      return withStore(values.db, true, io, async (store) => {
        const rule = A.getAlertRule(store, id);
        if (!rule) {
          io.err(`marsad alerts test: no alert rule ${id}`);
          return 1;
        }
        const hits = await A.testRule(store, rule, { from: values.from, to: values.to, limit });
        io.out(`rule ${rule.id} "${rule.name}" matches ${hits.length}${hits.length >= limit ? '+' : ''} stored incident(s)${values.from || values.to ? ` between ${values.from ?? '…'} and ${values.to ?? '…'}` : ''}:`);
        for (const h of hits) io.out(`  ${h.incident}\t${h.date ?? '(undated)'}\t${h.location}\t${h.matched.join('; ')}`);
        if (values.send) {
          const s = await A.sendTestAlert(rule);
          io.out(s.ok ? `test alert delivered to ${rule.webhook} (HTTP ${s.status})` : `test alert NOT delivered to ${rule.webhook ?? '(no webhook)'}: ${s.error}`);
          return s.ok ? 0 : 1;
        }
        return 0;
      });
    }
    if (sub === 'deliver') {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { wait: { type: 'string' }, db: { type: 'string' } } });
      if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
      const wait = int('wait', values.wait, 0) ?? 30;
      return withStore(values.db, true, io, async (store) => {
        const w = A.startAlertDelivery(store, { unref: false });
        if (!w) {
          io.out('nothing to deliver');
          return 0;
        }
        const before = w.pending();
        const left = await w.drain(wait * 1000);
        io.out(`${before - left} delivered or given up, ${left} still pending`);
        return left ? 1 : 0;
      });
    }
    throw new UsageError(sub ? `unknown sub-command '${sub}'` : 'give a sub-command: add, list, remove, test or deliver');
  },
};
