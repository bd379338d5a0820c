// Language identification: ar | fr | en, `und` for other languages, numbers, fragments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { identifyLanguage, guessLanguage } from '../../src/text/index.ts';

const ROWS: [text: string, expected: string, why: string][] = [
  // Arabic
  ['أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم على مدرسة الدرك في باماكو.', 'ar', 'plain Arabic'],
  ['التي تطلق على نفسها بشكل جماعي اسم تحالف دول الساحل (AES) وتضم مالي وبوركينا فاسو والنيجر.', 'ar', 'Latin acronym in Arabic'],
  ['قالت منظمة Human Rights Watch إن الجيش المالي وقوات Wagner قتلوا مدنيين في مورا.', 'ar', 'English names in Arabic'],
  ['هجوم على باماكو', 'ar', 'short Arabic headline'],
  ['این گزارش درباره حمله به پایتخت مالی است که توسط گروه‌های مسلح انجام شد.', 'und', 'Persian'],
  ['یہ رپورٹ مالی کے دارالحکومت پر حملے کے بارے میں ہے جو مسلح گروہوں نے کیا۔', 'und', 'Urdu'],
  ["قتل عشرة جنود في هجوم على ثكنة عسكرية شمال بوركينا فاسو.", 'ar', 'Arabic report sentence'],
  ["أكد الجيش النيجري مقتل 12 جنديا في كمين قرب الحدود مع مالي.", 'ar', 'Arabic with ASCII digits'],
  ["أعلن تنظيم الدولة الإسلامية ولاية الساحل (ISSP) مسؤوليته عن الهجوم.", 'ar', 'Arabic with acronym in parentheses'],
  ["قُتِلَ ٢٠ مَدَنِيًّا فِي القَرْيَةِ.", 'ar', 'fully vocalised Arabic, Arabic-Indic digits'],
  ["وقال المتحدث باسم الحكومة، العقيد عبد الله مايغا، إن \"الوضع تحت السيطرة\".", 'ar', 'Arabic with straight quotes'],
  ["الجيش المالي – FAMa – يستعيد السيطرة على كيدال", 'ar', 'Arabic headline with Latin acronym'],
  ["اختطف مسلحون مواطنين روسيين على بعد 40 ميلاً من نيامي.", 'ar', 'Arabic, tanween'],
  ["ذكرت وكالة رويترز (Reuters) وفرانس برس (AFP) أن الطائرات المسيرة قصفت المنطقة.", 'ar', 'Arabic with two Latin names'],
  ["هجوم مسلح", 'ar', 'two Arabic words, enough letters'],
  // French
  ["L'armée malienne a annoncé que l'attaque près de Bamako avait fait au moins dix morts mardi.", 'fr', 'plain French'],
  ['Attaque jihadiste à Bamako', 'fr', 'short French headline'],
  [
    'Le porte-parole du gouvernement a repris les mots du président américain, "we will not negotiate with terrorists", avant de quitter la salle sous les applaudissements des députés présents.',
    'fr',
    'French with an English quote',
  ],
  ['Des hommes armés ont attaqué le poste de Boni, dans le cercle de Douentza, selon des sources locales.', 'fr', 'French with local place names'],
  ['Les FAMa ont neutralisé plusieurs terroristes lors d’une opération à Tessit.', 'fr', 'curly apostrophe elision'],
  ["Les Forces armées maliennes ont repris le contrôle de Kidal, a annoncé la présidence de la transition.", 'fr', 'French report sentence'],
  ["Selon un communiqué de l'état-major, 47 terroristes ont été neutralisés dans la zone des trois frontières.", 'fr', 'French with numbers'],
  ["Le JNIM a revendiqué l'attaque dans un message diffusé sur ses canaux de propagande.", 'fr', 'French with acronym'],
  ["Au moins vingt civils tués près de Djibo", 'fr', 'short French headline without article'],
  ["Les villageois de Solhan ont fui vers Sebba après le massacre de la nuit du 4 au 5 juin.", 'fr', 'French with Burkinabè place names'],
  ["Le ministre a cité le rapport « Sahel Security Outlook » publié à Washington en mars.", 'fr', 'French citing an English title'],
  ["Il n'y a pas eu de victimes parmi les soldats, d'après une source sécuritaire.", 'fr', 'French elisions'],
  ["L’armée nigérienne affirme avoir détruit une base de l’EIGS près de Tillabéri.", 'fr', 'French with curly apostrophes'],
  ["Fada N'Gourma: deux gendarmes blessés", 'fr', 'short French headline with apostrophe in a name'],
  // English
  ['The army said that the attack near Bamako killed at least ten soldiers on Tuesday.', 'en', 'plain English'],
  [
    'Gunmen stormed the gendarmerie school in the Faladié district and the military airport, near the Place de la Nation, according to residents of Bamako.',
    'en',
    'English with French place names',
  ],
  ['Jihadists attack Mali capital', 'en', 'short English headline'],
  ["The junta's spokesman, Colonel Abdoulaye Maïga, read a communiqué on ORTM.", 'en', 'English with French loanwords'],
  ["Malian troops and Russian mercenaries retook the northern town of Kidal, the transitional presidency said.", 'en', 'English report sentence'],
  ["According to a statement from the army, 47 terrorists were neutralised in the tri-border area.", 'en', 'English with numbers'],
  ["JNIM claimed the attack in a message posted on its propaganda channels.", 'en', 'English with acronym'],
  ["At least twenty civilians killed near Djibo", 'en', 'short English headline'],
  ["Villagers from Solhan fled to Sebba after the massacre on the night of 4 to 5 June.", 'en', 'English with Burkinabè place names'],
  ["The minister quoted the report « Le Sahel en crise », published in Paris in March, before leaving.", 'en', 'English citing a French title'],
  ["There were no casualties among the soldiers, a security source told AFP.", 'en', 'English with AFP'],
  ["Niger's army says it destroyed an ISGS base near Tillabéri and Ouallam.", 'en', 'English with accented place names'],
  ["The Forces Armées Maliennes (FAMa) said the convoy was ambushed near Tessit.", 'en', 'English with a French institution name'],
  ["Two gendarmes wounded in Fada N'Gourma attack, officials say", 'en', 'short English headline with a French place name'],
  // Other languages and non-text
  ['El ejército maliense anunció que el ataque cerca de Bamako dejó al menos diez muertos el martes.', 'und', 'Spanish'],
  ['O exército do Mali anunciou que o ataque perto de Bamako deixou pelo menos dez mortos na terça-feira.', 'und', 'Portuguese'],
  ['Die malische Armee teilte mit, dass bei dem Angriff in der Nähe von Bamako mindestens zehn Soldaten getötet wurden.', 'und', 'German'],
  ["L'esercito maliano ha annunciato che l'attacco vicino a Bamako ha causato almeno dieci morti martedì.", 'und', 'Italian'],
  ['Het Malinese leger meldde dat bij de aanval in de buurt van Bamako minstens tien soldaten zijn gedood.', 'und', 'Dutch'],
  ['Малийская армия сообщила, что в результате нападения погибли по меньшей мере десять солдат.', 'und', 'Russian'],
  ['17.09.2024 12:30 — 40 / 120 000', 'und', 'numbers only'],
  ['Bamako', 'und', 'too short'],
  ['', 'und', 'empty'],
  ['🙂🙂🙂 !!! ???', 'und', 'symbols'],
];

test('identifyLanguage: table with tricky cases', () => {
  for (const l of ['ar', 'fr', 'en']) assert.ok(ROWS.filter((r) => r[1] === l).length >= 12, l);
  for (const [text, expected, why] of ROWS) {
    assert.equal(identifyLanguage(text), expected, `${why}: ${JSON.stringify(guessLanguage(text))}`);
  }
});

test('guessLanguage says why', () => {
  assert.equal(guessLanguage('Bamako').reason, 'too_short');
  assert.equal(guessLanguage('El ejército maliense anunció que el ataque dejó diez muertos.').reason, 'neighbour:es');
  assert.equal(guessLanguage('Малийская армия сообщила о нападении').reason, 'script_other');
});

test('the founding document is Arabic; its Latin acronym does not matter', () => {
  const doc = readFileSync(new URL('../../../shared/seed/bamako-attack.ar.txt', import.meta.url), 'utf8');
  assert.equal(identifyLanguage(doc), 'ar');
});

test('a long mixed document goes by its main language', () => {
  const fr = 'Les forces armées ont mené une opération dans la région de Mopti où plusieurs suspects ont été arrêtés. ';
  const en = 'He said "we will strike again". ';
  assert.equal(identifyLanguage(fr.repeat(20) + en.repeat(3)), 'fr');
  assert.equal(identifyLanguage(fr.repeat(2000)), 'fr'); // bigger than the sample
});
