/**
 * @module lang/fr/targets
 * French target nouns (implying an actor of the place's country), facility nouns, and anaphors.
 */
import type { AnaphorRule, TargetRule } from '../types.ts';

export const targets: TargetRule[] = [
  { id: 'fr.tgt.gendarmerie_school', role: 'gendarmerie', facility: 'school', terms: ['école de gendarmerie', 'école de la gendarmerie', 'école nationale de gendarmerie'] },
  { id: 'fr.tgt.gendarmerie', role: 'gendarmerie', terms: ['gendarmerie', 'gendarmes', 'gendarme', 'brigade de gendarmerie'] },
  { id: 'fr.tgt.police', role: 'police', terms: ['police', 'policiers', 'policier', 'commissariat', 'poste de police'] },
  { id: 'fr.tgt.airport', role: 'military', facility: 'airport', terms: ['aéroport', 'base aérienne', 'zone aéroportuaire', 'partie militaire de l aéroport'] },
  { id: 'fr.tgt.air_force', role: 'air_force', terms: ["armée de l'air", 'armée de l air', 'aviation'] },
  { id: 'fr.tgt.camp', role: 'military', facility: 'camp', terms: ['camp militaire', 'camps militaires', 'camp', 'camps', 'base militaire', 'base', 'bases', 'postes', 'poste', 'caserne', 'poste militaire', 'poste avancé', 'détachement', 'position*', 'check-point', 'poste de contrôle'] },
  { id: 'fr.tgt.military', role: 'military', terms: ['soldats', 'soldat', 'militaires', 'militaire', 'armée', 'FAMa', 'FDS', 'forces de défense et de sécurité', 'convoi militaire', 'convoi', 'patrouille*', 'unité*', 'troupes', 'forces armées'] },
  { id: 'fr.tgt.vdp', role: 'militia', terms: ['VDP', 'volontaires pour la défense de la patrie', 'supplétifs', 'milice*', 'groupes d autodéfense', 'dozos', 'chasseurs traditionnels'] },
  { id: 'fr.tgt.civilians', role: 'civilians', terms: ['civils', 'civil', 'villageois', 'habitants', 'population*', 'fidèles', 'passagers', 'femmes', 'enfants', 'bergers', 'éleveurs', 'agriculteurs', 'commerçants', 'orpailleurs', 'site d orpaillage', 'marché', 'mosquée', 'église', 'village', 'villages', 'déplacés', 'chef de village', 'imam', 'ressortissants', 'mariage', 'travailleurs', 'bus'] },
];

export const anaphors: AnaphorRule[] = [
  { id: 'fr.ana.group', refers_to: 'armed_group', terms: ['le groupe', 'le groupe jihadiste', 'le groupe armé', 'l organisation', 'le mouvement', 'la coalition jihadiste'] },
  { id: 'fr.ana.men', refers_to: 'armed_group', terms: ['ses combattants', 'ses hommes', 'ses éléments', 'les assaillants', 'assaillants', 'les combattants'] },
  { id: 'fr.ana.gunmen', refers_to: 'armed_group', terms: ['jihadistes', 'djihadistes', 'les jihadistes', 'hommes armés', 'individus armés', 'terroristes', 'les terroristes', 'les insurgés', 'islamistes', 'les assaillants', 'HANI', 'hommes armés non identifiés'] },
  { id: 'fr.ana.army', refers_to: 'state_force', terms: ["l'armée", 'les militaires', 'les soldats', 'les forces armées'] },
];
