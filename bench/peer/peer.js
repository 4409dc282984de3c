// The peer (variant C): the same list UIs built from Shoelace 2 components on Lit, bundled by
// bench/build-peer.mjs into bench-results/peer.js. One element, `peer-list`, with a `kind` per widget;
// each row carries the same controls as the widget's row, as Shoelace components:
//   check (internship-checklist): sl-checkbox + 4 sl-button (edit, up, down, delete)
//   contact (keep-in-touch): name, role · team, dates, how, e-mail link, tag chips, 5 sl-button
//   question (feedback-questions, prepare stage): number + text, theme chip, 3 sl-button (up, down, remove)
//   entry (reflection-journal): heading, prompt, sl-textarea, sl-radio-group of 5 sl-radio, <details>, sl-button
import { LitElement, html, css, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/textarea/textarea.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/button-group/button-group.js';
import '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js';
import '@shoelace-style/shoelace/dist/components/radio/radio.js';

const MOODS = ['Drained', 'Low', 'Okay', 'Good', 'Energised'];

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
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
    li { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; padding: 0.5rem; border: 1px solid #ddd; border-radius: 0.5rem; }
    .body { flex: 1 1 16rem; display: grid; }
    .muted { color: #666; font-size: 0.875rem; }
    .chip { font-size: 0.75rem; padding: 0 0.5rem; border-radius: 999px; background: #eef; }
    .filters { display: flex; gap: 0.5rem; align-items: end; margin-block-end: 1rem; }
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
          <sl-button size="small">Up</sl-button><sl-button size="small">Down</sl-button>
          <sl-button size="small" variant="danger">Remove</sl-button>`;
      default:
        return html`<div class="body"><strong>${r.sub}</strong><span class="muted">${r.title}</span></div>
          <sl-textarea label="Entry" rows="4" .value=${r.text ?? ''}></sl-textarea>
          <sl-radio-group label="Your energy in this part" name="m${i}">${MOODS.map((m, j) => html`<sl-radio value=${j + 1}>${m}</sl-radio>`)}</sl-radio-group>
          <details><summary>Skills used</summary></details>
          <sl-button size="small">Turn into a résumé bullet</sl-button>`;
    }
  }
  render() {
    const q = this.query.toLowerCase();
    const found = this.rows.filter((r) => (this.show === 'all' || (this.show === 'open') === !r.done) && (!q || r.title.toLowerCase().includes(q)));
    const visible = found.slice(0, this.limit);
    return html`<div class="base">
      <h2>List</h2>
      <div class="filters">
        <sl-input id="q" type="search" label="Search" .value=${this.query} @sl-input=${(e) => (this.query = e.target.value)}></sl-input>
        <sl-button-group label="Show">
          ${['all', 'open', 'done'].map((s) => html`<sl-button data-show=${s} variant=${this.show === s ? 'primary' : 'default'} @click=${() => (this.show = s)}>${s}</sl-button>`)}
        </sl-button-group>
      </div>
      <ul>${repeat(visible, (r) => r.id, (r, i) => html`<li data-id=${r.id}>${this.row(r, i)}</li>`)}</ul>
      ${found.length > visible.length ? html`<sl-button>Show more (${found.length - visible.length})</sl-button>` : nothing}
    </div>`;
  }
}
customElements.define('peer-list', PeerList);
