/**
 * @module lang/ar/claims
 * What a sentence claims happened (kind of claim) and who says so (attribution cues, parties).
 */
import type { ClaimKindRule, CueRule, FatalityCueRule, PartyRule } from '../types.ts';

export const claimKinds: ClaimKindRule[] = [
  { id: 'ar.claim.fatalities', kind: 'fatalities', terms: ['أعدم*', 'إعدام', 'خسائر بشرية', 'خسائر فادحة', 'خسائر', 'مقتل', 'قتل*', 'قتلى', 'قتيل*', 'مصرع', 'لقي* حتف*', 'لقوا مصرعهم', 'سقوط قتلى', 'حصيلة', 'ضحايا', 'الضحايا', 'جثث', 'جثة', 'تصفية', 'مات*', 'توفي*', 'وفاة'] },
  { id: 'ar.claim.injuries', kind: 'injuries', terms: ['إصابة', 'إصابات', 'أصيب*', 'جرحى', 'جريح*', 'جرح*', 'مصاب*'] },
  { id: 'ar.claim.destroyed', kind: 'destroyed', terms: ['أحرق*', 'إحراق', 'حرق*', 'تدمير', 'دمر*', 'إتلاف', 'أتلف*', 'تحترق', 'احترق*', 'تفحم*'] },
  { id: 'ar.claim.captured', kind: 'captured', terms: ['غنائم', 'غنم*', 'استولى* على', 'استولت على', 'الاستيلاء على', 'أسر*', 'أسرى', 'الاستحواذ', 'سيطرت على', 'سيطروا على', 'السيطرة على', 'استولوا على', 'صادر*', 'مصادرة'] },
  { id: 'ar.claim.responsibility', kind: 'responsibility', terms: ['مسؤولية', 'مسؤوليتها', 'مسؤوليته', 'المسؤولية', 'تبنى*', 'تبنت', 'يتبنى', 'تتبنى'] },
  { id: 'ar.claim.abducted', kind: 'abducted', terms: ['اختطاف', 'اختطف*', 'خطف*', 'رهينة', 'رهائن'] },
  { id: 'ar.claim.arrested', kind: 'arrested', terms: ['اعتقال', 'اعتقل*', 'توقيف', 'أوقف*', 'القبض على'] },
];

export const cues: CueRule[] = [
  { id: 'ar.cue.announce', kind: 'say', claimant: 'either', terms: ['أعلن*', 'يعلن*', 'تعلن', 'إعلان'] },
  { id: 'ar.cue.say', kind: 'say', claimant: 'either', terms: ['قال*', 'يقول*', 'تقول', 'قائلة', 'قائلا', 'قائلين', 'ذكر*', 'يذكر', 'تذكر', 'أكد*', 'يؤكد*', 'تؤكد', 'زعم*', 'يزعم*', 'تزعم', 'أفاد*', 'يفيد', 'تفيد', 'أشار*', 'صرح*', 'أضاف*', 'كشف*', 'أوضح*', 'ادعى', 'ادعت', 'نشر* بيان*', 'في بيان', 'بيان', 'أصدر* بيان*', 'تحدث* عن', 'يتحدث عن', 'أورد*', 'رصد*', 'وثق*', 'قدر*', 'تقدر', 'يقدر'] },
  { id: 'ar.cue.according', kind: 'according_to', claimant: 'after', terms: ['وفقا ل', 'وفقا لـ', 'وفقا', 'بحسب', 'حسب', 'نقلا عن', 'طبقا ل', 'استنادا إلى', 'على حد قول', 'بناء على شهادات', 'بناء على'] },
  { id: 'ar.cue.deny', kind: 'deny', claimant: 'either', terms: ['نفى', 'نفت', 'ينفي', 'تنفي', 'نفوا', 'كذب*'] },
  { id: 'ar.cue.responsibility', kind: 'claim_responsibility', claimant: 'either', terms: ['تبنى*', 'تبنت', 'أعلنت مسؤوليتها', 'أعلن مسؤوليته'] },
];

export const parties: PartyRule[] = [
  { id: 'ar.party.officials', party: 'Government of {country}', role: 'government', terms: ['المسؤولون', 'المسؤولين', 'مسؤولون', 'مسؤولين', 'مسؤولي', 'مسؤول', 'السلطات', 'الحكومة', 'الحكومة الانتقالية', 'المجلس العسكري', 'بيان رسمي', 'مصادر رسمية', 'مجلس الأمن القومي', 'الرئاسة', 'حصيلة رسمية'] },
  { id: 'ar.party.governor', party: 'Government of {country}', role: 'government', title: 'governor', terms: ['حاكم', 'والي', 'المحافظ', 'محافظ'] },
  { id: 'ar.party.prosecutor', party: 'Government of {country}', role: 'government', title: 'prosecutor', terms: ['المدعي العام', 'النائب العام', 'وكيل الجمهورية'] },
  { id: 'ar.party.mayor', party: 'Government of {country}', role: 'government', title: 'mayor', terms: ['رئيس بلدية', 'رئيس البلدية', 'عمدة'] },
  { id: 'ar.party.prefect', party: 'Government of {country}', role: 'government', title: 'prefect', terms: ['الحاكم الإداري', 'رئيس الدائرة'] },
  { id: 'ar.party.defence_ministry', party: 'Government of {country}', role: 'government', title: 'defence ministry', terms: ['وزارة الدفاع', 'وزير الدفاع'] },
  { id: 'ar.party.interior_ministry', party: 'Government of {country}', role: 'government', title: 'interior ministry', terms: ['وزارة الداخلية', 'وزير الداخلية'] },
  { id: 'ar.party.security_ministry', party: 'Government of {country}', role: 'government', title: 'security ministry', terms: ['وزارة الأمن', 'وزير الأمن'] },
  { id: 'ar.party.state_media', party: 'Government of {country}', role: 'government', title: 'state media', terms: ['التلفزيون الرسمي', 'الإذاعة الرسمية', 'الإذاعة الوطنية', 'التلفزيون الوطني', 'التلفزيون الحكومي'] },
  { id: 'ar.party.spokesman', party: 'Government of {country}', role: 'government', title: 'spokesman', terms: ['الناطق باسم الحكومة', 'المتحدث باسم الحكومة', 'الناطق الرسمي', 'المتحدث الرسمي'] },
  { id: 'ar.party.army', party: 'Military Forces of {country}', role: 'military', terms: ['هيئة الأركان', 'هيئة أركان', 'رئاسة الأركان', 'قيادة الجيش', 'المتحدث باسم الجيش', 'الجيش', 'القوات المسلحة'] },
  { id: 'ar.party.security_sources', party: 'security sources', terms: ['مصادر أمنية', 'مسؤولي الأمن', 'مسؤولو الأمن', 'مصادر عسكرية'] },
  { id: 'ar.party.security_source', party: 'security source', terms: ['مصدر أمني', 'مصدر عسكري'] },
  { id: 'ar.party.security_official', party: 'security sources', title: 'security official', terms: ['مسؤول أمني'] },
  { id: 'ar.party.local', party: 'local sources', terms: ['مصادر محلية', 'مصدر محلي', 'أعيان', 'زعماء محليون'] },
  { id: 'ar.party.local_official', party: 'local sources', title: 'local official', terms: ['منتخب محلي', 'مسؤول محلي', 'مسؤول منتخب'] },
  { id: 'ar.party.local_officials', party: 'local sources', title: 'local officials', terms: ['مسؤولون محليون', 'مسؤولين محليين', 'منتخبون محليون', 'السلطات المحلية'] },
  { id: 'ar.party.residents', party: 'local sources', title: 'residents', terms: ['السكان', 'سكان', 'الأهالي', 'أهالي', 'القرويين'] },
  { id: 'ar.party.witnesses', party: 'witnesses', terms: ['شهود', 'شهود عيان', 'شاهد عيان', 'شهادات الشهود', 'الشهود', 'ناجين', 'الناجين'] },
  { id: 'ar.party.un', party: 'United Nations', terms: ['الأمم المتحدة', 'بعثة الأمم المتحدة', 'مفوضية حقوق الإنسان', 'المفوضية السامية'] },
  { id: 'ar.party.hrw', party: 'Human Rights Watch', terms: ['هيومن رايتس ووتش', 'هيومن رايتس وتش'] },
  { id: 'ar.party.amnesty', party: 'Amnesty International', terms: ['منظمة العفو الدولية', 'العفو الدولية'] },
  { id: 'ar.party.ngo', party: 'human rights organisations', terms: ['منظمات حقوقية', 'منظمة حقوقية'] },
  { id: 'ar.party.medical', party: 'medical sources', terms: ['مصادر طبية', 'مصدر طبي', 'مستشفى'] },
  { id: 'ar.party.doctor', party: 'medical sources', title: 'doctor', terms: ['طبيب', 'أطباء', 'عاملون في المجال الصحي', 'الطواقم الطبية'] },
];

/** Tolls that count differently: the attackers' dead (added to the victims) and first tolls a later one supersedes. */
export const fatalityCues: FatalityCueRule[] = [
  { id: 'ar.fat.attackers', cue: 'attackers', terms: ['إرهابي*', 'الإرهابيين', 'مسلحين', 'المسلحين', 'المهاجمين', 'مهاجم*', 'المتشددين', 'متشدد*', 'جهادي*', 'تحييد', 'المعتدين', 'العدو'] },
  { id: 'ar.fat.provisional', cue: 'provisional', terms: ['حصيلة أولية', 'حصيلة مؤقتة', 'حصيلة سابقة', 'في البداية', 'أولية', 'مبدئية', 'بادئ الأمر', 'الحصيلة الأولى'] },
];
