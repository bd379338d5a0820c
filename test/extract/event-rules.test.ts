// Event building rules (03-frames, 04-actors, 06-events, dates): one table per rule, a sample per
// language where the rule depends on words. Texts are made up for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestText } from '../../src/ingest/index.ts';
import { analyzeDocument } from '../../src/pipeline/index.ts';
import { findDates } from '../../src/extract/dates.ts';
import { packFor } from '../../src/lang/index.ts';
import { normalise } from '../../src/text/index.ts';
import type { EventRecord } from '../../src/model/types.ts';

type L = 'ar' | 'fr' | 'en';
function analyse(text: string, lang: L, published: string): EventRecord[] {
  const r = ingestText(text, { uri: 'test:rules', kind: 'paste' }, { published, lang });
  assert.ok(r.ok);
  return analyzeDocument(r.document, r.warnings).events;
}
const actorsOf = (e: EventRecord) => [e.actor1, e.assoc_actor_1, e.actor2, e.assoc_actor_2].join('; ');

// "The same day" / "ce jour-là" / "في اليوم نفسه" take the day of the last dated expression before them.
const sameDay: Array<{ lang: L; text: string; expect: string | null }> = [
  { lang: 'en', text: 'Gunmen attacked Inata on 14 November 2021. The same morning, another post was attacked.', expect: '2021-11-14' },
  { lang: 'fr', text: 'Des hommes armés ont attaqué Inata le 14 novembre 2021. Ce jour-là, un autre poste a été attaqué.', expect: '2021-11-14' },
  { lang: 'ar', text: 'هاجم مسلحون قرية إيناتا في 14 نوفمبر 2021. وفي اليوم نفسه تعرض موقع آخر لهجوم.', expect: '2021-11-14' },
  // nothing dated before it: left unresolved rather than guessed
  { lang: 'en', text: 'The same day, another post was attacked.', expect: null },
];
for (const row of sameDay) {
  test(`same-day anaphora (${row.lang}): ${row.text.slice(0, 40)}…`, () => {
    const fold = (s: string) => normalise(s, row.lang).text;
    const ds = findDates(fold(row.text), packFor(row.lang), fold, '2021-11-20');
    const same = ds.find((d) => d.rule === `${row.lang}.date.same_day`);
    assert.ok(same, JSON.stringify(ds.map((d) => d.text)));
    assert.equal(same.from, row.expect);
  });
}

// Who attacked: state forces and civilians hit with no armed group named → an unidentified armed
// group attacked them; state forces telling the violence as its doers stay the perpetrator.
const sidesRows: Array<{ lang: L; text: string; actor1: RegExp; also?: RegExp }> = [
  { lang: 'en', text: 'On 14 November 2021, an attack on the gendarmerie detachment at Inata killed 28 gendarmes and four civilians.', actor1: /^Unidentified Armed Group \(Burkina Faso\)/, also: /Civilians/ },
  { lang: 'fr', text: "Le 14 novembre 2021, une attaque contre le détachement de gendarmerie d'Inata a tué 28 gendarmes et quatre civils.", actor1: /^Unidentified Armed Group \(Burkina Faso\)/, also: /Civilians/ },
  { lang: 'ar', text: 'في 14 نوفمبر 2021، أسفر هجوم على مفرزة الدرك في جيبو عن مقتل 28 دركيا وأربعة مدنيين.', actor1: /^Unidentified Armed Group \(Burkina Faso\)/, also: /Civilians/ },
  { lang: 'en', text: 'On 20 April 2023, soldiers surrounded the village of Karma and executed dozens of residents.', actor1: /^Military Forces of Burkina Faso/ },
  { lang: 'fr', text: "Le 20 avril 2023, au moins soixante habitants de Karma ont été tués par des hommes portant l'uniforme de l'armée.", actor1: /^Military Forces of Burkina Faso/ },
];
for (const row of sidesRows) {
  test(`attacker of state forces and civilians (${row.lang}): ${row.text.slice(0, 50)}…`, () => {
    const evs = analyse(row.text, row.lang, '2023-04-25');
    assert.equal(evs.length, 1, evs.map((e) => e.location).join(', '));
    assert.match(evs[0].actor1, row.actor1, actorsOf(evs[0]));
    if (row.also) assert.match(actorsOf(evs[0]), row.also);
  });
}

// A clause with only a toll ("killing six soldiers") and no place or date of its own tells the
// event of the clause before it; a vaguer period without a place ("this week") does not join an
// event known to the day.
const grouping: Array<{ lang: L; text: string; events: number; notIn?: RegExp }> = [
  { lang: 'en', text: 'On 15 April 2023, gunmen attacked army units near Aorema, 15 km from Ouahigouya, and according to the army six soldiers were killed.', events: 1 },
  { lang: 'ar', text: 'في 15 أبريل 2023 هاجم مسلحون وحدات من الجيش قرب أوريما على بعد 15 كيلومترا من واهيغويا، وأسفر بحسب الجيش عن مقتل ستة جنود.', events: 1 },
  { lang: 'en', text: 'On Friday 21 March 2025, gunmen attacked the mosque of Fambita during prayers, killing 44 worshippers. This week the army said it killed 45 militants in an operation near a gold mine.', events: 1, notIn: /Military Forces/ },
  { lang: 'fr', text: "Le vendredi 21 mars 2025, des hommes armés ont attaqué la mosquée de Fambita pendant la prière, tuant 44 fidèles. Cette semaine, l'armée a annoncé avoir tué 45 terroristes lors d'une opération près d'un site aurifère.", events: 1, notIn: /Military Forces/ },
];
for (const row of grouping) {
  test(`grouping (${row.lang}): ${row.text.slice(0, 50)}…`, () => {
    const evs = analyse(row.text, row.lang, '2025-03-22');
    assert.equal(evs.length, row.events, evs.map((e) => `${e.location} ${e.date_start}`).join(', '));
    if (row.notIn) assert.doesNotMatch(actorsOf(evs[0]), row.notIn);
  });
}

// Undated incidents take the news date: the first day the report tells an incident on, even when
// that sentence names no place; and precise places spelling out a clause that names only an area
// ("…in the Mopti region, at Boni and at Hombori") locate its events.
const located: Array<{ lang: L; text: string; published: string; expect: Array<[RegExp, string]> }> = [
  {
    lang: 'en',
    text: 'Forty-nine civilians and 15 soldiers were killed on Thursday in two attacks in northern Mali, the government said. The second attack targeted the army camp at Bamba, in the Gao region. River boats have been targeted before: on September 1 a boat came under rocket fire near Mopti.',
    published: '2023-09-08',
    expect: [[/^Bamba$/, '2023-09-07']],
  },
  {
    lang: 'fr',
    text: "Quarante-neuf civils et quinze militaires ont été tués jeudi dans deux attaques dans le nord du Mali, selon le gouvernement. La seconde attaque a visé le camp de l'armée à Bamba, dans la région de Gao. Des bateaux avaient déjà été visés : le 1er septembre, un bateau a essuyé des tirs de roquettes près de Mopti.",
    published: '2023-09-08',
    expect: [[/^Bamba$/, '2023-09-07']],
  },
  { lang: 'en', text: 'Militants attacked two army posts in the Mopti region on 3 May 2019, at Boni and at Hombori.', published: '2019-05-05', expect: [[/^Boni$/, '2019-05-03'], [/^Hombori$/, '2019-05-03']] },
  { lang: 'fr', text: "Des jihadistes ont attaqué deux postes de l'armée dans la région de Mopti le 3 mai 2019, à Boni et à Hombori.", published: '2019-05-05', expect: [[/^Boni$/, '2019-05-03'], [/^Hombori$/, '2019-05-03']] },
];
for (const row of located) {
  test(`news date and spelled-out places (${row.lang}): ${row.text.slice(0, 50)}…`, () => {
    const evs = analyse(row.text, row.lang, row.published);
    for (const [place, date] of row.expect) {
      const e = evs.find((x) => place.test(x.location));
      assert.ok(e, `${place} not among ${evs.map((x) => x.location).join(', ')}`);
      assert.equal(e.date_start, date);
    }
  });
}

// A year a few words after "since" measures from it; a "when" clause tells the incident dated in
// the clause before it.
const dated: Array<{ lang: L; text: string; published: string; place: RegExp; date: string | null }> = [
  { lang: 'fr', text: "L'attaque la plus meurtrière remonte au 20 janvier 2019, lorsque dix Casques bleus avaient péri lors de l'assaut de leur camp d'Aguelhok.", published: '2021-12-09', place: /^Aguelhok$/, date: '2019-01-20' },
  { lang: 'en', text: 'The deadliest attack dates back to 20 January 2019, when ten peacekeepers died in the assault on their camp at Aguelhok.', published: '2021-12-09', place: /^Aguelhok$/, date: '2019-01-20' },
];
for (const row of dated) {
  test(`clause dates (${row.lang}): ${row.text.slice(0, 50)}…`, () => {
    const evs = analyse(row.text, row.lang, row.published);
    const e = evs.find((x) => row.place.test(x.location));
    assert.ok(e, evs.map((x) => x.location).join(', '));
    assert.equal(e.date_start, row.date);
  });
}
test('a year after "since" does not date the event', () => {
  const evs = analyse('Fighting around Tinzaouaten has caused the heaviest losses since Wagner forces deployed there at the end of 2021.', 'en', '2024-07-30');
  assert.ok(evs.every((e) => e.date_start !== '2021-09-01'), evs.map((e) => e.date_start).join(', '));
});

// Fighters are not fighting: "combattants" is no clash word (fr.trg.clash).
test('fr: "combattants" alone makes no event', () => {
  const evs = analyse('Le 3 mai 2019, des combattants du JNIM ont été vus près de Boni.', 'fr', '2019-05-05');
  assert.equal(evs.length, 0, evs.map((e) => `${e.sub_event_type} ${e.location}`).join(', '));
});

// Datelines ("CITY, date (agency) –") date and place the report, not an event: the city named in
// one is not where the incident happened. Arabic writes the comma as '،'.
const datelineRows: Array<{ lang: L; text: string; expect: string[] }> = [
  { lang: 'ar', text: 'نيامي، 22 مارس 2025 (وكالات) – أعلنت السلطات أن مسلحين قتلوا أمس عشرة مدنيين في مسجد بلدة فامبيتا قرب تيلابيري غربي البلاد.', expect: ['2025-03-21 Fambita'] },
  { lang: 'fr', text: "NIAMEY, 22 mars 2025 (AFP) – Des hommes armés ont tué hier dix civils dans une mosquée de Fambita, près de Tillabéri, dans l'ouest du pays.", expect: ['2025-03-21 Fambita'] },
  { lang: 'en', text: 'NIAMEY, March 22, 2025 (Reuters) - Gunmen killed ten civilians in a mosque in Fambita, near Tillaberi, in western Niger yesterday.', expect: ['2025-03-21 Fambita'] },
];
for (const row of datelineRows) {
  test(`dateline city is not an event place (${row.lang})`, () => {
    const evs = analyse(row.text, row.lang, '2025-03-22');
    assert.deepEqual(evs.map((e) => `${e.event_date} ${e.location}`), row.expect);
  });
}
