import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { VERSION } from './version.js';
import { intl } from './intl-cache.js';
import { describeElement, warnOnce } from './warn.js';
import { isISODate, todayISO } from './dates.js';
import { LocaleController } from './i18n.js';
import { PersistenceController, TROUBLE, type StorageLike, type StorageMode } from './persistence.js';
import { kitContext, profileContext, type Kit, type Profile } from './profile.js';
import { clone, parseWith, type Rule } from './schema.js';
import { createSfEvent, type SfEventMap, type SfEventName } from './events.js';
import { copyText } from './clipboard.js';
import { downloadText, MIME } from './download.js';
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

  /** The intern's name (overrides the profile context). */
  @property({ attribute: 'intern-name' }) internName?: string;
  /** The company (overrides the profile context). */
  @property() company?: string;
  /** The supervisor's name (overrides the profile context). */
  @property() supervisor?: string;
  /** The supervisor's e-mail (overrides the profile context). */
  @property({ attribute: 'supervisor-email' }) supervisorEmail?: string;
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

  /** @internal Text for the polite live region ("Copied", "Item removed"). */
  @state() protected announcement = '';

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
  #early?: { value: V };
  #lastStatus = '';
  #savedAnnouncedAt = 0;
  #assignedEarly = false;
  #announceTimer?: ReturnType<typeof setTimeout>;

  /** The widget's data as a plain JSON object (a copy; assign to replace). */
  get value(): V {
    return clone(this.data);
  }

  set value(next: V) {
    // Assigned before storage was read (e.g. in a template): the host's value wins over stored data.
    if (!this.#storageConfigured) this.#assignedEarly = true;
    this.#pristine = false;
    this.data = this.clean(next, 'value');
    this.onDataReplaced();
    this.persistence.saveNow();
    this.#publish();
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
      role: this.internRole || ctx.role,
      startDate: this.#date(this.startDate, 'start-date') ?? (isISODate(ctx.startDate) ? ctx.startDate : undefined),
      endDate: this.#date(this.endDate, 'end-date') ?? (isISODate(ctx.endDate) ? ctx.endDate : undefined),
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
    this.#configureStorage();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('storage') || changed.has('storageKey') || changed.has('storageAdapter')) this.#configureStorage();
    if (changed.has('theme') && !THEMES.includes(this.theme)) {
      warnOnce(this, 'core:theme', `${describeElement(this)}: theme="${this.theme}" is not one of ${THEMES.join(', ')}; using light.`);
    }
    if (changed.has('kit') && this.kit) this.#publish();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Announce "Saved" when a save follows the user's edits, at most once a minute so typing stays quiet.
    const status = this.persistence.status;
    if (status !== this.#lastStatus) {
      if (status === 'saved' && this.#lastStatus === 'pending' && Date.now() - this.#savedAnnouncedAt > 60_000) {
        this.#savedAnnouncedAt = Date.now();
        this.announce(this.t('core.saved', 'Saved in this browser.'));
      }
      this.#lastStatus = status;
    }
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
    this.data = next;
    this.persistence.scheduleSave();
    this.#publish();
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

  /** Says something to screen readers (and shows it briefly). */
  protected announce(message: string): void {
    // Clearing first makes a repeated message ("Copied") be announced again.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = message;
    });
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => (this.announcement = ''), 6000);
  }

  /** Copies text and announces the outcome; resolves whether it worked. */
  protected async copy(text: string): Promise<boolean> {
    const ok = await copyText(text, this.renderRoot);
    this.announce(ok ? this.t('core.copied', 'Copied to the clipboard.') : this.t('core.copyFailed', 'Copying was blocked by the browser. Select the text and copy it yourself.'));
    this.emit('sf-export', { format: 'copy', tag: this.localName });
    return ok;
  }

  /** Downloads a file and announces it. */
  protected download(name: string, text: string, format: keyof typeof MIME): boolean {
    const ok = downloadText(name, text, MIME[format]);
    this.announce(ok ? this.t('core.downloaded', 'Downloaded {name}.', { name }) : this.t('core.downloadFailed', 'The browser blocked the download. Use copy instead.'));
    if (ok) this.emit('sf-export', { format: format as SfEventMap['sf-export']['format'], tag: this.localName });
    return ok;
  }

  /** Opens the browser's print dialog (each widget has a print stylesheet) and reports the export. */
  protected print(): void {
    this.emit('sf-export', { format: 'print', tag: this.localName });
    window.print();
  }

  /**
   * The live region, plus a notice when saving is in trouble. Render it once in every widget.
   */
  protected renderStatus(): TemplateResult {
    const status = this.persistence.status;
    let notice: string | undefined;
    if (TROUBLE.has(status)) {
      notice =
        status === 'full'
          ? this.t('core.storageFull', 'Not saved: this browser’s storage is full. Export a copy so you don’t lose your work.')
          : status === 'unreadable'
            ? this.t('core.storageUnreadable', 'Saved data here could not be read, so it was left untouched. Your changes are not saved in this browser: export a copy.')
            : this.t('core.storageUnavailable', 'Not saved in this browser: export a copy so you don’t lose your work.');
    }
    return html`
      ${notice ? html`<p class="notice" part="notice" role="alert"><span aria-hidden="true">⚠</span><span>${notice}</span></p>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    `;
  }

  /** "Saved · 21:04" or "Saving…" for the footer; empty when storage is off or in trouble. */
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
    return html`<span class="saved" part="saved">${this.t('core.savedAt', 'Saved in this browser at {time}', { time })}</span>`;
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
    const signature = `${mode}|${this.storageKeyInUse}|${this.storageAdapter ? 'adapter' : ''}`;
    if (signature === this.#storageConfigured) return;
    this.#storageConfigured = signature;
    this.persistence.configure(mode, this.storageKeyInUse, this.storageAdapter);
  }

  /** Stored data arrived (or nothing is stored): replace the data without firing `change`. */
  protected applyStored(data: unknown): void {
    if (this.#assignedEarly) {
      this.#assignedEarly = false;
      queueMicrotask(() => this.persistence.saveNow());
      return;
    }
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

  #publish(): void {
    const slot = (this.constructor as typeof SfElement).kitSlot;
    if (slot && this.kit) this.kit.publish(slot, this.value);
  }
}

/**
 * Submit buttons dispatch the form's `submit` event themselves instead of letting the browser submit.
 * In an iframe sandboxed without `allow-forms` (a CMS preview, some embed tools) the browser drops a
 * submission before any `submit` event, so every "Add" form did nothing. Our forms never navigate
 * anyway (each handler reads the fields and prevents the default), so this changes nothing elsewhere;
 * Enter in a field still works, because implicit submission clicks the form's submit button.
 */
function submitWithoutNavigation(event: Event): void {
  const button = (event.target as Element | null)?.closest?.('button');
  const form = button?.form;
  // Only our own forms: a host's form slotted into a widget keeps its native submission.
  if (!button || button.getRootNode() !== event.currentTarget || form?.getRootNode() !== event.currentTarget) return;
  if (!form.isConnected || button.type !== 'submit' || button.disabled || event.defaultPrevented) return;
  event.preventDefault();
  if (!form.noValidate && !button.formNoValidate && !form.reportValidity()) return;
  const init = { bubbles: true, cancelable: true, submitter: button };
  form.dispatchEvent(typeof SubmitEvent === 'function' ? new SubmitEvent('submit', init) : new Event('submit', init));
}
