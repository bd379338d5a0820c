/**
 * @module text/langid-others
 * Cues for languages Marsad does not analyse, so their text is reported as `und` instead of being
 * forced into French or English (Latin script) or Arabic (Arabic script). Same shape as the
 * per-language `langid` tables.
 */
import type { NgramFeatures } from './types.ts';

export interface OtherLanguage {
  code: string;
  script: 'latin' | 'arabic';
  features: NgramFeatures;
}

export const OTHER_LANGUAGES: readonly OtherLanguage[] = [
  {
    code: 'es',
    script: 'latin',
    features: {
      functionWords: [
        'el', 'la', 'los', 'las', 'de', 'del', 'y', 'en', 'que', 'un', 'una', 'por', 'con', 'para', 'es', 'se',
        'no', 'al', 'lo', 'su', 'sus', 'como', 'más', 'pero', 'fue', 'ha', 'han', 'este', 'esta', 'entre',
        'sobre', 'también', 'sin', 'muy', 'ya', 'hay', 'ser', 'son', 'sido', 'desde', 'donde', 'cuando',
        'porque', 'según', 'contra', 'tras', 'durante', 'fueron',
        'dos', 'tres', 'muertos',
      ],
      trigrams: [
        'ñ', 'ión', 'ció', 'os ', 'as ', 'ado', 'ada', 'los', 'las', ' el', 'el ', 'del', 'que', 'ía ', 'ó',
        'á', 'í', 'ú', 'ue ', 'ara', 'nte', 'dad', 'mos', 'ero', 'ndo', 'lla', ' y ', 'ien', 'ron', 'cia',
      ],
    },
  },
  {
    code: 'pt',
    script: 'latin',
    features: {
      functionWords: [
        'o', 'a', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'e', 'em', 'no', 'na', 'nos', 'nas', 'um', 'uma',
        'que', 'por', 'para', 'com', 'não', 'se', 'ao', 'à', 'pelo', 'pela', 'mais', 'foi', 'é', 'são', 'como',
        'mas', 'seu', 'sua', 'ele', 'ela', 'entre', 'sobre', 'também', 'já', 'quando', 'onde', 'segundo',
        'após', 'foram', 'contra', 'durante',
        'dois', 'três', 'mortos',
      ],
      trigrams: [
        'ã', 'õ', 'ç', 'ção', 'ões', 'ão ', 'nh', 'lh', 'os ', 'as ', 'do ', 'da ', ' do', ' da', 'ado', 'ada',
        'ê', 'ô', 'é', 'á', 'í', ' e ', 'em ', 'ém ', 'um ', 'uma', 'nte', 'ram',
      ],
    },
  },
  {
    code: 'it',
    script: 'latin',
    features: {
      functionWords: [
        'il', 'lo', 'la', 'i', 'gli', 'le', 'di', 'del', 'della', 'dei', 'delle', 'e', 'è', 'che', 'un', 'una',
        'in', 'per', 'con', 'non', 'da', 'al', 'alla', 'sono', 'ha', 'come', 'più', 'ma', 'anche', 'questo',
        'questa', 'tra', 'fra', 'dopo', 'secondo', 'stato', 'essere', 'nel', 'nella', 'sul', 'sulla',
        'due', 'tre', 'morti',
      ],
      trigrams: [
        'zio', 'ell', 'lla', 'gli', 'chi', 'che', 'to ', 'ta ', 'di ', 'ato', 'ata', 'ano', 'ono', 'zz', 'è',
        'ò', 'ì', ' il', 'il ', ' e ', 'per', 'non', 're ', 'one', 'del', 'ti ', 'ni ',
      ],
    },
  },
  {
    code: 'de',
    script: 'latin',
    features: {
      functionWords: [
        'der', 'die', 'das', 'den', 'dem', 'des', 'und', 'ist', 'in', 'im', 'von', 'zu', 'mit', 'nicht', 'ein',
        'eine', 'einer', 'auf', 'für', 'sich', 'auch', 'es', 'sie', 'er', 'wir', 'als', 'an', 'bei', 'nach',
        'aus', 'wird', 'wurde', 'wurden', 'hat', 'haben', 'sind', 'war', 'dass', 'oder', 'aber', 'noch', 'nur',
        'über', 'gegen', 'durch', 'zum', 'zur',
        'zwei', 'drei', 'getötet',
      ],
      trigrams: [
        'ß', 'ä', 'ö', 'ü', 'sch', 'ch ', 'ich', 'ech', 'che', 'ein', 'ung', 'en ', 'er ', 'der', 'die', 'und',
        'ie ', 'eit', 'cht', 'gen', 'ten', 'st ', ' ge', ' zu', 'tz', 'nde', 'ber',
      ],
    },
  },
  {
    code: 'nl',
    script: 'latin',
    features: {
      functionWords: [
        'de', 'het', 'een', 'en', 'van', 'in', 'is', 'op', 'te', 'dat', 'die', 'niet', 'met', 'voor', 'zijn',
        'er', 'aan', 'ook', 'als', 'bij', 'door', 'om', 'maar', 'naar', 'werd', 'worden', 'heeft', 'hebben',
        'dan', 'nog', 'uit', 'over', 'tegen', 'wordt', 'werden',
        'twee', 'drie', 'gedood',
      ],
      trigrams: [
        'ij', 'oe', 'aa', 'ee', 'oo', 'sch', 'cht', 'de ', 'het', 'een', 'van', 'en ', 'ijk', 'ijn', ' ge',
        'ver', 'ord', 'wer', 'zij', 'aar', 'oor', 'lij',
      ],
    },
  },
  {
    code: 'fa',
    script: 'arabic',
    features: {
      functionWords: [
        'است', 'این', 'که', 'را', 'از', 'به', 'با', 'برای', 'در', 'می', 'شد', 'شده', 'کرد', 'کرده', 'بود',
        'آن', 'هم', 'یک', 'تا', 'اما', 'یا', 'نیز', 'خود', 'های', 'ها', 'ای', 'دارد', 'شود', 'گفت',
      ],
      trigrams: ['ی', 'ک', 'گ', 'چ', 'پ', 'ژ', 'های', 'ای ', 'ی ', 'ده ', 'است', 'می ', ' می', 'ند ', 'ان '],
    },
  },
  {
    code: 'ur',
    script: 'arabic',
    features: {
      functionWords: [
        'ہے', 'ہیں', 'کے', 'کی', 'کا', 'میں', 'اور', 'سے', 'کو', 'نے', 'پر', 'یہ', 'وہ', 'تھا', 'تھی', 'گیا',
        'گئی', 'بھی', 'ایک', 'کہ', 'لیے', 'کر', 'ہو',
      ],
      trigrams: ['ے', 'ں', 'ہ', 'ٹ', 'ڈ', 'ڑ', 'ھ', 'ی', 'ک', 'گ', 'ے ', 'یں ', 'ں '],
    },
  },
];
