// Translations are opt-in with npm: an element's entry carries no catalogue, and
// `strong-finish/translations/<lang>.js` registers one, synchronously, for every element on the page.
import { expect } from '@open-wc/testing';
import '../../src/keep-in-touch/define.js';
import { availableLocales, registerTranslations } from '../../src/core/i18n.js';
import { container, settle } from '../helpers/test-element.js';

type Kit = HTMLElement & { updateComplete: Promise<boolean> };

async function contacts(lang: string): Promise<Kit> {
  const wrapper = container();
  wrapper.lang = lang;
  const el = document.createElement('keep-in-touch') as Kit;
  el.setAttribute('storage', 'none');
  wrapper.append(el);
  await el.updateComplete;
  return el;
}
const title = (el: Kit) => el.shadowRoot!.querySelector('h2')!.textContent!.trim();
const addButton = (el: Kit) => el.shadowRoot!.querySelector('button.add')?.textContent?.trim() ?? '';

describe('opt-in translations', () => {
  it('an element entry alone knows no other language: Spanish pages show English', async () => {
    expect(availableLocales()).to.deep.equal(['en']);
    const el = await contacts('es');
    await settle(100); // nothing to fetch: it stays English
    await el.updateComplete;
    expect(title(el)).to.equal('Keep in touch');
  });

  it('importing translations/es.js translates already-rendered and new elements, from the first render', async () => {
    const before = await contacts('es');
    registerTranslations('es', { 'contacts.add': 'Añadir (del anfitrión)' }); // a host's own string
    await import('../../src/translations/es.js');
    expect(availableLocales()).to.include('es');
    await before.updateComplete;
    expect(title(before)).to.equal('Seguir en contacto');
    const fresh = document.createElement('keep-in-touch') as Kit;
    fresh.setAttribute('storage', 'none');
    fresh.lang = 'es-MX';
    container().append(fresh);
    await fresh.updateComplete; // no wait for a fetch: the very first render is Spanish
    expect(title(fresh)).to.equal('Seguir en contacto');
    // the host's string still wins over the shipped catalogue
    expect(addButton(fresh)).to.contain('Añadir (del anfitrión)');
  });

  it('Arabic text stays English until its catalogue is imported', async () => {
    const el = await contacts('ar');
    expect(title(el)).to.equal('Keep in touch');
    await import('../../src/translations/ar.js');
    await el.updateComplete;
    expect(title(el)).to.equal('البقاء على تواصل');
    expect(el.shadowRoot!.querySelector('.base')!.getAttribute('dir')).to.equal('rtl');
  });
});
