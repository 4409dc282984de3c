import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** How long a message stays in the live region (and on screen where an element shows it). */
const CLEAR_AFTER = 6000;
/** "Saved" is said at most once a minute, so typing stays quiet. */
const SAVED_EVERY = 60_000;

/**
 * The element's one polite live region. `announce()` says something to screen readers; `saveStatus()`
 * turns save-status changes into a throttled "Saved" announcement.
 */
export class Announcer implements ReactiveController {
  /** The text in the live region now. */
  message = '';
  /** A message also shown on screen, next to the control it answers (`place` names where). */
  shown?: { place: string; text: string };
  #timer?: ReturnType<typeof setTimeout>;
  #lastStatus = '';
  #savedAt = Number.NEGATIVE_INFINITY;
  /** When the element last said something else: "Saved" never talks over it (it would replace it in the region). */
  #spokeAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /**
   * Says `text` to screen readers; a repeated message ("Copied") is said again. With `show`, sighted
   * users see it too, where the element renders `renderShown(show)` (beside the form or button that acted).
   */
  announce(text: string, show?: string): void {
    this.#spokeAt = Date.now();
    this.shown = show ? { place: show, text } : undefined;
    // Clearing first, then setting after the next render, makes screen readers repeat an identical message.
    this.message = '';
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.message = text;
      this.host.requestUpdate();
    });
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.message = '';
      this.shown = undefined;
      this.host.requestUpdate();
    }, CLEAR_AFTER);
  }

  /** Feed every save status; announces `saved()` when a save follows the user's edits, at most once a minute. */
  saveStatus(status: string, saved: () => string | undefined, now = Date.now()): void {
    if (status === this.#lastStatus) return;
    if (status === 'saved' && this.#lastStatus === 'pending' && now - this.#savedAt > SAVED_EVERY) {
      // No text, or a message said moments ago ("Restored the backup…", "Removed…"): it holds the live
      // region; stay quiet this time (replacing it could cut it off before a screen reader reads it).
      const text = Date.now() - this.#spokeAt < CLEAR_AFTER ? undefined : saved();
      if (text) {
        this.#savedAt = now;
        // Called from hostUpdated(): announcing there would request an update inside the finished one
        // (Lit's dev-mode "scheduled an update after an update completed", which hosts see in Vite dev).
        queueMicrotask(() => {
          // "Saved" itself does not hold the region against the next message.
          const spoke = this.#spokeAt;
          this.announce(text);
          this.#spokeAt = spoke;
        });
      }
    }
    this.#lastStatus = status;
  }

  /** The visible copy of a message announced with `show === place` (hidden from screen readers, who hear the live region). */
  renderShown(place: string): TemplateResult | typeof nothing {
    return this.shown?.place === place ? html`<p class="shown" aria-hidden="true" dir="auto">${this.shown.text}</p>` : nothing;
  }

  /** The live region; render it once per element. */
  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.message}</div>`;
  }
}
