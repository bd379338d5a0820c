/**
 * @module extract/demonyms
 * The country a country adjective names, for the words right after a noun: "العاصمة المالية",
 * "المسؤولون الماليون", "la capitale malienne", "l'armée burkinabè". Read on normalised text.
 */
const DEMONYMS: Array<[RegExp, string]> = [
  [/^\s*(?:ال)?مالي(?:ون|ين|ه|ة)?(?![\p{L}])/u, 'ML'],
  [/^\s*(?:ال)?بوركيني/u, 'BF'],
  [/^\s*(?:ال)?نيجري/u, 'NE'],
  [/^\s*(?:ال)?بنيني/u, 'BJ'],
  [/^\s*(?:ال)?توغول/u, 'TG'],
  [/^\s*malien/u, 'ML'],
  [/^\s*burkinab/u, 'BF'],
  [/^\s*nigerien/u, 'NE'],
  [/^\s*beninois/u, 'BJ'],
  [/^\s*togolais/u, 'TG'],
];

/** ISO2 of the country adjective at the start of `after`, or null. */
export function countryAdj(after: string): string | null {
  for (const [re, iso2] of DEMONYMS) if (re.test(after)) return iso2;
  return null;
}
