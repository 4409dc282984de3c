// The peer (variant C): the same widget UIs built from Shoelace 2 components on Lit, bundled by
// bench/build-peer.mjs into bench-results/peer.js. One element, `peer-list`, with a `kind` per widget.
//
// Issue 11 compares our widgets with "the same widget UI built from Shoelace components", so the peer
// renders the whole widget, not only its list: each of our controls becomes one Shoelace control
// (<input>/<select>/<textarea>/<button>/<progress> → sl-input/sl-select + sl-option/sl-textarea/
// sl-button/sl-progress-bar; a collapsible section → sl-details; a group of toggle buttons →
// sl-button-group), with the same labels and texts, no more and no less. Plain text stays plain HTML.
// What each widget renders with the benchmark's data (bench/harness.js), and so what the peer renders:
//
//   check (internship-checklist)
//     chrome: title, intro; "When is your last day?" date sl-input; overall sl-progress-bar + "n of N done";
//       "Show" sl-button-group of 4 (All, Open, Done, Overdue); six sections, each an sl-details (title,
//       "done/total", its own sl-progress-bar) holding its rows and a "Show more" sl-button when paged;
//       in "Evaluate", two cards ("Areas I haven't explored yet", "Questions I still want to ask"),
//       each with a hint, an sl-input and an "Add" sl-button; the "Add your own step" form (sl-input
//       text, sl-select of the 6 sections, date sl-input, note sl-input, primary sl-button);
//       footer of 3 sl-button (copy, Markdown, .ics).
//     row: sl-checkbox + 4 sl-button (edit, up, down, delete).
//   contact (keep-in-touch)
//     chrome: title, intro; "n people to contact this month · n overdue"; primary "Add a contact" sl-button;
//       "View" sl-button-group of 2 (Everyone, Due this month); "Search" sl-input; "Sort by" sl-select
//       of 3; "Show more" sl-button when paged; "Export" heading and 7 sl-button (2 calendars, vCard,
//       CSV, Markdown, copy, Import CSV with its hidden file input).
//     row: name, role · team, dates, how, e-mail link, tag chips, 5 sl-button.
//   question (feedback-questions): the harness's agenda has answers, so the widget opens on its
//   "During and after the talk" stage (no question bank, no meeting request: those are the
//   "Prepare" stage's).
//     chrome: title, intro; "Stage" sl-button-group of 2; "Agenda" heading and length hint; "What I'll do
//       next" section (empty text, disabled sl-button, "Add a next step" sl-input + "Add" sl-button);
//       footer of 3 sl-button (copy, .md, print).
//     row (that stage's row): number + text, theme chip, "Act on this" sl-button, "Notes" sl-textarea
//       holding the answer, "Key takeaway" sl-input. (The "Prepare" row's up/down/remove buttons are
//       not on screen in that stage.)
//   entry (reflection-journal)
//     chrome: title, intro; "Your internship in one sentence" sl-input with its hint; "Reflection
//       framework" sl-select of 4 with its hint; "Written so far"; "Skills and confidence" card (hint,
//       "Another skill" sl-input, "Add skill" sl-button; the harness's data has no skills to rate);
//       "Résumé bullets" card (hint, 3 sl-input, preview, disabled primary sl-button, empty text);
//       toolbar of 3 sl-button (copy, Markdown, print).
//     row: heading, prompt, sl-textarea, sl-radio-group of 5 sl-radio, <details>, sl-button.
import { LitElement, html, css, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/textarea/textarea.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/button-group/button-group.js';
import '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js';
import '@shoelace-style/shoelace/dist/components/radio/radio.js';
import '@shoelace-style/shoelace/dist/components/progress-bar/progress-bar.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import '@shoelace-style/shoelace/dist/components/details/details.js';

const MOODS = ['Drained', 'Low', 'Okay', 'Good', 'Energised'];
const SECTIONS = [
  ['evaluate', 'Evaluate your experience'],
  ['feedback', 'Ask for honest feedback'],
  ['gratitude', 'Show gratitude'],
  ['reflect', 'Reflect'],
  ['finish', 'Finish strong'],
  ['keep-in-touch', 'Keep in touch'],
];
const FILTERS = { check: [['all', 'All'], ['open', 'Open'], ['done', 'Done'], ['overdue', 'Overdue']], contact: [['all', 'Everyone'], ['month', 'Due this month']] };
const FRAMEWORKS = [['seed', 'Guided questions'], ['rolfe', 'What? So what? Now what?'], ['deal', 'DEAL'], ['gibbs', 'Gibbs’ reflective cycle']];
const DAY = 86400000;
const words = (s) => (s ?? '').split(/\s+/).filter(Boolean).length;
const plural = (n, one, other) => (n === 1 ? one : other).replace('{n}', n);

class PeerList extends LitElement {
  static properties = {
    kind: {},
    rows: { attribute: false },
    limit: { type: Number },
    query: { state: true },
    show: { state: true },
  };
  static styles = css`
    :host { display: block; font: 16px/1.5 system-ui, sans-serif; }
    .base { display: grid; gap: 0.75rem; }
    h2, h3, h4, p { margin: 0; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
    li { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; padding: 0.5rem; border: 1px solid #ddd; border-radius: 0.5rem; }
    .body { flex: 1 1 16rem; display: grid; }
    .muted, .hint, .count { color: #666; font-size: 0.875rem; }
    .chip { font-size: 0.75rem; padding: 0 0.5rem; border-radius: 999px; background: #eef; }
    .row, .filters { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0.75rem; align-items: end; }
    .card { border: 1px solid #ddd; border-radius: 0.5rem; padding: 0.75rem; display: grid; gap: 0.5rem; }
    .overall { display: flex; align-items: center; gap: 0.75rem; }
    .overall sl-progress-bar { flex: 1; --height: 0.8rem; }
    .head { display: flex; align-items: center; gap: 0.5rem; }
    .head h3 { flex: 1; font-size: 1rem; }
    sl-details::part(content) { display: grid; gap: 0.5rem; }
    sl-details sl-progress-bar { --height: 0.35rem; }
    .summary-slot { display: grid; gap: 0.35rem; flex: 1; }
    .visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); }
    sl-textarea, sl-radio-group, details { flex: 1 1 100%; }
  `;
  constructor() {
    super();
    this.kind = 'check';
    this.rows = [];
    this.limit = 50;
    this.query = '';
    this.show = 'all';
  }
  row(r, i) {
    switch (this.kind) {
      case 'check':
        return html`<sl-checkbox ?checked=${r.done}>${r.title}</sl-checkbox>
          <sl-button size="small">Edit</sl-button><sl-button size="small">Up</sl-button>
          <sl-button size="small">Down</sl-button><sl-button size="small" variant="danger">Delete</sl-button>`;
      case 'contact':
        return html`<div class="body"><strong>${r.title}</strong><span class="muted">${r.sub}</span>
            <span class="muted">Next follow-up: ${r.next ?? ''} · Last contact: ${r.last ?? 'not yet'} · Monthly</span>
            ${r.how ? html`<span>${r.how}</span>` : nothing}
            <span>${r.email ? html`<a href="mailto:${r.email}">${r.email}</a>` : nothing} ${(r.tags ?? []).map((t) => html`<span class="chip">${t}</span>`)}</span></div>
          <sl-button size="small" variant="primary">Log a contact</sl-button><sl-button size="small">Write a message</sl-button>
          <sl-button size="small">Edit</sl-button><sl-button size="small">vCard</sl-button><sl-button size="small" variant="danger">Delete</sl-button>`;
      case 'question':
        return html`<div class="body"><span>${i + 1}. ${r.title}</span></div><span class="chip">${r.sub}</span>
          <sl-button size="small">☆ Act on this</sl-button>
          <sl-textarea label="Notes" .value=${r.answer ?? ''}></sl-textarea>
          <sl-input label="Key takeaway" .value=${r.takeaway ?? ''} style="flex: 1 1 100%"></sl-input>`;
      default:
        return html`<div class="body"><strong>${r.sub}</strong><span class="muted">${r.title}</span></div>
          <sl-textarea label="Entry" rows="4" .value=${r.text ?? ''}></sl-textarea>
          <sl-radio-group label="Your energy in this part" name="m${i}">${MOODS.map((m, j) => html`<sl-radio value=${j + 1}>${m}</sl-radio>`)}</sl-radio-group>
          <details><summary>Skills used</summary></details>
          <sl-button size="small">Turn into a résumé bullet</sl-button>`;
    }
  }
  list(rows) {
    return html`<ul>${repeat(rows, (r) => r.id, (r, i) => html`<li data-id=${r.id}>${this.row(r, i)}</li>`)}</ul>`;
  }
  /** The widget's filter buttons (checklist: All/Open/Done/Overdue; contacts: Everyone/Due this month). */
  filterGroup(label) {
    return html`<sl-button-group label=${label}>
      ${FILTERS[this.kind].map(([s, text]) => html`<sl-button data-show=${s} variant=${this.show === s ? 'primary' : 'default'} @click=${() => (this.show = s)}>${text}</sl-button>`)}
    </sl-button-group>`;
  }
  /** Contacts whose monthly follow-up (last contact + 30 days) falls before the end of this month. */
  due(r, today) {
    const next = r.last ? Date.parse(r.last) + 30 * DAY : today;
    return { month: next <= today + 31 * DAY, overdue: next < today };
  }
  render() {
    const q = this.query.toLowerCase();
    const today = Date.parse(new Date().toISOString().slice(0, 10));
    const keep = (r) => {
      if (q && !r.title.toLowerCase().includes(q)) return false;
      switch (this.show) {
        case 'open': return !r.done;
        case 'done': return !!r.done;
        case 'overdue': return !r.done && !!r.overdue;
        case 'month': return this.due(r, today).month;
        default: return true;
      }
    };
    const found = this.rows.filter(keep);
    const visible = found.slice(0, this.limit);
    const more = (hidden, text) => (hidden > 0 ? html`<sl-button>${text.replace('{n}', hidden)}</sl-button>` : nothing);
    switch (this.kind) {
      case 'check': return this.checklist(found, visible, more);
      case 'contact': return this.contacts(found, visible, more, today);
      case 'question': return this.agenda(visible);
      default: return this.journal(visible);
    }
  }
  checklist(found, visible, more) {
    const done = this.rows.filter((r) => r.done).length;
    const total = this.rows.length;
    const pct = (d, t) => (t ? (100 * d) / t : 0);
    return html`<div class="base">
      <h2>Your last-weeks checklist</h2>
      <p class="intro">Leave on a strong note: evaluate, ask, thank, reflect, finish strong and keep in touch.</p>
      <sl-input type="date" label="When is your last day?" help-text="Add it to turn every step into a real date." style="max-inline-size: 20rem"></sl-input>
      <div class="overall"><sl-progress-bar label="Overall progress" value=${pct(done, total)}></sl-progress-bar><span class="count">${done} of ${total} done</span></div>
      ${this.filterGroup('Show')}
      ${SECTIONS.map(([id, title]) => {
        const all = this.rows.filter((r) => r.section === id);
        const d = all.filter((r) => r.done).length;
        const shown = visible.filter((r) => r.section === id);
        const hidden = found.filter((r) => r.section === id).length - shown.length;
        return html`<sl-details open>
          <div slot="summary" class="summary-slot">
            <div class="head"><h3>${title}</h3><span class="count">${d}/${all.length}</span></div>
            <sl-progress-bar label="${title}: progress" value=${pct(d, all.length)}></sl-progress-bar>
          </div>
          ${shown.length ? this.list(shown) : html`<p class="hint">${all.length ? 'Nothing here for this filter.' : 'No items yet. Add one below.'}</p>`}
          ${more(hidden, 'Show more ({n} hidden)')}
          ${id === 'evaluate'
            ? html`<div class="grid">
                ${[['Areas I haven’t explored yet', 'Which teams, tools or clients haven’t you seen? Note them here.'], ['Questions I still want to ask', 'What do you still want to know before you leave?']].map(
                  ([h, hint]) => html`<div class="card"><h4>${h}</h4><p class="hint">${hint}</p>
                    <div class="row"><sl-input aria-label="New entry for: ${h}" style="flex: 1"></sl-input><sl-button>Add</sl-button></div></div>`,
                )}
              </div>`
            : nothing}
        </sl-details>`;
      })}
      <form class="card" @submit=${(e) => e.preventDefault()}>
        <h3>Add your own step</h3>
        <div class="grid">
          <sl-input label="What to do"></sl-input>
          <sl-select label="Section" value="finish">${SECTIONS.map(([id, title]) => html`<sl-option value=${id}>${title}</sl-option>`)}</sl-select>
          <sl-input type="date" label="Due date (optional)"></sl-input>
          <sl-input label="Note (optional)"></sl-input>
        </div>
        <div><sl-button variant="primary" type="submit">Add step</sl-button></div>
      </form>
      <div class="row"><sl-button>Copy as text</sl-button><sl-button>Download Markdown</sl-button><sl-button>Add to calendar (.ics)</sl-button></div>
    </div>`;
  }
  contacts(found, visible, more, today) {
    const states = this.rows.map((r) => this.due(r, today));
    const month = states.filter((s) => s.month).length;
    const overdue = states.filter((s) => s.overdue).length;
    return html`<div class="base">
      <h2>Keep in touch</h2>
      <p class="intro">The internship ends; the connections don’t have to. Keep the people you worked with here, write now and then with an update or a question, and log each contact so you know who is due next.</p>
      <p>${plural(month, '{n} person to contact this month', '{n} people to contact this month')}${overdue ? html` · <strong>${overdue} overdue</strong>` : nothing}</p>
      <div class="row"><sl-button variant="primary">Add a contact</sl-button>${this.filterGroup('View')}</div>
      ${this.rows.length
        ? html`<div class="filters">
            <sl-input id="q" type="search" label="Search" .value=${this.query} @sl-input=${(e) => (this.query = e.target.value)}></sl-input>
            <sl-select label="Sort by" value="next" ?disabled=${this.show === 'month'}><sl-option value="next">Next follow-up</sl-option><sl-option value="name">Name</sl-option><sl-option value="last">Last contact</sl-option></sl-select>
          </div>`
        : nothing}
      ${found.length ? this.list(visible) : html`<p>${this.rows.length ? `No contact matches “${this.query}”.` : 'No one here yet.'}</p>`}
      ${more(found.length - visible.length, 'Show more ({n} not shown)')}
      <h3>Export</h3>
      <div class="row">
        <sl-button>Calendar: repeating reminders</sl-button><sl-button>Calendar: due follow-ups</sl-button><sl-button>Contacts (vCard)</sl-button>
        <sl-button>CSV</sl-button><sl-button>Markdown</sl-button><sl-button>Copy as text</sl-button>
        <sl-button @click=${(e) => e.target.nextElementSibling.click()}>Import CSV</sl-button><input type="file" accept=".csv,text/csv" class="visually-hidden" />
      </div>
    </div>`;
  }
  agenda(visible) {
    const n = this.rows.length;
    const minutes = Math.max(10, Math.ceil((n * 3 + 2) / 5) * 5);
    return html`<div class="base">
      <h2>Ask for honest feedback</h2>
      <p class="intro">Don’t guess how you did: ask. Pick a few questions, book a short talk with your supervisor, and note what you hear.</p>
      <sl-button-group label="Stage"><sl-button>1. Prepare</sl-button><sl-button variant="primary">2. During and after the talk</sl-button></sl-button-group>
      <section class="base">
        <h3>Agenda</h3>
        <p class="hint">${plural(n, `About ${minutes} minutes for {n} question.`, `About ${minutes} minutes for {n} questions.`)}</p>
        ${this.list(visible)}
      </section>
      <section class="base">
        <h3>What I’ll do next</h3>
        <p>After the talk, star the takeaways you want to act on and turn them into next steps here.</p>
        <div><sl-button disabled>Turn takeaways into next steps</sl-button></div>
        <form class="row" @submit=${(e) => e.preventDefault()}><sl-input label="Add a next step" style="flex: 1"></sl-input><sl-button type="submit">Add</sl-button></form>
      </section>
      <div class="row"><sl-button>Copy as Markdown</sl-button><sl-button>Download .md</sl-button><sl-button>Print</sl-button></div>
    </div>`;
  }
  journal(visible) {
    const total = this.rows.reduce((a, r) => a + words(r.text), 0);
    return html`<div class="base">
      <h2>Reflect on your internship</h2>
      <p class="intro">Step back and look at the experience honestly: what you learned about the industry and about yourself, what worked, what didn’t, and where to go from here.</p>
      <sl-input label="Your internship in one sentence" help-text="For example: “Three months building dashboards for a small, fast-moving sales team.”"></sl-input>
      <div class="row">
        <sl-select label="Reflection framework" value="seed" help-text="Step back and look at the whole internship honestly.">${FRAMEWORKS.map(([id, label]) => html`<sl-option value=${id}>${label}</sl-option>`)}</sl-select>
        <p class="count">Written so far: ${plural(total, '{n} word', '{n} words')}</p>
      </div>
      ${this.list(visible)}
      <section class="card">
        <h3>Skills and confidence</h3>
        <p class="hint">Rate your confidence from 1 (just starting) to 5 (very confident), before the internship and now.</p>
        <form class="row" @submit=${(e) => e.preventDefault()}><sl-input label="Another skill" maxlength="200"></sl-input><sl-button type="submit">Add skill</sl-button></form>
      </section>
      <section class="card">
        <h3>Résumé bullets</h3>
        <p class="hint">Action verb + what you did + the result. Numbers make a result concrete.</p>
        <form class="base" @submit=${(e) => e.preventDefault()}>
          <div class="grid"><sl-input label="Action verb"></sl-input><sl-input label="What you did"></sl-input><sl-input label="Result"></sl-input></div>
          <p class="hint">Preview</p>
          <p class="muted">Your bullet appears here as you type.</p>
          <div><sl-button variant="primary" type="submit" disabled>Add bullet</sl-button></div>
        </form>
        <p class="muted">No bullets yet. Pick an entry above and turn it into one.</p>
      </section>
      <div class="row"><sl-button variant="primary">Copy as Markdown</sl-button><sl-button>Download Markdown</sl-button><sl-button>Print / save as PDF</sl-button></div>
    </div>`;
  }
}
customElements.define('peer-list', PeerList);
