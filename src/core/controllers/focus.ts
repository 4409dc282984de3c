import type { ReactiveElement } from 'lit';

/** Where focus may go: a selector inside the host's shadow root, an element, or a function finding one. */
export type FocusTarget = string | Element | null | undefined | (() => Element | null | undefined);

/** True when `el` can take focus now: connected, enabled, rendered (not in a closed `<details>` or `display: none`). */
export function canFocus(el: Element | null | undefined): el is HTMLElement {
  if (!(el instanceof HTMLElement) || !el.isConnected) return false;
  if ((el as HTMLButtonElement).disabled) return false;
  // Content of a closed <details> has layout boxes in some engines (content-visibility), so ask both ways.
  const closed = el.closest('details:not([open])');
  if (closed && !(el.localName === 'summary' && el.parentElement === closed)) return false;
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0;
}

/**
 * After the host's next render, focuses the first target that can take focus, in order. Every action
 * that removes or re-renders the focused control calls this with a defined place (the next row, the
 * list, the new item, the Undo button, the opened panel) so focus never falls to `<body>`.
 * Resolves with the element that received focus.
 */
export async function focusAfterUpdate(host: ReactiveElement, ...targets: FocusTarget[]): Promise<HTMLElement | undefined> {
  await host.updateComplete;
  for (const target of targets) {
    const el = typeof target === 'string' ? host.renderRoot.querySelector(target) : typeof target === 'function' ? target() : target;
    if (canFocus(el)) {
      el.focus();
      return el;
    }
  }
  return undefined;
}

/**
 * A `keydown` listener for what a button opened in place (a panel, a form, a confirmation): Escape
 * closes it (`close()`), then focus goes to the first target that can take it, usually the button that
 * opened it, so it never falls to `<body>`. The key is consumed, so a host's dialog around the element
 * doesn't close at the same time.
 */
export function closeOnEscape(host: ReactiveElement, close: () => void, ...targets: FocusTarget[]): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented || e.isComposing) return;
    e.preventDefault();
    e.stopPropagation();
    close();
    void focusAfterUpdate(host, ...targets);
  };
}
