/**
 * @module knowledge/gazetteer/en/cues
 * English place cues, as wire services and think tanks write them ("in the village of", "Mopti
 * region", "40 miles from Niamey").
 */
import type { PlaceCues } from '../cues.ts';

export const cues: PlaceCues = {
  lang: 'en',
  settlement: ['village', 'town', 'city', 'locality', 'commune', 'district', 'neighbourhood', 'neighborhood', 'hamlet', 'camp', 'base'],
  region: ['region', 'regions', 'province', 'provinces', 'circle', 'cercle', 'department', 'prefecture'],
  regionAfter: ['region', 'regions', 'province', 'provinces', 'cercle', 'circle', 'department', 'prefecture'],
  locative: ['in', 'at', 'near', 'of', 'from', 'to', 'outside', 'around', 'towards', 'toward', 'between', 'into', 'across', 'on'],
  // Titles, and Sahel first names before a surname that is also a town (Modibo Keita, not Keita in Niger).
  notPlace: ['Katiba', 'Front', 'Movement', 'Colonel', 'Col.', 'General', 'Gen.', 'Captain', 'Capt.', 'President', 'Commander', 'Imam', 'Sheikh', 'Emir', 'Mr', 'Mr.', 'Ms',
    'Modibo', 'Ibrahim', 'Boubacar', 'Soundiata', 'Assimi', 'Abdourahamane', 'Abdourahmane', 'Mahamadou', 'Issoufou', 'Salif', 'spokesman'],
  notPlaceAfter: ['Liberation', 'Front', 'Movement', 'Brigade'],
  stop: `The A An In On At Of From To For With By As And Or But If When While After Before Since During Between Into Over Under About Against
This That These Those It Its He She They We You I His Her Their Our Who Which What Where Why How There Here
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December
State Army Armed Forces FAMa VDP Government President Prime Minister Ministry Council Assembly Transition United Nations UN MINUSMA
Barkhane Wagner Africa Corps Europe France Russia US West East North South Central Sahel AES Alliance States ECOWAS JNIM GSIM ISGS ISSP
IS AQIM Al-Qaeda Qaeda Islamic Ansarul Islam Ansar Dine Katiba Reuters AFP AP BBC Long War Journal Journal According
One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty Fifty Hundred Hundreds Dozens Scores
Many Several Some Most All Both Each Every Few Other Another Such No None Nearly About Around Among Also Only Still Yet Later Earlier
Men Women Children People Press FAN FAT FAB Mamba Dhu`.split(/\s+/).filter(Boolean),
  near: ['near', 'close to', 'outside', 'on the outskirts of', 'the outskirts of', 'outskirts of', 'in the vicinity of', 'around', 'just outside', 'not far from', 'in the area of', 'on the edge of', 'on the road to'],
  directions: {
    north: 0, south: 180, east: 90, west: 270, northeast: 45, 'north-east': 45, northwest: 315, 'north-west': 315,
    southeast: 135, 'south-east': 135, southwest: 225, 'south-west': 225,
  },
  units: { km: 1, kilometre: 1, kilometres: 1, kilometer: 1, kilometers: 1, kms: 1, mile: 1.609344, miles: 1.609344 },
  conjunctions: ['and', 'or', ','],
  from: ['from', 'of'],
};
