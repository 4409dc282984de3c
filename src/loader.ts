/**
 * The one-tag embed, `dist/strong-finish.js`: a small loader that defines each Strong Finish tag the first
 * time it appears in the document (or inside the shadow root of one of our elements), importing one shared
 * runtime chunk (Lit, @lit/context, the core) and that element's chunk, both next to this file
 * (`import.meta.url`, so a CDN path and a self-hosted folder both work). A page pays only for what it shows.
 *
 * Elements upgrade as usual: attributes and properties set before the upgrade apply, and
 * `customElements.whenDefined(tag)` resolves once the tag appeared. An element created but never put in
 * the page is not seen: `await load('keep-in-touch')` first. For exactly one file with every element,
 * use `dist/strong-finish.bundle.js`.
 */
import type { Messages } from './core/i18n.js';

const loaders: Record<string, () => Promise<unknown>> = {
  'internship-checklist': () => import('./internship-checklist/define.js'),
  'feedback-questions': () => import('./feedback-questions/define.js'),
  'feedback-response': () => import('./feedback-response/define.js'),
  'thank-you-composer': () => import('./thank-you-composer/define.js'),
  'reflection-journal': () => import('./reflection-journal/define.js'),
  'finish-strong-planner': () => import('./finish-strong-planner/define.js'),
  'keep-in-touch': () => import('./keep-in-touch/define.js'),
  'internship-wrap-up': () => import('./internship-wrap-up/define.js'),
};
const TAGS = Object.keys(loaders);
const KIT = 'internship-wrap-up';
// The runtime chunk (the CDN build puts the core, Lit and this module in it): asked for alongside an
// element's chunk, so the two download in parallel instead of one after the other. It also registers the
// shipped catalogues, fetched from this folder the first time an element needs them.
const runtime = () => import('./translations/lazy.js');
const requested = new Map<string, Promise<void>>();
const watched = new WeakSet<Node>();
const registry = globalThis.customElements;

/** Defines the given tags now (all of them without arguments), whether or not they are on the page. */
export function load(...tags: string[]): Promise<void> {
  return Promise.all((tags.length ? tags : TAGS).map(loadTag)).then(() => undefined);
}

/** `registerTranslations` of the core, for pages that only have this file: applies once the runtime is in. */
export function registerTranslations(locale: string, messages: Messages | (() => Promise<Messages | { default: Messages }>)): Promise<void> {
  return import('./core/i18n.js').then((m) => m.registerTranslations(locale, messages));
}

/** `missingTranslations` of the core (the ids a language lacks), for pages that only have this file. */
export function missingTranslations(locale: string, template?: Messages): Promise<string[]> {
  return import('./core/missing-translations.js').then((m) => m.missingTranslations(locale, template));
}

function loadTag(tag: string): Promise<void> {
  const loader = loaders[tag];
  if (!loader || !registry) return Promise.resolve();
  let p = requested.get(tag);
  if (!p) {
    p = Promise.all([runtime(), loader()]).then(
      () => {
        // Every tag defined: nothing left to look for, so stop observing the host's DOM.
        if (TAGS.every((t) => registry.get(t))) observer?.disconnect();
      },
      (error: unknown) => {
        requested.delete(tag); // a later appearance tries again
        console.warn(`strong-finish: could not load <${tag}> (${String(error)}).`);
      },
    );
    requested.set(tag, p);
  }
  return p;
}

const SELECTOR = TAGS.map((t) => `${t}:not(:defined)`).join(',');

/** Loads every undefined tag of ours in `root`, then watches the shadow roots of the ones found. */
function scan(root: ParentNode): void {
  const found = root instanceof Element && root.matches(SELECTOR) ? [root] : [];
  found.push(...root.querySelectorAll(SELECTOR));
  for (const el of found) {
    void loadTag(el.localName).then(() => {
      // The kit renders our elements inside its shadow root (its steps): watch there too. Not the
      // widgets: they render none, and observing their DOM would only cost time.
      if (el.localName === KIT && el.shadowRoot) watch(el.shadowRoot);
    });
  }
}

const observer =
  typeof MutationObserver === 'function'
    ? new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) scan(n as Element);
      })
    : undefined;

function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  scan(root);
  observer?.observe(root, { childList: true, subtree: true });
}

if (registry && typeof document === 'object') watch(document);

