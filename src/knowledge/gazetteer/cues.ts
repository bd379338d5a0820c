/**
 * @module knowledge/gazetteer/cues
 * The shape of each language's place-cue table (ar/, fr/, en/ `cues.ts` have the same fields;
 * a parity test checks it). Words are written as the press writes them; matching folds them with
 * matchKey, so case, accents and Arabic letter variants do not matter.
 */
export interface PlaceCues {
  lang: 'ar' | 'fr' | 'en';
  /** words right before a name that announce a settlement or site: "village de", "قرية", "town of" */
  settlement: string[];
  /** words that announce an administrative unit: "région de", "منطقة", "province" */
  region: string[];
  /** words after a name that announce an administrative unit (English "Mopti region") */
  regionAfter: string[];
  /** words that make a following name likely a place (prepositions): "à", "في", "in" */
  locative: string[];
  /** words before a name that make it part of an actor's or person's name: "Katiba", "كتيبة" */
  notPlace: string[];
  /** words after a name that make it an actor/organisation: "Liberation Front" */
  notPlaceAfter: string[];
  /** frequent words that never start a place mention (sentence-initial capitals, Arabic common words) */
  stop: string[];
  /** relative location: "near", "outside", "on the outskirts of" (the anchor follows) */
  near: string[];
  /** compass words, mapped to bearings in degrees */
  directions: Record<string, number>;
  /** distance units → km factor */
  units: Record<string, number>;
  /** words joining two names of the same kind: "et", "و", "and" */
  conjunctions: string[];
  /** words of "from" that link an offset to its anchor: "de", "من", "from", "of" */
  from: string[];
}
