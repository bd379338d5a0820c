/**
 * @module sources/pool
 * The ingest runner's worker pool is the shared one of src/pipeline/pool.ts (also used by
 * `marsad serve`); re-exported here for the sources' callers.
 */
export { createPool, defaultPoolSize, PoolError, type AnalysisPool, type PoolOptions } from '../pipeline/pool.ts';
