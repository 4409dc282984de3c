import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { IcsEvent } from '../formats/ics.js';
import { onUse } from '../on-use.js';

type T = (id: string, english: string, params?: Readonly<Record<string, string | number | undefined>>) => string;

/** The list and the Google/Outlook link builders (calendar-links-list.ts), loaded the first time a list is opened. */
export const calendarLinksList = onUse(() => import('./calendar-links-list.js'));

/**
 * "Add to Google Calendar / Outlook" links beside a widget's .ics export: a disclosure listing each
 * event with both links, and a note on what the links drop (the reminder; Outlook also the repeat).
 * The list is rendered only while open, since a widget may have thousands of events, and its code loads
 * when the browser is idle after the first paint (or when the disclosure opens, if that is sooner).
 */
export class CalendarLinksController implements ReactiveController {
  #open = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly t: T,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    calendarLinksList.preload();
  }

  /**
   * The disclosure for the events the .ics is written from: a list, or a function giving it, called
   * only while the disclosure is open. Nothing when `available` is false (no dated events).
   */
  render(events: readonly IcsEvent[] | (() => readonly IcsEvent[]), options: { zone?: string; limit?: number; available?: boolean } = {}): TemplateResult | typeof nothing {
    const list = typeof events === 'function' ? undefined : events;
    if (options.available === false || (list && !list.length)) return nothing;
    const loaded = calendarLinksList.module;
    return html`<details
      class="calendar-links no-print"
      @toggle=${(e: Event) => {
        this.#open = (e.target as HTMLDetailsElement).open;
        if (this.#open && !calendarLinksList.module) void calendarLinksList.load().then(() => this.host.requestUpdate(), () => undefined);
        this.host.requestUpdate();
      }}
    >
      <summary>${this.t('core.calLinks', 'Add to Google Calendar or Outlook instead')}</summary>
      ${this.#open && loaded ? loaded.renderCalendarLinks(list ?? (events as () => readonly IcsEvent[])(), options, this.t) : nothing}
    </details>`;
  }
}
