/**
 * @module lang/en/triggers
 * English event triggers per ACLED sub-event type (same rules as ar/triggers.ts).
 */
import type { TriggerRule } from '../types.ts';

export const triggers: TriggerRule[] = [
  { id: 'en.trg.suicide', sub_event_type: 'Suicide bomb', terms: ['suicide bomb*', 'suicide attack*', 'suicide car bomb*', 'suicide vest', 'blew himself up', 'blew themselves up', 'suicide bomber*', 'SVBIED*'] },
  { id: 'en.trg.vbied', sub_event_type: 'Remote explosive/landmine/IED', terms: ['car bomb*', 'truck bomb*', 'vehicle-borne', 'VBIED*', 'booby-trapped vehicle*'] },
  { id: 'en.trg.ied', sub_event_type: 'Remote explosive/landmine/IED', terms: ['improvised explosive device*', 'IED', 'IEDs', 'roadside bomb*', 'landmine*', 'land mine*', 'mine', 'mines', 'explosive device*', 'hit a mine', 'struck a mine', 'explosive-laden'] },
  { id: 'en.trg.air', sub_event_type: 'Air/drone strike', terms: ['air strike*', 'airstrike*', 'air raid*', 'aerial bombardment*', 'drone strike*', 'drone attack*', 'strike*', 'bombed from the air', 'helicopter gunship*', 'air force struck'] },
  { id: 'en.trg.drone', sub_event_type: 'Air/drone strike', terms: ['drone', 'drones', 'UAV', 'UAVs'], requires: ['strike*', 'struck', 'bomb*', 'hit', 'target*', 'fired'], blocked_by: ['burn*', 'destroy*', 'shot down', 'downed'] },
  { id: 'en.trg.shelling', sub_event_type: 'Shelling/artillery/missile attack', terms: ['shelling', 'shelled', 'mortar*', 'artillery', 'rocket*', 'indirect fire'] },
  { id: 'en.trg.grenade', sub_event_type: 'Grenade', terms: ['grenade*'] },
  { id: 'en.trg.sexual', sub_event_type: 'Sexual violence', terms: ['rape*', 'raped', 'sexual violence'] },
  { id: 'en.trg.abduction', sub_event_type: 'Abduction/forced disappearance', terms: ['abduct*', 'kidnap*', 'hostage*', 'taken captive', 'seized two', 'forced disappearance*'] },
  { id: 'en.trg.massacre', sub_event_type: 'Attack', terms: ['massacre*', 'executed', 'execution*', 'summarily', 'slaughter*', 'mass killing*'] },
  { id: 'en.trg.regain', sub_event_type: 'Government regains territory', terms: ['retook', 'retaken', 'recaptured', 'recapture*', 'regained control', 'took back', 'took control', 'entered the town', 'entered the city', 'seized control', 'retake*'] },
  { id: 'en.trg.overtake', sub_event_type: 'Non-state actor overtakes territory', terms: ['overran', 'overrun', 'seized', 'captured the camp', 'captured the town', 'took over', 'fell to', 'taken over', 'seizure of'] },
  { id: 'en.trg.clash', sub_event_type: 'Armed clash', terms: ['clash*', 'fighting', 'fought', 'battle*', 'gunfight*', 'exchange of fire', 'firefight*', 'skirmish*', 'repelled', 'repulsed'] },
  { id: 'en.trg.ambush', sub_event_type: 'Armed clash', if_civilian_target: 'Attack', terms: ['ambush*'] },
  { id: 'en.trg.attack', sub_event_type: 'Armed clash', if_civilian_target: 'Attack', terms: ['attack*', 'assault*', 'raid', 'raids', 'raided', 'stormed', 'opened fire', 'gunmen fired', 'targeted', 'offensive', 'operation*', 'hit', 'surrounded the', 'encircled the'] },
  { id: 'en.trg.killing', sub_event_type: 'Armed clash', if_civilian_target: 'Attack', weak: true, terms: ['killed', 'killing', 'kill', 'dead', 'deaths', 'shot dead', 'gunned down', 'lost their lives', 'casualties', 'neutralised', 'neutralized'] },
  { id: 'en.trg.destroy', sub_event_type: 'Looting/property destruction', terms: ['burn*', 'torch*', 'set fire', 'set ablaze', 'loot*', 'destroy*', 'destruction', 'sabotag*', 'pillag*', 'ransack*'] },
  { id: 'en.trg.arrest', sub_event_type: 'Arrests', terms: ['arrest*', 'detain*', 'apprehended', 'taken into custody'] },
  { id: 'en.trg.agreement', sub_event_type: 'Agreement', weak: true, terms: ['peace agreement', 'ceasefire', 'cease-fire', 'truce', 'signed an agreement'] },
  { id: 'en.trg.riot', sub_event_type: 'Violent demonstration', terms: ['riot*', 'rioters'] },
  { id: 'en.trg.protest', sub_event_type: 'Peaceful protest', terms: ['protest*', 'demonstrat*', 'rally', 'rallied', 'marched', 'protest march', 'sit-in'] },
];
