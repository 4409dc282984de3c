import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';

type View = typeof import('./print-view.js');
let loaded: View | undefined;
let loading: Promise<View> | undefined;
/** The print view's renderer (core/controllers/print-view.ts), imported once for every element; `print()` is synchronous once it resolved. */
export const loadPrintView = (): Promise<View> => (loading ??= import('./print-view.js').then((m) => (loaded = m)));
/** After the first paint, when the browser has nothing else to do: ready before anyone prints. */
const whenIdle = (fn: () => void): void => void ((globalThis as { requestIdleCallback?: (f: () => void) => void }).requestIdleCallback ?? setTimeout)(fn);

/**
 * Print is a document, not the form: while printing, the element renders `render()` (a print view made
 * from its Markdown export: headings, fields, every note in full, no inputs or buttons) and the shared
 * print CSS hides everything else. It follows the browser's own print (Ctrl+P fires `beforeprint`) as
 * well as `print()` from a button. The renderer loads on use (see `loadPrintView`): if Ctrl+P comes before it has,
 * the Markdown is printed as it is.
 */
export class PrintController implements ReactiveController {
  /** The document being printed (`all`, or a named one such as the planner's `handover`); undefined otherwise. */
  view?: string;

  readonly #before = () => {
    this.#show(this.view ?? 'all');
    // Synchronously: the browser takes its print snapshot as soon as this event returns.
    this.#render();
  };
  readonly #after = () => this.#show(undefined);

  constructor(
    private readonly host: ReactiveElement,
    private readonly markdown: (view: string) => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!loaded) whenIdle(() => void loadPrintView().catch(() => undefined));
    window.addEventListener('beforeprint', this.#before);
    window.addEventListener('afterprint', this.#after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#before);
    window.removeEventListener('afterprint', this.#after);
  }

  /** Renders the print view of `view` now, then opens the print dialog (still inside the click, as browsers like). */
  print(view = 'all'): void {
    if (!loaded) {
      // Not loaded yet (a print within moments of the first paint): print once it is.
      void loadPrintView().then(() => this.print(view), () => this.#print(view));
      return;
    }
    this.#print(view);
  }

  #print(view: string): void {
    this.#show(view);
    this.#render();
    window.print();
  }

  /** The print view while printing, else nothing. Render it as a direct child of `.base`. */
  render(): TemplateResult | typeof nothing {
    if (!this.view) return nothing;
    const markdown = this.markdown(this.view);
    return html`<article class="print-view" part="print">${loaded ? loaded.markdownView(markdown) : html`<pre>${markdown}</pre>`}</article>`;
  }

  /** Renders now: the print dialog snapshots the page when `window.print()` is called or `beforeprint` returns. */
  #render(): void {
    if (this.host.isUpdatePending) (this.host as unknown as { performUpdate(): void }).performUpdate();
  }

  #show(view: string | undefined): void {
    if (view === this.view) return;
    this.view = view;
    this.host.toggleAttribute('printing', !!view);
    this.host.requestUpdate();
  }
}
