// Site chrome at the head and tail of plain-text pages: the founding document, made-up pages in
// ar/fr/en with other wording (to show the rules are general), and the rule data itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { stripChrome, classifyLine, CHROME_RULES, KIND_EFFECT, matchChromeRule } from '../../src/ingest/chrome/index.ts';
import { AR_CHROME } from '../../src/ingest/chrome/ar.ts';
import { FR_CHROME } from '../../src/ingest/chrome/fr.ts';
import { EN_CHROME } from '../../src/ingest/chrome/en.ts';
import { matchKey } from '../../src/text/keys.ts';
import { ingestFile, ingestText } from '../../src/ingest/index.ts';

const SEED = new URL('../../../shared/seed/bamako-attack.ar.txt', import.meta.url);
const seedText = readFileSync(SEED, 'utf8');

test('chrome: the founding document starts at the headline and loses its chrome', () => {
  const r = ingestFile(SEED.pathname, { published: '2024-09-18' });
  assert.ok(r.ok);
  const t = r.document.text;
  const firstLine = t.split('\n')[0];
  // The headline is the first short line of several words followed by the body.
  assert.equal(r.document.title, firstLine);
  assert.ok(firstLine.split(' ').length >= 3);
  assert.ok(t.split('\n')[2].startsWith('أعلنت جماعة نصرة الإسلام والمسلمين'), 'first paragraph follows the headline');
  assert.ok(!t.includes('مقالات ذات صلة'));
  assert.ok(!t.includes('زر الذهاب إلى الأعلى'));
  assert.ok(!t.includes('تحليلات'), 'glued breadcrumb line removed');
  assert.ok(!/^تحليل$/m.test(t), 'lone section label removed');
  assert.ok(t.endsWith('بسقوط أنظمتها في النهاية.'));
  // The mid-text subheading stays: only the edges are touched.
  assert.ok(t.includes('الوضع الأمني في مالي ومنطقة الساحل الأوسع مزرٍ'));
  // Removed spans point into the text before chrome removal.
  assert.deepEqual(r.removed?.map((s) => s.reason), ['head.label', 'head.label', 'ar.related']);
  assert.equal(r.document.id, r.document.clean_sha256.slice(0, 16));
});

// Made-up pages: each with chrome worded differently from the founding document.
const FR_BODY = [
  "Une embuscade tendue dimanche contre un convoi de ravitaillement a fait au moins quinze morts parmi les soldats et les supplétifs civils, selon des sources sécuritaires.",
  "L'attaque, survenue à une trentaine de kilomètres de la ville, n'a pas été revendiquée. Le mode opératoire rappelle toutefois celui des groupes armés actifs dans la région.",
  'Les autorités ont annoncé l’envoi de renforts et promis une « riposte vigoureuse ».',
];
const EN_BODY = [
  'The military government announced on Monday that the transition to civilian rule would be extended by five more years, following a national dialogue boycotted by the main parties.',
  'Opposition figures called the decision a confiscation of power. Regional mediators have not yet commented on the new timetable.',
  'The junta seized power in 2020 and again in 2021, promising elections that have since been postponed several times.',
];
const AR_BODY = [
  'قُتل عدد من الجنود في هجوم شنه مسلحون فجر السبت على ثكنة عسكرية في شمال البلاد، بحسب مصادر أمنية محلية تحدثت شرط عدم الكشف عن هويتها.',
  'وقالت المصادر إن المهاجمين وصلوا على متن دراجات نارية واشتبكوا مع الحامية لساعات قبل أن ينسحبوا باتجاه الحدود.',
  'ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى مساء السبت.',
];

interface PageCase {
  name: string;
  lines: string[];
  title: string | null;
  /** The clean text, as lines joined by blank lines. */
  want: string[];
}

const PAGES: PageCase[] = [
  {
    name: 'fr: breadcrumb, rubric, byline, share bar, tags, "À lire également", copyright',
    lines: [
      'Accueil > Afrique > Sahel', 'International', 'Burkina Faso : une embuscade fait quinze morts près de Djibo', 'Par Aïcha Ouédraogo',
      'Publié le 12 mars 2024 à 18h05', 'Lecture 3 min', 'Partager', 'Facebook Twitter WhatsApp', ...FR_BODY,
      'Mots-clés : Burkina Faso, Djibo, VDP, JNIM', 'À lire également', 'Niger : la junte suspend deux médias', 'Mali : reprise des vols vers Kidal',
      'Haut de page', '© 2024 Le Courrier du Sahel. Tous droits réservés.',
    ],
    title: 'Burkina Faso : une embuscade fait quinze morts près de Djibo',
    want: ['Burkina Faso : une embuscade fait quinze morts près de Djibo', 'Par Aïcha Ouédraogo', 'Publié le 12 mars 2024 à 18h05', ...FR_BODY],
  },
  {
    name: 'fr: glued menu, slogan above the headline, comments and newsletter at the tail',
    lines: [
      'AccueilPolitiqueSécurité', 'Le quotidien de l’Afrique de l’Ouest', 'Mali : trois villages attaqués dans le cercle de Bankass', ...FR_BODY,
      'Abonnez-vous à notre newsletter', 'Commentaires', '3 commentaires', 'Très triste pour les familles', 'Retour en haut de page',
    ],
    title: 'Mali : trois villages attaqués dans le cercle de Bankass',
    want: ['Mali : trois villages attaqués dans le cercle de Bankass', ...FR_BODY],
  },
  {
    name: 'en: skip link, section path, byline, read time, topics, ad, "More on this story", cookies',
    lines: [
      'Skip to main content', 'World | Africa', 'Sahel', "Mali's junta extends transition by five more years", 'By Sam Carter, West Africa correspondent',
      '14 May 2024', '4 min read', 'Share this article', ...EN_BODY, 'Topics: Mali, Sahel, Coups', 'Advertisement', 'More on this story',
      'Burkina Faso suspends broadcaster over massacre report', 'Niger expels French ambassador', 'Back to top',
      'We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.',
    ],
    title: "Mali's junta extends transition by five more years",
    want: ["Mali's junta extends transition by five more years", 'By Sam Carter, West Africa correspondent', '14 May 2024', ...EN_BODY],
  },
  {
    name: 'en: no headline at all, share icons and copyright at the tail',
    lines: ['Menu', 'Search', ...EN_BODY, 'Facebook X LinkedIn Email', 'Copyright 2024 Example Media Ltd. All rights reserved.'],
    title: null,
    want: EN_BODY,
  },
  {
    name: 'ar: breadcrumb with », label, byline, date, share, tags, "اقرأ أيضاً", "العودة للأعلى", copyright',
    lines: [
      'الرئيسية » أخبار » أفريقيا', 'تقارير', 'مقتل جنود في هجوم على ثكنة شمال بوركينا فاسو', 'بقلم: فريق التحرير', 'نشر في 3 فبراير 2024',
      'شارك هذا المقال', 'فيسبوك تويتر واتساب', ...AR_BODY, 'الوسوم: بوركينا فاسو، الساحل، الأمن', 'اقرأ أيضاً', 'النيجر: الجيش يعلن مقتل مسلحين',
      'مالي: هجوم على قافلة قرب غاو', 'العودة للأعلى', 'جميع الحقوق محفوظة © 2024',
    ],
    title: 'مقتل جنود في هجوم على ثكنة شمال بوركينا فاسو',
    want: ['مقتل جنود في هجوم على ثكنة شمال بوركينا فاسو', 'بقلم: فريق التحرير', 'نشر في 3 فبراير 2024', ...AR_BODY],
  },
  {
    name: 'ar: the founding article under another site\'s chrome',
    lines: ['الصفحة الرئيسية / تحليلات', 'رأي', ...seedText.split('\n').slice(2, 5), ...seedText.split('\n').slice(6, 40).filter((l) => l && !/صلة|الأعلى/.test(l)), 'أخبار متعلقة', 'بوركينا فاسو: هجوم على دورية', 'تابعونا على تيليجرام', 'للأعلى'],
    title: 'القاعدة تهاجم العاصمة المالية',
    want: ['القاعدة تهاجم العاصمة المالية', ...seedText.split('\n').slice(6, 40).filter((l) => l && !/صلة|الأعلى/.test(l))],
  },
  {
    name: 'agency credit at the tail is kept, the share bar after it is not',
    lines: ['Niger : la junte ferme la frontière avec le Bénin', ...FR_BODY, '(AFP)', 'Partager :', 'Imprimer'],
    title: 'Niger : la junte ferme la frontière avec le Bénin',
    want: ['Niger : la junte ferme la frontière avec le Bénin', ...FR_BODY, '(AFP)'],
  },
  {
    name: 'no chrome: untouched',
    lines: EN_BODY,
    title: null,
    want: EN_BODY,
  },
  {
    name: 'only short lines (no paragraph): untouched',
    lines: ['Attaque à Mopti', 'Bilan inconnu', 'Partager'],
    title: null,
    want: ['Attaque à Mopti', 'Bilan inconnu', 'Partager'],
  },
  {
    name: 'a "Lire aussi" line mid-article does not cut the rest',
    lines: ['Sahel : la saison des pluies complique les opérations', FR_BODY[0], 'Lire aussi : Au Niger, la route de Tillabéri fermée', FR_BODY[1], FR_BODY[2], FR_BODY[0]],
    title: 'Sahel : la saison des pluies complique les opérations',
    want: ['Sahel : la saison des pluies complique les opérations', FR_BODY[0], 'Lire aussi : Au Niger, la route de Tillabéri fermée', FR_BODY[1], FR_BODY[2], FR_BODY[0]],
  },
];

test('chrome: made-up pages in ar/fr/en with other wording', () => {
  for (const p of PAGES) {
    for (const sep of ['\n', '\n\n']) {
      const input = p.lines.join(sep);
      const r = stripChrome(input);
      assert.deepEqual(r.text.split(/\n+/), p.want, `${p.name} (lines joined by ${JSON.stringify(sep)})`);
      assert.equal(r.headline, p.title, p.name);
      for (const s of r.removed) assert.equal(input.slice(s.start, s.end).trim(), s.text, `${p.name}: span offsets`);
    }
    const input = p.lines.join('\n');
    // Through the whole stage: title from the headline when there is no metadata.
    const doc = ingestText(input, { uri: `mem:${p.name}`, kind: 'paste' });
    assert.ok(doc.ok, p.name);
    assert.equal(doc.document.title, p.title, p.name);
  }
});

test('chrome: keepChrome leaves the text as it is', () => {
  const r = ingestText(PAGES[0].lines.join('\n'), { uri: 'mem:keep', kind: 'paste' }, { keepChrome: true });
  assert.ok(r.ok && r.document.text.startsWith('Accueil > Afrique > Sahel') && r.removed?.length === 0);
});

test('chrome: line classes', () => {
  const rows: [string, string][] = [
    ['Analyse', 'label'],
    ['Analysis', 'label'],
    ['تحليل', 'label'],
    ['Home › World › Africa', 'breadcrumb'],
    ['Monde | Afrique', 'breadcrumb'],
    ['« Nous tiendrons » : le message du chef de la junte', 'candidate'],
    ['NewsAfricaSahel', 'glued'],
    ['الرئيسيةأخبار الساحل', 'glued'],
    ['Mali : trois villages attaqués', 'candidate'],
    ['Les soldats ont riposté.', 'body'],
    ['Pourquoi la junte a-t-elle choisi de rompre avec la Cédéao ?', 'body'],
    ['Is Bamako next?', 'candidate'],
    ['Read more', 'rule:en.related'],
    ['Articles similaires', 'rule:fr.related'],
    ['مواضيع ذات صلة', 'rule:ar.related'],
    ['Scroll to top', 'rule:en.top'],
    ['Retour en haut', 'rule:fr.top'],
    ['الرجوع للأعلى', 'rule:ar.top'],
    ['Partager sur Facebook', 'rule:fr.share'],
    ['WhatsApp Telegram E-mail', 'rule:fr.share.networks'],
    ['واتس اب فيس بوك', 'rule:ar.share.networks'],
    ['12 comments', 'rule:en.comments.count'],
    ['Par ailleurs, trois soldats ont été tués.', 'body'],
    ['Mercredi 18 septembre 2024 à 10h30', 'rule:fr.dateline.date'],
    ['September 18, 2024', 'rule:en.dateline.date'],
    ['الأربعاء 18 سبتمبر 2024', 'rule:ar.dateline.date'],
    ['Mali : 20 soldats tués le 18 septembre 2024 près de Ségou', 'candidate'],
  ];
  for (const [line, want] of rows) {
    const c = classifyLine(line);
    assert.equal(c.type === 'rule' ? `rule:${c.rule.id}` : c.type, want, line);
  }
});

test('chrome rules: ids unique and prefixed by language; every rule matches something', () => {
  const ids = CHROME_RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate rule id');
  for (const [lang, rules] of [['ar', AR_CHROME], ['fr', FR_CHROME], ['en', EN_CHROME]] as const) {
    for (const r of rules) {
      assert.ok(r.id.startsWith(`${lang}.${r.kind}`), r.id);
      assert.ok(r.phrases?.length || r.vocabulary?.length || r.pattern, `${r.id}: empty rule`);
      for (const p of r.phrases ?? []) {
        assert.ok(matchKey(p), `${r.id}: phrase folds to nothing: ${p}`);
        const hit = matchChromeRule(p);
        assert.ok(hit && KIND_EFFECT[hit.kind] === KIND_EFFECT[r.kind], `${r.id}: "${p}" is taken by ${hit?.id}`);
      }
    }
  }
});

test('chrome rules: parity — every language covers the same kinds', () => {
  const kinds = (rules: typeof CHROME_RULES) => [...new Set(rules.map((r) => r.kind))].sort();
  const ref = kinds(EN_CHROME);
  assert.deepEqual(ref, Object.keys(KIND_EFFECT).sort(), 'en covers every kind');
  assert.deepEqual(kinds(FR_CHROME), ref, 'fr');
  assert.deepEqual(kinds(AR_CHROME), ref, 'ar');
});

test('chrome rules: never the founding document\'s site-specific lines', () => {
  // Its breadcrumb line is specific to one site; it must go by the general rules, not by data.
  for (const line of ['الدراسات والبحوثتحليلات', 'القاعدة تهاجم العاصمة المالية']) assert.equal(matchChromeRule(line), null, line);
});
