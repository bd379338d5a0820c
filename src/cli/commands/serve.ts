/**
 * @module cli/commands/serve
 * `marsad serve` — the HTTP API and the web interface on the embedded store (src/server).
 */
import { parseArgs } from 'node:util';
import { UsageError, type Command } from '../command.ts';
import { defaultDbPath, isPostgresUrl, redactUrl } from '../../store/index.ts';

const HELP = `Usage: marsad serve [options]

Starts Marsad in the browser: the web interface (map, timeline, incidents, evidence, paste a
report) and the HTTP API (documented at /openapi.json), on the embedded SQLite store with the
bundled actor registry and gazetteer. The interface is built on first start (out/web/).

Options:
  --port N          port to listen on (default 4747; 0 picks a free one)
  --host ADDR       address to bind (default 127.0.0.1: this machine only)
  --db PATH|URL     SQLite file (default ${defaultDbPath()}; $MARSAD_HOME moves it),
                    or a postgres://user@host/db URL
  --max-body-mb N   largest report accepted by POST /api/analyze (default 10)
  --no-web          serve the API only (do not build or serve the interface)
  --workers N       analysis worker threads (default: the cores available; 0: none,
                    reports are analysed on the server's own thread)
  -h, --help        this help

Example:
  marsad serve --port 8080 --db ./marsad.db`;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'start the web interface and HTTP API (127.0.0.1:4747 by default)',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        db: { type: 'string' },
        'max-body-mb': { type: 'string' },
        'no-web': { type: 'boolean' },
        workers: { type: 'string' },
      },
    });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const port = values.port === undefined ? 4747 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0..65535, got '${values.port}'`);
    const mb = values['max-body-mb'] === undefined ? 10 : Number(values['max-body-mb']);
    if (!Number.isFinite(mb) || mb <= 0 || mb > 1024) throw new UsageError(`--max-body-mb must be a number of megabytes (0 < N ≤ 1024), got '${values['max-body-mb']}'`);
    const host = values.host ?? '127.0.0.1';
    if (!host.trim()) throw new UsageError('--host must not be empty');

    const workers = values.workers === undefined ? undefined : Number(values.workers);
    if (workers !== undefined && (!Number.isInteger(workers) || workers < 0 || workers > 64)) throw new UsageError(`--workers must be a whole number from 0 to 64, got '${values.workers}'`);

    const { startServer } = await import('../../server/index.ts');
    let s;
    try {
      s = await startServer({ port, host, db: values.db, webDir: values['no-web'] ? false : undefined, maxBodyBytes: Math.round(mb * 1024 * 1024), workers, log: io.err, logger: true });
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
        io.err(`marsad serve: cannot listen on ${host}:${port} (${code}); try another --port`);
        return 1;
      }
      throw e;
    }
    io.out(`Marsad ${values['no-web'] ? 'API' : 'is'} running at ${s.url}/  (API: ${s.url}/openapi.json, store: ${values.db && isPostgresUrl(values.db) ? redactUrl(values.db) : (values.db ?? defaultDbPath())})`);
    io.out('Press Ctrl+C to stop.');
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        s.close().then(resolve, resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return 0;
  },
};
