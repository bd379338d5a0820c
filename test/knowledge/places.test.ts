// Place mentions → GeoNames ids (or curated ids), in sentences written the way each press writes them.
// Accuracy is printed per language; the test fails below 95%. Rows that fail are listed in KNOWN with
// the reason, never deleted. Ambiguous names (Kati, Ségou, Boni, Téra, Macina, Faladié, Koro, Dori,
// Kaya, Say, Mango…) each exist more than once in the dumps; the sentence must pick the right one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolvePlace, resolveRelative } from '../../src/knowledge/gazetteer/index.ts';
import type { Lang } from '../../src/model/types.ts';

type Row = [sentence: string, mention: string, expected: number | string, docCountry?: string];

const ML = 'ML', BF = 'BF', NE = 'NE';

const AR: Row[] = [
  ['أعلنت الجماعة مسؤوليتها عن هجوم في العاصمة المالية باماكو أمس.', 'باماكو', 2460596, ML],
  ['دوى إطلاق نار في مدرسة الدرك في منطقة فالادي في باماكو.', 'فالادي', 2457816, ML],
  ['هاجم مسلحون معسكر الجيش في كاتي قرب العاصمة.', 'كاتي', 2455558, ML],
  ['وقع الهجوم في مدينة سيغو وسط البلاد.', 'سيغو', 2451478, ML],
  ['قتل عشرة جنود في كمين قرب موبتي.', 'موبتي', 2453348, ML],
  ['وصلت تعزيزات عسكرية إلى سيفاري.', 'سيفاري', 2451285, ML],
  ['استهدفت قذائف مطار غاو في شمال مالي.', 'غاو', 2457163, ML],
  ['دخلت القوات المالية مدينة كيدال بعد انسحاب المتمردين.', 'كيدال', 2455290, ML],
  ['فرضت الجماعة حصارا على مدينة تمبكتو التاريخية.', 'تمبكتو', 2449067, ML],
  ['تبنى تنظيم الدولة هجوما في ميناكا شرق البلاد.', 'ميناكا', 2453514, ML],
  ['قتل مدنيون في هجوم على حافلة قرب أنسونغو.', 'أنسونغو', 2461003, ML],
  ['غرق قارب يقل ركابا على نهر النيجر قرب بوريم.', 'بوريم', 2459657, ML],
  ['فر السكان من القرى المحيطة بدوينتزا.', 'بدوينتزا', 2458334, ML],
  ['وقعت اشتباكات عنيفة بين بوني وهومبوري.', 'بوني', 2459917, ML],
  ['وقعت اشتباكات عنيفة بين بوني وهومبوري.', 'وهومبوري', 2456630, ML],
  ['زار الوزير مدينة جيني في منطقة موبتي.', 'جيني', 2458589, ML],
  ['قتل عشرات في هجمات على قرى قرب باندياغارا.', 'باندياغارا', 2460489, ML],
  ['نزح الآلاف من دائرة بانكاس إلى المدن.', 'بانكاس', 7701493, ML], // دائرة = cercle
  ['شنت ميليشيات هجوما على قرية قرب كورو.', 'كورو', 2454674, ML],
  ['اختطف مسلحون تاجرا في نيونو.', 'نيونو', 2452655, ML],
  ['أعلن الجيش تحييد إرهابيين قرب نارا على الحدود الموريتانية.', 'نارا', 2453079, ML],
  ['هاجم مسلحون نقطة تفتيش في نيافونكي.', 'نيافونكي', 2452830, ML],
  ['قتل جنديان في انفجار لغم قرب غوندام.', 'غوندام', 2456917, ML],
  ['استعاد الجيش السيطرة على أنفيس.', 'أنفيس', 2461022, ML],
  ['أغلقت السلطات الأسواق في كوتيالا.', 'كوتيالا', 2454268, ML],
  ['هاجم مسلحون مركز الدرك في بوغوني جنوب البلاد.', 'بوغوني', 2459775, ML],
  ['وقع الهجوم على الطريق بين كولوكاني وباماكو.', 'كولوكاني', 2454955, ML],
  ['فرضت الجماعة حصارا على بانامبا.', 'بانامبا', 2460546, ML],
  ['قتل مدنيون قرب ماركالا في منطقة سيغو.', 'ماركالا', 2453662, ML],
  ['تعرضت دورية للجيش لكمين في تيننكو.', 'تيننكو', 2449938, ML],
  ['استعادت القوات المالية معسكر تيساليت.', 'تيساليت', 2449893, ML],
  ['أعلنت الجماعة مسؤوليتها عن هجمات في منطقتي كايس وسيكاسو.', 'كايس', 2455517, ML],
  ['أعلنت الجماعة مسؤوليتها عن هجمات في منطقتي كايس وسيكاسو.', 'وسيكاسو', 2451184, ML],
  ['حاصرت الجماعة باماكو من منطقة كوليكورو الجنوبية.', 'كوليكورو', 2454532, ML],
  ['قتل ثلاثة أشخاص في مدينة كوليكورو.', 'كوليكورو', 2454530, ML],
  ['قتل ثلاثة أشخاص في مدينة كايس غرب البلاد.', 'كايس', 2455518, ML],
  ['تصاعد العنف في منطقة موبتي وسط مالي.', 'موبتي', 2453347, ML],
  ['تسيطر الجماعات المسلحة على أجزاء من منطقة تمبكتو.', 'تمبكتو', 2449066, ML],
  ['شن تنظيم الدولة هجمات في منطقة ميناكا.', 'ميناكا', 12070577, ML],
  ['قصفت الطائرات المسيرة مواقع في منطقة كيدال.', 'كيدال', 2597449, ML],
  ['قتل مدنيون في غارة بطائرة مسيرة على تين زواتين قرب الحدود الجزائرية.', 'تين زواتين', 2476086, ML],
  ['وصل الجيش إلى بلدة أراوان شمال تمبكتو.', 'أراوان', 2460954, ML],
  ['هاجم مسلحون معسكر موندورو.', 'موندورو', 2453375, ML],
  ['تعرض معسكر بولكيسي لهجوم جديد.', 'بولكيسي', 'sup:ml-boulkessi', ML],
  ['أحرق المهاجمون طائرات في مطار باماكو.', 'مطار باماكو', 6297167, ML],
  ['استهدف هجوم انتحاري معسكر كاتي.', 'معسكر كاتي', 'sup:ml-kati-camp-soundiata-keita', ML],
  ['تعرضت قوات كتيبة ماسينا لضربات جوية قرب ماسينا.', 'ماسينا', 2455465, ML],
  ['يعيش آلاف النازحين في سينو جنوب باماكو.', 'سينو', 2451350, ML],
  ['فرضت الجماعة حصارا على مدينة جيبو شمال بوركينا فاسو.', 'جيبو', 2361177, BF],
  ['قتل عشرات الجنود في هجوم على دوري.', 'دوري', 2361082, BF],
  ['وصل آلاف النازحين إلى مدينة كايا.', 'كايا', 2359608, BF],
  ['قتل مدنيون في هجوم قرب واهيغويا.', 'واهيغويا', 2357043, BF],
  ['أغلقت المدارس في فادا نغورما شرق البلاد.', 'فادا نغورما', 2360886, BF],
  ['اعتقلت الشرطة مشتبها بهم في بوبو ديولاسو.', 'بوبو ديولاسو', 2362344, BF],
  ['هاجم مسلحون بلدة أربيندا.', 'أربيندا', 2363174, BF],
  ['قتل جنود في كمين قرب غوروم غوروم.', 'غوروم غوروم', 2360372, BF],
  ['قتل مئات في هجوم على بلدة بارسالوغو.', 'بارسالوغو', 2362735, BF],
  ['استهدف هجوم مدينة سولينزو.', 'سولينزو', 2355404, BF],
  ['وقعت مجزرة في قرية قرب نونا.', 'نونا', 2357163, BF],
  ['هاجم مسلحون قافلة قرب تيتاو.', 'تيتاو', 2354349, BF],
  ['تعرضت دورية لكمين قرب دياباغا.', 'دياباغا', 2361373, BF],
  ['هاجم مسلحون مركزا للشرطة في كانتشاري.', 'كانتشاري', 2359723, BF],
  ['قتل جنود في هجوم على مانسيلا.', 'مانسيلا', 2358072, BF],
  ['هاجم مسلحون سوق سيتنغا.', 'سيتنغا', 2355472, BF],
  ['اندلعت اشتباكات قرب كونغوسي.', 'كونغوسي', 2359142, BF],
  ['وصلت قافلة إمدادات إلى بانفورا.', 'بانفورا', 2362909, BF],
  ['قتل مدنيون في منطقة تيلابيري غرب النيجر.', 'تيلابيري', 2595293, NE],
  ['هاجم مسلحون مدينة تيرا قرب الحدود البوركينية.', 'تيرا', 2438855, NE],
  ['قتل جنود نيجريون في هجوم قرب أيورو.', 'أيورو', 2447416, NE],
  ['وقع هجوم في بلدة ولام.', 'ولام', 2440371, NE],
  ['اعتقلت السلطات مشتبها بهم في فيلينغي.', 'فيلينغي', 2444995, NE],
  ['نزح سكان إلى مدينة تاهوا.', 'تاهوا', 2439376, NE],
  ['هاجمت بوكو حرام مواقع للجيش في ديفا.', 'ديفا', 2445704, NE],
  ['نشرت السلطات تعزيزات في أغاديس.', 'أغاديس', 2448085, NE],
  ['خرج متظاهرون إلى شوارع زيندر.', 'زيندر', 2437798, NE],
  ['أغلقت المدارس في مارادي.', 'مارادي', 2441291, NE],
  ['قتل مدنيون قرب دوسو.', 'دوسو', 2445488, NE],
  ['هاجم مسلحون قرية تورودي.', 'تورودي', 2438409, NE],
  ['قتل عشرات القرويين في شيناغودرار.', 'شيناغودرار', 2446376, NE],
  ['قتل جنود أمريكيون ونيجريون في كمين قرب تونغو تونغو.', 'تونغو تونغو', 2438420, NE],
  ['هاجم مسلحون موقع سد كانداجي.', 'كانداجي', 2442764, NE],
  ['خطف مسلحون رعايا أجانب قرب أرليت.', 'أرليت', 2447513, NE],
  ['قتل مدنيون في هجوم على بانكيلاري.', 'بانكيلاري', 2447078, NE],
  ['هاجم مسلحون مواقع للجيش قرب نيامي.', 'نيامي', 2440485, NE],
  ['تسلل مسلحون إلى شمال بنين قرب كاندي.', 'كاندي', 2393693, 'BJ'],
  ['قتل جنود بنينيون قرب تانغيتا.', 'تانغيتا', 2391455, 'BJ'],
  ['وصل نازحون إلى مالانفيل على الحدود مع النيجر.', 'مالانفيل', 2392837, 'BJ'],
  ['أعلنت الحكومة من كوتونو حالة التأهب.', 'كوتونو', 2394819, 'BJ'],
  ['شن مسلحون هجوما على مواقع عسكرية قرب داباونغ في شمال توغو.', 'داباونغ', 2367164, 'TG'],
  ['اجتمع وزراء الدفاع في لومي.', 'لومي', 2365267, 'TG'],
  ['عقدت القمة في أبيدجان.', 'أبيدجان', 2293538, 'CI'],
  ['لجأ آلاف الماليين إلى مخيم امبرة قرب باسيكونو في موريتانيا.', 'باسيكونو', 2381152, 'MR'],
  ['يمتد العنف إلى بنين وتوغو.', 'بنين', 'country:BJ'],
  ['يمتد العنف إلى بنين وتوغو.', 'وتوغو', 'country:TG'],
  ['تواصل الجماعة التوغل جنوبا داخل مالي.', 'مالي', 'country:ML'],
  ['وفي النيجر المجاورة تتعرض العاصمة لتهديد مطرد.', 'النيجر', 'country:NE'],
  ['سيطر الجهاديون على 40% من أراضي بوركينا فاسو.', 'بوركينا فاسو', 'country:BF'],
  ['فر لاجئون إلى موريتانيا.', 'موريتانيا', 'country:MR'],
  ['عززت ساحل العاج حدودها الشمالية.', 'ساحل العاج', 'country:CI'],
  ['وصل الوفد إلى الجزائر.', 'الجزائر', 'country:DZ'],
];

const FR: Row[] = [
  ["L'école de gendarmerie de Faladié à Bamako a été attaquée à l'aube.", 'Faladié', 2457816, ML],
  ["Des tirs ont été entendus à Bamako mardi matin.", 'Bamako', 2460596, ML],
  ["Le camp militaire de Kati, à 15 km de Bamako, a été visé par des tirs.", 'Kati', 2455558, ML],
  ["Le camp de Kati a été la cible d'attaques coordonnées.", 'camp de Kati', 'sup:ml-kati-camp-soundiata-keita', ML],
  ["Des avions ont été incendiés sur la Base aérienne 101 de Sénou.", 'Base aérienne 101', 'sup:ml-ba101-senou', ML],
  ["Le trafic a été coupé sur la route menant à Sénou, le quartier de l'aéroport.", 'Sénou', 2451350, ML],
  ["Une embuscade a visé un convoi des FAMa près de Ségou.", 'Ségou', 2451478, ML],
  ["Les violences se multiplient dans la région de Ségou.", 'Ségou', 2451477, ML],
  ["Les FAMa ont neutralisé des terroristes dans le cercle de Macina.", 'Macina', 8631515, ML],
  ["Des affrontements ont eu lieu à Macina, dans la région de Ségou.", 'Macina', 2455465, ML],
  ["Une attaque a visé le poste de Boni, entre Douentza et Hombori.", 'Boni', 2459917, ML],
  ["Les djihadistes imposent un blocus à Boni depuis plusieurs mois.", 'Boni', 2459917, ML],
  ["Plusieurs civils ont été tués à Mopti.", 'Mopti', 2453348, ML],
  ["Des renforts sont arrivés à Sévaré.", 'Sévaré', 2451285, ML],
  ["Le camp de Gao a été visé par des tirs d'obus.", 'Gao', 2457163, ML],
  ["Les FAMa sont entrées dans Kidal le 14 novembre.", 'Kidal', 2455290, ML],
  ["Le blocus de Tombouctou se poursuit.", 'Tombouctou', 2449067, ML],
  ["L'EIGS a revendiqué une attaque à Ménaka.", 'Ménaka', 2453514, ML],
  ["Un bus a sauté sur une mine près d'Ansongo.", 'Ansongo', 2461003, ML],
  ["Un bateau a été attaqué sur le fleuve à Bourem.", 'Bourem', 2459657, ML],
  ["Les habitants de Douentza dénoncent le blocus.", 'Douentza', 2458334, ML],
  ["Des hommes armés ont attaqué Hombori dans la nuit.", 'Hombori', 2456630, ML],
  ["Une foire a été annulée à Djenné.", 'Djenné', 2458589, ML],
  ["Des villages ont été attaqués dans le cercle de Bandiagara.", 'Bandiagara', 8299591, ML],
  ["Trente civils ont été tués près de Bandiagara.", 'Bandiagara', 2460489, ML],
  ["Des miliciens ont attaqué un village de la commune de Bankass.", 'Bankass', 2460401, ML],
  ["Les déplacés affluent vers Koro.", 'Koro', 2454674, ML],
  ["Une attaque a visé la gendarmerie de Nioro du Sahel.", 'Nioro du Sahel', 2452651, ML],
  ["Les terroristes ont attaqué le poste de Niono.", 'Niono', 2452655, ML],
  ["Le camp de Nara a été visé par une attaque complexe.", 'Nara', 2453079, ML],
  ["Des frappes ont eu lieu près de Niafunké.", 'Niafunké', 2452830, ML],
  ["Un véhicule a sauté sur un engin explosif à Goundam.", 'Goundam', 2456917, ML],
  ["Des combats ont opposé l'armée au CSP à Anéfis.", 'Anéfis', 2461022, ML],
  ["Les écoles de Koutiala ont rouvert.", 'Koutiala', 2454268, ML],
  ["Un poste de douane a été attaqué à Bougouni.", 'Bougouni', 2459775, ML],
  ["Le convoi a été attaqué sur l'axe Kolokani-Nossombougou.", 'Kolokani', 2454955, ML],
  ["Banamba vit sous la menace des djihadistes.", 'Banamba', 2460546, ML],
  ["Des jihadistes ont attaqué Markala et son barrage.", 'Markala', 2453662, ML],
  ["Les FAMa ont repris le camp de Tessalit.", 'Tessalit', 2449893, ML],
  ["Le camp d'Amachach est situé à 7 km au nord de Tessalit.", "camp d'Amachach", 'sup:ml-amachach-camp', ML],
  ["Le JNIM attaque régulièrement dans les régions de Kayes et Sikasso.", 'Kayes', 2455517, ML],
  ["Le JNIM attaque régulièrement dans les régions de Kayes et Sikasso.", 'Sikasso', 2451184, ML],
  ["La ville de Kayes est proche de la frontière sénégalaise.", 'Kayes', 2455518, ML],
  ["Bamako est encerclée depuis la région de Koulikoro.", 'Koulikoro', 2454532, ML],
  ["Le gouverneur s'est rendu à Koulikoro.", 'Koulikoro', 2454530, ML],
  ["Des frappes de drones ont tué des civils à Tinzaouatène.", 'Tinzaouatène', 2476086, ML],
  ["Le camp de Mondoro a été attaqué en même temps que celui de Boulkessi.", 'Boulkessi', 'sup:ml-boulkessi', ML],
  ["Le camp de Mondoro a été attaqué en même temps que celui de Boulkessi.", 'Mondoro', 2453375, ML],
  ["Des combats ont eu lieu à Aguelhok.", 'Aguelhok', 2461247, ML],
  ["Dans la région de Tombouctou, la situation reste tendue.", 'Tombouctou', 2449066, ML],
  ["Le blocus de Djibo dure depuis 2022.", 'Djibo', 2361177, BF],
  ["Une attaque a visé le détachement militaire de Dori.", 'Dori', 2361082, BF],
  ["Les déplacés sont nombreux à Kaya, chef-lieu du Centre-Nord.", 'Kaya', 2359608, BF],
  ["Des civils ont été tués près de Ouahigouya.", 'Ouahigouya', 2357043, BF],
  ["Un convoi a été attaqué près de Fada N'Gourma.", "Fada N'Gourma", 2360886, BF],
  ["Une manifestation a eu lieu à Bobo-Dioulasso.", 'Bobo-Dioulasso', 2362344, BF],
  ["Arbinda est sous blocus depuis des mois.", 'Arbinda', 2363174, BF],
  ["Des soldats ont été tués à Gorom-Gorom.", 'Gorom-Gorom', 2360372, BF],
  ["L'attaque de Barsalogho a fait des centaines de morts.", 'Barsalogho', 2362735, BF],
  ["Une attaque a frappé la ville de Solenzo.", 'Solenzo', 2355404, BF],
  ["Une embuscade a visé des VDP près de Nouna.", 'Nouna', 2357163, BF],
  ["L'armée a repoussé une attaque à Titao.", 'Titao', 2354349, BF],
  ["Des hommes armés ont attaqué Diapaga.", 'Diapaga', 2361373, BF],
  ["Les terroristes ont attaqué la brigade de gendarmerie de Kantchari.", 'Kantchari', 2359723, BF],
  ["L'attaque de Mansila a coûté la vie à des dizaines de soldats.", 'Mansila', 2358072, BF],
  ["Des civils ont été tués à Seytenga.", 'Seytenga', 2355472, BF],
  ["Un détachement a été attaqué à Djibasso.", 'Djibasso', 2361178, BF],
  ["Une attaque a visé Bourzanga.", 'Bourzanga', 2361853, BF],
  ["Des paysans ont été tués près de Boni, dans la province du Tuy.", 'Boni', 2362204, BF],
  ["Les habitants de Tougan fuient les violences.", 'Tougan', 2354176, BF],
  ["Une attaque a frappé Téra, dans la région de Tillabéri.", 'Téra', 2438855, NE],
  ["L'EIGS est actif dans la région de Tillabéri.", 'Tillabéri', 2595293, NE],
  ["La ville de Tillabéri a accueilli des déplacés.", 'Tillabéri', 2438678, NE],
  ["Des soldats nigériens ont été tués à Ayorou.", 'Ayorou', 2447416, NE],
  ["Une attaque a visé une patrouille près d'Ouallam.", 'Ouallam', 2440371, NE],
  ["Le marché de Filingué a été fermé.", 'Filingué', 2444995, NE],
  ["Des soldats ont été tués dans une embuscade à Tahoua.", 'Tahoua', 2439376, NE],
  ["Boko Haram a attaqué Diffa.", 'Diffa', 2445704, NE],
  ["Des migrants ont été secourus près d'Agadez.", 'Agadez', 2448085, NE],
  ["Des manifestations ont eu lieu à Zinder.", 'Zinder', 2437798, NE],
  ["Le gouverneur de Maradi a annoncé un couvre-feu.", 'Maradi', 2441291, NE],
  ["Des bandits ont attaqué un village près de Dosso.", 'Dosso', 2445488, NE],
  ["Une embuscade a eu lieu près de Torodi.", 'Torodi', 2438409, NE],
  ["Le massacre de Chinagodrar a fait des dizaines de morts.", 'Chinagodrar', 2446376, NE],
  ["L'embuscade de Tongo Tongo a eu lieu en 2017.", 'Tongo Tongo', 2438420, NE],
  ["Des tirs ont été entendus à l'aéroport de Niamey.", 'aéroport de Niamey', 6296456, NE],
  ["La junte a reçu des émissaires à Niamey.", 'Niamey', 2440485, NE],
  ["Des tirs ont été entendus à la Base aérienne 101, près de l'aéroport de Niamey.", 'Base aérienne 101', 'sup:ne-ba101-niamey', NE],
  ["Des militaires béninois ont été tués près de Tanguiéta.", 'Tanguiéta', 2391455, 'BJ'],
  ["Une attaque a visé un poste de police à Karimama.", 'Karimama', 2393640, 'BJ'],
  ["Les autorités de Cotonou ont renforcé le dispositif.", 'Cotonou', 2394819, 'BJ'],
  ["Des soldats togolais ont été tués près de Dapaong.", 'Dapaong', 2367164, 'TG'],
  ["Une attaque a visé Mango, dans le nord du Togo.", 'Mango', 2365190, 'TG'],
  ["Les violences débordent sur le Bénin et le Togo.", 'Bénin', 'country:BJ'],
  ["Les violences débordent sur le Bénin et le Togo.", 'Togo', 'country:TG'],
  ["Le Mali, le Burkina Faso et le Niger ont quitté la CEDEAO.", 'Burkina Faso', 'country:BF'],
  ["La Côte d'Ivoire renforce sa frontière nord.", "Côte d'Ivoire", 'country:CI'],
  ["Des réfugiés sont arrivés au Sénégal.", 'Sénégal', 'country:SN'],
  ["Le Niger a expulsé l'ambassadeur.", 'Niger', 'country:NE'],
  ["Des réfugiés maliens ont fui vers la Mauritanie.", 'Mauritanie', 'country:MR'],
];

const EN: Row[] = [
  ['JNIM claimed a coordinated attack in the Malian capital Bamako.', 'Bamako', 2460596, ML],
  ['Militants raided a gendarmerie school in Faladié in Bamako.', 'Faladié', 2457816, ML],
  ['Gunfire was reported at Kati, the main military base outside Bamako.', 'Kati', 2455558, ML],
  ['Aircraft were burned at Air Base 101 near the airport.', 'Air Base 101', 'sup:ml-ba101-senou', ML],
  ['Flights were diverted from Modibo Keita International Airport.', 'Modibo Keita International Airport', 6297167, ML],
  ['Soldiers were killed in an ambush near Segou.', 'Segou', 2451478, ML],
  ['Violence has spread across the Segou region.', 'Segou', 2451477, ML],
  ['The group is active in Macina, a town in central Mali.', 'Macina', 2455465, ML],
  ['Militants besieged Boni, between Douentza and Hombori.', 'Boni', 2459917, ML],
  ['Civilians were killed in Mopti on Tuesday.', 'Mopti', 2453348, ML],
  ['JNIM fighters attacked a checkpoint in the Mopti region.', 'Mopti', 2453347, ML],
  ['Reinforcements arrived in Sevare.', 'Sevare', 2451285, ML],
  ['Rockets hit the airport in Gao.', 'Gao', 2457163, ML],
  ['The army entered Kidal after rebels withdrew.', 'Kidal', 2455290, ML],
  ['JNIM has blockaded Timbuktu since August.', 'Timbuktu', 2449067, ML],
  ['Islamic State fighters attacked villages near Menaka.', 'Menaka', 2453514, ML],
  ['A bus hit a landmine near Ansongo.', 'Ansongo', 2461003, ML],
  ['A passenger boat was attacked near Bourem.', 'Bourem', 2459657, ML],
  ['Residents of Douentza fled the fighting.', 'Douentza', 2458334, ML],
  ['Gunmen attacked Hombori overnight.', 'Hombori', 2456630, ML],
  ['A festival was cancelled in Djenne.', 'Djenne', 2458589, ML],
  ['Dozens were killed in villages near Bandiagara.', 'Bandiagara', 2460489, ML],
  ['Dozo hunters attacked a village near Bankass.', 'Bankass', 2460401, ML],
  ['Displaced families arrived in Koro.', 'Koro', 2454674, ML],
  ['Militants attacked a gendarmerie post in Niono.', 'Niono', 2452655, ML],
  ['A complex attack targeted the army camp in Nara.', 'Nara', 2453079, ML],
  ['Drone strikes were reported near Niafunke.', 'Niafunke', 2452830, ML],
  ['Separatists clashed with the army at Anefis.', 'Anefis', 2461022, ML],
  ['Schools reopened in Koutiala.', 'Koutiala', 2454268, ML],
  ['A customs post was attacked in Bougouni.', 'Bougouni', 2459775, ML],
  ['Fuel trucks were burned near Kolokani.', 'Kolokani', 2454955, ML],
  ['The jihadists besieged Banamba.', 'Banamba', 2460546, ML],
  ['Militants attacked Markala and its dam.', 'Markala', 2453662, ML],
  ['The army took over the camp in Tessalit.', 'Tessalit', 2449893, ML],
  ['JNIM attacks more regularly in the Kayes and Sikasso regions.', 'Kayes', 2455517, ML],
  ['JNIM attacks more regularly in the Kayes and Sikasso regions.', 'Sikasso', 2451184, ML],
  ['The town of Kayes lies near the Senegalese border.', 'Kayes', 2455518, ML],
  ['JNIM has effectively encircled Bamako from the Koulikoro region.', 'Koulikoro', 2454532, ML],
  ['The governor visited Koulikoro on Monday.', 'Koulikoro', 2454530, ML],
  ['Drone strikes killed civilians in Tinzaouaten.', 'Tinzaouaten', 2476086, ML],
  ['Militants attacked the camps at Boulkessi and Mondoro.', 'Boulkessi', 'sup:ml-boulkessi', ML],
  ['Militants attacked the camps at Boulkessi and Mondoro.', 'Mondoro', 2453375, ML],
  ['Fighting broke out in Aguelhok.', 'Aguelhok', 2461247, ML],
  ['Armed groups control much of the Timbuktu region.', 'Timbuktu', 2449066, ML],
  ['Soldiers were killed in the Menaka region.', 'Menaka', 12070577, ML],
  ['Drones struck targets in the Kidal region.', 'Kidal', 2597449, ML],
  ['The siege of Djibo has lasted since 2022.', 'Djibo', 2361177, BF],
  ['Militants attacked the army base in Dori.', 'Dori', 2361082, BF],
  ['Thousands of displaced people live in Kaya.', 'Kaya', 2359608, BF],
  ['Civilians were killed near Ouahigouya.', 'Ouahigouya', 2357043, BF],
  ['A convoy was ambushed near Fada NGourma.', 'Fada NGourma', 2360886, BF],
  ['Protesters gathered in Bobo-Dioulasso.', 'Bobo-Dioulasso', 2362344, BF],
  ['Arbinda has been under blockade for months.', 'Arbinda', 2363174, BF],
  ['Soldiers were killed in Gorom-Gorom.', 'Gorom-Gorom', 2360372, BF],
  ['The Barsalogho massacre killed hundreds of people.', 'Barsalogho', 2362735, BF],
  ['An attack hit the town of Solenzo.', 'Solenzo', 2355404, BF],
  ['VDP militiamen were ambushed near Nouna.', 'Nouna', 2357163, BF],
  ['The army repelled an attack on Titao.', 'Titao', 2354349, BF],
  ['Gunmen attacked Diapaga in the east.', 'Diapaga', 2361373, BF],
  ['Militants overran the gendarmerie in Kantchari.', 'Kantchari', 2359723, BF],
  ['The Mansila attack killed dozens of soldiers.', 'Mansila', 2358072, BF],
  ['Civilians were killed in Seytenga.', 'Seytenga', 2355472, BF],
  ['A military detachment was attacked in Djibasso.', 'Djibasso', 2361178, BF],
  ['Militants attacked Bourzanga.', 'Bourzanga', 2361853, BF],
  ['Clashes erupted near Kongoussi.', 'Kongoussi', 2359142, BF],
  ['Supplies reached Banfora.', 'Banfora', 2362909, BF],
  ['An attack on Tera killed several soldiers.', 'Tera', 2438855, NE],
  ['Islamic State Sahel Province regularly attacks positions in the Tillaberi region.', 'Tillaberi', 2595293, NE],
  ['Displaced people reached the town of Tillaberi.', 'Tillaberi', 2438678, NE],
  ['Nigerien soldiers were killed in Ayorou.', 'Ayorou', 2447416, NE],
  ['A patrol was attacked near Ouallam.', 'Ouallam', 2440371, NE],
  ['Soldiers were killed in an ambush in Tahoua.', 'Tahoua', 2439376, NE],
  ['Boko Haram attacked army positions in Diffa.', 'Diffa', 2445704, NE],
  ['Migrants were rescued near Agadez.', 'Agadez', 2448085, NE],
  ['Protests took place in Zinder.', 'Zinder', 2437798, NE],
  ['Bandits attacked a village near Maradi.', 'Maradi', 2441291, NE],
  ['An ambush took place near Torodi.', 'Torodi', 2438409, NE],
  ['The Chinagodrar massacre killed dozens of villagers.', 'Chinagodrar', 2446376, NE],
  ['Four US soldiers were killed near Tongo Tongo in 2017.', 'Tongo Tongo', 2438420, NE],
  ['Gunfire was heard at Niamey airport.', 'Niamey airport', 6296456, NE],
  ['The junta received envoys in Niamey.', 'Niamey', 2440485, NE],
  ['Explosions were heard near Air Base 101 in Niamey.', 'Air Base 101', 'sup:ne-ba101-niamey', NE],
  ['Beninese soldiers were killed near Tanguieta.', 'Tanguieta', 2391455, 'BJ'],
  ['Militants attacked a police post in Karimama.', 'Karimama', 2393640, 'BJ'],
  ['Officials in Cotonou raised the alert level.', 'Cotonou', 2394819, 'BJ'],
  ['Togolese soldiers were killed near Dapaong.', 'Dapaong', 2367164, 'TG'],
  ['Militants attacked Mango in northern Togo.', 'Mango', 2365190, 'TG'],
  ['Violence spills over into Benin and Togo.', 'Benin', 'country:BJ'],
  ['Violence spills over into Benin and Togo.', 'Togo', 'country:TG'],
  ['Jihadists control at least 40% of Burkina Faso.', 'Burkina Faso', 'country:BF'],
  ['Ivory Coast reinforced its northern border.', 'Ivory Coast', 'country:CI'],
  ['Refugees arrived in Senegal.', 'Senegal', 'country:SN'],
  ['Niger expelled the French ambassador.', 'Niger', 'country:NE'],
  ['Refugees fled to Mauritania.', 'Mauritania', 'country:MR'],
  ['Northern Ghana hosts refugees from Burkina Faso, notably in Bawku.', 'Bawku', 2303287, 'GH'],
];

/** Rows that fail today, with why (kept in the table; they count against accuracy). */
const KNOWN = new Map<string, string>([
  ['ar:بوني:2459917', 'Hombori (وهومبوري) has no population in GeoNames and no cue word, so it is not taken as context; Boni then ties with Bonié (Kayes)'],
  ['ar:تيننكو:2449938', 'تيننكو omits the vowel between the two n of Ténenkou; the collapsed key equals that of the village Tinko'],
]);

function idOf(r: ReturnType<typeof resolvePlace>): string | number | null {
  if (!r.ok) return null;
  return r.id.startsWith('gn:') ? r.geonameid : r.id;
}

const TABLES: Array<[Lang, Row[]]> = [['ar', AR], ['fr', FR], ['en', EN]];

test('place table: at least 250 mentions, at least 80 per language', () => {
  let total = 0;
  for (const [lang, rows] of TABLES) {
    assert.ok(rows.length >= 80, `${lang}: ${rows.length} rows`);
    for (const [s, m] of rows) assert.ok(s.includes(m), `${lang}: mention "${m}" not in "${s}"`);
    total += rows.length;
  }
  assert.ok(total >= 250, `${total} rows`);
});

for (const [lang, rows] of TABLES) {
  test(`place resolution accuracy (${lang}) ≥ 95%`, () => {
    const failures: string[] = [];
    let ok = 0;
    for (const [sentence, mention, expected, docCountry] of rows) {
      const r = resolvePlace(mention, { lang, sentence, docCountry, at: sentence.indexOf(mention) });
      const got = idOf(r);
      if (got === expected) ok++;
      else {
        const key = `${lang}:${mention}:${expected}`;
        failures.push(`${key} → ${got} ${r.ok ? `${r.name} (${r.reason})` : r.reason}${KNOWN.has(key) ? ` [known: ${KNOWN.get(key)}]` : ''}`);
      }
    }
    const acc = ok / rows.length;
    console.log(`# places ${lang}: ${ok}/${rows.length} = ${(acc * 100).toFixed(1)}%`);
    for (const f of failures) console.log(`#   miss ${f}`);
    assert.ok(acc >= 0.95, `${lang} accuracy ${(acc * 100).toFixed(1)}% < 95%`);
  });
}

const RELATIVE: Array<[Lang, string, number, 'offset' | 'direction' | 'near', number | undefined, number | undefined]> = [
  ['en', 'two Russian geologists were kidnapped 40 miles from Niamey', 2440485, 'offset', 64.4, undefined],
  ['ar', 'اختطاف مواطنين روسيين على بعد 40 ميلاً فقط من نيامي', 2440485, 'offset', 64.4, undefined],
  ['en', 'clashes near Kati', 2455558, 'near', undefined, undefined],
  ['fr', 'une embuscade à 30 km au sud de Mopti', 2453348, 'offset', 30, 180],
  ['en', 'fighting south of Mopti', 2453348, 'direction', undefined, 180],
  ['ar', 'هجوم جنوب موبتي', 2453348, 'direction', undefined, 180],
  ['ar', 'اشتباكات قرب كاتي', 2455558, 'near', undefined, undefined],
  ['fr', 'des affrontements près de Kati', 2455558, 'near', undefined, undefined],
  ['fr', 'à une cinquantaine de kilomètres, à 50 km au nord-est de Gao', 2457163, 'offset', 50, 45],
  ['en', 'an ambush 25 km north of Djibo', 2361177, 'offset', 25, 0],
  ['ar', 'كمين على بعد 30 كيلومترا شمال تمبكتو', 2449067, 'offset', 30, 0],
  ['en', 'attacks on the outskirts of Ouagadougou', 2357048, 'near', undefined, undefined],
];

test('relative locations: anchor with precision 2, offset kept', () => {
  for (const [lang, text, id, relation, km, bearing] of RELATIVE) {
    const r = resolveRelative(text, { lang });
    assert.ok(r.ok, `${text}: ${JSON.stringify(r)}`);
    if (!r.ok) continue;
    assert.equal(r.geonameid, id, text);
    assert.equal(r.precision, 2, text);
    assert.equal(r.relation, relation, text);
    assert.equal(r.offset.distanceKm, km, text);
    assert.equal(r.offset.bearing, bearing, text);
  }
  assert.deepEqual(resolveRelative('Bamako', { lang: 'en' }), { ok: false, reason: 'no_relation' });
  assert.equal(resolveRelative('', { lang: 'en' }).ok, false);
});

test('precision: town 1, region 3 coded to its capital, country 3 coded to its capital', () => {
  const town = resolvePlace('Koulikoro', { lang: 'en', sentence: 'The governor visited Koulikoro.' });
  assert.ok(town.ok && town.precision === 1);
  const region = resolvePlace('منطقة كوليكورو', { lang: 'ar' });
  assert.ok(region.ok && region.precision === 3 && region.geonameid === 2454532 && region.codedTo?.name === 'Koulikoro', JSON.stringify(region));
  const country = resolvePlace('Mali', { lang: 'fr' });
  assert.ok(country.ok && country.precision === 3 && country.lat === 12.65 && country.iso === 466 && country.country === 'Mali');
  assert.deepEqual(resolvePlace('', { lang: 'fr' }), { ok: false, reason: 'empty' });
  assert.equal(resolvePlace('Xqzwv', { lang: 'fr' }).ok, false);
});
