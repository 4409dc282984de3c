import { html } from 'lit';
import { SfElement } from '../../src/core/base-element.js';
import { define } from '../../src/core/define.js';
import { list, obj, text } from '../../src/core/schema.js';
import { mdDocument, mdItem } from '../../src/core/formats/markdown.js';

export interface NotesValue {
  title: string;
  notes: string[];
}

/** A minimal widget on the shared core, used to test the core's behaviour through a real element. */
export class TestNotes extends SfElement<NotesValue> {
  static override kitSlot = 'notes';
  protected schema = obj({ title: text(), notes: list(text()) }, {}, { title: () => '', notes: () => [] });
  content: string[] = ['default note'];

  protected createDefault(): NotesValue {
    return { title: '', notes: [...this.content] };
  }

  protected override applyContent(content: unknown): void {
    if (Array.isArray(content)) {
      this.content = content.map(String);
      this.data = this.createDefault();
    }
  }

  /** Prints through the shared print controller (as a widget's Print button does). */
  printNotes(): void {
    this.print();
  }

  addNote(note: string): void {
    this.commit({ ...this.data, notes: [...this.data.notes, note] });
  }

  toMarkdown(): string {
    return mdDocument(this.data.notes.map((n) => mdItem(n)));
  }

  override render() {
    return html`<div class="base" part="base" dir=${this.i18n.dir}>
      <label for="title">${this.t('test.title', 'Title')}</label>
      <input id="title" .value=${this.data.title} @input=${(e: Event) => this.commit({ ...this.data, title: (e.target as HTMLInputElement).value })} />
      <ul>${this.data.notes.map((n) => html`<li>${n}</li>`)}</ul>
      <p class="profile">${this.profile.internName ?? ''}|${this.profile.endDate ?? ''}|${this.profile.role ?? ''}</p>
      <p class="greeting">${this.t('test.greeting', 'Hello {name}', { name: this.profile.internName ?? '' })}</p>
      ${this.renderStatus()} ${this.renderSaved()}
      ${this.renderPrint()}
    </div>`;
  }
}

define('sf-test-notes', TestNotes);

declare global {
  interface HTMLElementTagNameMap {
    'sf-test-notes': TestNotes;
  }
}

/** Waits for debounced saves. */
export const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));

/** Captures console.warn calls while `fn` runs. */
export async function captureWarnings(fn: () => unknown | Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Runs `fn` while every Storage write fails as a full quota does; resolves the console warnings it caused. */
export async function withFullStorage(fn: () => unknown | Promise<unknown>): Promise<string[]> {
  const original = Storage.prototype.setItem;
  Storage.prototype.setItem = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
  try {
    return await captureWarnings(fn);
  } finally {
    Storage.prototype.setItem = original;
  }
}

/**
 * Removes this test file's keys only: test files share one origin and run side by side. An empty or
 * one-letter prefix would match other files' keys too (an empty one wiped a concurrently running
 * storage-sync test's "other tab" data in CI), so it is refused.
 */
export function clearKeys(storageKeyPrefix: string): void {
  if (storageKeyPrefix.length < 2) throw new Error(`clearKeys("${storageKeyPrefix}") would remove other test files' keys`);
  for (const area of [localStorage, sessionStorage]) {
    for (const key of Object.keys(area)) {
      if (key.includes(`/${storageKeyPrefix}`)) area.removeItem(key);
    }
  }
}

/** A plain container in the document (fixture() waits for a frame, which background tabs may never give). */
export function container(): HTMLDivElement {
  const div = document.createElement('div');
  document.body.append(div);
  return div;
}

/**
 * WebKitGTK's WebDriver (our WebKit runner) drops typed characters and has no Alt or key-down
 * support, so tests built on real key presses are defined only in Chromium and Firefox, where the
 * test runner can press keys. The same behaviour is covered there; WebKit runs every other test.
 */
export const KEYS_WORK = !(/AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium|Firefox/.test(navigator.userAgent));
/** `it`, for a test that needs real key presses (see KEYS_WORK). */
export const itWithKeys: Mocha.TestFunction = KEYS_WORK ? it : (((_title: string) => undefined) as unknown as Mocha.TestFunction);
