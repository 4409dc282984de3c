import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { focusAfterUpdate, type FocusTarget } from './focus.js';

/** What was removed, where it was, and from which list (`group`) of the element. */
export interface Removal<T, G extends string = string> {
  item: T;
  index: number;
  group: G;
}

export interface UndoOptions<T> {
  /** Where focus goes after Undo: the restored item's row or control (`removal` says where it was). */
  focusItem: (item: T, removal: Removal<T, string>) => FocusTarget;
  /** Where focus goes if the Undo button is not rendered (for example the list itself). */
  fallback?: FocusTarget;
}

/** How a removal treats focus. */
export interface RemoveOptions {
  /**
   * Move focus to Undo (the default: the control that acted is gone with its row). `false` when the
   * control that acted stays (a toggle): focus stays on it, and Undo is one Tab away.
   */
  focus?: boolean;
}

/**
 * Remove with Undo, the same in every element: `remove()` takes an item out of a list, remembers it and
 * moves focus to the Undo button; `restore()` puts it back at the same index and moves focus back to
 * the item. `keep()` and `take()` do the same for what is not one list item (a whole document cleared,
 * a draft replaced): the element puts it back itself. One removal is remembered at a time; `clear()`
 * forgets it (when data is replaced).
 */
export class UndoController<T, G extends string = string> {
  /** The removal Undo would bring back, if any. */
  removed?: Removal<T, G>;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: UndoOptions<T>,
  ) {}

  /** Returns `list` without the item at `index`, remembers it, and focuses Undo after the render. */
  remove(list: readonly T[], index: number, group = '' as G, options: RemoveOptions = {}): T[] {
    if (index < 0 || index >= list.length) return [...list];
    this.keep(list[index], group, index, options);
    return [...list.slice(0, index), ...list.slice(index + 1)];
  }

  /** Remembers `item` (removed by the element itself) for Undo, and focuses Undo after the render. */
  keep(item: T, group = '' as G, index = -1, { focus = true }: RemoveOptions = {}): void {
    this.removed = { item, index, group };
    this.host.requestUpdate();
    if (focus) void focusAfterUpdate(this.host, '[data-undo]', this.options.fallback);
  }

  /**
   * Forgets the removal and returns it, focusing the item after the render (the element puts it back);
   * `focus: false` leaves focus where it is (a toggle that brought it back).
   */
  take({ focus = true }: RemoveOptions = {}): Removal<T, G> | undefined {
    const r = this.removed;
    if (!r) return undefined;
    this.removed = undefined;
    this.host.requestUpdate();
    if (focus) void focusAfterUpdate(this.host, () => resolve(this.host, this.options.focusItem(r.item, r)), this.options.fallback);
    return r;
  }

  /** Puts the removed item back into `list` at its index (or the end), forgets it, and focuses the item after the render. */
  restore(list: readonly T[], options: RemoveOptions = {}): { list: T[]; item: T; group: G } | undefined {
    const r = this.take(options);
    if (!r) return undefined;
    const next = [...list];
    next.splice(r.index < 0 ? next.length : Math.min(r.index, next.length), 0, r.item);
    return { list: next, item: r.item, group: r.group };
  }

  /** Forgets the removal (the data was replaced, so its index means nothing any more). */
  clear(): void {
    if (!this.removed) return;
    this.removed = undefined;
    this.host.requestUpdate();
  }

  /** The "Removed … Undo" bar for `group`, or nothing; `onUndo` applies `restore()` to the element's data. */
  render(group: G, message: (item: T) => string, undoLabel: string, onUndo: () => void, className = ''): TemplateResult | typeof nothing {
    const r = this.removed;
    if (!r || r.group !== group) return nothing;
    return html`<p class="undo ${className}"><span dir="auto">${message(r.item)}</span><button type="button" data-undo @click=${onUndo}>${undoLabel}</button></p>`;
  }
}

function resolve(host: ReactiveElement, target: FocusTarget): Element | null | undefined {
  return typeof target === 'string' ? host.renderRoot.querySelector(target) : typeof target === 'function' ? target() : target;
}
