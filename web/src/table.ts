// The incident table: one row per incident (most recent first), click or Enter opens it.
import type { IncidentRow } from './api.ts';
import { colorOf } from './colors.ts';
import { fill, h } from './dom.ts';
import { t } from './i18n/index.ts';

const MAX_ROWS = 1000;

export function renderTable(el: HTMLElement, rows: IncidentRow[], total: number, selected: string | null, fresh: Set<string>, onSelect: (id: string) => void) {
  const head = h(
    'tr',
    null,
    ...(['table.date', 'table.type', 'table.actors', 'table.location', 'table.fatalities', 'table.sources'] as const).map((k) => h('th', { scope: 'col' }, t(k))),
  );
  const body = h('tbody');
  for (const r of rows.slice(0, MAX_ROWS)) {
    const e = r.record;
    const date = e.event_date ?? (e.date_start && e.date_end ? `${e.date_start} – ${e.date_end}` : '—');
    const tr = h(
      'tr',
      {
        'data-id': r.id,
        tabindex: 0,
        class: [r.id === selected ? 'selected' : '', fresh.has(r.id) ? 'fresh' : '', e.background ? 'background' : ''].filter(Boolean).join(' ') || null,
        on: {
          click: () => onSelect(r.id),
          keydown: (ev) => {
            if (ev.key === 'Enter' || ev.key === ' ') {
              ev.preventDefault();
              onSelect(r.id);
            }
          },
        },
      },
      h('td', { class: 'nowrap', dir: 'ltr' }, date),
      h(
        'td',
        { dir: 'auto' },
        h('span', { class: 'dot', style: `background:${colorOf(e.event_type)}` }),
        e.sub_event_type || e.event_type,
        e.background ? h('span', { class: 'badge' }, t('table.background')) : null,
      ),
      h('td', { dir: 'auto' }, [e.actor1, e.actor2].filter(Boolean).join(' — ')),
      h('td', { dir: 'auto', class: 'location' }, [e.location, e.admin1 && e.admin1 !== e.location ? e.admin1 : '', e.country].filter(Boolean).join(', ')),
      h('td', { class: 'num' }, String(e.fatalities ?? 0)),
      h('td', { class: 'num' }, String(e.source_documents.length)),
    );
    body.appendChild(tr);
  }
  fill(
    el,
    h('div', { class: 'table-count', 'aria-live': 'polite' }, t('status.count', { shown: rows.length, total })),
    rows.length
      ? h('div', { class: 'table-scroll' }, h('table', { class: 'incidents' }, h('thead', null, head), body))
      : h('p', { class: 'muted empty' }, t('table.empty')),
  );
}
