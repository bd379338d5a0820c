/**
 * @module text/en/langid
 * English cues: frequent short words and distinctive trigrams.
 */
import type { NgramFeatures } from '../types.ts';

export const langid: NgramFeatures = {
  functionWords: [
    'the', 'a', 'an', 'of', 'and', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'are', 'was',
    'were', 'be', 'been', 'has', 'have', 'had', 'it', 'its', 'he', 'she', 'they', 'them', 'their', 'his',
    'her', 'this', 'that', 'these', 'those', 'which', 'who', 'whom', 'not', 'but', 'or', 'as', 'after',
    'before', 'than', 'also', 'would', 'will', 'into', 'over', 'against', 'during', 'about', 'there', 'we',
    'our', 'more', 'most', 'said', 'least', 'near',
    'two', 'three', 'four', 'five', 'says', 'say', 'killed', 'people',
  ],
  trigrams: [
    ' th', 'the', 'he ', 'ing', 'ng ', ' wh', 'ght', 'ed ', 'ly ', 'ity', 'ous', 'ere', 've ', 'ey ', 'own',
    'oul', 'ays', 'ck ', 'ack', 'ew ', 'ow ', 'eed', 'ood', 'wor', 'ers', 'her', 'hat', 'tha', 'wit', 'ith',
    'rom', 'fro', 'ill', 'ld ', ' an', 'and', 'nd ', ' of', 'of ', 'ts ', 'ary', 'ke ', ' wa', 'was', ' wi',
  ],
};
