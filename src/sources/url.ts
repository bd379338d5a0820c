/**
 * @module sources/url
 * Fetching a page or feed safely: http(s) only, a timeout over the whole exchange (headers and
 * body), a byte limit enforced while reading (a lying or absent Content-Length cannot get past it),
 * redirects followed by hand up to a bound, and the content type checked against what the caller
 * can use. Every failure is a value with a `code`.
 *
 * @example
 *   const r = await fetchBounded('https://example.org/a', { accept: PAGE_TYPES });
 *   if (r.ok) ingestBuffer(r.body, { uri: r.url, kind: 'url', contentType: r.contentType });
 */
import type { SourceError } from './types.ts';

export const PAGE_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain'];
export const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml', 'application/x-rss+xml'];

export interface FetchOptions {
  /** Whole exchange, default 20 s. */
  timeoutMs?: number;
  /** Largest body accepted, default 10 MB. */
  maxBytes?: number;
  /** Redirects followed, default 5. */
  maxRedirects?: number;
  /** Media types accepted (without parameters); default pages and feeds. */
  accept?: string[];
  userAgent?: string;
}

export type FetchResult =
  | { ok: true; url: string; status: number; contentType: string; body: Buffer; redirects: string[] }
  | { ok: false; error: SourceError };

const fail = (code: SourceError['code'], message: string, uri: string): FetchResult => ({ ok: false, error: { code, message, uri } });

export function mediaType(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

export async function fetchBounded(url: string, opts: FetchOptions = {}): Promise<FetchResult> {
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const maxBytes = opts.maxBytes ?? 10 * 1024 * 1024;
  const maxRedirects = opts.maxRedirects ?? 5;
  const accept = opts.accept ?? [...PAGE_TYPES, ...FEED_TYPES];
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return fail('bad_url', `not a URL: ${url}`, url);
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const redirects: string[] = [];
  try {
    for (;;) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') return fail('bad_url', `only http and https URLs are fetched, not ${current.protocol} (${current.href})`, url);
      let res: Response | null = null;
      // One retry when the connection fails before any answer: a kept-alive socket the server
      // closed while idle fails the next request on it ("other side closed").
      for (let attempt = 1; !res; attempt++) {
        try {
          res = await fetch(current, {
            redirect: 'manual',
            signal: controller.signal,
            headers: { 'user-agent': opts.userAgent ?? 'marsad/0.1 (+conflict reporting reader)', accept: accept.join(', ') + ', */*;q=0.1' },
          });
        } catch (e) {
          if (controller.signal.aborted) return fail('timeout', `no complete answer from ${current.href} within ${timeoutMs / 1000} s`, url);
          if (attempt < 2) continue;
          return fail('network', `cannot fetch ${current.href}: ${(e as Error & { cause?: Error }).cause?.message ?? (e as Error).message}`, url);
        }
      }
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        await res.body?.cancel().catch(() => {});
        if (redirects.length >= maxRedirects) return fail('too_many_redirects', `more than ${maxRedirects} redirects from ${url}`, url);
        let next: URL;
        try {
          next = new URL(res.headers.get('location')!, current);
        } catch {
          return fail('bad_url', `bad redirect target from ${current.href}`, url);
        }
        redirects.push(next.href);
        current = next;
        continue;
      }
      if (res.status < 200 || res.status >= 300) {
        await res.body?.cancel().catch(() => {});
        return fail('http_status', `HTTP ${res.status} ${res.statusText} from ${current.href}`, url);
      }
      const contentType = res.headers.get('content-type') ?? '';
      const mt = mediaType(contentType);
      if (mt && !accept.includes(mt)) {
        await res.body?.cancel().catch(() => {});
        return fail('content_type', `${current.href} is ${mt}, not one of ${accept.join(', ')}`, url);
      }
      const declared = Number(res.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await res.body?.cancel().catch(() => {});
        return fail('too_large', `${current.href} announces ${declared} bytes, above the limit of ${maxBytes}`, url);
      }
      const chunks: Buffer[] = [];
      let total = 0;
      if (res.body) {
        const reader = res.body.getReader();
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            total += value.byteLength;
            if (total > maxBytes) {
              await reader.cancel().catch(() => {});
              return fail('too_large', `${current.href} sent more than ${maxBytes} bytes`, url);
            }
            chunks.push(Buffer.from(value));
          }
        } catch (e) {
          if (controller.signal.aborted) return fail('timeout', `${current.href} did not finish within ${timeoutMs / 1000} s`, url);
          return fail('network', `reading ${current.href}: ${(e as Error).message}`, url);
        }
      }
      return { ok: true, url: current.href, status: res.status, contentType, body: Buffer.concat(chunks, total), redirects };
    }
  } finally {
    clearTimeout(timer);
  }
}
