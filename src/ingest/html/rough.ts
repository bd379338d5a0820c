/**
 * @module ingest/html/rough
 * Text of an HTML page too large for a DOM (a DOM costs some 50 bytes of memory per byte of
 * HTML): one linear pass with indexOf and simple regular expressions. Script, style and similar
 * elements are cut out whole, block tags become paragraph breaks, other tags vanish, character
 * references are decoded. Coarser than the DOM path, but bounded in time and memory.
 */

const SKIP = ['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'textarea', 'select', 'head', 'nav', 'aside', 'footer'];
const BLOCK = /^(?:p|div|section|article|main|header|h[1-6]|ul|ol|dl|blockquote|pre|table|figure|figcaption|address|hr|form|fieldset|details|summary|center|body|html)$/;
const LINE = /^(?:li|tr|dt|dd|caption|br)$/;

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”',
  lsquo: '‘', rsquo: '’', ndash: '–', mdash: '—', hellip: '…', eacute: 'é', egrave: 'è', ecirc: 'ê', agrave: 'à',
  acirc: 'â', ccedil: 'ç', ocirc: 'ô', icirc: 'î', ucirc: 'û', ugrave: 'ù', euml: 'ë', iuml: 'ï', Eacute: 'É', copy: '©',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\uFFFD';
    }
    return NAMED[e] ?? m;
  });
}

/** Cut `<tag …>…</tag>` for the SKIP tags, linearly; an unclosed one runs to the end. */
function cutElements(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let pos = 0;
  const open = new RegExp(`<(${SKIP.join('|')})(?=[\\s/>])`, 'g');
  for (;;) {
    open.lastIndex = pos;
    const m = open.exec(lower);
    if (!m) break;
    out.push(html.slice(pos, m.index));
    const close = lower.indexOf(`</${m[1]}`, m.index + m[0].length);
    if (close < 0) {
      pos = html.length;
      break;
    }
    const gt = lower.indexOf('>', close);
    pos = gt < 0 ? html.length : gt + 1;
    out.push(' ');
  }
  out.push(html.slice(pos));
  return out.join('');
}

export function roughHtmlText(html: string): string {
  const noComments = html.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
  return decodeEntities(
    cutElements(noComments)
      .replace(/[\t\n\r\f\v]\s*| \s+/g, ' ') // source line breaks are spaces in HTML (single spaces left alone)
      .replace(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g, (_, tag: string) => {
        const t = tag.toLowerCase();
        return BLOCK.test(t) ? '\n\n' : LINE.test(t) ? '\n' : t === 'td' || t === 'th' ? ' ' : '';
      })
      .replace(/<![^>]*>/g, ''),
  );
}
