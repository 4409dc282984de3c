import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { VERSION } from './version.js';
import { intl } from './intl-cache.js';
import { describeElement, warnOnce } from './warn.js';
import { isISODate, todayISO } from './dates.js';
import { LocaleController } from './i18n.js';
import { PersistenceController, type StorageLike, type StorageMode } from './persistence.js';
import { kitContext, profileContext, type Kit, type Profile } from './profile.js';
import { clone, parseWith, type Rule } from './schema.js';
import { createSfEvent, type SfEventMap, type SfEventName } from './events.js';
import type { MIME } from './download.js';
import { Announcer } from './controllers/announcer.js';
import { ExportController } from './controllers/export.js';
import { PrintController } from './controllers/print.js';
import { submitWithoutNavigation } from './forms.js';
import { sharedStyles } from './styles.js';

const STORAGE_MODES: readonly StorageMode[] = ['local', 'session', 'none'];
const THEMES = ['auto', 'light', 'dark'] as const;

/**
 * What every Strong Finish element shares: profile attributes merged over the `@lit/context`
 * profile, saving and restoring through the persistence controller, localization, theming, the
 * `value` contract (`change` after user edits only), typed `sf-*` events, copy and download with
 * announcements, and host content from a child `<script type="application/json">`.
 *
 * A subclass supplies `schema`, `createDefault()`, `render()` and `toMarkdown()`, and calls
 * `commit(next)` for every user edit.
 */
export abstract class SfElement<V extends object> extends LitElement {
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

  /** The intern's name (overrides the profile context). */
  @property({ attribute: 'intern-name' }) internName?: string;
  /** The company (overrides the profile context). */
  @property() company?: string;
  /** The supervisor's name (overrides the profile context). */
  @property() supervisor?: string;
  /** The supervisor's e-mail (overrides the profile context). */
  @property({ attribute: 'supervisor-email' }) supervisorEmail?: string;
  /** How to greet the supervisor, e.g. "عبد الله" or "Sara" (overrides the profile context); derived from the name when empty. */
  @property({ attribute: 'supervisor-greeting' }) supervisorGreeting?: string;
  /**
   * The intern's role or title (overrides the profile context). Set it with the `role` attribute
   * (moved here and removed from the element, because `role` on an element is an ARIA role that
   * screen readers would announce) or with `intern-role`.
   */
  @property({ attribute: 'intern-role' }) internRole?: string;
  /** First day, `YYYY-MM-DD` (overrides the profile context). */
  @property({ attribute: 'start-date' }) startDate?: string;
  /** Last day, `YYYY-MM-DD` (overrides the profile context). */
  @property({ attribute: 'end-date' }) endDate?: string;
  /** The weekend days, e.g. `fri sat` or `5 6` (1 = Monday … 7 = Sunday); defaults to the locale's weekend (read by the elements that count working days). */
  @property() weekend?: string;

  /** "Today", for demos and tests; defaults to the real date. */
  @property({ attribute: false }) now?: Date;

  /** @internal */
  @consume({ context: profileContext, subscribe: true })
  @state()
  protected contextProfile?: Profile;

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

  /** @internal Shown after changes from elsewhere were merged into unsaved edits here. */
  @state() protected mergeNotice = '';

  /** @internal */
  protected readonly i18n = new LocaleController(
    this,
    () => this.contextProfile?.locale,
    // Default content is written in the active language; while the user hasn't touched it, follow the language.
    () => {
      if (!this.#pristine) return;
      this.data = this.createDefault();
      // The kit holds a copy: it must not keep (and hand back) the default content in the old language.
      this.#publish();
    },
  );

  /** @internal */
  protected readonly persistence = new PersistenceController(this, {
    version: (this.constructor as typeof SfElement).schemaVersion,
    migrations: (this.constructor as typeof SfElement).migrations,
    apply: (data) => this.applyStored(data),
    snapshot: () => this.data,
    merged: () => {
      this.mergeNotice = this.t('core.merged', 'Updated with changes from another device.');
      this.announce(this.mergeNotice);
    },
    timeout: (this.constructor as typeof SfElement).storageTimeout,
  });

  /** Version of the stored data's shape; raise it with a migration when the shape changes. */
  static schemaVersion = 1;
  /** How long a host storage adapter may take before the user is told it is not saving, in ms. */
  static storageTimeout = 5000;
  static migrations: Record<number, (data: unknown) => unknown> = {};
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
  #storageConfigured = '';
  #adapterConfigured?: StorageLike;
  /** Content made inert while saved data loads. */
  #held = false;
  #early?: { value: V };

  /** The widget's data as a plain JSON object (a copy; assign to replace). */
  get value(): V {
    return clone(this.data);
  }

  set value(next: V | undefined) {
    // `undefined` is "not set" (React's `useState()` before the first change): keep what is there.
    if (next === undefined) return;
    this.#pristine = false;
    this.data = this.clean(next, 'value');
    this.onDataReplaced();
    // Saved in a microtask, after any `storage` change made in the same tick (storage="none" must never
    // see the value); assigned before stored data was read, the host's value wins over it.
    this.persistence.assigned(() => this.#configureStorage());
    this.#publish(true);
    this.requestUpdate();
  }

  /** The profile: these attributes over what the kit's context provides. */
  get profile(): Profile {
    const ctx = this.contextProfile ?? {};
    return {
      internName: this.internName || ctx.internName,
      company: this.company || ctx.company,
      supervisor: this.supervisor || ctx.supervisor,
      supervisorEmail: this.supervisorEmail || ctx.supervisorEmail,
      supervisorGreeting: this.supervisorGreeting || ctx.supervisorGreeting,
      role: this.internRole || ctx.role,
      startDate: this.#date(this.startDate, 'start-date') ?? (isISODate(ctx.startDate) ? ctx.startDate : undefined),
      endDate: this.#date(this.endDate, 'end-date') ?? (isISODate(ctx.endDate) ? ctx.endDate : undefined),
      weekend: this.weekend || ctx.weekend,
      locale: ctx.locale,
    };
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
    root.addEventListener('click', submitWithoutNavigation);
    return root;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'role'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'role') {
      if (value !== null) {
        this.internRole = value;
        this.removeAttribute('role');
      }
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readContent();
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

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // "Saved" after the user's edits (throttled by the announcer), in the host's words with an adapter;
    // never over "Updated with changes from another device", which matters more.
    const status = this.persistence.status;
    this.announcer.saveStatus(status, () => (this.mergeNotice ? undefined : this.#where() ?? this.t('core.saved', 'Saved in this browser.')));
    this.#holdWhileLoading(status === 'loading');
  }

  /**
   * While saved data loads, the content is inert (edits to the defaults would be saved over the real
   * data) and the element is `aria-busy`; the loading notice and live region stay readable.
   */
  #holdWhileLoading(loading: boolean): void {
    if (!loading && !this.#held) return;
    this.#held = loading;
    if (loading) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    const base = this.renderRoot.querySelector('[part~="base"]');
    if (!base) return;
    for (const child of base.children) {
      const keep = child.matches('[role="status"], [role="alert"], .sf-storage');
      (child as HTMLElement).inert = loading && !keep;
    }
  }

  /** The host's name for where data is saved (adapter storage only). */
  #where(): string | undefined {
    if (this.persistence.inBrowser) return undefined;
    return this.storageLabel || this.persistence.label || this.t('core.savedPlain', 'Saved.');
  }

  /** Cleans data from a host or storage, warning once about what was dropped. */
  protected clean(input: unknown, source: string): V {
    const { value, issues } = parseWith(this.schema, input, () => this.createDefault());
    if (issues.length) {
      const more = issues.length > 4 ? ` (and ${issues.length - 4} more)` : '';
      warnOnce(this, `core:clean:${source}`, `${describeElement(this)} ${source}: ignored ${issues.slice(0, 4).join('; ')}${more}.`);
    }
    return value;
  }

  /** Records a user edit: re-render, save soon, fire `change`, tell the kit. */
  protected commit(next: V): void {
    this.#pristine = false;
    this.mergeNotice = '';
    this.data = next;
    this.persistence.scheduleSave();
    this.#publish(true);
    this.requestUpdate();
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** Hook for subclasses that keep derived state (such as an undo buffer) in step with `data`. */
  protected onDataReplaced(): void {}

  /** Receives host content from a child `<script type="application/json">` (already parsed). */
  protected applyContent(_content: unknown): void {}

  /** Dispatches one of the kit's typed events; returns false if a listener cancelled it. */
  protected emit<K extends SfEventName>(name: K, detail: SfEventMap[K], cancelable = false): boolean {
    return this.dispatchEvent(createSfEvent(name, detail, cancelable));
  }

  /** Shorthand for the active locale's message. */
  protected t(id: string, english: string, params?: Readonly<Record<string, string | number | undefined>>): string {
    return this.i18n.t(id, english, params);
  }

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

  /**
   * The live region, plus the storage notice: loading, trouble (worded for where data is saved), or
   * changes merged from elsewhere. Render it once in every widget.
   */
  protected renderStatus(): TemplateResult {
    const { status, inBrowser } = this.persistence;
    const t = this.t.bind(this);
    let notice: string | undefined;
    let retry = false;
    switch (status) {
      case 'full':
        notice = t('core.storageFull', 'Not saved: this browser’s storage is full. Export a copy so you don’t lose your work.');
        break;
      case 'unreadable':
        notice = inBrowser
          ? t('core.storageUnreadable', 'Saved data here could not be read, so it was left untouched. Your changes are not saved in this browser: export a copy.')
          : t('core.remoteUnreadable', 'Your saved data could not be read, so it was left untouched. Your changes are not saved: export a copy.');
        break;
      case 'unavailable':
        notice = t('core.storageUnavailable', 'Not saved in this browser: export a copy so you don’t lose your work.');
        break;
      case 'timeout':
        notice = t('core.loadSlow', 'Your saved data has not loaded yet, so changes here are not saved.');
        retry = true;
        break;
      case 'failed':
        retry = this.persistence.canRetry;
        notice = retry
          ? t('core.loadFailed', 'Your saved data could not be loaded, so changes here are not saved.')
          : t('core.saveFailed', 'Not saved: export a copy so you don’t lose your work.');
        break;
      case 'auth':
        notice = t('core.signIn', 'Sign in again to save. Your changes are kept on this page until then.');
        retry = this.persistence.canRetry;
        break;
      case 'offline':
        notice = t('core.offline', 'Not saved yet: offline. Your changes will be saved when you are back online.');
        break;
    }
    return html`
      ${status === 'loading'
        ? html`<p class="notice sf-storage" part="notice" tabindex="-1">${t('core.loading', 'Loading your saved data…')}</p>`
        : notice
          ? html`<p class="notice sf-storage" part="notice" role="alert">
              <span aria-hidden="true">⚠</span><span>${notice}</span>
              ${retry ? html`<button type="button" class="ghost" @click=${this.#retry}>${t('core.retry', 'Try again')}</button>` : nothing}
            </p>`
          : this.mergeNotice
            ? html`<p class="notice sf-storage" part="notice"><span aria-hidden="true">↻</span><span>${this.mergeNotice}</span></p>`
            : nothing}
      ${this.announcer.render()}
    `;
  }

  #retry = async (): Promise<void> => {
    this.persistence.retry();
    await this.updateComplete;
    // The button is gone while loading: keep focus on the notice that replaced it, not on <body>.
    this.renderRoot.querySelector<HTMLElement>('.sf-storage')?.focus();
  };

  /** "Saved in this browser at 21:04" (or the host's label with an adapter), or "Saving…", for the footer. */
  protected renderSaved(): TemplateResult | typeof nothing {
    const { status, savedAt } = this.persistence;
    if (status === 'pending') return html`<span class="saved" part="saved">${this.t('core.saving', 'Saving…')}</span>`;
    if (status !== 'saved' || !savedAt) return nothing;
    let time = '';
    try {
      time = intl(Intl.DateTimeFormat, this.i18n.locale, { hour: 'numeric', minute: '2-digit' }).format(savedAt);
    } catch {
      time = savedAt.toTimeString().slice(0, 5);
    }
    const where = this.#where();
    const text = where ? this.t('core.savedWhereAt', '{where} ({time})', { where: where.replace(/[.。]$/, ''), time }) : this.t('core.savedAt', 'Saved in this browser at {time}', { time });
    return html`<span class="saved" part="saved">${text}</span>`;
  }

  #date(value: string | undefined, attribute: string): string | undefined {
    if (!value) return undefined;
    if (isISODate(value)) return value;
    warnOnce(this, `core:attr:${attribute}`, `${describeElement(this)}: ${attribute}="${value}" is not a date as YYYY-MM-DD; it is ignored.`);
    return undefined;
  }

  #configureStorage(): void {
    if (!this.isConnected) return;
    let mode = this.storage;
    if (!STORAGE_MODES.includes(mode)) {
      warnOnce(this, 'core:attr:storage', `${describeElement(this)}: storage="${mode}" is not one of local, session, none; using local.`);
      mode = 'local';
    }
    const signature = `${mode}|${this.storageKeyInUse}`;
    if (signature === this.#storageConfigured && this.storageAdapter === this.#adapterConfigured) return;
    this.#storageConfigured = signature;
    this.#adapterConfigured = this.storageAdapter;
    this.persistence.configure(mode, this.storageKeyInUse, this.storageAdapter);
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

  #readContent(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) return;
    try {
      this.applyContent(JSON.parse(script.textContent ?? ''));
    } catch (error) {
      warnOnce(this, 'core:content', `${describeElement(this)}: the <script type="application/json"> content is not valid JSON (${(error as Error).message}); the default content is kept.`);
    }
  }

  #publish(edited = false): void {
    const slot = (this.constructor as typeof SfElement).kitSlot;
    if (slot && this.kit) this.kit.publish(slot, this.value, edited);
  }
}
