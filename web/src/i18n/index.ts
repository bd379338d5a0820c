// Interface language: the current one, its direction, and `t(key, values)`. Changing it sets
// <html lang dir> (Arabic lays the page out right to left) and tells every listener to re-render.
import { ar } from './ar.ts';
import { en, type MessageKey, type Messages } from './en.ts';
import { fr } from './fr.ts';

export type UiLang = 'ar' | 'fr' | 'en';
export const UI_LANGS: ReadonlyArray<{ code: UiLang; name: string }> = [
  { code: 'ar', name: 'العربية' },
  { code: 'fr', name: 'Français' },
  { code: 'en', name: 'English' },
];
export const MESSAGES: Record<UiLang, Messages> = { ar, fr, en };

const STORAGE_KEY = 'marsad.lang';
let current: UiLang = 'en';
const listeners = new Set<() => void>();

export const isUiLang = (x: unknown): x is UiLang => x === 'ar' || x === 'fr' || x === 'en';
export const dirOf = (l: string) => (l === 'ar' ? 'rtl' : 'ltr');

/** Fill `{name}` placeholders; a missing value leaves the placeholder visible (easy to spot). */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

export function t(key: MessageKey, values?: Record<string, string | number>): string {
  return format(MESSAGES[current][key] ?? en[key] ?? key, values);
}

/** Like `t`, but values may be nodes; each value is isolated in a <bdi> so that a Latin name
 * inside an Arabic sentence (or the reverse) keeps its own direction. */
export function tn(key: MessageKey, values: Record<string, string | Node>): Node[] {
  const template = MESSAGES[current][key] ?? en[key] ?? key;
  const out: Node[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    if (m.index! > last) out.push(document.createTextNode(template.slice(last, m.index)));
    const v = values[m[1]];
    if (v === undefined) out.push(document.createTextNode(m[0]));
    else {
      const b = document.createElement('bdi');
      b.append(v);
      out.push(b);
    }
    last = m.index! + m[0].length;
  }
  if (last < template.length) out.push(document.createTextNode(template.slice(last)));
  return out;
}

export const lang = () => current;

export function setLang(l: UiLang): void {
  current = l;
  document.documentElement.lang = l;
  document.documentElement.dir = dirOf(l);
  document.title = `${MESSAGES[l]['app.title']} — ${MESSAGES[l]['app.tagline']}`;
  try {
    localStorage.setItem(STORAGE_KEY, l);
  } catch {
    // storage may be disabled; the choice then lasts for this page only
  }
  for (const f of listeners) f();
}

export function onLangChange(f: () => void): void {
  listeners.add(f);
}

/** The stored choice, else the browser's first supported language, else English. */
export function initialLang(): UiLang {
  try {
    const s = localStorage.getItem(STORAGE_KEY);
    if (isUiLang(s)) return s;
  } catch {
    // ignore
  }
  for (const l of navigator.languages ?? [navigator.language]) {
    const c = l.slice(0, 2).toLowerCase();
    if (isUiLang(c)) return c;
  }
  return 'en';
}

export type { MessageKey };
