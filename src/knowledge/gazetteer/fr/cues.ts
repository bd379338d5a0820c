/**
 * @module knowledge/gazetteer/fr/cues
 * French place cues, as the Sahel's French-language press writes them ("dans la localité de",
 * "région de", "à 30 km au sud de").
 */
import type { PlaceCues } from '../cues.ts';

export const cues: PlaceCues = {
  lang: 'fr',
  settlement: ['village', 'ville', 'localité', 'commune', 'quartier', 'hameau', 'bourgade', 'camp', 'site', 'chef-lieu', 'secteur', 'campement'],
  region: ['région', 'régions', 'cercle', 'cercles', 'province', 'provinces', 'département', 'départements', 'préfecture', 'wilaya', 'district', 'commune rurale'],
  regionAfter: [],
  locative: ['à', 'a', 'de', "d'", 'du', 'dans', 'vers', 'près', 'sur', 'entre', 'depuis', 'en', 'au', 'aux', 'par', 'outre'],
  // Titles, and Sahel first names before a surname that is also a town (Modibo Keïta, not Keïta in Niger).
  notPlace: ['Katiba', 'Front', 'Mouvement', 'colonel', 'général', 'capitaine', 'président', 'commandant', 'imam', 'cheikh', 'émir', 'M.', 'Mme',
    'Modibo', 'Modibo-', 'Ibrahim', 'Boubacar', 'Soundiata', 'Assimi', 'Abdourahamane', 'Abdourahmane', 'Mahamadou', 'Issoufou', 'Salif'],
  notPlaceAfter: [],
  stop: `Un Deux Trois Quatre Cinq Six Sept Huit Neuf Dix Onze Douze Vingt Trente Cent Mille Plusieurs Certains Certaines Quelques Tous Toutes Aucun Chaque Autres Beaucoup Près Environ Parmi Aussi Seulement Encore Puis Ensuite
Le La Les L Un Une Des De Du Au Aux En Dans Sur Selon Pour Par Avec Sans Entre Depuis Lors Après Avant Mais Or Et Ou Donc Car Ni Si
Ce Cet Cette Ces Il Elle Ils Elles On Nous Vous Je Tu Leur Leurs Son Sa Ses Mon Ma Mes Qui Que Quoi Dont Où Quand Comment Pourquoi
Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre Décembre
Etat État Armée Armées Forces FAMa FDS VDP Gouvernement Président Premier Ministre Ministère Conseil Assemblée Transition Nations Unies
ONU Minusma Barkhane Wagner Africa Corps Afrique Europe France Russie États-Unis Occident Ouest Est Nord Sud Centre Sahel AES Alliance
Etats États CEDEAO UEMOA JNIM GSIM EIGS EIS EI AQMI Al-Qaïda Qaïda Daech Ansarul Islam Ansar Dine Katiba
RFI AFP Reuters Jeune Monde Radio Télévision Agence Communiqué Dirpa DIRPA Source Sources Selon
Presse FAN FAT FAB FABF FAR Mamba Pau`.split(/\s+/).filter(Boolean),
  near: ['près de', 'non loin de', 'aux environs de', 'dans les environs de', 'à proximité de', 'aux abords de', 'à la périphérie de', 'dans la périphérie de', 'en périphérie de', 'aux alentours de', 'autour de', 'à la sortie de', "à l'entrée de", 'dans la zone de', 'dans le secteur de'],
  directions: {
    nord: 0, sud: 180, est: 90, ouest: 270, 'nord-est': 45, 'nord-ouest': 315, 'sud-est': 135, 'sud-ouest': 225,
  },
  units: { km: 1, kilomètre: 1, kilomètres: 1, kms: 1, mile: 1.609344, miles: 1.609344 },
  conjunctions: ['et', 'ou', ','],
  from: ['de', "d'", 'du'],
};
