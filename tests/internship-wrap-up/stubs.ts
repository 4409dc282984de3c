import { html } from 'lit';
import { SfElement } from '../../src/core/base-element.js';
import { define } from '../../src/core/define.js';
import { DROP, clone, type Rule } from '../../src/core/schema.js';
import { mdDocument, mdHeading, mdItem } from '../../src/core/formats/markdown.js';
import { toICS } from '../../src/core/formats/ics.js';

/**
 * Stand-ins for the six widgets (built in parallel), registered only when the real ones are not: same
 * tags, kit slots and the hooks the kit uses. Their values follow the shapes in the widget issues.
 */
type Loose = Record<string, unknown>;
const loose: Rule<Loose> = (input, path, issues) => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    issues.push(`${path || 'value'}: expected an object`);
    return DROP;
  }
  return clone(input as Loose);
};

const DEFAULTS: Record<string, () => Loose> = {
  checklist: () => ({ items: [{ id: 'c1', section: 'last', text: 'Thank your supervisor', done: false }], explore: [], ask: [] }),
  feedback: () => ({ selected: [], actions: [] }),
  thanks: () => ({ people: [] }),
  reflection: () => ({ framework: 'rolfe', summary: '', entries: [], skills: [], bullets: [] }),
  planner: () => ({ holidays: [], milestones: [], projects: [], log: [] }),
  contacts: () => ({ contacts: [] }),
};

function stub(tag: string, slot: string) {
  class Stub extends SfElement<Loose> {
    static override kitSlot = slot;
    protected schema = loose;
    protected createDefault(): Loose {
      return DEFAULTS[slot]();
    }
    /** Simulates a user edit. */
    edit(next: Loose): void {
      this.commit(next);
    }
    toMarkdown(): string {
      return mdDocument([mdHeading(1, slot), ...Object.keys(this.data).map((k) => mdItem(`${k}: ${JSON.stringify(this.data[k])}`))]);
    }
    toICS(): string {
      // Every stub uses the same UID on purpose: the kit must make them unique.
      return toICS({ events: [{ uid: 'same', summary: `${slot} ${this.profile.internName ?? ''}`, start: this.profile.endDate ?? '2026-12-18' }] });
    }
    addContacts(people: { name: string }[]): number {
      const list = (this.data.contacts as { name: string }[]) ?? [];
      const fresh = people.filter((p) => !list.some((c) => c.name === p.name));
      if (fresh.length) this.commit({ ...this.data, contacts: [...list, ...fresh.map((p, i) => ({ id: `k${list.length + i}`, name: p.name }))] });
      return fresh.length;
    }
    /** What the thank-you composer does with its people. */
    offerContacts(people: { name: string }[]): boolean {
      return this.kit?.request('add-contacts', people) ?? false;
    }
    override render() {
      return html`<div class="base" part="base">
        <p class="who">${slot}: ${this.profile.internName ?? ''}</p>
        ${this.renderStatus()}
      </div>`;
    }
  }
  if (!customElements.get(tag)) define(tag, Stub);
}

stub('internship-checklist', 'checklist');
stub('feedback-questions', 'feedback');
stub('thank-you-composer', 'thanks');
stub('reflection-journal', 'reflection');
stub('finish-strong-planner', 'planner');
stub('keep-in-touch', 'contacts');

export type StubWidget = SfElement<Loose> & {
  edit(next: Loose): void;
  addContacts(people: { name: string }[]): number;
  offerContacts(people: { name: string }[]): boolean;
  toICS(): string;
};
