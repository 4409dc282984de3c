import { html, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import type { Translator } from '../i18n.js';

export interface RovingOptions {
  /** The rows, inside the host's shadow root; rows with the same parent form one list (one Tab stop). */
  rows: string;
  /** A row's controls that arrow keys move between (relative to the row, e.g. `:scope > .actions > button`). */
  cells: string;
}

const TEXT = /^(text|search|email|url|tel|number|password|date)$/;

/**
 * One Tab stop per list (roving tabindex, as in the WAI-ARIA APG grid pattern): ↑ ↓ move between rows
 * (staying in the same column), ← → between a row's controls (mirrored right-to-left), Home and End to
 * the first and last row. Tab leaves the list; coming back returns to the control used last. Keys with
 * Alt, Ctrl or Meta, and keys typed in text fields, are left alone (Alt + arrows reorder rows).
 */
export class RovingController implements ReactiveController {
  readonly #onKey = (e: Event) => this.#key(e as KeyboardEvent);
  readonly #onFocus = (e: Event) => this.#focus(e as FocusEvent);
  readonly #onBlur = (e: Event) => this.#blur(e as FocusEvent);
  /** Whether a list has keyboard focus (then the key hint shows). */
  #keyboard = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: RovingOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.renderRoot?.addEventListener('keydown', this.#onKey);
    this.host.renderRoot?.addEventListener('focusin', this.#onFocus);
    this.host.renderRoot?.addEventListener('focusout', this.#onBlur);
  }

  hostDisconnected(): void {
    this.host.renderRoot?.removeEventListener('keydown', this.#onKey);
    this.host.renderRoot?.removeEventListener('focusin', this.#onFocus);
    this.host.renderRoot?.removeEventListener('focusout', this.#onBlur);
  }

  /** After each render: in every list, exactly one control can be reached with Tab. */
  hostUpdated(): void {
    for (const rows of this.#lists()) {
      const cells = rows.flatMap((r) => this.#cells(r));
      const stop = cells.find((c) => c.hasAttribute('data-roving-stop')) ?? cells[0];
      for (const c of cells) c.tabIndex = c === stop ? 0 : -1;
      if (stop) stop.setAttribute('data-roving-stop', '');
    }
  }

  /** A visible line with the keys, shown while a list has keyboard focus (hidden from screen readers, who get the list semantics). */
  renderHint(t: Translator): TemplateResult {
    return html`<p class="keys-hint" aria-hidden="true" ?hidden=${!this.#keyboard}>${t('core.keys', 'Keys: ↑ ↓ next or previous row · ← → the row’s buttons · Tab leaves the list')}</p>`;
  }

  #lists(): HTMLElement[][] {
    const groups = new Map<Element | null, HTMLElement[]>();
    for (const row of this.host.renderRoot.querySelectorAll<HTMLElement>(this.options.rows)) {
      const list = groups.get(row.parentElement) ?? [];
      list.push(row);
      groups.set(row.parentElement, list);
    }
    return [...groups.values()];
  }

  #cells(row: Element): HTMLElement[] {
    return [...row.querySelectorAll<HTMLElement>(this.options.cells)].filter((c) => !(c as HTMLButtonElement).disabled);
  }

  #where(target: EventTarget | null): { rows: HTMLElement[]; row: number; cell: number } | undefined {
    const el = target as HTMLElement | null;
    const rowEl = el?.closest?.<HTMLElement>(this.options.rows);
    if (!el || !rowEl) return undefined;
    const cell = this.#cells(rowEl).indexOf(el);
    if (cell < 0) return undefined;
    const rows = this.#lists().find((l) => l.includes(rowEl))!;
    return { rows, row: rows.indexOf(rowEl), cell };
  }

  #show(keyboard: boolean): void {
    if (keyboard === this.#keyboard) return;
    this.#keyboard = keyboard;
    // Focus moves inside a render too (a focused row removed, a button focused in updated()): requesting
    // then would be Lit's dev-mode "scheduled an update after an update completed", so ask right after.
    queueMicrotask(() => this.host.requestUpdate());
  }

  #blur(e: FocusEvent): void {
    if (!this.#where(e.relatedTarget)) this.#show(false);
  }

  #focus(e: FocusEvent): void {
    const at = this.#where(e.composedPath()[0] ?? null);
    if (!at) return;
    const target = this.#cells(at.rows[at.row])[at.cell];
    if (target.matches(':focus-visible')) this.#show(true);
    for (const r of at.rows) for (const c of this.#cells(r)) {
      c.tabIndex = c === target ? 0 : -1;
      c.toggleAttribute('data-roving-stop', c === target);
    }
  }

  #key(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
    const target = e.composedPath()[0] as HTMLElement;
    if (target.localName === 'textarea' || target.localName === 'select' || (target.localName === 'input' && TEXT.test((target as HTMLInputElement).type))) return;
    const at = this.#where(target);
    if (!at) return;
    const rtl = getComputedStyle(target).direction === 'rtl';
    const last = at.rows.length - 1;
    let row = at.row;
    let cell = at.cell;
    switch (e.key) {
      case 'ArrowDown': row = Math.min(last, row + 1); break;
      case 'ArrowUp': row = Math.max(0, row - 1); break;
      case 'Home': row = 0; break;
      case 'End': row = last; break;
      case 'ArrowRight': cell += rtl ? -1 : 1; break;
      case 'ArrowLeft': cell += rtl ? 1 : -1; break;
      default: return;
    }
    e.preventDefault();
    this.#show(true);
    const cells = this.#cells(at.rows[row]);
    cells[Math.max(0, Math.min(cells.length - 1, cell))]?.focus();
  }
}
