/**
 * @module lang/ar/triggers
 * Arabic event triggers per ACLED sub-event type. Terms are natural spellings; the extractor folds
 * them (alef/hamza, ta marbuta, diacritics) and allows the usual proclitics (و ف ب ل ك ال).
 * `*` lets a stem take suffixes (هاجم* → هاجمت، هاجموا). Generic attack words take their reading
 * from the target: armed → Armed clash, civilians → Attack.
 */
import type { TriggerRule } from '../types.ts';

export const triggers: TriggerRule[] = [
  // Remote violence first: the most specific tactics.
  { id: 'ar.trg.suicide', sub_event_type: 'Suicide bomb', terms: ['تفجير انتحاري', 'تفجيرين انتحاريين', 'هجوم انتحاري بسيار*', 'انتحاري فجر نفسه', 'فجر نفسه', 'فجرا نفسيهما', 'حزام ناسف', 'أحزمة ناسفة', 'انتحاريون بسيار*', 'انتحاري يقود', 'مفجر انتحاري', 'انتحاريين بسيار*'] },
  { id: 'ar.trg.vbied', sub_event_type: 'Remote explosive/landmine/IED', terms: ['سيارة مفخخة', 'سيارات مفخخة', 'شاحنة مفخخة', 'دراجة نارية مفخخة'] },
  { id: 'ar.trg.ied', sub_event_type: 'Remote explosive/landmine/IED', terms: ['عبوة ناسفة', 'عبوات ناسفة', 'عبوة بدائية', 'لغم', 'لغما', 'ألغام', 'لغم أرضي', 'انفجار عبوة', 'عبوة متفجرة', 'عبوات متفجرة'] },
  { id: 'ar.trg.air', sub_event_type: 'Air/drone strike', terms: ['غارة جوية', 'غارات جوية', 'ضربة جوية', 'ضربات جوية', 'قصف جوي', 'القصف الجوي', 'غارة بطائرة*', 'غارات بطائرات*', 'ضربة بطائرة*', 'ضربات بطائرات*', 'قصف بطائرة*', 'قصف بطائرات*', 'الطيران الحربي', 'سلاح الجو'] },
  { id: 'ar.trg.drone', sub_event_type: 'Air/drone strike', terms: ['طائرة مسيرة', 'طائرات مسيرة', 'مسيرة', 'مسيرات', 'طائرة بدون طيار', 'طائرات بدون طيار', 'مسيرة تركية'], requires: ['قصف*', 'قصفت', 'غارة*', 'غارات', 'ضربة*', 'ضربات', 'استهدفت', 'استهدف*'], blocked_by: ['أحرق*', 'دمر*', 'إحراق', 'تدمير', 'أسقط*'] },
  { id: 'ar.trg.shelling', sub_event_type: 'Shelling/artillery/missile attack', terms: ['قصف مدفعي', 'قذائف هاون', 'قذيفة هاون', 'قذائف صاروخية', 'صواريخ', 'قصف بالهاون', 'قصفا مدفعيا'] },
  { id: 'ar.trg.grenade', sub_event_type: 'Grenade', terms: ['قنبلة يدوية', 'قنابل يدوية'] },
  // Violence against civilians.
  { id: 'ar.trg.sexual', sub_event_type: 'Sexual violence', terms: ['اغتصاب', 'عنف جنسي', 'اعتداءات جنسية'] },
  { id: 'ar.trg.abduction', sub_event_type: 'Abduction/forced disappearance', terms: ['اختطاف', 'اختطف*', 'خطف', 'خطفوا', 'خطفت', 'اختطفوا', 'رهينة', 'رهائن', 'احتجاز رهائن', 'اقتاد*', 'الإخفاء القسري'] },
  { id: 'ar.trg.massacre', sub_event_type: 'Attack', terms: ['مجزرة', 'مجازر', 'مذبحة', 'مذابح', 'إعدام*', 'أعدم*', 'إعدامات', 'تصفية'] },
  // Territory.
  { id: 'ar.trg.regain', sub_event_type: 'Government regains territory', terms: ['استعاد* السيطرة', 'استعادة السيطرة', 'استعاد*', 'استعادة', 'دخل* الجيش', 'دخلت القوات', 'حرر*', 'تحرير'] },
  { id: 'ar.trg.overtake', sub_event_type: 'Non-state actor overtakes territory', terms: ['سيطر* على', 'استولى* على', 'استولت على', 'الاستيلاء على', 'اجتاح*', 'انسحاب الجيش', 'انسحب* الجيش'], blocked_by: ['الوضع', 'تحت السيطرة', 'زمام', 'السيطرة على الوضع'] },
  // Battles and attacks whose reading depends on the target.
  { id: 'ar.trg.clash', sub_event_type: 'Armed clash', terms: ['اشتباك*', 'اشتبك*', 'اشتباكات', 'معارك', 'معركة', 'اقتتال', 'تبادل لإطلاق النار', 'تبادل إطلاق النار', 'مواجهات', 'مواجهة مسلحة', 'قتال'] },
  { id: 'ar.trg.ambush', sub_event_type: 'Armed clash', if_civilian_target: 'Attack', terms: ['كمين', 'كمينا', 'نصب* كمين*', 'كمائن'] },
  { id: 'ar.trg.attack', sub_event_type: 'Armed clash', if_civilian_target: 'Attack', terms: ['هجوم', 'هجوما', 'هجمات', 'هجومين', 'هاجم*', 'يهاجم*', 'تهاجم*', 'مداهمة', 'داهم*', 'اقتحام', 'اقتحم*', 'إطلاق نار', 'إطلاق النار', 'أطلق* النار', 'فتح* النار', 'استهدف*', 'يستهدف*', 'غارة', 'الغارة', 'غارات', 'الغارات', 'عملية مسلحة', 'اعتداء', 'اعتداءات', 'ضربت', 'ضرب*', 'عملية', 'طوقوا', 'حاصروا'], weak: false },
  { id: 'ar.trg.killing', sub_event_type: 'Armed clash', if_civilian_target: 'Attack', weak: true, terms: ['قتل*', 'مقتل', 'لقي* حتف*', 'لقوا مصرعهم', 'مصرع', 'قتلى'] },
  // Strategic developments.
  { id: 'ar.trg.destroy', sub_event_type: 'Looting/property destruction', terms: ['أحرق*', 'إحراق', 'حرق*', 'نهب*', 'تدمير', 'دمر*', 'تخريب', 'سلب*', 'إضرام النار', 'أضرم* النار'] },
  { id: 'ar.trg.arrest', sub_event_type: 'Arrests', terms: ['اعتقال', 'اعتقل*', 'توقيف', 'أوقف*', 'ألقى القبض', 'ألقت القبض', 'القبض على', 'احتجاز', 'احتجز*'] },
  { id: 'ar.trg.agreement', sub_event_type: 'Agreement', weak: true, terms: ['اتفاق سلام', 'اتفاق وقف إطلاق النار', 'هدنة', 'وقعوا اتفاق*', 'توقيع اتفاق*'] },
  // Demonstrations.
  { id: 'ar.trg.riot', sub_event_type: 'Violent demonstration', terms: ['أعمال شغب', 'مثيري الشغب'] },
  { id: 'ar.trg.protest', sub_event_type: 'Peaceful protest', terms: ['مظاهرة', 'مظاهرات', 'تظاهر*', 'احتجاج*', 'وقفة احتجاجية', 'مسيرة احتجاجية'] },
];
