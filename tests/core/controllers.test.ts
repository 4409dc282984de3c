import { expect } from '@open-wc/testing';
import { LitElement, html, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { focusAfterUpdate } from '../../src/core/controllers/focus.js';
import { UndoController } from '../../src/core/controllers/undo.js';
import { Announcer } from '../../src/core/controllers/announcer.js';
import { markdownView } from '../../src/core/controllers/print-view.js';
import { mdDocument, mdField, mdHeading, mdItem, mdParagraph } from '../../src/core/formats/markdown.js';
import { container, type TestNotes } from '../helpers/test-element.js';
import '../helpers/test-element.js';
import { loadPrintView } from '../../src/core/controllers/print.js';

// The print view's renderer loads on use; tests that print synchronously start once it has.
before(() => loadPrintView());

/** A bare element with a list, remove buttons, Undo and a live region: the controllers and nothing else. */
class BareList extends LitElement {
  items = ['alpha', 'beta', 'gamma'];
  readonly undo = new UndoController<string>(this, { focusItem: (item) => `[data-item="${item}"] .name`, fallback: 'ul' });
  readonly announcer = new Announcer(this);

  removeAt(i: number): void {
    this.items = this.undo.remove(this.items, i);
    this.requestUpdate();
  }

  override render() {
    return html`<ul tabindex="-1">
        ${repeat(this.items, (x) => x, (x, i) => html`<li data-item=${x}><button class="name">${x}</button><button class="remove" @click=${() => this.removeAt(i)}>Remove ${x}</button></li>`)}
      </ul>
      ${this.undo.render('', (x) => `Removed ${x}.`, 'Undo', () => {
        const r = this.undo.restore(this.items);
        if (r) (this.items = r.list), this.requestUpdate();
      })}
      ${this.announcer.render()}`;
  }
}
customElements.define('sf-bare-list', BareList);

async function bare(): Promise<BareList> {
  const el = document.createElement('sf-bare-list') as BareList;
  container().append(el);
  await el.updateComplete;
  return el;
}
const active = (el: LitElement) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('controllers (on a bare element)', () => {
  describe('focusAfterUpdate', () => {
    it('focuses the first target that can take focus: skips missing, disabled, hidden and closed-<details> ones', async () => {
      const el = await bare();
      const root = el.shadowRoot!;
      const extra = document.createElement('div');
      extra.innerHTML = '<button id="off" disabled>off</button><details><summary>s</summary><button id="inside">in</button></details><button id="ok">ok</button>';
      root.append(extra);
      const got = await focusAfterUpdate(el, '#missing', '#off', '#inside', () => null, '#ok');
      expect(got?.id).to.equal('ok');
      expect(root.activeElement?.id).to.equal('ok');
      expect(await focusAfterUpdate(el, '#missing')).to.equal(undefined);
    });
  });

  describe('UndoController', () => {
    it('remove → focus on Undo → restore at the same index → focus back on the item', async () => {
      const el = await bare();
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-item="beta"] .remove')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.items).to.deep.equal(['alpha', 'gamma']);
      expect(active(el)?.textContent).to.equal('Undo');
      expect(el.shadowRoot!.querySelector('.undo')!.textContent).to.contain('Removed beta.');
      active(el)!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.items).to.deep.equal(['alpha', 'beta', 'gamma']);
      expect(active(el)?.textContent).to.equal('beta');
      expect(el.shadowRoot!.querySelector('.undo')).to.equal(null);
    });

    it('restores at the end when the list got shorter, and clear() forgets the removal', async () => {
      const el = await bare();
      el.removeAt(2);
      el.items = ['alpha'];
      const r = el.undo.restore(el.items)!;
      expect(r.list).to.deep.equal(['alpha', 'gamma']);
      el.removeAt(0);
      el.undo.clear();
      expect(el.undo.restore(el.items)).to.equal(undefined);
    });
  });

  describe('UndoController: keep and take (what is not one list item)', () => {
    it('keep() remembers and focuses Undo; take() forgets and focuses the item; focus: false leaves focus where it is', async () => {
      const el = await bare();
      const name = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-item="alpha"] .name')!;
      name.focus();
      el.undo.keep('alpha', '', -1, { focus: false });
      await el.updateComplete;
      await el.updateComplete;
      expect(active(el), 'a toggle keeps focus').to.equal(name);
      expect(el.shadowRoot!.querySelector('.undo')!.textContent).to.contain('Removed alpha.');
      el.undo.keep('gamma');
      await el.updateComplete;
      await el.updateComplete;
      expect(active(el)?.textContent, 'one removal at a time: the last').to.equal('Undo');
      expect(el.undo.take()).to.deep.equal({ item: 'gamma', index: -1, group: '' });
      await el.updateComplete;
      await el.updateComplete;
      expect(active(el)?.textContent).to.equal('gamma');
      expect(el.undo.take()).to.equal(undefined);
      el.undo.keep('beta', '', -1);
      expect(el.undo.restore(['alpha'])!.list, 'no index: back at the end').to.deep.equal(['alpha', 'beta']);
    });
  });

  describe('Announcer', () => {
    it('puts a message in one polite live region and says a repeated message again', async () => {
      const el = await bare();
      const region = () => el.shadowRoot!.querySelectorAll('[role="status"][aria-live="polite"]');
      el.announcer.announce('Copied');
      await el.updateComplete;
      await el.updateComplete;
      expect(region()).to.have.length(1);
      expect(region()[0].textContent).to.equal('Copied');
      el.announcer.announce('Copied');
      await el.updateComplete;
      expect(region()[0].textContent).to.equal(''); // cleared first, so the same words are announced again
      await el.updateComplete;
      expect(region()[0].textContent).to.equal('Copied');
    });

    it('says "Saved" after the user’s edits are saved, at most once a minute', async () => {
      const el = await bare();
      const said: string[] = [];
      const original = el.announcer.announce.bind(el.announcer);
      el.announcer.announce = (m: string) => (said.push(m), original(m));
      const t0 = 1_000_000;
      el.announcer.saveStatus('saved', () => 'Saved', t0); // the first read is not a save of edits
      el.announcer.saveStatus('pending', () => 'Saved', t0);
      el.announcer.saveStatus('saved', () => 'Saved', t0 + 10);
      el.announcer.saveStatus('pending', () => 'Saved', t0 + 20);
      el.announcer.saveStatus('saved', () => 'Saved', t0 + 30_000);
      el.announcer.saveStatus('pending', () => 'Saved', t0 + 61_000);
      el.announcer.saveStatus('saved', () => 'Saved', t0 + 61_000);
      await Promise.resolve(); // said right after the update that reported the save
      expect(said).to.deep.equal(['Saved', 'Saved']);
      await el.updateComplete; // cleared, then said after the next render
      await el.updateComplete;
      expect(el.renderRoot.querySelector('[role="status"]')?.textContent).to.equal('Saved');
    });
  });

  describe('"Saved" never talks over a message', () => {
    it('a message said moments before a save ("Restored the backup…") stays in the live region; "Saved" is not said over it', async () => {
      const el = await bare();
      const t0 = Date.now();
      el.announcer.saveStatus('saved', () => 'Saved', t0);
      el.announcer.announce('Restored the backup from 20 November.');
      el.announcer.saveStatus('pending', () => 'Saved', t0);
      el.announcer.saveStatus('saved', () => 'Saved', t0 + 10);
      await Promise.resolve();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.renderRoot.querySelector('[role="status"]')?.textContent).to.equal('Restored the backup from 20 November.');
    });
  });

  describe('export and print (through the shared base)', () => {
    async function notes(): Promise<TestNotes> {
      const el = document.createElement('sf-test-notes') as TestNotes;
      el.storage = 'none';
      container().append(el);
      el.value = { title: 'T', notes: ['First note\nwith a second line', 'Second <b>note</b> [x](https://evil.example)'] };
      await el.updateComplete;
      return el;
    }

    it('copy, download and print each dispatch sf-export exactly once', async () => {
      const el = await notes();
      const formats: string[] = [];
      el.addEventListener('sf-export', (e) => formats.push(e.detail.format));
      const stop = (e: Event) => (e.target as Element).closest?.('a[download]') && e.preventDefault();
      document.addEventListener('click', stop, true);
      const print = window.print;
      window.print = () => undefined;
      try {
        await (el as unknown as { copy(t: string): Promise<boolean> }).copy('x');
        (el as unknown as { download(n: string, t: string, f: 'md'): boolean }).download('n.md', 'x', 'md');
        el.printNotes();
      } finally {
        window.print = print;
        document.removeEventListener('click', stop, true);
      }
      expect(formats).to.deep.equal(['copy', 'md', 'print']);
    });

    it('prints a document: the Markdown export as text, every note in full, no inputs or buttons', async () => {
      const el = await notes();
      let seen: { text: string; controls: number; printing: boolean } | undefined;
      const print = window.print;
      window.print = () => {
        const view = el.shadowRoot!.querySelector('.print-view')!;
        seen = { text: view.textContent!.replace(/\s+/g, ' '), controls: view.querySelectorAll('input, button, select, textarea').length, printing: el.hasAttribute('printing') };
      };
      try {
        el.printNotes();
      } finally {
        window.print = print;
      }
      expect(seen!.printing).to.be.true;
      expect(seen!.controls).to.equal(0);
      expect(seen!.text).to.contain('First notewith a second line').and.to.contain('Second <b>note</b> [x](https://evil.example)');
      expect(el.shadowRoot!.querySelector('.print-view b, .print-view a')).to.equal(null);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.print-view')).to.equal(null);
      expect(el.hasAttribute('printing')).to.be.false;
    });

    it('renders the print view when the browser prints by itself (beforeprint, as with Ctrl+P)', async () => {
      const el = await notes();
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.print-view')!.textContent).to.contain('First note');
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.print-view')).to.equal(null);
    });
  });

  describe('markdownView', () => {
    it('draws headings, fields, task items and paragraphs as elements, with escapes removed and user text as text', () => {
      const md = mdDocument([
        mdHeading(1, 'Notes #1'),
        mdField('Relationship', 'Mentor'),
        mdItem('Ship *it*', true),
        mdItem('Two\nlines', false),
        mdParagraph('<img src=x onerror=alert(1)> jordan.alvarez@example.com https://example.com\n# not a heading'),
      ]);
      const host = document.createElement('div');
      render(markdownView(md), host);
      expect(host.querySelector('h1')!.textContent).to.equal('Notes #1');
      expect(host.querySelector('p strong')!.textContent).to.equal('Relationship:');
      const items = [...host.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items).to.deep.equal(['☑ Ship *it*', '☐ Twolines']);
      expect(host.querySelectorAll('li br')).to.have.length(1); // the note's line break
      const last = host.querySelectorAll('p')[1];
      expect(last.textContent).to.contain('<img src=x onerror=alert(1)> jordan.alvarez@example.com https://example.com');
      expect(last.textContent).to.contain('# not a heading');
      expect(host.querySelectorAll('img, a, h2')).to.have.length(0);
    });

    it('keeps a field label’s own colon: French "Poste :" (✗ old code: drawn as plain text)', () => {
      const host = document.createElement('div');
      render(markdownView(mdDocument([mdField('Poste', 'Analyste')], '\u00a0:')), host);
      expect(host.querySelector('p strong')!.textContent).to.equal('Poste\u00a0:');
      expect(host.querySelector('p')!.textContent).to.equal('Poste\u00a0: Analyste');
    });
  });
});
