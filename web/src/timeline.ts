// The timeline: a histogram of incidents per day, week or month (whichever fits) in SVG, with a
// brush: drag across bars to keep only that period on the map and in the table; a click selects
// one bar; "clear" (or Escape) removes the selection. Time runs left to right in every language.
import type { IncidentRow } from './api.ts';
import { binDates, type Bin } from './bins.ts';
import { fill, h, s } from './dom.ts';
import { t } from './i18n/index.ts';
import type { Brush } from './state.ts';

const HEIGHT = 96;
const AXIS = 18;
const PAD = 8;

export class Timeline {
  private bins: Bin[] = [];
  private brush: Brush | null = null;
  private readonly svgBox = h('div', { class: 'timeline-svg', dir: 'ltr' });
  private readonly info = h('div', { class: 'timeline-info' });
  private drag: { x0: number; x1: number } | null = null;

  constructor(
    private readonly el: HTMLElement,
    private readonly onBrush: (b: Brush | null) => void,
  ) {
    fill(el, this.svgBox, this.info);
    this.svgBox.addEventListener('pointerdown', (e) => this.down(e));
    this.svgBox.addEventListener('pointermove', (e) => this.move(e));
    this.svgBox.addEventListener('pointerup', (e) => this.up(e));
    this.svgBox.addEventListener('pointercancel', () => this.cancel());
    this.svgBox.tabIndex = 0;
    this.svgBox.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.onBrush(null);
    });
    new ResizeObserver(() => this.draw()).observe(this.svgBox);
  }

  setData(rows: IncidentRow[], brush: Brush | null) {
    this.bins = binDates(rows.map((r) => r.record.event_date ?? r.record.date_start)).bins;
    this.brush = brush;
    this.draw();
  }

  private width() {
    return Math.max(200, this.svgBox.clientWidth || 600);
  }

  /** x position → bin index. */
  private binAt(x: number): number {
    const w = (this.width() - 2 * PAD) / Math.max(1, this.bins.length);
    return Math.max(0, Math.min(this.bins.length - 1, Math.floor((x - PAD) / w)));
  }

  private localX(e: PointerEvent) {
    return e.clientX - this.svgBox.getBoundingClientRect().left;
  }

  private down(e: PointerEvent) {
    if (!this.bins.length || e.button !== 0) return;
    this.svgBox.setPointerCapture(e.pointerId);
    const x = this.localX(e);
    this.drag = { x0: x, x1: x };
    this.draw();
  }

  private move(e: PointerEvent) {
    if (!this.drag) return;
    this.drag.x1 = this.localX(e);
    this.draw();
  }

  private up(e: PointerEvent) {
    if (!this.drag) return;
    this.drag.x1 = this.localX(e);
    const a = this.binAt(Math.min(this.drag.x0, this.drag.x1));
    const b = this.binAt(Math.max(this.drag.x0, this.drag.x1));
    this.drag = null;
    this.onBrush({ from: this.bins[a].start, to: this.bins[b].end });
  }

  private cancel() {
    this.drag = null;
    this.draw();
  }

  draw() {
    const W = this.width();
    const svg = s('svg', { width: W, height: HEIGHT, viewBox: `0 0 ${W} ${HEIGHT}`, role: 'img', 'aria-label': t('timeline.title') });
    if (!this.bins.length) {
      fill(this.svgBox, h('p', { class: 'muted' }, t('timeline.empty')));
      fill(this.info);
      return;
    }
    const n = this.bins.length;
    const bw = (W - 2 * PAD) / n;
    const max = Math.max(1, ...this.bins.map((b) => b.count));
    const plotH = HEIGHT - AXIS - 4;
    this.bins.forEach((b, i) => {
      const hgt = b.count ? Math.max(2, (b.count / max) * plotH) : 0;
      const inBrush = this.brush ? b.end >= this.brush.from && b.start <= this.brush.to : true;
      const rect = s('rect', {
        x: PAD + i * bw + (bw > 4 ? 1 : 0),
        y: 4 + plotH - hgt,
        width: Math.max(1, bw - (bw > 4 ? 2 : 0)),
        height: hgt,
        class: inBrush ? 'bar' : 'bar dim',
        'data-start': b.start,
        'data-end': b.end,
        'data-count': b.count,
      });
      rect.appendChild(s('title', {}, `${b.start === b.end ? b.start : `${b.start} – ${b.end}`}: ${b.count}`));
      svg.appendChild(rect);
    });
    // Axis: first, middle and last bin starts.
    const ticks = n === 1 ? [0] : n === 2 ? [0, 1] : [0, Math.floor(n / 2), n - 1];
    for (const i of ticks) {
      const anchor = i === 0 ? 'start' : i === n - 1 ? 'end' : 'middle';
      const x = i === 0 ? PAD : i === n - 1 ? W - PAD : PAD + (i + 0.5) * bw;
      svg.appendChild(s('text', { x, y: HEIGHT - 4, 'text-anchor': anchor, class: 'tick' }, i === n - 1 ? this.bins[i].end : this.bins[i].start));
    }
    if (this.drag) {
      const x = Math.min(this.drag.x0, this.drag.x1);
      svg.appendChild(s('rect', { x, y: 0, width: Math.max(1, Math.abs(this.drag.x1 - this.drag.x0)), height: HEIGHT - AXIS, class: 'brush' }));
    }
    fill(this.svgBox, svg);
    fill(
      this.info,
      this.brush
        ? [
            h('span', { class: 'brush-range' }, t('timeline.selected', { from: this.brush.from, to: this.brush.to })),
            h('button', { type: 'button', class: 'small', on: { click: () => this.onBrush(null) } }, t('timeline.clear')),
          ]
        : h('span', { class: 'muted' }, t('timeline.hint')),
    );
  }
}
