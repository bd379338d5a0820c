/**
 * @module model/geo
 * Great-circle distance, the one formula every stage uses (extraction, gazetteer, fusion, eval,
 * analyses, server filters). Mean Earth radius (IUGG), 6371.0088 km.
 */
export const EARTH_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Haversine distance in km between two points given in degrees. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The same, between two `{lat, lon}` points. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  return haversineKm(a.lat, a.lon, b.lat, b.lon);
}
