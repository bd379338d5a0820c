/**
 * @module ingest/read
 * Reading a path safely: stat first (missing, directory, FIFO/socket, too large are answered without
 * reading), then a bounded read so a file that grows after the stat cannot blow the memory budget.
 * Every failure is a value with an ingest error code.
 */
import { closeSync, fstatSync, lstatSync, openSync, readSync, statSync, constants } from 'node:fs';
import type { IngestError } from './types.ts';

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; error: IngestError };

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Read a regular file of at most `maxBytes` bytes. Never throws for I/O problems. */
export function readBounded(path: string, maxBytes: number): ReadResult {
  const fail = (code: IngestError['code'], message: string): ReadResult => ({ ok: false, error: { code, message, uri: path } });
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      // A symlink whose target is gone is there but cannot be read: say so rather than "no such file".
      try {
        if (lstatSync(path).isSymbolicLink()) return fail('unreadable', `broken symbolic link: ${path}`);
      } catch {
        /* not there at all */
      }
      return fail('not_found', `no such file: ${path}`);
    }
    return fail('unreadable', `cannot stat ${path}: ${code ?? (e as Error).message}`);
  }
  if (st.isDirectory()) return fail('is_directory', `is a directory: ${path}`);
  // FIFOs, sockets and devices would block or never end: refuse them before opening.
  if (!st.isFile()) return fail('not_a_file', `not a regular file (FIFO, socket or device): ${path}`);
  if (st.size > maxBytes) return fail('too_large', `${path} is ${mb(st.size)}, above the limit of ${mb(maxBytes)}`);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return fail('unreadable', `cannot open ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    if (!fstatSync(fd).isFile()) return fail('not_a_file', `not a regular file: ${path}`);
    // Read at most maxBytes + 1 so growth after the stat is still caught.
    const cap = maxBytes + 1;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // First read sized from the stat (+1 to notice growth), then 1 MB steps.
      const want = Math.min(total === 0 ? st.size + 1 : 1 << 20, cap - total);
      if (want <= 0) break;
      const buf = Buffer.allocUnsafe(want);
      const n = readSync(fd, buf, 0, want, null);
      if (n === 0) break;
      chunks.push(n === want ? buf : buf.subarray(0, n));
      total += n;
    }
    if (total > maxBytes) return fail('too_large', `${path} grew above the limit of ${mb(maxBytes)} while being read`);
    return { ok: true, bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total) };
  } catch (e) {
    return fail('unreadable', `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  } finally {
    closeSync(fd);
  }
}
