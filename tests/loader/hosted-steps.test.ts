// Issue #29: every step is the kit's, however it got there. A page (an iframe: a fresh document and a fresh
// registry each time) places its own six steps in <internship-wrap-up>'s slots, the checklist with its own
// JSON content, and loads the built files (run `npm run build` first) as a host would: the one-tag loader,
// whose chunks arrive in any order, and the one-file bundle, which defines the checklist before the kit.
// Over 20 loads each, every step must get the kit's profile, storage adapter, key scheme, theme,
// `embedded` and language, and the kit's overview must count the host's checklist, not the default one.
import { expect, waitUntil } from '@open-wc/testing';

const LOADER = `${location.origin}/dist/strong-finish.js`;
const BUNDLE = `${location.origin}/dist/strong-finish.bundle.js`;
const LOADS = 20;

const STEPS: [slot: string, tag: string][] = [
  ['checklist', 'internship-checklist'],
  ['feedback', 'feedback-questions'],
  ['thanks', 'thank-you-composer'],
  ['reflection', 'reflection-journal'],
  ['planner', 'finish-strong-planner'],
  ['contacts', 'keep-in-touch'],
];
const ITEMS = ['one', 'two', 'three', 'four', 'five'].map((id) => ({ id, section: 'finish', text: `Career center task ${id}` }));

type Loose = HTMLElement & Record<string, any> & { updateComplete: Promise<boolean> };
interface Frame {
  win: Window & { reads: string[]; store: Map<string, string>; adapter: object };
  doc: Document;
  kit: Loose;
  step: (tag: string) => Loose;
  frame: HTMLIFrameElement;
}

/** The host's markup: the kit with its options and the host's own six steps in its slots. */
function markup(): string {
  const steps = STEPS.map(([slot, tag]) =>
    tag === 'internship-checklist'
      ? `<${tag} slot="${slot}"><script type="application/json">${JSON.stringify({ replace: true, items: ITEMS })}</script></${tag}>`
      : `<${tag} slot="${slot}"></${tag}>`,
  ).join('');
  return `<internship-wrap-up storage-key="t" intern-name="Maya" intern-email="maya@example.org" respond-url="https://board.example/respond" supervisor="Sara Kim" end-date="2026-12-18" theme="dark" lang="ar">${steps}</internship-wrap-up>`;
}

/** The host's adapter, set on the kit before any of our code is defined; it logs every key read. */
const ADAPTER = `window.reads = []; window.store = new Map();
window.adapter = { label: 'Test account',
  getItem(k) { reads.push(k); return new Promise((r) => setTimeout(() => r(store.has(k) ? store.get(k) : null), 5)); },
  setItem(k, v) { store.set(k, v); return Promise.resolve(); },
  removeItem(k) { store.delete(k); return Promise.resolve(); } };`;

/**
 * One page load. `late`: the page loads the script first and inserts the kit afterwards (every tag is
 * then defined, or loaded, after the markup exists in the other order).
 */
async function load(files: string[], late: boolean): Promise<Frame> {
  const scripts = files.map((f) => `<script type="module" src="${f}"></script>`).join('');
  const body = late
    ? `<script>${ADAPTER}</script>${scripts}<script type="module">document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(markup()).replace(/<\//g, '<\\/')}); document.querySelector('internship-wrap-up').storageAdapter = adapter;</script>`
    : `${markup()}<script>${ADAPTER} document.querySelector('internship-wrap-up').storageAdapter = adapter;</script>${scripts}`;
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 390px; height: 600px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Frame['win'];
  const doc = frame.contentDocument!;
  await waitUntil(() => !!doc.querySelector('internship-wrap-up'), 'the kit in the page', { timeout: 10000 });
  const kit = doc.querySelector('internship-wrap-up') as Loose;
  return { win, doc, kit, frame, step: (tag) => kit.querySelector(tag) as Loose };
}

/** What a user and the host would see wrong with one step, or '' when it is the kit's in every way. */
function wrong(f: Frame, slot: string, tag: string): string {
  const el = f.step(tag);
  const out: string[] = [];
  if (!f.win.customElements.get(tag)) return `${tag} not defined`;
  if (el.profile?.internName !== 'Maya') out.push(`profile name ${el.profile?.internName}`);
  if (el.storageKeyInUse !== `strong-finish/${tag}/t-${slot}`) out.push(`key ${el.storageKeyInUse}`);
  if (el.storageAdapter !== f.win.adapter) out.push('not the kit’s adapter');
  if (el.getAttribute('theme') !== 'dark') out.push(`theme ${el.getAttribute('theme')}`);
  if (!el.hasAttribute('embedded')) out.push('not embedded');
  const base = el.shadowRoot?.querySelector('.base');
  if (base?.getAttribute('dir') !== 'rtl') out.push(`dir ${base?.getAttribute('dir')} (not the kit's Arabic)`);
  return out.length ? `${tag}: ${out.join(', ')}` : '';
}

async function check(files: string[], runs: number): Promise<void> {
  const failures: string[] = [];
  for (let i = 0; i < runs; i++) {
    const f = await load(files, i % 2 === 1);
    const all = () => STEPS.map(([slot, tag]) => wrong(f, slot, tag)).filter(Boolean);
    try {
      await waitUntil(() => all().length === 0 && f.kit.tasks?.some((t: { id: string }) => t.id === 'checklist:one'), '', { timeout: 20000, interval: 50 });
    } catch {
      const counted = `the kit does not count the host’s checklist (its copy: ${JSON.stringify(f.kit.value?.checklist?.items?.map((it: { id: string }) => it.id))}; tasks: ${f.kit.tasks?.length})`;
      failures.push(`load ${i + 1}${i % 2 ? ' (markup after the script)' : ''}: ${all().join('; ') || counted}`);
      f.frame.remove();
      continue;
    }
    const problems: string[] = [];
    // The mail is signed with the kit's name.
    const feedback = f.step('feedback-questions');
    if (!String(feedback.request?.body).includes('Maya')) problems.push('the feedback request is not signed “Maya”');
    // The kit's host options and the intern's e-mail reach the host's own feedback step.
    if (feedback.respondUrl !== 'https://board.example/respond') problems.push(`respond-url on the feedback step: ${feedback.respondUrl}`);
    if (feedback.profile?.internEmail !== 'maya@example.org') problems.push(`the intern's e-mail on the feedback step: ${feedback.profile?.internEmail}`);
    // The kit's overview counts the host's five items (and no default checklist item).
    const fromChecklist = (f.kit.tasks as { id: string; source: string }[]).filter((t) => t.source === 'checklist').map((t) => t.id);
    if (JSON.stringify(fromChecklist) !== JSON.stringify(ITEMS.map((it) => `checklist:${it.id}`))) problems.push(`the kit counts the checklist as ${fromChecklist.length} items`);
    await f.kit.updateComplete;
    const summary = f.kit.shadowRoot!.querySelector('#sum-checklist')?.textContent ?? '';
    const total = new Intl.NumberFormat('ar').format(f.kit.tasks.length);
    if (!summary.includes(total)) problems.push(`the overview says “${summary}”, not ${total} tasks`);
    // A tick lands under the kit's key scheme in the kit's adapter; nothing was read under a step's own key.
    f.step('internship-checklist').toggle('one', true);
    try {
      await waitUntil(() => f.win.store.has('strong-finish/internship-checklist/t-checklist'), '', { timeout: 5000 });
    } catch {
      problems.push(`the tick was not saved under the kit's key (stored: ${[...f.win.store.keys()].join(', ')})`);
    }
    const stray = f.win.reads.filter((k) => k !== 'strong-finish/internship-wrap-up/t' && !STEPS.some(([slot, tag]) => k === `strong-finish/${tag}/t-${slot}`));
    if (stray.length) problems.push(`read outside the kit's scheme: ${stray.join(', ')}`);
    if (problems.length) failures.push(`load ${i + 1}: ${problems.join('; ')}`);
    f.frame.remove();
  }
  expect(failures, failures.join('\n')).to.deep.equal([]);
}

describe('#29 hosted steps are the kit’s, whatever the define order', function () {
  this.timeout(300000);

  it(`with the loader (dist/strong-finish.js), over ${LOADS} loads`, async () => {
    await check([LOADER], LOADS);
  });

  it(`with the one-file bundle (dist/strong-finish.bundle.js), over ${LOADS} loads`, async () => {
    await check([BUNDLE], LOADS);
  });

  it('with two copies on one page (the loader and the bundle), over 6 loads', async () => {
    await check([LOADER, BUNDLE], 6);
  });
});
