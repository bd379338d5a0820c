/**
 * @module sources
 * Where documents come from: files and folders, URLs, RSS/Atom feeds, Telegram Desktop exports;
 * and the runner that stores them. `marsad ingest` is a thin edge over `plan` + `runIngest`.
 *
 * @example
 *   const store = openStore({ db: 'm.db' });
 *   const summary = await runIngest(store, plan(store, [{ kind: 'path', path: 'reports/' }]), {
 *     analyze: analyzeDocument,
 *   });
 *   console.log(formatSummary(summary));
 */
export * from './types.ts';
export { plan, classify, DOC_EXT, type SourceSpec, type PlanOptions, type PlanEvent } from './plan.ts';
export { runIngest, formatSummary, type RunOptions } from './run.ts';
export { createPool, defaultPoolSize, PoolError, type AnalysisPool, type PoolOptions } from './pool.ts';
export { createProgress, formatCounts, type Progress, type ProgressCounts } from './progress.ts';
export { fetchBounded, mediaType, PAGE_TYPES, FEED_TYPES, type FetchOptions, type FetchResult } from './url.ts';
export { parseFeed, looksLikeFeed, itemHtml, type Feed, type FeedItem } from './feed.ts';
export { parseTelegramExport, flattenText, type TelegramChannel, type TelegramMessage } from './telegram.ts';
