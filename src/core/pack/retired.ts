import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '../i18n.js';

/** A retired item as the fold shows it: its text, whether it was done, and what she wrote on it. */
export interface RetiredRow {
  id: string;
  text: string;
  done?: boolean;
  note?: string;
}

/**
 * The items a programme dropped, folded away (issue #30): what she did with each, and Restore. One
 * rendering for every step that merges pack versions (the checklist's words, so one translation).
 * Texts render as text, never as HTML.
 */
export function renderRetired(t: Translator, count: (n: number) => string, rows: readonly RetiredRow[], restore: (id: string) => void): TemplateResult | typeof nothing {
  if (!rows.length) return nothing;
  return html`<details class="retired card">
    <summary>${t('checklist.retiredTitle', 'No longer in your programme')} (${count(rows.length)})</summary>
    <p class="hint">${t('checklist.retiredHint', 'Your programme dropped these steps. What you did with them is kept here and in your exports.')}</p>
    <ul>${rows.map((r) => html`<li class="row" data-id=${r.id}>
      <span class="text" dir="auto">${r.done ? '✓ ' : ''}${r.text}</span>
      ${r.note ? html`<span class="note" dir="auto">${r.note}</span>` : nothing}
      <button class="ghost" aria-label=${t('checklist.restoreItem', 'Restore: {text}', { text: r.text })} @click=${() => restore(r.id)}>${t('checklist.restore', 'Restore')}</button>
    </li>`)}</ul>
  </details>`;
}
