// Publication dates as pages write them → YYYY-MM-DD, or null when not a full, unambiguous date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeDate } from '../../src/ingest/dates.ts';

const ROWS: [string | null, string | null][] = [
  ['2024-09-18', '2024-09-18'],
  ['2024-09-18T01:30:00+02:00', '2024-09-18'], // the publisher's calendar day, not UTC's
  ['2024-09-18T23:59:59Z', '2024-09-18'],
  ['2024-09-18 10:00', '2024-09-18'],
  ['2024-9-8', '2024-09-08'],
  ['20240918', '2024-09-18'],
  ['20240918T101500Z', '2024-09-18'],
  ['2024/09/18', '2024-09-18'],
  ['2024.09.18', '2024-09-18'],
  ['18/09/2024', '2024-09-18'], // day first: 18 > 12
  ['09/18/2024', '2024-09-18'], // month first: 18 > 12
  ['05/06/2024', null], // ambiguous
  ['06/06/2024', '2024-06-06'],
  ['Wed, 18 Sep 2024 08:00:00 GMT', '2024-09-18'],
  ['September 18, 2024', '2024-09-18'],
  ['Sept. 18th, 2024', '2024-09-18'],
  ['18 septembre 2024', '2024-09-18'],
  ['1er mars 2024', '2024-03-01'],
  ['mercredi 18 septembre 2024 à 10h', '2024-09-18'],
  ['18 août 2024', '2024-08-18'],
  ['2024-02-30', null],
  ['2023-02-29', null],
  ['2024-02-29', '2024-02-29'],
  ['2024-13-01', null],
  ['1850-01-01', null],
  ['September 2024', null],
  ['2024', null],
  ['yesterday', null],
  ['', null],
  [null, null],
  ['x'.repeat(1000), null],
];

test('normalizeDate table', () => {
  for (const [input, want] of ROWS) assert.equal(normalizeDate(input), want, String(input));
});
