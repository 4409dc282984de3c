import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { VERSION } from './version.js';
import { describeElement, warnOnce } from './warn.js';
import { todayISO } from './dates.js';
import { LocaleController, type Translator } from './i18n.js';
import { PersistenceController, type StorageLike, type StorageMode } from './persistence.js';
import { kitContext, type Kit } from './profile.js';
import { ProfileElement } from './profile-element.js';
import { clone, parseWith, type Rule } from './schema.js';
import { withoutUnknownFieldIssues } from './model/unknown.js';
import type { Migrations } from './model/envelope.js';
import { jsonEqual } from './storage/merge.js';
import { createSfEvent, type SfEventMap, type SfEventName } from './events.js';
import type { TaskSource } from './tasks/tasks.js';
import type { MIME } from './download.js';
import { Announcer } from './controllers/announcer.js';
import { ExportController } from './controllers/export.js';
import { PrintController } from './controllers/print.js';
import { StorageStatus } from './controllers/storage-status.js';
import { readContent } from './content.js';
import { submitWithoutNavigation } from './forms.js';
import { sharedStyles } from './styles.js';

const THEMES = ['auto', 'light', 'dark'] as const;

/**
 * The element contract every Strong Finish element shares: profile attributes merged over the
 * `@lit/context` profile, the `value` contract (`change` after user edits only), storage wiring,
 * localization, theming and typed `sf-*` events. Other jobs are controllers and modules of their own:
 * the storage notice (`StorageStatus`), copy/download (`ExportController`), print (`PrintController`,
 * its renderer loaded on use), announcements (`Announcer`), host content (`readContent`).
 *
 * A subclass supplies `schema`, `createDefault()`, `render()` and `toMarkdown()`, and calls
 * `commit(next)` for every user edit.
 */
export abstract class SfElement<V extends object> extends ProfileElement {
  static version = VERSION;
  static override styles = sharedStyles;

  /** Colours: `light` (default), `dark`, or `auto` to follow the system setting. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'light';
  /** Where the intern's data is kept: `local` (default), `session`, or `none` (memory only). */
  @property() storage: StorageMode = 'local';
  /** A namespace for the saved data, so several instances of one element can coexist. */
  @property({ attribute: 'storage-key' }) storageKey?: string;
  /** A host's own storage (`getItem`, `setItem`, `removeItem`, sync or returning promises). Wins over `storage`. */
  @property({ attribute: false }) storageAdapter?: StorageLike;
  /** Where a host adapter saves, shown as the save status ("Saved to your Jobs Section account"); overrides the adapter's `label`. */
  @property({ attribute: 'storage-label' }) storageLabel?: string;

  /**
   * The host's own words for this element per language, by message id (`{ "es": { "checklist.title": "…" } }`):
   * they win over the catalogues for this element only. The kit hands each step its programme pack's `strings`.
   */
  @property({ attribute: false })
  get strings(): Readonly<Record<string, Readonly<Record<string, string>>>> | undefined {
    return this.i18n.strings;
  }
  set strings(next: Readonly<Record<string, Readonly<Record<string, string>>>> | undefined) {
    this.i18n.strings = next && typeof next === 'object' ? next : undefined;
    this.requestUpdate();
  }

  /** "Today", for demos and tests; defaults to the real date. */
  @property({ attribute: false }) now?: Date;

  /** @internal */
  @consume({ context: kitContext, subscribe: true })
  @state()
  protected kit?: Kit;

  /** @internal The polite live region ("Copied", "Item removed") and the "Saved" throttle. */
  protected readonly announcer = new Announcer(this);
  /** @internal Copy, download and print, each reported once with `sf-export`. */
  protected readonly exporter = new ExportController(this, (id, en, params) => this.t(id, en, params), (message) => this.announce(message));
  /** @internal The print view: what the Markdown export shows, while printing. */
  protected readonly printer = new PrintController(this, (view) => this.printMarkdown(view));

  /** @internal */
  protected readonly i18n = new LocaleController(
    this,
    () => this.contextProfile?.locale,
    // Default content is written in the active language; while the user hasn't touched it, follow the language.
    () => {
      if (!this.#pristine) {
        // Her data holds defaults by id: the texts `value` shows changed with the language; the kit must see them.
        if (this.hasUpdated) this.#publish();
        return;
      }
      this.data = this.createDefault();
      // The kit holds a copy: it must not keep (and hand back) the default content in the old language.
      // Not before the first update, which reads the stored data and publishes what is really there: a
      // default published earlier (a page in Spanish switches language as it connects) made the kit derive
      // ticks from it and push that default back over the stored data (custom items lost on reload).
      if (this.hasUpdated) this.#publish();
    },
  );

  /** @internal */
  protected readonly persistence = new PersistenceController(this, {
    version: (this.constructor as typeof SfElement).schemaVersion,
    migrations: (this.constructor as typeof SfElement).migrations,
    apply: (data) => this.applyStored(data),
    snapshot: () => this.storedData(),
    merged: () => this.storageStatus.merged(),
    timeout: (this.constructor as typeof SfElement).storageTimeout,
    meta: () => {
      const pack = this.packStamp();
      return pack ? { pack } : undefined;
    },
  });

  /** @internal The storage notice, "Saved at…", and content held while saved data loads. */
  protected readonly storageStatus = new StorageStatus(this, this.persistence, (id, en, params) => this.t(id, en, params), this.announcer, () => this.storageLabel);

  /** Version of the stored data's shape; raise it with a migration when the shape changes. */
  static schemaVersion = 1;
  /** How long a host storage adapter may take before the user is told it is not saving, in ms. */
  static storageTimeout = 5000;
  static migrations: Migrations = {};
  /** Where this element's value appears in the kit's shared data (`checklist`, `feedback`…). */
  static kitSlot = '';

  /** The rule that cleans any assigned or stored value. */
  protected abstract readonly schema: Rule<V>;
  /** The data a new user starts with (the default content). */
  protected abstract createDefault(): V;
  /** Everything, as Markdown, for copy, download and the wrap-up. */
  abstract toMarkdown(): string;

  #data?: V;
  /** @internal The current data (created from the defaults on first use). Change it through `commit()`. */
  protected get data(): V {
    return (this.#data ??= this.createDefault());
  }
  protected set data(next: V) {
    this.#data = next;
  }
  /** True until the user edits, the host assigns a value or stored data is applied. */
  #pristine = true;
  #early?: { value: V };

  /** The widget's data as a plain JSON object (a copy; assign to replace). */
  get value(): V {
    return clone(this.toValue(this.data));
  }

  /**
   * The data as `value` shows it. Stored data holds defaults by id (issue #28); an element whose items
   * have texts looked up at render fills them in here, so hosts and the kit read whole items.
   */
  protected toValue(data: V): V {
    return data;
  }

  set value(next: V | undefined) {
    this.#assign(next, true);
  }

  /**
   * @internal The kit's change to this step (a tick from its task list, a twin's tick, an inferred tick):
   * like assigning `value`, except that before this step has read its saved data the change is merged
   * on top of what it reads, never replacing it (issue #28: a Spanish intern's project was lost so).
   */
  applyFromKit(next: V): void {
    this.#assign(next, false);
  }

  #assign(next: V | undefined, replace: boolean): void {
    // `undefined` is "not set" (React's `useState()` before the first change): keep what is there.
    if (next === undefined) return;
    const clean = this.clean(next, 'value');
    // Its own value given back (`el.value = JSON.parse(JSON.stringify(el.value))`) changes nothing: no
    // save, no event, nothing told to the kit. (Before the first update it still replaces what is stored.)
    if (this.hasUpdated && jsonEqual(clean, this.data)) return;
    this.#pristine = false;
    this.data = clean;
    this.onDataReplaced();
    // Saved in a microtask, after any `storage` change made in the same tick (storage="none" must never
    // see the value); assigned before stored data was read, the host's value wins over it.
    this.persistence.assigned(() => this.#configureStorage(), replace);
    this.#publish(true);
    this.requestUpdate();
  }

  /** Today as `YYYY-MM-DD`. */
  get today(): string {
    return todayISO(this.now ?? new Date());
  }

  /** The storage key in use: `strong-finish/<tag>` or `strong-finish/<tag>/<storage-key>`. */
  get storageKeyInUse(): string {
    return this.storageKey ? `strong-finish/${this.localName}/${this.storageKey}` : `strong-finish/${this.localName}`;
  }

  /** Removes this element's saved data and starts again from the defaults. */
  async clearStoredData(): Promise<void> {
    await this.persistence.clear();
    this.#pristine = true;
    this.data = this.createDefault();
    this.onDataReplaced();
    this.#publish();
    this.requestUpdate();
  }

  constructor() {
    super();
    // A host may set `value` before the tag is defined; that own property would shadow the accessor.
    // It is applied on connect, once the subclass's fields (its schema) exist.
    if (Object.prototype.hasOwnProperty.call(this, 'value')) {
      this.#early = { value: (this as unknown as { value: V }).value };
      delete (this as unknown as { value?: V }).value;
    }
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('click', submitWithoutNavigation); // sandboxed frames block form navigation
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    readContent(this, (content) => this.applyContent(content));
    if (this.#early) {
      this.value = this.#early.value;
      this.#early = undefined;
    }
    // Storage is configured on the first update, not now: properties set in the same tick as the
    // element is connected (storage="none" as a property) must be seen before any storage is touched.
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.#configureStorage();
    if (changed.has('theme') && !THEMES.includes(this.theme)) {
      warnOnce(this, 'core:theme', `${describeElement(this)}: theme="${this.theme}" is not one of ${THEMES.join(', ')}; using light.`);
    }
    if (changed.has('kit') && this.kit) this.#publish();
  }

  /** Cleans data from a host or storage, warning once about what was dropped. */
  protected clean(input: unknown, source: string): V {
    const parsed = parseWith(this.schema, input, () => this.createDefault());
    const { value } = parsed;
    // Unknown fields in stored data are a newer build's, kept on purpose: nothing to warn about.
    const issues = source === 'saved data' ? withoutUnknownFieldIssues(parsed.issues) : parsed.issues;
    if (issues.length) {
      const more = issues.length > 4 ? ` (and ${issues.length - 4} more)` : '';
      warnOnce(this, `core:clean:${source}`, `${describeElement(this)} ${source}: ignored ${issues.slice(0, 4).join('; ')}${more}.`);
    }
    return value;
  }

  /** Records a user edit: re-render, save soon, fire `change`, tell the kit. */
  protected commit(next: V): void {
    this.#pristine = false;
    this.storageStatus.mergeNotice = '';
    this.data = next;
    this.persistence.scheduleSave();
    this.#publish(true);
    this.requestUpdate();
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** The data as stored (what is saved and merged): `data`, unless a subclass stores a form of it (the kit: its steps' stored forms). */
  protected storedData(): unknown {
    return this.data;
  }

  /** Hook for subclasses that keep derived state (such as an undo buffer) in step with `data`. */
  protected onDataReplaced(): void {}

  /** The programme pack the stored data follows (`{ id, version }`, written in the stored envelope), if any. */
  protected packStamp(): { id: string; version: number } | undefined {
    return undefined;
  }

  /** Receives host content from a child `<script type="application/json">` (already parsed). */
  protected applyContent(_content: unknown): void {}

  /** Dispatches one of the kit's typed events, `tag` (this element) added; returns false if a listener cancelled it. */
  protected emit<K extends SfEventName>(name: K, detail: Omit<SfEventMap[K], 'tag'>, cancelable = false): boolean {
    return this.dispatchEvent(createSfEvent(name, { ...detail, tag: this.localName } as SfEventMap[K], cancelable));
  }

  /**
   * Fires `sf-task` after a task was completed or reopened: `id` in the kit's `<step>:<ref>` id space,
   * `step` the step that holds it, `source` how (`user` in its own step, `step` through the kit's list, `kit`).
   */
  protected taskDone(id: string, step: TaskSource, done: boolean, source: SfEventMap['sf-task']['source'] = 'user'): void {
    this.emit('sf-task', { id, done, step, source });
  }

  /**
   * The active locale's message. An arrow, so content builders take it as it is (`defaultItems(this.t)`)
   * instead of a `bind` at every call site.
   */
  protected readonly t: Translator = (id, english, params) => this.i18n.t(id, english, params);

  /** Says something to screen readers; with `show`, also on screen where `renderShown(show)` is rendered. */
  protected announce(message: string, show?: string): void {
    this.announcer.announce(message, show);
  }

  /** The visible copy of a message announced with `show === place`, beside the control that acted. */
  protected renderShown(place: string): ReturnType<Announcer['renderShown']> {
    return this.announcer.renderShown(place);
  }

  /** Copies text and announces the outcome; resolves whether it worked. */
  protected copy(text: string): Promise<boolean> {
    return this.exporter.copy(text);
  }

  /** Downloads a file and announces it. */
  protected download(name: string, text: string, format: keyof typeof MIME): boolean {
    return this.exporter.download(name, text, format);
  }

  /** Prints the element's print view (`view` names one of several documents) and reports the export once. */
  protected print(view?: string): void {
    this.exporter.print(this.printer, view);
  }

  /** The Markdown a print view shows: the whole export, unless a subclass prints named documents. */
  protected printMarkdown(_view: string): string {
    return this.toMarkdown();
  }

  /** The print view (nothing until printing). Render it once, as a direct child of `.base`. */
  protected renderPrint(): ReturnType<PrintController['render']> {
    return this.printer.render();
  }

  /** The live region and the storage notice (StorageStatus). Render it once in every widget. */
  protected renderStatus(): ReturnType<StorageStatus['render']> {
    return this.storageStatus.render();
  }

  /** "Saved in this browser at 21:04" (or the host's label with an adapter), or "Saving…", for the footer. */
  protected renderSaved(): ReturnType<StorageStatus['renderSaved']> {
    return this.storageStatus.renderSaved(this.i18n.locale);
  }

  #configureStorage(): void {
    if (this.isConnected && !this.#awaitingKit()) this.persistence.follow(this.storage, this.storageKeyInUse, this.storageAdapter);
  }

  /**
   * A step placed in `<internship-wrap-up>` whose kit has not answered yet (its code may arrive later):
   * it reads and saves nothing until the kit gives it its storage, so nothing lands under its own key.
   * Once the kit answers, it adopts the step (storage, key scheme, adapter, theme, `embedded`, options).
   */
  #awaitingKit(): boolean {
    if (!(this.constructor as typeof SfElement).kitSlot || this.parentElement?.localName !== 'internship-wrap-up') return false;
    // Asked at every configuration (the kit's storage or theme may change): the step becomes the kit's.
    return !this.kit || this.kit.adopt?.(this) === false;
  }

  /** Stored data arrived (or nothing is stored): replace the data without firing `change`. */
  protected applyStored(data: unknown): void {
    if (data !== undefined) {
      this.#pristine = false;
      this.data = this.clean(data, 'saved data');
    }
    this.onDataReplaced();
    this.#publish();
    this.requestUpdate();
  }

  #publish(edited = false): void {
    const slot = (this.constructor as typeof SfElement).kitSlot;
    if (slot && this.kit) this.kit.publish(slot, this.value, edited);
  }
}
