// Assessments (tables: judgement → subject and objects): generic subjects keep their kind (rebels,
// militants, armed groups), a judgement about a place is one about its region and country too,
// and each named group of the sentence is a subject.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestText } from '../../src/ingest/index.ts';
import { analyzeDocument } from '../../src/pipeline/index.ts';

const rows: Array<{ lang: 'ar' | 'fr' | 'en'; text: string; subject: string; object: string; why: string }> = [
  { lang: 'fr', why: 'rebels control localities', text: 'Les rebelles contrôlent toujours plusieurs localités autour de Tessalit.', subject: 'rebels', object: 'Mali' },
  { lang: 'en', why: 'generic subject, country of the place', text: 'Jihadists are active around Djibo.', subject: 'jihadists', object: 'Burkina Faso' },
  { lang: 'ar', why: 'armed groups', text: 'تنشط الجماعات المسلحة في منطقة تيلابيري.', subject: 'armed groups', object: 'Niger' },
  { lang: 'en', why: 'each named group', text: 'Militants linked to JNIM and the Islamic State are active across the Menaka region.', subject: 'militants', object: 'Mali' },
  { lang: 'en', why: 'outside government control', text: 'Analysts say that more than 40 percent of Burkina Faso lies outside government control.', subject: 'armed groups', object: 'Burkina Faso' },
  { lang: 'fr', why: 'hors du contrôle', text: "Près de la moitié du territoire du Burkina Faso est hors du contrôle de l'État.", subject: 'armed groups', object: 'Burkina Faso' },
];

for (const row of rows) {
  test(`assessments (${row.lang}, ${row.why})`, () => {
    const r = ingestText(row.text, { uri: 'test:assessments', kind: 'paste' }, { published: '2024-05-04', lang: row.lang });
    assert.ok(r.ok);
    const out = analyzeDocument(r.document, r.warnings);
    const got = out.assessments.map((a) => `${a.subject} → ${a.object.join(', ')}`);
    assert.ok(out.assessments.some((a) => a.subject === row.subject && a.object.includes(row.object)), got.join(' | ') || 'no assessments');
  });
}
