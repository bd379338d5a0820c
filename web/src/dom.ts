/**
 * Element building for the whole interface. Strings become text nodes (textContent), never
 * markup: report text, titles, actor names — anything — is shown as the characters it is, so a
 * report containing <script> or <img onerror> does nothing. Event-handler attributes are refused;
 * listeners are attached with `on`.
 */

type Child = Node | string | number | null | undefined | false;
type AttrValue = string | number | boolean | null | undefined;
type Handlers = { [K in keyof HTMLElementEventMap]?: (e: HTMLElementEventMap[K]) => void };
type Attrs = { on?: Handlers; [name: string]: AttrValue | Handlers };

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...children: Array<Child | Child[]>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'on') {
        for (const [ev, fn] of Object.entries(v as object)) el.addEventListener(ev, fn as EventListener);
        continue;
      }
      if (/^on/i.test(k)) throw new Error(`dom: refusing attribute ${k}; use { on: {…} }`);
      if (v === null || v === undefined || v === false) continue;
      el.setAttribute(k, v === true ? '' : String(v as AttrValue));
    }
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: Array<Child | Child[]>): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Replace an element's children. */
export function fill(el: Element, ...children: Array<Child | Child[]>): void {
  el.replaceChildren();
  append(el, children);
}

/** Svg elements (namespaced), with the same attribute rules. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: Array<SVGElement | string>): SVGElementTagNameMap[K] {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (/^on/i.test(k)) throw new Error(`dom: refusing attribute ${k}`);
    el.setAttribute(k, String(v));
  }
  for (const c of children) el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

/** A link only when the URL is http(s); otherwise plain text. */
export function safeLink(url: string | null | undefined, label: string): HTMLElement {
  if (url && /^https?:\/\//i.test(url)) return h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', dir: 'auto' }, label);
  return h('span', { dir: 'auto' }, label);
}
