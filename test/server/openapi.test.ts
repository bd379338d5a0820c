// The OpenAPI document at /openapi.json: valid OpenAPI 3.1 (checked with a maintained validator),
// every API route documented with its responses and error shape, every reference resolvable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Validator } from '@seriousme/openapi-schema-validator';
import { makeApp, type TestApp } from './helpers.ts';

let t: TestApp;
let spec: Record<string, any>;
before(async () => {
  t = await makeApp();
  const r = await t.app.inject({ method: 'GET', url: '/openapi.json' });
  assert.equal(r.statusCode, 200);
  spec = r.json();
});
after(async () => t.cleanup());

test('openapi.json is a valid OpenAPI 3.1 document', async () => {
  const v = new Validator();
  const res = await v.validate(structuredClone(spec));
  assert.equal(res.valid, true, JSON.stringify(res.errors, null, 1)?.slice(0, 2000));
  assert.match(v.version, /^3\.1/);
  // All $refs resolve (resolveRefs throws on a dangling one).
  const resolved = v.resolveRefs() as Record<string, any>;
  assert.ok(resolved.paths['/api/incidents'].get.responses['200']);
});

test('the validator does reject a broken document (this test can fail)', async () => {
  const broken = structuredClone(spec);
  delete broken.info;
  broken.paths['/api/health'].get.responses = 'none';
  const res = await new Validator().validate(broken);
  assert.equal(res.valid, false);
});

test('every API route is documented, with error responses in the one error shape', () => {
  const routes: Array<[string, string, string[]]> = [
    ['/api/health', 'get', ['200']],
    ['/api/meta', 'get', ['200']],
    ['/api/analyze', 'post', ['200', '400', '413', '415', '422']],
    ['/api/incidents', 'get', ['200', '400']],
    ['/api/incidents/{id}', 'get', ['200', '404']],
    ['/api/documents/{id}', 'get', ['200', '404']],
    ['/api/search', 'get', ['200', '400']],
    ['/api/export', 'get', ['200', '400']],
  ];
  for (const [path, method, codes] of routes) {
    const op = spec.paths[path]?.[method];
    assert.ok(op, `${method} ${path} documented`);
    assert.ok(op.summary, `${path} has a summary`);
    for (const c of codes) assert.ok(op.responses[c], `${path} documents ${c}`);
    for (const [c, r] of Object.entries<any>(op.responses)) {
      if (Number(c) >= 400) assert.match(JSON.stringify(r), /ApiError/, `${path} ${c} uses ApiError`);
    }
  }
  assert.ok(!spec.paths['/openapi.json'], 'the document itself is hidden');
  const body = spec.paths['/api/analyze'].post.requestBody.content;
  for (const ct of ['application/json', 'text/plain', 'text/html', 'multipart/form-data']) assert.ok(body[ct], `analyze accepts ${ct}`);
  assert.equal(body['multipart/form-data'].schema.properties.file.format, 'binary');
  const params = spec.paths['/api/incidents'].get.parameters.map((p: { name: string }) => p.name).sort();
  assert.deepEqual(params, ['actor', 'admin1', 'bbox', 'country', 'from', 'km', 'limit', 'near', 'offset', 'q', 'to', 'type']);
  for (const name of ['EventRecord', 'Claim', 'Evidence', 'AnalysisResult', 'IncidentDetail', 'DocumentView', 'ApiError']) {
    assert.ok(spec.components.schemas[name], `component ${name}`);
  }
  // The event schema names every field of the output contract.
  const fields = Object.keys(spec.components.schemas.EventRecord.properties);
  for (const f of ['event_id_cnty', 'event_date', 'actor1', 'claims', 'evidence', 'date_start', 'source_documents', 'fatalities_best']) assert.ok(fields.includes(f), f);
});
