/**
 * @module sources/telegram
 * Telegram Desktop's JSON export (result.json) → messages: one channel (`{name, type, id,
 * messages}`) or a full export (`{chats: {list: [...]}}`, plus `left_chats`). A message's `text` is
 * a string or an array of strings and entities (`{type, text}`); both are flattened. Service
 * messages (pins, joins, title changes) and messages without text (a photo alone) are skipped and
 * counted. The message date is written in the exporting machine's local time: its calendar day is
 * taken as written.
 */

export interface TelegramMessage {
  id: number;
  /** YYYY-MM-DD as written in the export. */
  date: string | null;
  text: string;
  /** Original channel when the message is a forward. */
  forwarded_from: string | null;
}

export interface TelegramChannel {
  name: string;
  /** Stable key: the chat id when given, else the name. */
  key: string;
  messages: TelegramMessage[];
  skipped: { service: number; empty: number; malformed: number };
}

export type TelegramResult = { ok: true; channels: TelegramChannel[] } | { ok: false; code: 'bad_export'; message: string };

type X = Record<string, unknown>;
const isObj = (v: unknown): v is X => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A message's text: a string, or an array of strings and `{type, text}` entities. */
export function flattenText(t: unknown): string {
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return t.map((p) => (typeof p === 'string' ? p : isObj(p) && typeof p.text === 'string' ? p.text : '')).join('');
  return '';
}

function chat(c: X): TelegramChannel | null {
  if (!Array.isArray(c.messages)) return null;
  const name = typeof c.name === 'string' && c.name.trim() ? c.name.trim() : `chat ${String(c.id ?? '?')}`;
  const key = c.id !== undefined && c.id !== null && (typeof c.id === 'number' || typeof c.id === 'string') ? String(c.id) : name;
  const ch: TelegramChannel = { name, key, messages: [], skipped: { service: 0, empty: 0, malformed: 0 } };
  for (const m of c.messages as unknown[]) {
    if (!isObj(m) || (typeof m.id !== 'number' && typeof m.id !== 'string')) {
      ch.skipped.malformed++;
      continue;
    }
    if (m.type !== undefined && m.type !== 'message') {
      ch.skipped.service++;
      continue;
    }
    const text = flattenText(m.text).replace(/\r\n?/g, '\n');
    if (!text.trim()) {
      ch.skipped.empty++;
      continue;
    }
    const dm = typeof m.date === 'string' ? /^(\d{4}-\d{2}-\d{2})/.exec(m.date) : null;
    let date = dm ? dm[1] : null;
    if (!date && typeof m.date_unixtime === 'string' && /^\d+$/.test(m.date_unixtime)) date = new Date(Number(m.date_unixtime) * 1000).toISOString().slice(0, 10);
    ch.messages.push({ id: Number(m.id), date, text, forwarded_from: typeof m.forwarded_from === 'string' ? m.forwarded_from : null });
  }
  return ch;
}

export function parseTelegramExport(json: string): TelegramResult {
  let v: unknown;
  try {
    v = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, code: 'bad_export', message: `not JSON: ${(e as Error).message}` };
  }
  if (!isObj(v)) return { ok: false, code: 'bad_export', message: 'not a Telegram export (expected a JSON object)' };
  const channels: TelegramChannel[] = [];
  if (Array.isArray(v.messages)) {
    const c = chat(v);
    if (c) channels.push(c);
  } else if (isObj(v.chats) || isObj(v.left_chats)) {
    for (const group of [v.chats, v.left_chats]) {
      if (!isObj(group) || !Array.isArray(group.list)) continue;
      for (const c of group.list) if (isObj(c)) {
        const ch = chat(c);
        if (ch) channels.push(ch);
      }
    }
  } else {
    return { ok: false, code: 'bad_export', message: 'not a Telegram Desktop export (no "messages" or "chats")' };
  }
  return { ok: true, channels };
}
