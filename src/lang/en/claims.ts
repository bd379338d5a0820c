/**
 * @module lang/en/claims
 * English claim words, attribution cues (said, claimed, according to, denied…) and parties.
 */
import type { ClaimKindRule, CueRule, FatalityCueRule, PartyRule } from '../types.ts';

export const claimKinds: ClaimKindRule[] = [
  { id: 'en.claim.fatalities', kind: 'fatalities', terms: ['executed', 'massacred', 'heavy losses', 'losses', 'killed', 'killing', 'dead', 'deaths', 'death toll', 'toll', 'died', 'lost their lives', 'bodies', 'shot dead', 'neutralised', 'neutralized', 'casualties', 'fatalities', 'slain', 'perished', 'lives'] },
  { id: 'en.claim.injuries', kind: 'injuries', terms: ['wounded', 'injured', 'injuries', 'injuring', 'wounding', 'hurt'] },
  { id: 'en.claim.destroyed', kind: 'destroyed', terms: ['destroyed', 'destroying', 'burned', 'burnt', 'torched', 'set ablaze', 'set fire', 'razed', 'burning'] },
  { id: 'en.claim.captured', kind: 'captured', terms: ['captured', 'seized', 'spoils', 'booty', 'taken prisoner', 'prisoners', 'took prisoner', 'made off with', 'took control', 'overran', 'overrun', 'took over'] },
  { id: 'en.claim.responsibility', kind: 'responsibility', terms: ['claimed responsibility', 'claimed the attack', 'claimed', 'claim of responsibility', 'responsibility'] },
  { id: 'en.claim.abducted', kind: 'abducted', terms: ['abducted', 'kidnapped', 'abduction', 'kidnapping', 'hostage*', 'taken captive'] },
  { id: 'en.claim.arrested', kind: 'arrested', terms: ['arrested', 'detained', 'arrests'] },
];

export const cues: CueRule[] = [
  { id: 'en.cue.say', kind: 'say', claimant: 'either', terms: ['said', 'says', 'told', 'stated', 'reported', 'reports', 'announced', 'confirmed', 'added', 'claimed', 'claims', 'asserted', 'alleged', 'insisted', 'estimated', 'put the toll', 'put the death toll', 'in a statement', 'statement', 'communique', 'said in a statement', 'wrote', 'posted', 'documented', 'counted', 'recorded', 'put the number', 'gave a toll', 'gave a death toll', 'released', 'published', 'tallied', 'estimates', 'reporting', 'saying'] },
  { id: 'en.cue.according', kind: 'according_to', claimant: 'after', terms: ['according to', 'citing', 'quoted', 'per'] },
  { id: 'en.cue.deny', kind: 'deny', claimant: 'either', terms: ['denied', 'denies', 'rejected', 'disputed', 'dismissed'] },
  { id: 'en.cue.responsibility', kind: 'claim_responsibility', claimant: 'either', terms: ['claimed responsibility', 'claimed the attack'] },
];

export const parties: PartyRule[] = [
  { id: 'en.party.officials', party: 'Government of {country}', role: 'government', terms: ['officials', 'authorities', 'the government', 'government', 'the junta', 'junta', 'ministry', 'minister', 'official toll', 'presidency', 'national security council'] },
  { id: 'en.party.governor', party: 'Government of {country}', role: 'government', title: 'governor', terms: ['governor', 'the governor', 'provincial governor', 'regional governor'] },
  { id: 'en.party.prosecutor', party: 'Government of {country}', role: 'government', title: 'prosecutor', terms: ['prosecutor', 'the prosecutor', 'public prosecutor'] },
  { id: 'en.party.mayor', party: 'Government of {country}', role: 'government', title: 'mayor', terms: ['mayor', 'the mayor'] },
  { id: 'en.party.prefect', party: 'Government of {country}', role: 'government', title: 'prefect', terms: ['prefect', 'the prefect'] },
  { id: 'en.party.defence_ministry', party: 'Government of {country}', role: 'government', title: 'defence ministry', terms: ['defence ministry', 'defense ministry', 'ministry of defence', 'ministry of defense', 'defence minister', 'defense minister'] },
  { id: 'en.party.interior_ministry', party: 'Government of {country}', role: 'government', title: 'interior ministry', terms: ['interior ministry', 'ministry of the interior', 'ministry of interior', 'interior minister'] },
  { id: 'en.party.state_media', party: 'Government of {country}', role: 'government', title: 'state media', terms: ['state television', 'state broadcaster', 'state radio', 'state media', 'national television', 'national radio'] },
  { id: 'en.party.spokesman', party: 'Government of {country}', role: 'government', title: 'spokesman', terms: ['government spokesman', 'spokesman', 'spokesperson', 'spokeswoman'] },
  { id: 'en.party.army', party: 'Military Forces of {country}', role: 'military', terms: ['the army', 'army', 'the military', 'military', 'armed forces', 'general staff', 'army spokesman'] },
  { id: 'en.party.security_sources', party: 'security sources', terms: ['security sources', 'military sources', 'security officials'] },
  { id: 'en.party.security_source', party: 'security source', terms: ['security source', 'a security source', 'military source', 'a military source', 'an officer'] },
  { id: 'en.party.security_official', party: 'security sources', title: 'security official', terms: ['a security official', 'security official'] },
  { id: 'en.party.local', party: 'local sources', terms: ['local sources', 'a local source', 'elders', 'community leaders'] },
  { id: 'en.party.local_official', party: 'local sources', title: 'local official', terms: ['a local official', 'local official', 'an elected official', 'local elected official', 'a local politician'] },
  { id: 'en.party.local_officials', party: 'local sources', title: 'local officials', terms: ['local officials', 'local authorities'] },
  { id: 'en.party.residents', party: 'local sources', title: 'residents', terms: ['residents', 'a resident', 'locals', 'villagers'] },
  { id: 'en.party.witnesses', party: 'witnesses', terms: ['witnesses', 'a witness', 'survivors', 'a survivor', 'eyewitness*'] },
  { id: 'en.party.un', party: 'United Nations', terms: ['the United Nations', 'United Nations', 'the UN', 'UN', 'MINUSMA', 'OHCHR', 'UN human rights office', 'OCHA'] },
  { id: 'en.party.hrw', party: 'Human Rights Watch', terms: ['Human Rights Watch', 'HRW'] },
  { id: 'en.party.amnesty', party: 'Amnesty International', terms: ['Amnesty International', 'Amnesty'] },
  { id: 'en.party.ngo', party: 'human rights organisations', terms: ['rights groups', 'a rights group'] },
  { id: 'en.party.medical', party: 'medical sources', terms: ['medical sources', 'a medical source', 'medical source', 'hospital'] },
  { id: 'en.party.doctor', party: 'medical sources', title: 'doctor', terms: ['doctor', 'a doctor', 'doctors', 'health workers', 'medics'] },
];

/** Tolls that count differently: the attackers' dead (added to the victims) and first tolls a later one supersedes. */
export const fatalityCues: FatalityCueRule[] = [
  { id: 'en.fat.attackers', cue: 'attackers', terms: ['assailants', 'attackers', 'militants', 'terrorists', 'terrorist', 'jihadists', 'insurgents', 'gunmen', 'fighters', 'enemy', 'neutralised', 'neutralized', 'raiders'] },
  { id: 'en.fat.provisional', cue: 'provisional', terms: ['first toll', 'initial toll', 'provisional', 'preliminary', 'first official figure', 'first figure', 'first reported', 'initially', 'earlier toll', 'previous toll', 'at first'] },
];
