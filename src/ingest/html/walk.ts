/**
 * @module ingest/html/walk
 * DOM → text without recursion (pages nested 10,000 deep must not blow the stack): a depth-first
 * walk over firstChild/nextSibling/parentNode. Block elements end paragraphs ("\n\n"), list items
 * and rows end lines, <br> is a newline. Script, style and other non-text elements are skipped, as
 * are hidden elements; `skipChrome` also skips <nav>, <aside> and <footer> (used when Readability
 * found no article and the whole body is walked).
 */

/** The slice of the DOM node interface the walk needs (linkedom and browsers both provide it). */
export interface WalkNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  firstChild: WalkNode | null;
  nextSibling: WalkNode | null;
  parentNode: WalkNode | null;
  getAttribute?(name: string): string | null;
}

export const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS',
  'HEAD', 'TITLE', 'META', 'LINK', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'BUTTON', 'VIDEO', 'AUDIO', 'MAP',
]);
export const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER']);
const PARAGRAPH_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'DL',
  'BLOCKQUOTE', 'PRE', 'TABLE', 'FIGURE', 'FIGCAPTION', 'ADDRESS', 'HR', 'FORM', 'FIELDSET', 'DETAILS',
  'SUMMARY', 'CENTER', 'BODY', 'HTML', 'NAV', 'ASIDE', 'FOOTER',
]);
const LINE_TAGS = new Set(['LI', 'TR', 'DT', 'DD', 'CAPTION']);
const CELL_TAGS = new Set(['TD', 'TH']);

function hidden(el: WalkNode): boolean {
  const get = el.getAttribute;
  if (!get) return false;
  if (get.call(el, 'hidden') !== null) return true;
  if (get.call(el, 'aria-hidden') === 'true') return true;
  const style = get.call(el, 'style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Text of `root`'s subtree with paragraph breaks. */
export function walkText(root: WalkNode, opts: { skipChrome?: boolean } = {}): string {
  const out: string[] = [];
  let pending = 0; // 0 nothing, 1 newline, 2 paragraph break owed before the next text
  let inPre = 0;
  let atLineStart = true;
  const brk = (level: number) => {
    if (level > pending) pending = level;
  };
  const emit = (raw: string) => {
    let s = inPre ? raw : raw.replace(/[ \t\n\r\f]+/g, ' ');
    if (!s) return;
    if (pending && out.length) {
      out.push(pending === 2 ? '\n\n' : '\n');
      atLineStart = true;
    }
    pending = 0;
    if (atLineStart && !inPre) s = s.replace(/^ +/, '');
    if (!s) return;
    out.push(s);
    atLineStart = s.endsWith('\n');
  };
  const enter = (n: WalkNode): boolean => {
    if (n.nodeType === 3) {
      emit(n.nodeValue ?? '');
      return false;
    }
    if (n.nodeType !== 1) return false;
    const tag = n.nodeName.toUpperCase();
    if (SKIP_TAGS.has(tag) || (opts.skipChrome && CHROME_TAGS.has(tag)) || hidden(n)) return false;
    if (tag === 'BR') {
      brk(1);
      if (!out.length) pending = 0;
      return false;
    }
    if (PARAGRAPH_TAGS.has(tag)) brk(2);
    else if (LINE_TAGS.has(tag)) brk(1);
    else if (CELL_TAGS.has(tag) && !atLineStart && !pending) out.push(' ');
    if (tag === 'PRE') inPre++;
    return true;
  };
  const leave = (n: WalkNode) => {
    if (n.nodeType !== 1) return;
    const tag = n.nodeName.toUpperCase();
    if (tag === 'PRE') inPre--;
    if (PARAGRAPH_TAGS.has(tag)) brk(2);
    else if (LINE_TAGS.has(tag)) brk(1);
  };
  let node = root.firstChild;
  while (node) {
    const entered = enter(node);
    if (entered && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (entered) leave(node);
    // Climb until a next sibling exists, leaving each finished element (all were entered) on the way.
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) {
        node = null;
        break;
      }
      leave(node);
    }
    if (node) node = node.nextSibling;
  }
  return out.join('').replace(/ +\n/g, '\n').replace(/\n +/g, '\n');
}

/** Greatest element depth under `root`, walking iteratively; stops counting at `cap`. */
export function maxDepth(root: WalkNode, cap = Infinity): number {
  return domStats(root, cap).depth;
}

/**
 * Element depth and count under `root`, iteratively; stops as soon as the depth reaches
 * `depthCap` or the count reaches `countCap`.
 */
export function domStats(root: WalkNode, depthCap = Infinity, countCap = Infinity): { depth: number; elements: number } {
  let depth = 0;
  let max = 0;
  let elements = 0;
  let node = root.firstChild;
  while (node) {
    if (node.nodeType === 1) {
      elements++;
      if (elements >= countCap) break;
    }
    if (node.nodeType === 1 && node.firstChild) {
      depth++;
      if (depth > max) max = depth;
      if (max >= depthCap) break;
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      depth--;
      if (!node || node === root) return { depth: max, elements };
    }
    if (node) node = node.nextSibling;
  }
  return { depth: max, elements };
}
