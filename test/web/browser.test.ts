// The interface in real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core):
// paste the founding document with its publication date → the two Bamako attacks of 2024-09-17
// on the map and in the table → the gendarmerie-school incident shows JNIM's claim beside the
// officials' account, with evidence highlighted in the text and linked to its field → brushing
// the timeline filters → Arabic lays the page out right to left. A report carrying <script> and
// <img onerror> runs nothing. Screenshots go to artifacts/web/.
// No browser is a failure, not a skip: CI installs chromium (.ci/run).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureWebBuild, startServer, WEB_OUT, type RunningServer } from '../../src/server/index.ts';
import { REPO_ROOT } from '../../src/server/web.ts';

const CHROMIUM = process.env.MARSAD_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = join(REPO_ROOT, 'artifacts', 'web');
const SEED = readFileSync(new URL('../../../shared/seed/bamako-attack.ar.txt', import.meta.url), 'utf8');

let server: RunningServer;
let browser: Browser;
let page: Page;
let dir: string;
const pageErrors: string[] = [];
const dialogs: string[] = [];

before(async () => {
  assert.ok(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set MARSAD_CHROMIUM`);
  const built = await ensureWebBuild(WEB_OUT);
  assert.ok(built.ok, built.ok ? '' : built.message);
  dir = mkdtempSync(join(tmpdir(), 'marsad-web-'));
  server = await startServer({ port: 0, db: join(dir, 'm.db'), webDir: WEB_OUT });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface RowInfo {
  id: string;
  date: string;
  location: string;
  text: string;
}
const tableRows = (p: Page) =>
  p.$$eval('table.incidents tbody tr[data-id]', (trs) =>
    trs.map((tr) => ({ id: tr.getAttribute('data-id')!, date: tr.children[0].textContent!, location: tr.children[3].textContent!, text: tr.textContent! })),
  ) as Promise<RowInfo[]>;

/** Incident ids on the map: single markers and the members of clusters. */
const mapIds = (p: Page) =>
  p.$$eval('#map [data-id], #map .cluster[data-ids]', (els) => els.flatMap((e) => (e.getAttribute('data-id') ?? e.getAttribute('data-ids') ?? '').split(' ').filter(Boolean)));

test('paste the founding document: two Bamako incidents of 2024-09-17 on the map and in the table', async () => {
  await page.goto(server.url + '/');
  await page.waitForSelector('#paste-text');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
  await page.fill('#paste-text', SEED);
  await page.fill('#paste-published', '2024-09-18');
  await page.click('#paste-submit');
  await page.waitForSelector('.analysis .ok', { timeout: 60_000 });
  await page.waitForFunction(() => document.querySelectorAll('table.incidents tbody tr[data-id]').length >= 2);
  await page.waitForFunction(() => document.querySelectorAll('#map [data-id], #map .cluster').length > 0);

  const rows = await tableRows(page);
  const bamako = rows.filter((r) => r.date === '2024-09-17' && /Bamako/.test(r.location));
  assert.equal(bamako.length, 2, JSON.stringify(rows));
  const onMap = new Set(await mapIds(page));
  for (const r of bamako) assert.ok(onMap.has(r.id), `incident ${r.id} (${r.location}) on the map`);
  // The basemap is drawn (country borders), with no tile layer.
  assert.ok((await page.$$('#map path.leaflet-interactive, #map svg path')).length > 50, 'country shapes drawn');
  assert.equal(await page.$$eval('#map img.leaflet-tile', (x) => x.length), 0, 'no tiles');
  // Export links carry the current filters and answer with the incidents.
  const csvHref = await page.getAttribute('#filters a.export-link[href*="format=acled-csv"]', 'href');
  const csv = await page.evaluate(async (href) => (await fetch(href!)).text(), csvHref);
  assert.equal(csv.trim().split(/\r?\n/).length, rows.length + 1, 'CSV: header + one line per incident');
  await page.screenshot({ path: join(SHOTS, '01-map-and-table.png') });
});

test('timeline brushing keeps only the selected period', async () => {
  const before = await tableRows(page);
  const box = (await page.locator('#timeline .timeline-svg svg').boundingBox())!;
  // Drag over the last tenth of the histogram (the latest bins, which hold September 2024).
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await page.waitForSelector('#timeline .brush-range');
  const range = await page.textContent('#timeline .brush-range');
  const [from, to] = range!.match(/\d{4}-\d{2}-\d{2}/g)!;
  const after = await tableRows(page);
  assert.ok(after.length > 0 && after.length < before.length, `brush narrowed ${before.length} → ${after.length}`);
  for (const r of after) assert.ok(r.date >= from && r.date.slice(0, 10) <= to, `${r.date} within ${from}..${to}`);
  assert.ok(after.some((r) => r.date === '2024-09-17'));
  await page.screenshot({ path: join(SHOTS, '02-brushed.png') });
  await page.click('#timeline button');
  await page.waitForFunction((n) => document.querySelectorAll('table.incidents tbody tr[data-id]').length === n, before.length);
});

test('the gendarmerie-school incident: JNIM says … / officials say …, evidence highlighted and linked', async () => {
  await page.locator('table.incidents tbody tr[data-id]', { hasText: /gendarmerie/i }).first().click();
  await page.waitForSelector('#incident .doc-text mark', { timeout: 30_000 });
  assert.match(await page.url(), /#\/incident\/M\d+$/);

  const parties = await page.$$eval('#incident .party', (ps) =>
    ps.map((p) => ({ claimant: p.getAttribute('data-claimant')!, kinds: [...p.querySelectorAll('li.claim')].map((li) => li.getAttribute('data-kind')) })),
  );
  const jnim = parties.find((p) => /JNIM/.test(p.claimant));
  const officials = parties.find((p) => !/JNIM/.test(p.claimant) && /Mali|Government|official|army/i.test(p.claimant));
  assert.ok(jnim?.kinds.includes('fatalities'), `JNIM fatalities claim: ${JSON.stringify(parties)}`);
  assert.ok(officials?.kinds.includes('fatalities'), `officials' fatalities account: ${JSON.stringify(parties)}`);
  // Side by side: the two party columns share a row.
  const [a, b] = await Promise.all([jnim!, officials!].map((p) => page.locator(`#incident .party[data-claimant="${p.claimant}"]`).boundingBox()));
  assert.ok(Math.abs(a!.y - b!.y) < 5, 'claims side by side');

  // The text shown is the document's text, unchanged, with highlights.
  const detail = await (await fetch(`${server.url}/api/incidents/${await page.getAttribute('#incident', 'data-incident')}`)).json();
  const doc = await (await fetch(`${server.url}/api/documents/${detail.documents[0].id}`)).json();
  assert.equal(await page.textContent('#incident .doc-text'), doc.document.text);
  assert.equal(await page.getAttribute('#incident .doc-text', 'dir'), 'rtl');
  const marks = await page.$$eval('#incident .doc-text mark', (ms) => ms.map((m) => ({ fields: m.getAttribute('data-fields') ?? '', claims: m.getAttribute('data-claims') ?? '', text: m.textContent ?? '' })));
  assert.ok(marks.length >= 5, `${marks.length} highlights`);
  for (const f of ['location', 'sub_event_type']) assert.ok(marks.some((m) => m.fields.split(' ').includes(f)), `a highlight supports ${f}`);
  assert.ok(marks.some((m) => m.claims.length > 0), 'claim words highlighted');
  // Every claim's evidence words are highlighted somewhere.
  for (const e of detail.events) for (const c of e.record.claims) for (const ev of c.evidence) {
    assert.ok(marks.some((m) => ev.text.includes(m.text) || m.text.includes(ev.text)), `claim evidence «${ev.text}» highlighted`);
  }
  // Linked: clicking a location highlight flashes the location field; clicking the field flashes highlights.
  await page.locator('#incident .doc-text mark[data-fields~="location"]').first().click();
  await page.waitForSelector('#incident tr[data-field="location"].flash');
  await page.click('#incident tr[data-field="sub_event_type"]');
  await page.waitForSelector('#incident .doc-text mark[data-fields~="sub_event_type"].flash');
  await page.screenshot({ path: join(SHOTS, '03-incident.png') });
  await page.locator('#incident .doc-text').screenshot({ path: join(SHOTS, '04-evidence-text.png') });
});

test('switching to Arabic lays the page out right to left; French back to left to right', async () => {
  await page.selectOption('#ui-lang', 'ar');
  assert.equal(await page.evaluate(() => document.dir), 'rtl');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  assert.match((await page.textContent('#filters h2'))!, /[\u0600-\u06FF]/);
  const side = (await page.locator('.sidebar').boundingBox())!;
  const main = (await page.locator('main.content').boundingBox())!;
  assert.ok(side.x > main.x, 'sidebar on the right in Arabic');
  const panel = (await page.locator('#incident').boundingBox())!;
  assert.ok(panel.x < 10, 'incident panel opens from the left in Arabic');
  await page.screenshot({ path: join(SHOTS, '05-arabic-rtl.png') });
  await page.selectOption('#ui-lang', 'fr');
  assert.equal(await page.evaluate(() => document.dir), 'ltr');
  assert.equal(await page.textContent('#filters h2'), 'Filtres');
  await page.keyboard.press('Escape');
  await page.waitForSelector('#incident', { state: 'hidden' });
  await page.selectOption('#ui-lang', 'en');
});

test('a report carrying <script> and <img onerror> is shown as text and runs nothing', async () => {
  const title = `<img src=x onerror="window.__pwned='title';alert('title')"> Attaque à Gao`;
  const evil = [
    title,
    '',
    `Des hommes armés ont attaqué hier un poste de l'armée malienne à Gao. <script>window.__pwned='script';alert('script')</script>`,
    `Trois soldats ont été tués, selon une source sécuritaire. <img src=x onerror="window.__pwned='img';alert('img')"> <svg onload="window.__pwned='svg'"></svg>`,
  ].join('\n');
  await page.fill('#paste-text', evil);
  await page.fill('#paste-published', '2024-03-03');
  await page.click('#paste-submit');
  await page.waitForSelector('.analysis h3', { timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('#paste-submit[disabled]'));
  const events = await page.$$('.analysis-events li button');
  if (events.length) {
    await events[0].click();
    await page.waitForSelector('#incident .doc-text', { timeout: 30_000 });
    assert.match((await page.textContent('#incident .doc-text'))!, /<script>window\.__pwned='script'/);
  }
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined, 'no injected code ran');
  assert.deepEqual(dialogs, [], 'no alert opened');
  assert.equal(await page.$$eval('img[src="x"], svg[onload], [onerror]', (x) => x.length), 0, 'no element made from the report');
  assert.equal(await page.$$eval('script', (s) => s.filter((x) => /__pwned/.test(x.textContent ?? '')).length), 0);
  assert.ok((await page.evaluate(() => document.body.innerText)).includes('<img src=x onerror='), 'the markup is visible as text');
  await page.screenshot({ path: join(SHOTS, '06-script-as-text.png') });
  assert.deepEqual(pageErrors, [], 'no script errors on the page');
});
