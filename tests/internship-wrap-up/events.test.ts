// Issue #29, point 5: analytics inside the kit. Every sf-* event names the element that acted
// (`detail.tag`: the event reaches the page retargeted to the kit), and `sf-task` says a task was completed
// or reopened, wherever it was ticked. The analytics snippet of docs/job-boards.md runs here as written.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { InternshipWrapUp } from '../../src/internship-wrap-up/internship-wrap-up.js';
import { settle } from '../helpers/test-element.js';

type AnyWidget = HTMLElement & Record<string, any> & { updateComplete: Promise<boolean> };
const TAGS: Record<string, string> = { checklist: 'internship-checklist', feedback: 'feedback-questions', thanks: 'thank-you-composer', reflection: 'reflection-journal', planner: 'finish-strong-planner', contacts: 'keep-in-touch' };

async function kit(): Promise<InternshipWrapUp> {
  const el = await fixture<InternshipWrapUp>(html`<internship-wrap-up storage="none" intern-name="Maya" supervisor="Jordan" end-date="2026-12-18"></internship-wrap-up>`);
  await settle(20);
  return el;
}

async function show(el: InternshipWrapUp, step: string): Promise<AnyWidget> {
  el.selectStep(step as never);
  await el.updateComplete;
  const widget = el.shadowRoot!.querySelector(TAGS[step]) as AnyWidget;
  await widget.updateComplete;
  await settle(20);
  return widget;
}

/** Every `type` event that reaches `document`, with its target as the page sees it. */
function record(types: string[]): { type: string; target: string; detail: any; cancelable: boolean }[] {
  const seen: { type: string; target: string; detail: any; cancelable: boolean }[] = [];
  const on = (e: Event) => seen.push({ type: e.type, target: (e.target as Element).localName, detail: (e as CustomEvent).detail, cancelable: e.cancelable });
  for (const t of types) document.addEventListener(t, on);
  after(() => types.forEach((t) => document.removeEventListener(t, on)));
  return seen;
}

/** The ```js block of a Markdown file that contains `marker`, as the docs show it. */
async function docBlock(file: string, marker: string): Promise<string> {
  const md = await (await fetch(`/${file}`)).text();
  const blocks = [...md.matchAll(/^```js\n([\s\S]*?)^```/gm)].map((m) => m[1]).filter((b) => b.includes(marker));
  expect(blocks, `${file}: one block with ${marker}`).to.have.length(1);
  return blocks[0];
}

describe('#29 events name their source, inside the kit too', () => {
  it('a thank-you sent from inside the kit says thank-you-composer, though the page sees the kit as target', async () => {
    const seen = record(['sf-send']);
    const el = await kit();
    const thanks = await show(el, 'thanks');
    thanks.value = { people: [{ id: 'p1', name: 'Sam Lee', relationship: 'mentor', draft: 'Thank you, Sam!', status: 'drafted' }] };
    await thanks.updateComplete;
    const mark = [...thanks.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Mark as sent')!;
    mark.click();
    expect(seen).to.have.length(1);
    expect(seen[0].target).to.equal('internship-wrap-up');
    expect(seen[0].detail).to.deep.equal({ id: 'p1', personId: 'p1', channel: 'sent', tag: 'thank-you-composer' });
  });

  it('sf-task fires after a checklist item is completed and reopened, not cancellable, after sf-item-toggle', async () => {
    const seen = record(['sf-item-toggle', 'sf-task']);
    const el = await kit();
    const list = el.shadowRoot!.querySelector('internship-checklist') as AnyWidget;
    await list.updateComplete;
    const id = list.value.items[0].id;
    const box = list.shadowRoot!.querySelector<HTMLInputElement>(`[data-id="${id}"] input[data-c="check"]`)!;
    box.click();
    await list.updateComplete;
    box.click();
    await list.updateComplete;
    expect(seen.map((e) => `${e.type}:${e.detail.tag}`)).to.deep.equal(['sf-item-toggle:internship-checklist', 'sf-task:internship-checklist', 'sf-item-toggle:internship-checklist', 'sf-task:internship-checklist']);
    const tasks = seen.filter((e) => e.type === 'sf-task');
    expect(tasks.map((e) => e.detail)).to.deep.equal([
      { id: `checklist:${id}`, step: 'checklist', source: 'user', done: true, tag: 'internship-checklist' },
      { id: `checklist:${id}`, step: 'checklist', source: 'user', done: false, tag: 'internship-checklist' },
    ]);
    expect(tasks.every((e) => !e.cancelable && e.target === 'internship-wrap-up')).to.equal(true);
    // The kit's list agrees with what the event said.
    expect(el.tasks.find((t) => t.id === `checklist:${id}`)?.done).to.equal(false);
  });

  it('a cancelled sf-item-toggle completes nothing: no sf-task', async () => {
    const el = await kit();
    const list = el.shadowRoot!.querySelector('internship-checklist') as AnyWidget;
    await list.updateComplete;
    const seen = record(['sf-task']);
    const veto = (e: Event) => e.preventDefault();
    document.addEventListener('sf-item-toggle', veto);
    list.shadowRoot!.querySelector<HTMLInputElement>('input[data-c="check"]')!.click();
    document.removeEventListener('sf-item-toggle', veto);
    expect(seen).to.deep.equal([]);
  });

  it('a planner milestone, a task of the kit’s list ticked in another step, and the kit’s tick() each fire sf-task', async () => {
    const seen = record(['sf-task']);
    const el = await kit();
    const planner = await show(el, 'planner');
    const milestone = planner.value.milestones.find((m: { id: string }) => !el.tasks.find((t) => t.id === `checklist:${m.id}`)) ?? planner.value.milestones[0];
    const box = planner.shadowRoot!.querySelector<HTMLInputElement>(`.timeline [data-id="${milestone.id}"] input[type="checkbox"]`)!;
    box.click();
    await planner.updateComplete;
    expect(seen.at(-1)!.detail).to.include({ tag: 'finish-strong-planner', step: 'planner', source: 'user', done: true });
    expect(seen.at(-1)!.detail.id).to.match(/^planner:/);

    // The checklist shows the planner's own milestones among its items: tick one there.
    const list = await show(el, 'checklist');
    const kitBox = list.shadowRoot!.querySelector<HTMLInputElement>('li.from input[type="checkbox"]');
    expect(kitBox, 'the checklist shows a task of another step').to.exist;
    const taskId = kitBox!.closest('li')!.getAttribute('data-id')!;
    const wasDone = kitBox!.checked;
    kitBox!.click();
    await list.updateComplete;
    const fromList = seen.at(-1)!.detail;
    expect(fromList).to.deep.equal({ id: taskId, step: el.tasks.find((t) => t.id === taskId)!.source, source: 'step', done: !wasDone, tag: 'internship-checklist' });
    expect(el.tasks.find((t) => t.id === taskId)!.done).to.equal(!wasDone);

    // The host ticks from its own UI through the kit.
    const target = el.tasks.find((t) => !t.done)!;
    expect(el.tick(target.id, true)).to.equal(true);
    expect(seen.at(-1)!.detail).to.deep.equal({ id: target.id, step: target.source, source: 'kit', done: true, tag: 'internship-wrap-up' });
    expect(seen.filter((e) => e.detail.id === target.id)).to.have.length(1);
  });

  it('the analytics snippet of docs/job-boards.md forwards the element that acted and completed tasks', async () => {
    const code = await docBlock('docs/job-boards.md', 'const track = ');
    const layer: Record<string, unknown>[] = [];
    (window as unknown as { dataLayer: unknown[] }).dataLayer = layer;
    // Run as written (a module), its CDN path pointed at this build's source; its listeners stay on this
    // page's document, and only this test's events reach the layer, emptied before they are read.
    const url = URL.createObjectURL(new Blob([code.replace('/assets/strong-finish/0.1.0/core/analytics.js', `${location.origin}/src/core/analytics.ts`)], { type: 'text/javascript' }));
    await import(/* @vite-ignore */ url);
    layer.length = 0;
    const el = await kit();
    const thanks = await show(el, 'thanks');
    thanks.value = { people: [{ id: 'p1', name: 'Sam Lee', relationship: 'mentor', draft: 'Thank you, Sam!', status: 'drafted' }] };
    await thanks.updateComplete;
    [...thanks.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Mark as sent')!.click();
    const list = await show(el, 'checklist');
    const id = list.value.items[0].id;
    list.shadowRoot!.querySelector<HTMLInputElement>(`[data-id="${id}"] input[data-c="check"]`)!.click();
    await list.updateComplete;
    expect(layer).to.deep.include({ event: 'strong_finish_send', id: 'p1', personId: 'p1', channel: 'sent', tag: 'thank-you-composer' });
    expect(layer).to.deep.include({ event: 'strong_finish_task', id: `checklist:${id}`, step: 'checklist', source: 'user', done: true, tag: 'internship-checklist' });
    expect(layer).to.deep.include({ event: 'strong_finish_step', step: 'checklist', index: 0, tag: 'internship-wrap-up' });
    expect(JSON.stringify(layer), 'no one’s words').not.to.contain('Sam');
  });
});
