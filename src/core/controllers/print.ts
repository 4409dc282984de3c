import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';

/**
 * Print is a document, not the form: while printing, the element renders `render()` (a print view made
 * from its Markdown export: headings, fields, every note in full, no inputs or buttons) and the shared
 * print CSS hides everything else. It follows the browser's own print (Ctrl+P fires `beforeprint`) as
 * well as `print()` from a button.
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
    window.addEventListener('beforeprint', this.#before);
    window.addEventListener('afterprint', this.#after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#before);
    window.removeEventListener('afterprint', this.#after);
  }

  /** Renders the print view of `view` now, then opens the print dialog (still inside the click, as browsers like). */
  print(view = 'all'): void {
    this.#show(view);
    this.#render();
    window.print();
  }

  /** The print view while printing, else nothing. Render it as a direct child of `.base`. */
  render(): TemplateResult | typeof nothing {
    if (!this.view) return nothing;
    return html`<article class="print-view" part="print">${markdownView(this.markdown(this.view))}</article>`;
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
 * Renders the Markdown our writers produce (core/formats/markdown.ts: headings, `- [ ]` items, `**Label:**`
 * fields, paragraphs) as elements. Text stays text: Lit escapes it, and escapes are simply removed.
 */
export function markdownView(markdown: string): TemplateResult[] {
  const out: TemplateResult[] = [];
  for (const block of markdown.replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
    if (!block.trim()) continue;
    const heading = /^(#{1,6}) (.*)$/.exec(block);
    if (heading && !block.includes('\n')) {
      out.push(headingTag(heading[1].length, inline(heading[2])));
    } else if (/^- /.test(block)) {
      const items = block.split(/\n(?=- )/).map((item) => item.slice(2).replace(/\n {2}/g, '\n'));
      out.push(html`<ul>${items.map((item) => {
        const box = /^\[([ x])\] /.exec(item);
        return html`<li>${box ? html`<span class="box" aria-hidden="true">${box[1] === 'x' ? '☑' : '☐'}</span> ` : nothing}${lines(box ? item.slice(4) : item)}</li>`;
      })}</ul>`);
    } else {
      out.push(html`<p>${lines(block)}</p>`);
    }
  }
  return out;
}

function headingTag(level: number, text: string): TemplateResult {
  switch (level) {
    case 1: return html`<h1>${text}</h1>`;
    case 2: return html`<h2>${text}</h2>`;
    case 3: return html`<h3>${text}</h3>`;
    case 4: return html`<h4>${text}</h4>`;
    case 5: return html`<h5>${text}</h5>`;
    default: return html`<h6>${text}</h6>`;
  }
}

/** Lines of one block, each with a leading `**Label:**` drawn bold; hard-break marks (`\` or two spaces) dropped. */
function lines(block: string): TemplateResult[] {
  return block.split('\n').map((raw, i) => {
    const line = raw.replace(/(\\| {2,})$/, '');
    const field = /^\*\*(.+?):\*\* (.*)$/.exec(line);
    const body = field ? html`<strong>${inline(field[1])}:</strong> ${inline(field[2])}` : html`${inline(line)}`;
    return i ? html`<br />${body}` : body;
  });
}

/** Removes Markdown backslash escapes; non-breaking spaces that kept indentation stay. */
function inline(text: string): string {
  return text.replace(/\\([\\`*_[\]<>!|~&$#+=\-.():@{}])/g, '$1');
}
