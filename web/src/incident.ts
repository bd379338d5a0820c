// The incident view: its fields, each party's claims side by side (JNIM says … / officials
// say …), its sources, and each source's text with every evidence span highlighted. A highlight
// and the field (or claim) it supports are linked both ways: click one to flash the other.
// All report text is put in the page as text nodes (dom.ts), never parsed as markup.
import { getDocument, getIncident, type DocumentView, type HighlightSpan, type IncidentDetail } from './api.ts';
import type { Claim, EventRecord } from '../../src/model/types.ts';
import { colorOf } from './colors.ts';
import { fill, h, safeLink } from './dom.ts';
import { segments } from './highlight.ts';
import { t, tn, type MessageKey } from './i18n/index.ts';
import { en as MESSAGES_EN } from './i18n/en.ts';

interface FieldRow {
  key: MessageKey;
  /** The row's id (data-field), and the evidence field names that support it. */
  field: string;
  evidence: string[];
  value: (e: EventRecord) => string;
}

const range = (a: number | null, b: number | null) => (a === null && b === null ? '' : a === b || b === null ? `${a}` : a === null ? `≤ ${b}` : `${a}–${b}`);

const FIELDS: FieldRow[] = [
  { key: 'field.event_date', field: 'event_date', evidence: ['date', 'event_date'], value: (e) => e.event_date ?? '—' },
  { key: 'field.date_range', field: 'date_range', evidence: ['date_start', 'date_end'], value: (e) => (e.date_start || e.date_end ? `${e.date_start ?? '?'} – ${e.date_end ?? '?'}` : '—') },
  { key: 'field.date_text', field: 'date_text', evidence: ['date_text'], value: (e) => (e.date_text ? e.date_text.text : '') },
  { key: 'field.time_precision', field: 'time_precision', evidence: [], value: (e) => (e.time_precision === null ? '—' : String(e.time_precision)) },
  { key: 'field.disorder_type', field: 'disorder_type', evidence: ['disorder_type'], value: (e) => e.disorder_type },
  { key: 'field.event_type', field: 'event_type', evidence: ['event_type'], value: (e) => e.event_type },
  { key: 'field.sub_event_type', field: 'sub_event_type', evidence: ['sub_event_type'], value: (e) => e.sub_event_type },
  { key: 'field.actor1', field: 'actor1', evidence: ['actor1'], value: (e) => e.actor1 },
  { key: 'field.assoc_actor_1', field: 'assoc_actor_1', evidence: ['assoc_actor_1'], value: (e) => e.assoc_actor_1 },
  { key: 'field.inter1', field: 'inter1', evidence: ['inter1'], value: (e) => e.inter1 },
  { key: 'field.actor2', field: 'actor2', evidence: ['actor2'], value: (e) => e.actor2 },
  { key: 'field.assoc_actor_2', field: 'assoc_actor_2', evidence: ['assoc_actor_2'], value: (e) => e.assoc_actor_2 },
  { key: 'field.inter2', field: 'inter2', evidence: ['inter2'], value: (e) => e.inter2 },
  { key: 'field.interaction', field: 'interaction', evidence: ['interaction'], value: (e) => e.interaction },
  { key: 'field.civilian_targeting', field: 'civilian_targeting', evidence: ['civilian_targeting'], value: (e) => e.civilian_targeting },
  { key: 'field.location', field: 'location', evidence: ['location'], value: (e) => e.location },
  { key: 'field.admin1', field: 'admin1', evidence: ['admin1'], value: (e) => e.admin1 },
  { key: 'field.admin2', field: 'admin2', evidence: ['admin2'], value: (e) => e.admin2 },
  { key: 'field.country', field: 'country', evidence: ['country'], value: (e) => e.country },
  {
    key: 'field.coordinates',
    field: 'coordinates',
    evidence: ['latitude', 'longitude'],
    value: (e) => (e.latitude == null || e.longitude == null ? '—' : `${e.latitude.toFixed(4)}, ${e.longitude.toFixed(4)}`),
  },
  { key: 'field.geo_precision', field: 'geo_precision', evidence: ['geo_precision'], value: (e) => (e.geo_precision == null ? '—' : String(e.geo_precision)) },
  { key: 'field.fatalities', field: 'fatalities', evidence: ['fatalities'], value: (e) => String(e.fatalities) },
  {
    key: 'field.fatalities_range',
    field: 'fatalities_range',
    evidence: [],
    value: (e) => [e.fatalities_low, e.fatalities_best, e.fatalities_high].map((x) => (x == null ? '—' : String(x))).join(' / '),
  },
  { key: 'field.confidence', field: 'confidence', evidence: [], value: (e) => (Number.isFinite(e.confidence) ? e.confidence.toFixed(2) : '—') },
  { key: 'field.notes', field: 'notes', evidence: [], value: (e) => e.notes },
];

/** Evidence field name → the row it supports. */
const ROW_OF = new Map<string, string>(FIELDS.flatMap((f) => f.evidence.map((ev) => [ev, f.field] as const)));

const claimKey = (eventKey: string, i: number) => `${eventKey}#${i}`;

function flash(els: Iterable<Element>) {
  let first: Element | null = null;
  for (const el of els) {
    first ??= el;
    el.classList.remove('flash');
    void (el as HTMLElement).offsetWidth; // restart the animation
    el.classList.add('flash');
  }
  first?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

export class IncidentView {
  private current: string | null = null;
  private detail: IncidentDetail | null = null;
  private docs = new Map<string, DocumentView | Error>();
  private showAll = new Set<string>();

  constructor(
    private readonly el: HTMLElement,
    private readonly onClose: () => void,
  ) {}

  get openId() {
    return this.current;
  }

  async open(id: string) {
    this.current = id;
    this.detail = null;
    this.docs.clear();
    this.showAll.clear();
    this.el.hidden = false;
    fill(this.el, h('p', { class: 'muted' }, t('status.loading')));
    try {
      const d = await getIncident(id);
      if (this.current !== id) return;
      this.detail = d;
      this.render();
      const views = await Promise.all(d.documents.map((doc) => getDocument(doc.id).catch((e: Error) => e)));
      if (this.current !== id) return;
      d.documents.forEach((doc, i) => this.docs.set(doc.id, views[i]));
      this.render();
    } catch (e) {
      if (this.current !== id) return;
      fill(this.el, this.closeButton(), h('p', { class: 'error', role: 'alert' }, t('status.error', { message: (e as Error).message })));
    }
  }

  close() {
    this.current = null;
    this.detail = null;
    this.el.hidden = true;
    fill(this.el);
  }

  /** Re-render in the current language. */
  render() {
    const d = this.detail;
    if (!d) return;
    const e = d.record;
    const title = h('h2', { id: 'incident-title', dir: 'auto' }, h('span', { class: 'dot', style: `background:${colorOf(e.event_type)}` }), `${e.sub_event_type || e.event_type} — ${e.location || e.country}`);
    fill(
      this.el,
      h('div', { class: 'panel-head' }, title, this.closeButton()),
      h('div', { class: 'panel-sub', dir: 'ltr' }, `${e.event_date ?? `${e.date_start ?? '?'} – ${e.date_end ?? '?'}`} · ${d.id}`),
      e.background ? h('p', { class: 'notice' }, t('incident.background')) : null,
      h('div', { class: 'incident-grid' }, this.fieldsSection(d), this.claimsSection(d)),
      this.sourcesSection(d),
      this.textsSection(d),
    );
    this.el.setAttribute('data-incident', d.id);
  }

  private closeButton() {
    return h('button', { type: 'button', class: 'close', 'aria-label': t('incident.close'), on: { click: () => this.onClose() } }, '×');
  }

  /** Every evidence span of this incident, over all its events. */
  private evidenceFields(d: IncidentDetail): Map<string, number> {
    const counts = new Map<string, number>();
    for (const ev of d.events) for (const x of ev.record.evidence) {
      const row = ROW_OF.get(x.field) ?? x.field;
      counts.set(row, (counts.get(row) ?? 0) + 1);
    }
    return counts;
  }

  private fieldsSection(d: IncidentDetail) {
    const counts = this.evidenceFields(d);
    const body = h('tbody');
    for (const f of FIELDS) {
      const v = f.value(d.record);
      if (!v && !counts.get(f.field)) continue;
      const n = counts.get(f.field) ?? 0;
      const tr = h(
        'tr',
        { 'data-field': f.field, class: n ? 'has-evidence' : null, tabindex: n ? 0 : null },
        h('th', { scope: 'row' }, t(f.key)),
        h('td', { dir: 'auto' }, v || '—', n ? h('span', { class: 'ev-count', title: t('incident.evidenceCount', { n }) }, String(n)) : null),
      );
      if (n) {
        const go = () => flash(this.el.querySelectorAll(`mark[data-fields~="${f.field}"]`));
        tr.addEventListener('click', go);
        tr.addEventListener('keydown', (ev) => ev.key === 'Enter' && go());
        tr.addEventListener('mouseenter', () => this.el.querySelectorAll(`mark[data-fields~="${f.field}"]`).forEach((m) => m.classList.add('active')));
        tr.addEventListener('mouseleave', () => this.el.querySelectorAll('mark.active').forEach((m) => m.classList.remove('active')));
      }
      body.appendChild(tr);
    }
    return h('section', { class: 'fields' }, h('h3', null, t('incident.fields')), h('table', { class: 'fields-table' }, body));
  }

  private claimsSection(d: IncidentDetail) {
    const groups = new Map<string, Array<{ c: Claim; key: string; doc: string }>>();
    for (const ev of d.events) {
      ev.record.claims.forEach((c, i) => {
        const g = groups.get(c.claimant) ?? [];
        g.push({ c, key: claimKey(ev.key, i), doc: ev.document_id });
        groups.set(c.claimant, g);
      });
    }
    if (groups.size === 0) return h('section', { class: 'claims' }, h('h3', null, t('incident.claims')), h('p', { class: 'muted' }, t('incident.noClaims')));
    const cols = h('div', { class: 'claim-columns' });
    for (const [party, list] of groups) {
      const ul = h('ul');
      for (const { c, key } of list) {
        const value = [c.value.text, range(c.value.min, c.value.max)].filter(Boolean);
        const words = [...c.evidence].sort((a, b) => a.start - b.start).map((x) => x.text);
        const li = h(
          'li',
          { class: `claim ${c.stance}`, 'data-claim': key, 'data-kind': c.kind, tabindex: 0 },
          h('div', null, h('strong', null, `kind.${c.kind}` in MESSAGES_EN ? t(`kind.${c.kind}` as MessageKey) : c.kind), ' · ', t(c.stance === 'denies' ? 'incident.denies' : 'incident.asserts')),
          value.length ? h('div', { class: 'claim-value', dir: 'auto' }, value.join(' · ')) : null,
          c.subject ? h('div', { class: 'claim-subject', dir: 'auto' }, c.subject) : null,
          words.length ? h('blockquote', { dir: 'auto' }, words.map((w) => `«${w}»`).join(' … ')) : null,
        );
        const go = () => flash(this.el.querySelectorAll(`mark[data-claims~="${key}"]`));
        li.addEventListener('click', go);
        li.addEventListener('keydown', (ev) => ev.key === 'Enter' && go());
        ul.appendChild(li);
      }
      cols.appendChild(h('div', { class: 'party', 'data-claimant': party }, h('h4', null, tn('incident.says', { party })), ul));
    }
    return h('section', { class: 'claims' }, h('h3', null, t('incident.claims')), cols);
  }

  private sourcesSection(d: IncidentDetail) {
    const ul = h('ul', { class: 'sources' });
    for (const doc of d.documents) {
      ul.appendChild(
        h(
          'li',
          { 'data-document': doc.id },
          safeLink(doc.url, doc.title || doc.source.uri),
          h(
            'div',
            { class: 'muted' },
            [doc.outlet ? `${t('incident.outlet')}: ${doc.outlet}` : '', doc.published ? `${t('incident.published')}: ${doc.published}` : '', `${t('incident.language')}: ${doc.language}`, doc.id]
              .filter(Boolean)
              .join(' · '),
          ),
        ),
      );
    }
    return h('section', null, h('h3', null, t('incident.sources')), ul);
  }

  private textsSection(d: IncidentDetail) {
    const box = h('section', { class: 'texts' }, h('h3', null, t('incident.text')), h('p', { class: 'muted' }, t('incident.evidenceHint')));
    for (const doc of d.documents) {
      const v = this.docs.get(doc.id);
      if (!v) {
        box.appendChild(h('p', { class: 'muted' }, t('status.loading')));
        continue;
      }
      if (v instanceof Error) {
        box.appendChild(h('p', { class: 'error' }, t('incident.noText')));
        continue;
      }
      const all = this.showAll.has(doc.id);
      const toggle = h('input', { type: 'checkbox', checked: all });
      toggle.addEventListener('change', () => {
        if (toggle.checked) this.showAll.add(doc.id);
        else this.showAll.delete(doc.id);
        this.render();
      });
      const spans = all ? v.spans : v.spans.filter((s) => s.incident_id === d.id);
      box.appendChild(
        h(
          'article',
          { class: 'doc', 'data-document': doc.id },
          d.documents.length > 1 ? h('h4', { dir: 'auto' }, doc.title || doc.id) : null,
          h('label', { class: 'small' }, toggle, ' ', t('incident.allEvidence')),
          this.highlighted(v, spans),
        ),
      );
    }
    return box;
  }

  /** The document's text with `spans` as <mark> elements (text nodes only). */
  private highlighted(v: DocumentView, spans: HighlightSpan[]) {
    const text = v.document.text;
    const ar = v.document.language === 'ar';
    const div = h('div', { class: 'doc-text', dir: ar ? 'rtl' : 'auto', lang: v.document.language === 'und' ? null : v.document.language });
    for (const seg of segments(text.length, spans)) {
      const piece = text.slice(seg.start, seg.end);
      if (seg.cover.length === 0) {
        div.appendChild(document.createTextNode(piece));
        continue;
      }
      const cover = seg.cover.map((i) => spans[i]);
      const fields = [...new Set(cover.map((s) => (s.owner === 'event' ? (ROW_OF.get(s.field) ?? s.field) : s.field)))];
      const claims = [...new Set(cover.filter((s) => s.owner === 'claim' && s.event_key !== null && s.claim !== null).map((s) => claimKey(s.event_key!, s.claim!)))];
      const mark = h(
        'mark',
        {
          class: `ev ev-${cover[0].owner}${cover.length > 1 ? ' nested' : ''}`,
          'data-fields': fields.join(' '),
          'data-claims': claims.join(' ') || null,
          title: fields.map((f) => this.fieldLabel(f)).join(' · '),
        },
        piece,
      );
      mark.addEventListener('click', () => {
        const targets: Element[] = [];
        for (const f of fields) targets.push(...this.el.querySelectorAll(`tr[data-field="${CSS.escape(f)}"]`));
        for (const c of claims) targets.push(...this.el.querySelectorAll(`li[data-claim="${CSS.escape(c)}"]`));
        flash(targets);
      });
      div.appendChild(mark);
    }
    return div;
  }

  private fieldLabel(f: string): string {
    const row = FIELDS.find((x) => x.field === f);
    if (row) return t(row.key);
    if (f.startsWith('claim.')) return `${t('field.claim')}: ${f.slice(6)}`;
    return f;
  }
}
