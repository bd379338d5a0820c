/**
 * @module lang/fr/context
 * French framing words: background, assessments, regularity, negation, irrealis, capital, near.
 */
import type { AssessmentRule, TermRule } from '../types.ts';

export const background: TermRule[] = [
  { id: 'fr.bg.example', terms: ['par exemple', 'à titre d exemple', 'ainsi'] },
  { id: 'fr.bg.previously', terms: ['déjà', 'auparavant', 'précédemment', 'en rappel', 'pour rappel', 'rappelons', 'avait été', 'avaient été', 'avait fait', 'avait déjà', 'depuis'] },
];

export const assessments: AssessmentRule[] = [
  { id: 'fr.as.controls', predicate: 'controls', terms: ['contrôle*', 'contrôlent', 'contrôlerait', 'contrôleraient', 'emprise'] },
  { id: 'fr.as.outside', predicate: 'controls', terms: ['hors du contrôle', 'hors de contrôle', 'échappe au contrôle', 'échappent au contrôle', "sous l'emprise", 'aux mains'] },
  { id: 'fr.as.advances', predicate: 'advances', terms: ['progression', 'progresse*', 'avancée*', 'poussée', 'expansion', "s'étend", 'étend', 'vers le sud', 'descente vers'] },
  { id: 'fr.as.encircles', predicate: 'encircles', terms: ['encercl*', 'étau', 'blocus', 'assiég*', 'siège', 'resserre', 'resserrer'] },
  { id: 'fr.as.spills', predicate: 'spills_into', terms: ['débord*', 'contagion', 'propagation', 'se propage', 'gagne', 'pays côtiers', "s'étend vers", "s'étendre", 'gagnent', 'gagnent désormais'] },
  { id: 'fr.as.threatens', predicate: 'threatens', terms: ['menace*', 'menacé*'] },
  { id: 'fr.as.bases', predicate: 'has_bases_in', terms: ['implant*', 'bases arrière', 'sanctuaire*'] },
  { id: 'fr.as.active', predicate: 'active_in', terms: ['actif', 'active', 'actifs', 'actives', 'opère', 'opèrent', 'présence', 'présents', 'présent', 'sévit', 'sévissent', 'fief', 'bastion', 'zone d influence', 'plus dangereuse*', 'intensifié*', 'recrudescence', 'multiplient', 'regain', 'refuge', 'refuges', 'bases opérationnelles', 'se sont multipliées'] },
];

export const regularity: TermRule[] = [{ id: 'fr.reg.regularly', terms: ['régulièrement', 'fréquemment', 'de manière récurrente', 'à répétition', 'récurrentes', 'récurrents', 'régulières', 'réguliers', 'multiplient'] }];

export const negations: TermRule[] = [{ id: 'fr.neg.not', terms: ['ne', "n'", 'pas', 'aucun', 'aucune', 'sans', 'ni', 'jamais'] }];

export const irrealis: TermRule[] = [{ id: 'fr.irr.modal', terms: ['pourrait', 'pourraient', 'risque', 'risquent', 'si', 'éventuel*', 'redoute*', 'craint', 'craignent', 'crainte'] }];

export const capitalWords: TermRule[] = [{ id: 'fr.cap.capital', terms: ['la capitale', 'capitale'] }];

export const nearWords: TermRule[] = [{ id: 'fr.near.near', terms: ['près de', 'non loin de', 'aux environs de', 'environs de', 'à proximité de', 'dans les environs de', 'à la périphérie de', 'périphérie', 'à la sortie de', 'au nord de', 'au sud de', "à l'est de", "à l'ouest de", 'au nord-est de', 'au nord-ouest de', 'au sud-est de', 'au sud-ouest de', 'km de', 'kilomètres de', 'entre', 'axe'] }];
