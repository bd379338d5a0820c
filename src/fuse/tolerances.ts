/**
 * @module fuse/tolerances
 * Allowances for the errors real extraction makes, as records with reason ids. The link rules
 * (03-link) are written for careful readings; these say where a pair that the strict rules would
 * veto is still judged, and why. Each id appears in a link's reasons when it was used, so that a
 * trace or a test can tell which allowance made a link. Tests: test/fuse/tolerances.test.ts.
 */

export const TOLERANCES = [
  {
    id: 'date-from-publication',
    days: 3,
    why: 'an undated news event (the report said "today", "last night" or nothing) happened in the days before its publication; such a date counts for little',
  },
  {
    id: 'date-at-publication',
    days: 1,
    why: 'an event dated on its document\'s publication day may have happened the day before ("last night", "yesterday evening" read as today, or the announcement\'s day taken for the event\'s)',
  },
  {
    id: 'coarse-names-admin',
    why: 'a region-level place whose name holds the other report\'s admin unit ("Département de Tillabéri", "Province du Yagha") speaks of that unit whatever admin1 the gazetteer gave it',
  },
  {
    id: 'coarse-near-point',
    km: 50,
    why: 'a place coded to its region or district whose point lies within "near" distance of the other report\'s point: the admin1 of a coarse place is its least reliable field, the distance decides',
  },
  {
    id: 'unknown-attacker',
    why: 'a report that leaves the attacker unidentified agrees with any attacker the other report gives (or leaves unidentified) when their targets share a family: that is a match on both sides',
  },
  {
    id: 'name-variant',
    why: 'two spellings of one village across languages and outlets (Fambita/Fombita, Tchoma Bangou/Tchombangou), within the same-name radius, are one place: transliteration keys within the gazetteer\'s tolerance',
  },
  {
    id: 'registry-parent',
    why: 'a unit or member of a named group stands for it (Katiba Macina for JNIM, JNIM for al-Qaeda): parents from the actor registry',
  },
  {
    id: 'registry-alias',
    why: 'an actor named by an alias, acronym or press name ("FAMa", "Malian army", "GSIM") is the registry entry it stands for',
  },
] as const;

export type ToleranceId = (typeof TOLERANCES)[number]['id'];

/** The record of a tolerance by id (throws on an unknown id: a bug). */
export function tolerance<I extends ToleranceId>(id: I): Extract<(typeof TOLERANCES)[number], { id: I }> {
  const t = TOLERANCES.find((x) => x.id === id);
  if (!t) throw new Error(`marsad fuse: unknown tolerance ${id}`);
  return t as Extract<(typeof TOLERANCES)[number], { id: I }>;
}
