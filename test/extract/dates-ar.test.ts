// Arabic date expressions resolved against a publication date (tables: text → range).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/extract/dates.ts';
import { packFor } from '../../src/lang/index.ts';
import { fold } from '../../src/text/index.ts';

const pack = packFor('ar');
const f = (s: string) => fold(s, 'ar');

const rows: Array<[string, string | null, string, string]> = [
  // text, published, expected from, expected to
  ['هاجم مسلحون القرية أمس', '2024-09-18', '2024-09-17', '2024-09-17'],
  ['في الساعات الأولى من صباح أمس دوى إطلاق نار', '2024-09-18', '2024-09-17', '2024-09-17'],
  ['وقع الهجوم اليوم', '2024-09-18', '2024-09-18', '2024-09-18'],
  ['وقع الهجوم أول أمس', '2024-09-18', '2024-09-16', '2024-09-16'],
  ['في أوائل الشهر الماضي اختطف مسلحون', '2024-09-18', '2024-08-01', '2024-08-10'],
  ['في منتصف الشهر الماضي', '2024-09-18', '2024-08-11', '2024-08-20'],
  ['أواخر الشهر الماضي', '2024-01-10', '2023-12-21', '2023-12-31'],
  ['الشهر الماضي', '2024-03-05', '2024-02-01', '2024-02-29'],
  ['وفقا لتقديرات أواخر العام الماضي', '2024-09-18', '2023-09-01', '2023-12-31'],
  ['ضربت قاعدة عسكرية في عام 2022', '2024-09-18', '2022-01-01', '2022-12-31'],
  ['في عام ٢٠٢٢', '2024-09-18', '2022-01-01', '2022-12-31'],
  ['في 17 سبتمبر/أيلول 2024', null, '2024-09-17', '2024-09-17'],
  ['يوم ١٧ أيلول ٢٠٢٤', null, '2024-09-17', '2024-09-17'],
  ['في 3 مايو 2019', null, '2019-05-03', '2019-05-03'],
  ['في 10 ديسمبر', '2019-12-12', '2019-12-10', '2019-12-10'],
  ['في 30 ديسمبر', '2020-01-03', '2019-12-30', '2019-12-30'],
  ['في يناير 2020', null, '2020-01-01', '2020-01-31'],
  ['يوم الثلاثاء', '2024-09-18', '2024-09-17', '2024-09-17'],
  ['الأسبوع الماضي', '2024-09-18', '2024-09-09', '2024-09-15'],
  ['ليلة الجمعة', '2021-06-05', '2021-06-04', '2021-06-04'],
];

test('Arabic dates resolve to the expected ranges', () => {
  const misses: string[] = [];
  for (const [text, pub, from, to] of rows) {
    const ds = findDates(f(text), pack, f, pub).filter((d) => d.from);
    const d = ds[0];
    if (!d || d.from !== from || d.to !== to) misses.push(`${text} → ${d ? `${d.from}..${d.to}` : 'none'} (want ${from}..${to})`);
  }
  assert.deepEqual(misses, []);
});

test('relative dates without a publication date stay unresolved', () => {
  const ds = findDates(f('هاجم مسلحون القرية أمس'), pack, f, null);
  assert.equal(ds.length, 1);
  assert.equal(ds[0].resolved, false);
  assert.equal(ds[0].from, null);
});

test('a bare number is not a year', () => {
  assert.equal(findDates(f('نشر الجيش 2000 جندي'), pack, f, '2024-01-01').length, 0);
});
