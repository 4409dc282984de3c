// Issue #28: on every element and the kit, `el.value = JSON.parse(JSON.stringify(el.value))` changes
// nothing (value, storage) and fires no event, with default data and with stored data of her own.
import { expect } from '@open-wc/testing';
import '../../src/all.js';
import { container, settle } from '../helpers/test-element.js';

type Loose = HTMLElement & Record<string, any> & { updateComplete: Promise<boolean> };
const TAGS = ['internship-checklist', 'feedback-questions', 'feedback-response', 'thank-you-composer', 'reflection-journal', 'finish-strong-planner', 'keep-in-touch', 'internship-wrap-up'];

async function mountLocal(tag: string, key: string): Promise<Loose> {
  const el = document.createElement(tag) as Loose;
  el.setAttribute('storage-key', key);
  el.setAttribute('end-date', '2026-12-18');
  el.now = new Date('2026-12-07T10:00:00');
  container().append(el);
  await el.updateComplete;
  await settle(400);
  return el;
}

function roundTrip(el: Loose): { events: string[] } {
  const events: string[] = [];
  for (const type of ['change', 'input', 'sf-step', 'sf-milestone']) el.addEventListener(type, () => events.push(type));
  el.value = JSON.parse(JSON.stringify(el.value));
  return { events };
}

describe('value round trip is exact', function () {
  this.timeout(20000);
  afterEach(() => {
    for (const k of Object.keys(localStorage)) if (k.includes('rt-')) localStorage.removeItem(k);
  });

  for (const tag of TAGS) {
    it(`<${tag}>: its own value given back changes nothing, saves nothing, fires nothing`, async () => {
      const key = `rt-${tag}`;
      const el = await mountLocal(tag, key);
      const before = JSON.stringify(el.value);
      const storedBefore = Object.fromEntries(Object.keys(localStorage).filter((k) => k.includes(key) || k === `strong-finish/${tag}`).map((k) => [k, localStorage.getItem(k)]));
      const { events } = roundTrip(el);
      await el.updateComplete;
      await settle(600);
      expect(JSON.stringify(el.value)).to.equal(before);
      expect(events).to.deep.equal([]);
      const storedAfter = Object.fromEntries(Object.keys(storedBefore).map((k) => [k, localStorage.getItem(k)]));
      expect(storedAfter).to.deep.equal(storedBefore);
      expect(Object.keys(localStorage).filter((k) => k.includes(key) && !(k in storedBefore)), 'nothing newly stored').to.deep.equal([]);
    });
  }

  it('<internship-wrap-up> reloaded with her ticks (stored with the defaults by id): `value` shows whole items, and the round trip changes nothing', async () => {
    let kit = await mountLocal('internship-wrap-up', 'rt-kit-reload');
    const checklist = () => (kit.shadowRoot!.querySelector('internship-checklist') ?? kit.querySelector('internship-checklist')) as Loose;
    await checklist().updateComplete;
    checklist().shadowRoot!.querySelector<HTMLInputElement>('li.item input[type=checkbox]')!.click();
    await settle(300);
    // A question of the bank on her agenda (stored by id), through the feedback step.
    kit.selectStep('feedback');
    await kit.updateComplete;
    await settle(300);
    const feedback = (kit.shadowRoot!.querySelector('feedback-questions') ?? kit.querySelector('feedback-questions')) as Loose;
    feedback.value = { ...feedback.value, selected: [{ id: 'str-best', theme: 'strengths', text: 'What do you see as my strongest skills?' }] };
    await settle(900);
    expect(localStorage.getItem(`strong-finish/internship-wrap-up/rt-kit-reload`), 'the kit stores the bank question by id').to.not.contain('strongest skills');
    kit.remove();
    kit = await mountLocal('internship-wrap-up', 'rt-kit-reload');
    const items = kit.value.checklist.items as Array<{ text?: string; done: boolean }>;
    expect(items.every((i) => typeof i.text === 'string' && i.text.length > 0), 'every item with its text').to.equal(true);
    // A step not shown yet (as on a second device, where it arrives from the other): whole too.
    const agenda = kit.value.feedback.selected as Array<{ id: string; text?: string }>;
    expect(agenda.find((q) => q.id === 'str-best')?.text).to.equal('What do you see as my strongest skills?');
    expect(items.some((i) => i.done)).to.equal(true);
    const stored = Object.fromEntries(Object.keys(localStorage).filter((k) => k.includes('rt-kit-reload')).map((k) => [k, localStorage.getItem(k)]));
    const before = JSON.stringify(kit.value);
    const { events } = roundTrip(kit);
    await settle(600);
    expect(JSON.stringify(kit.value)).to.equal(before);
    expect(events).to.deep.equal([]);
    expect(Object.fromEntries(Object.keys(stored).map((k) => [k, localStorage.getItem(k)]))).to.deep.equal(stored);
  });

  it('<internship-wrap-up>: the round trip does not note a change since the last backup', async () => {
    const kit = await mountLocal('internship-wrap-up', 'rt-kit-backup');
    kit.value = JSON.parse(JSON.stringify(kit.value));
    await settle(600);
    expect(kit.value.backup?.changedSince).to.equal(undefined);
  });
});
