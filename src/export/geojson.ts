/**
 * @module export/geojson
 * GeoJSON (RFC 7946) FeatureCollection: one Feature per incident, a Point in WGS 84 [longitude,
 * latitude] (null geometry when the place is unknown), properties flat — the export columns, so
 * that GDAL/QGIS read them as typed fields instead of nested objects. Written as a stream.
 */
import type { EventRecord } from '../model/types.ts';
import { COLUMNS, toRow } from './columns.ts';

export const geojsonHead = (): string => '{"type":"FeatureCollection","features":[\n';
export const geojsonTail = (): string => '\n]}\n';

export function geojsonFeature(r: EventRecord): string {
  const row = toRow(r);
  const properties: Record<string, unknown> = {};
  for (const c of COLUMNS) properties[c] = row[c];
  const ok = typeof r.latitude === 'number' && typeof r.longitude === 'number' && Number.isFinite(r.latitude) && Number.isFinite(r.longitude);
  const geometry = ok ? { type: 'Point', coordinates: [r.longitude, r.latitude] } : null;
  return JSON.stringify({ type: 'Feature', id: r.event_id_cnty, geometry, properties });
}
