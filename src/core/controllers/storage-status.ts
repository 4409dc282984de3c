import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { intl } from '../intl-cache.js';
import type { Translator } from '../i18n.js';
import type { PersistenceController } from '../persistence.js';
import type { Announcer } from './announcer.js';

/**
 * What the user sees and hears about saving: the storage notice (loading, trouble worded for where data is
 * saved, changes merged from elsewhere) with its "Try again", "Saved in this browser at 21:04" for the
 * footer, the throttled "Saved" announcement, and the content held inert while saved data loads.
 */
export class StorageStatus implements ReactiveController {
  /** Shown after changes from elsewhere were merged into unsaved edits here; cleared by the next edit. */
  mergeNotice = '';
  /** Content made inert while saved data loads. */
  #held = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly persistence: PersistenceController,
    private readonly t: Translator,
    private readonly announcer: Announcer,
    /** The host page's `storage-label`, if any. */
    private readonly label: () => string | undefined,
  ) {
    host.addController(this);
  }

  /** Changes from elsewhere were merged into the edits here: say so until the next edit. */
  merged(): void {
    this.mergeNotice = this.t('core.merged', 'Updated with changes from another device.');
    this.announcer.announce(this.mergeNotice);
    this.host.requestUpdate();
  }

  hostUpdated(): void {
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
    const host = this.host;
    if (loading) host.setAttribute('aria-busy', 'true');
    else host.removeAttribute('aria-busy');
    const base = host.renderRoot.querySelector('[part~="base"]');
    if (!base) return;
    for (const child of base.children) {
      const keep = child.matches('[role="status"], [role="alert"], .sf-storage');
      (child as HTMLElement).inert = loading && !keep;
    }
  }

  /** The host's name for where data is saved (adapter storage only). */
  #where(): string | undefined {
    if (this.persistence.inBrowser) return undefined;
    return this.label() || this.persistence.label || this.t('core.savedPlain', 'Saved.');
  }

  /** The live region, plus the storage notice. */
  render(): TemplateResult {
    const { status, inBrowser } = this.persistence;
    const t = this.t;
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
    await this.host.updateComplete;
    // The button is gone while loading: keep focus on the notice that replaced it, not on <body>.
    this.host.renderRoot.querySelector<HTMLElement>('.sf-storage')?.focus();
  };

  /** "Saved in this browser at 21:04" (or the host's label with an adapter), or "Saving…", for the footer. */
  renderSaved(locale: string): TemplateResult | typeof nothing {
    const { status, savedAt } = this.persistence;
    if (status === 'pending') return html`<span class="saved" part="saved">${this.t('core.saving', 'Saving…')}</span>`;
    if (status !== 'saved' || !savedAt) return nothing;
    let time = '';
    try {
      time = intl(Intl.DateTimeFormat, locale, { hour: 'numeric', minute: '2-digit' }).format(savedAt);
    } catch {
      time = savedAt.toTimeString().slice(0, 5);
    }
    const where = this.#where();
    const text = where ? this.t('core.savedWhereAt', '{where} ({time})', { where: where.replace(/[.。]$/, ''), time }) : this.t('core.savedAt', 'Saved in this browser at {time}', { time });
    return html`<span class="saved" part="saved">${text}</span>`;
  }
}
