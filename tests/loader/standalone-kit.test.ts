// dist/standalone/internship-wrap-up.js alone (run `npm run build` first): the kit paints, then brings
// its six steps from standalone/chunks/ (it used to show six tabs of "not available on this page").
import { expect, waitUntil } from '@open-wc/testing';
import { container } from '../helpers/test-element.js';

type Kit = HTMLElement & { updateComplete: Promise<boolean>; step: string; selectStep(slot: string): void };
const STEPS: [slot: string, tag: string][] = [
  ['checklist', 'internship-checklist'],
  ['feedback', 'feedback-questions'],
  ['thanks', 'thank-you-composer'],
  ['reflection', 'reflection-journal'],
  ['planner', 'finish-strong-planner'],
  ['contacts', 'keep-in-touch'],
];

describe('dist/standalone/internship-wrap-up.js', function () {
  this.timeout(30000);
  it('shows every step: the shown one first, the others loaded when idle', async () => {
    await import(/* @vite-ignore */ `${location.origin}/dist/standalone/internship-wrap-up.js`);
    const kit = document.createElement('internship-wrap-up') as Kit;
    kit.setAttribute('storage', 'none');
    container().append(kit);
    await kit.updateComplete;
    expect(kit.step).to.equal('checklist');
    // Only the shown step is asked for now; the others when the browser is idle (within 3 s even on a
    // busy page), each its own chunk, in any order. Generous: the test machine may be busy.
    const missing = () => STEPS.filter(([, tag]) => !customElements.get(tag)).map(([, tag]) => tag);
    await waitUntil(() => missing().length === 0, 'every step defined without being opened', { timeout: 15000, interval: 50 });
    for (const [slot, tag] of STEPS) {
      kit.selectStep(slot);
      await kit.updateComplete;
      const panel = kit.shadowRoot!.querySelector('[role="tabpanel"]')!;
      expect(panel.textContent, slot).not.to.contain('not available');
      const el = panel.querySelector(tag) as Kit | null;
      expect(!!el && !!customElements.get(tag), `${tag} defined in the panel`).to.equal(true);
      await el!.updateComplete;
      expect(el!.shadowRoot!.querySelector('.base'), `${tag} rendered`).to.exist;
    }
  });
});
