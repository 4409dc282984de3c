// The kit paints before any step's code arrives: the shown step loads at once, the others when the
// browser is idle, with a visible loading state and focus kept on the tab. Loaders here are held open
// by the test, so every in-between state can be looked at.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { InternshipWrapUp } from '../../src/internship-wrap-up/internship-wrap-up.js';
import { define } from '../../src/core/define.js';
import { captureWarnings, container, settle } from '../helpers/test-element.js';

const TAGS = ['internship-checklist', 'feedback-questions', 'thank-you-composer', 'reflection-journal', 'finish-strong-planner', 'keep-in-touch'];

/** A step element as small as the kit needs: a value, an export and something on screen. */
class Step extends HTMLElement {
  value: object = {};
  async clearStoredData(): Promise<void> {}
  toMarkdown(): string {
    return `# ${this.localName} loaded`;
  }
  connectedCallback(): void {
    this.textContent = `${this.localName} is here`;
  }
}

const calls: string[] = [];
const held = new Map<string, { resolve: () => void; reject: (e: Error) => void }>();
InternshipWrapUp.stepLoaders = Object.fromEntries(
  TAGS.map((tag) => [
    tag,
    () => {
      calls.push(tag);
      return new Promise<void>((resolve, reject) => {
        held.set(tag, {
          resolve: () => {
            customElements.define(tag, class extends Step {});
            resolve();
          },
          reject,
        });
      });
    },
  ]),
);
define('internship-wrap-up', InternshipWrapUp);

async function until(check: () => boolean, ms = 5000): Promise<void> {
  for (let waited = 0; waited < ms && !check(); waited += 20) await settle(20);
}

describe('<internship-wrap-up> loads its steps lazily', function () {
  this.timeout(20000);
  let kit: InternshipWrapUp;
  const root = () => kit.shadowRoot!;
  const panel = () => root().querySelector<HTMLElement>('[role="tabpanel"]')!;

  before(async () => {
    kit = document.createElement('internship-wrap-up');
    kit.setAttribute('storage', 'none');
    kit.setAttribute('intern-name', 'Maya');
    container().append(kit);
    await kit.updateComplete;
  });

  it('paints its profile, overview and tabs before any step is loaded, with a visible loading state', async () => {
    expect(root().querySelector('h2')!.textContent).to.contain('Maya');
    expect(root().querySelectorAll('[role="tab"]')).to.have.length(6);
    expect(root().querySelectorAll('.overview li')).to.have.length(6);
    const status = panel().querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('Loading this step…');
    expect(panel().getAttribute('aria-busy')).to.equal('true');
    expect(calls[0], 'the shown step is asked for first').to.equal('internship-checklist');
    expect(panel().textContent).not.to.contain('not available');
    await expect(kit).to.be.accessible();
  });

  it('shows the step when its code arrives', async () => {
    held.get('internship-checklist')!.resolve();
    await until(() => !panel().querySelector('[role="status"]'));
    expect(panel().querySelector('internship-checklist')!.textContent).to.equal('internship-checklist is here');
    expect(!!panel().querySelector('[role="status"]')).to.equal(false);
    expect(panel().hasAttribute('aria-busy')).to.equal(false);
  });

  it('loads the other steps when the browser is idle, without their being opened', async () => {
    await until(() => calls.length === 6);
    expect([...calls].sort()).to.deep.equal([...TAGS].sort());
  });

  it('keeps focus on the tab while a step opened with the keyboard loads, then shows it', async () => {
    root().querySelector<HTMLElement>('#tab-checklist')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await kit.updateComplete;
    await settle(20);
    expect(root().activeElement?.id).to.equal('tab-feedback');
    expect(panel().querySelector('[role="status"]')!.textContent).to.equal('Loading this step…');
    held.get('feedback-questions')!.resolve();
    await until(() => !panel().querySelector('[role="status"]'));
    expect(panel().querySelector('feedback-questions')!.textContent).to.equal('feedback-questions is here');
    expect(root().activeElement?.id, 'focus stayed on the tab').to.equal('tab-feedback');
    expect(document.activeElement).to.equal(kit);
  });

  it('says a step is not available when its code fails to load (and warns once)', async () => {
    const warnings = await captureWarnings(async () => {
      held.get('keep-in-touch')!.reject(new Error('offline'));
      await settle(50);
    });
    expect(warnings.join()).to.contain('could not load <keep-in-touch>');
    kit.selectStep('contacts');
    await kit.updateComplete;
    expect(panel().textContent).to.contain('This step is not available on this page yet.');
    expect(!!panel().querySelector('[role="status"]')).to.equal(false);
  });

  it('"Download everything" waits for the steps still loading, so every step is in the file', async () => {
    let file = '';
    (kit as unknown as { download: (name: string, text: string) => void }).download = (_name, text) => (file = text);
    const button = [...root().querySelectorAll('button')].find((b) => b.textContent!.includes('Download everything'))!;
    button.click();
    await settle(30);
    expect(file, 'nothing downloaded while steps load').to.equal('');
    for (const tag of ['thank-you-composer', 'reflection-journal', 'finish-strong-planner']) held.get(tag)!.resolve();
    await until(() => file !== '');
    for (const tag of ['internship-checklist', 'feedback-questions', 'thank-you-composer', 'reflection-journal', 'finish-strong-planner']) expect(file).to.contain(`${tag} loaded`);
  });
});
