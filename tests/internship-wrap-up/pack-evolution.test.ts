// Issue #30, "packs evolve; interns keep their work", driven as an intern would through the kit:
// pack v1 → she ticks, writes notes and rewords → reload with v2 (one item added, one dropped, one
// reworded she never edited, one reworded she edited) → v3 → she restores what v2 dropped. For the
// checklist, the planner's milestones and the feedback questions, one merge rule (src/core/pack/merge.ts).
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import type { InternshipWrapUp } from '../../src/internship-wrap-up/internship-wrap-up.js';
import { container, settle } from '../helpers/test-element.js';

type Loose = HTMLElement & Record<string, any> & { updateComplete: Promise<boolean> };
const TAGS: Record<string, string> = { checklist: 'internship-checklist', feedback: 'feedback-questions', planner: 'finish-strong-planner' };
const until = <T>(check: () => T, what: string) => waitUntil(check, what, { timeout: 10000, interval: 30 });
const PREFIX = 'strong-finish/';
const clearMine = () => {
  for (const k of Object.keys(localStorage)) if (k.startsWith(PREFIX) && k.includes('/pack-evolving')) localStorage.removeItem(k);
};

async function kitWith(pack: unknown): Promise<InternshipWrapUp> {
  // Not open-wc's fixture() of a <div>: for a plain element it waits for an animation frame, which never
  // comes while the test page is a background tab (wtr runs two pages at once).
  const kit = document.createElement('internship-wrap-up') as InternshipWrapUp;
  kit.setAttribute('end-date', '2026-12-18');
  container().append(kit);
  kit.now = new Date('2026-12-01T10:00:00');
  (kit as Loose).content = pack;
  await kit.updateComplete;
  return kit;
}

async function step(kit: InternshipWrapUp, slot: string): Promise<Loose> {
  kit.selectStep(slot as never);
  await kit.updateComplete;
  const find = () => (kit.querySelector(`:scope > ${TAGS[slot]}`) ?? kit.shadowRoot!.querySelector(TAGS[slot])) as Loose | null;
  await until(() => find()?.shadowRoot?.querySelector('.base'), `${slot} shown`);
  await settle(60);
  await find()!.updateComplete;
  return find()!;
}

/** What a user sees: the visible text of an element, trimmed. */
const seen = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** A button found by its accessible name (aria-label, else its text). */
const button = (root: Loose, name: string) =>
  [...root.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => (b.getAttribute('aria-label') ?? seen(b)) === name);
/** A checkbox found by the text of its label. */
const checkbox = (root: Loose, label: string) =>
  [...root.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((box) => seen(box.closest('label') ?? box.labels?.[0]).includes(label));
/** A field found by its label's text. */
const field = (root: Loose, label: string) =>
  [...root.shadowRoot!.querySelectorAll<HTMLLabelElement>('label')].filter((l) => seen(l).startsWith(label)).map((l) => l.control ?? l.querySelector('input, textarea'))[0] as HTMLInputElement | HTMLTextAreaElement | undefined;
const type = (input: HTMLInputElement | HTMLTextAreaElement, text: string) => {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
};
/** Finds a bank question by searching for it, as she would, and puts it on the agenda. */
async function addFromBank(fb: Loose, text: string) {
  type(field(fb, 'Search questions')!, text);
  await fb.updateComplete;
  const li = [...fb.shadowRoot!.querySelectorAll('ul.bank-list > li')].find((l) => seen(l.querySelector('.head')) === text)!;
  li.querySelector<HTMLButtonElement>('.row button')!.click();
  await fb.updateComplete;
}
/** The notes field of an agenda question (labelled "Notes", described by the question). */
const notesFor = (fb: Loose, text: string) =>
  [...fb.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('ol.list textarea[aria-describedby]')].find((a) => seen(fb.shadowRoot!.getElementById(a.getAttribute('aria-describedby')!)) === text);
const agendaTexts = (fb: Loose) => [...fb.shadowRoot!.querySelectorAll('ol.list > li.item .head p')].map(seen);

/** The visible (not retired) checklist rows' texts, and the timeline's milestone texts. */
const checklistTexts = (c: Loose) => [...c.shadowRoot!.querySelectorAll('li.item[data-id] label.text')].map(seen);
const timelineTexts = (p: Loose) => [...p.shadowRoot!.querySelectorAll('.timeline ol.list > li[data-id] label.check')].map(seen);
const retiredFold = (el: Loose) => el.shadowRoot!.querySelector('details.retired');

const item = (id: string, text: string, offsetDays = -7) => ({ id, section: 'programme', text, offsetDays });
const milestone = (id: string, text: string, offsetDays: number) => ({ id, text, offsetDays });
const question = (id: string, text: string) => ({ id, theme: 'goals', text });
const v1 = {
  id: 'evolving',
  version: 1,
  'internship-checklist': {
    sections: [{ id: 'programme', title: 'Evolving requirements' }],
    items: [item('ev-form', 'Hand in the placement form'), item('ev-report', 'Write the final report', 7), item('ev-talk', 'Give the lunch talk', -3)],
  },
  'finish-strong-planner': {
    milestones: [milestone('ev-m-visit', 'Site visit by your tutor', -10), milestone('ev-m-report', 'Report due', 7), milestone('ev-m-poster', 'Poster session', -2)],
  },
  'feedback-questions': {
    themes: [{ id: 'goals', label: 'My learning goals' }],
    questions: [question('ev-q-goals', 'Which learning goal did I reach?'), question('ev-q-portfolio', 'What could go in my portfolio?'), question('ev-q-mentor', 'Who could mentor me next?')],
  },
};
const v2 = {
  ...v1,
  version: 2,
  'internship-checklist': {
    ...v1['internship-checklist'],
    // ev-form dropped; ev-report reworded (never edited); ev-talk reworded (she edited it); ev-survey new.
    items: [item('ev-report', 'Upload the final report to the portal', 7), item('ev-survey', 'Answer the exit survey', -2), item('ev-talk', 'Give the Friday talk', -3)],
  },
  'finish-strong-planner': {
    // ev-m-visit dropped (she ticked it); ev-m-report reworded; ev-m-survey new.
    milestones: [milestone('ev-m-report', 'Final report due on the portal', 7), milestone('ev-m-survey', 'Exit survey closes', 5), milestone('ev-m-poster', 'Poster session', -2)],
  },
  'feedback-questions': {
    ...v1['feedback-questions'],
    // ev-q-portfolio dropped (she has notes on it); ev-q-goals reworded; ev-q-skills new.
    questions: [question('ev-q-goals', 'Which of my learning goals did I reach?'), question('ev-q-mentor', 'Who could mentor me next?'), question('ev-q-skills', 'Which skill should I show next time?')],
  },
};
const v3 = {
  ...v2,
  version: 3,
  'internship-checklist': { ...v2['internship-checklist'], items: [...v2['internship-checklist'].items, item('ev-photo', 'Send a photo for the newsletter', -10)] },
  'finish-strong-planner': { milestones: [...v2['finish-strong-planner'].milestones, milestone('ev-m-lunch', 'Farewell lunch', 0)] },
};

describe('a programme pack evolves under a started intern (issue #30)', function () {
  this.timeout(60000);
  before(clearMine);
  after(clearMine);

  it('v1 → her work → v2 → v3 → restore: checklist, planner and feedback keep her work and follow the programme', async () => {
    // ——— v1: she works through the checklist and the planner.
    let kit = await kitWith(v1);
    let checklist = await step(kit, 'checklist');
    await until(() => checkbox(checklist, 'Hand in the placement form'), 'the programme\'s items');
    checkbox(checklist, 'Hand in the placement form')!.click();
    await checklist.updateComplete;
    button(checklist, 'Edit: Hand in the placement form')!.click();
    await checklist.updateComplete;
    type(field(checklist, 'Note')!, 'Signed by Dana on Monday');
    button(checklist, 'Save')!.click();
    await checklist.updateComplete;
    button(checklist, 'Edit: Give the lunch talk')!.click();
    await checklist.updateComplete;
    type(field(checklist, 'What to do')!, 'My talk on the data pipeline');
    button(checklist, 'Save')!.click();
    await settle(100);

    let planner = await step(kit, 'planner');
    await until(() => timelineTexts(planner).includes('Site visit by your tutor'), 'the programme\'s milestones');
    expect(timelineTexts(planner)).to.not.include('Start the handover document: one section per project');
    checkbox(planner, 'Site visit by your tutor')!.click();
    checkbox(planner, 'Poster session')!.click();
    await settle(700);
    let feedback = await step(kit, 'feedback');
    await addFromBank(feedback, 'Which learning goal did I reach?');
    await addFromBank(feedback, 'What could go in my portfolio?');
    button(feedback, '2. During and after the talk')!.click();
    await feedback.updateComplete;
    type(notesFor(feedback, 'Which learning goal did I reach?')!, 'Goal 2 yes; goal 3 next term');
    type(notesFor(feedback, 'What could go in my portfolio?')!, 'The churn dashboard, anonymised');
    await settle(700);

    const plannerKey = `${PREFIX}finish-strong-planner/pack-evolving-planner`;
    const stored1 = JSON.parse(localStorage.getItem(plannerKey)!);
    expect(stored1.pack, 'the envelope names the programme').to.deep.equal({ id: 'evolving', version: 1 });
    expect(stored1.data.milestones.find((m: { id: string }) => m.id === 'ev-m-visit'), 'a pack milestone is stored by id, without its text').to.deep.include({ from: 'pack:evolving', done: true });
    expect(stored1.data.milestones.find((m: { id: string }) => m.id === 'ev-m-visit').text).to.equal(undefined);
    kit.parentElement!.remove();

    // ——— v2, after a reload.
    kit = await kitWith(v2);
    checklist = await step(kit, 'checklist');
    await until(() => checklistTexts(checklist).includes('Answer the exit survey'), 'the new item');
    let texts = checklistTexts(checklist);
    expect(texts).to.include('Upload the final report to the portal');
    expect(texts, 'her words stay hers').to.include('My talk on the data pipeline');
    expect(texts).to.not.include('Give the Friday talk');
    expect(texts, 'the dropped item left the list').to.not.include('Hand in the placement form');
    expect(seen(retiredFold(checklist))).to.include('Hand in the placement form').and.include('Signed by Dana on Monday');

    planner = await step(kit, 'planner');
    await until(() => timelineTexts(planner).includes('Exit survey closes'), 'the new milestone');
    texts = timelineTexts(planner);
    expect(texts, 'unedited: the new wording').to.include('Final report due on the portal');
    expect(texts).to.not.include('Report due');
    expect(texts, 'the dropped milestone left the timeline').to.not.include('Site visit by your tutor');
    expect(checkbox(planner, 'Poster session')!.checked, 'her tick stays').to.equal(true);
    const survey = planner.shadowRoot!.querySelector('li[data-id="ev-m-survey"]')!;
    expect(seen(survey.querySelector('.when')), 'dated from her last day').to.include('Dec 23, 2026');
    expect(planner.dateOf(planner.value.milestones.find((m: { id: string }) => m.id === 'ev-m-survey'))).to.equal('2026-12-23');
    const fold = retiredFold(planner)!;
    expect(seen(fold.querySelector('summary'))).to.equal('No longer in your programme (1)');
    expect(seen(fold)).to.include('✓ Site visit by your tutor');
    expect(planner.toMarkdown(), 'exported').to.include('No longer in your programme').and.include('[x] ').and.include('Site visit by your tutor');
    // An edit saves the merge.
    checkbox(planner, 'Exit survey closes')!.click();
    await settle(700);
    const stored2 = JSON.parse(localStorage.getItem(plannerKey)!);
    expect(stored2.pack).to.deep.equal({ id: 'evolving', version: 2 });
    expect(stored2.data.milestones.find((m: { id: string }) => m.id === 'ev-m-visit')).to.deep.include({ retired: true, done: true });

    feedback = await step(kit, 'feedback');
    await until(() => agendaTexts(feedback).includes('Which of my learning goals did I reach?'), 'the reworded question');
    expect(agendaTexts(feedback), 'the dropped question left the agenda').to.deep.equal(['Which of my learning goals did I reach?']);
    expect(notesFor(feedback, 'Which of my learning goals did I reach?')!.value, 'her notes stay on it').to.equal('Goal 2 yes; goal 3 next term');
    expect(seen(retiredFold(feedback))).to.include('What could go in my portfolio?').and.include('The churn dashboard, anonymised');
    expect(feedback.toMarkdown(), 'exported with her notes').to.include('What could go in my portfolio?').and.include('The churn dashboard, anonymised');
    button(feedback, '1. Prepare')!.click();
    await feedback.updateComplete;
    await addFromBank(feedback, 'Which skill should I show next time?');
    expect(agendaTexts(feedback), 'the new question is in the bank').to.include('Which skill should I show next time?');
    await settle(700);
    kit.parentElement!.remove();

    // ——— v3: one more of each; the retired ones stay retired until she restores them.
    kit = await kitWith(v3);
    planner = await step(kit, 'planner');
    await until(() => timelineTexts(planner).includes('Farewell lunch'), 'the v3 milestone');
    expect(checkbox(planner, 'Exit survey closes')!.checked).to.equal(true);
    expect(timelineTexts(planner)).to.not.include('Site visit by your tutor');
    button(planner, 'Restore: Site visit by your tutor')!.click();
    await planner.updateComplete;
    expect(checkbox(planner, 'Site visit by your tutor')!.checked, 'restored with her tick').to.equal(true);
    expect(retiredFold(planner)).to.equal(null);
    await settle(700);

    feedback = await step(kit, 'feedback');
    await until(() => retiredFold(feedback), 'her retired question');
    button(feedback, 'Restore: What could go in my portfolio?')!.click();
    await feedback.updateComplete;
    expect(agendaTexts(feedback)).to.include('What could go in my portfolio?');
    expect(notesFor(feedback, 'What could go in my portfolio?')!.value, 'restored with her notes').to.equal('The churn dashboard, anonymised');
    await settle(700);

    checklist = await step(kit, 'checklist');
    await until(() => checklistTexts(checklist).includes('Send a photo for the newsletter'), 'the v3 item');
    button(checklist, 'Restore: Hand in the placement form')!.click();
    await checklist.updateComplete;
    expect(checkbox(checklist, 'Hand in the placement form')!.checked).to.equal(true);
    await settle(700);
    kit.parentElement!.remove();

    // ——— The same version again: her restores stand.
    kit = await kitWith(v3);
    planner = await step(kit, 'planner');
    await until(() => timelineTexts(planner).includes('Farewell lunch'), 'her saved timeline');
    expect(timelineTexts(planner)).to.include('Site visit by your tutor');
    checklist = await step(kit, 'checklist');
    await until(() => checklistTexts(checklist).includes('Hand in the placement form'), 'restored, not retired again');
    feedback = await step(kit, 'feedback');
    await until(() => agendaTexts(feedback).includes('What could go in my portfolio?'), 'her restored question stays');
    kit.parentElement!.remove();
  });
});
