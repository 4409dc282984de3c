/** Layout defects from a real pass: fields that stick out of their boxes, a tab row that scrolls for nothing. */
import { expect } from '@open-wc/testing';
import { $, $$, mount } from '../helpers/harness.js';
import type { ThankYouComposer } from '../../src/thank-you-composer/thank-you-composer.js';
import type { InternshipWrapUp } from '../../src/internship-wrap-up/internship-wrap-up.js';
import '../../src/thank-you-composer/define.js';
import '../../src/internship-wrap-up/define.js';
import '../../src/finish-strong-planner/define.js';
import '../../src/translations/es.js';
import '../../src/translations/ar.js';

/** Fields whose box crosses their container's inner edge (1px of rounding allowed), as "label: side". */
function sticksOut(container: HTMLElement): string[] {
  const box = container.getBoundingClientRect();
  const style = getComputedStyle(container);
  const left = box.left + parseFloat(style.borderLeftWidth) - 1;
  const right = box.right - parseFloat(style.borderRightWidth) + 1;
  const out: string[] = [];
  for (const f of container.querySelectorAll<HTMLElement>('input, select, textarea')) {
    const r = f.getBoundingClientRect();
    if (r.width === 0) continue;
    if (r.left < left) out.push(`${f.id || f.getAttribute('name')}: start`);
    if (r.right > right) out.push(`${f.id || f.getAttribute('name')}: end`);
  }
  return out;
}

describe('layout', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    for (const width of [320, 600, 1280]) {
      it(`“Add a person” and “Edit your details” keep their fields inside (${dir}, ${width}px)`, async () => {
        document.documentElement.dir = dir;
        try {
          const thanks = await mount<ThankYouComposer>('thank-you-composer');
          thanks.style.inlineSize = `${width}px`;
          thanks.style.display = 'block';
          const add = $<HTMLDetailsElement>(thanks, 'details.add');
          add.open = true;
          await thanks.updateComplete;
          expect(sticksOut(add)).to.deep.equal([]);
          const kit = await mount<InternshipWrapUp>('internship-wrap-up');
          kit.style.inlineSize = `${width}px`;
          kit.style.display = 'block';
          const edit = $<HTMLDetailsElement>(kit, 'details.edit');
          edit.open = true;
          await kit.updateComplete;
          expect(sticksOut(edit)).to.deep.equal([]);
          expect(sticksOut($(kit, '.head'))).to.deep.equal([]);
        } finally {
          document.documentElement.dir = 'ltr';
        }
      });
    }
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`the wrap-up's tab row has no scrollbar at 1280px (${theme})`, async () => {
      const kit = await mount<InternshipWrapUp>('internship-wrap-up', { attrs: { theme } });
      kit.style.inlineSize = '1280px';
      kit.style.display = 'block';
      await kit.updateComplete;
      const tabs = $(kit, '.tabs');
      expect(tabs.scrollHeight, 'scrolls vertically').to.be.at.most(tabs.clientHeight);
      expect(tabs.scrollWidth, 'scrolls sideways').to.be.at.most(tabs.clientWidth);
      expect($$(kit, '[role="tab"]')).to.have.length(6);
    });
  }
});

describe('the wrap-up header in Arabic', () => {
  it('puts the role and company line on the right like the title, and a lone last day reads “Last day: …”', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'ar';
    document.body.append(wrapper);
    const kit = document.createElement('internship-wrap-up') as InternshipWrapUp;
    for (const [k, v] of Object.entries({ storage: 'none', 'intern-name': 'Maya', 'intern-role': 'Data intern', company: 'Acme', 'end-date': '2026-12-18' })) kit.setAttribute(k, v);
    wrapper.append(kit);
    for (let i = 0; i < 80 && !/يوم/.test(kit.shadowRoot?.querySelector('.dates')?.textContent ?? ''); i++) await new Promise((r) => setTimeout(r, 100)); // the Arabic catalogue is a lazy chunk
    const sub = $(kit, '.head .sub');
    const title = $(kit, '.head h2');
    expect(getComputedStyle(sub).direction).to.equal('rtl');
    // Right-aligned with the title (both end at the same right edge), whatever the script of the names.
    expect(Math.abs(sub.getBoundingClientRect().right - title.getBoundingClientRect().right)).to.be.below(2);
    const dates = $(kit, '.dates').textContent!;
    expect(dates).not.to.contain('…');
    expect(dates.trim()).not.to.match(/^–|–$/);
    wrapper.remove();
  });
});

describe('the planner on a 320px phone in Arabic', () => {
  it('keeps every milestone’s “Move” and ✕ on the screen (the longer date and label wrap, they do not run past the edge)', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'ar';
    wrapper.dir = 'rtl';
    wrapper.style.inlineSize = '288px'; // a 320px phone, less the page's margins
    document.body.append(wrapper);
    const planner = document.createElement('finish-strong-planner');
    for (const [k, v] of Object.entries({ storage: 'none', 'end-date': '2026-12-18' })) planner.setAttribute(k, v);
    wrapper.append(planner);
    try {
      for (let i = 0; i < 80 && !/الموعد/.test(planner.shadowRoot?.querySelector('.when .move')?.textContent ?? ''); i++) await new Promise((r) => setTimeout(r, 100)); // the Arabic catalogue is a lazy chunk
      const box = planner.getBoundingClientRect();
      const buttons = $$(planner, '.when button');
      expect(buttons.length).to.be.above(6);
      const outside = buttons.filter((b) => {
        const r = b.getBoundingClientRect();
        return r.left < box.left - 1 || r.right > box.right + 1;
      });
      expect(outside.map((b) => b.getAttribute('aria-label'))).to.deep.equal([]);
    } finally {
      wrapper.remove();
    }
  });
});

/** The words of an element's text that the layout split across two lines ("Agradecimient / os"). */
function brokenWords(el: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    // A line may end after a hyphen ("Thank- / yous"): that is a break between words, not inside one.
    for (const m of text.matchAll(/[^\s\-\u2010]+/gu)) {
      const range = document.createRange();
      range.setStart(node, m.index!);
      range.setEnd(node, m.index! + m[0].length);
      // One line box per word; a word split by the layout has a rectangle on each line.
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) out.push(m[0]);
    }
  }
  return out;
}

describe('the wrap-up’s step cards in every shipped language', function () {
  this.timeout(20000);
  for (const lang of ['en', 'es', 'ar']) {
    it(`never break a step’s name mid-word, nor let it out of its card (${lang}, 288–1280px)`, async () => {
      const wrapper = document.createElement('div');
      wrapper.lang = lang;
      document.body.append(wrapper);
      const kit = document.createElement('internship-wrap-up') as InternshipWrapUp;
      kit.setAttribute('storage', 'none');
      wrapper.append(kit);
      try {
        const ready = { en: /Thank-yous/, es: /Agradecimientos/, ar: /رسائل الشكر/ }[lang]!;
        for (let i = 0; i < 80 && !ready.test(kit.shadowRoot?.querySelector('.overview')?.textContent ?? ''); i++) await new Promise((r) => setTimeout(r, 100)); // a lazy catalogue
        // A 320, a 390 and a 1280px screen, with and without the page's margins.
        for (const width of [288, 320, 358, 390, 1248, 1280]) {
          wrapper.style.inlineSize = `${width}px`;
          await kit.updateComplete;
          for (const card of $$(kit, '.overview > li')) {
            const name = card.querySelector('.name')!;
            expect(brokenWords(name), `${width}px: “${name.textContent}”`).to.deep.equal([]);
            const c = card.getBoundingClientRect();
            const n = name.getBoundingClientRect();
            expect(n.left >= c.left - 1 && n.right <= c.right + 1, `${width}px: “${name.textContent}” stays inside its card`).to.be.true;
          }
          const row = $(kit, '.overview').getBoundingClientRect();
          expect(row.right - row.left, `${width}px: the cards fit the kit`).to.be.at.most(kit.getBoundingClientRect().width);
        }
      } finally {
        wrapper.remove();
      }
    });
  }
});
