/**
 * Find controls the way a person (or a screen reader) does: by role and accessible name, through every
 * open shadow root. Small on purpose: the roles the widgets use, and names from aria-label,
 * aria-labelledby, <label for>, a wrapping <label>, then text.
 */
import { sendKeys } from '@web/test-runner-commands';

const ROLES: Record<string, (el: Element) => boolean> = {
  button: (el) => (el.localName === 'button' ? !el.hasAttribute('role') : el.getAttribute('role') === 'button'),
  link: (el) => el.localName === 'a' && el.hasAttribute('href'),
  checkbox: (el) => (el as HTMLInputElement).type === 'checkbox' && el.localName === 'input',
  textbox: (el) => (el.localName === 'input' && ['text', 'email', 'search', 'url', 'tel', ''].includes(el.getAttribute('type') ?? '')) || el.localName === 'textarea',
  combobox: (el) => el.localName === 'select',
  tab: (el) => el.getAttribute('role') === 'tab',
  heading: (el) => /^h[1-6]$/.test(el.localName),
  disclosure: (el) => el.localName === 'summary',
  date: (el) => el.localName === 'input' && el.getAttribute('type') === 'date',
  time: (el) => el.localName === 'input' && el.getAttribute('type') === 'time',
  number: (el) => el.localName === 'input' && el.getAttribute('type') === 'number',
};

/** Every element under `root`, shadow roots included, in document order. */
export function* deep(root: Document | Element | ShadowRoot): Generator<Element> {
  if (root instanceof Element && root.shadowRoot) yield* deep(root.shadowRoot);
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Text content without what is hidden from assistive technology (`aria-hidden`, `hidden`). */
function textOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden'))) return '';
  return [...node.childNodes].map(textOf).join('');
}

/** The accessible name, as far as these widgets need it. */
export function nameOf(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const label = el.getAttribute('aria-label');
  if (label) return squash(label);
  const by = el.getAttribute('aria-labelledby');
  if (by) return squash(by.split(/\s+/).map((id) => { const t = root.getElementById?.(id); return t ? textOf(t) : ''; }).join(' '));
  if (el.id) {
    const forLabel = root.querySelector(`label[for="${CSS.escape(el.id)}"]`);
    if (forLabel) return squash(textOf(forLabel));
  }
  const wrap = el.closest('label');
  if (wrap && wrap !== el) return squash(textOf(wrap));
  return squash(textOf(el));
}

function visible(el: Element): boolean {
  return !(el as HTMLElement).closest?.('[hidden]') && (el as HTMLElement).getClientRects().length > 0;
}

/** All visible elements with this role whose name matches (a string matches the whole name, case-insensitively). */
export function allByRole<T extends HTMLElement = HTMLElement>(root: Document | Element | ShadowRoot, role: string, name?: string | RegExp): T[] {
  const is = ROLES[role] ?? ((el: Element) => el.getAttribute('role') === role);
  const match = (n: string) => (name === undefined ? true : typeof name === 'string' ? n.toLowerCase() === name.toLowerCase() : name.test(n));
  return [...deep(root)].filter((el) => is(el) && visible(el) && match(nameOf(el))) as T[];
}

/** The one visible element with this role and name; throws, listing what is there, when not exactly one. */
export function byRole<T extends HTMLElement = HTMLElement>(root: Document | Element | ShadowRoot, role: string, name?: string | RegExp): T {
  const found = allByRole<T>(root, role, name);
  if (found.length !== 1) {
    const names = allByRole(root, role).map(nameOf);
    throw new Error(`${found.length} ${role}(s) named ${String(name)}; there are: ${names.slice(0, 40).join(' | ')}`);
  }
  return found[0];
}

/** Waits until `fn` returns something truthy (or throws after `ms`). */
export async function until<T>(fn: () => T, ms = 3000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = fn();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw last instanceof Error ? last : new Error('until: timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Focuses a field and types into it with real key presses. */
export async function typeInto(el: HTMLElement, text: string): Promise<void> {
  el.focus();
  const field = el as HTMLInputElement | HTMLTextAreaElement;
  const before = field.value ?? '';
  await sendKeys({ type: text });
  // WebKitGTK's WebDriver drops spaces and repeated letters from typed text ("weekly ops" arrives as
  // "weklyops"): where the keys did not produce the text, finish it as an input method would, with the
  // same input event, so the element sees what the person wrote.
  if (typeof field.value === 'string' && field.value !== before + text) {
    field.value = before + text;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  }
}

/** Presses a key (or a chord like `Shift+Tab`) on whatever has focus. */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Sets a date or time input as a picker would (typing into them differs per browser) and fires `input`/`change`. */
export function pick(el: HTMLInputElement, value: string): void {
  el.focus();
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

export { focused } from './harness.js';
