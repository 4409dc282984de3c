// Issue #30: a programme adds reflection themes of its own (with their prompts, per language), the intern
// writes under one, and a later version of the pack that drops it keeps her words (under "Other themes").
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import type { InternshipWrapUp } from '../../src/internship-wrap-up/internship-wrap-up.js';
import { container, settle } from '../helpers/test-element.js';

type Loose = HTMLElement & Record<string, any> & { updateComplete: Promise<boolean> };
const seen = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The section headings the intern sees, in order. */
const headings = (r: Loose) => [...r.shadowRoot!.querySelectorAll('section[part~="section"] h3, [part~="section"] h3')].map(seen);
const pack = (version: number, withEthics: boolean) => ({
  id: 'themes-u',
  version,
  'reflection-journal': {
    themes: [
      { id: 'fit', label: { en: 'Is this for me?', es: '¿Es para mí?' } },
      ...(withEthics ? [{ id: 'ethics', label: { en: 'Ethics at work', es: 'Ética en el trabajo' }, prompt: { en: 'When did you face an ethical question at work?', es: '¿Cuándo te enfrentaste a una cuestión ética en el trabajo?' } }] : []),
    ],
  },
});

async function kitWith(content: unknown, lang = 'en', renamed = lang === 'es' ? '¿Es para mí?' : 'Is this for me?'): Promise<Loose> {
  const kit = document.createElement('internship-wrap-up') as InternshipWrapUp & Loose;
  kit.setAttribute('storage-key', 'pack-themes');
  kit.setAttribute('lang', lang);
  kit.content = content as never;
  container().append(kit);
  await kit.updateComplete;
  kit.selectStep('reflection' as never);
  await kit.updateComplete;
  const find = () => (kit.shadowRoot!.querySelector('reflection-journal') ?? kit.querySelector('reflection-journal')) as Loose | null;
  await waitUntil(() => find()?.shadowRoot?.querySelector('.base') && !find()!.hasAttribute('aria-busy'), 'the reflection shown', { timeout: 10000 });
  // The pack's code loads on demand: its words arrive a moment later.
  await waitUntil(() => headings(find()!).includes(renamed), 'the programme’s themes', { timeout: 10000 });
  await settle(100);
  return find()!;
}

/** The text field under a section, found by its heading. */
const fieldUnder = (r: Loose, heading: string) => {
  const h = [...r.shadowRoot!.querySelectorAll('h3')].find((x) => seen(x) === heading);
  return h?.closest('section, [part~="section"]')?.querySelector('textarea') as HTMLTextAreaElement | undefined;
};

describe('reflection themes from a programme pack (#30)', function () {
  this.timeout(30000);
  const clear = () => Object.keys(localStorage).filter((k) => k.includes('pack-themes')).forEach((k) => localStorage.removeItem(k));
  before(clear);
  after(clear);

  it('adds the programme’s own theme after the six, with its prompt, in the page’s language', async () => {
    const r = await kitWith(pack(1, true), 'es');
    const hs = headings(r);
    expect(hs).to.include('¿Es para mí?');
    expect(hs.at(-1)).to.equal('Ética en el trabajo');
    expect(r.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain('¿Cuándo te enfrentaste a una cuestión ética en el trabajo?');
    r.closest('div')!.remove();
    clear();
  });

  it('she writes under it; the next version drops the theme and her words stay, under "Other themes", in the export too', async () => {
    let r = await kitWith(pack(1, true));
    const area = fieldUnder(r, 'Ethics at work')!;
    expect(area, 'a field under the programme’s theme').to.exist;
    area.value = 'The client asked for data we had promised to keep private.';
    area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(900);
    expect(r.value.entries.find((e: { theme: string }) => e.theme === 'ethics').text).to.contain('keep private');
    r.closest('div')!.remove();

    r = await kitWith(pack(2, false));
    expect(headings(r)).to.not.include('Ethics at work');
    expect(headings(r)).to.include('Other themes');
    expect(fieldUnder(r, 'Other themes')!.value).to.equal('The client asked for data we had promised to keep private.');
    expect(r.toMarkdown()).to.contain('## Other themes').and.contain('keep private');
    r.closest('div')!.remove();
  });
});
