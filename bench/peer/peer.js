// The peer (variant C): the same list UIs built from Shoelace 2 components on Lit, bundled by
// bench/build-peer.mjs into bench/.out/peer.js. One element, `peer-list`, with a `kind` per widget.
import { LitElement, html, css, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/textarea/textarea.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/button-group/button-group.js';

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
    .filters { display: flex; gap: 0.5rem; align-items: end; margin-block-end: 1rem; }
    sl-textarea { flex: 1 1 100%; }
  `;
  constructor() {
    super();
    this.kind = 'check';
    this.rows = [];
    this.limit = 50;
    this.query = '';
    this.show = 'all';
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
      <ul>
        ${repeat(visible, (r) => r.id, (r) => html`<li data-id=${r.id}>
          ${this.kind === 'check'
            ? html`<sl-checkbox ?checked=${r.done}>${r.title}</sl-checkbox>`
            : html`<div class="body"><strong>${r.title}</strong>${r.sub ? html`<span class="muted">${r.sub}</span>` : nothing}</div>`}
          ${this.kind === 'question' || this.kind === 'entry' ? html`<sl-textarea label="Answer" rows="2" .value=${r.text ?? ''}></sl-textarea>` : nothing}
          ${this.kind === 'contact' ? html`<sl-button size="small" variant="primary">Log contact</sl-button>` : nothing}
          <sl-button size="small">Edit</sl-button>
          <sl-button size="small">Up</sl-button>
          <sl-button size="small">Down</sl-button>
          <sl-button size="small" variant="danger">Delete</sl-button>
        </li>`)}
      </ul>
      ${found.length > visible.length ? html`<sl-button>Show more (${found.length - visible.length})</sl-button>` : nothing}
    </div>`;
  }
}
customElements.define('peer-list', PeerList);
