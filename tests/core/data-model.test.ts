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

for (const [lang, file, wait] of [['es', 'strong-finish.bundle.js', 1500], ['es', 'strong-finish.js', 0], ['es', 'strong-finish.bundle.js', 0], ['en', 'strong-finish.js', 1500], ['es', 'strong-finish.js', 1500], ['ar', 'strong-finish.js', 1500]] as const) {
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
      if (lang === 'es') for (const k of Object.keys(localStorage)) console.log('S1', k, JSON.stringify(Object.keys(JSON.parse(localStorage.getItem(k)!).data)), JSON.stringify(JSON.parse(localStorage.getItem(k)!).data.planner ?? null).slice(0, 600));
      expect(JSON.parse(left!).data.projects.map((p: { name: string }) => p.name)).to.deep.equal(['Informe trimestral']);

      frame = await page(lang, markup, file);
      const kit = await kitIn(frame);
      await settle(wait);
      expect(localStorage.getItem(key), 'loading the page wrote nothing').to.equal(left);
      planner = await openPlanner(kit);
      await settle(1500);
      if (lang === 'es') for (const k of Object.keys(localStorage)) console.log('S2', k, JSON.stringify(Object.keys(JSON.parse(localStorage.getItem(k)!).data)), JSON.stringify(JSON.parse(localStorage.getItem(k)!).data.planner ?? null).slice(0, 600));
      expect(planner.value.projects.map((p: { name: string }) => p.name)).to.deep.equal(['Informe trimestral']);
      expect(localStorage.getItem(key), 'opening the step wrote nothing').to.equal(left);
      frame.remove();
    });
  });
}
