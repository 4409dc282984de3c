// Issue #28: nothing lost in any language. The shipped kit (dist/strong-finish.js, run `npm run build`
// first) in Spanish, Arabic and English with local storage: add a project in the planner step, reload,
// open the step again: the project must still be there, and opening a step must write nothing. Each
// "page" is a same-origin iframe (a real reload: nothing defined, no catalogue loaded, same localStorage).
import { expect, waitUntil } from '@open-wc/testing';
import { container, settle } from '../helpers/test-element.js';

type Loose = HTMLElement & Record<string, any> & { updateComplete: Promise<boolean> };

const until = <T>(check: () => T, what: string, timeout = 15000) => waitUntil(check, what, { timeout, interval: 50 });

/** A page holding `markup`, with the autoloader. */
async function page(_lang: string, markup: string, file = 'strong-finish.js'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:900px;height:700px';
  frame.srcdoc = `<!doctype html><html><body>${markup}<script type="module" src="${location.origin}/dist/${file}"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  container().append(frame);
  await loaded;
  return frame;
}

async function kitIn(frame: HTMLIFrameElement): Promise<Loose> {
  const doc = frame.contentDocument!;
  await until(() => frame.contentWindow!.customElements.get('internship-wrap-up'), 'the kit defined');
  const kit = doc.querySelector('internship-wrap-up') as Loose;
  await kit.updateComplete;
  return kit;
}

async function openPlanner(kit: Loose): Promise<Loose> {
  kit.selectStep('planner');
  await kit.updateComplete;
  const find = () => kit.shadowRoot!.querySelector('finish-strong-planner') as Loose | null;
  await until(() => find()?.shadowRoot?.querySelector('.base'), 'the planner shown');
  const planner = find()!;
  await planner.updateComplete;
  return planner;
}

const addProject = async (planner: Loose, name: string) => {
  const section = planner.shadowRoot!.querySelector('[part="handover"]')!;
  const buttons = [...section.querySelectorAll('button')];
  buttons.find((b) => b.textContent!.trim().startsWith('+'))!.click();
  await planner.updateComplete;
  const input = planner.shadowRoot!.querySelector<HTMLInputElement>('[data-p="0"] input')!;
  input.value = name;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
};

for (const [lang, file, wait] of [['es', 'strong-finish.js', 0], ['ar', 'strong-finish.bundle.js', 1500], ['en', 'strong-finish.js', 1500]] as const) {
  describe(`the shipped kit (${file}, ${wait}) in ${lang}, local storage: her project survives a reload`, function () {
    this.timeout(60000);
    const key = `strong-finish/finish-strong-planner/kit-planner`;
    beforeEach(() => localStorage.clear());
    afterEach(() => localStorage.clear());

    it('adds a project, reloads, opens the step again: the project is there and opening wrote nothing', async () => {
      const markup = `<internship-wrap-up lang="${lang}" end-date="2026-12-18"></internship-wrap-up>`;
      let frame = await page(lang, markup, file);
      let planner = await openPlanner(await kitIn(frame));
      await addProject(planner, 'Informe trimestral');
      await until(() => JSON.parse(localStorage.getItem(key) ?? 'null')?.data.projects[0]?.name === 'Informe trimestral', 'the project saved');
      await settle(1500);
      frame.remove();
      const left = localStorage.getItem(key);
      expect(JSON.parse(left!).data.projects.map((p: { name: string }) => p.name)).to.deep.equal(['Informe trimestral']);

      frame = await page(lang, markup, file);
      const kit = await kitIn(frame);
      await settle(wait);
      expect(localStorage.getItem(key), 'loading the page wrote nothing').to.equal(left);
      planner = await openPlanner(kit);
      await settle(1500);
      expect(planner.value.projects.map((p: { name: string }) => p.name)).to.deep.equal(['Informe trimestral']);
      expect(localStorage.getItem(key), 'opening the step wrote nothing').to.equal(left);
      frame.remove();
    });
  });
}

// The class behind the lost project: the kit handing a step a value (a tick from its task list, a twin's
// tick, an inferred tick) while that step's saved data has not been read yet. Assigned then, the kit's
// copy (or the step's defaults) replaced what was stored. Now it goes on top of what the step reads.
import { InternshipWrapUp } from '../../src/internship-wrap-up/internship-wrap-up.js';
import '../../src/internship-wrap-up/define.js';
import { defaultMilestones } from '../../src/finish-strong-planner/content.js';
import { SAME_TASK } from '../../src/core/tasks/ids.js';

/** An adapter as slow as a far server: reads of `hold` wait until released. */
function slowAdapter(seed: Record<string, string>, hold: string) {
  const map = new Map(Object.entries(seed));
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  return {
    map,
    release: () => release(),
    getItem: async (key: string) => {
      if (key === hold) await gate;
      return map.get(key) ?? null;
    },
    setItem: async (key: string, text: string) => void map.set(key, text),
    removeItem: async (key: string) => void map.delete(key),
  };
}

describe('the kit never replaces a step\'s saved data it has not read yet', function () {
  this.timeout(20000);
  for (const lang of ['en', 'es', 'ar']) {
    it(`${lang}: a tick from the kit's list while the planner's data loads goes on top of her saved project`, async () => {
      const plannerKey = 'strong-finish/finish-strong-planner/kit-planner';
      const saved = { v: 1, savedAt: '2026-12-06T18:00:00.000Z', data: { holidays: ['2026-12-10'], milestones: [], projects: [{ id: 'p1', name: 'Informe trimestral', status: '', next: '', files: '', access: '', owner: '', contacts: '', deadline: '' }], log: [] } };
      // Her milestones as the old build stored them: the defaults, in English, one of her own.
      saved.data.milestones = [...defaultMilestones((_id, en) => en).map((m) => ({ ...m, date: '', done: false })), { id: 'm-own', text: 'Demo para el equipo', date: '2026-12-14', done: false }] as never;
      const adapter = slowAdapter({ [plannerKey]: JSON.stringify(saved) }, plannerKey);
      const wrapper = container();
      wrapper.lang = lang;
      const kit = document.createElement('internship-wrap-up') as InternshipWrapUp & Loose;
      kit.setAttribute('end-date', '2026-12-18');
      kit.storageAdapter = adapter;
      wrapper.append(kit);
      await kit.updateComplete;
      await settle(300);
      kit.selectStep('planner');
      await kit.updateComplete;
      await until(() => customElements.get('finish-strong-planner') && kit.shadowRoot!.querySelector('finish-strong-planner'), 'the planner step');
      const planner = kit.shadowRoot!.querySelector('finish-strong-planner') as Loose;
      await planner.updateComplete;
      // While her planner loads, she ticks a planner task in the kit's list (the overview, the checklist).
      const tasks = kit.tasks as Array<{ id: string; source: string; also?: string[] }>;
      const task = tasks.find((t) => t.source === 'planner' && !t.id.includes('m-own')) ?? tasks.find((t) => t.also?.includes('planner'))!;
      expect(task, 'a planner task in the kit').to.exist;
      const milestone = task.source === 'planner' ? task.id.slice('planner:'.length) : Object.entries(SAME_TASK).find(([, c]) => `checklist:${c}` === task.id)![0];
      expect(kit.tick(task.id, true)).to.equal(true);
      await settle(100);
      adapter.release();
      await until(() => !planner.hasAttribute('aria-busy') && planner.value.projects.length > 0, 'her project shown', 5000).catch(() => undefined);
      await settle(800);
      const shown = planner.value;
      expect(shown.projects.map((p: { name: string }) => p.name), 'her project').to.deep.equal(['Informe trimestral']);
      expect(shown.holidays, 'her day off').to.deep.equal(['2026-12-10']);
      expect(shown.milestones.some((m: { id: string }) => m.id === 'm-own'), 'her milestone').to.equal(true);
      expect(shown.milestones.find((m: { id: string }) => m.id === milestone).done, 'the tick, on top').to.equal(true);
      const stored = JSON.parse(adapter.map.get(plannerKey)!);
      expect(stored.data.projects.map((p: { name: string }) => p.name), 'stored: her project').to.deep.equal(['Informe trimestral']);
      expect(stored.data.milestones.find((m: { id: string }) => m.id === milestone).done, 'stored: the tick').to.equal(true);
      wrapper.remove();
    });
  }
});
