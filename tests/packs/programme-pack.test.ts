// Issue #30: a programme pack in the kit, through the real elements: each step gets its part (rendered
// and hosted), a new version merges into a started intern's saved work across reloads, bad parts are
// reported once with their JSON path while the rest applies, hostile text stays text, and two programmes
// on one origin keep their stored data apart.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import type { InternshipWrapUp } from '../../src/internship-wrap-up/internship-wrap-up.js';
import { captureWarnings, container, settle } from '../helpers/test-element.js';

type Loose = HTMLElement & Record<string, any> & { updateComplete: Promise<boolean> };
const TAGS: Record<string, string> = { checklist: 'internship-checklist', feedback: 'feedback-questions', thanks: 'thank-you-composer', reflection: 'reflection-journal', planner: 'finish-strong-planner', contacts: 'keep-in-touch' };
const until = <T>(check: () => T, what: string) => waitUntil(check, what, { timeout: 10000, interval: 30 });

// Only this file's keys: other test files run at the same time on the same origin.
const clearAll = () => {
  // Not every "/pack-" key: pack-evolution.test.ts's kit (pack-evolving) runs beside this file and lost its saved data so.
  const mine = /\/pack-(ridgeview|programme|hostile|bad|fq|prog-a|prog-b|test-shared)(-|$)/;
  for (const k of Object.keys(localStorage)) if (k.startsWith('strong-finish/') && mine.test(k)) localStorage.removeItem(k);
};

/**
 * The markup in a <div> on the page. Not open-wc's fixture() of a <div>: for a plain element it waits for
 * an animation frame, which never comes while the test page is a background tab (wtr runs two at once):
 * every test here then timed out, and its kits kept writing beside the other page's tests.
 */
async function mount(markup: string): Promise<HTMLDivElement> {
  const wrap = container();
  wrap.innerHTML = markup;
  await (wrap.firstElementChild as InternshipWrapUp).updateComplete;
  return wrap;
}

async function kitWith(pack: unknown, attrs = ''): Promise<InternshipWrapUp> {
  const wrap = await mount(`<internship-wrap-up end-date="2026-12-18" ${attrs}></internship-wrap-up>`);
  const kit = wrap.firstElementChild as InternshipWrapUp;
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

const rows = (checklist: Loose) => [...checklist.shadowRoot!.querySelectorAll<HTMLElement>('li.item[data-id]')];
const rowOf = (checklist: Loose, id: string) => rows(checklist).find((r) => r.dataset.id === id);
const textOf = (checklist: Loose, id: string) => rowOf(checklist, id)?.querySelector('label.text')?.textContent?.trim();

const item = (id: string, text: unknown, offsetDays = -7) => ({ id, section: 'programme', text, offsetDays });
const v1 = {
  id: 'ridgeview',
  version: 1,
  'internship-checklist': {
    sections: [{ id: 'programme', title: { en: 'Ridgeview requirements', es: 'Requisitos de Ridgeview' } }],
    items: [item('rv-form', 'Hand in the placement form'), item('rv-report', 'Write the final report', 7), item('rv-talk', 'Give the lunch talk', -3)],
  },
};
const v2 = {
  ...v1,
  version: 2,
  'internship-checklist': {
    ...v1['internship-checklist'],
    // rv-form dropped; rv-report reworded (she never edited it); rv-talk reworded (she edited it); rv-survey new.
    items: [item('rv-report', 'Upload the final report to the portal', 7), item('rv-survey', 'Answer the exit survey', -2), item('rv-talk', 'Give the Friday talk', -3)],
  },
};
const v3 = {
  ...v1,
  version: 3,
  'internship-checklist': { ...v1['internship-checklist'], items: [...v2['internship-checklist'].items, item('rv-poster', 'Print your poster', -10)] },
};

describe('a programme pack in the kit', function () {
  this.timeout(30000);
  beforeEach(clearAll);
  afterEach(clearAll);

  it('v1 → ticks and notes → v2 → v3, reloading between: her work stays, the programme moves on', async () => {
    // v1: the programme's section and items, with dates from her last day.
    let kit = await kitWith(v1);
    let checklist = await step(kit, 'checklist');
    await until(() => rowOf(checklist, 'rv-form'), 'the pack applied');
    expect(checklist.shadowRoot!.textContent!.includes('Ridgeview requirements'), 'the programme\'s section').to.equal(true);
    expect(textOf(checklist, 'rv-form')).to.equal('Hand in the placement form');
    // She ticks the form and notes on it, and rewords the talk (through the UI).
    (rowOf(checklist, 'rv-form')!.querySelector('input[type=checkbox]') as HTMLInputElement).click();
    await checklist.updateComplete;
    (rowOf(checklist, 'rv-form')!.querySelector('[data-c="edit"]') as HTMLButtonElement).click();
    await checklist.updateComplete;
    const note = checklist.shadowRoot!.querySelector<HTMLTextAreaElement>('#e-note')!;
    note.value = 'Signed by Dana on Monday';
    checklist.shadowRoot!.querySelector<HTMLFormElement>('li.editing form')!.requestSubmit();
    await checklist.updateComplete;
    (rowOf(checklist, 'rv-talk')!.querySelector('[data-c="edit"]') as HTMLButtonElement).click();
    await checklist.updateComplete;
    checklist.shadowRoot!.querySelector<HTMLInputElement>('#e-text')!.value = 'My talk on the data pipeline';
    checklist.shadowRoot!.querySelector<HTMLFormElement>('li.editing form')!.requestSubmit();
    await settle(700);
    const key = 'strong-finish/internship-checklist/pack-ridgeview-checklist';
    const saved1 = JSON.parse(localStorage.getItem(key)!);
    expect(saved1.pack, 'the envelope names the programme').to.deep.equal({ id: 'ridgeview', version: 1 });
    expect(saved1.data.items.find((i: { id: string }) => i.id === 'rv-form')).to.include({ from: 'pack:ridgeview', done: true, note: 'Signed by Dana on Monday' });
    kit.parentElement!.remove();

    // Reload with v2.
    kit = await kitWith(v2);
    checklist = await step(kit, 'checklist');
    await until(() => rowOf(checklist, 'rv-talk'), 'her saved list');
    await until(() => rowOf(checklist, 'rv-survey'), 'the new item appears');
    expect(rowOf(checklist, 'rv-form'), 'the dropped item left the list').to.equal(undefined);
    expect(textOf(checklist, 'rv-report'), 'unedited: the new wording').to.equal('Upload the final report to the portal');
    expect(textOf(checklist, 'rv-talk'), 'edited: her words').to.equal('My talk on the data pipeline');
    expect(checklist.dueOf(checklist.value.items.find((i: { id: string }) => i.id === 'rv-survey')), 'dated from her last day').to.equal('2026-12-16');
    const retired = checklist.value.items.find((i: { id: string }) => i.id === 'rv-form');
    expect(retired, 'kept with her tick and note').to.include({ retired: true, done: true, note: 'Signed by Dana on Monday' });
    const details = checklist.shadowRoot!.querySelector('details.retired')!;
    expect(details.textContent!.includes('Hand in the placement form') && details.textContent!.includes('Signed by Dana on Monday')).to.equal(true);
    expect(checklist.toMarkdown().includes('Signed by Dana on Monday'), 'exported').to.equal(true);
    // An edit saves the merge.
    (rowOf(checklist, 'rv-survey')!.querySelector('input[type=checkbox]') as HTMLInputElement).click();
    await settle(700);
    expect(JSON.parse(localStorage.getItem(key)!).pack).to.deep.equal({ id: 'ridgeview', version: 2 });
    kit.parentElement!.remove();

    // Reload with v3: one more item; the retired one stays retired, her words stay hers; restore works.
    kit = await kitWith(v3);
    checklist = await step(kit, 'checklist');
    await until(() => rowOf(checklist, 'rv-poster'), 'the v3 item appears');
    expect(rows(checklist).map((r) => r.dataset.id).filter((id) => id!.startsWith('rv-'))).to.deep.equal(['rv-poster', 'rv-survey', 'rv-talk', 'rv-report'].sort((a, b) => ['rv-report', 'rv-survey', 'rv-talk', 'rv-poster'].indexOf(a) - ['rv-report', 'rv-survey', 'rv-talk', 'rv-poster'].indexOf(b)));
    expect((rowOf(checklist, 'rv-survey')!.querySelector('input') as HTMLInputElement).checked).to.equal(true);
    expect(textOf(checklist, 'rv-talk')).to.equal('My talk on the data pipeline');
    expect(rowOf(checklist, 'rv-form')).to.equal(undefined);
    const restore = checklist.shadowRoot!.querySelector<HTMLButtonElement>('details.retired button')!;
    expect(restore.getAttribute('aria-label')).to.equal('Restore: Hand in the placement form');
    restore.click();
    await checklist.updateComplete;
    expect((rowOf(checklist, 'rv-form')!.querySelector('input') as HTMLInputElement).checked, 'restored with her tick').to.equal(true);
    await settle(700);
    kit.parentElement!.remove();

    // Same version again: her restore stands.
    kit = await kitWith(v3);
    checklist = await step(kit, 'checklist');
    await until(() => rowOf(checklist, 'rv-poster'), 'her saved list with the pack');
    expect(rowOf(checklist, 'rv-form'), 'not retired again on reload').to.not.equal(undefined);
    kit.parentElement!.remove();
  });

  it('hands every step its part, in the intern\'s language, with the pack\'s own words', async () => {
    const pack = await (await fetch('/demo/packs/bellmont-summer.json')).json();
    const kit = await kitWith(pack, 'lang="es"');
    const checklist = await step(kit, 'checklist');
    await until(() => checklist.shadowRoot!.textContent!.includes('Requisitos de Bellmont'), 'the Spanish section');
    expect(checklist.shadowRoot!.querySelector('h2')!.textContent).to.equal('Tu lista de cierre de Bellmont');
    expect(textOf(checklist, 'bm-report')).to.equal('Sube tu informe final de prácticas a Handshake');
    expect(rowOf(checklist, 'explore-areas'), 'hidden by the pack').to.equal(undefined);
    const feedback = await step(kit, 'feedback');
    expect(feedback.questions.find((q: { id: string }) => q.id === 'bm-goals').text).to.match(/^¿Cuál de mis tres objetivos/);
    expect(feedback.shadowRoot!.textContent!.includes('Mis objetivos de aprendizaje de Bellmont')).to.equal(true);
    const reflection = await step(kit, 'reflection');
    expect(reflection.frameworks.bellmont.label).to.equal('Objetivos de aprendizaje de Bellmont');
    expect(reflection.shadowRoot!.textContent!.includes('Rumbo profesional')).to.equal(true);
    const planner = await step(kit, 'planner');
    expect(planner.value.milestones.map((m: { id: string }) => m.id)).to.include.members(['confirm', 'bm-evaluation', 'bm-report']);
    expect(planner.value.milestones.find((m: { id: string }) => m.id === 'bm-report')).to.include({ text: 'Entrega del informe final en Handshake', offset: 14 });
    const contacts = await step(kit, 'contacts');
    expect(contacts.addContacts([{ name: 'Dana Ruiz' }])).to.equal(1);
    expect(contacts.value.contacts[0].cadence, 'the programme\'s cadence').to.equal('quarterly');
    const thanks = await step(kit, 'thanks');
    expect(thanks.content.templates.warm.closing).to.match(/^Gracias por confiar trabajo real/);
    // Switching the language follows: the English part and words.
    kit.setAttribute('lang', 'en');
    await until(() => textOf(checklist, 'bm-report') === 'Upload your final internship report to Handshake', 'the English text');
    kit.parentElement!.remove();
  });

  it('gives a step the host placed in the kit its part too', async () => {
    const wrap = await mount(`<internship-wrap-up end-date="2026-12-18" storage="none"><internship-checklist slot="checklist"></internship-checklist></internship-wrap-up>`);
    const kit = wrap.firstElementChild as InternshipWrapUp;
    (kit as Loose).content = v1;
    const hosted = kit.querySelector('internship-checklist') as Loose;
    await until(() => rowOf(hosted, 'rv-form'), 'the hosted checklist has the pack item');
    expect(hosted.shadowRoot!.textContent!.includes('Ridgeview requirements')).to.equal(true);
  });

  it('reports a bad part once with its JSON path; the rest applies; hostile text renders as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const pack = {
      id: 'hostile',
      version: 1,
      'internship-checklist': { items: [item('ok', evil), item('a', 'A'), item('b', 'B'), { id: 'bad', section: 'finish', text: { en: 7 } }] },
      'feedback-questions': { questions: [{ id: 'fq', theme: 'strengths', text: 'What should I keep doing?' }] },
    };
    let kit!: InternshipWrapUp;
    let checklist!: Loose;
    const warnings = await captureWarnings(async () => {
      kit = await kitWith(pack, 'storage="none"');
      checklist = await step(kit, 'checklist');
      await until(() => rowOf(checklist, 'ok'), 'the good items');
      (kit as Loose).requestUpdate();
      await settle(100);
    });
    const mine = warnings.filter((w) => w.includes('content['));
    expect(mine).to.deep.equal(['strong-finish: <internship-wrap-up> content["internship-checklist"].items[3].text.en: expected text (left out; the rest of the pack applies).']);
    expect(textOf(checklist, 'ok')).to.equal(evil);
    expect(checklist.shadowRoot!.querySelector('li.item img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    const feedback = await step(kit, 'feedback');
    expect(feedback.questions.some((q: { id: string }) => q.id === 'fq'), 'the other part applies').to.equal(true);
  });

  it('two programmes on one origin keep their stored data apart', async () => {
    const a = { id: 'prog-a', version: 1, 'internship-checklist': { items: [item('a-1', 'Programme A task')] } };
    const b = { id: 'prog-b', version: 1, 'internship-checklist': { items: [item('b-1', 'Programme B task')] } };
    const kitA = await kitWith(a);
    const kitB = await kitWith(b);
    const ca = await step(kitA, 'checklist');
    const cb = await step(kitB, 'checklist');
    await until(() => rowOf(ca, 'a-1') && rowOf(cb, 'b-1'), 'both packs applied');
    (rowOf(ca, 'a-1')!.querySelector('input') as HTMLInputElement).click();
    (rowOf(cb, 'b-1')!.querySelector('input') as HTMLInputElement).click();
    await settle(700);
    const storedA = JSON.parse(localStorage.getItem('strong-finish/internship-checklist/pack-prog-a-checklist')!);
    const storedB = JSON.parse(localStorage.getItem('strong-finish/internship-checklist/pack-prog-b-checklist')!);
    expect(storedA.pack).to.deep.equal({ id: 'prog-a', version: 1 });
    expect(storedB.pack).to.deep.equal({ id: 'prog-b', version: 1 });
    expect(storedA.data.items.filter((i: { from?: string }) => i.from?.startsWith('pack:')).map((i: { from: string }) => i.from)).to.deep.equal(['pack:prog-a']);
    expect(storedB.data.items.filter((i: { from?: string }) => i.from?.startsWith('pack:')).map((i: { from: string }) => i.from)).to.deep.equal(['pack:prog-b']);
    expect(rowOf(cb, 'a-1')).to.equal(undefined);

    // One explicit storage-key shared by both: another programme's items are kept but never shown or merged.
    kitA.parentElement!.remove();
    kitB.parentElement!.remove();
    const shared = await kitWith(a, 'storage-key="pack-test-shared"');
    const sa = await step(shared, 'checklist');
    await until(() => rowOf(sa, 'a-1'), 'A applied');
    (rowOf(sa, 'a-1')!.querySelector('input') as HTMLInputElement).click();
    await settle(700);
    shared.parentElement!.remove();
    const other = await kitWith(b, 'storage-key="pack-test-shared"');
    const sb = await step(other, 'checklist');
    await until(() => rowOf(sb, 'b-1'), 'B\'s item');
    expect(rowOf(sb, 'a-1'), 'A\'s item not shown in B').to.equal(undefined);
    expect(sb.value.items.find((i: { id: string }) => i.id === 'a-1'), 'but kept, untouched').to.include({ from: 'pack:prog-a', done: true });
    expect(sb.value.items.find((i: { id: string }) => i.id === 'a-1').retired).to.equal(undefined);
  });
});
