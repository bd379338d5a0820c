/**
 * @module text/ar/tokens
 * Arabic proclitics (conjunctions و ف, prepositions ب ل ك, article ال and their combinations), in
 * normalised form. A split is a best guess: callers looking words up should try every reading
 * (`arabicReadings`), whole word included. `minStem` keeps short words whole ("بين", "كان").
 */
import type { TokenRules } from '../types.ts';

export const tokens: TokenRules = {
  proclitics: [
    { id: 'ar-conj-prep-article-wbal', form: 'وبال', minStem: 2 },
    { id: 'ar-conj-prep-article-wkal', form: 'وكال', minStem: 2 },
    { id: 'ar-conj-prep-article-fbal', form: 'فبال', minStem: 2 },
    { id: 'ar-conj-lil-wll', form: 'ولل', minStem: 2 },
    { id: 'ar-conj-lil-fll', form: 'فلل', minStem: 2 },
    { id: 'ar-conj-article-wal', form: 'وال', minStem: 2 },
    { id: 'ar-conj-article-fal', form: 'فال', minStem: 2 },
    { id: 'ar-prep-article-bal', form: 'بال', minStem: 2 },
    { id: 'ar-prep-article-kal', form: 'كال', minStem: 2 },
    { id: 'ar-prep-article-ll', form: 'لل', minStem: 2 },
    { id: 'ar-article', form: 'ال', minStem: 2 },
    { id: 'ar-conj-prep-wb', form: 'وب', minStem: 3 },
    { id: 'ar-conj-prep-wl', form: 'ول', minStem: 3 },
    { id: 'ar-conj-prep-wk', form: 'وك', minStem: 3 },
    { id: 'ar-conj-prep-fb', form: 'فب', minStem: 3 },
    { id: 'ar-conj-prep-fl', form: 'فل', minStem: 3 },
    { id: 'ar-conj-w', form: 'و', minStem: 3 },
    { id: 'ar-conj-f', form: 'ف', minStem: 3 },
    { id: 'ar-prep-b', form: 'ب', minStem: 3 },
    { id: 'ar-prep-l', form: 'ل', minStem: 3 },
    { id: 'ar-prep-k', form: 'ك', minStem: 3 },
  ],
  // Common words whose first letters are part of the word, written normalised (ة→ه, أ→ا, ى→ي, ئ→ي);
  // only words long enough to be split otherwise (a test rejects dead entries).
  keepWhole: [
    'الله', 'التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللاتي', 'اللواتي', 'الان',
    'وزير', 'وزراء', 'وزاره', 'ولايه', 'ولايات', 'والي', 'وحده', 'وحدات', 'واحد', 'واحده',
    'وصول', 'وقعت', 'وقوع', 'وكاله', 'وكالات', 'وطني', 'وطنيه', 'وفاه', 'وجود', 'واقع',
    'واضح', 'ورقه', 'وثيقه', 'وسايل', 'وراء', 'وفقا', 'وليد', 'وادي',
    'فريق', 'فرنسا', 'فرنسي', 'فرنسيه', 'فيديو', 'فتره', 'فصيل', 'فصايل',
    'فيها', 'فرقه', 'فعلا',
    'بلاد', 'بلده', 'بلدات', 'بلديه', 'بيان', 'بيانات', 'بناء', 'بدايه', 'برنامج',
    'بريطانيا', 'بنين', 'بوركينا', 'بعيد', 'برلمان', 'بحيره',
    'لجنه', 'لقاء', 'ليبيا', 'لواء', 'ليله', 'ليست', 'لبنان',
    'كتيبه', 'كتايب', 'كبير', 'كبيره', 'كثير', 'كامل', 'كلمه', 'كانت', 'كانوا', 'كيلومتر', 'كيلومترات',
    'كمين',
  ],
  nativeAlefStarts: ['است', 'ان', 'ا?ت', 'اسم', 'ابن', 'اثن', 'اطلاق', 'ازد', 'اضط', 'اصط'],
  suffixTokens: [],
};
