import { css, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SfElement } from '../core/base-element.js';
import { DROP, type Rule } from '../core/schema.js';
import { mdDocument, mdHeading, mdParagraph } from '../core/formats/markdown.js';
import { safeUrl } from '../core/url.js';

/** What `GET /v1/programmes/{id}/summary` answers (docs/sync.md, "Programme summary"). */
export interface ProgrammeSummary {
  programme: string;
  /** Interns in the programme; `null` when fewer than `minGroup` (hidden). */
  interns: number | null;
  /** The smallest group whose count is shown (5 on the reference server). */
  minGroup: number;
  generatedAt?: string;
  /** Per step, how many interns started and completed it; `null`: fewer than `minGroup`, hidden. */
  steps: { step: string; started: number | null; completed: number | null }[];
}

const count = (v: unknown): number | null | typeof DROP => (v === null ? null : typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : DROP);
/** Counts only: anything else in the answer is dropped, never shown. */
const summaryRule: Rule<ProgrammeSummary> = (input, path, issues) => {
  const o = input as Record<string, unknown> | null;
  if (!o || typeof o !== 'object' || !Array.isArray(o.steps)) {
    issues.push(`${path}: not a programme summary`);
    return DROP;
  }
  const interns = count(o.interns);
  const steps = o.steps.flatMap((s: Record<string, unknown> | null) => {
    const started = count(s?.started);
    const completed = count(s?.completed);
    return typeof s?.step === 'string' && started !== DROP && completed !== DROP ? [{ step: s.step.slice(0, 100), started, completed }] : [];
  });
  return {
    programme: typeof o.programme === 'string' ? o.programme.slice(0, 200) : '',
    interns: interns === DROP ? null : interns,
    minGroup: typeof o.minGroup === 'number' ? o.minGroup : 5,
    ...(typeof o.generatedAt === 'string' ? { generatedAt: o.generatedAt.slice(0, 40) } : {}),
    steps: steps.slice(0, 50),
  };
};

const styles = css`
  svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    margin-block: var(--_space);
  }
  .s-started {
    background: color-mix(in srgb, var(--_accent) 35%, transparent);
  }
  .s-completed {
    background: var(--_accent);
  }
  .started {
    fill: color-mix(in srgb, var(--_accent) 35%, transparent);
  }
  .completed {
    fill: var(--_accent);
  }
  .axis {
    stroke: var(--_border);
  }
  text {
    fill: currentColor;
    font-size: 12px;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.25rem 0.5rem;
    border-block-end: 1px solid var(--_border);
  }
  td {
    font-variant-numeric: tabular-nums;
  }
  .legend {
    display: flex;
    gap: var(--_space);
    flex-wrap: wrap;
  }
  .swatch {
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.9em;
    margin-inline-end: 0.3em;
    vertical-align: -0.1em;
  }
`;

/**
 * A programme's progress for career-centre staff: how many interns started and completed each step of the
 * kit, as an accessible SVG chart with the same numbers in a table. Counts only, from the board's server
 * (`GET /v1/programmes/{id}/summary` with a staff token): groups under 5 interns arrive hidden and show as
 * "fewer than 5". Load it on its own (`strong-finish/programme-summary/define.js`, or the one-tag loader,
 * which fetches its chunk only when the tag appears): it is never part of the kit's first paint.
 *
 * @summary Per-step completion counts for a programme, as a chart and a table.
 * @fires change - Never fired by the chart itself (it has nothing to edit); listed for the common element contract.
 * @fires sf-export - A copy of the table as Markdown. Detail: `{ format, tag }`.
 * @csspart base - The outer container.
 * @csspart notice - Loading and error messages.
 * @csspart chart - The SVG chart.
 * @cssprop --sf-accent - The bars.
 * @cssprop --sf-surface - Background.
 * @cssprop --sf-text - Text colour.
 * @cssprop --sf-border - Table rules and the axis.
 * @cssprop --sf-radius - Corner radius.
 * @cssprop --sf-space - Spacing unit.
 * @slot intro - The host's words above the chart (which cohort, where the numbers come from).
 */
export class ProgrammeSummaryElement extends SfElement<ProgrammeSummary> {
  static override styles = [...SfElement.styles, styles];

  /** The summary's URL (`https://jobs.example/api/strong-finish/v1/programmes/cs-2026/summary`); fetched when set. */
  @property() src?: string;
  /** Sent with the request, e.g. `{ Authorization: 'Bearer <staff token>' }`. */
  @property({ attribute: false }) headers?: Record<string, string>;
  /** @internal */ @state() protected loadState: '' | 'loading' | 'failed' = '';

  constructor() {
    super();
    this.storage = 'none';
  }

  protected schema = summaryRule;

  protected createDefault(): ProgrammeSummary {
    return { programme: '', interns: null, minGroup: 5, steps: [] };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if ((changed.has('src') || changed.has('headers')) && this.src) void this.#fetch();
  }

  async #fetch(): Promise<void> {
    const url = safeUrl(this.src, ['https:', 'http:']);
    if (!url) return;
    this.loadState = 'loading';
    try {
      const response = await fetch(url, { headers: this.headers, cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.value = (await response.json()) as ProgrammeSummary;
      this.loadState = '';
    } catch {
      this.loadState = 'failed';
    }
  }

  #label(step: string): string {
    const t = this.t;
    const labels: Record<string, string> = {
      checklist: t('wrapup.step.checklist', 'Checklist'),
      feedback: t('wrapup.step.feedback', 'Feedback'),
      thanks: t('wrapup.step.thanks', 'Thank-yous'),
      reflection: t('wrapup.step.reflection', 'Reflection'),
      planner: t('wrapup.step.planner', 'Finish strong'),
      contacts: t('wrapup.step.contacts', 'Keep in touch'),
    };
    return labels[step] ?? step;
  }

  #cell(n: number | null): string {
    return n === null ? this.t('summary.hidden', 'fewer than {min}', { min: this.i18n.number(this.data.minGroup) }) : this.i18n.number(n);
  }

  /** The table as Markdown, in the page's language. */
  toMarkdown(): string {
    const d = this.data;
    const rows = d.steps.map((s) => `| ${this.#label(s.step)} | ${this.#cell(s.started)} | ${this.#cell(s.completed)} |`);
    return mdDocument([
      mdHeading(1, this.t('summary.title', 'Programme progress: {programme}', { programme: d.programme })),
      mdParagraph(this.#about()),
      [`| ${this.t('summary.step', 'Step')} | ${this.t('summary.started', 'Started')} | ${this.t('summary.completed', 'Completed')} |`, '| --- | --- | --- |', ...rows].join('\n'),
    ], this.t('core.colon', ':'));
  }

  #about(): string {
    const d = this.data;
    if (d.interns === null) return this.t('summary.small', 'Fewer than {min} interns in this programme: the counts stay hidden so nobody can be singled out.', { min: this.i18n.number(d.minGroup) });
    return this.i18n.plural(d.interns, 'summary.about', { one: 'How many of its {n} intern started and completed each step. Counts only: no names, no words.', other: 'How many of its {n} interns started and completed each step. Counts only: no names, no words.' });
  }

  #chart(): TemplateResult | typeof nothing {
    const d = this.data;
    if (!d.interns || !d.steps.length) return nothing;
    const row = 44;
    const labelW = 120;
    const width = 480;
    const barW = width - labelW - 50;
    const rtl = this.i18n.dir === 'rtl';
    const x = (v: number, w = 0) => (rtl ? width - labelW - v - w : labelW + v);
    const scale = (n: number | null) => (n === null ? 0 : (barW * n) / d.interns!);
    const height = d.steps.length * row + 8;
    return html`<svg part="chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title chart-desc">
      <title id="chart-title">${this.t('summary.chartTitle', 'Started and completed, per step')}</title>
      <desc id="chart-desc">${this.t('summary.chartDesc', 'The same numbers are in the table below.')}</desc>
      ${d.steps.map((s, i) => {
        const y = i * row + 4;
        const started = scale(s.started);
        const completed = scale(s.completed);
        return svg`<g aria-hidden="true">
          <text x=${rtl ? width - 4 : 4} y=${y + 20} text-anchor="start" direction=${rtl ? 'rtl' : 'ltr'}>${this.#label(s.step)}</text>
          <rect class="started" x=${x(0, started)} y=${y + 4} width=${started} height="16"></rect>
          <rect class="completed" x=${x(0, completed)} y=${y + 22} width=${completed} height="16"></rect>
          <text x=${x(started + 4)} y=${y + 17} text-anchor=${rtl ? 'end' : 'start'}>${this.#cell(s.started)}</text>
          <text x=${x(completed + 4)} y=${y + 35} text-anchor=${rtl ? 'end' : 'start'}>${this.#cell(s.completed)}</text>
        </g>`;
      })}
      <line class="axis" x1=${rtl ? width - labelW : labelW} x2=${rtl ? width - labelW : labelW} y1="0" y2=${height}></line>
    </svg>`;
  }

  override render(): TemplateResult {
    const d = this.data;
    const notice =
      this.loadState === 'loading'
        ? html`<p class="notice" part="notice" role="status">${this.t('summary.loading', 'Loading the programme’s counts…')}</p>`
        : this.loadState === 'failed'
          ? html`<p class="notice problem" part="notice" role="alert">${this.t('summary.failed', 'The counts couldn’t be loaded. Check the address and the staff sign-in, then reload.')}</p>`
          : nothing;
    return html`<div class="base" part="base" dir=${this.i18n.dir}>
      <h2>${this.t('summary.title', 'Programme progress: {programme}', { programme: d.programme })}</h2>
      <slot name="intro"></slot>
      ${notice}
      ${d.programme ? html`<p class="intro">${this.#about()}</p>` : nothing}
      ${d.interns
        ? html`<p class="legend" aria-hidden="true">
              <span><span class="swatch s-started"></span>${this.t('summary.started', 'Started')}</span>
              <span><span class="swatch s-completed"></span>${this.t('summary.completed', 'Completed')}</span>
            </p>
            ${this.#chart()}`
        : nothing}
      ${d.steps.length
        ? html`<table>
            <caption class="visually-hidden">${this.t('summary.chartTitle', 'Started and completed, per step')}</caption>
            <thead><tr><th scope="col">${this.t('summary.step', 'Step')}</th><th scope="col">${this.t('summary.started', 'Started')}</th><th scope="col">${this.t('summary.completed', 'Completed')}</th></tr></thead>
            <tbody>${d.steps.map((s) => html`<tr><th scope="row">${this.#label(s.step)}</th><td>${this.#cell(s.started)}</td><td>${this.#cell(s.completed)}</td></tr>`)}</tbody>
          </table>`
        : nothing}
      <footer role="none">
        <button class="copy" @click=${() => this.copy(this.toMarkdown())}>${this.t('summary.copy', 'Copy the table')}</button>
        <span class="spacer"></span>${this.renderSaved()}
      </footer>
    </div>`;
  }
}
