import { html, nothing, type TemplateResult } from 'lit';

// The print view's renderer, loaded on use (PrintController imports it when the browser is idle after the
// first paint, or on the first print), so a page that never prints doesn't wait for it.

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
    // The label keeps its language's colon ("Poste :" in French).
    const field = /^\*\*(.+?[\u00a0\u202f]?:)\*\* (.*)$/u.exec(line);
    const body = field ? html`<strong>${inline(field[1])}</strong> ${inline(field[2])}` : html`${inline(line)}`;
    return i ? html`<br />${body}` : body;
  });
}

/** Removes Markdown backslash escapes; non-breaking spaces that kept indentation stay. */
function inline(text: string): string {
  return text.replace(/\\([\\`*_[\]<>!|~&$#+=\-.():@{}])/g, '$1');
}
