import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SfElement } from '../core/base-element.js';
import { bool, list, obj, text, type Rule } from '../core/schema.js';
import { greetingName } from '../core/names.js';
import { mailtoUrl } from '../core/formats/mailto.js';
import { mdDocument, mdField, mdHeading, mdParagraph } from '../core/formats/markdown.js';
import { crc32, PacketError, type PacketProblem } from '../core/formats/packet.js';
import { readAgenda, responseBlock, type FeedbackAgenda, type SupervisorResponse } from '../core/formats/feedback-link.js';
import { replyBody, replySubject } from './content.js';
import { styles } from './styles.js';

export type { FeedbackAgenda, SupervisorResponse } from '../core/formats/feedback-link.js';

/** What the supervisor has written so far. */
export interface FeedbackResponseValue {
  /** Their name, as they sign. */
  from: string;
  answers: { id: string; answer: string }[];
  /** A short recommendation the intern may quote. */
  quote: string;
  /** Would they be a reference; absent while they haven't said. */
  reference?: boolean;
}

const MAX_ANSWER = 20_000;
const MAX_QUOTE = 2000;

/**
 * The supervisor's side of a feedback request, on a page of the job board: no account, nothing sent
 * to a server. The intern's request e-mail links here with the agenda in the URL fragment; the
 * supervisor answers each question, may add a recommendation to quote and says whether they would be
 * a reference, then "Send to Maya" opens their mail app with the answers as readable text and a
 * checksummed block the intern pastes into `<feedback-questions>`. Nothing is saved unless the
 * supervisor ticks "Keep a draft in this browser" (or the host sets `storage`).
 *
 * @summary The supervisor answers an intern's feedback questions and sends them back by e-mail.
 * @fires change - After every edit (not after assigning `value`).
 * @fires sf-response - "Send" or "Copy" was used. Detail: `{ tag, response, channel: 'mail' | 'copy' }`. Cancel it (`preventDefault()`) to take the response to your own backend instead of the mail app.
 * @fires sf-export - A copy happened. Detail: `{ format, tag }`.
 * @csspart base - The outer container.
 * @csspart notice - The storage warning.
 * @csspart saved - The "saved" note in the footer.
 * @csspart send - The "Send to …" link.
 * @cssprop --sf-accent - Buttons and highlights.
 * @cssprop --sf-surface - Background.
 * @cssprop --sf-text - Text colour.
 * @cssprop --sf-border - Borders.
 * @cssprop --sf-radius - Corner radius.
 * @cssprop --sf-space - Spacing unit.
 * @slot intro - The host's words above the questions (who runs this page, how to reach them).
 */
export class FeedbackResponse extends SfElement<FeedbackResponseValue> {
  static override styles = [...SfElement.styles, styles];

  /**
   * The agenda: a link from the intern's e-mail, its fragment (`#sf-agenda=…`) or the bare packet.
   * Defaults to the page's own address, which is where the e-mail's link puts it.
   */
  @property() agenda?: string;

  /**
   * Whether drafts are kept in this browser: the supervisor ticked "Keep a draft", a draft was found, or
   * the host page set `storage`. The box shows this, so it never says nothing is kept while it is.
   * @internal
   */
  protected get keepDraft(): boolean {
    return this.storage !== 'none';
  }
  /** @internal */ @state() protected sent = false;
  #agenda?: FeedbackAgenda;
  #problem?: PacketProblem;
  #reread = true;
  /** The storage key was derived from the agenda (not set by the host), so a new agenda gets its own. */
  #autoKey = false;
  #onHash = () => {
    this.#reread = true;
    this.requestUpdate();
  };

  constructor() {
    super();
    // The supervisor's words stay on their side until they send them: nothing is saved unless they choose.
    this.storage = 'none';
  }

  protected schema = obj(
    { from: text(300), answers: list(obj({ id: text(200), answer: text(MAX_ANSWER) }), 40), quote: text(MAX_QUOTE) },
    { reference: bool() },
    { from: () => '', answers: () => [], quote: () => '' },
  ) as unknown as Rule<FeedbackResponseValue>;

  protected createDefault(): FeedbackResponseValue {
    return { from: '', answers: [], quote: '' };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHash);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('agenda') || this.#reread) this.#readAgenda();
    this.#reread = false;
    super.willUpdate(changed);
  }

  #readAgenda(): void {
    // No location when rendered on a server: the agenda then comes only from the attribute.
    const source = this.agenda ?? (typeof location === 'undefined' ? '' : location.href);
    try {
      this.#agenda = readAgenda(source);
      this.#problem = undefined;
    } catch (error) {
      this.#agenda = undefined;
      this.#problem = error instanceof PacketError ? error.problem : 'invalid';
    }
    // One draft per agenda, so two interns' requests answered in one browser never mix.
    if (this.#agenda && (!this.storageKey || this.#autoKey)) {
      this.#autoKey = true;
      this.storageKey = `a${crc32(new TextEncoder().encode(JSON.stringify(this.#agenda))).toString(16)}`;
      try {
        if (this.storage === 'none' && localStorage.getItem(`strong-finish/${this.localName}/${this.storageKey}`) !== null) {
          this.storage = 'local';
        }
      } catch {
        // No storage in this browser (sandboxed frame, private mode): the draft box stays unticked.
      }
    }
  }

  /** The agenda read from the link, or undefined when the link is missing, cut or changed. */
  get agendaInUse(): FeedbackAgenda | undefined {
    return this.#agenda;
  }

  /** The intern's name to greet them by. */
  get #first(): string {
    return this.#agenda ? greetingName(this.#agenda.name) : '';
  }

  /** The response as it would be sent now. */
  get response(): SupervisorResponse | undefined {
    const a = this.#agenda;
    if (!a) return undefined;
    const said = new Map(this.data.answers.map((x) => [x.id, x.answer]));
    const r: SupervisorResponse = {
      to: a.name,
      from: this.data.from,
      answers: a.questions.map((q) => ({ id: q.id, text: q.text, answer: said.get(q.id) ?? '' })),
      date: this.today,
    };
    if (this.data.quote.trim()) r.quote = this.data.quote;
    if (this.data.reference !== undefined) r.reference = this.data.reference;
    return r;
  }

  /** The e-mail body: readable answers, then the checksummed block. */
  get replyText(): string {
    const r = this.response;
    return r ? replyBody(this.t, r, this.#first, responseBlock(r), (n) => this.i18n.number(n)) : '';
  }

  /** The `mailto:` link "Send to …" opens: to the intern's e-mail when the agenda carries it. */
  get mailto(): string {
    return mailtoUrl({ to: this.#agenda?.email, subject: replySubject(this.t, this.#first), body: this.replyText });
  }

  #answer(id: string, answer: string): void {
    const answers = this.data.answers.filter((x) => x.id !== id);
    if (answer) answers.push({ id, answer });
    this.commit({ ...this.data, answers });
  }

  #patch(patch: Partial<FeedbackResponseValue>): void {
    const next = { ...this.data, ...patch };
    if (patch.reference === undefined && 'reference' in patch) delete next.reference;
    this.commit(next);
  }

  async #setKeepDraft(on: boolean): Promise<void> {
    const kept = this.value;
    if (!on) await this.clearStoredData();
    this.storage = on ? 'local' : 'none';
    await this.updateComplete;
    // Switching storage re-reads it; the words on screen win over whatever was (or wasn't) there.
    this.value = kept;
    this.announce(on ? this.t('response.draftOn', 'Your draft is kept in this browser.') : this.t('response.draftOff', 'Your draft was removed from this browser.'));
  }

  #send(e: Event): void {
    const response = this.response;
    if (!response) return;
    // A host with a backend cancels the event and takes the response itself.
    if (!this.emit('sf-response', { response, channel: 'mail' }, true)) e.preventDefault();
    this.sent = true;
  }

  async #copy(): Promise<void> {
    const response = this.response;
    if (!response) return;
    if (!this.emit('sf-response', { response, channel: 'copy' }, true)) return;
    await this.copy(this.replyText);
  }

  /** The answers as Markdown (for the supervisor's own records). */
  toMarkdown(): string {
    const r = this.response;
    if (!r) return '';
    return mdDocument([
      mdHeading(1, this.t('response.title', 'Feedback for {name}', { name: r.to })),
      ...r.answers.flatMap((a, i) => [mdHeading(2, `${this.i18n.number(i + 1)}. ${a.text}`), mdParagraph(a.answer || this.t('response.mail.skipped', '(skipped)'))]),
      r.quote ? mdField(this.t('response.quote', 'A recommendation {name} may quote (optional)', { name: this.#first }), r.quote) : '',
      r.from ? mdParagraph(r.from) : '',
    ], this.t('core.colon', ':'));
  }

  #problemText(): string {
    switch (this.#problem) {
      case 'truncated':
        return this.t('response.err.truncated', 'This link was cut off on the way. Open the whole link from the e-mail again (some mail apps break long links: copy it into the address bar).');
      case 'tampered':
        return this.t('response.err.tampered', 'This link was changed after it was written, so its questions can’t be trusted. Ask the intern to send it again.');
      case 'version':
        return this.t('response.err.version', 'This link was made by a newer version of this page. Ask the site that hosts it to update it.');
      case 'missing':
        return this.t('response.err.missing', 'There are no questions here yet. Open this page from the link in the intern’s e-mail.');
      default:
        return this.t('response.err.invalid', 'This link doesn’t hold feedback questions. Open the link from the intern’s e-mail again.');
    }
  }

  override render(): TemplateResult {
    const a = this.#agenda;
    if (!a) {
      return html`<div class="base" part="base" dir=${this.i18n.dir}>
        <h2>${this.t('response.titleShort', 'Feedback questions')}</h2>
        <slot name="intro"></slot>
        <p class="notice problem" role="alert"><span aria-hidden="true">⚠</span><span>${this.#problemText()}</span></p>
        <form class="paste-link" @submit=${(e: Event) => {
          e.preventDefault();
          const value = (e.target as HTMLFormElement).querySelector('input')!.value.trim();
          if (value) this.agenda = value;
        }}>
          <div class="field">
            <label for="link">${this.t('response.pasteLink', 'Or paste the whole link from the e-mail')}</label>
            <input id="link" type="text" dir="ltr" autocomplete="off" spellcheck="false" />
          </div>
          <button type="submit">${this.t('response.open', 'Show the questions')}</button>
        </form>
        ${this.renderStatus()}
      </div>`;
    }
    const first = this.#first;
    const said = new Map(this.data.answers.map((x) => [x.id, x.answer]));
    const ref = this.data.reference;
    return html`<div class="base" part="base" dir=${this.i18n.dir}>
      <h2>${this.t('response.title', 'Feedback for {name}', { name: a.name })}</h2>
      <slot name="intro"></slot>
      <p class="intro">
        ${this.t('response.intro', '{name} asked for your honest feedback. Answer the questions you can, in your own words. Nothing is sent until you send it yourself, and nothing is kept here unless you choose to.', { name: first })}
      </p>
      ${this.renderStatus()}
      <ol class="list">
        ${a.questions.map(
          (q, i) => html`<li class="card item">
            <p class="question" id="q${i}"><span aria-hidden="true">${this.i18n.number(i + 1)}. </span><span dir="auto">${q.text}</span></p>
            <label class="visually-hidden" for="a${i}">${this.t('response.answer', 'Your answer')}</label>
            <textarea id="a${i}" dir="auto" maxlength=${MAX_ANSWER} aria-describedby="q${i}" .value=${said.get(q.id) ?? ''} @input=${(e: Event) => this.#answer(q.id, (e.target as HTMLTextAreaElement).value)}></textarea>
          </li>`,
        )}
      </ol>
      <div class="field">
        <label for="quote">${this.t('response.quote', 'A recommendation {name} may quote (optional)', { name: first })}</label>
        <textarea id="quote" dir="auto" maxlength=${MAX_QUOTE} aria-describedby="quote-hint" .value=${this.data.quote} @input=${(e: Event) => this.#patch({ quote: (e.target as HTMLTextAreaElement).value })}></textarea>
        <span id="quote-hint" class="hint">${this.t('response.quoteHint', 'One or two sentences they could put on a résumé or LinkedIn, with your name.')}</span>
      </div>
      <fieldset class="reference">
        <legend>${this.t('response.reference', 'Would you be a reference for {name}?', { name: first })}</legend>
        <label class="choice"><input type="radio" name="ref" .checked=${ref === true} @change=${() => this.#patch({ reference: true })} />${this.t('response.refYes', 'Yes')}</label>
        <label class="choice"><input type="radio" name="ref" .checked=${ref === false} @change=${() => this.#patch({ reference: false })} />${this.t('response.refNo', 'Not this time')}</label>
        <label class="choice"><input type="radio" name="ref" .checked=${ref === undefined} @change=${() => this.#patch({ reference: undefined })} />${this.t('response.refUnsaid', 'I’d rather not say here')}</label>
      </fieldset>
      <div class="field">
        <label for="from">${this.t('response.from', 'Your name')}</label>
        <input id="from" type="text" dir="auto" maxlength="300" autocomplete="name" .value=${this.data.from} @input=${(e: Event) => this.#patch({ from: (e.target as HTMLInputElement).value })} />
      </div>
      <label class="choice">
        <input type="checkbox" .checked=${this.keepDraft} @change=${(e: Event) => this.#setKeepDraft((e.target as HTMLInputElement).checked)} />
        ${this.t('response.keepDraft', 'Keep a draft in this browser')}
      </label>
      <div class="toolbar">
        <a class="button" part="send" href=${this.mailto} aria-describedby="send-hint" @click=${(e: Event) => this.#send(e)}>${this.t('response.send', 'Send to {name}', { name: first })}</a>
        <button @click=${() => this.#copy()}>${this.t('response.copy', 'Copy the answers')}</button>
      </div>
      <p id="send-hint" class="hint">
        ${this.sent
          ? this.t('response.sentHint', 'Your mail app should have opened. If it didn’t, copy the answers and paste them into a reply to {name}.', { name: first })
          : this.t('response.sendHint', 'Your mail app opens with your answers and a short code block that puts them into {name}’s kit. Reply to their e-mail, or add their address.', { name: first })}
      </p>
      <footer role="none"><span class="spacer"></span>${this.renderSaved()}</footer>
    </div>`;
  }
}
