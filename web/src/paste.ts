// "Analyse a report": paste text or HTML (or drop a file), give its publication date, and see
// its analysis at once; with "add to the map" it is stored and its incidents appear on the map.
// Dropped files go up as multipart so the server detects their encoding. Results are shown as
// text only.
import { analyze, type AnalyzeResponse } from './api.ts';
import { colorOf } from './colors.ts';
import { fill, h } from './dom.ts';
import { t } from './i18n/index.ts';

export interface PasteHandlers {
  /** Called after a stored analysis, with the incidents it fed. */
  onStored(incidentIds: string[]): void;
  onOpen(incidentId: string): void;
}

export class PasteBox {
  private file: File | null = null;
  private last: AnalyzeResponse | null = null;
  private busy = false;
  private error: string | null = null;
  private readonly text = h('textarea', { id: 'paste-text', rows: 8, dir: 'auto', spellcheck: 'false' });
  private readonly published = h('input', { id: 'paste-published', type: 'date' });
  private readonly lang = h('select', { id: 'paste-lang' });
  private readonly store = h('input', { id: 'paste-store', type: 'checkbox', checked: true });
  private readonly result = h('div', { class: 'analysis', 'aria-live': 'polite' });

  constructor(
    private readonly el: HTMLElement,
    private readonly handlers: PasteHandlers,
  ) {
    this.text.addEventListener('dragover', (e) => {
      e.preventDefault();
      this.text.classList.add('dragging');
    });
    this.text.addEventListener('dragleave', () => this.text.classList.remove('dragging'));
    this.text.addEventListener('drop', (e) => {
      e.preventDefault();
      this.text.classList.remove('dragging');
      const f = e.dataTransfer?.files?.[0];
      if (f) {
        this.file = f;
        this.text.value = '';
        this.render();
      }
    });
    this.text.addEventListener('input', () => {
      if (this.file && this.text.value) {
        this.file = null;
        this.render();
      }
    });
  }

  render() {
    this.text.placeholder = t('paste.placeholder');
    fill(this.lang, h('option', { value: '' }, t('paste.auto')), h('option', { value: 'ar' }, 'العربية'), h('option', { value: 'fr' }, 'Français'), h('option', { value: 'en' }, 'English'));
    const form = h(
      'form',
      { class: 'paste-form', on: { submit: (e) => (e.preventDefault(), void this.submit()) } },
      h('label', { for: 'paste-text', class: 'visually-hidden' }, t('paste.placeholder')),
      this.text,
      h('div', { class: 'muted small' }, this.file ? t('paste.file', { name: this.file.name }) : t('paste.drop')),
      h('div', { class: 'row' }, h('label', { for: 'paste-published' }, t('paste.published')), this.published),
      h('div', { class: 'row' }, h('label', { for: 'paste-lang' }, t('paste.lang')), this.lang),
      h('div', { class: 'row' }, h('label', null, this.store, ' ', t('paste.store'))),
      h('button', { type: 'submit', id: 'paste-submit', class: 'primary', disabled: this.busy }, this.busy ? t('paste.working') : t('paste.submit')),
    );
    fill(this.el, h('h2', null, t('paste.title')), form, this.result);
    this.renderResult();
  }

  private async submit() {
    if (this.busy) return;
    const text = this.text.value;
    if (!this.file && !text.trim()) {
      this.error = t('paste.empty');
      this.renderResult();
      return;
    }
    this.busy = true;
    this.error = null;
    this.render();
    try {
      this.last = await analyze({ text, file: this.file ?? undefined, published: this.published.value || undefined, lang: this.lang.value || undefined, store: this.store.checked });
      if (this.last.stored) this.handlers.onStored(this.last.stored.incident_ids);
    } catch (e) {
      this.last = null;
      this.error = t('status.error', { message: (e as Error).message });
    } finally {
      this.busy = false;
      this.render();
    }
  }

  private renderResult() {
    if (this.error) {
      fill(this.result, h('p', { class: 'error', role: 'alert' }, this.error));
      return;
    }
    const r = this.last;
    if (!r) {
      fill(this.result);
      return;
    }
    const perEvent = r.stored && r.stored.event_incident_ids.length === r.events.length ? r.stored.event_incident_ids : [];
    const events = h('ol', { class: 'analysis-events' });
    r.events.forEach((e, i) => {
      const id = perEvent[i] ?? null;
      events.appendChild(
        h(
          'li',
          { class: e.background ? 'background' : null, 'data-event': i },
          h('span', { class: 'dot', style: `background:${colorOf(e.event_type)}` }),
          h('bdi', null, h('strong', null, e.event_date ?? `${e.date_start ?? '?'} – ${e.date_end ?? '?'}`)),
          ' ',
          h('bdi', null, e.sub_event_type || e.event_type),
          ' · ',
          h('bdi', null, [e.location, e.country].filter(Boolean).join(', ')),
          h('div', { class: 'muted small', dir: 'auto' }, [e.actor1, e.actor2].filter(Boolean).join(' — '), e.fatalities ? ` · † ${e.fatalities}` : ''),
          e.background ? h('span', { class: 'badge' }, t('table.background')) : null,
          id ? h('button', { type: 'button', class: 'small linklike', on: { click: () => this.handlers.onOpen(id) } }, t('paste.open')) : null,
        ),
      );
    });
    const assessments = h('ul', { class: 'analysis-assessments' });
    for (const a of r.assessments) {
      assessments.appendChild(h('li', { dir: 'auto' }, `${a.subject} — ${a.predicate} — ${a.object.join(', ')}${a.quantity ? ` (${a.quantity.text || a.quantity.value})` : ''}`));
    }
    fill(
      this.result,
      h('h3', null, t('paste.result')),
      h('div', { class: 'muted small', dir: 'auto' }, [r.document.title, r.document.language, r.document.published].filter(Boolean).join(' · ')),
      r.stored ? h('p', { class: 'ok' }, r.stored.status === 'duplicate' ? t('paste.duplicate') : t('paste.stored', { n: r.stored.incident_ids.length })) : null,
      h('h4', null, t('paste.events', { n: r.events.length })),
      r.events.length ? events : h('p', { class: 'muted' }, t('paste.noEvents')),
      r.assessments.length ? [h('h4', null, t('paste.assessments', { n: r.assessments.length })), assessments] : null,
      r.warnings.length ? [h('h4', null, t('paste.warnings')), h('ul', { class: 'warnings' }, r.warnings.map((w) => h('li', null, `${w.code}: ${w.message}`)))] : null,
    );
  }
}
