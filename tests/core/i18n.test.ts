import { expect, fixture, html } from '@open-wc/testing';
import { registerTranslations } from '../../src/core/i18n.js';
import { container, type TestNotes } from '../helpers/test-element.js';
import '../helpers/test-element.js';

describe('localization', () => {
  it('uses English by default', async () => {
    const el = await fixture<TestNotes>(html`<sf-test-notes storage="none" intern-name="Ana"></sf-test-notes>`);
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Title');
    expect(el.shadowRoot!.querySelector('.greeting')!.textContent).to.equal('Hello Ana');
  });

  it('follows the nearest lang, live, with host-registered strings', async () => {
    registerTranslations('fr', { 'test.title': 'Titre', 'test.greeting': 'Bonjour {name}' });
    // Not fixture(): for a plain div it waits for an animation frame, which a background tab may not get.
    const wrapper = container();
    wrapper.lang = 'fr';
    const el = document.createElement('sf-test-notes');
    el.setAttribute('storage', 'none');
    el.setAttribute('intern-name', 'Ana');
    wrapper.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Titre');
    expect(el.shadowRoot!.querySelector('.greeting')!.textContent).to.equal('Bonjour Ana');
    wrapper.lang = 'en';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Title');
  });

  it('loads a lazily registered catalogue only when used, and sets dir for RTL', async () => {
    let loads = 0;
    registerTranslations('ar', async () => {
      loads++;
      return { 'test.title': 'العنوان' };
    });
    expect(loads).to.equal(0);
    const el = await fixture<TestNotes>(html`<sf-test-notes storage="none" lang="ar"></sf-test-notes>`);
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
    expect(loads).to.equal(1);
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('العنوان');
    expect(el.shadowRoot!.querySelector('.base')!.getAttribute('dir')).to.equal('rtl');
  });

  it('falls back from a regional locale to its language, and to English for unknown ids', async () => {
    registerTranslations('fr', { 'test.title': 'Titre' });
    const el = await fixture<TestNotes>(html`<sf-test-notes storage="none" lang="fr-CA"></sf-test-notes>`);
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Titre');
    const el2 = await fixture<TestNotes>(html`<sf-test-notes storage="none" lang="zz"></sf-test-notes>`);
    expect(el2.shadowRoot!.querySelector('label')!.textContent).to.equal('Title');
  });
});
