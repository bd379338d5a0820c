// ACLED-note style input: one sentence per incident, admin names in parentheses used to
// disambiguate, never as separate places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestText } from '../../src/ingest/index.ts';
import { analyzeDocument } from '../../src/pipeline/index.ts';

const rows: Array<{ lang: 'en' | 'fr'; text: string; published: string; date: string; place: string; admin1: string; actor: RegExp; fatalities: number }> = [
  { lang: 'en', text: 'On 3 May 2019, suspected JNIM militants ambushed a FAMa convoy near Boni (Douentza, Mopti), killing 4 soldiers.', published: '2019-05-10', date: '2019-05-03', place: 'Boni', admin1: 'Mopti', actor: /JNIM/, fatalities: 4 },
  { lang: 'fr', text: 'Le 3 mai 2019, des militants présumés du JNIM ont tendu une embuscade à un convoi des FAMa près de Boni (Douentza, Mopti), tuant 4 soldats.', published: '2019-05-10', date: '2019-05-03', place: 'Boni', admin1: 'Mopti', actor: /JNIM/, fatalities: 4 },
  { lang: 'en', text: 'On 12 June 2022, unidentified gunmen attacked the town of Seytenga (Seno, Sahel), killing at least 86 civilians.', published: '2022-06-20', date: '2022-06-12', place: 'Sitenga', admin1: 'Sahel', actor: /Unidentified Armed Group \(Burkina Faso\)/, fatalities: 86 },
];

for (const row of rows) {
  test(`ACLED note (${row.lang}): ${row.text.slice(0, 50)}…`, () => {
    const r = ingestText(row.text, { uri: 'test:note', kind: 'paste' }, { published: row.published, lang: row.lang });
    assert.ok(r.ok);
    const out = analyzeDocument(r.document, r.warnings);
    assert.equal(out.events.length, 1, out.events.map((e) => e.location).join(', '));
    const e = out.events[0];
    assert.equal(e.date_start, row.date);
    assert.equal(e.location, row.place);
    assert.equal(e.admin1, row.admin1);
    assert.match(e.actor1, row.actor);
    assert.equal(e.fatalities, row.fatalities);
  });
}
