/**
 * @module lang/ar/context
 * Words that frame a sentence: background (past context), assessments (analysts' judgements about
 * control, advance, encirclement, spillover), regularity (patterns, not events), negation, irrealis,
 * and place relations (the capital, near/outside).
 */
import type { AssessmentRule, TermRule } from '../types.ts';

export const background: TermRule[] = [
  { id: 'ar.bg.example', terms: ['على سبيل المثال', 'مثلا', 'فعلى سبيل المثال'] },
  { id: 'ar.bg.previously', terms: ['سبق أن', 'سبق وأن', 'سبق ل', 'في وقت سابق', 'من قبل', 'منذ', 'سابقا', 'في الماضي', 'كانت قد', 'كان قد'] },
];

export const assessments: AssessmentRule[] = [
  { id: 'ar.as.controls', predicate: 'controls', terms: ['يسيطر* على', 'تسيطر على', 'سيطر* على ما', 'سيطر* على نحو', 'يسيطرون', 'سيطرتها على', 'نفوذ*', 'يتنافس*', 'تحت سيطرة'] },
  { id: 'ar.as.outside', predicate: 'controls', terms: ['خارج سلطة', 'في قبضة', 'خارج نطاق سيطرة'] },
  { id: 'ar.as.advances', predicate: 'advances', terms: ['التوغل', 'توغل*', 'تتوغل', 'دفع* بشكل مطرد', 'جنوبا', 'تمدد*', 'التمدد', 'تقدم*', 'التقدم', 'الاقتراب من', 'توسع*', 'يتوسع*', 'تتوسع'] },
  { id: 'ar.as.encircles', predicate: 'encircles', terms: ['حاصر*', 'تطويق', 'طوق*', 'يطوق*', 'حصار', 'تحاصر', 'يحاصر*', 'محاصرة', 'الخناق', 'تضييق الخناق', 'تضيق الخناق', 'يضيق الخناق'] },
  { id: 'ar.as.spills', predicate: 'spills_into', terms: ['يتسرب*', 'تسرب*', 'امتد* إلى', 'يمتد إلى', 'انتشر* إلى', 'ينتشر إلى', 'امتداد', 'انتقال العنف', 'يمتد'] },
  { id: 'ar.as.threatens', predicate: 'threatens', terms: ['تهديد', 'لتهديد', 'يهدد*', 'تهدد'] },
  { id: 'ar.as.bases', predicate: 'has_bases_in', terms: ['بناء قواعد', 'إنشاء قواعد', 'قواعد في'] },
  { id: 'ar.as.active', predicate: 'active_in', terms: ['ينشط*', 'تنشط', 'نشاط*', 'حضور', 'تواجد*', 'تتواجد', 'معقل*', 'ملاذ*', 'منطقة نفوذ', 'أخطر', 'تكثف*', 'كثف*', 'تصاعد*', 'تنتشر', 'ينتشر*', 'منصة لشن', 'يتنقلون بحرية', 'ملجأ'] },
];

export const regularity: TermRule[] = [
  { id: 'ar.reg.regularly', terms: ['بانتظام', 'انتظاما', 'بشكل منتظم', 'بشكل متكرر', 'باستمرار', 'مرارا', 'بصورة منتظمة', 'بشكل أكثر انتظاما', 'تكرار', 'تكرر*', 'متكرر*'] },
];

export const negations: TermRule[] = [
  { id: 'ar.neg.not', terms: ['لم', 'لن', 'لا', 'ليس', 'ليست', 'دون', 'بدون', 'عدم'] },
];

export const irrealis: TermRule[] = [
  { id: 'ar.irr.modal', terms: ['قد', 'يمكن', 'سيتعين', 'احتمال', 'إذا', 'لو', 'ربما', 'من المحتمل', 'يخشى', 'خطر'] },
];

export const capitalWords: TermRule[] = [
  { id: 'ar.cap.capital', terms: ['العاصمة', 'عاصمة'] },
];

export const nearWords: TermRule[] = [
  { id: 'ar.near.near', terms: ['قرب', 'بالقرب من', 'على مقربة من', 'ضواحي', 'خارج', 'محيط', 'على بعد', 'جنوب', 'شمال', 'شرق', 'غرب', 'جنوبي', 'شمالي', 'شرقي', 'غربي', 'جنوب شرق', 'شمال شرق', 'جنوب غرب', 'شمال غرب', 'على مشارف', 'مشارف', 'أطراف'] },
];
