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
});
