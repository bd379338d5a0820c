/**
 * @module cli/commands/ingest
 * `marsad ingest SOURCE...` — read files, folders, URLs, feeds and Telegram exports into the store.
 * Thin: parses options, calls sources/plan + sources/run, prints progress and the summary.
 */
import { parseArgs } from 'node:util';
import { stdio, UsageError, type Command, type CliIO } from '../command.ts';
import type { Lang } from '../../model/types.ts';
import type { SourceSpec, IngestSummary, PlanOptions } from '../../sources/index.ts';

const HELP = `Usage: marsad ingest SOURCE... [options]

Reads documents into the store: each new document is analysed and stored once (the same
text seen again only adds a retrieval), its events fused into incidents.

SOURCE is any of:
  FILE.txt / FILE.html       a document (a sidecar FILE.meta.json beside it is honoured)
  FOLDER                     every .txt/.html document under it; unchanged files are not
                             read again on the next run
  https://…                  a page, or a feed when the server sends RSS/Atom
  FILE.xml / .rss / .atom    a feed saved to disk
  result.json                a Telegram Desktop channel export: each message a document,
                             dated by the message, the channel as outlet

Options:
  --feed URL|FILE            a feed (repeatable); only items not taken before are read
  --telegram FILE            a Telegram export (repeatable)
  --db PATH|URL              the store: a SQLite file or a postgres:// URL (default: $MARSAD_HOME/marsad.db, else
                             $XDG_DATA_HOME/marsad/marsad.db, else ~/.local/share/marsad/marsad.db)
  --published YYYY-MM-DD     publication date for documents that do not give one
  --lang ar|fr|en            force the language
  --follow                   feeds: fetch each new item's page (its feed text if that fails)
  --again                    read unchanged files again (still stored once)
  --watch                    keep polling folders, feeds and exports
  --interval SECONDS         time between polls with --watch (default 300)
  --rounds N                 with --watch: stop after N polls
  --jobs N                   read and analyse on N worker threads (1: in this thread); each
                             worker loads its own gazetteer. Default: in this thread, and on
                             one worker per core once a run has 200 documents or more
  --timeout SECONDS          per fetch (default 20)
  --max-bytes N              largest page or file read (default 10 MB for pages, 50 MB for files)
  --format text|json         the summary as text (default) or one JSON object per poll
  -q, --quiet                no progress
  -h, --help                 this help

Progress goes to stderr (a live line on a terminal, plain lines otherwise), the summary
(new, duplicate, failed with reasons) at the end. Exit status: 0 all read, 1 some sources
or documents failed, 2 usage error.

Examples:
  marsad ingest reports/ --db /tmp/marsad.db
  marsad ingest --feed https://example.org/feed.xml --watch --interval 600
  marsad ingest ~/Downloads/Telegram/ChatExport_2024-09-18/result.json`;

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((res) => {
    const t = setTimeout(res, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(t);
      res();
    }, { once: true });
  });

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'read files, folders, URLs, feeds and Telegram exports into the store',
  help: HELP,
  async run(argv, io: CliIO) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        feed: { type: 'string', multiple: true },
        telegram: { type: 'string', multiple: true },
        db: { type: 'string' },
        published: { type: 'string' },
        lang: { type: 'string' },
        follow: { type: 'boolean' },
        again: { type: 'boolean' },
        watch: { type: 'boolean' },
        interval: { type: 'string' },
        rounds: { type: 'string' },
        timeout: { type: 'string' },
        jobs: { type: 'string' },
        'max-bytes': { type: 'string' },
        format: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
      },
    });
    const { classify } = await import('../../sources/plan.ts');
    const specs: SourceSpec[] = [
      ...positionals.map(classify),
      ...(values.feed ?? []).map((location): SourceSpec => ({ kind: 'feed', location })),
      ...(values.telegram ?? []).map((path): SourceSpec => ({ kind: 'telegram', path })),
    ];
    if (specs.length === 0) throw new UsageError('give at least one SOURCE, --feed or --telegram');
    if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) throw new UsageError(`--published must be YYYY-MM-DD, got '${values.published}'`);
    if (values.lang && !['ar', 'fr', 'en'].includes(values.lang)) throw new UsageError(`--lang must be ar, fr or en, got '${values.lang}'`);
    const format = values.format ?? 'text';
    if (!['text', 'json'].includes(format)) throw new UsageError(`--format must be text or json, got '${format}'`);
    const num = (name: string, v: string | undefined, def: number, min: number) => {
      if (v === undefined) return def;
      const n = Number(v);
      if (!Number.isFinite(n) || n < min) throw new UsageError(`--${name} must be a number ≥ ${min}, got '${v}'`);
      return n;
    };
    const interval = num('interval', values.interval, 300, 1);
    const rounds = num('rounds', values.rounds, Infinity, 1);
    const timeout = num('timeout', values.timeout, 20, 0.1);
    const jobs = num('jobs', values.jobs, 1, 1);
    const { defaultPoolSize } = await import('../../pipeline/pool.ts');
    const autoJobs = values.jobs === undefined ? defaultPoolSize() : 1;
    if (!Number.isInteger(jobs) || jobs > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64, got '${values.jobs}'`);
    const maxBytes = values['max-bytes'] === undefined ? undefined : num('max-bytes', values['max-bytes'], 0, 1);
    if (values.rounds !== undefined && !values.watch) throw new UsageError('--rounds only goes with --watch');

    const [{ openStore }, { plan, runIngest, formatSummary, createProgress, createPool }] = await Promise.all([import('../../store/index.ts'), import('../../sources/index.ts')]);
    // Every ingest checks the standing alert rules (marsad alerts); webhooks are sent in the background.
    const { withAlerts } = await import('../../alerts/index.ts');
    const store = withAlerts(openStore({ db: values.db }));
    let pool = jobs > 1 ? createPool(jobs) : null;
    const inThread = (await import('../../pipeline/index.ts')).analyzeDocument;
    const onPool = (p: NonNullable<typeof pool>) => ({ analyze: p.analyze, read: p.read, concurrency: p.size * 4 });
    // Without --jobs, a big run moves to one worker per core (see RunOptions.scaleUp).
    const scaleUp = autoJobs > 1 ? { atTotal: 200, start: () => onPool((pool ??= createPool(autoJobs))) } : undefined;
    const opts: PlanOptions = {
      ingest: { published: values.published, lang: values.lang as Lang | undefined, ...(maxBytes ? { maxBytes } : {}) },
      fetch: { timeoutMs: timeout * 1000, ...(maxBytes ? { maxBytes } : {}) },
      follow: values.follow ?? false,
      again: values.again ?? false,
    };
    // A live line only on a real terminal and only when printing to the process's own stderr.
    const tty = !values.quiet && io === stdio && process.stderr.isTTY === true;
    const stop = new AbortController();
    const onSigint = () => stop.abort();
    if (values.watch) process.once('SIGINT', onSigint);
    let anyFailed = false;
    try {
      for (let round = 1; round <= (values.watch ? rounds : 1) && !stop.signal.aborted; round++) {
        const progress = values.quiet
          ? undefined
          : createProgress(tty ? { tty: true, write: (s) => process.stderr.write(s), columns: process.stderr.columns } : { tty: false, write: (s) => io.err(s.replace(/\n$/, '')) });
        const how = pool ? onPool(pool) : { analyze: inThread, concurrency: 1 };
        const summary: IngestSummary = await runIngest(store, plan(store, specs, opts), { ...how, progress, scaleUp: pool ? undefined : scaleUp });
        if (summary.failed) anyFailed = true;
        if (format === 'json') io.out(JSON.stringify({ round, ...summary }));
        else if (!values.watch || summary.new || summary.duplicate || summary.failed || round === 1) io.err(formatSummary(summary));
        if (values.watch && round < rounds) await sleep(interval * 1000, stop.signal);
      }
    } finally {
      process.removeListener('SIGINT', onSigint);
      await pool?.close();
      await store.close();
    }
    return anyFailed ? 1 : 0;
  },
};
