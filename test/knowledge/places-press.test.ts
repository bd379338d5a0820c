// Place names as the Sahel press writes them: curated sites and spellings (supplement.json), the
// choice between homonyms, Arabic news words that must not read as hamlets, and the document's
// country read from country names, adjectives and regional capitals. Tables: input → expected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolvePlace } from '../../src/knowledge/gazetteer/resolve.ts';
import { gazetteerPlaces } from '../../src/extract/knowledge-places.ts';
import type { Lang } from '../../src/model/types.ts';

const kb = gazetteerPlaces();

test('resolvePlace: press names of sites and villages → the curated or GeoNames entry', () => {
  const cases: Array<[Lang, string, string, string | undefined, string, number?]> = [
    // lang, mention, sentence, docCountry, expected id, expected precision
    ['fr', 'Inates', "Le camp d'Inates, dans la région de Tillabéri, a été attaqué.", 'NE', 'sup:ne-inates-camp', 1],
    ['en', 'Inates', 'Militants overran the army camp at Inates.', undefined, 'sup:ne-inates-camp'],
    ['en', 'Indelimane', 'The army post at Indelimane was attacked.', 'ML', 'sup:ml-indelimane-post'],
    ['fr', 'Point Triple', "L'attaque de la position de Point Triple a fait 28 morts.", 'BJ', 'sup:bj-point-triple'],
    ['fr', 'Koudou', 'Une autre position, à Koudou, a été visée.', 'BJ', 'sup:bj-koudou-falls'],
    ['fr', 'Kpinkankandi', 'Le poste avancé de Kpinkankandi a été attaqué.', 'TG', 'sup:tg-kpinkankandi-post'],
    ['fr', 'parc W', 'Les combats ont eu lieu dans le parc W.', 'BJ', 'sup:bj-parc-w', 2],
    ['en', 'Pendjari National Park', 'Rangers were killed in Pendjari National Park.', 'BJ', 'gn:7871052', 2],
    ['en', 'Moura', 'Soldiers landed near the market of Moura.', 'ML', 'gn:2453345'],
    ['en', 'Tchoma Bangou', 'Gunmen attacked Tchoma Bangou.', 'NE', 'gn:2438574'],
    ['fr', 'Zaroumadareye', 'Le village de Zaroumadareye a aussi été attaqué.', 'NE', 'gn:2437815'],
    ['fr', 'Banibangou', 'Des hommes armés ont attaqué Banibangou.', 'NE', 'gn:2447132'],
    ['fr', 'Solhan', 'Le massacre de Solhan a fait 132 morts.', 'BF', 'gn:2356040'],
    // A name written exactly so beats a same-sounding name in the document's country.
    ['fr', 'Tillia', 'Attaques meurtrières dans le département de Tillia', 'ML', 'gn:2438675'],
    ['fr', 'Porga', 'Deux soldats ont été tués à Porga.', 'BF', 'gn:2392090'],
    // Arabic press spellings given to GeoNames towns.
    ['ar', 'غاو', 'اختطف في مدينة غاو شمالي مالي', 'ML', 'gn:2457163'],
    ['ar', 'إيناتس', 'هاجم مسلحون معسكر الجيش في إيناتس', 'NE', 'sup:ne-inates-camp'],
    ['ar', 'تيليا', 'قتل مسلحون 137 شخصا في تيليا', 'NE', 'gn:2438675'],
    // An Arabic name the place carries beats a same-sounding village nearer the places named before.
    ['ar', 'كونا', 'سيطر المسلحون على بلدة كونا قرب موبتي', 'ML', 'gn:2454857'],
    // "X near Y" with every X far from Y: the village is unlisted, Y is coded at precision 2.
    ['fr', 'Deykoukou', 'Ils ont attaqué le village de Deykoukou, près de Banibangou (région de Tillabéri).', 'NE', 'gn:2447132', 2],
    // … but an X that does lie within reach of Y stays itself.
    ['fr', 'Boni', 'Ils ont attaqué Boni, près de Douentza.', 'ML', 'gn:2459917', 1],
  ];
  const failures: string[] = [];
  for (const [lang, text, sentence, docCountry, want, precision] of cases) {
    const r = resolvePlace(text, { lang, sentence, at: sentence.indexOf(text), docCountry });
    if (!r.ok || r.id !== want || (precision !== undefined && r.precision !== precision)) {
      failures.push(`${text} → ${r.ok ? `${r.id} ${r.name} p${r.precision}` : r.reason} (want ${want})`);
    }
  }
  assert.deepEqual(failures, []);
});

test('Arabic news words are not places; places next to them still are', () => {
  const cases: Array<[string, string[]]> = [
    ['أكدت وسائل الإعلام أن الأضرار كبيرة', []],
    ['أجرى مقابلة مع قيادي في الجماعة في إطار تحقيق', []],
    ['ودعا المسؤول إلى الهدوء بعد وقوع الهجوم', []],
    ['أصابوا أربعة جنود كانوا يحرسون موقعًا دفاعًا عن القرية', []],
    ['أعلنت الحكومة الحداد حدادًا وطنيًا وقالت أخيرًا إن جنديًا ماليًا قتل', []],
    ['أصيب جنديان في هجوم على معسكر إيناتس', ['sup:ne-inates-camp']],
    ['اختطف الصحفي في غاو شمالي مالي', ['gn:2457163', 'country:ML']],
  ];
  for (const [sentence, want] of cases) {
    const got = kb.find(sentence, { lang: 'ar' }).filter((h) => h.place).map((h) => h.place!.id);
    assert.deepEqual(got, want, sentence);
  }
});

test('Latin words that are not places: headers, army acronyms, vehicle types, first names', () => {
  const cases: Array<[Lang, string, string[]]> = [
    ['fr', 'COMMUNIQUÉ DE PRESSE. Un détachement des Forces armées nigériennes (FAN) entre Boni et Torodi', ['Boni', 'Torodi']],
    ['fr', "un véhicule blindé de type Mamba a été endommagé à Kpinkankandi", ['Kpinkankandi']],
    ['fr', "l'aéroport international Modibo Keïta de Sénou", ['Sénou']],
    ['en', 'Men were executed in Moura, said spokesman Zakaria Abdourahamane.', ['Moura']],
  ];
  for (const [lang, sentence, want] of cases) {
    const got = kb.find(sentence, { lang, docCountry: lang === 'fr' && /Boni/.test(sentence) ? 'NE' : undefined }).filter((h) => h.place && !h.place.isCountry).map((h) => h.text);
    assert.deepEqual(got, want, sentence);
  }
});

test('countryHint: country names, country adjectives and regional capitals', () => {
  const cases: Array<[string, string | null]> = [
    ["L'aviation malienne a frappé les assaillants près de Boni.", 'ML'],
    ['Les soldats nigériens ont repoussé l’attaque.', 'NE'],
    ['Le camp a été attaqué ; les blessés ont été évacués sur Mopti puis Gao.', 'ML'],
    ['Beninese soldiers were killed near the border.', 'BJ'],
    ['قتل ثلاثة من الجنود الماليين قرب الحدود', 'ML'],
    // Arabic مالي alone as an adjective means 'financial'.
    ['قدمت الحكومة الدعم المالي للمزارعين', null],
    ['Une attaque a eu lieu hier.', null],
    // One mention of "Burkina Faso" is one vote, not three (Burkina, Faso); "Sahel" is not Burkina's region.
    ['Léré, in Mali, was attacked; Burkina Faso and the Sahel juntas reacted. Mali blamed the rebels.', 'ML'],
  ];
  for (const [text, want] of cases) assert.equal(kb.countryHint(text), want, text);
});
