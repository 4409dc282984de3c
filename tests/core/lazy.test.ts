// loadElement / LazyElementsController alone: one import per tag for the page, a retry after a failure,
// and the host re-rendered when an element arrives.
import { expect, waitUntil } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { LazyElementsController, loadElement, type ElementLoaders } from '../../src/core/lazy.js';
import { captureWarnings, container, settle } from '../helpers/test-element.js';

let n = 0;
const freshTag = () => `sf-lazy-${++n}-${Math.random().toString(36).slice(2, 7)}`;

describe('lazy elements', () => {
  it('imports a tag once for the whole page, whoever asks, and resolves when it is defined', async () => {
    const tag = freshTag();
    let imports = 0;
    const loaders: ElementLoaders = {
      [tag]: async () => {
        imports++;
        await settle(10);
        customElements.define(tag, class extends HTMLElement {});
      },
    };
    const [a, b] = await Promise.all([loadElement(tag, loaders), loadElement(tag, loaders)]);
    expect([a, b]).to.deep.equal([true, true]);
    expect(imports).to.equal(1);
    expect(await loadElement(tag, loaders)).to.equal(true);
    expect(imports).to.equal(1);
    expect(await loadElement(freshTag(), loaders), 'no loader').to.equal(false);
  });

  it('a failed import warns, resolves false, and a later call tries again', async () => {
    const tag = freshTag();
    let attempts = 0;
    const loaders: ElementLoaders = {
      [tag]: async () => {
        if (++attempts === 1) throw new Error('offline');
        customElements.define(tag, class extends HTMLElement {});
      },
    };
    let first = true;
    const warnings = await captureWarnings(async () => {
      first = await loadElement(tag, loaders);
    });
    expect(first).to.equal(false);
    expect(warnings.join()).to.contain(`could not load <${tag}>`);
    expect(await loadElement(tag, loaders)).to.equal(true);
    expect(attempts).to.equal(2);
  });

  it('the controller reports each state, re-renders its host on arrival, and loads the rest when idle', async () => {
    const shown = freshTag();
    const later = freshTag();
    const loaders: ElementLoaders = {
      [shown]: async () => customElements.define(shown, class extends HTMLElement {}),
      [later]: async () => customElements.define(later, class extends HTMLElement {}),
    };
    let renders = 0;
    class Host extends LitElement {
      lazy = new LazyElementsController(this, () => loaders);
      override render() {
        renders++;
        return html`${this.lazy.state(shown)}`;
      }
    }
    const hostTag = freshTag();
    customElements.define(hostTag, Host);
    const host = document.createElement(hostTag) as Host;
    container().append(host);
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.equal('loading');
    expect(host.lazy.state('sf-nobody-loads-this')).to.equal('missing');
    const before = renders;
    expect(await host.lazy.load(shown)).to.equal(true);
    await host.updateComplete;
    expect(renders).to.be.greaterThan(before);
    expect(host.shadowRoot!.textContent).to.equal('ready');
    host.lazy.loadWhenIdle([shown, later]);
    for (let i = 0; i < 100 && !customElements.get(later); i++) await settle(20);
    expect(host.lazy.state(later)).to.equal('ready');
  });
  it('a host moved in the page before the browser is idle still loads the rest (a move cancels nothing for good)', async () => {
    const later = freshTag();
    const loaders: ElementLoaders = { [later]: async () => customElements.define(later, class extends HTMLElement {}) };
    class Host extends LitElement {
      lazy = new LazyElementsController(this, () => loaders);
    }
    const hostTag = freshTag();
    customElements.define(hostTag, Host);
    const host = document.createElement(hostTag) as Host;
    const [a, b] = [container(), container()];
    a.append(host);
    await host.updateComplete;
    host.lazy.loadWhenIdle([later]);
    b.append(host); // moved before the idle callback ran: disconnected, then connected again
    // requestIdleCallback's timeout is 3 s: a busy page still loads within it.
    await waitUntil(() => customElements.get(later), `<${later}> never loaded after the host moved`, { timeout: 8000, interval: 50 });
    expect(host.lazy.state(later)).to.equal('ready');
  });

  it('a host removed before the browser is idle loads nothing', async () => {
    const later = freshTag();
    let imports = 0;
    const loaders: ElementLoaders = { [later]: async () => void imports++ };
    class Host extends LitElement {
      lazy = new LazyElementsController(this, () => loaders);
    }
    const hostTag = freshTag();
    customElements.define(hostTag, Host);
    const host = document.createElement(hostTag) as Host;
    container().append(host);
    await host.updateComplete;
    host.lazy.loadWhenIdle([later]);
    host.remove();
    await settle(3500);
    expect(imports).to.equal(0);
  });
});
