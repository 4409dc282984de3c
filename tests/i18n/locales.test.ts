// Every widget in Spanish, Arabic and French: translated text, right-to-left for Arabic, 0 axe violations.
import { expect } from '@open-wc/testing';
import '../../src/all.js';
// Catalogues are opt-in with npm: a page registers the languages it uses.
import '../../src/translations/es.js';
import '../../src/translations/ar.js';
import '../../src/translations/fr.js';
import { container, settle } from '../helpers/test-element.js';

const TAGS = ['internship-checklist', 'feedback-questions', 'thank-you-composer', 'reflection-journal', 'finish-strong-planner', 'keep-in-touch', 'internship-wrap-up'].filter((t) => customElements.get(t));

async function render(tag: string, lang: string): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  // No fixture(): it waits for an animation frame, which a background test tab may never get.
  document.querySelectorAll('[data-i18n-test]').forEach((old) => old.remove());
  const wrapper = container();
  wrapper.dataset.i18nTest = '';
  wrapper.lang = lang;
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  for (const [k, v] of Object.entries({ storage: 'none', 'intern-name': 'Maya', company: 'Northwind', supervisor: 'Jordan', 'end-date': '2026-12-18' })) el.setAttribute(k, v);
  wrapper.append(el);
  await settle(60); // the catalogue is a lazy chunk
  await el.updateComplete;
  return el;
}

const visibleText = (el: HTMLElement) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

/** The catalogue is a lazy chunk: on a busy machine it can take a while. Polls up to 8 s. */
async function until(check: () => boolean): Promise<void> {
  for (let waited = 0; waited < 8000 && !check(); waited += 100) await settle(100);
}

describe('languages', () => {
  for (const tag of TAGS) {
    describe(`<${tag}>`, function () {
      this.timeout(30000); // two renders and an axe run, on a shared 2-core machine
      it('renders in Spanish, translated, with 0 axe violations', async () => {
        const en = visibleText(await render(tag, 'en'));
        const el = await render(tag, 'es');
        // most English words are gone (names and product words aside)
        const enWords = new Set(en.toLowerCase().match(/[a-z]{5,}/g) ?? []);
        const englishLeft = () =>
          (visibleText(el).toLowerCase().match(/[a-z]{5,}/g) ?? []).filter((w) => enWords.has(w) && !['maya', 'northwind', 'jordan', 'linkedin', 'markdown', 'vcard'].includes(w));
        await until(() => englishLeft().length / Math.max(1, enWords.size) < 0.2);
        await el.updateComplete;
        expect(visibleText(el)).not.to.equal(en);
        const left = englishLeft();
        expect(left.length / Math.max(1, enWords.size)).to.be.below(0.2, `English left: ${[...new Set(left)].slice(0, 20).join(', ')}`);
        await expect(el).to.be.accessible();
      });

      it('renders in French (fr-CA), translated, with French typography and 0 axe violations', async () => {
        const en = visibleText(await render(tag, 'en'));
        const el = await render(tag, 'fr-CA');
        const enWords = new Set(en.toLowerCase().match(/[a-z]{5,}/g) ?? []);
        // Words French shares with English ("contacts", "message", "questions", "notes") are not left-overs.
        const shared = ['maya', 'northwind', 'jordan', 'linkedin', 'markdown', 'vcard', 'contact', 'contacts', 'message', 'messages', 'questions', 'question', 'notes', 'section', 'minutes', 'date', 'dates', 'action', 'mentor', 'impact', 'communication', 'leadership', 'technologie', 'inclusion', 'moment', 'resume'];
        const englishLeft = () => (visibleText(el).toLowerCase().match(/[a-z]{5,}/g) ?? []).filter((w) => enWords.has(w) && !shared.includes(w));
        await until(() => englishLeft().length / Math.max(1, enWords.size) < 0.1);
        await el.updateComplete;
        const left = englishLeft();
        expect(left.length / Math.max(1, enWords.size)).to.be.below(0.1, `English left: ${[...new Set(left)].slice(0, 20).join(', ')}`);
        // No colon, question or exclamation mark without its no-break space, in anything the element shows.
        const text = el.shadowRoot!.textContent ?? '';
        expect(text.match(/[\p{L}\d)»][;:!?](?=\s|$)/gu) ?? [], 'punctuation without its no-break space').to.deep.equal([]);
        await expect(el).to.be.accessible();
      });

      it('renders in Arabic right to left, with 0 axe violations', async () => {
        const el = await render(tag, 'ar');
        await until(() => /[\u0600-\u06ff]{3,}/.test(visibleText(el)));
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.base')!.getAttribute('dir')).to.equal('rtl');
        expect(visibleText(el)).to.match(/[\u0600-\u06ff]{3,}/);
        await expect(el).to.be.accessible();
      });
    });
  }
});

describe('plural counts inside sentences', () => {
  it('the feedback request e-mail counts minutes with the Arabic plural forms', async function () {
    this.timeout(30000);
    const el = (await render('feedback-questions', 'ar')) as HTMLElement & { updateComplete: Promise<boolean>; mailto: string; value: { meeting?: object } };
    await until(() => /[\u0600-\u06ff]{3,}/.test(visibleText(el)));
    const body = (minutes: number) => {
      el.value = { ...el.value, meeting: { minutes } };
      return decodeURIComponent(el.mailto);
    };
    expect(body(10)).to.match(/(10|١٠) دقائق/); // few (3–10): plural noun (digits as the locale's Intl gives them)
    expect(body(30)).to.match(/(30|٣٠) دقيقة/); // many (11–99): singular noun
    const en = (await render('feedback-questions', 'en')) as HTMLElement & { updateComplete: Promise<boolean>; mailto: string; value: object };
    en.value = { ...(en.value as object), meeting: { minutes: 30 } };
    expect(decodeURIComponent(en.mailto)).to.contain('about 30 minutes to talk');
  });
});
