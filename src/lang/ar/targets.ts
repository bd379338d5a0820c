/**
 * @module lang/ar/targets
 * Target descriptions that imply an actor of the place's country ("مدرسة الدرك" → the gendarmerie,
 * so the state forces), facility nouns that locate an event inside a town, and anaphors that point
 * back to an actor named earlier ("الجماعة", "رجالها", "المسلحون").
 */
import type { AnaphorRule, TargetRule } from '../types.ts';

export const targets: TargetRule[] = [
  { id: 'ar.tgt.gendarmerie_school', role: 'gendarmerie', facility: 'school', terms: ['مدرسة الدرك', 'مدرسة للدرك', 'أكاديمية الدرك'] },
  { id: 'ar.tgt.gendarmerie', role: 'gendarmerie', terms: ['الدرك', 'دركي*', 'الدرك الوطني', 'ثكنة الدرك', 'مركز الدرك'] },
  { id: 'ar.tgt.police', role: 'police', terms: ['الشرطة', 'شرطي*', 'مركز شرطة', 'مركز للشرطة', 'مفوضية الشرطة'] },
  { id: 'ar.tgt.airport', role: 'military', facility: 'airport', terms: ['المطار', 'مطار', 'القاعدة الجوية', 'قاعدة جوية', 'مدرج'] },
  { id: 'ar.tgt.air_force', role: 'air_force', terms: ['القوات الجوية', 'سلاح الجو'] },
  { id: 'ar.tgt.camp', role: 'military', facility: 'camp', terms: ['معسكر*', 'ثكنة', 'ثكنات', 'قاعدة عسكرية', 'قاعدة للجيش', 'قواعد عسكرية', 'موقع عسكري', 'مواقع عسكرية', 'موقعين عسكريين', 'نقطة تفتيش', 'حاجز أمني', 'مركز عسكري', 'مخفر'] },
  { id: 'ar.tgt.military', role: 'military', terms: ['الجانب العسكري', 'الجيش', 'جنود', 'الجنود', 'جنديا', 'جندي*', 'عسكري*', 'العسكريين', 'القوات', 'قوات الجيش', 'القوات المسلحة', 'قافلة عسكرية', 'دورية', 'دورية عسكرية', 'رتل*', 'وحدة عسكرية', 'الجيش النظامي'] },
  { id: 'ar.tgt.vdp', role: 'militia', terms: ['متطوعي الدفاع عن الوطن', 'المتطوعين للدفاع عن الوطن', 'ميليشيا*', 'مليشيا*', 'مجموعات الدفاع الذاتي', 'الدفاع الذاتي'] },
  { id: 'ar.tgt.civilians', role: 'civilians', terms: ['مدني*', 'المدنيين', 'قرويين', 'القرويين', 'سكان', 'السكان', 'مواطن*', 'مصلين', 'المصلين', 'ركاب', 'الركاب', 'نساء', 'أطفال', 'رعاة', 'مزارعين', 'تجار', 'حفر خنادق', 'سوق', 'مسجد', 'قرية', 'قرى', 'عمال', 'جيولوجي*', 'حافلة', 'عرس', 'حفل زفاف', 'زعيم محلي', 'إمام'] },
];

export const anaphors: AnaphorRule[] = [
  { id: 'ar.ana.group', refers_to: 'armed_group', terms: ['الجماعة', 'التنظيم', 'الحركة', 'المجموعة المسلحة', 'الجماعة المسلحة', 'الجماعة الجهادية', 'الجماعة الإرهابية'] },
  { id: 'ar.ana.men', refers_to: 'armed_group', terms: ['رجالها', 'رجاله', 'رجال القاعدة', 'مقاتليها', 'مقاتلوها', 'مقاتلو', 'عناصرها', 'عناصر', 'عناصره', 'الانغماسيين', 'انغماسي*'] },
  { id: 'ar.ana.gunmen', refers_to: 'armed_group', terms: ['الجهاديون', 'الجهاديين', 'جهاديون', 'جهاديين', 'المسلحون', 'المسلحين', 'مسلحون', 'مسلحين', 'الإرهابيون', 'الإرهابيين', 'إرهابيون', 'إرهابيين', 'المتشددون', 'المتشددين', 'المهاجمون', 'المهاجمين', 'متطرفون', 'المتطرفين', 'رجال مسلحون', 'رجال مسلحين', 'أفراد مسلحون'] },
  { id: 'ar.ana.army', refers_to: 'state_force', terms: ['القوات المالية', 'الجيش', 'القوات', 'الجنود', 'القوات الحكومية'] },
];
