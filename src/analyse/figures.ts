/**
 * @module analyse/figures
 * From an analysis result to a Figure: its tables (first = main, for CSV) and its chart (SVG),
 * both carrying the same metadata (analysis, data, filters, caveats).
 */
import { countryOutlines } from './borders.ts';
import { filterPairs } from './common.ts';
import type { ClaimsGapOptions, ClaimsGapResult } from './claims-gap.ts';
import type { DriftOptions, DriftResult } from './drift.ts';
import { cellToBoundary } from 'h3-js';
import type { GridOptions, GridResult } from './grid.ts';
import { ringLabels, SECTORS, type RingsOptions, type RingsResult } from './rings.ts';
import type { SpreadOptions, SpreadResult } from './spread.ts';
import { barPanel, linePanel, mapPanel, OTHER_COLOUR, PALETTE, radarPanel, svgPage, textPanel, type Legend, type Panel } from './output/svg.ts';
import type { Figure, FigureMeta, Table } from './types.ts';

export interface MetaInput {
  data: string;
  generated?: string;
}

function meta(m: MetaInput, analysis: FigureMeta['analysis'], title: string, filters: Array<[string, string]>, records: { read: number; used: number }, notes: string[] = []): FigureMeta {
  return { analysis, title, data: m.data, filters, records: { read: records.read, used: records.used }, notes, generated: m.generated ?? new Date().toISOString() };
}

const fmtCi = (ci: [number | null, number | null]) => `[${ci[0] ?? '–'}, ${ci[1] ?? '–'}]`;

/** A bounding box around points, padded, at least `minDeg` wide. */
/** Outlines for a map: 1:110m when the box is wider than 12° (a few px of error at 900 px), else 1:50m. */
function outlines(bbox: [number, number, number, number]) {
  return countryOutlines(bbox, bbox[2] - bbox[0] > 12 ? '110m' : '50m');
}

function bboxOf(pts: Array<[number, number]>, pad = 0.5, minDeg = 2): [number, number, number, number] {
  const ok = pts.filter(([lo, la]) => Number.isFinite(lo) && Number.isFinite(la));
  if (!ok.length) return [-18, 4, 16, 26];
  let x0 = Math.min(...ok.map((p) => p[0]));
  let x1 = Math.max(...ok.map((p) => p[0]));
  let y0 = Math.min(...ok.map((p) => p[1]));
  let y1 = Math.max(...ok.map((p) => p[1]));
  if (x1 - x0 < minDeg) [x0, x1] = [(x0 + x1) / 2 - minDeg / 2, (x0 + x1) / 2 + minDeg / 2];
  if (y1 - y0 < minDeg) [y0, y1] = [(y0 + y1) / 2 - minDeg / 2, (y0 + y1) / 2 + minDeg / 2];
  return [x0 - pad, y0 - pad, x1 + pad, y1 + pad];
}

// ------------------------------------------------------------------ drift

export function driftFigure(r: DriftResult, opts: DriftOptions, m: MetaInput): Figure {
  const t = r.trend;
  const mt = meta(m, 'drift', `Drift of activity${opts.actor ? ` — ${opts.actor}` : ''} per ${r.period}`, [...filterPairs(opts), ['period', r.period], ['trend of', t?.of ?? opts.trendOf ?? 'centroid']], r.records, [
    'centroid = mean latitude/longitude of the period\'s located incidents; trend = least squares over periods with incidents',
    ...(r.records.baseline ? [`${r.records.baseline} incidents before 'from' used only as the baseline of already affected admin2 units`] : []),
  ]);
  const periods: Table = {
    name: 'periods',
    columns: ['period', 'start', 'incidents', 'fatalities', 'centroid_lat', 'centroid_lon', 'median_lat', 'median_lon', 'trend_lat', 'new_admin2_count', 'new_admin2'],
    rows: r.periods.map((p, i) => [p.period, p.start, p.incidents, p.fatalities, p.centroid_lat, p.centroid_lon, p.median_lat, p.median_lon, t?.fitted_lat[i] ?? null, p.new_admin2.length, p.new_admin2.join('; ')]),
  };
  const units: Table = {
    name: 'new_admin2',
    columns: ['period', 'country', 'admin1', 'admin2', 'incidents', 'lat', 'lon', 'first_date', 'first_incident'],
    rows: r.new_units.map((u) => [u.period, u.country, u.admin1, u.admin2, u.incidents, u.lat, u.lon, u.first_date, u.first_incident]),
  };
  const trend: Table = {
    name: 'trend',
    columns: ['of', 'points', 'south_km_per_period', 'south_se_km', 'south_ci_low', 'south_ci_high', 'east_km_per_period', 'east_ci_low', 'east_ci_high', 'level', 'r2'],
    rows: t ? [[t.of, t.points, t.south_km_per_period, t.south_se_km, t.south_ci_km[0], t.south_ci_km[1], t.east_km_per_period, t.east_ci_km[0], t.east_ci_km[1], t.level, t.r2]] : [],
  };
  const labels = r.periods.map((p) => p.period);
  const summary = t
    ? [
        `Trend of the ${t.of} latitude over ${t.points} ${r.period}s: ${t.south_km_per_period} km per ${r.period} southward (SE ${t.south_se_km}; ${Math.round(t.level * 100)}% CI ${fmtCi(t.south_ci_km)}), R² ${t.r2 ?? '–'}`,
        `Eastward: ${t.east_km_per_period} km per ${r.period} (${Math.round(t.level * 100)}% CI ${fmtCi(t.east_ci_km)}). Negative southward = northward.`,
      ]
    : ['Too few periods with located incidents for a trend (at least 2 needed, 3 for an interval).'];
  const panels: Panel[] = [textPanel(summary)];
  if (r.periods.length) {
    panels.push(
      linePanel({
        xLabels: labels,
        yLabel: 'latitude (°N)',
        series: [
          { name: 'centroid latitude', values: r.periods.map((p) => p.centroid_lat), color: PALETTE[0] },
          { name: 'median latitude', values: r.periods.map((p) => p.median_lat), color: PALETTE[3] },
          ...(t ? [{ name: 'trend', values: t.fitted_lat, color: PALETTE[1], dash: true }] : []),
        ],
      }),
      barPanel({ height: 140, xLabels: labels, yLabel: 'new admin2', series: [{ name: 'admin2 units newly affected', values: r.periods.map((p) => p.new_admin2.length), color: PALETTE[2] }] }),
    );
    const cs = r.periods.filter((p) => p.centroid_lat !== null).map((p) => [p.centroid_lon!, p.centroid_lat!] as [number, number]);
    const us = r.new_units.filter((u) => Number.isFinite(u.lat)).map((u) => [u.lon, u.lat] as [number, number]);
    const bbox = bboxOf([...cs, ...us]);
    const idx = new Map(labels.map((l, i) => [l, i]));
    const shade = (period: string) => {
      const f = labels.length > 1 ? (idx.get(period) ?? 0) / (labels.length - 1) : 1;
      return `rgb(${Math.round(230 - 200 * f)},${Math.round(180 - 150 * f)},${Math.round(60 + 100 * f)})`;
    };
    panels.push(
      mapPanel({
        height: 380,
        bbox,
        outlines: outlines(bbox),
        points: [
          ...r.new_units.filter((u) => Number.isFinite(u.lat)).map((u) => ({ lat: u.lat, lon: u.lon, r: 3, fill: shade(u.period), title: `${u.admin2}, ${u.admin1} (${u.country}): first in ${u.period}` })),
          ...r.periods.filter((p) => p.centroid_lat !== null).map((p) => ({ lat: p.centroid_lat!, lon: p.centroid_lon!, r: 4.5, fill: '#000000', title: `centroid ${p.period}` })),
        ],
        paths: cs.length > 1 ? [{ coords: cs, color: '#000000', title: 'centroid path' }] : [],
      }),
    );
  }
  const svg = svgPage(mt, panels, {
    legend: [
      { label: 'centroid latitude', color: PALETTE[0] },
      { label: 'median latitude', color: PALETTE[3] },
      { label: 'trend (least squares)', color: PALETTE[1], dash: true },
      { label: 'new admin2 units (map: light = early, dark = late)', color: PALETTE[2] },
      { label: 'centroid path (map)', color: '#000000' },
    ],
  });
  return { meta: mt, tables: [periods, units, trend], svg };
}

// ------------------------------------------------------------------ rings

export function ringsFigure(r: RingsResult, opts: RingsOptions, m: MetaInput): Figure {
  const rl = ringLabels(r.edges);
  const mt = meta(
    m, 'rings', `Incidents around ${r.center.name} by distance and direction, per ${r.period}`,
    [['place', `${r.center.name} (${r.center.lat}, ${r.center.lon})`], ...filterPairs(opts), ['rings km', r.edges.join(',')], ['period', r.period]],
    r.records,
    [
      'encirclement index E = sum over 8 compass sectors of max(1 - d/R) over the sector\'s incidents (d: distance, R: outer ring); 0..8',
      `incidents within ${opts.centreKm ?? 1} km of the centre count in the first ring but in no sector (${r.records.centre} of them)`,
    ],
  );
  const main: Table = {
    name: 'rings',
    columns: ['period', 'start', ...rl.map((l) => `incidents ${l}`), ...rl.map((l) => `fatalities ${l}`), 'sectors_hit', 'encirclement', 'encirclement_share'],
    rows: r.periods.map((p) => [p.period, p.start, ...p.rings, ...p.ring_fatalities, p.sectors_hit, p.encirclement, p.encirclement_share]),
  };
  const sectors: Table = {
    name: 'sectors',
    columns: ['period', 'sector', 'incidents', 'weight'],
    rows: r.periods.flatMap((p) => SECTORS.map((s, i) => [p.period, s, p.sectors[i], p.sector_weight[i]])),
  };
  const labels = r.periods.map((p) => p.period);
  const panels: Panel[] = [];
  if (r.periods.length) {
    panels.push(
      linePanel({ height: 200, xLabels: labels, yLabel: 'encirclement (0-8)', series: [{ name: 'encirclement index', values: r.periods.map((p) => p.encirclement), color: PALETTE[1] }] }),
      barPanel({ height: 200, xLabels: labels, yLabel: 'incidents', series: rl.map((l, i) => ({ name: l, values: r.periods.map((p) => p.rings[i]), color: PALETTE[i % PALETTE.length] })) }),
    );
    const recent = r.periods.filter((p) => p.sectors_hit > 0).slice(-4);
    panels.push(
      radarPanel({
        axes: [...SECTORS],
        max: 1,
        series: recent.map((p, i) => ({ name: p.period, values: p.sector_weight, color: ['#c6dbef', '#6baed6', '#2171b5', '#08306b'][i + 4 - recent.length] })),
      }),
    );
  }
  const recent = r.periods.filter((p) => p.sectors_hit > 0).slice(-4);
  const svg = svgPage(mt, panels, {
    legend: [
      { label: 'encirclement index', color: PALETTE[1] },
      ...rl.map((l, i) => ({ label: `incidents ${l}`, color: PALETTE[i % PALETTE.length] })),
      ...recent.map((p, i) => ({ label: `radar: sector weights ${p.period}`, color: ['#c6dbef', '#6baed6', '#2171b5', '#08306b'][i + 4 - recent.length] })),
    ],
  });
  return { meta: mt, tables: [main, sectors], svg };
}

// ------------------------------------------------------------------ spread

export function spreadFigure(r: SpreadResult, opts: SpreadOptions, m: MetaInput): Figure {
  const mt = meta(m, 'spread', `Cross-border spread${opts.actor ? ` — ${opts.actor}` : ''} per ${r.period}`, [...filterPairs(opts), ['period', r.period], ['near border', `≤ ${r.near_km} km`]], r.records, [
    `distance to the nearest international land border from ${r.border_data}; lines generalised (errors of a few km)`,
    ...(r.records.baseline ? [`${r.records.baseline} incidents before 'from' used only as the baseline of countries/admin1 already seen`] : []),
  ]);
  const main: Table = {
    name: 'countries',
    columns: ['period', 'start', ...r.countries, 'incidents', 'fatalities', 'median_border_km', 'near_border_share', 'new_admin1'],
    rows: r.periods.map((p) => [p.period, p.start, ...p.by_country, p.incidents, p.fatalities, p.median_border_km, p.near_border_share, p.new_admin1]),
  };
  const cols = ['country', 'admin1', 'period', 'first_date', 'first_incident', 'border_km', 'nearest_border'];
  const rowOf = (a: SpreadResult['new_admin1'][number]) => [a.country, a.admin1, a.period, a.first_date, a.first_incident, a.border_km, a.nearest_border];
  const tables: Table[] = [main, { name: 'new_admin1', columns: cols, rows: r.new_admin1.map(rowOf) }, { name: 'new_countries', columns: cols, rows: r.new_countries.map(rowOf) }];
  if (r.incidents) {
    tables.push({
      name: 'incidents',
      columns: ['incident', 'date', 'country', 'admin1', 'lat', 'lon', 'border_km', 'nearest_border'],
      rows: r.incidents.map((i) => [i.id, i.date, i.country, i.admin1, i.lat, i.lon, i.border_km, i.nearest_border]),
    });
  }
  const labels = r.periods.map((p) => p.period);
  const colour = (i: number) => (i < PALETTE.length - 1 ? PALETTE[i] : OTHER_COLOUR);
  const panels: Panel[] = [];
  if (r.periods.length) {
    panels.push(
      barPanel({ xLabels: labels, yLabel: 'incidents', series: r.countries.map((c, i) => ({ name: c, values: r.periods.map((p) => p.by_country[i]), color: colour(i) })) }),
      linePanel({ height: 180, xLabels: labels, yLabel: 'km to border', series: [{ name: 'median distance to nearest border', values: r.periods.map((p) => p.median_border_km), color: '#000000' }] }),
    );
  }
  const firsts = r.new_countries.map((c) => `${c.country}: first ${c.first_date} (${c.first_incident || 'incident'})${c.border_km !== null ? `, ${c.border_km} km from the ${c.nearest_border} border` : ''}`);
  if (firsts.length) panels.push(textPanel(['First appearance by country:', ...firsts.slice(0, 12)]));
  const svg = svgPage(mt, panels, { legend: [...r.countries.map((c, i) => ({ label: c, color: colour(i) })), { label: 'median km to nearest border', color: '#000000' }] });
  return { meta: mt, tables, svg };
}

// ------------------------------------------------------------------ claims gap

export function claimsGapFigure(r: ClaimsGapResult, opts: ClaimsGapOptions, m: MetaInput): Figure {
  const mt = meta(m, 'claims-gap', `Claimed vs officially reported fatalities${opts.actor ? ` — ${opts.actor}` : ''}`, filterPairs(opts), r.records, [
    'only incidents where the actor and an official party (Government/Military Forces of …) both give a figure; each side: its largest claim, read at its lower bound',
  ]);
  const actors: Table = {
    name: 'actors',
    columns: ['actor', 'incidents', 'claimed_total', 'official_total', 'ratio', 'median_ratio'],
    rows: r.actors.map((a) => [a.actor, a.incidents, a.claimed_total, a.official_total, a.ratio, a.median_ratio]),
  };
  const incidents: Table = {
    name: 'incidents',
    columns: ['actor', 'incident', 'date', 'country', 'location', 'claimed', 'official', 'ratio', 'claimed_by', 'official_by'],
    rows: r.incidents.map((i) => [i.actor, i.incident, i.date, i.country, i.location, i.claimed, i.official, i.ratio, i.claimed_by, i.official_by]),
  };
  const top = r.actors.slice(0, 12);
  const short = (s: string) => (s.length > 18 ? s.slice(0, 17) + '…' : s);
  const panels: Panel[] = top.length
    ? [
        barPanel({ grouped: true, xLabels: top.map((a) => short(a.actor)), yLabel: 'fatalities', series: [{ name: 'claimed by the actor', values: top.map((a) => a.claimed_total), color: PALETTE[1] }, { name: 'official', values: top.map((a) => a.official_total), color: PALETTE[0] }] }),
        textPanel(top.map((a) => `${a.actor}: ${a.incidents} incidents, claimed ${a.claimed_total} vs official ${a.official_total}, ratio ${a.ratio ?? '–'} (median per incident ${a.median_ratio ?? '–'})`)),
      ]
    : [textPanel(['No incident has both a claim by the actor and an official figure.'])];
  const svg = svgPage(mt, panels, { legend: [{ label: 'claimed by the actor', color: PALETTE[1] }, { label: 'official', color: PALETTE[0] }] });
  return { meta: mt, tables: [actors, incidents], svg };
}

// ------------------------------------------------------------------ grid

export function gridFigure(r: GridResult, opts: GridOptions, m: MetaInput): Figure {
  const mt = meta(m, 'grid', `Activity grid — ${r.label}`, [...filterPairs(opts), ['period', r.period], ['H3 resolution', String(r.resolution)]], r.records, [
    `${r.label[0].toUpperCase()}${r.label.slice(1)}: the colour is the actor named in most of a cell's incidents, not who controls the ground`,
    'cells shaded by incident count (log scale); civilians, protesters and rioters are not counted as dominant actors',
  ]);
  const cols = ['period', 'cell', 'lat', 'lon', 'incidents', 'fatalities', 'dominant_actor', 'dominant_share', 'actors'];
  const row = (c: GridResult['cells'][number]) => [c.period, c.cell, c.lat, c.lon, c.incidents, c.fatalities, c.dominant_actor, c.dominant_share, c.actors];
  const tables: Table[] = [
    { name: 'cells', columns: cols, rows: r.cells.map(row) },
    { name: 'total', columns: cols, rows: r.total.map(row) },
    { name: 'actors', columns: ['actor', 'cells_dominated', 'incidents'], rows: r.actors.map((a) => [a.actor, a.cells, a.incidents]) },
  ];
  const named = r.actors.slice(0, PALETTE.length - 1).map((a) => a.actor);
  const colourOf = (a: string) => {
    const i = named.indexOf(a);
    return i >= 0 ? PALETTE[i] : OTHER_COLOUR;
  };
  const shown = r.total.slice(0, 20_000);
  const maxInc = Math.max(1, ...shown.map((c) => c.incidents));
  const shapes = shown.map((c) => ({
    ring: cellToBoundary(c.cell).map(([la, lo]) => [lo, la] as [number, number]),
    fill: colourOf(c.dominant_actor),
    opacity: 0.25 + 0.7 * (Math.log1p(c.incidents) / Math.log1p(maxInc)),
    title: `${c.cell}: ${c.incidents} incidents, ${c.fatalities} fatalities; ${c.dominant_actor || 'no actor'} (${c.dominant_share ?? '–'})`,
  }));
  const bbox = bboxOf(shown.map((c) => [c.lon, c.lat]));
  const panels: Panel[] = [mapPanel({ height: 520, bbox, outlines: outlines(bbox), shapes })];
  if (r.total.length > shown.length) mt.notes.push(`map shows the ${shown.length} busiest of ${r.total.length} cells; the CSV has all`);
  const legend: Legend[] = [...named.map((a) => ({ label: a, color: colourOf(a) })), ...(r.actors.length > named.length ? [{ label: 'other actors', color: OTHER_COLOUR }] : [])];
  return { meta: mt, tables, svg: svgPage(mt, panels, { legend }) };
}
