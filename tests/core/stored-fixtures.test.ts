// Issue #28: data of every released shape (tests/fixtures/stored/<tag>.v<n>.json, written as that build
// wrote it) loads in this build with everything she did, is not written on load, and the next edit
// stores this build's version with nothing lost.
import { expect } from '@open-wc/testing';
import '../../src/internship-checklist/define.js';
import '../../src/feedback-questions/define.js';
import '../../src/keep-in-touch/define.js';
import '../../src/thank-you-composer/define.js';
import '../../src/internship-wrap-up/define.js';
import { container, settle } from '../helpers/test-element.js';

type Loose = HTMLElement & Record<string, any> & { updateComplete: Promise<boolean> };
const fixture = (name: string) => fetch(`/tests/fixtures/stored/${name}`).then((r) => r.text());

/** Every field of `old` is in `now` with the same value (`now` may have more). */
function contains(now: unknown, old: unknown, path = 'data'): void {
  if (old && typeof old === 'object' && !Array.isArray(old)) {
    for (const [k, v] of Object.entries(old)) contains((now as Record<string, unknown>)?.[k], v, `${path}.${k}`);
  } else if (Array.isArray(old)) {
    expect(now, path).to.be.an('array');
    old.forEach((v, i) => contains((now as unknown[])[i], v, `${path}[${i}]`));
  } else expect(now, path).to.equal(old);
}

/** A default item of the checklist as version 3 stores it: by id, without the default's text and why. */
const byId = ({ text: _t, why: _w, ...i }: any) => ({ ...i, from: 'default' });

/** A user edit (a tick, or what the element's own handler commits), and the old data as it must be after it. */
const commit = (el: Loose, next: object) => (el as unknown as { commit(v: object): void }).commit(next);
const CASES: Array<{ tag: string; file: string; edit: (el: Loose) => void; after: (old: any) => any; read?: (old: any) => any }> = [
  {
    tag: 'internship-checklist',
    file: 'internship-checklist.v1.json',
    edit: (el) => el.shadowRoot!.querySelector<HTMLInputElement>('li[data-id="handover"] input[data-c="check"]')!.click(),
    // Version 3 stores the kit's defaults by id: their English text and why are the catalogue's, not hers.
    after: (old) => ({ ...old, items: old.items.map((i: any) => (i.custom ? i : byId(i.id === 'handover' ? { ...i, done: true } : i))) }),
  },
  {
    tag: 'internship-checklist',
    file: 'internship-checklist.v2.json',
    edit: (el) => el.shadowRoot!.querySelector<HTMLInputElement>('li[data-id="final-meetings"] input[data-c="check"]')!.click(),
    // On an English page: the English default drops its text; the Spanish one (no Spanish catalogue loaded) and her reworded one stay hers.
    read: (old) => ({ ...old, items: old.items.map(({ edited: _e, ...i }: any) => i) }),
    // A programme's item: its words are the pack's (kept as `packText`, the last seen), unless she edited it.
    after: (old) => ({
      ...old,
      items: old.items.map(({ edited, ...i }: any) =>
        i.custom ? i : i.from === 'pack:ridgeview' ? (edited ? { ...i, edited } : { ...i, text: undefined, packText: i.text }) : i.id === 'schedule-feedback' ? byId(i) : i.id === 'final-meetings' ? { ...i, from: 'default', done: true } : { ...i, from: 'default' },
      ),
    }),
  },
  {
    tag: 'feedback-questions',
    file: 'feedback-questions.v1.json',
    edit: (el) => commit(el, { ...el.value, selected: el.value.selected.map((q: any) => (q.id === 'q-own1' ? { ...q, starred: true } : q)) }),
    read: (old) => ({ ...old, actions: old.actions.map((text: string) => ({ text, done: false })) }),
    // Version 1 kept next steps as texts; they are steps with an id and a tick now.
    after: (old) => ({ ...old, selected: old.selected.map((q: any) => (q.id === 'q-own1' ? { ...q, starred: true } : q)), actions: old.actions.map((text: string) => ({ text, done: false })) }),
  },
  { tag: 'keep-in-touch', file: 'keep-in-touch.v1.json', edit: (el) => commit(el, { ...el.value, remindersDone: ['c1'] }), after: (old) => old },
  {
    tag: 'thank-you-composer',
    file: 'thank-you-composer.v1.json',
    // Marks Jordan's note as sent, as the status select does.
    edit: (el) => commit(el, { ...el.value, people: el.value.people.map((p: any) => (p.id === 'p2' ? { ...p, status: 'sent' } : p)) }),
    after: (old) => ({ ...old, people: old.people.map((p: any) => (p.id === 'p2' ? { ...p, status: 'sent' } : p)) }),
  },
  {
    tag: 'internship-wrap-up',
    file: 'internship-wrap-up.v1.json',
    // Types her e-mail in the profile (a field version 1 did not have).
    edit: (el) => commit(el, { ...el.value, profile: { ...el.value.profile, internEmail: 'lena@example.com' } }),
    after: (old) => ({ ...old, profile: { ...old.profile, internEmail: 'lena@example.com' } }),
  },
];

describe('stored fixtures of every released shape', function () {
  this.timeout(20000);
  for (const { tag, file, edit, after, read = (old: any) => old } of CASES) {
    it(`<${tag}> reads ${file} with everything kept, writes nothing on load, and stores its own version on the next edit`, async () => {
      const key = `strong-finish/${tag}/fx`;
      const text = await fixture(file);
      const old = JSON.parse(text);
      localStorage.setItem(key, text);
      const el = document.createElement(tag) as Loose;
      el.setAttribute('storage-key', 'fx');
      el.now = new Date('2026-12-07T10:00:00');
      container().append(el);
      await el.updateComplete;
      await settle(300);
      contains(el.value, read(old.data));
      expect(localStorage.getItem(key), 'nothing written on load').to.equal(text);
      edit(el);
      await settle(600);
      const stored = JSON.parse(localStorage.getItem(key)!);
      expect(stored.v).to.equal((customElements.get(tag) as unknown as { schemaVersion: number }).schemaVersion);
      expect(stored.v).to.be.greaterThan(1);
      contains(stored.data, after(old.data));
      localStorage.removeItem(key);
      el.remove();
    });
  }
});
