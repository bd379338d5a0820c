/**
 * @module analyse/output/svg
 * Small, dependency-free SVG charts: line, stacked bar, radar and a lon/lat map of polygons and
 * points. A page (`svgPage`) stacks panels under a visible title and the filters line, and puts
 * the analysis, data source, filters and caveats in <title> and <desc> so that an exported image
 * still names what it shows. All text is XML-escaped; numbers are rounded to 0.1 px.
 */
import { metaLines } from './csv.ts';
import type { FigureMeta } from '../types.ts';

export const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f'];
export const OTHER_COLOUR = '#bbbbbb';

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}
const n = (x: number) => (Math.round(x * 10) / 10).toString();

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
export type Panel = { height: number; draw: (b: Box) => string };
export interface Legend {
  label: string;
  color: string;
  dash?: boolean;
}

const FONT = 'font-family="DejaVu Sans, Arial, sans-serif"';

/** A whole SVG document: title, filters line, panels top to bottom, legend, notes. */
export function svgPage(meta: FigureMeta, panels: Panel[], opts: { width?: number; legend?: Legend[] } = {}): string {
  const W = opts.width ?? 900;
  const filters = meta.filters.map(([k, v]) => `${k}=${v}`).join('  ');
  let y = 58;
  const body: string[] = [];
  for (const p of panels) {
    body.push(p.draw({ x: 70, y, w: W - 100, h: p.height }));
    y += p.height + 50;
  }
  const legend = opts.legend ?? [];
  if (legend.length) {
    let x = 70;
    let ly = y - 20;
    for (const l of legend) {
      const label = l.label.length > 48 ? l.label.slice(0, 47) + '…' : l.label;
      const w = 28 + label.length * 6.6;
      if (x + w > W - 20) {
        x = 70;
        ly += 18;
      }
      body.push(`<line x1="${x}" y1="${ly - 4}" x2="${x + 20}" y2="${ly - 4}" stroke="${l.color}" stroke-width="6"${l.dash ? ' stroke-dasharray="5 3"' : ''}/>`);
      body.push(`<text x="${x + 25}" y="${ly}" font-size="11">${esc(label)}</text>`);
      x += w + 12;
    }
    y = ly + 24;
  }
  for (const note of meta.notes) {
    body.push(`<text x="20" y="${y}" font-size="11" fill="#444">${esc(note)}</text>`);
    y += 15;
  }
  body.push(`<text x="20" y="${y}" font-size="10" fill="#777">${esc(`${meta.data} · ${meta.records.used} of ${meta.records.read} records · ${meta.generated}`)}</text>`);
  const H = y + 14;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" ${FONT}>`,
    `<title>${esc(`marsad analyse ${meta.analysis}: ${meta.title}`)}</title>`,
    `<desc>${esc(metaLines(meta).join('\n'))}</desc>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="20" y="26" font-size="17" font-weight="bold">${esc(meta.title)}</text>`,
    `<text x="20" y="44" font-size="11" fill="#444">${esc(filters)}</text>`,
    ...body,
    '</svg>',
  ].join('\n');
}

function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (hi === lo) {
    hi = lo + 1;
    lo = lo - (lo === 0 ? 0 : 1);
  }
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((k) => k * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let v = Math.floor(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Math.round(v / step) * step);
  if (out[out.length - 1] < hi) out.push(out[out.length - 1] + step);
  return out;
}
const fmt = (v: number) => (Math.abs(v) >= 1000 ? v.toFixed(0) : String(Math.round(v * 1000) / 1000));

function xLabelsSvg(b: Box, labels: string[], xAt: (i: number) => number): string {
  const every = Math.max(1, Math.ceil(labels.length / Math.max(1, Math.floor(b.w / 60))));
  return labels
    .map((l, i) => (i % every === 0 ? `<text x="${n(xAt(i))}" y="${n(b.y + b.h + 14)}" font-size="10" text-anchor="middle">${esc(l)}</text>` : ''))
    .join('');
}

function axes(b: Box, ticks: number[], yAt: (v: number) => number, yLabel: string): string {
  const out = [`<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" fill="none" stroke="#999"/>`];
  for (const t of ticks) {
    const y = yAt(t);
    out.push(`<line x1="${b.x}" y1="${n(y)}" x2="${b.x + b.w}" y2="${n(y)}" stroke="#eee"/>`);
    out.push(`<text x="${b.x - 5}" y="${n(y + 3)}" font-size="10" text-anchor="end">${esc(fmt(t))}</text>`);
  }
  out.push(`<text x="${b.x - 52}" y="${n(b.y + b.h / 2)}" font-size="11" text-anchor="middle" transform="rotate(-90 ${b.x - 52} ${n(b.y + b.h / 2)})">${esc(yLabel)}</text>`);
  return out.join('');
}

export interface Series {
  name: string;
  values: Array<number | null>;
  color?: string;
  dash?: boolean;
}

/** Lines over categorical x labels; gaps (null) break a line. */
export function linePanel(o: { height?: number; xLabels: string[]; series: Series[]; yLabel: string }): Panel {
  return {
    height: o.height ?? 260,
    draw: (b) => {
      const vals = o.series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
      const ticks = niceTicks(Math.min(...vals), Math.max(...vals));
      const lo = ticks[0];
      const hi = ticks[ticks.length - 1];
      const yAt = (v: number) => b.y + b.h - ((v - lo) / (hi - lo || 1)) * b.h;
      const m = o.xLabels.length;
      const xAt = (i: number) => b.x + (m <= 1 ? b.w / 2 : (i / (m - 1)) * b.w);
      const out = [axes(b, ticks, yAt, o.yLabel), xLabelsSvg(b, o.xLabels, xAt)];
      o.series.forEach((s, si) => {
        const color = s.color ?? PALETTE[si % PALETTE.length];
        let d = '';
        let pen = false;
        s.values.forEach((v, i) => {
          if (v === null || !Number.isFinite(v)) {
            pen = false;
            return;
          }
          d += `${pen ? 'L' : 'M'}${n(xAt(i))} ${n(yAt(v))}`;
          pen = true;
          if (!s.dash) out.push(`<circle cx="${n(xAt(i))}" cy="${n(yAt(v))}" r="2.5" fill="${color}"><title>${esc(`${s.name} ${o.xLabels[i]}: ${fmt(v)}`)}</title></circle>`);
        });
        if (d) out.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="2"${s.dash ? ' stroke-dasharray="6 4"' : ''}/>`);
      });
      return out.join('\n');
    },
  };
}

/** Stacked (default) or grouped bars over categorical x labels. */
export function barPanel(o: { height?: number; xLabels: string[]; series: Series[]; yLabel: string; grouped?: boolean }): Panel {
  return {
    height: o.height ?? 220,
    draw: (b) => {
      const m = o.xLabels.length;
      const tot = o.xLabels.map((_, i) =>
        o.grouped ? Math.max(0, ...o.series.map((x) => x.values[i] ?? 0)) : o.series.reduce((s, x) => s + Math.max(0, x.values[i] ?? 0), 0));
      const ticks = niceTicks(0, Math.max(1, ...tot));
      const hi = ticks[ticks.length - 1];
      const yAt = (v: number) => b.y + b.h - (v / (hi || 1)) * b.h;
      const slot = b.w / Math.max(1, m);
      const xAt = (i: number) => b.x + slot * (i + 0.5);
      const out = [axes(b, ticks, yAt, o.yLabel), xLabelsSvg(b, o.xLabels, xAt)];
      const k = o.series.length;
      for (let i = 0; i < m && o.grouped; i++) {
        o.series.forEach((s, si) => {
          const v = Math.max(0, s.values[i] ?? 0);
          const bw = (slot * 0.8) / Math.max(1, k);
          out.push(`<rect x="${n(xAt(i) - slot * 0.4 + si * bw)}" y="${n(yAt(v))}" width="${n(bw)}" height="${n(b.y + b.h - yAt(v))}" fill="${s.color ?? PALETTE[si % PALETTE.length]}"><title>${esc(`${s.name} ${o.xLabels[i]}: ${fmt(v)}`)}</title></rect>`);
        });
      }
      for (let i = 0; i < m && !o.grouped; i++) {
        let acc = 0;
        o.series.forEach((s, si) => {
          const v = Math.max(0, s.values[i] ?? 0);
          if (v <= 0) return;
          const y0 = yAt(acc);
          const y1 = yAt(acc + v);
          acc += v;
          out.push(`<rect x="${n(xAt(i) - slot * 0.4)}" y="${n(y1)}" width="${n(slot * 0.8)}" height="${n(y0 - y1)}" fill="${s.color ?? PALETTE[si % PALETTE.length]}"><title>${esc(`${s.name} ${o.xLabels[i]}: ${fmt(v)}`)}</title></rect>`);
        });
      }
      return out.join('\n');
    },
  };
}

/** Radar (spider) chart: one axis per label, clockwise from the top; values 0..max. */
export function radarPanel(o: { height?: number; axes: string[]; series: Series[]; max: number; rings?: number }): Panel {
  return {
    height: o.height ?? 360,
    draw: (b) => {
      const cx = b.x + b.w / 2;
      const cy = b.y + b.h / 2;
      const R = Math.min(b.w, b.h) / 2 - 20;
      const k = o.axes.length;
      const pt = (i: number, f: number) => [cx + Math.sin((2 * Math.PI * i) / k) * R * f, cy - Math.cos((2 * Math.PI * i) / k) * R * f];
      const out: string[] = [];
      const rings = o.rings ?? 4;
      for (let r = 1; r <= rings; r++) {
        const ps = o.axes.map((_, i) => pt(i, r / rings).map(n).join(',')).join(' ');
        out.push(`<polygon points="${ps}" fill="none" stroke="#ddd"/>`);
        out.push(`<text x="${n(cx + 3)}" y="${n(cy - (R * r) / rings - 2)}" font-size="9" fill="#888">${esc(fmt((o.max * r) / rings))}</text>`);
      }
      o.axes.forEach((a, i) => {
        const [x, y] = pt(i, 1);
        const [lx, ly] = pt(i, 1.09);
        out.push(`<line x1="${n(cx)}" y1="${n(cy)}" x2="${n(x)}" y2="${n(y)}" stroke="#ccc"/>`);
        out.push(`<text x="${n(lx)}" y="${n(ly + 4)}" font-size="12" text-anchor="middle">${esc(a)}</text>`);
      });
      o.series.forEach((s, si) => {
        const color = s.color ?? PALETTE[si % PALETTE.length];
        const ps = s.values.map((v, i) => pt(i, Math.max(0, Math.min(1, (v ?? 0) / (o.max || 1)))).map(n).join(',')).join(' ');
        out.push(`<polygon points="${ps}" fill="${color}" fill-opacity="0.12" stroke="${color}" stroke-width="2"${s.dash ? ' stroke-dasharray="5 3"' : ''}><title>${esc(s.name)}</title></polygon>`);
      });
      return out.join('\n');
    },
  };
}

export interface MapShape {
  /** [lon, lat] vertices. */
  ring: Array<[number, number]>;
  fill: string;
  opacity?: number;
  title?: string;
}
export interface MapPoint {
  lat: number;
  lon: number;
  r: number;
  fill: string;
  title?: string;
}

/** An equirectangular map of a bounding box [minLon, minLat, maxLon, maxLat] with outlines, shapes and points. */
export function mapPanel(o: {
  height?: number;
  bbox: [number, number, number, number];
  outlines?: Array<{ name: string; rings: Array<Array<[number, number]>> }>;
  shapes?: MapShape[];
  points?: MapPoint[];
  paths?: Array<{ coords: Array<[number, number]>; color: string; title?: string }>;
}): Panel {
  return {
    height: o.height ?? 460,
    draw: (b) => {
      const [x0, y0, x1, y1] = o.bbox;
      const kx = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
      const sx = b.w / Math.max(1e-9, (x1 - x0) * kx);
      const sy = b.h / Math.max(1e-9, y1 - y0);
      const s = Math.min(sx, sy);
      const ox = b.x + (b.w - (x1 - x0) * kx * s) / 2;
      const oy = b.y + (b.h - (y1 - y0) * s) / 2;
      const X = (lon: number) => ox + (lon - x0) * kx * s;
      const Y = (lat: number) => oy + (y1 - lat) * s;
      const pts = (ring: Array<[number, number]>) => ring.map(([lo, la]) => `${n(X(lo))},${n(Y(la))}`).join(' ');
      const out = [`<clipPath id="mapclip"><rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}"/></clipPath>`, `<g clip-path="url(#mapclip)">`];
      out.push(`<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" fill="#f4f8fb"/>`);
      for (const c of o.outlines ?? []) for (const r of c.rings) out.push(`<polygon points="${pts(r)}" fill="#fbfbf7" stroke="#999" stroke-width="0.7"><title>${esc(c.name)}</title></polygon>`);
      for (const sh of o.shapes ?? []) out.push(`<polygon points="${pts(sh.ring)}" fill="${sh.fill}" fill-opacity="${n(sh.opacity ?? 0.8)}" stroke="${sh.fill}" stroke-width="0.4">${sh.title ? `<title>${esc(sh.title)}</title>` : ''}</polygon>`);
      for (const p of o.paths ?? []) out.push(`<polyline points="${pts(p.coords)}" fill="none" stroke="${p.color}" stroke-width="1.5">${p.title ? `<title>${esc(p.title)}</title>` : ''}</polyline>`);
      for (const p of o.points ?? []) out.push(`<circle cx="${n(X(p.lon))}" cy="${n(Y(p.lat))}" r="${n(p.r)}" fill="${p.fill}" fill-opacity="0.85" stroke="#fff" stroke-width="0.5">${p.title ? `<title>${esc(p.title)}</title>` : ''}</circle>`);
      out.push('</g>', `<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" fill="none" stroke="#999"/>`);
      return out.join('\n');
    },
  };
}

/** A panel with a few lines of text (e.g. the trend figures). */
export function textPanel(lines: string[]): Panel {
  return {
    height: lines.length * 16,
    draw: (b) => lines.map((l, i) => `<text x="${b.x}" y="${b.y + 12 + i * 16}" font-size="12">${esc(l)}</text>`).join('\n'),
  };
}
