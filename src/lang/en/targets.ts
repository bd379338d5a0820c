/**
 * @module lang/en/targets
 * English target nouns (implying an actor of the place's country), facility nouns, and anaphors.
 */
import type { AnaphorRule, TargetRule } from '../types.ts';

export const targets: TargetRule[] = [
  { id: 'en.tgt.gendarmerie_school', role: 'gendarmerie', facility: 'school', terms: ['gendarmerie school', 'gendarmerie training school', 'gendarmerie academy', 'police academy'] },
  { id: 'en.tgt.gendarmerie', role: 'gendarmerie', terms: ['gendarmerie', 'gendarmes', 'gendarme', 'gendarmerie post'] },
  { id: 'en.tgt.police', role: 'police', terms: ['police', 'policemen', 'police officers', 'police station', 'police post'] },
  { id: 'en.tgt.airport', role: 'military', facility: 'airport', terms: ['airport', 'air base', 'airbase', 'military side of the airport', 'airfield'] },
  { id: 'en.tgt.air_force', role: 'air_force', terms: ['air force'] },
  { id: 'en.tgt.camp', role: 'military', facility: 'camp', terms: ['military camp', 'army camp', 'camp', 'camps', 'bases', 'posts', 'base', 'military base', 'army base', 'barracks', 'military post', 'outpost', 'checkpoint', 'garrison', 'position*'] },
  { id: 'en.tgt.military', role: 'military', terms: ['soldiers', 'soldier', 'troops', 'servicemen', 'military personnel', 'army', 'FAMa', 'convoy', 'military convoy', 'patrol*', 'unit', 'personnel'] },
  { id: 'en.tgt.vdp', role: 'militia', terms: ['VDP', 'Volunteers for the Defence of the Homeland', 'volunteer fighters', 'auxiliaries', 'militia*', 'self-defence groups', 'self-defense groups', 'vigilantes', 'dozos', 'traditional hunters'] },
  { id: 'en.tgt.civilians', role: 'civilians', terms: ['civilians', 'civilian', 'villagers', 'residents', 'worshippers', 'passengers', 'women', 'children', 'herders', 'farmers', 'traders', 'gold miners', 'gold mining site', 'market', 'mosque', 'church', 'village', 'villages', 'displaced', 'village chief', 'imam', 'nationals', 'wedding', 'workers', 'bus', 'people'] },
];

export const anaphors: AnaphorRule[] = [
  { id: 'en.ana.group', refers_to: 'armed_group', terms: ['the group', 'the jihadist group', 'the armed group', 'the organisation', 'the organization', 'the movement', 'the al-Qaeda affiliate', 'the affiliate'] },
  { id: 'en.ana.men', refers_to: 'armed_group', terms: ['its fighters', 'its men', 'its militants', 'the attackers', 'attackers', 'the assailants', 'assailants', 'the fighters'] },
  { id: 'en.ana.gunmen', refers_to: 'armed_group', terms: ['jihadists', 'the jihadists', 'militants', 'the militants', 'gunmen', 'the gunmen', 'armed men', 'terrorists', 'the terrorists', 'insurgents', 'the insurgents', 'islamists', 'suspected jihadists', 'suspected militants'] },
  { id: 'en.ana.army', refers_to: 'state_force', terms: ['the army', 'the military', 'the soldiers', 'troops', 'the troops'] },
];
