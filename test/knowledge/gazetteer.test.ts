// Gazetteer: keys, loader, lookups, curated data validators, the finder on the founding document,
// the stop lists, and `marsad gazetteer import/lookup` on a tiny hand-made dump.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fineKey, skeletonKey, fineDistance, fineTolerance } from '../../src/knowledge/gazetteer/translit.ts';
import { loadGazetteer, Gazetteer } from '../../src/knowledge/gazetteer/load.ts';
import { findPlaces, CUES } from '../../src/knowledge/gazetteer/find.ts';
import { keepAlternate } from '../../src/knowledge/gazetteer/geonames.ts';
import { main } from '../../src/cli/main.ts';

const g = loadGazetteer();

// Arabic spelling → Latin spelling: same skeleton, and fine keys within tolerance.
const PAIRS: Array<[string, string]> = [
  ['باماكو', 'Bamako'], ['كوليكورو', 'Koulikoro'], ['تيلابيري', 'Tillabéri'], ['فالادي', 'Faladié'],
  ['واغادوغو', 'Ouagadougou'], ['نيامي', 'Niamey'], ['كايس', 'Kayes'], ['سيكاسو', 'Sikasso'], ['موبتي', 'Mopti'],
  ['تمبكتو', 'Tombouctou'], ['تمبكتو', 'Timbuktu'], ['غاو', 'Gao'], ['جاو', 'Gao'], ['قاو', 'Gao'], ['كيدال', 'Kidal'], ['جيبو', 'Djibo'],
  ['النيجر', 'Niger'], ['أغاديس', 'Agadez'], ['نواكشوط', 'Nouakchott'], ['أبيدجان', 'Abidjan'], ['دوينتزا', 'Douentza'],
  ['تاهوا', 'Tahoua'], ['بوبو ديولاسو', 'Bobo-Dioulasso'], ['فادا نغورما', "Fada N'Gourma"], ['ميناكا', 'Ménaka'], ['السنغال', 'Sénégal'],
  ['تشياني', 'Tchiani'], ['سيغو', 'Segou'], ['تيرا', 'Tera'], ['ماسينا', 'Macina'], ['أنسونغو', 'Ansongo'],
];

test('transliteration keys: Arabic and Latin spellings meet', () => {
  for (const [ar, la] of PAIRS) {
    assert.equal(skeletonKey(ar), skeletonKey(la), `${ar} / ${la}: ${skeletonKey(ar)} ≠ ${skeletonKey(la)}`);
    const d = fineDistance(fineKey(ar), fineKey(la));
    assert.ok(d <= fineTolerance(fineKey(ar)), `${ar} / ${la}: ${fineKey(ar)} vs ${fineKey(la)} = ${d}`);
  }
  // robust to ي/ى, ة/ه, ou/u/w, é/e, doubled letters
  assert.equal(fineKey('تيلابيرى'), fineKey('تيلابيري'));
  assert.equal(fineKey('Tilaberi'), fineKey('Tillabéri'));
  assert.equal(fineKey('Wagadugu'), fineKey('Ouagadougou'));
  assert.equal(fineKey('Segou'), fineKey('Ségou'));
  // unrelated words stay far apart
  assert.ok(fineDistance(fineKey('وقت'), fineKey('Kati')) > fineTolerance(fineKey('وقت')));
});

const LOOKUPS: Array<[string, number | string]> = [
  ['باماكو', 2460596], ['كوليكورو', 2454530], ['تيلابيري', 2438678], ['واغادوغو', 2357048], ['نيامي', 2440485],
  ['كايس', 2455518], ['سيكاسو', 2451185], ['موبتي', 2453348], ['تمبكتو', 2449067], ['غاو', 2457163], ['كيدال', 2455290],
  ['جيبو', 2361177], ['Tombouctou', 2449067], ['Timbuktu', 2449067], ['Ségou', 2451478], ['Segou', 2451478],
  ['Tillabéri', 2438678], ['Tillaberi', 2438678], ['Kati', 2455558], ['مالي', 'country:ML'], ['Côte d’Ivoire', 'country:CI'],
  ['معسكر كاتي', 'sup:ml-kati-camp-soundiata-keita'], ['Base aérienne 511', 'sup:bf-ba511-ouagadougou'],
];

test('lookup: best town-or-country candidate for each name', () => {
  for (const [name, id] of LOOKUPS) {
    const best = g.lookup(name).filter((c) => c.place.featureClass !== 'A' || c.place.featureCode === 'PCLI')[0];
    assert.ok(best, name);
    assert.equal(best.place.geonameid !== null && typeof id === 'number' ? best.place.geonameid : best.place.id, id, name);
  }
  assert.deepEqual(g.lookup(''), []);
  assert.deepEqual(g.lookup('   '), []);
  assert.equal(g.byId(2460596)?.name, 'Bamako');
  assert.equal(g.byId('gn:2455558')?.admin1, 'Koulikoro');
  assert.equal(g.byId(1), null);
  assert.equal(g.byId('sup:nope'), null);
});

test('loader: singleton, load time recorded, GeoNames credit in the data README', () => {
  assert.equal(loadGazetteer(), g);
  assert.ok(g.stats().places > 100000);
  const readme = readFileSync(new URL('../../data/gazetteer/README.md', import.meta.url), 'utf8');
  assert.match(readme, /GENERATED/);
  assert.match(readme, /CC BY 4\.0/);
  assert.match(readme, /GeoNames \(geonames\.org\)/);
});

test('alternate names: Latin and Arabic kept, other scripts and codes dropped', () => {
  for (const a of ['Tombouctou', 'Ké-Macina', 'باماكو', "N'Gourma"]) assert.ok(keepAlternate(a), a);
  for (const a of ['Бамако', 'バマコ', 'BKO', 'GABS', 'http://x', 'کڈال', 'Route 66']) assert.ok(!keepAlternate(a), a);
});

interface Sup {
  places: Array<{ id: string; country: string; parent: number; lat: number; lon: number; source: string; coords: string; names: Record<string, string[]> }>;
  aliases: Array<{ geonameid: number; source: string; names: Record<string, string[]> }>;
}
interface Countries { countries: Array<{ iso2: string; iso: number; capital: { lat: number; lon: number; geonameid: number | null }; bbox: number[]; names: Record<string, string[]> }> }
const sup = JSON.parse(readFileSync(new URL('../../data/gazetteer/supplement.json', import.meta.url), 'utf8')) as Sup;
const countries = JSON.parse(readFileSync(new URL('../../data/gazetteer/countries.json', import.meta.url), 'utf8')) as Countries;

test('countries.json: unique codes, capital inside the bbox and in the index, names in ar/fr/en', () => {
  const seen = new Set<string>();
  for (const c of countries.countries) {
    assert.ok(!seen.has(c.iso2), c.iso2);
    seen.add(c.iso2);
    assert.ok(Number.isInteger(c.iso) && c.iso > 0, c.iso2);
    const [a, b, x, y] = c.bbox;
    assert.ok(c.capital.lat >= a && c.capital.lat <= x && c.capital.lon >= b && c.capital.lon <= y, `${c.iso2} capital outside bbox`);
    if (c.capital.geonameid) assert.equal(g.byId(c.capital.geonameid)?.countryCode, c.iso2, c.iso2);
    for (const l of ['ar', 'fr', 'en']) assert.ok(c.names[l]?.length, `${c.iso2} ${l}`);
  }
});

test('supplement.json: unique ids, inside the country, parent exists, sourced, named in ar/fr/en', () => {
  const bbox = new Map(countries.countries.map((c) => [c.iso2, c.bbox]));
  const ids = new Set<string>();
  for (const p of sup.places) {
    assert.match(p.id, /^[a-z]{2}-[a-z0-9-]+$/, p.id);
    assert.ok(!ids.has(p.id), `duplicate ${p.id}`);
    ids.add(p.id);
    assert.ok(p.id.startsWith(p.country.toLowerCase() + '-'), p.id);
    const [a, b, x, y] = bbox.get(p.country)!;
    assert.ok(p.lat >= a && p.lat <= x && p.lon >= b && p.lon <= y, `${p.id} outside ${p.country}`);
    const parent = g.byId(p.parent);
    assert.ok(parent, `${p.id}: parent ${p.parent} missing`);
    assert.equal(parent!.countryCode, p.country, p.id);
    assert.ok(p.source.length > 20 && p.coords.length > 5, p.id);
    for (const l of ['ar', 'fr', 'en']) assert.ok(p.names[l]?.length, `${p.id} ${l}`);
    assert.ok(g.byId(`sup:${p.id}`), p.id);
  }
  for (const a of sup.aliases) {
    assert.ok(g.byId(a.geonameid), `alias target ${a.geonameid}`);
    assert.ok(a.source.length > 20);
  }
});

test('cue tables: every language has every table (parity with ar)', () => {
  const ref = Object.keys(CUES.ar).sort();
  for (const l of ['fr', 'en'] as const) assert.deepEqual(Object.keys(CUES[l]).sort(), ref, l);
  for (const l of ['ar', 'fr', 'en'] as const) {
    for (const k of ['settlement', 'region', 'locative', 'stop', 'near', 'conjunctions', 'from'] as const) assert.ok(CUES[l][k].length, `${l}.${k}`);
    assert.ok(Object.keys(CUES[l].directions).length >= 8 && Object.keys(CUES[l].units).length >= 2, l);
  }
});

test('findPlaces on the founding document: every place found, no junk', () => {
  const text = readFileSync(new URL('../../../shared/seed/bamako-attack.ar.txt', import.meta.url), 'utf8');
  const ms = findPlaces(text, 'ar');
  const expected: Record<string, string> = {
    'باماكو': 'gn:2460596', 'فالادي': '', 'كوليكورو': '', 'كايس': '', 'سيكاسو': '', 'واغادوغو': 'gn:2357048',
    'نيامي': 'gn:2440485', 'تيلابيري': '', 'مالي': 'country:ML', 'بوركينا فاسو': 'country:BF', 'بنين': 'country:BJ',
    'توغو': 'country:TG', 'النيجر': 'country:NE',
  };
  const found = new Set(ms.map((m) => m.text));
  for (const name of Object.keys(expected)) assert.ok(found.has(name), `missing ${name}`);
  for (const m of ms) {
    assert.ok(m.text in expected, `junk mention "${m.text}" at ${m.start}`);
    assert.equal(text.slice(m.start, m.end), m.text);
    if (expected[m.text]) assert.equal(m.candidates[0].place.id, expected[m.text], m.text);
  }
});

// Frequent Arabic words that sound like villages must not become places.
const AR_NO_PLACE = [
  'قال المتحدث إن الوضع بين الجانبين على حاله.',
  'وفي الوقت نفسه كان الهجوم على حد قوله الأول من نوعه.',
  'وقعت الاشتباكات في وقت متأخر من الليل بين قوات الجيش والمسلحين.',
  'أكد المسؤول أن عدد القتلى ارتفع إلى عشرة بعد أن هاجم المسلحون الموقع.',
  'وأعلنت الجماعة في بيان نشرته على الإنترنت أنها قتلت جنودا.',
  'ذكرت مصادر محلية أن المهاجمين جاءوا على دراجات نارية.',
];

test('stop lists: frequent words never become places', () => {
  for (const s of AR_NO_PLACE) assert.deepEqual(findPlaces(s, 'ar').map((m) => m.text), [], s);
  assert.deepEqual(findPlaces('Le chef de la Katiba Macina, Amadou Koufa, a parlé.', 'fr').map((m) => m.text), []);
  assert.deepEqual(findPlaces('The Islamic State claimed it. According to Reuters, President Assimi Goita spoke.', 'en').map((m) => m.text), []);
  assert.deepEqual(findPlaces('Des tirs à Bamako et près de Kati.', 'fr').map((m) => m.text), ['Bamako', 'Kati']);
  assert.deepEqual(findPlaces('هاجم مسلحون بلدة كاتي وقرية فالادي', 'ar').map((m) => m.text), ['كاتي', 'فالادي']);
  const glued = findPlaces('وصل إلى بباماكو ثم للنيجر', 'ar');
  assert.deepEqual(glued.map((m) => m.candidates[0].place.id), ['gn:2460596', 'country:NE']);
  assert.equal(glued[0].text, 'باماكو');
  assert.deepEqual(findPlaces('', 'ar'), []);
});

const DUMP = [
  // 19 columns: id name ascii alts lat lon fclass fcode cc cc2 a1 a2 a3 a4 pop elev dem tz moddate
  ['99900001', 'Zorobougou', 'Zorobougou', 'Zoro-Bougou,زوروبوغو', '13.1', '15.2', 'P', 'PPL', 'TD', '', '07', '', '', '', '1200', '', '300', 'Africa/Ndjamena', '2024-01-01'],
  ['99900002', 'Kelmara', 'Kelmara', '', '12.9', '15.5', 'P', 'PPLA', 'TD', '', '07', '', '', '', '30000', '', '310', 'Africa/Ndjamena', '2024-01-01'],
  ['99900003', 'Oued Testa', 'Oued Testa', '', '13.0', '15.0', 'H', 'WAD', 'TD', '', '07', '', '', '', '0', '', '290', 'Africa/Ndjamena', '2024-01-01'],
].map((r) => r.join('\t')).join('\n') + '\n';

test('marsad gazetteer import: a hand-made dump lands in the user index and is merged at load', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-gaz-'));
  const old = process.env.MARSAD_HOME;
  process.env.MARSAD_HOME = dir;
  try {
    writeFileSync(join(dir, 'TD.txt'), DUMP);
    writeFileSync(join(dir, 'admin1.txt'), 'TD.07\tTestregion\tTestregion\t99900000\nML.01\tBamako\tBamako\t2460594\n');
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s) };
    assert.equal(await main(['gazetteer', 'import', join(dir, 'TD.txt'), '--admin1', join(dir, 'admin1.txt')], io), 0, err.join('\n'));
    assert.match(out.join('\n'), /imported 2 places of TD/);
    const g2 = new Gazetteer({ dataDir: dir });
    assert.equal(g2.stats().parts.length, 2);
    const z = g2.lookup('زوروبوغو')[0];
    assert.equal(z.place.geonameid, 99900001);
    assert.equal(z.place.admin1, 'Testregion');
    assert.equal(z.place.source, 'import');
    assert.equal(g2.lookup('Kelmara')[0].place.population, 30000);
    assert.equal(g2.byId(99900003), null, 'wadis are not kept');
    assert.equal(g2.lookup('Bamako')[0].place.geonameid, 2460596, 'bundled places still there');
    // bad inputs: reported, not thrown
    writeFileSync(join(dir, 'bad.txt'), 'not a dump\n');
    assert.equal(await main(['gazetteer', 'import', join(dir, 'bad.txt')], io), 1);
    assert.match(err.join('\n'), /bad_input/);
    assert.equal(await main(['gazetteer', 'import', join(dir, 'missing.txt')], io), 1);
    assert.match(err.join('\n'), /not_found/);
    assert.equal(await main(['gazetteer', 'import'], io), 2);
  } finally {
    if (old === undefined) delete process.env.MARSAD_HOME;
    else process.env.MARSAD_HOME = old;
    rmSync(dir, { recursive: true, force: true });
  }
});

test('marsad gazetteer lookup and --help', async () => {
  const out: string[] = [];
  const io = { out: (s: string) => out.push(s), err: () => {} };
  assert.equal(await main(['gazetteer', 'lookup', 'كيدال', '--country', 'ML', '--limit', '2'], io), 0);
  assert.match(out[0], /^2455290\tKidal\tP\.PPLA\tML/);
  assert.equal(await main(['gazetteer', 'lookup', 'Qqxzy'], io), 1);
  assert.equal(await main(['gazetteer', 'lookup'], io), 2);
  assert.equal(await main(['gazetteer', 'frob'], io), 2);
  for (const sub of ['lookup', 'import']) {
    out.length = 0;
    assert.equal(await main(['gazetteer', sub, '--help'], io), 0);
    assert.match(out.join('\n'), /Usage: marsad gazetteer/);
  }
});

test('resolvePlace context: containers, document country, nearby places', async () => {
  const { resolvePlace } = await import('../../src/knowledge/gazetteer/resolve.ts');
  const inBamako = resolvePlace('Faladié', { lang: 'fr', containers: ['Bamako'] });
  assert.ok(inBamako.ok && inBamako.geonameid === 2457816 && inBamako.reason.includes('container'), JSON.stringify(inBamako));
  const inKoulikoro = resolvePlace('Faladié', { lang: 'fr', nearby: [{ lat: 13.13, lon: -8.34 }] });
  assert.ok(inKoulikoro.ok && inKoulikoro.geonameid === 2457815, JSON.stringify(inKoulikoro));
  const boniBF = resolvePlace('Boni', { lang: 'fr', docCountry: 'BF' });
  assert.ok(boniBF.ok && boniBF.geonameid === 2362204, JSON.stringify(boniBF));
  const boniNE = resolvePlace('Boni', { lang: 'fr', docCountry: 'NE' });
  assert.ok(boniNE.ok && boniNE.geonameid === 2446645, JSON.stringify(boniNE));
  // a large town outweighs the document country: Téra (Niger, 21k people) over the Ivorian village
  const teraCI = resolvePlace('Téra', { lang: 'fr', docCountry: 'CI' });
  assert.ok(teraCI.ok && teraCI.geonameid === 2438855, JSON.stringify(teraCI));
});

test('findPlaces in French and English press text: places only', () => {
  const fr = "Selon l'armée, des terroristes ont attaqué mardi le camp de Boulkessi et la ville de Djibo. Le colonel Assimi Goïta s'est rendu à Sévaré puis à Mopti.";
  assert.deepEqual(findPlaces(fr, 'fr').map((m) => m.text), ['Boulkessi', 'Djibo', 'Sévaré', 'Mopti']);
  const en = 'On Tuesday, JNIM fighters attacked a checkpoint near Gao, the Long War Journal reported. Iyad Ag Ghaly leads JNIM.';
  assert.deepEqual(findPlaces(en, 'en').map((m) => m.text), ['Gao']);
});

test('the committed index is current: its fine keys are those the code computes now', async () => {
  const { rowNames } = await import('../../src/knowledge/gazetteer/format.ts');
  const part = g.parts[0].part;
  let i = 0;
  let checked = 0;
  for (const id of part.allIds()) {
    if (i++ % 500 !== 0) continue;
    const r = part.byId(id)!;
    for (const n of rowNames({ name: r.name, ascii: r.ascii, alts: r.alts, fclass: r.fclass })) {
      const k = fineKey(n);
      if (k) assert.ok(part.fine(k).includes(id), `${id} ${n} → ${k} missing: rebuild with scripts/build-gazetteer.ts (and bump KEY_VERSION)`);
    }
    checked++;
  }
  assert.ok(checked > 200, `${checked}`);
});
