/**
 * @module lang/fr/triggers
 * French event triggers per ACLED sub-event type (same rules as ar/triggers.ts). Terms are folded
 * (accents, case) by the extractor; `*` lets a stem take endings (attaqu* → attaque, attaqué…).
 */
import type { TriggerRule } from '../types.ts';

export const triggers: TriggerRule[] = [
  { id: 'fr.trg.suicide', sub_event_type: 'Suicide bomb', terms: ['attentat suicide', 'attentat-suicide', 'attentats suicides', 'kamikaze*', 'se sont fait exploser', "s'est fait exploser", 'ceinture explosive', 'véhicule piégé conduit par un kamikaze', 'voiture piégée conduite par un kamikaze', 'attaque kamikaze', 'kamikazes'] },
  { id: 'fr.trg.vbied', sub_event_type: 'Remote explosive/landmine/IED', terms: ['véhicule piégé', 'véhicules piégés', 'voiture piégée', 'voitures piégées', 'camion piégé', 'moto piégée', 'VBIED'] },
  { id: 'fr.trg.ied', sub_event_type: 'Remote explosive/landmine/IED', terms: ['engin explosif improvisé', 'engins explosifs improvisés', 'engin explosif', 'EEI', 'IED', 'mine', 'mines', 'mine artisanale', 'sauté sur une mine', 'a sauté sur', 'ont sauté sur', 'explosion d un engin', 'explosion d une mine'] },
  { id: 'fr.trg.air', sub_event_type: 'Air/drone strike', terms: ['frappe aérienne', 'frappes aériennes', 'frappe de drone', 'frappes de drone', 'frappe par drone', 'frappes par drone', 'bombardement aérien', 'bombardements aériens', 'raid aérien', 'raids aériens', 'vecteurs aériens', 'vecteur aérien', 'moyens aériens', 'aviation militaire', 'frappes aériennes ciblées'], blocked_by: ['a frappé à la porte'] },
  { id: 'fr.trg.drone', sub_event_type: 'Air/drone strike', terms: ['drone', 'drones'], requires: ['frapp*', 'bombard*', 'tir*', 'cibl*', 'neutralis*', 'visé*'], blocked_by: ['incendi*', 'détrui*', 'abattu*'] },
  { id: 'fr.trg.shelling', sub_event_type: 'Shelling/artillery/missile attack', terms: ['obus', 'tirs d obus', 'tirs de mortier', 'mortier', 'mortiers', 'roquette*', 'tirs indirects', 'bombardement*', 'pilonn*'] },
  { id: 'fr.trg.grenade', sub_event_type: 'Grenade', terms: ['grenade', 'grenades'] },
  { id: 'fr.trg.sexual', sub_event_type: 'Sexual violence', terms: ['viol', 'viols', 'violée*', 'violences sexuelles'] },
  { id: 'fr.trg.abduction', sub_event_type: 'Abduction/forced disappearance', terms: ['enlèvement*', 'enlev*', 'enlevé*', 'kidnapp*', 'rapt', 'otage*', 'pris en otage', 'disparition forcée'] },
  { id: 'fr.trg.massacre', sub_event_type: 'Attack', terms: ['massacre*', 'tuerie*', 'exécution*', 'exécuté*', 'sommairement', 'carnage'] },
  { id: 'fr.trg.regain', sub_event_type: 'Government regains territory', terms: ['repris le contrôle', 'reprise de', 'reprise du contrôle', 'ont repris', 'a repris', 'reconquête', 'reconquis', 'sont entrées dans', 'sont entrés dans', 'libéré la ville', 'libération de'] },
  { id: 'fr.trg.overtake', sub_event_type: 'Non-state actor overtakes territory', terms: ['pris le contrôle', 'prise de contrôle', 'se sont emparés', 's est emparé', 'emparé*', 'tombé aux mains', 'tombée aux mains', 'occupé*', 'prise du camp', 'ont pris le camp', 'ont pris la ville', 'contrôle du camp'] },
  { id: 'fr.trg.clash', sub_event_type: 'Armed clash', terms: ['affrontement*', 'accrochage*', 'combat', 'combats', 'combattu*', 'combattre', 'échange de tirs', 'échanges de tirs', 'riposte*', 'heurts armés'] },
  { id: 'fr.trg.ambush', sub_event_type: 'Armed clash', if_civilian_target: 'Attack', terms: ['embuscade*', 'tendu une embuscade'] },
  { id: 'fr.trg.attack', sub_event_type: 'Armed clash', if_civilian_target: 'Attack', terms: ['attaque*', 'attaqu*', 'assaut*', 'raid', 'raids', 'incursion*', 'ont ouvert le feu', 'a ouvert le feu', 'tirs', 'fusillade', 'offensive', 'ciblé*', 'visé*', 'opération*', 'agression*', 'neutralis*', 'frapp*', 'pris pour cible', 'pris d assaut', 'encerclé', 'encerclée', 'encerclés'] },
  { id: 'fr.trg.killing', sub_event_type: 'Armed clash', if_civilian_target: 'Attack', weak: true, terms: ['tué*', 'tués', 'tuant', 'morts', 'mort', 'décès', 'abattu*', 'périr', 'péri', 'victimes'] },
  { id: 'fr.trg.destroy', sub_event_type: 'Looting/property destruction', terms: ['incendi*', 'brûl*', 'pill*', 'détrui*', 'destruction', 'saccag*', 'vandalis*'] },
  { id: 'fr.trg.arrest', sub_event_type: 'Arrests', terms: ['arrestation*', 'arrêté*', 'interpellé*', 'interpellation*', 'appréhendé*', 'mis aux arrêts', 'garde à vue'] },
  { id: 'fr.trg.agreement', sub_event_type: 'Agreement', weak: true, terms: ['accord de paix', 'cessez-le-feu', 'accord de cessez', 'trêve', 'signé un accord'] },
  { id: 'fr.trg.riot', sub_event_type: 'Violent demonstration', terms: ['émeute*', 'émeutiers'] },
  { id: 'fr.trg.protest', sub_event_type: 'Peaceful protest', terms: ['manifestation*', 'manifestant*', 'marche de protestation', 'sit-in', 'rassemblement de protestation'] },
];
