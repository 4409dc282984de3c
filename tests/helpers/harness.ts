/**
 * One harness for widget tests: mount an element the way a host page does, find controls inside its
 * shadow root by what a user sees (text or accessible label), click, type, press keys, wait for saving,
 * and ask where focus is. Every widget test queries, clicks and types through it rather than its own copies:
 * `$` throws when nothing matches (a failing test says why), `maybe$`/`maybeButton` return null to assert absence.
 */
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { container, settle } from './test-element.js';

export { settle };

export interface MountOptions {
  /** Attributes, as a host writes them (`storage` defaults to `none`). */
  attrs?: Record<string, string>;
  /** Properties set before the element is connected (`now`, `value`…). */
  props?: Record<string, unknown>;
}

/** Creates `<tag>` with attributes and properties, appends it to the document and waits for its first render. */
export async function mount<E extends LitElement>(tag: string, { attrs = {}, props = {} }: MountOptions = {}): Promise<E> {
  const el = document.createElement(tag) as E;
  el.setAttribute('storage', 'none');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  container().append(el);
  await el.updateComplete;
  return el;
}

/** The first match inside the element's shadow root (throws with the selector if none, so a failing test says why). */
export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${el.localName}: nothing matches ${selector}`);
  return found;
}

/** The first match inside the element's shadow root, or null: for asserting that something is absent. */
export function maybe$<T extends Element = HTMLElement>(el: Element, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

/** Every match inside the element's shadow root. */
export function $$<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** The accessible name a user would hear for a control, near enough for tests: aria-label, else its text. */
export function nameOf(control: Element): string {
  return (control.getAttribute('aria-label') ?? control.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A control's visible text, whitespace collapsed (what a sighted user reads on it). */
export function textOf(control: Element): string {
  return (control.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The button (or button-styled link, or tab) whose name is `name`, or null: its accessible name first
 * (see `nameOf`), else its visible text (a row's "Edit" labelled "Edit Ana" for screen readers).
 * `within` narrows the search to part of the shadow root (a row, a form).
 */
export function maybeButton(el: Element, name: string | RegExp, within: ParentNode = el.shadowRoot!): HTMLElement | null {
  const all = [...within.querySelectorAll<HTMLElement>('button, a.button, [role="tab"]')];
  const matches = (s: string) => (typeof name === 'string' ? s === name : name.test(s));
  return all.find((b) => matches(nameOf(b))) ?? all.find((b) => matches(textOf(b))) ?? null;
}

/** The button (or button-styled link, or tab) named `name` (see `maybeButton`); throws if there is none. */
export function button(el: Element, name: string | RegExp, within?: ParentNode): HTMLElement {
  const found = maybeButton(el, name, within);
  if (!found) throw new Error(`${el.localName}: no button named ${String(name)}`);
  return found;
}

/** Clicks and waits for the element to render what the click changed. */
export async function click(el: LitElement, target: Element | string | RegExp): Promise<void> {
  const control = typeof target === 'string' || target instanceof RegExp ? button(el, target) : target;
  (control as HTMLElement).click();
  await rendered(el);
}

/** Sets a field's value as typing does (an `input` event, or `change` for dates and selects). */
export async function type(el: LitElement, field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, text: string, event: 'input' | 'change' = 'input'): Promise<void> {
  fill(field, text, event);
  await rendered(el);
}

/**
 * Sets a field's value and dispatches `event` (bubbling, composed) at once, without waiting: for tests that
 * check what happens before the next render, or await the element themselves.
 */
export function fill(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, text: string, event: 'input' | 'change' = 'input'): void {
  field.value = text;
  field.dispatchEvent(new Event(event, { bubbles: true, composed: true }));
}

/** Presses keys for real (the test runner's keyboard), e.g. `press('Tab')`, `press('Shift+Tab')`, `press('Space')`. */
export async function press(key: string): Promise<void> {
  if (key === 'Space') {
    // The space bar as down + up: Firefox's driver knows no "Space", and a button acts on key-up.
    await sendKeys({ down: ' ' });
    await sendKeys({ up: ' ' });
    return;
  }
  await sendKeys({ press: key });
}

/** Waits until the element, and the updates its own updates triggered, have rendered (focus moves happen then). */
export async function rendered(el: LitElement): Promise<void> {
  for (let i = 0; i < 3; i++) await el.updateComplete;
  await new Promise((r) => setTimeout(r));
}

/** The deepest focused element, through shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits for the debounced save and returns what is stored under the element's key. */
export async function waitSaved(el: LitElement & { storageKeyInUse: string }, ms = 400): Promise<unknown> {
  await settle(ms);
  const raw = localStorage.getItem(el.storageKeyInUse) ?? sessionStorage.getItem(el.storageKeyInUse);
  return raw === null ? undefined : JSON.parse(raw);
}

/**
 * True for a typed web address or e-mail that a GFM renderer shows as a link to exactly itself: that is
 * the user's own text. Anything else (other words, another scheme) would be an injected link.
 */
export function isSelfLink(a: Element): boolean {
  if (a.localName !== 'a') return false;
  const raw = a.getAttribute('href') ?? '';
  const forms = [raw];
  try {
    forms.push(decodeURI(raw));
  } catch {
    /* a malformed escape: compare the raw address only */
  }
  const text = a.textContent ?? '';
  return /^(https?:|mailto:)/.test(raw) && forms.some((h) => [h, h.replace(/^mailto:/, ''), h.replace(/^http:\/\//, '')].includes(text));
}

/** The links in rendered Markdown that are not a typed address shown as itself, as `text → href` (strings, so a failure prints fast). */
export function injectedLinks(root: ParentNode): string[] {
  return [...root.querySelectorAll('a')].filter((a) => !isSelfLink(a)).map((a) => `${a.textContent} → ${a.getAttribute('href')}`);
}
