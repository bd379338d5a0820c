// Who claims what (tables: report → a claimant/kind the analysis must give): speakers named by role
// carry their title, a statement's heading gives the report its voice, "claimed by X" names X.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestText } from '../../src/ingest/index.ts';
import { analyzeDocument } from '../../src/pipeline/index.ts';

const rows: Array<{ lang: 'ar' | 'fr' | 'en'; text: string; claimant: RegExp; kind: string; why: string }> = [
  { lang: 'en', why: 'governor', text: 'On 3 May 2021, gunmen attacked the village of Boni in Mali, killing 12 civilians, according to the regional governor.', claimant: /^Government of Mali \(governor\)$/, kind: 'fatalities' },
  { lang: 'en', why: 'local official', text: 'On 3 May 2021, gunmen attacked the village of Boni in Mali. A local official said 12 civilians were killed.', claimant: /^local sources \(local official\)$/, kind: 'fatalities' },
  { lang: 'fr', why: 'mayor', text: 'Le 3 mai 2021, des hommes armés ont attaqué le village de Boni, au Mali. Selon le maire, 12 civils ont été tués.', claimant: /^Government of Mali \(mayor\)$/, kind: 'fatalities' },
  { lang: 'ar', why: 'local official', text: 'في 3 مايو 2021، هاجم مسلحون قرية بوني في مالي. وقال مسؤول محلي إن 12 مدنيا قتلوا.', claimant: /^local sources \(local official\)$/, kind: 'fatalities' },
  { lang: 'fr', why: 'claimed by', text: "Le 3 mai 2021, des hommes armés ont attaqué un poste de l'armée à Boni, au Mali. L'attaque a été revendiquée par le JNIM.", claimant: /JNIM/, kind: 'responsibility' },
  { lang: 'fr', why: 'opening statement', text: "Le ministère de la Défense informe l'opinion que le 3 mai 2021, un poste de l'armée a été attaqué à Boni, au Mali.\n\nLe bilan est de 12 soldats tués et 5 blessés.", claimant: /^Government of Mali \(defence ministry\)$/, kind: 'fatalities' },
  { lang: 'en', why: 'relayed responsibility', text: 'On 3 May 2021, gunmen attacked an army post at Boni, Mali. Local sources said JNIM had claimed the attack.', claimant: /JNIM/, kind: 'responsibility' },
];

for (const row of rows) {
  test(`claims (${row.lang}, ${row.why})`, () => {
    const r = ingestText(row.text, { uri: 'test:claims', kind: 'paste' }, { published: '2021-05-04', lang: row.lang });
    assert.ok(r.ok);
    const out = analyzeDocument(r.document, r.warnings);
    const claims = out.events.flatMap((e) => e.claims);
    assert.ok(claims.some((c) => c.kind === row.kind && row.claimant.test(c.claimant)), claims.map((c) => `${c.claimant}/${c.kind}`).join(', '));
  });
}
