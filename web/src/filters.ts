// The filter form: actor, event type, country, dates and full-text search, answered by the
// server (GET /api/incidents). Actor and country suggestions come from the incidents loaded
// without filters; event types from the taxonomy (GET /api/meta).
import type { IncidentFilters, IncidentRow } from './api.ts';
import { fill, h } from './dom.ts';
import { t } from './i18n/index.ts';

export class FilterForm {
  private types: Array<{ event_type: string; sub_event_types: string[] }> = [];
  private actors: string[] = [];
  private countries: string[] = [];
  private values: IncidentFilters = {};

  constructor(
    private readonly el: HTMLElement,
    private readonly onApply: (f: IncidentFilters) => void,
  ) {}

  setTypes(types: Array<{ event_type: string; sub_event_types: string[] }>) {
    this.types = types;
    this.render();
  }

  /** Suggestions from the incidents in the store. */
  learn(rows: IncidentRow[]) {
    const actors = new Set(this.actors);
    const countries = new Set(this.countries);
    for (const r of rows) {
      for (const a of [r.record.actor1, r.record.actor2, ...r.record.assoc_actor_1.split(';'), ...r.record.assoc_actor_2.split(';')]) if (a?.trim()) actors.add(a.trim());
      if (r.record.country) countries.add(r.record.country);
    }
    this.actors = [...actors].sort();
    this.countries = [...countries].sort();
    this.render();
  }

  render() {
    const v = this.values;
    const input = (id: string, key: keyof IncidentFilters, type = 'text', list?: string) =>
      h('input', { id, name: key, type, value: v[key] ?? '', list: list ?? null, dir: type === 'date' ? null : 'auto', autocomplete: 'off' });
    const type = h('select', { id: 'f-type', name: 'type' }, h('option', { value: '' }, t('filters.anyType')));
    for (const g of this.types) {
      const og = h('optgroup', { label: g.event_type }, h('option', { value: g.event_type }, g.event_type));
      for (const st of g.sub_event_types) og.appendChild(h('option', { value: st }, `· ${st}`));
      type.appendChild(og);
    }
    type.value = v.type ?? '';
    const form = h(
      'form',
      {
        class: 'filters',
        on: {
          submit: (e) => {
            e.preventDefault();
            const data = new FormData(form);
            const f: IncidentFilters = {};
            for (const k of ['actor', 'type', 'country', 'from', 'to', 'q'] as const) {
              const x = String(data.get(k) ?? '').trim();
              if (x) f[k] = x;
            }
            this.values = f;
            this.onApply(f);
          },
          reset: (e) => {
            e.preventDefault();
            this.values = {};
            this.render();
            this.onApply({});
          },
        },
      },
      h('div', { class: 'row' }, h('label', { for: 'f-actor' }, t('filters.actor')), input('f-actor', 'actor', 'text', 'actors-list')),
      h('div', { class: 'row' }, h('label', { for: 'f-type' }, t('filters.type')), type),
      h('div', { class: 'row' }, h('label', { for: 'f-country' }, t('filters.country')), input('f-country', 'country', 'text', 'countries-list')),
      h('div', { class: 'row' }, h('label', { for: 'f-from' }, t('filters.from')), input('f-from', 'from', 'date')),
      h('div', { class: 'row' }, h('label', { for: 'f-to' }, t('filters.to')), input('f-to', 'to', 'date')),
      h('div', { class: 'row' }, h('label', { for: 'f-q' }, t('filters.q')), input('f-q', 'q', 'search')),
      h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, t('filters.apply')), h('button', { type: 'reset' }, t('filters.reset'))),
      h('datalist', { id: 'actors-list' }, this.actors.map((a) => h('option', { value: a }))),
      h('datalist', { id: 'countries-list' }, this.countries.map((c) => h('option', { value: c }))),
    );
    const q = new URLSearchParams();
    for (const [k, x] of Object.entries(v)) if (x) q.set(k, x);
    const link = (format: string, label: string) => h('a', { href: `api/export?${new URLSearchParams({ format, ...Object.fromEntries(q) })}`, download: '', class: 'export-link' }, label);
    const exports = h('div', { class: 'exports small' }, t('filters.export'), ' ', link('acled-csv', 'ACLED CSV'), ' · ', link('geojson', 'GeoJSON'), ' · ', link('jsonl', 'JSON lines'));
    fill(this.el, h('h2', null, t('filters.title')), form, exports);
  }
}
