import type { ReactiveElement } from 'lit';
import { copyText } from '../clipboard.js';
import { downloadText, MIME } from '../download.js';
import { createSfEvent, type SfEventMap } from '../events.js';
import type { Translator } from '../i18n.js';

type Format = SfEventMap['sf-export']['format'];

/**
 * Copy, download and print, the same in every element: each says what happened and dispatches
 * `sf-export` exactly once (a host's analytics count every export once).
 */
export class ExportController {
  constructor(
    private readonly host: ReactiveElement,
    private readonly t: Translator,
    private readonly say: (message: string) => void,
  ) {}

  /** Copies text and says whether it worked; resolves whether it worked. */
  async copy(text: string): Promise<boolean> {
    const ok = await copyText(text, this.host.renderRoot);
    this.say(ok ? this.t('core.copied', 'Copied to the clipboard.') : this.t('core.copyFailed', 'Copying was blocked by the browser. Select the text and copy it yourself.'));
    this.#report('copy');
    return ok;
  }

  /** Downloads a file and says so; returns false (and suggests copying) if the browser refused. */
  download(name: string, text: string, format: keyof typeof MIME): boolean {
    const ok = downloadText(name, text, MIME[format]);
    this.say(ok ? this.t('core.downloaded', 'Downloaded {name}.', { name }) : this.t('core.downloadFailed', 'The browser blocked the download. Use copy instead.'));
    if (ok) this.#report(format);
    return ok;
  }

  /**
   * Opens the print dialog. The element's print view (see PrintController) is what gets printed; `view`
   * names which one when an element prints more than one document (the planner's handover).
   */
  print(printer: { print(view?: string): void }, view?: string): void {
    this.#report('print');
    printer.print(view);
  }

  #report(format: Format): void {
    this.host.dispatchEvent(createSfEvent('sf-export', { format, tag: this.host.localName }));
  }
}
