/**
 * @module text/ar/langid
 * Arabic cues for telling Arabic from other languages in Arabic script (Persian, Urdu), which
 * Marsad reports as `und`. Words as written (hamza forms kept), lower-cased trigrams.
 */
import type { NgramFeatures } from '../types.ts';

export const langid: NgramFeatures = {
  functionWords: [
    'في', 'من', 'على', 'إلى', 'الى', 'عن', 'أن', 'إن', 'ان', 'التي', 'الذي', 'الذين', 'مع', 'هذا', 'هذه',
    'ذلك', 'تلك', 'كان', 'كانت', 'قد', 'لا', 'لم', 'لن', 'ما', 'بين', 'بعد', 'قبل', 'حتى', 'أو', 'ثم',
    'كما', 'وقد', 'وفي', 'ولم', 'أيضا', 'أيضًا', 'حيث', 'عند', 'منذ', 'خلال', 'ضد', 'وهو', 'وهي', 'هو', 'هي',
    'إلا', 'كل', 'غير', 'نحو', 'لدى', 'عدة', 'فقط',
  ],
  trigrams: [' ال', 'الم', 'الت', 'الع', 'ية ', 'ات ', 'ين ', 'ون ', ' وا', ' في', 'في ', 'من ', ' من', 'على', 'لى ', 'ة', 'ي', 'ى', 'إ', 'ك'],
};
