/**
 * An element given `now` never reads the real date (#28, "time-independent tests"): the class of the
 * kit's bug where its steps counted from the real today inside a kit fixed to 3 December. The real clock
 * is set to 20 May 2031 while each element, fixed to 3 December 2026, renders and exports: nothing it
 * shows or writes may say 2031 (or count days from it).
 */
import { expect } from '@open-wc/testing';
import '../../src/all.js';
import { installFakeToday } from '../../scripts/fake-today.mjs';
import { container, settle } from '../helpers/test-element.js';
import type { InternshipWrapUp } from '../../src/internship-wrap-up/internship-wrap-up.js';

type Exporting = HTMLElement & { updateComplete: Promise<boolean>; now?: Date; value: unknown; toMarkdown(): string; toICS?(): string; toJSON?(): string; selectStep?(s: string): void };

const NOW = () => new Date(2026, 11, 3, 10);
const TAGS = ['internship-checklist', 'feedback-questions', 'thank-you-composer', 'reflection-journal', 'finish-strong-planner', 'keep-in-touch'];

/** Values with dates in them, so relative dates and "overdue" are rendered. */
const VALUES: Record<string, unknown> = {
  'keep-in-touch': { contacts: [{ id: 'c1', name: 'Ana Ruiz', tags: [], cadence: 'monthly', lastContact: '2026-10-01', log: [{ date: '2026-10-01', channel: 'email' }] }] },
  'feedback-questions': { selected: [], actions: [{ id: 'a1', text: 'Send the portfolio', done: false, due: '2026-12-01' }], meeting: { date: '2026-12-10', time: '14:00' } },
};

/** Everything the element shows and exports, as one text. */
async function everything(el: Exporting): Promise<string> {
  await el.updateComplete;
  await settle(30);
  const parts = [el.shadowRoot!.textContent ?? '', el.toMarkdown(), JSON.stringify(el.value)];
  if (typeof el.toICS === 'function') parts.push(el.toICS());
  if (typeof el.toJSON === 'function') parts.push(el.toJSON());
  return parts.join('\n');
}

/** Renders `make()`'s element while the real clock says `realToday`; returns everything it shows and exports. */
async function under(realToday: string, make: () => Promise<string>): Promise<string> {
  const real = Date;
  installFakeToday(globalThis, realToday);
  try {
    return await make();
  } finally {
    globalThis.Date = real;
  }
}

async function widget(tag: string): Promise<string> {
  const el = document.createElement(tag) as Exporting;
  el.setAttribute('storage', 'none');
  el.setAttribute('end-date', '2026-12-18');
  el.setAttribute('start-date', '2026-09-01');
  el.now = NOW();
  if (VALUES[tag]) (el as { value: unknown }).value = VALUES[tag];
  container().append(el);
  const text = await everything(el);
  el.remove();
  return text;
}

async function kit(): Promise<string> {
  const el = document.createElement('internship-wrap-up') as InternshipWrapUp & Exporting;
  el.setAttribute('storage', 'none');
  el.setAttribute('end-date', '2026-12-18');
  el.now = NOW();
  container().append(el);
  await el.updateComplete;
  let text = '';
  for (const step of ['checklist', 'feedback', 'thanks', 'reflection', 'planner', 'contacts'] as const) {
    el.selectStep(step);
    text += await everything(el);
    const shown = el.shadowRoot!.querySelector(TAGS.join(', ')) as Exporting | null;
    if (shown) text += await everything(shown);
  }
  el.remove();
  return text;
}

/** The lines that mention either real year, and the lines that differ between the two runs (short, when it fails). */
function same(a: string, b: string): void {
  const linesA = a.split(/\r?\n/);
  const linesB = b.split(/\r?\n/);
  expect(linesA.filter((l) => /2031|2029/.test(l)).map((l) => l.trim()), 'lines that show the real year').to.deep.equal([]);
  const differ = linesA.map((l, i) => [l.trim(), (linesB[i] ?? '').trim()]).filter(([x, y]) => x !== y);
  expect(differ.slice(0, 5), 'lines that change with the real date').to.deep.equal([]);
  expect(linesA.length).to.equal(linesB.length);
}

describe('an element given `now` never reads the real date', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: the same on 20 May 2031 as on 14 February 2029`, async () => {
      same(await under('2031-05-20', () => widget(tag)), await under('2029-02-14', () => widget(tag)));
    });
  }

  it('<internship-wrap-up>: every step, the exports, and the backup dated by the kit’s today', async () => {
    same(await under('2031-05-20', kit), await under('2029-02-14', kit));
  });
});
