// The map: Leaflet with no tile server. The basemap is Natural Earth's country polygons
// (public domain, shipped in the world-atlas npm package as TopoJSON) drawn as a GeoJSON layer,
// with country names as labels. Incidents are circles sized by fatalities and coloured by event
// type, clustered by supercluster when dense; a cluster whose members share one spot lists them.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import Supercluster, { type ClusterProperties, type PointFeature } from 'supercluster';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import type { IncidentRow } from './api.ts';
import { colorOf, radiusOf, TYPE_COLORS, OTHER_COLOR } from './colors.ts';
import { h } from './dom.ts';
import { t } from './i18n/index.ts';

interface PointProps {
  id: string;
  fatalities: number;
  type: string;
}
interface ClusterProps {
  fatalities: number;
}

const SAHEL_VIEW: [number, number] = [15, 0];
const MAX_ZOOM = 15;

export class MapView {
  readonly map: L.Map;
  private readonly layer = L.layerGroup();
  private readonly labels = L.layerGroup();
  private index: Supercluster<PointProps, ClusterProps> | null = null;
  private rows = new Map<string, IncidentRow>();
  private selected: string | null = null;
  private fresh = new Set<string>();
  readonly ready: Promise<void>;

  constructor(
    private readonly el: HTMLElement,
    private readonly onSelect: (id: string) => void,
  ) {
    this.map = L.map(el, { center: SAHEL_VIEW, zoom: 4, minZoom: 2, maxZoom: MAX_ZOOM, worldCopyJump: true, preferCanvas: false });
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution('Natural Earth (public domain) · Leaflet');
    this.layer.addTo(this.map);
    this.map.on('moveend', () => this.render());
    this.map.on('zoomend', () => this.toggleLabels());
    this.ready = this.loadBasemap();
    this.addLegend();
  }

  private async loadBasemap(): Promise<void> {
    try {
      const topo = (await (await fetch(countriesUrl)).json()) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
      const fc = feature(topo, topo.objects.countries);
      L.geoJSON(fc, {
        interactive: false,
        style: { color: '#9aa3ad', weight: 0.8, fillColor: '#f3efe6', fillOpacity: 1 },
      }).addTo(this.map);
      for (const f of fc.features) {
        const name = f.properties?.name;
        if (!name || !f.geometry) continue;
        const at = labelPoint(f.geometry);
        if (!at) continue;
        this.labels.addLayer(
          L.marker(at, {
            interactive: false,
            keyboard: false,
            icon: L.divIcon({ className: 'country-label', html: h('span', null, name), iconSize: [0, 0] }),
          }),
        );
      }
      this.toggleLabels();
      // Incident markers stay above the basemap.
      this.layer.remove();
      this.layer.addTo(this.map);
      this.render();
    } catch {
      // Without a basemap the incidents still show on a plain background.
    }
  }

  private toggleLabels() {
    const show = this.map.getZoom() >= 4;
    if (show && !this.map.hasLayer(this.labels)) this.labels.addTo(this.map);
    if (!show && this.map.hasLayer(this.labels)) this.labels.remove();
  }

  private legend: L.Control | null = null;
  private addLegend() {
    const Legend = L.Control.extend({
      onAdd: () => {
        const box = h('div', { class: 'map-legend' });
        for (const [type, color] of [...Object.entries(TYPE_COLORS), ['—', OTHER_COLOR] as const]) {
          box.appendChild(h('div', { class: 'legend-row' }, h('span', { class: 'legend-dot', style: `background:${color}` }), type));
        }
        L.DomEvent.disableClickPropagation(box);
        return box;
      },
    });
    this.legend = new Legend({ position: 'bottomleft' });
    this.legend.addTo(this.map);
  }

  setIncidents(rows: IncidentRow[], fresh: Set<string>) {
    this.rows = new Map(rows.map((r) => [r.id, r]));
    this.fresh = fresh;
    const points: Array<PointFeature<PointProps>> = [];
    for (const r of rows) {
      const { latitude: lat, longitude: lon } = r.record;
      if (lat == null || lon == null) continue;
      points.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { id: r.id, fatalities: r.record.fatalities ?? 0, type: r.record.event_type } });
    }
    this.index = new Supercluster<PointProps, ClusterProps>({
      radius: 36,
      maxZoom: MAX_ZOOM - 1,
      map: (p) => ({ fatalities: p.fatalities }),
      reduce: (acc, p) => {
        acc.fatalities += p.fatalities;
      },
    }).load(points);
    this.el.dataset.incidents = String(points.length);
    this.el.dataset.withoutCoordinates = String(rows.length - points.length);
    this.render();
  }

  /** Zoom to the given incidents (all when none given). */
  fit(ids?: Iterable<string>) {
    const want = ids ? new Set(ids) : null;
    const pts: L.LatLngExpression[] = [];
    for (const r of this.rows.values()) {
      if (want && !want.has(r.id)) continue;
      if (r.record.latitude != null && r.record.longitude != null) pts.push([r.record.latitude, r.record.longitude]);
    }
    if (pts.length === 0) return;
    if (pts.length === 1) this.map.setView(pts[0], 10);
    else this.map.fitBounds(L.latLngBounds(pts), { padding: [40, 40], maxZoom: 11 });
  }

  setSelected(id: string | null) {
    this.selected = id;
    this.render();
  }

  invalidate() {
    this.map.invalidateSize();
    this.render();
  }

  private render() {
    this.layer.clearLayers();
    if (!this.index) return;
    const b = this.map.getBounds();
    const zoom = Math.round(this.map.getZoom());
    const west = Math.max(-180, b.getWest());
    const east = Math.min(180, b.getEast());
    const features = this.index.getClusters([west, Math.max(-85, b.getSouth()), east, Math.min(85, b.getNorth())], zoom);
    for (const f of features) {
      const [lon, lat] = f.geometry.coordinates;
      const p = f.properties as (PointProps & { cluster?: false }) | (ClusterProperties & ClusterProps);
      if ('cluster' in p && p.cluster) this.addCluster(lat, lon, p.cluster_id, p.point_count, p.fatalities);
      else this.addPoint(lat, lon, p as PointProps);
    }
  }

  private addPoint(lat: number, lon: number, p: PointProps) {
    const r = this.rows.get(p.id);
    if (!r) return;
    const color = colorOf(p.type);
    const sel = this.selected === p.id;
    const m = L.circleMarker([lat, lon], {
      radius: radiusOf(p.fatalities),
      color: sel ? '#111' : this.fresh.has(p.id) ? '#000' : color,
      weight: sel ? 3 : this.fresh.has(p.id) ? 2.5 : 1.5,
      fillColor: color,
      fillOpacity: r.record.background ? 0.35 : 0.75,
      dashArray: r.record.background ? '3 3' : undefined,
      className: 'incident-marker',
    });
    m.bindTooltip(tooltipOf(r), { direction: 'top', offset: [0, -4] });
    m.on('click', () => this.onSelect(p.id));
    m.addTo(this.layer);
    const el = m.getElement();
    if (el) {
      el.setAttribute('data-id', p.id);
      el.setAttribute('role', 'button');
      el.setAttribute('aria-label', `${r.record.event_date ?? ''} ${r.record.sub_event_type} ${r.record.location}`);
    }
  }

  private addCluster(lat: number, lon: number, clusterId: number, count: number, fatalities: number) {
    const index = this.index!;
    const leaves = index.getLeaves(clusterId, Infinity).map((l) => l.properties.id);
    const size = Math.min(56, 26 + 6 * Math.log2(count));
    const el = h('div', { class: 'cluster', 'data-ids': leaves.join(' '), 'data-count': count, title: t('map.incidents', { n: count }) }, h('span', null, String(count)));
    if (leaves.some((id) => this.fresh.has(id))) el.classList.add('fresh');
    if (fatalities > 0) el.style.setProperty('--ring', `${Math.min(8, 2 + Math.log2(1 + fatalities))}px`);
    const m = L.marker([lat, lon], { icon: L.divIcon({ html: el, className: 'cluster-icon', iconSize: [size, size] }), keyboard: true, title: t('map.incidents', { n: count }) });
    m.on('click', () => {
      const z = index.getClusterExpansionZoom(clusterId);
      const pts = index.getLeaves(clusterId, Infinity);
      const samePlace = pts.every((q) => q.geometry.coordinates[0] === pts[0].geometry.coordinates[0] && q.geometry.coordinates[1] === pts[0].geometry.coordinates[1]);
      if (!samePlace && z <= MAX_ZOOM) {
        this.map.flyTo([lat, lon], z);
        return;
      }
      const list = h('ul', { class: 'cluster-list' });
      for (const q of pts) {
        const r = this.rows.get(q.properties.id);
        if (!r) continue;
        list.appendChild(h('li', null, h('button', { type: 'button', class: 'linklike', on: { click: () => this.onSelect(r.id) } }, tooltipOf(r))));
      }
      L.popup({ maxWidth: 320 }).setLatLng([lat, lon]).setContent(list).openOn(this.map);
    });
    m.addTo(this.layer);
  }
}

function tooltipOf(r: IncidentRow): HTMLElement {
  const e = r.record;
  return h(
    'div',
    { class: 'tip', dir: 'auto' },
    h('strong', null, `${e.event_date ?? e.date_start ?? '?'} · ${e.sub_event_type || e.event_type}`),
    h('div', null, [e.location, e.admin1, e.country].filter(Boolean).join(', ')),
    h('div', null, [e.actor1, e.actor2].filter(Boolean).join(' — ')),
    e.fatalities ? h('div', null, `† ${e.fatalities}`) : null,
  );
}

/** Where to put a country's name: the middle of the bounding box of its largest polygon. */
function labelPoint(g: GeoJSON.Geometry): L.LatLngExpression | null {
  const polys: GeoJSON.Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  let best: { area: number; at: [number, number] } | null = null;
  for (const poly of polys) {
    const ring = poly[0];
    if (!ring || ring.length < 3) continue;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of ring) {
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
    const area = (x1 - x0) * (y1 - y0);
    if (!best || area > best.area) best = { area, at: [(y0 + y1) / 2, (x0 + x1) / 2] };
  }
  return best && best.area > 4 ? best.at : null;
}
