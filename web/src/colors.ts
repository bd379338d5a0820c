// Map and legend styling: a colour per ACLED event type, a marker radius growing with the
// square root of fatalities (area ∝ deaths), capped so one massacre does not cover a region.

export const TYPE_COLORS: Record<string, string> = {
  Battles: '#c0392b',
  'Explosions/Remote violence': '#e67e22',
  'Violence against civilians': '#8e44ad',
  Protests: '#27ae60',
  Riots: '#8d6e63',
  'Strategic developments': '#2c7fb8',
};
export const OTHER_COLOR = '#607d8b';

export const colorOf = (eventType: string) => TYPE_COLORS[eventType] ?? OTHER_COLOR;

export function radiusOf(fatalities: number): number {
  const f = Number.isFinite(fatalities) && fatalities > 0 ? fatalities : 0;
  return Math.min(28, 6 + 2.2 * Math.sqrt(f));
}
