// Mixed-language documents: an Arabic article quoting a French army communiqué keeps working
// sentence by sentence (each sentence read with its own language's tables).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestText } from '../../src/ingest/index.ts';
import { analyzeDocument } from '../../src/pipeline/index.ts';

// Written for this test; the facts are illustrative.
const TEXT = `الجيش النيجري يعلن صد هجوم في منطقة تيلابيري

قالت مصادر أمنية إن الوضع في منطقة تيلابيري لا يزال متوترًا منذ عدة أشهر، وإن السكان يخشون هجمات جديدة.

ونشرت وزارة الدفاع النيجرية بيانًا باللغة الفرنسية جاء فيه:

Le 14 mars 2024, une patrouille des Forces armées nigériennes a été attaquée près de Téra par des hommes armés, faisant six morts parmi les militaires, selon le ministère de la Défense.

وأضاف البيان أن تعزيزات أرسلت إلى المنطقة.`;

test('a French sentence inside an Arabic article yields its event', () => {
  const r = ingestText(TEXT, { uri: 'test:mixed', kind: 'paste' }, { published: '2024-03-16' });
  assert.ok(r.ok);
  assert.equal(r.document.language, 'ar');
  const out = analyzeDocument(r.document, r.warnings);
  const ev = out.events.find((e) => e.date_start === '2024-03-14');
  assert.ok(ev, `an event dated 2024-03-14; got ${out.events.map((e) => `${e.date_start} ${e.location}`).join(', ')}`);
  assert.equal(ev.country, 'Niger');
  assert.ok(ev.fatalities >= 6, `fatalities ${ev.fatalities}`);
  assert.ok(out.warnings.some((w) => w.code === 'mixed_language'));
  // Evidence offsets point into the clean text.
  for (const e of ev.evidence) assert.equal(r.document.text.slice(e.start, e.end), e.text);
  assert.ok(ev.evidence.some((e) => /attaquée|Téra/.test(e.text)));
});
