// A host page with all six widgets at once (a host uses them or the kit, which has its own tests):
// landmarks and ids must not clash across them.
import { expect } from '@open-wc/testing';
import '../../src/all.js';
import { container, settle } from '../helpers/test-element.js';

const TAGS = ['internship-checklist', 'feedback-questions', 'thank-you-composer', 'reflection-journal', 'finish-strong-planner', 'keep-in-touch'];

describe('every element on one page', function () {
  this.timeout(40000);

  it('has 0 axe violations with the six widgets side by side', async () => {
    const page = container();
    for (const tag of TAGS) {
      const el = document.createElement(tag);
      for (const [k, v] of Object.entries({ storage: 'none', 'intern-name': 'Maya', company: 'Northwind', 'end-date': '2026-12-18' })) el.setAttribute(k, v);
      page.append(el);
    }
    await Promise.all([...page.children].map((el) => (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete));
    await settle(50);
    await expect(page).to.be.accessible();
    page.remove();
  });
});
