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
  // Common words whose first letters are part of the word (normalised: ة→ه, أ→ا, ى→ي).
  keepWhole: [
    'الله', 'التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللاتي', 'اللواتي', 'الا', 'الي', 'الان',
    'وزير', 'وزراء', 'وزاره', 'ولايه', 'ولايات', 'والي', 'وحده', 'وحدات', 'وسط', 'وقت', 'وضع', 'واحد', 'واحده',
    'وصل', 'وصول', 'وقع', 'وقعت', 'وقوع', 'وكاله', 'وكالات', 'وطني', 'وطنيه', 'وفد', 'وفاه', 'وجود', 'واقع',
    'واضح', 'ورقه', 'وثيقه', 'وسائل', 'وراء', 'وفق', 'وفقا', 'وليد', 'وادي',
    'فرع', 'فريق', 'فرنسا', 'فرنسي', 'فرنسيه', 'فقط', 'فيديو', 'فتره', 'فصيل', 'فصائل', 'فشل', 'فرض', 'فوق',
    'فيها', 'فيه', 'فرق', 'فرقه', 'فعل', 'فعلا',
    'بلد', 'بلاد', 'بلده', 'بلدات', 'بلديه', 'بعض', 'بيان', 'بيانات', 'بناء', 'بدايه', 'بحث', 'برنامج',
    'بريطانيا', 'بنين', 'بوركينا', 'بعيد', 'بشكل', 'بسبب', 'برلمان', 'بحر', 'بحيره',
    'لجنه', 'لقاء', 'ليبيا', 'لكن', 'لدي', 'لواء', 'ليله', 'ليس', 'ليست', 'لبنان', 'لقد',
    'كتيبه', 'كتائب', 'كبير', 'كبيره', 'كثير', 'كامل', 'كلمه', 'كانت', 'كانوا', 'كيلومتر', 'كيلومترات',
    'كمين', 'كوت',
  ],
  nativeAlefStarts: ['است', 'ان', 'ا?ت', 'اسم', 'ابن', 'اثن', 'اطلاق', 'ازد', 'اضط', 'اصط'],
  suffixTokens: [],
};
