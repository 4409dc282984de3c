import { expect } from '@open-wc/testing';
import { clearKeys, settle } from '../helpers/test-element.js';
import { typeEdit, withAttrs, WIDGETS, type Widget, type WidgetCase } from './widgets.js';

const PREFIX = 'rel-lc-';
const WATCHED = ['storage', 'pagehide', 'hashchange', 'languagechange'];

/** Counts window listeners that are really registered (the browser ignores exact duplicates, so do we). */
function watchListeners() {
  const active = new Map<string, Set<unknown>>();
  const add = window.addEventListener;
  const remove = window.removeEventListener;
  window.addEventListener = function (this: Window, type: string, fn: any, opts?: any) {
    if (WATCHED.includes(type)) (active.get(type) ?? active.set(type, new Set()).get(type)!).add(fn);
    return add.call(this, type, fn, opts);
  } as typeof window.addEventListener;
  window.removeEventListener = function (this: Window, type: string, fn: any, opts?: any) {
    active.get(type)?.delete(fn);
    return remove.call(this, type, fn, opts);
  } as typeof window.removeEventListener;
  return {
    count: () => Object.fromEntries(WATCHED.map((t) => [t, active.get(t)?.size ?? 0])),
    restore: () => Object.assign(window, { addEventListener: add, removeEventListener: remove }),
  };
}

function watchErrors() {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  const consoleError = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    restore: () => {
      console.error = consoleError;
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    },
  };
}

function create(w: WidgetCase, key: string): Widget {
  const el = withAttrs(document.createElement(w.tag)) as Widget;
  el.setAttribute('storage-key', `${PREFIX}${key}`);
  return el;
}

describe('reliability: lifecycle', function () {
  this.timeout(30_000);
  let listeners: ReturnType<typeof watchListeners>;
  let errs: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    clearKeys(PREFIX);
    listeners = watchListeners();
    errs = watchErrors();
  });
  afterEach(() => {
    listeners.restore();
    errs.restore();
    expect(errs.errors).to.deep.equal([]);
  });
  after(() => clearKeys(PREFIX));

  for (const w of WIDGETS) {
    describe(`<${w.tag}>`, () => {
      it('detaches and re-attaches, and moves in the DOM: text kept, saved on detach, no duplicated listeners', async () => {
        const a = document.createElement('div');
        const b = document.createElement('div');
        document.body.append(a, b);
        const el = create(w, `move-${w.tag}`);
        a.append(el);
        await el.updateComplete;
        await settle(50);
        const attached = listeners.count();
        expect(attached.storage).to.be.greaterThan(0);
        await typeEdit(w, el, 'typed before detaching');
        el.remove(); // a pending save is written on detach
        expect(localStorage.getItem(el.storageKeyInUse)).to.contain('typed before detaching');
        expect(listeners.count().storage).to.equal(0);
        for (let i = 0; i < 10; i++) {
          (i % 2 ? a : b).append(el);
          await el.updateComplete;
        }
        await settle(50);
        expect(listeners.count()).to.deep.equal(attached);
        expect(w.edit.read(el.value)).to.equal('typed before detaching');
        await typeEdit(w, el, 'typed after moving');
        await settle();
        expect(localStorage.getItem(el.storageKeyInUse)).to.contain('typed after moving');
        a.remove();
        b.remove();
        expect(listeners.count().storage).to.equal(0);
      });

      it('many instances with their own storage keys, then a route change (remove all, add again)', async () => {
        const N = 6;
        const page = document.createElement('main');
        document.body.append(page);
        const mount = async () => {
          const els = Array.from({ length: N }, (_, i) => create(w, `many-${w.tag}-${i}`));
          page.append(...els);
          await Promise.all(els.map((e) => e.updateComplete));
          await settle(50);
          return els;
        };
        let els = await mount();
        const perRoute = listeners.count();
        for (const [i, el] of els.entries()) await typeEdit(w, el, `instance ${i}`);
        await settle();
        for (const [i, el] of els.entries()) expect(localStorage.getItem(el.storageKeyInUse)).to.contain(`instance ${i}`);
        for (let route = 0; route < 3; route++) {
          page.replaceChildren();
          expect(listeners.count().storage, 'all storage listeners gone after the route change').to.equal(0);
          els = await mount();
          expect(listeners.count(), `route ${route}`).to.deep.equal(perRoute);
          for (const [i, el] of els.entries()) expect(w.edit.read(el.value), `instance ${i} restored`).to.equal(`instance ${i}`);
        }
        page.remove();
        expect(listeners.count().storage).to.equal(0);
        expect(listeners.count().pagehide).to.equal(0);
        expect(listeners.count().hashchange).to.equal(0);
      });
    });
  }
});
