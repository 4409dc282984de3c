import { expect } from '@open-wc/testing';
import { define } from '../../src/core/define.js';
import { captureWarnings } from '../helpers/test-element.js';

describe('define()', () => {
  it('registers a tag once and is a no-op for the same class', async () => {
    class A extends HTMLElement {}
    const warnings = await captureWarnings(() => {
      define('sf-define-a', A);
      define('sf-define-a', A);
    });
    expect(customElements.get('sf-define-a')).to.equal(A);
    expect(warnings).to.deep.equal([]);
  });

  it('warns once, naming both versions, when another class holds the tag, and never throws', async () => {
    class Old extends HTMLElement {
      static version = '0.0.1';
    }
    class New extends HTMLElement {
      static version = '9.9.9';
    }
    class New2 extends HTMLElement {}
    customElements.define('sf-define-b', Old);
    customElements.define('sf-define-c', class extends HTMLElement {});
    const warnings = await captureWarnings(() => {
      define('sf-define-b', New);
      define('sf-define-c', New2);
    });
    expect(customElements.get('sf-define-b')).to.equal(Old);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.1').and.to.contain('9.9.9').and.to.contain('<sf-define-b>');
  });

  it('does not throw for an invalid name or a registry that refuses', async () => {
    class C extends HTMLElement {}
    const warnings = await captureWarnings(() => define('notvalid', C));
    expect(warnings[0]).to.contain('could not define');
  });

  it('accepts another registry', () => {
    const registry = { get: () => undefined, define: (name: string) => (registry.defined = name), defined: '' };
    define('sf-in-registry', class extends HTMLElement {}, registry as unknown as CustomElementRegistry);
    expect(registry.defined).to.equal('sf-in-registry');
  });
});
