/**
 * @module knowledge/gazetteer
 * The gazetteer's public API: load it, look names up, find place mentions in text, resolve them
 * to GeoNames (or curated) entries with ACLED location fields and geo_precision.
 */
export { loadGazetteer, placePrior, Gazetteer, type Place, type Candidate, type Country, type LookupOptions } from './load.ts';
export { findPlaces, type PlaceMention } from './find.ts';
export { resolvePlace, resolveRelative, haversineKm, type PlaceContext, type ResolvedPlace, type ResolvedRelative, type PlaceFailure } from './resolve.ts';
export { fineKey, skeletonKey, fineDistance } from './translit.ts';
export { importDump, dataDir } from './userdata.ts';
