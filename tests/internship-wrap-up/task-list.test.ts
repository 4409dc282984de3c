// The kit's one task list inside <internship-wrap-up>: computed once per change, follow-ups that tick
// and untick everywhere, and reference reminders on the list.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import { InternshipWrapUp } from '../../src/internship-wrap-up/internship-wrap-up.js';
import { clearKeys, settle } from '../helpers/test-element.js';

const KEY = 'task-list-';
let n = 0;

async function kit(): Promise<InternshipWrapUp> {
  const el = await fixture<InternshipWrapUp>(html`<internship-wrap-up storage-key=${KEY + n++} intern-name="Maya Chen" company="Northwind Logistics"
    supervisor="Jordan Alvarez" role="Data analyst intern" start-date="2026-09-07" end-date="2026-12-18"></internship-wrap-up>`);
  await settle(50);
  return el;
}

/** Counts the kit's task-list computations while `run` runs (and the updates it causes settle). */
async function countRuns(run: () => unknown): Promise<number> {
  const original = InternshipWrapUp.collectTasks;
  let calls = 0;
  InternshipWrapUp.collectTasks = (...args) => {
    calls++;
    return original(...args);
  };
  try {
    await run();
    await settle(60);
  } finally {
    InternshipWrapUp.collectTasks = original;
  }
  return calls;
}

describe('<internship-wrap-up> task list', function () {
  this.timeout(20000);
  after(() => clearKeys(KEY));

  it('computes the task list once per change, not once per reader', async () => {
    const el = await kit();
    // Nothing changed: reading it again (the overview, the context, the render) costs nothing.
    expect(await countRuns(() => [el.tasks, el.tasks, el.requestUpdate()])).to.equal(0);
    // One tick is one change: the willUpdate check, the steps' context and the overview share one list.
    const calls = await countRuns(() => el.tick('checklist:confirm-end-date', true));
    expect(el.tasks.find((t) => t.id === 'checklist:confirm-end-date')!.done).to.be.true;
    expect(calls, 'collectTasks calls for one tick').to.equal(1);
  });
});
