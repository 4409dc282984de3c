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

  it('<internship-wrap-up>: the round trip does not note a change since the last backup', async () => {
    const kit = await mountLocal('internship-wrap-up', 'rt-kit-backup');
    kit.value = JSON.parse(JSON.stringify(kit.value));
    await settle(600);
    expect(kit.value.backup?.changedSince).to.equal(undefined);
  });
});
