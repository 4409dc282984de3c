import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { intl } from '../intl-cache.js';
import type { Translator } from '../i18n.js';
import type { PersistenceController } from '../persistence.js';
import type { Announcer } from './announcer.js';

/** What the notice says, whether it is an alert (the edit could really be lost), and whether "Try again" helps. */
interface Notice {
  text: string;
  alert: boolean;
  retry: boolean;
}

/**
 * What the user sees and hears about saving: the storage notice (loading, trouble worded for where data is
 * saved, changes merged from elsewhere) with its "Try again", "Saved in this browser at 21:04" for the
 * footer, the throttled "Saved" announcement, and the content held inert while saved data loads.
 *
 * Honest about risk: an alert only when an edit could really be lost (storage full or blocked, the
 * adapter gave up, signed out); "Not saved yet" (polite, announced once) while the adapter or the page
 * still holds the edit. While saved data could not be loaded, it says so and marks the content as not
 * the intern's saved work (`data-not-loaded` on the base); edits made meanwhile are merged into it.
 */
export class StorageStatus implements ReactiveController {
  /** Shown after changes from elsewhere were merged into unsaved edits here; cleared by the next edit. */
  mergeNotice = '';
  /** Content made inert while saved data loads. */
  #held = false;
  /** The polite notice last announced, so it is said once per change. */
  #said = '';

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
    this.#markNotLoaded(this.persistence.notLoaded);
    // A polite notice has no live role of its own (a region inserted with its text is often not read):
    // it is said once through the element's live region. Alerts are read as they appear.
    const notice = this.#notice();
    const polite = notice && !notice.alert ? notice.text : '';
    if (polite !== this.#said) {
      this.#said = polite;
      if (polite) queueMicrotask(() => this.announcer.announce(polite));
    }
  }

  /** Marks the base while what it shows is not the intern's saved work (it could not be loaded). */
  #markNotLoaded(on: boolean): void {
    const base = this.host.renderRoot.querySelector('[part~="base"]');
    if (base && base.hasAttribute('data-not-loaded') !== on) base.toggleAttribute('data-not-loaded', on);
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

  /** What the notice says for the status now, if anything. */
  #notice(): Notice | undefined {
    const { status, inBrowser, notLoaded } = this.persistence;
    const t = this.t;
    const say = (text: string, alert: boolean, retry = false): Notice => ({ text, alert, retry });
    switch (status) {
      case 'full':
        return say(t('core.storageFull', 'Not saved: this browser’s storage is full. Export a copy so you don’t lose your work.'), true);
      case 'unreadable':
        return say(
          inBrowser
            ? t('core.storageUnreadable', 'Saved data here could not be read, so it was left untouched. Your changes are not saved in this browser: export a copy.')
            : t('core.remoteUnreadable', 'Your saved data could not be read, so it was left untouched. Your changes are not saved: export a copy.'),
          true,
        );
      case 'newer':
        return say(
          t('core.newerVersion', 'Saved by a newer version of this page — reload. Until then, what this version can read is shown, and your changes are kept on this page only.'),
          true,
        );
      case 'unavailable':
        return say(t('core.storageUnavailable', 'Not saved in this browser: export a copy so you don’t lose your work.'), true);
      case 'timeout':
        return say(t('core.loadSlow', 'Your saved data has not loaded yet, so changes here are not saved.'), true, true);
      case 'failed':
        return notLoaded
          ? say(t('core.loadFailed', 'Your saved data could not be loaded, so changes here are not saved.'), true, true)
          : say(t('core.saveFailed', 'Not saved: export a copy so you don’t lose your work.'), true);
      case 'auth':
        return notLoaded
          ? say(t('core.signInLoad', 'Sign in again to see your saved work. It’s safe; what you add here is kept on this page and added to it once you’re signed in.'), true, true)
          : say(t('core.signIn', 'Sign in again to save. Your changes are kept on this page until then.'), true, this.persistence.canRetry);
      case 'offline':
        return notLoaded
          ? say(t('core.offlineLoad', 'Your saved work couldn’t be loaded (offline). It’s safe, and it will appear when you’re back online; what you add here now is kept and added to it.'), false)
          : say(t('core.offline', 'Not saved yet: offline. Your changes will be saved when you are back online.'), false);
      case 'retrying':
        return say(t('core.retrying', 'Not saved yet — retrying. Your changes are kept and will be saved as soon as the server can be reached.'), false);
    }
    return undefined;
  }

  /** The live region, plus the storage notice. */
  render(): TemplateResult {
    const t = this.t;
    const notice = this.#notice();
    return html`
      ${this.persistence.status === 'loading'
        ? html`<p class="notice sf-storage" part="notice" tabindex="-1">${t('core.loading', 'Loading your saved data…')}</p>`
        : notice
          ? html`<p class="notice sf-storage ${notice.alert ? '' : 'pending'}" part="notice" role=${ifDefined(notice.alert ? 'alert' : undefined)}>
              <span aria-hidden="true">${notice.alert ? '⚠' : '↻'}</span><span>${notice.text}</span>
              ${notice.retry ? html`<button type="button" class="ghost" @click=${this.#retry}>${t('core.retry', 'Try again')}</button>` : nothing}
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
