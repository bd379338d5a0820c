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
  { id: 'ar.party.officials', party: 'Government of {country}', role: 'government', terms: ['المسؤولون', 'المسؤولين', 'مسؤولون', 'مسؤولين', 'مسؤولي', 'مسؤول', 'السلطات', 'الحكومة', 'الحكومة الانتقالية', 'المجلس العسكري', 'وزارة الدفاع', 'وزير الدفاع', 'الناطق باسم الحكومة', 'المتحدث باسم الحكومة', 'التلفزيون الرسمي', 'بيان رسمي', 'مصادر رسمية', 'حاكم', 'مجلس الأمن القومي', 'الإذاعة الرسمية', 'الإذاعة الوطنية', 'التلفزيون الوطني', 'المدعي العام', 'النائب العام', 'والي', 'المحافظ', 'وزارة الداخلية', 'وزارة الأمن', 'الرئاسة', 'حصيلة رسمية'] },
  { id: 'ar.party.army', party: 'Military Forces of {country}', role: 'military', terms: ['هيئة الأركان', 'هيئة أركان', 'رئاسة الأركان', 'قيادة الجيش', 'المتحدث باسم الجيش', 'الجيش', 'القوات المسلحة'] },
  { id: 'ar.party.security_sources', party: 'security sources', terms: ['مصادر أمنية', 'مصدر أمني', 'مسؤول أمني', 'مسؤولي الأمن', 'مسؤولو الأمن', 'مصدر عسكري', 'مصادر عسكرية'] },
  { id: 'ar.party.local', party: 'local sources', terms: ['مصادر محلية', 'مصدر محلي', 'السكان', 'سكان', 'أعيان', 'منتخب محلي', 'مسؤول محلي', 'زعماء محليون'] },
  { id: 'ar.party.witnesses', party: 'witnesses', terms: ['شهود', 'شهود عيان', 'شاهد عيان', 'شهادات الشهود', 'الشهود'] },
  { id: 'ar.party.un', party: 'United Nations', terms: ['الأمم المتحدة', 'بعثة الأمم المتحدة', 'مفوضية حقوق الإنسان', 'المفوضية السامية'] },
  { id: 'ar.party.hrw', party: 'Human Rights Watch', terms: ['هيومن رايتس ووتش', 'هيومن رايتس وتش'] },
  { id: 'ar.party.amnesty', party: 'Amnesty International', terms: ['منظمة العفو الدولية', 'العفو الدولية'] },
  { id: 'ar.party.ngo', party: 'human rights organisations', terms: ['منظمات حقوقية', 'منظمة حقوقية'] },
  { id: 'ar.party.medical', party: 'medical sources', terms: ['مصادر طبية', 'مصدر طبي', 'مستشفى'] },
];

/** Tolls that count differently: the attackers' dead (added to the victims) and first tolls a later one supersedes. */
export const fatalityCues: FatalityCueRule[] = [
  { id: 'ar.fat.attackers', cue: 'attackers', terms: ['إرهابي*', 'الإرهابيين', 'مسلحين', 'المسلحين', 'المهاجمين', 'مهاجم*', 'المتشددين', 'متشدد*', 'جهادي*', 'تحييد', 'المعتدين', 'العدو'] },
  { id: 'ar.fat.provisional', cue: 'provisional', terms: ['حصيلة أولية', 'حصيلة مؤقتة', 'حصيلة سابقة', 'في البداية', 'أولية', 'مبدئية', 'بادئ الأمر', 'الحصيلة الأولى'] },
];
