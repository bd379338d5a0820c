/**
 * @module alerts/types
 * Standing alert rules, the alerts they fire, and the deliveries of those alerts.
 */

export interface RulePlace {
  name: string;
  lat: number;
  lon: number;
  radius_km: number;
}

/** A standing rule: every condition given must hold (at least one is required). */
export interface AlertRule {
  id: number;
  name: string;
  place: RulePlace | null;
  /** An admin unit (admin1, admin2, admin3 or country), matched on folded text. */
  admin: string | null;
  /** Part of an actor name (actor1, actor2 or associated), folded. */
  actor: string | null;
  /** Event type, sub-event type or disorder type, folded. */
  event_type: string | null;
  min_fatalities: number | null;
  /** http(s) URL that receives each alert as a JSON POST. */
  webhook: string | null;
  enabled: boolean;
  created_at: string;
}

export interface NewRule {
  name?: string;
  place?: { name: string; lat: number; lon: number } | null;
  radius_km?: number | null;
  admin?: string | null;
  actor?: string | null;
  event_type?: string | null;
  min_fatalities?: number | null;
  webhook?: string | null;
}

/** What a webhook receives and the log file holds (one JSON line per alert). */
export interface AlertPayload {
  type: 'marsad.alert';
  alert_id: number;
  fired_at: string;
  rule: Omit<AlertRule, 'enabled' | 'created_at' | 'webhook'>;
  /** Why the rule matched, one line per condition. */
  matched: string[];
  incident: {
    id: string;
    event_date: string | null;
    date_start: string | null;
    date_end: string | null;
    event_type: string;
    sub_event_type: string;
    actor1: string;
    actor2: string;
    country: string;
    admin1: string;
    admin2: string;
    location: string;
    latitude: number | null;
    longitude: number | null;
    fatalities: number;
    notes: string;
    source_documents: string[];
    distance_km: number | null;
  };
  /** true for `marsad alerts test --send` samples. */
  test?: boolean;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'cancelled';

export interface Delivery {
  id: number;
  channel: 'webhook';
  target: string;
  status: DeliveryStatus;
  attempts: number;
  next_at: string | null;
  last_error: string | null;
  delivered_at: string | null;
}

export interface FiredAlert {
  id: number;
  rule_id: number;
  rule_name: string;
  incident_id: string;
  fired_at: string;
  payload: AlertPayload;
  deliveries: Delivery[];
}

export interface AlertError {
  code: 'unsupported-store' | 'bad-rule' | 'no-rule' | 'readonly';
  message: string;
}
