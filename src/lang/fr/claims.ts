/**
 * @module lang/fr/claims
 * French claim words, attribution cues (selon, a revendiqué, a affirmé…) and speaking parties.
 */
import type { ClaimKindRule, CueRule, FatalityCueRule, PartyRule } from '../types.ts';

export const claimKinds: ClaimKindRule[] = [
  { id: 'fr.claim.fatalities', kind: 'fatalities', terms: ['exécuté*', 'massacré*', 'pertes en vies humaines', 'lourdes pertes', 'pertes', 'tué*', 'tuant', 'morts', 'mort', 'décès', 'décédé*', 'péri', 'ont péri', 'victimes', 'bilan', 'corps', 'cadavres', 'neutralisé*', 'tombés', 'tombé', 'perdu la vie', 'ont perdu la vie', 'abattu*'] },
  { id: 'fr.claim.injuries', kind: 'injuries', terms: ['blessé*', 'blessure*'] },
  { id: 'fr.claim.destroyed', kind: 'destroyed', terms: ['détrui*', 'destruction', 'incendi*', 'brûl*', 'calciné*'] },
  { id: 'fr.claim.captured', kind: 'captured', terms: ['butin', 'récupéré*', 'saisi*', 'emporté*', 'capturé*', 'prisonnier*', 'faits prisonniers', 'pris le contrôle', 'se sont emparés', 'emparé*', 'pris le camp', 'pris la position'] },
  { id: 'fr.claim.responsibility', kind: 'responsibility', terms: ['revendiqu*', 'revendication'] },
  { id: 'fr.claim.abducted', kind: 'abducted', terms: ['enlevé*', 'enlèvement*', 'kidnapp*', 'otage*', 'rapt'] },
  { id: 'fr.claim.arrested', kind: 'arrested', terms: ['arrêté*', 'interpellé*', 'arrestation*', 'appréhendé*'] },
];

export const cues: CueRule[] = [
  { id: 'fr.cue.say', kind: 'say', claimant: 'either', terms: ['a déclaré', 'ont déclaré', 'a affirmé', 'ont affirmé', 'affirme', 'affirment', 'a indiqué', 'ont indiqué', 'indique', 'a annoncé', 'ont annoncé', 'annonce', 'a assuré', 'a précisé', 'a ajouté', 'a rapporté', 'rapporte', 'a fait état', 'font état', 'fait état', 'fai* état', 'avait fait état', 'a rendu public', 'rend public', 'a publié', 'a relevé', 'a souligné', 'précise', 'indiquait', 'affirmait', 'annonçait', 'a communiqué', 'déplore', 'a déploré', 'évoque', 'évoquent', 'a évoqué', 'parle de', 'parlent de', 'avance', 'avancent', 'communiqué', 'dans un communiqué', 'a confirmé', 'a dit', 'ont dit', 'déclare', 'selon lesquels', 'informe', 'a informé', 'a assuré', 'estime', 'a estimé', 'a dénombré', 'a recensé', 'a revendiqué', 'ont revendiqué', 'revendique', 'dit avoir', 'affirme avoir', 'assure avoir', 'prétend', 'a prétendu'] },
  { id: 'fr.cue.according', kind: 'according_to', claimant: 'after', terms: ['selon', "d'après", 'de source', 'de sources', 'a-t-on appris', 'a appris', 'citant'] },
  { id: 'fr.cue.deny', kind: 'deny', claimant: 'either', terms: ['a démenti', 'ont démenti', 'dément', 'a nié', 'nie', 'a rejeté', 'conteste'] },
  { id: 'fr.cue.responsibility', kind: 'claim_responsibility', claimant: 'either', terms: ['a revendiqué', 'ont revendiqué', 'revendique', 'revendication'] },
];

export const parties: PartyRule[] = [
  { id: 'fr.party.officials', party: 'Government of {country}', role: 'government', terms: ['les autorités', 'autorités', 'le gouvernement', 'gouvernement', 'la junte', 'ministère', 'le ministre', 'bilan officiel', 'sources officielles', 'la présidence', 'Conseil national de sécurité', 'conseil des ministres', 'communiqué officiel'] },
  { id: 'fr.party.governor', party: 'Government of {country}', role: 'government', title: 'governor', terms: ['le gouverneur', 'gouverneur'] },
  { id: 'fr.party.prosecutor', party: 'Government of {country}', role: 'government', title: 'prosecutor', terms: ['le procureur', 'procureur', 'le parquet'] },
  { id: 'fr.party.mayor', party: 'Government of {country}', role: 'government', title: 'mayor', terms: ['le maire', 'maire'] },
  { id: 'fr.party.prefect', party: 'Government of {country}', role: 'government', title: 'prefect', terms: ['préfet', 'le préfet'] },
  { id: 'fr.party.defence_ministry', party: 'Government of {country}', role: 'government', title: 'defence ministry', terms: ['le ministère de la Défense', 'ministère de la Défense', 'ministre de la Défense'] },
  { id: 'fr.party.security_ministry', party: 'Government of {country}', role: 'government', title: 'security ministry', terms: ['ministère de la Sécurité', 'ministre de la Sécurité'] },
  { id: 'fr.party.state_media', party: 'Government of {country}', role: 'government', title: 'state media', terms: ['la télévision nationale', 'la télévision publique', 'télévision nationale', 'la radio nationale', 'radio nationale'] },
  { id: 'fr.party.spokesman', party: 'Government of {country}', role: 'government', title: 'spokesman', terms: ['porte-parole du gouvernement', 'le porte-parole', 'porte-parole'] },
  { id: 'fr.party.army', party: 'Military Forces of {country}', role: 'military', terms: ["l'état-major", 'état-major général des armées', "l'armée", 'armée', 'les forces armées', 'la Dirpa', 'DIRPA', 'EMGA'] },
  { id: 'fr.party.security_sources', party: 'security sources', terms: ['sources sécuritaires', 'sources militaires', 'sources de sécurité'] },
  { id: 'fr.party.security_source', party: 'security source', terms: ['source sécuritaire', 'source militaire', 'source de sécurité', 'un officier'] },
  { id: 'fr.party.security_official', party: 'security sources', title: 'security official', terms: ['un responsable sécuritaire', 'responsable sécuritaire'] },
  { id: 'fr.party.local', party: 'local sources', terms: ['sources locales', 'source locale', 'notables', 'un notable', 'leaders communautaires'] },
  { id: 'fr.party.local_official', party: 'local sources', title: 'local official', terms: ['élu local', 'un élu local', 'responsable local', 'un responsable local', 'un élu'] },
  { id: 'fr.party.local_officials', party: 'local sources', title: 'local officials', terms: ['responsables locaux', 'élus locaux', 'autorités locales'] },
  { id: 'fr.party.residents', party: 'local sources', title: 'residents', terms: ['habitants', 'un habitant', 'villageois', 'riverains'] },
  { id: 'fr.party.witnesses', party: 'witnesses', terms: ['témoins', 'témoin', 'témoignages', 'rescapés', 'survivants'] },
  { id: 'fr.party.un', party: 'United Nations', terms: ['Nations unies', "l'ONU", 'ONU', 'la Minusma', 'MINUSMA', 'le HCDH', 'OCHA'] },
  { id: 'fr.party.hrw', party: 'Human Rights Watch', terms: ['Human Rights Watch', 'HRW'] },
  { id: 'fr.party.amnesty', party: 'Amnesty International', terms: ['Amnesty International', 'Amnesty'] },
  { id: 'fr.party.ngo', party: 'human rights organisations', terms: ['organisations de défense des droits', 'ONG'] },
  { id: 'fr.party.medical', party: 'medical sources', terms: ['source hospitalière', 'sources hospitalières', 'source médicale', 'sources médicales', "l'hôpital"] },
  { id: 'fr.party.doctor', party: 'medical sources', title: 'doctor', terms: ['un médecin', 'médecin', 'médecins', 'personnels de santé', 'personnel de santé', 'agents de santé'] },
];

/** Tolls that count differently: the attackers' dead (added to the victims) and first tolls a later one supersedes. */
export const fatalityCues: FatalityCueRule[] = [
  { id: 'fr.fat.attackers', cue: 'attackers', terms: ['assaillants', 'terroristes', 'terroriste', 'jihadistes', 'djihadistes', 'insurgés', 'hommes armés', 'combattants', 'ennemis', 'neutralisé*', 'assaillant'] },
  { id: 'fr.fat.provisional', cue: 'provisional', terms: ['premier bilan', 'bilan provisoire', 'provisoire', 'bilan initial', 'initialement', 'dans un premier temps', 'précédent bilan', 'bilan précédent', 'bilan préliminaire'] },
];
