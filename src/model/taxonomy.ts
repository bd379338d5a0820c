/**
 * @module model/taxonomy
 * ACLED's event taxonomy: 6 event types, 25 sub-event types, their disorder type, and the priority
 * used when one report mixes tactics (the higher entry — lower `priority` number — wins). The order
 * follows the codebook's guidance that the most severe, most specific form of violence is coded:
 * violence against civilians and remote violence before battles, battles before strategic
 * developments, demonstrations last.
 */

export interface SubEventType {
  sub_event_type: string;
  event_type: string;
  disorder_type: 'Political violence' | 'Demonstrations' | 'Strategic developments' | 'Political violence; Demonstrations';
  priority: number;
}

export const EVENT_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

const rows: Array<[string, EventType, SubEventType['disorder_type']]> = [
  ['Sexual violence', 'Violence against civilians', 'Political violence'],
  ['Chemical weapon', 'Explosions/Remote violence', 'Political violence'],
  ['Suicide bomb', 'Explosions/Remote violence', 'Political violence'],
  ['Air/drone strike', 'Explosions/Remote violence', 'Political violence'],
  ['Shelling/artillery/missile attack', 'Explosions/Remote violence', 'Political violence'],
  ['Remote explosive/landmine/IED', 'Explosions/Remote violence', 'Political violence'],
  ['Grenade', 'Explosions/Remote violence', 'Political violence'],
  ['Attack', 'Violence against civilians', 'Political violence'],
  ['Abduction/forced disappearance', 'Violence against civilians', 'Political violence'],
  ['Non-state actor overtakes territory', 'Battles', 'Political violence'],
  ['Government regains territory', 'Battles', 'Political violence'],
  ['Armed clash', 'Battles', 'Political violence'],
  ['Mob violence', 'Riots', 'Political violence'],
  ['Violent demonstration', 'Riots', 'Demonstrations'],
  ['Excessive force against protesters', 'Protests', 'Political violence; Demonstrations'],
  ['Protest with intervention', 'Protests', 'Demonstrations'],
  ['Peaceful protest', 'Protests', 'Demonstrations'],
  ['Looting/property destruction', 'Strategic developments', 'Strategic developments'],
  ['Disrupted weapons use', 'Strategic developments', 'Strategic developments'],
  ['Arrests', 'Strategic developments', 'Strategic developments'],
  ['Headquarters or base established', 'Strategic developments', 'Strategic developments'],
  ['Non-violent transfer of territory', 'Strategic developments', 'Strategic developments'],
  ['Agreement', 'Strategic developments', 'Strategic developments'],
  ['Change to group/activity', 'Strategic developments', 'Strategic developments'],
  ['Other', 'Strategic developments', 'Strategic developments'],
];

export const SUB_EVENT_TYPES: readonly SubEventType[] = rows.map(([sub_event_type, event_type, disorder_type], i) => ({
  sub_event_type,
  event_type,
  disorder_type,
  priority: i,
}));

const bySub = new Map(SUB_EVENT_TYPES.map((s) => [s.sub_event_type, s]));

export function subEventType(name: string): SubEventType | undefined {
  return bySub.get(name);
}

/** Of several candidate sub-event types, the one ACLED's priority order codes. */
export function highestPriority(names: string[]): SubEventType | undefined {
  let best: SubEventType | undefined;
  for (const n of names) {
    const s = bySub.get(n);
    if (s && (!best || s.priority < best.priority)) best = s;
  }
  return best;
}
