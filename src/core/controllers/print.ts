import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { onUse } from '../on-use.js';

/** The print view's renderer (core/controllers/print-view.ts), loaded on use for every element on the page. */
export const printView = onUse(() => import('./print-view.js'));
/** Resolves once `print()` can print synchronously (tests that stub `window.print`). */
export const loadPrintView = (): Promise<unknown> => printView.load();

/**
 * Print is a document, not the form: while printing, the element renders `render()` (a print view made
 * from its Markdown export: headings, fields, every note in full, no inputs or buttons) and the shared
 * print CSS hides everything else. It follows the browser's own print (Ctrl+P fires `beforeprint`) as
 * well as `print()` from a button. The renderer loads on use (`printView`): if Ctrl+P comes before it has,
 * its blocks are printed as plain paragraphs.
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
    printView.preload();
    window.addEventListener('beforeprint', this.#before);
    window.addEventListener('afterprint', this.#after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#before);
    window.removeEventListener('afterprint', this.#after);
  }

  /** Renders the print view of `view` now, then opens the print dialog (still inside the click, as browsers like). */
  print(view = 'all'): void {
    if (!printView.module) {
      // Not loaded yet (a print within moments of the first paint): print once it is.
      void printView.load().then(() => this.#print(view), () => this.#print(view));
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
    const view = printView.module;
    return html`<article class="print-view" part="print">${view ? view.markdownView(markdown) : plain(markdown)}</article>`;
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

/**
 * The print view before its renderer has loaded (Ctrl+P within moments of the first paint): the Markdown's
 * blocks as paragraphs, line breaks kept, heading marks, bold marks and escapes dropped.
 */
function plain(markdown: string): TemplateResult[] {
  return markdown
    .split(/\n{2,}/)
    .filter((block) => block.trim())
    .map((block) => html`<p>${block.split('\n').map((line, i) => html`${i ? html`<br />` : nothing}${line.replace(/^#+ |\*\*|\\(?=[^\w\s])/g, '')}`)}</p>`);
}
