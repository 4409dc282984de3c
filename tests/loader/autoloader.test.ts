// The built one-tag embed (dist/strong-finish.js, run `npm run build` first) as a host page meets it:
// nothing defined until a tag shows up, then only the runtime and that element's chunk are fetched,
// and the element behaves as if it had always been there. One page per test file: the order matters.
import { expect, waitUntil } from '@open-wc/testing';
import { captureWarnings, container, settle } from '../helpers/test-element.js';

type Loose = HTMLElement & Record<string, any> & { updateComplete: Promise<boolean> };
interface Loader {
  load(...tags: string[]): Promise<void>;
}
const LOADER = `${location.origin}/dist/strong-finish.js`;

/** Paths under /dist/ this page has fetched, in order. */
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith('/dist/'));

/** Waits for `check` (generously: the test machine may be busy), failing with `what` if it never holds. */
const until = (check: () => boolean, what: string, timeout = 15000) => waitUntil(check, what, { timeout, interval: 50 });

describe('the autoloader (dist/strong-finish.js)', function () {
  this.timeout(20000);
  let loader: Loader;
  before(async () => {
    loader = (await import(/* @vite-ignore */ LOADER)) as Loader;
  });

  it('is small, defines nothing and fetches nothing else while no tag is on the page', async () => {
    await settle(100);
    for (const tag of ['keep-in-touch', 'internship-checklist', 'internship-wrap-up']) expect(customElements.get(tag), tag).to.equal(undefined);
    expect(fetched()).to.deep.equal(['/dist/strong-finish.js']);
  });

  it('defines a tag when it appears: attributes and properties set before the upgrade apply, whenDefined resolves', async () => {
    const el = document.createElement('keep-in-touch') as Loose;
    el.setAttribute('intern-name', 'Maya');
    el.storage = 'none'; // a property on the not-yet-upgraded element
    el.value = { contacts: [{ id: 'c1', name: 'Jordan Lee', tags: [], cadence: 'monthly', log: [] }] };
    const defined = customElements.whenDefined('keep-in-touch');
    container().append(el);
    await defined;
    await el.updateComplete;
    expect(el.storage).to.equal('none');
    expect(el.shadowRoot!.textContent).to.contain('Jordan Lee');
    expect((el.value as { contacts: { name: string }[] }).contacts.map((c) => c.name)).to.deep.equal(['Jordan Lee']);
    // only the runtime and this element's chunk came with it
    const files = fetched();
    expect(files).to.include.members(['/dist/chunks/keep-in-touch.js', '/dist/chunks/runtime.js', '/dist/strong-finish.js']);
    // Nothing of any other element: a module keep-in-touch shares with the kit (its follow-up schedule)
    // is a small file of its own, fetched only by the pages that show one of the two.
    const others = ['internship-checklist', 'feedback-questions', 'feedback-response', 'thank-you-composer', 'reflection-journal', 'finish-strong-planner', 'internship-wrap-up'];
    expect(files.filter((f) => others.some((t) => f === `/dist/chunks/${t}.js`))).to.deep.equal([]);
    // The runtime holds only what every element needs; code a few elements share (the calendar, list
    // keyboard and undo, greeting names) comes as small files of its own, one level below the chunk.
    expect(files.length).to.be.at.most(8);
  });

  it('upgraded elements fire their events', async () => {
    const el = document.querySelector('keep-in-touch') as Loose;
    const changes: Event[] = [];
    el.addEventListener('change', (e) => changes.push(e));
    (el.shadowRoot!.querySelector('button.add') as HTMLButtonElement).click();
    await el.updateComplete;
    const name = el.shadowRoot!.querySelector<HTMLInputElement>('#f-name')!;
    name.value = 'Sam Rivera';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    (name.form!.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(changes.length).to.be.greaterThan(0);
    expect(JSON.stringify(el.value)).to.contain('Sam Rivera');
  });

  it('finds tags added deep inside markup later, and fetches a catalogue from its folder only when a page needs it', async () => {
    expect(fetched().some((p) => p.includes('/chunks/es.js'))).to.equal(false);
    const wrapper = container();
    wrapper.lang = 'es';
    wrapper.innerHTML = '<section><div><internship-checklist storage="none"></internship-checklist></div></section>';
    await customElements.whenDefined('internship-checklist');
    const el = wrapper.querySelector('internship-checklist') as Loose;
    await until(() => /Lista|lista|paso/i.test(el.shadowRoot?.textContent ?? ''), 'the checklist in Spanish');
    expect(el.shadowRoot!.querySelector('.base')).to.exist;
    expect(fetched()).to.include('/dist/chunks/es.js');
    expect(fetched()).not.to.include('/dist/chunks/ar.js');
  });

  it('loading the script twice defines nothing twice and warns about nothing', async () => {
    const warnings = await captureWarnings(async () => {
      await import(/* @vite-ignore */ `${LOADER}?again=1`);
      const el = document.createElement('thank-you-composer') as Loose;
      el.setAttribute('storage', 'none');
      container().append(el);
      await customElements.whenDefined('thank-you-composer');
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
    expect(fetched().filter((p) => p === '/dist/chunks/thank-you-composer.js')).to.have.length(1);
  });

  it('the kit paints with its current step, then loads the other steps when idle', async function () {
    this.timeout(30000);
    const kit = document.createElement('internship-wrap-up') as Loose;
    kit.setAttribute('storage', 'none');
    container().append(kit);
    await customElements.whenDefined('internship-wrap-up');
    await kit.updateComplete;
    expect(kit.shadowRoot!.querySelectorAll('[role="tab"]')).to.have.length(6);
    // The checklist step was already defined above; the others arrive without being opened, each as its
    // own chunk, in whatever order the network and a busy CPU deliver them (the browser's idle callback
    // runs within 3 s even on a page that is never idle).
    const steps = ['internship-checklist', 'feedback-questions', 'thank-you-composer', 'reflection-journal', 'finish-strong-planner', 'keep-in-touch'];
    const missing = () => steps.filter((t) => !customElements.get(t));
    await until(() => missing().length === 0, 'every step of the kit defined while idle');
    expect(missing()).to.deep.equal([]);
    expect(kit.step, 'no other step was opened').to.equal('checklist');
    await kit.updateComplete;
    expect(kit.shadowRoot!.textContent).not.to.contain('not available');
  });

  it('load() defines tags that are not on the page (for elements created and used off-page)', async () => {
    // Not a step of the kit (which has loaded its steps by now): nothing above brought it.
    expect(customElements.get('feedback-response')).to.equal(undefined);
    await loader.load('feedback-response');
    expect(customElements.get('feedback-response')).to.exist;
  });
});
