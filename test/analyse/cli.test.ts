// marsad analyse and marsad alerts through main(): formats, files, usage errors, a missing store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import { SqliteStore } from '../../src/store/index.ts';
import { doc, result } from '../store/fixtures.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

async function withDb(fn: (db: string, dir: string) => Promise<void>) {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-cli-analyse-'));
  const db = join(dir, 'm.db');
  const s = SqliteStore.open({ path: db });
  const rows: Array<[number, number, string, number]> = [[12.9, -8.0, '2024-01-10', 3], [12.3, -7.5, '2024-02-11', 0], [14.5, -4.2, '2024-04-01', 7]];
  for (const [i, [lat, lon, d, f]] of rows.entries()) {
    await s.saveAnalysis(result(doc(`cli report ${i}`), [{ latitude: lat, longitude: lon, event_date: d, date_start: d, date_end: d, fatalities: f, admin2: `Unit ${i}` }]), { kind: 'file', uri: `r${i}.txt` });
  }
  await s.fusePending();
  await s.close();
  try {
    await fn(db, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('marsad analyse: every analysis as a table; csv, json, svg and png outputs', async () => {
  await withDb(async (db, dir) => {
    for (const args of [['drift', '--actor', 'JNIM'], ['rings', '--place', '12.65,-8'], ['spread'], ['claims-gap'], ['grid', '--res', '3']]) {
      const cap = capture();
      assert.equal(await main(['analyse', ...args, '--db', db], cap.io), 0, args.join(' ') + cap.err.join('\n'));
      assert.match(cap.out.join('\n'), /filters: /);
    }
    let cap = capture();
    assert.equal(await main(['analyse', 'rings', '--place', '12.65,-8', '--rings', '0,20,50', '--format', 'csv', '--table', 'sectors', '--db', db], cap.io), 0);
    const csv = cap.out.join('\n');
    assert.match(csv, /^# marsad analyse rings: /);
    assert.match(csv, /# filters: place=12\.65,-8 \(12\.65, -8\); from=\(any\); to=\(any\); rings km=0,20,50; period=month/);
    assert.match(csv, /\n# table: sectors\nperiod,sector,incidents,weight\n2024-01,N,1,/);
    cap = capture();
    assert.equal(await main(['analyse', 'drift', '--period', 'quarter', '--format', 'json', '--db', db], cap.io), 0);
    const j = JSON.parse(cap.out.join('\n'));
    assert.deepEqual(j.result.periods.map((p: { period: string }) => p.period), ['2024-Q1', '2024-Q2']);
    assert.equal(j.meta.analysis, 'drift');
    const svg = join(dir, 'g.svg');
    const png = join(dir, 'g.png');
    assert.equal(await main(['analyse', 'grid', '--format', 'svg', '--out', svg, '--db', db], capture().io), 0);
    assert.match(readFileSync(svg, 'utf8'), /<title>marsad analyse grid: Activity grid — rough picture of zones of influence<\/title>/);
    assert.equal(await main(['analyse', 'spread', '--format', 'png', '--out', png, '--db', db], capture().io), 0);
    assert.equal(readFileSync(png).subarray(1, 4).toString(), 'PNG');
  });
});

test('marsad analyse: usage errors (2) and data problems (1)', async () => {
  await withDb(async (db, dir) => {
    const rows: Array<[string[], number, RegExp]> = [
      [['analyse'], 2, /name an analysis/],
      [['analyse', 'trend'], 2, /unknown analysis/],
      [['analyse', 'rings', '--db', db], 2, /needs --place/],
      [['analyse', 'drift', '--from', '2024/01/01', '--db', db], 2, /YYYY-MM-DD/],
      [['analyse', 'drift', '--format', 'xlsx', '--db', db], 2, /--format/],
      [['analyse', 'drift', '--format', 'png', '--db', db], 2, /needs --out/],
      [['analyse', 'rings', '--place', 'x', '--rings', '0,a', '--db', db], 2, /--rings/],
      [['analyse', 'drift', '--table', 'nope', '--db', db], 2, /--table must be one of periods, new_admin2, trend/],
      [['analyse', 'rings', '--place', 'Qqqxzzv Nowhere', '--db', db], 1, /no place found/],
      [['analyse', 'drift', '--db', join(dir, 'none.db')], 1, /no store/],
    ];
    for (const [args, code, msg] of rows) {
      const cap = capture();
      assert.equal(await main(args, cap.io), code, args.join(' '));
      assert.match(cap.err.join('\n'), msg, args.join(' '));
    }
  });
});

test('marsad alerts: add, list, test, remove; bad rules are usage errors', async () => {
  await withDb(async (db) => {
    let cap = capture();
    assert.equal(await main(['alerts', 'add', '--place', 'Bamako', '--radius', '50', '--actor', 'JNIM', '--db', db], cap.io), 0, cap.err.join('\n'));
    assert.match(cap.out.join('\n'), /^added rule 1: /);
    assert.equal(await main(['alerts', 'add', '--admin', 'Bamako', '--min-fatalities', '5', '--webhook', 'http://127.0.0.1:9/x', '--db', db], capture().io), 0);
    cap = capture();
    assert.equal(await main(['alerts', 'list', '--json', '--db', db], cap.io), 0);
    assert.deepEqual(JSON.parse(cap.out.join('\n')).map((r: { id: number }) => r.id), [1, 2]);
    cap = capture();
    assert.equal(await main(['alerts', 'test', '1', '--db', db], cap.io), 0);
    assert.match(cap.out.join('\n'), /matches 1 stored incident\(s\)/);
    cap = capture();
    assert.equal(await main(['alerts', 'test', '2', '--db', db], cap.io), 0);
    assert.match(cap.out.join('\n'), /in Bamako; 7 fatalities \(minimum 5\)/);
    assert.equal(await main(['alerts', 'remove', '2', '--db', db], capture().io), 0);
    assert.equal(await main(['alerts', 'remove', '2', '--db', db], capture().io), 1);
    cap = capture();
    assert.equal(await main(['alerts', 'list', '--fired', '--db', db], cap.io), 0);
    assert.match(cap.out.join('\n'), /no alerts fired/);
    const bad: string[][] = [['alerts'], ['alerts', 'add'], ['alerts', 'add', '--place', 'Bamako'], ['alerts', 'add', '--actor', 'x', '--webhook', 'ftp://x'], ['alerts', 'remove', 'x'], ['alerts', 'frob']];
    for (const args of bad) assert.equal(await main([...args, '--db', db], capture().io), 2, args.join(' '));
  });
});
