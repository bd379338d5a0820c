/**
 * @module alerts/rules
 * Rules as pure data: checking a new rule, and matching a rule against an incident record
 * (with the reasons it matched, which go into the alert).
 */
import type { EventRecord } from '../model/types.ts';
import { fold } from '../text/index.ts';
import { actorsOf, haversineKm } from '../analyse/common.ts';
import type { AlertError, AlertRule, NewRule } from './types.ts';

export type RuleInput = NewRule;

/** Checks a new rule; returns the normalised fields or an error value. */
export function checkRule(r: RuleInput): { ok: true; rule: Required<Omit<NewRule, 'place'>> & { place: NewRule['place'] } } | { ok: false; error: AlertError } {
  const bad = (message: string) => ({ ok: false as const, error: { code: 'bad-rule' as const, message } });
  const s = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);
  const place = r.place ?? null;
  const radius = r.radius_km ?? null;
  if (place && (!Number.isFinite(place.lat) || !Number.isFinite(place.lon) || Math.abs(place.lat) > 90 || Math.abs(place.lon) > 180)) return bad('place coordinates are out of range');
  if (place && radius === null) return bad('a place needs a radius (--radius KM)');
  if (radius !== null && !place) return bad('a radius needs a place (--place P)');
  if (radius !== null && !(Number.isFinite(radius) && radius > 0 && radius <= 5000)) return bad('radius must be a number of km, 0 < radius ≤ 5000');
  const minF = r.min_fatalities ?? null;
  if (minF !== null && !(Number.isInteger(minF) && minF >= 0)) return bad('minimum fatalities must be a whole number ≥ 0');
  const webhook = s(r.webhook);
  if (webhook) {
    let u: URL;
    try {
      u = new URL(webhook);
    } catch {
      return bad(`webhook is not a URL: ${webhook}`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return bad('webhook must be an http:// or https:// URL');
  }
  const admin = s(r.admin);
  const actor = s(r.actor);
  const type = s(r.event_type);
  if (!place && !admin && !actor && !type && minF === null) return bad('a rule needs at least one condition: place + radius, admin unit, actor, type or minimum fatalities');
  const name = s(r.name) ?? [place && `${place.name} ${radius} km`, admin, actor, type, minF !== null && `≥${minF} killed`].filter(Boolean).join(', ');
  for (const [k, v] of [['name', name], ['admin', admin], ['actor', actor], ['type', type], ['webhook', webhook]] as const) {
    if (v && v.length > 2000) return bad(`${k} is too long`);
  }
  return { ok: true, rule: { name, place, radius_km: radius, admin, actor, event_type: type, min_fatalities: minF, webhook } };
}

const foldCache = new Map<string, string>();
function f(s: string): string {
  let v = foldCache.get(s);
  if (v === undefined) {
    v = fold(s).replace(/\s+/g, ' ').trim();
    if (foldCache.size < 50_000) foldCache.set(s, v);
  }
  return v;
}

export interface RuleMatch {
  matched: boolean;
  reasons: string[];
  distance_km: number | null;
}

/** Does the incident meet every condition of the rule? */
export function matchRule(rule: AlertRule, r: EventRecord): RuleMatch {
  const reasons: string[] = [];
  let distance: number | null = null;
  const no = { matched: false, reasons, distance_km: null };
  if (!rule.enabled) return no;
  if (rule.place) {
    if (typeof r.latitude !== 'number' || typeof r.longitude !== 'number') return no;
    distance = haversineKm(rule.place.lat, rule.place.lon, r.latitude, r.longitude);
    if (!(distance <= rule.place.radius_km)) return no;
    reasons.push(`within ${distance.toFixed(1)} km of ${rule.place.name} (radius ${rule.place.radius_km} km)`);
  }
  if (rule.admin) {
    const a = f(rule.admin);
    const unit = [r.admin1, r.admin2, r.admin3, r.country].find((u) => u && f(u) === a);
    if (!unit) return no;
    reasons.push(`in ${unit}`);
  }
  if (rule.actor) {
    const q = f(rule.actor);
    const who = actorsOf(r).find((a) => f(a).includes(q));
    if (!who) return no;
    reasons.push(`actor ${who}`);
  }
  if (rule.event_type) {
    const t = f(rule.event_type);
    const hit = [r.event_type, r.sub_event_type, r.disorder_type].find((x) => x && f(x) === t);
    if (!hit) return no;
    reasons.push(`type ${hit}`);
  }
  if (rule.min_fatalities !== null) {
    if (!((r.fatalities ?? 0) >= rule.min_fatalities)) return no;
    reasons.push(`${r.fatalities} fatalities (minimum ${rule.min_fatalities})`);
  }
  return { matched: true, reasons, distance_km: distance === null ? null : Math.round(distance * 10) / 10 };
}
