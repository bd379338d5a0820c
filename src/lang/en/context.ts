/**
 * @module lang/en/context
 * English framing words: background, assessments, regularity, negation, irrealis, capital, near.
 */
import type { AssessmentRule, TermRule } from '../types.ts';

export const background: TermRule[] = [
  { id: 'en.bg.example', terms: ['for example', 'for instance'] },
  { id: 'en.bg.previously', terms: ['previously', 'earlier', 'had been', 'had killed', 'had attacked', 'had already', 'since', 'in the past', 'recalled', 'the deadliest since'] },
];

export const assessments: AssessmentRule[] = [
  { id: 'en.as.controls', predicate: 'controls', terms: ['control*', 'controlled', 'holds', 'hold sway'] },
  { id: 'en.as.outside', predicate: 'controls', terms: ['outside government control', 'outside state control', 'outside the control', 'beyond the control', 'under the sway', 'in the hands of', 'beyond government control'] },
  { id: 'en.as.advances', predicate: 'advances', terms: ['push*', 'advance*', 'expand*', 'expansion', 'southward', 'moving south', 'creeping south', 'spread south', 'expanding', 'pushing south'] },
  { id: 'en.as.encircles', predicate: 'encircles', terms: ['encircl*', 'surround*', 'blockade', 'besieg*', 'siege', 'ring around', 'tightening the noose', 'tightening its grip', 'tightened its grip', 'noose'] },
  { id: 'en.as.spills', predicate: 'spills_into', terms: ['spill*', 'spillover', 'spread into', 'spreading into', 'spread to', 'spreading to', 'coastal states'] },
  { id: 'en.as.threatens', predicate: 'threatens', terms: ['threat*', 'threaten*'] },
  { id: 'en.as.bases', predicate: 'has_bases_in', terms: ['established bases', 'built bases', 'rear bases', 'safe haven*', 'foothold'] },
  { id: 'en.as.active', predicate: 'active_in', terms: ['active', 'operates', 'operate', 'operating', 'presence', 'stronghold*', 'most dangerous', 'hotspot*', 'stepped up', 'renewed fighting', 'contest*', 'little presence', 'expected', 'likely', 'extended its reach', 'rear base*', 'insurgency', 'picked up', 'move freely', 'launch pad', 'refuge', 'refuges'] },
];

export const regularity: TermRule[] = [{ id: 'en.reg.regularly', terms: ['regularly', 'frequently', 'repeatedly', 'routinely', 'recurrent', 'regular attacks', 'increasingly'] }];

export const negations: TermRule[] = [{ id: 'en.neg.not', terms: ['not', 'no', "didn't", 'did not', 'never', 'without', 'nor'] }];

export const irrealis: TermRule[] = [{ id: 'en.irr.modal', terms: ['could', 'might', 'would', 'if', 'risk', 'fear*', 'likely to', 'possible'] }];

export const capitalWords: TermRule[] = [{ id: 'en.cap.capital', terms: ['the capital', 'capital'] }];

export const nearWords: TermRule[] = [{ id: 'en.near.near', terms: ['near', 'close to', 'outside', 'on the outskirts of', 'outskirts of', 'in the vicinity of', 'around', 'north of', 'south of', 'east of', 'west of', 'northeast of', 'northwest of', 'southeast of', 'southwest of', 'km from', 'kilometres from', 'kilometers from', 'miles from', 'between'] }];
