// Issue #18 in the wrap-up with the real widgets: nothing written on page load, "Clear my data" clears
// what the kit derived too, restore asks first and can be undone, backups are suggested in time.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { InternshipWrapUp } from '../../src/internship-wrap-up/internship-wrap-up.js';
import { clearKeys, settle } from '../helpers/test-element.js';

const PREFIX = 'yd-';

/** Records every write to Web Storage under this file's keys while `fn` runs. */
async function writes(fn: () => Promise<void>): Promise<string[]> {
  const out: string[] = [];
  const proto = Storage.prototype;
  const set = proto.setItem;
  const remove = proto.removeItem;
  proto.setItem = function (this: Storage, k: string, v: string) {
    if (k.includes(`/${PREFIX}`)) out.push(`set ${k}`);
    return set.call(this, k, v);
  };
  proto.removeItem = function (this: Storage, k: string) {
    if (k.includes(`/${PREFIX}`)) out.push(`remove ${k}`);
    return remove.call(this, k);
  };
  try {
    await fn();
  } finally {
    proto.setItem = set;
    proto.removeItem = remove;
  }
  return out;
}

async function mount(key: string): Promise<InternshipWrapUp> {
  const el = await fixture<InternshipWrapUp>(html`<internship-wrap-up storage-key=${key} end-date="2026-12-18"></internship-wrap-up>`);
  el.now = new Date(2026, 11, 1);
  await el.updateComplete;
  await settle(50);
  return el;
}

type AnyWidget = HTMLElement & { value: Record<string, unknown>; updateComplete: Promise<boolean> };
const TAGS = { checklist: 'internship-checklist', feedback: 'feedback-questions', thanks: 'thank-you-composer', reflection: 'reflection-journal', planner: 'finish-strong-planner', contacts: 'keep-in-touch' } as const;

async function show(el: InternshipWrapUp, step: keyof typeof TAGS): Promise<AnyWidget> {
  el.selectStep(step);
  await el.updateComplete;
  const widget = el.shadowRoot!.querySelector(TAGS[step]) as unknown as AnyWidget;
  await widget.updateComplete;
  await settle(20);
  return widget;
}

/** Fills every step the way the closed loop notices (five checklist items get ticked for the intern). */
async function fill(el: InternshipWrapUp): Promise<void> {
  const thanks = await show(el, 'thanks');
  thanks.value = { people: [{ id: 'p1', name: 'Jordan', relationship: 'supervisor', specifics: {}, tone: 'warm', channel: 'email', draft: 'Thanks!', status: 'sent' }] };
  // The planner first: a host value read before the talk was booked would untick its twin milestone (#23).
  const planner = await show(el, 'planner');
  // A project with its handover note, and a contact with a way to reach them: what the kit counts as done (#29).
  planner.value = { ...planner.value, projects: [{ id: 'x', name: 'Dashboard', status: 'Live', next: '', files: '', access: '', owner: '', contacts: '', deadline: '' }] };
  const feedback = await show(el, 'feedback');
  // A talk with a date and a time books it (#23).
  feedback.value = { ...feedback.value, meeting: { date: '2026-12-10', time: '14:00' } };
  const contacts = await show(el, 'contacts');
  contacts.value = { contacts: [{ id: 'c1', name: 'Sam', email: 'sam@example.com', tags: [], cadence: 'week-after', log: [] }] };
  const reflection = await show(el, 'reflection');
  reflection.value = { ...reflection.value, summary: 'A good summer.' };
  await settle();
}

const ticked = (checklist: AnyWidget) => (checklist.value.items as { done: boolean }[]).filter((i) => i.done).length;
const stored = () => Object.keys(localStorage).filter((k) => k.includes(`/${PREFIX}`));

describe('<internship-wrap-up>: your data (#18)', () => {
  beforeEach(() => clearKeys(PREFIX));
  after(() => clearKeys(PREFIX));

  it('writes nothing on page load, before any edit', async () => {
    const log = await writes(async () => {
      const el = await mount(`${PREFIX}load`);
      el.selectStep('thanks');
      await el.updateComplete;
      await settle();
      el.remove();
    });
    expect(log).to.deep.equal([]);
  });

  it('"Clear my data" clears every step and what the kit derived (auto-ticks), and a reload shows a fresh kit', async () => {
    const el = await mount(`${PREFIX}clear`);
    await fill(el);
    let checklist = await show(el, 'checklist');
    expect(ticked(checklist), 'auto-ticked before clearing').to.equal(5);
    expect(checklist.shadowRoot!.textContent).to.contain('Ticked because you');
    checklist.value = { ...checklist.value, explore: ['my own entry'] };
    await settle();
    expect(stored().length).to.be.greaterThan(1);

    const clear = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Clear my data')!;
    clear.click();
    await el.updateComplete;
    const yes = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Yes, clear my data'))!;
    yes.click();
    await settle();
    await el.updateComplete;
    checklist = await show(el, 'checklist');
    expect(ticked(checklist), 'no auto-ticks left').to.equal(0);
    expect(checklist.shadowRoot!.textContent).to.not.contain('Ticked for you');
    expect(checklist.value.explore).to.deep.equal([]);
    await settle();
    expect(stored(), 'nothing saved after clearing').to.deep.equal([]);

    el.remove();
    const again = await mount(`${PREFIX}clear`);
    const fresh = await show(again, 'checklist');
    expect(ticked(fresh)).to.equal(0);
    const thanks = await show(again, 'thanks');
    expect((thanks.value.people as unknown[]).length).to.equal(0);
    expect(again.value.profile).to.deep.equal({});
  });

  /** Chooses `text` as the backup file in the "Restore from a backup" input. */
  async function choose(el: InternshipWrapUp, text: string): Promise<void> {
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const files = new DataTransfer();
    files.items.add(new File([text], 'backup.json', { type: 'application/json' }));
    input.files = files.files;
    input.focus();
    input.dispatchEvent(new Event('change'));
    // Reading the file is asynchronous: wait (on a busy machine, more than a frame) for its outcome.
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('.restore-confirm, .restored, [role="alert"]'); i++) await settle(20);
    await el.updateComplete;
  }
  const button = (el: InternshipWrapUp, name: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
  const focused = (el: InternshipWrapUp) => el.shadowRoot!.activeElement;

  it('restore asks before replacing existing data, says visibly what it restored, and offers Undo', async () => {
    const el = await mount(`${PREFIX}restore`);
    el.value = { profile: { internName: 'Current' } };
    await el.updateComplete;
    const backup = JSON.stringify({
      format: 'strong-finish-backup',
      version: 1,
      savedAt: '2026-11-20T10:00:00.000Z',
      value: { profile: { internName: 'From backup' }, contacts: { contacts: [{ id: 'c', name: 'Sam', tags: [], cadence: 'week-after', log: [] }] } },
    });
    await choose(el, backup);
    // Asked first; nothing replaced yet.
    expect(el.value.profile.internName).to.equal('Current');
    const question = el.shadowRoot!.querySelector('.restore-confirm')!;
    expect(question.textContent).to.contain('Replace your current data with the backup from');
    expect(focused(el)).to.equal(button(el, 'Replace with the backup'));
    await expect(el).to.be.accessible();
    button(el, 'Cancel')!.click();
    await el.updateComplete;
    expect(el.value.profile.internName).to.equal('Current');
    expect(focused(el), 'focus back on the file input').to.equal(el.shadowRoot!.querySelector('input[type="file"]'));

    await choose(el, backup);
    button(el, 'Replace with the backup')!.click();
    await el.updateComplete;
    await settle(20);
    expect(el.value.profile.internName).to.equal('From backup');
    const report = el.shadowRoot!.querySelector('.restored')!;
    expect(report.textContent).to.contain('Restored the backup from').and.contain('your details').and.contain('Keep in touch');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Restored the backup from');
    expect(focused(el)).to.equal(button(el, 'Undo'));
    await expect(el).to.be.accessible();

    button(el, 'Undo')!.click();
    await el.updateComplete;
    expect(el.value.profile.internName).to.equal('Current');
    expect(el.shadowRoot!.querySelector('.restored')).to.equal(null);
    expect(focused(el)).to.not.equal(null);
  });

  it('a fresh kit takes a backup without asking, and still says what it restored', async () => {
    const el = await fixture<InternshipWrapUp>(html`<internship-wrap-up storage="none"></internship-wrap-up>`);
    await choose(el, JSON.stringify({ format: 'strong-finish-backup', version: 1, value: { profile: { company: 'Acme' } } }));
    expect(el.value.profile.company).to.equal('Acme');
    expect(el.shadowRoot!.querySelector('.restored')!.textContent).to.contain('Restored the backup: your details');
  });

  it('shows when the last backup was taken and suggests one in the last week and after a week of changes', async () => {
    const el = await fixture<InternshipWrapUp>(html`<internship-wrap-up storage="none" end-date="2026-12-31"></internship-wrap-up>`);
    el.now = new Date(2026, 10, 1, 12);
    await el.updateComplete;
    const note = () => el.shadowRoot!.querySelector('.backup-note')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(note()).to.equal('No backup yet.');
    // A week of changes and no backup.
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#f-company')!;
    input.value = 'Acme';
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(note()).to.equal('No backup yet.');
    el.now = new Date(2026, 10, 8, 13);
    await el.updateComplete;
    expect(note()).to.contain('A week of changes and no backup yet');
    // Downloading a backup records when (not an edit: no change event).
    let changes = 0;
    el.addEventListener('change', () => changes++);
    button(el, 'Download a backup')!.click();
    await el.updateComplete;
    expect(changes).to.equal(0);
    expect(note()).to.match(/^Last backup: .*Nov.*8.*2026\.$/);
    // The last week starts: suggested again, since that backup was taken before it.
    el.now = new Date(2026, 11, 26, 12);
    await el.updateComplete;
    expect(note()).to.contain('Your last week has started');
    await expect(el).to.be.accessible();
  });
});
