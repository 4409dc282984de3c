import { ContextEvent, ContextRoot, createContext } from '@lit/context';

/**
 * Answers a context request made before its provider existed: a host's own `<internship-checklist>`
 * placed in `<internship-wrap-up>` may be defined (and ask for the kit's profile) before the kit is
 * (`all.js` defines the steps first; the loader's chunks arrive in any order). Lit's `ContextRoot`
 * keeps such unanswered requests and dispatches them again when a provider of that context connects.
 *
 * One root per document, attached to the document itself (two listeners, nothing else on the page):
 * attached when the first Strong Finish element connects, before it asks. A second copy of the library
 * on the page finds the first copy's root (it answers a context request of its own) and adds none.
 */
const ROOT = createContext<true>(Symbol.for('strong-finish/context-root'));
const seen = new WeakSet<Document>();

export function ensureContextRoot(doc: Document | undefined): void {
  if (!doc || seen.has(doc)) return;
  seen.add(doc);
  let found = false;
  doc.dispatchEvent(new ContextEvent(ROOT, doc.documentElement, () => (found = true)));
  if (found) return;
  new ContextRoot().attach(doc as unknown as HTMLElement);
  doc.addEventListener('context-request', (event) => {
    const e = event as ContextEvent<typeof ROOT>;
    if (e.context !== ROOT) return;
    e.stopPropagation();
    e.callback(true);
  });
}
