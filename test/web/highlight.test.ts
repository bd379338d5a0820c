// Evidence spans → highlight segments (web/src/highlight.ts): overlaps, nesting, bad spans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segments } from '../../web/src/highlight.ts';

const show = (text: string, spans: Array<{ start: number; end: number }>) =>
  segments(text.length, spans).map((s) => `${text.slice(s.start, s.end)}${s.cover.length ? `[${s.cover.join(',')}]` : ''}`);

const CASES: Array<{ name: string; text: string; spans: Array<{ start: number; end: number }>; want: string[] }> = [
  { name: 'no spans', text: 'abcdef', spans: [], want: ['abcdef'] },
  { name: 'one span', text: 'abcdef', spans: [{ start: 2, end: 4 }], want: ['ab', 'cd[0]', 'ef'] },
  { name: 'whole text', text: 'abc', spans: [{ start: 0, end: 3 }], want: ['abc[0]'] },
  { name: 'overlap', text: 'abcdefgh', spans: [{ start: 1, end: 5 }, { start: 3, end: 7 }], want: ['a', 'bc[0]', 'de[0,1]', 'fg[1]', 'h'] },
  { name: 'nested: innermost first', text: 'abcdefgh', spans: [{ start: 0, end: 8 }, { start: 2, end: 4 }], want: ['ab[0]', 'cd[1,0]', 'efgh[0]'] },
  { name: 'same span twice', text: 'abcd', spans: [{ start: 1, end: 3 }, { start: 1, end: 3 }], want: ['a', 'bc[0,1]', 'd'] },
  { name: 'adjacent', text: 'abcd', spans: [{ start: 0, end: 2 }, { start: 2, end: 4 }], want: ['ab[0]', 'cd[1]'] },
  { name: 'out of range, empty, reversed, fractional dropped', text: 'abcd', spans: [{ start: 2, end: 9 }, { start: 1, end: 1 }, { start: 3, end: 1 }, { start: 0.5, end: 2 }, { start: -1, end: 2 }], want: ['abcd'] },
  { name: 'Arabic (UTF-16 offsets)', text: 'هاجم مسلحون باماكو', spans: [{ start: 12, end: 18 }], want: ['هاجم مسلحون ', 'باماكو[0]'] },
  { name: 'unsorted input', text: 'abcdef', spans: [{ start: 4, end: 6 }, { start: 0, end: 2 }], want: ['ab[1]', 'cd', 'ef[0]'] },
];

for (const c of CASES) {
  test(`highlight: ${c.name}`, () => {
    assert.deepEqual(show(c.text, c.spans), c.want);
  });
}

test('highlight: segments always tile the text exactly', () => {
  let seed = 7;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
  for (let k = 0; k < 200; k++) {
    const len = 1 + rnd(60);
    const spans = Array.from({ length: rnd(8) }, () => {
      const a = rnd(len + 3) - 1;
      return { start: a, end: a + rnd(12) - 2 };
    });
    const segs = segments(len, spans);
    assert.equal(segs[0].start, 0);
    assert.equal(segs[segs.length - 1].end, len);
    for (let i = 1; i < segs.length; i++) assert.equal(segs[i].start, segs[i - 1].end);
    for (const s of segs) for (const i of s.cover) assert.ok(spans[i].start <= s.start && spans[i].end >= s.end, 'a covering span covers the segment');
    // Every valid span is covered by the segments inside it.
    spans.forEach((sp, i) => {
      if (!(Number.isInteger(sp.start) && sp.start >= 0 && sp.end > sp.start && sp.end <= len)) return;
      for (const s of segs) if (s.start >= sp.start && s.end <= sp.end) assert.ok(s.cover.includes(i));
    });
  }
});
