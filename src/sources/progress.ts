/**
 * @module sources/progress
 * Ingest progress: on a terminal one line redrawn in place (bar when the total is known, counts,
 * rate), at most ten times a second; elsewhere (logs, pipes, CI) a plain line every `every` items
 * and at most every `seconds`, so that logs stay readable.
 */

export interface ProgressCounts {
  done: number;
  total: number;
  new: number;
  duplicate: number;
  failed: number;
  unchanged: number;
}

export interface Progress {
  update(c: ProgressCounts): void;
  /** Clear the live line before other output, and at the end. */
  done(): void;
}

export interface ProgressOptions {
  write(s: string): void;
  tty: boolean;
  /** Terminal width (TTY only). */
  columns?: number;
  /** Non-TTY: a line every this many items (default 100) … */
  every?: number;
  /** … or after this many seconds (default 10), whichever comes first. */
  seconds?: number;
  now?: () => number;
}

export function formatCounts(c: ProgressCounts, rate: number): string {
  const total = c.total > 0 ? `/${c.total}` : '';
  return `${c.done}${total}  new ${c.new}  duplicate ${c.duplicate}  failed ${c.failed}${c.unchanged ? `  unchanged ${c.unchanged}` : ''}  ${rate.toFixed(1)} docs/s`;
}

export function createProgress(o: ProgressOptions): Progress {
  const now = o.now ?? (() => performance.now());
  const t0 = now();
  let lastDraw = -Infinity;
  let lastDone = 0;
  let drawn = false;
  const rate = (done: number) => done / Math.max(0.001, (now() - t0) / 1000);
  if (o.tty) {
    return {
      update(c) {
        const t = now();
        if (t - lastDraw < 100 && c.done !== c.total) return;
        lastDraw = t;
        const width = Math.max(40, o.columns ?? 80);
        const counts = formatCounts(c, rate(c.done));
        let line = counts;
        if (c.total > 0) {
          const barW = Math.max(10, Math.min(30, width - counts.length - 4));
          const fill = Math.round((barW * Math.min(c.done, c.total)) / c.total);
          line = `[${'#'.repeat(fill)}${'.'.repeat(barW - fill)}] ${counts}`;
        }
        o.write(`\r\x1b[K${line.slice(0, width - 1)}`);
        drawn = true;
      },
      done() {
        if (drawn) o.write('\r\x1b[K');
        drawn = false;
      },
    };
  }
  const every = o.every ?? 100;
  const seconds = o.seconds ?? 10;
  return {
    update(c) {
      const t = now();
      if (c.done - lastDone >= every || (c.done > lastDone && t - lastDraw >= seconds * 1000)) {
        lastDone = c.done;
        lastDraw = t;
        o.write(`ingest: ${formatCounts(c, rate(c.done))}\n`);
      }
    },
    done() {},
  };
}
