// Marsad's web interface: the page layout and the wiring between state, the HTTP API and the
// views (filters, paste box, map, timeline, table, incident panel). An incident is addressable
// as #/incident/<id>. The interface language (ar / fr / en) is switchable; Arabic lays the page
// out right to left.
import './styles.css';
import { getMeta, listIncidents, MAX_INCIDENTS } from './api.ts';
import { fill, h } from './dom.ts';
import { FilterForm } from './filters.ts';
import { initialLang, isUiLang, lang, onLangChange, setLang, t, UI_LANGS, type MessageKey } from './i18n/index.ts';
import { IncidentView } from './incident.ts';
import { MapView } from './map.ts';
import { PasteBox } from './paste.ts';
import { emit, state, subscribe, visible } from './state.ts';
import { renderTable } from './table.ts';
import { Timeline } from './timeline.ts';

const root = document.getElementById('app')!;
setLang(initialLang());

// ---------------------------------------------------------------- layout
const headings: Array<[HTMLElement, MessageKey]> = [];
const heading = (tag: 'h1' | 'h2', key: MessageKey, attrs: Record<string, string> = {}) => {
  const el = h(tag, attrs, t(key));
  headings.push([el, key]);
  return el;
};

const langSelect = h('select', { id: 'ui-lang', 'aria-label': t('lang.label') }, UI_LANGS.map((l) => h('option', { value: l.code, lang: l.code }, l.name)));
langSelect.value = lang();
langSelect.addEventListener('change', () => {
  if (isUiLang(langSelect.value)) setLang(langSelect.value);
});
const tagline = h('span', { class: 'tagline' });
const apiLink = h('a', { href: 'openapi.json', class: 'api-link' });
const status = h('div', { id: 'status', class: 'status', 'aria-live': 'polite' });

const filtersEl = h('section', { id: 'filters', class: 'card' });
const pasteEl = h('section', { id: 'paste', class: 'card' });
const mapEl = h('div', { id: 'map', class: 'map' });
const timelineEl = h('div', { id: 'timeline', class: 'timeline' });
const tableEl = h('div', { id: 'table' });
const incidentEl = h('aside', { id: 'incident', class: 'panel', hidden: true, role: 'dialog', 'aria-labelledby': 'incident-title' });

fill(
  root,
  h('header', { class: 'topbar' }, h('div', { class: 'brand' }, heading('h1', 'app.title'), tagline), status, h('div', { class: 'tools' }, langSelect, apiLink)),
  h(
    'div',
    { class: 'layout' },
    h('div', { class: 'sidebar' }, pasteEl, filtersEl),
    h(
      'main',
      { class: 'content' },
      h('section', { class: 'card map-card' }, heading('h2', 'map.title'), mapEl),
      h('section', { class: 'card' }, heading('h2', 'timeline.title'), timelineEl),
      h('section', { class: 'card' }, heading('h2', 'table.title'), tableEl),
    ),
  ),
  incidentEl,
);

// ---------------------------------------------------------------- views
const select = (id: string) => {
  if (location.hash !== `#/incident/${encodeURIComponent(id)}`) location.hash = `#/incident/${encodeURIComponent(id)}`;
  else openFromHash();
};
const map = new MapView(mapEl, select);
const timeline = new Timeline(timelineEl, (b) => {
  state.brush = b;
  emit('brush');
});
const closeFromUser = () => {
  history.replaceState(null, '', location.pathname + location.search);
  closeIncident();
};
const incident = new IncidentView(incidentEl, closeFromUser);
const filters = new FilterForm(filtersEl, (f) => {
  state.filters = f;
  void load();
});
const paste = new PasteBox(pasteEl, {
  onStored: (ids) => {
    state.fresh = new Set(ids);
    void load().then(() => map.fit(ids));
  },
  onOpen: select,
});

function closeIncident() {
  incident.close();
  state.selected = null;
  emit('selected');
}

function openFromHash() {
  const m = /^#\/incident\/(.+)$/.exec(location.hash);
  if (!m) {
    if (incident.openId) closeIncident();
    return;
  }
  const id = decodeURIComponent(m[1]);
  state.selected = id;
  emit('selected');
  if (incident.openId !== id) void incident.open(id);
}
window.addEventListener('hashchange', openFromHash);
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && incident.openId) closeFromUser();
});

// ---------------------------------------------------------------- data
let loads = 0;
let learned = false;
async function load(): Promise<void> {
  const n = ++loads;
  state.loading = true;
  state.error = null;
  emit('status');
  try {
    const r = await listIncidents(state.filters);
    if (n !== loads) return;
    state.all = r.incidents;
    state.truncated = r.next_offset !== null;
    if (!Object.keys(state.filters).length) filters.learn(r.incidents);
    emit('incidents');
    if (!learned && r.incidents.length) {
      learned = true;
      map.fit();
    }
  } catch (e) {
    if (n !== loads) return;
    state.error = (e as Error).message;
  } finally {
    if (n === loads) {
      state.loading = false;
      emit('status');
    }
  }
}

// ---------------------------------------------------------------- rendering
function renderStatus() {
  if (state.error) fill(status, h('span', { class: 'error', role: 'alert' }, t('status.error', { message: state.error })));
  else if (state.loading) fill(status, t('status.loading'));
  else fill(status, state.truncated ? `${t('status.count', { shown: state.all.length, total: MAX_INCIDENTS + '+' })}` : '');
  document.body.dataset.loading = state.loading ? 'true' : 'false';
}

function renderData() {
  const rows = visible();
  map.setIncidents(rows, state.fresh);
  timeline.setData(state.all, state.brush);
  renderTable(tableEl, rows, state.all.length, state.selected, state.fresh, select);
}

function renderChrome() {
  for (const [el, key] of headings) el.textContent = t(key);
  tagline.textContent = t('app.tagline');
  apiLink.textContent = t('nav.api');
  langSelect.setAttribute('aria-label', t('lang.label'));
  langSelect.value = lang();
  filters.render();
  paste.render();
  incident.render();
  renderStatus();
  renderData();
  map.invalidate();
}

subscribe((what) => {
  if (what === 'status') renderStatus();
  else if (what === 'incidents' || what === 'brush') renderData();
  else if (what === 'selected') {
    map.setSelected(state.selected);
    renderTable(tableEl, visible(), state.all.length, state.selected, state.fresh, select);
  }
});
onLangChange(renderChrome);

renderChrome();
getMeta()
  .then((m) => filters.setTypes(m.event_types))
  .catch(() => {});
void load().then(openFromHash);
