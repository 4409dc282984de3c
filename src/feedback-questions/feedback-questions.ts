import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { SfElement } from '../core/base-element.js';
import { RovingController } from '../core/controllers/roving.js';
import { UndoController } from '../core/controllers/undo.js';
import { bool, DROP, isoDate, list, literalTrue, num, obj, parseWith, text, time, type Rule, oneOf } from '../core/schema.js';
import { describeElement, warnOnce } from '../core/warn.js';
import { formatDate, formatTime, isISODate, proseDate, proseTime } from '../core/dates.js';
import { newId } from '../core/ids.js';
import { textId } from '../core/tasks/ids.js';
import { toICS } from '../core/formats/ics.js';
import { isEmail, mailtoUrl } from '../core/formats/mailto.js';
import { agendaLink, readResponse, requestLink, type SupervisorResponse } from '../core/formats/feedback-link.js';
import { PacketError } from '../core/formats/packet.js';
import { checkVerification, openSignedResponse, verificationRule, type ResponseVerification } from '../core/formats/signed-response.js';
import type { ResponsesAdapter } from '../core/storage/http-responses.js';
import { safeUrl } from '../core/url.js';
import { googleCalendarUrl, outlookCalendarUrl, type CalendarLinkEvent } from '../core/formats/calendar-links.js';
import { isTimeZone, localTimeZone } from '../core/formats/timezone.js';
import { mdDocument, mdField, mdHeading, mdItem, mdParagraph } from '../core/formats/markdown.js';
import { fileName } from '../core/formats/text.js';
import { greetName } from '../core/names.js';
import { FORMS, REGISTERS, resolveAddress, runningName, salutation, type Addressee, type Form, type Register } from '../core/address.js';
import { addressFields } from '../core/address-fields.js';
import { shapeList } from '../core/pack/list.js';
import { mergePack, type PackSeen } from '../core/pack/merge.js';
import { renderRetired } from '../core/pack/retired.js';
import { defaultQuestions, STARTER, THEMES, themeLabels, type Question } from './content.js';
import { styles } from './styles.js';
import { mergeResponse } from './response.js';
import { englishQuestion, FEEDBACK_VERSION, feedbackMigrations, questionTextId, shownFeedback, storedFeedback } from './model.js';
import { loadedTextsOf } from '../core/i18n.js';
import { itemSource, type ItemSource } from '../core/model/items.js';

export type { Question } from './content.js';

/** A question on the agenda, with what was said. */
export interface PickedQuestion {
  id: string;
  /**
   * What it asks. In `value` always filled in; stored only when it is hers (issue #28): a question of the
   * built-in bank is stored by id (`from: 'default'`) and shows the catalogue's text in the page's language.
   */
  text: string;
  theme: string;
  /**
   * `default`: a question of the built-in bank, by id; `pack:<id>`: a programme pack's question (issue #30),
   * whose words follow the pack's new versions; absent on her own questions and the host's.
   */
  from?: ItemSource;
  custom?: true;
  /** Notes taken during the talk. */
  answer?: string;
  /** The one thing to remember. */
  takeaway?: string;
  /** Marked to act on. */
  starred?: boolean;
  /** The supervisor's own words, pasted back from their written response. */
  said?: string;
  /** The programme dropped it: kept in `retired` with what was said, exported, restorable. */
  retired?: true;
  /** Her words: a new pack version no longer rewords it. */
  edited?: true;
}

export interface FeedbackMeeting {
  /** `YYYY-MM-DD` */
  date?: string;
  /** `HH:MM`, 24-hour */
  time?: string;
  minutes?: number;
  /** Who the talk is with (defaults to the profile's supervisor). */
  with?: string;
  /** Their e-mail (defaults to the profile's supervisor e-mail). */
  email?: string;
  /** How to greet them ("Sara" for "Dr. Sara Ali"); derived from `with` when empty (the profile's greeting for the supervisor). */
  greeting?: string;
  /** How the request addresses them (docs/internals/address.md): title, gender for agreement, register. */
  title?: string;
  form?: Form;
  register?: Register;
}

/** The invitation's reminder, before the talk (what the .ics alarm and the hint beside it say). */
const REMINDER_MINUTES = 15;

/** A next step from the talk: a task of its own, with a date and a checkbox (in the kit, one of its tasks). */
export interface NextStep {
  id: string;
  text: string;
  /** `YYYY-MM-DD` */
  due?: string;
  done: boolean;
}

export interface FeedbackValue {
  selected: PickedQuestion[];
  meeting?: FeedbackMeeting;
  /** "What I'll do next" (plain strings from older saves become steps). */
  actions: NextStep[];
  /** The edited request e-mail; absent while the drafted one is used. */
  request?: { subject: string; body: string };
  /** The request registered on the board's server (with `responses`): the link carries only `id`. */
  link?: { id: string; expiresAt: string; questions?: string[] };
  /** What the supervisor sent back in writing, besides the answers (which land on their questions). */
  response?: FeedbackResponseRecord;
  /** Agenda questions the programme pack dropped (issue #30), with their notes and answers. */
  retired?: PickedQuestion[];
  /** The programme pack the agenda was last merged with. */
  pack?: PackSeen;
}

/**
 * The supervisor's written response as the kit keeps it. `pasted`: it came from a pasted block, which
 * anyone can make, so it changes no reference status until she `confirmed` it. `verified`: it came
 * signed from the board's server (see `responses`); the signed words are theirs alone.
 */
export interface FeedbackResponseRecord {
  from: string;
  quote?: string;
  reference?: boolean;
  date?: string;
  pasted?: true;
  confirmed?: true;
  verified?: ResponseVerification;
}

/**
 * Host content, the shape every step shares: questions added to the bank (one with a built-in id rewrites
 * it), or a whole bank with `replace: true`; `hide` leaves built-in questions or whole themes out;
 * `themes` adds themes or renames the built-in ones.
 */
export interface FeedbackContent {
  replace?: boolean;
  questions?: Question[];
  hide?: string[];
  themes?: { id: string; label: string }[];
  /** The programme pack this content comes from (set by `<internship-wrap-up>`): its questions on her agenda follow its versions. */
  pack?: { id: string; version: number };
}

const contentRule = obj(
  {},
  { questions: list(obj({ id: text(200), theme: text(100), text: text(2000) }, { tip: text(500) })), replace: bool(), hide: list(text(200)), themes: list(obj({ id: text(100), label: text(200) })), pack: obj({ id: text(100), version: num(1) }) },
) as unknown as Rule<FeedbackContent>;

const PAGE = 40;

const questionFields = obj({ id: text(200), theme: text(100) }, { text: text(), from: itemSource, custom: literalTrue(), answer: text(), takeaway: text(), starred: bool(), said: text(), retired: literalTrue(), edited: literalTrue() });
/** A question on the agenda as stored: `text` only when it is hers; any question but the bank's needs one. */
const storedQuestion: Rule<PickedQuestion> = (input, path, issues) => {
  const q = questionFields(input, path, issues);
  if (q === DROP || q.text !== undefined || (q.from === 'default' && englishQuestion(q.id) !== undefined)) return q as PickedQuestion;
  issues.push(`${path}.text: missing`);
  return DROP;
};

const stepRule = obj({ id: text(200), text: text(), done: bool() }, { due: isoDate() }, { id: () => newId('a'), done: () => false }) as Rule<NextStep>;
/** A next step, or a plain string as saved before steps had dates. */
const picked = obj(
  { id: text(200), text: text(), theme: text(100) },
  { custom: literalTrue(), answer: text(), takeaway: text(), starred: bool(), said: text(), from: text(200), retired: literalTrue(), edited: literalTrue() },
);
const nextStep: Rule<NextStep> = (input, path, issues) => (typeof input === 'string' ? { id: textId(input), text: input, done: false } : stepRule(input, path, issues));

/**
 * Prepares, requests and captures an honest feedback conversation with a supervisor: a question bank
 * by theme, an agenda to reorder, a drafted request e-mail and calendar invitation, notes and
 * takeaways during the talk, and a "what I'll do next" list after it.
 *
 * @summary Plan, request and record a feedback conversation.
 * @fires change - After every user edit (not after assigning `value`).
 * @fires sf-request - The request e-mail was opened in the mail app, copied, or the invitation downloaded. Detail: `{ tag, channel: 'mail' | 'copy' | 'ics' }`.
 * @fires sf-response - The supervisor's written answers were pasted in and put on the agenda. Detail: `{ tag, response, channel: 'paste' }`.
 * @fires sf-task - After the intern ticked or unticked a next step. Detail: `{ tag, id: 'feedback:<id>', done, step: 'feedback', source: 'user' }`.
 * @fires sf-export - A copy, download or print happened. Detail: `{ format, tag }`.
 * @csspart base - The outer container.
 * @csspart notice - The storage warning.
 * @csspart saved - The "saved" note in the footer.
 * @csspart print - The print view, rendered only while printing: what the Markdown export shows.
 * @cssprop --sf-accent - Buttons and highlights.
 * @cssprop --sf-surface - Background.
 * @cssprop --sf-text - Text colour.
 * @cssprop --sf-border - Borders.
 * @cssprop --sf-radius - Corner radius.
 * @cssprop --sf-space - Spacing unit.
 * @slot - A `<script type="application/json">` with `{ "replace": false, "questions": [{ "id", "theme", "text", "tip" }] }`.
 */
export class FeedbackQuestions extends SfElement<FeedbackValue> {
  static override kitSlot = 'feedback';
  static override schemaVersion = FEEDBACK_VERSION;
  /** @internal The kit's copy of this step's value as stored: the bank's questions by id (issue #28). */
  static storedForm = storedFeedback;
  /** @internal The kit's stored copy with the bank's texts in the kit's language. */
  static shownForm = shownFeedback;
  static override migrations = feedbackMigrations;
  static override styles = [...SfElement.styles, styles];

  /** Questions from the host: added to the built-in bank, or replacing it with `replace: true`. */
  @property({ attribute: false }) content?: FeedbackContent;
  /**
   * A page on the job board that hosts `<feedback-response>`. With it, the request e-mail ends with a
   * link there carrying the agenda (the intern's name and the questions) in its fragment, so the
   * supervisor can answer in writing without an account. Absolute `https:` or `http:` only.
   */
  @property({ attribute: 'respond-url' }) respondUrl?: string;
  /**
   * The board's response API (`createHttpResponses()`): with it (and `respond-url`), the request e-mail
   * links to the supervisor's page with an opaque id only, and their answers come back signed, shown as
   * "Verified by {board}". Without it, answers come back pasted from their e-mail, marked "pasted, not verified".
   */
  @property({ attribute: false }) responses?: ResponsesAdapter;
  /** @internal Whether the kept verification checked out in this visit: `ok`, `failed`, or unchecked. */
  @state() protected verifiedCheck?: 'ok' | 'failed';
  /** @internal What the last call to the board's server said. */
  @state() protected linkNote = '';
  /** The IANA time zone of the meeting time (`Europe/Madrid`); defaults to the browser's. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** @internal */ @state() protected stage: 'prepare' | 'talk' = 'prepare';
  /** @internal */ @state() protected query = '';
  /** @internal */ @state() protected filter = '';
  /** @internal */ @state() protected limit = PAGE;
  /** @internal */ @state() protected dragOver = '';
  /** @internal Why the last paste was refused. */ @state() protected pasteError = '';
  #drag = '';
  // The agenda and the question bank are one Tab stop each: arrows move between questions and their buttons (Alt + arrows reorder).
  #roving = new RovingController(this, { rows: 'ol.list > li.item, ul.bank-list > li.item', cells: ':scope > .row > button' });
  #hostQuestions: Question[] = [];
  /** The verification last checked (re-checked when the stored one changes). */
  #checked?: ResponseVerification;
  #replace = false;
  #hide: string[] = [];
  #themes: { id: string; label: string }[] = [];

  /** Theme labels: the built-in ones, renamed or added by the host's content. */
  #labels(): Record<string, string> {
    const labels = { ...themeLabels(this.t) } as Record<string, string>;
    for (const th of this.#themes) labels[th.id] = th.label;
    return labels;
  }

  /** The themes offered, in order: the built-in ones the host didn't hide, then the host's. */
  #themeIds(): string[] {
    const hide = new Set(this.#hide);
    return [...new Set([...THEMES.filter((t) => !hide.has(t)), ...this.#themes.map((t) => t.id)])];
  }
  // Removing a question or a next step can be undone (the question with its notes and the supervisor's words).
  readonly #undo = new UndoController<PickedQuestion | NextStep, 'agenda' | 'actions'>(this, {
    focusItem: (item, r) => () =>
      r.group === 'actions'
        ? this.renderRoot.querySelector(`[data-step="${CSS.escape(item.id)}"] input[type="checkbox"]`)
        : this.renderRoot.querySelector(`ol.list > li[data-id="${CSS.escape(item.id)}"] .row > button:not([disabled])`),
    fallback: () => this.renderRoot.querySelector('#own, #act'),
  });
  /**
   * Questions taken off the agenda that held words (notes, a takeaway, the supervisor's answer, a star),
   * by id, for this visit: adding the question again from the bank brings them back.
   */
  #dropped = new Map<string, PickedQuestion>();

  protected schema = obj(
    {
      selected: list(storedQuestion, 1000),
      actions: list(nextStep, 1000),
    },
    {
      meeting: obj({}, { date: isoDate(), time: time(), minutes: num(5, 600), with: text(300), email: text(320), greeting: text(200), title: text(40), form: oneOf(FORMS), register: oneOf(REGISTERS) }),
      request: obj({ subject: text(2000), body: text() }),
      link: obj({ id: text(100), expiresAt: text(40) }, { questions: list(text(200), 40) }),
      response: obj({ from: text(300) }, { quote: text(2000), reference: bool(), date: isoDate(), pasted: literalTrue(), confirmed: literalTrue(), verified: verificationRule }),
      retired: list(picked, 1000),
      pack: obj({ id: text(100), version: num(1), ids: list(text(200)) }),
    },
    { selected: () => [], actions: () => [] },
  ) as unknown as Rule<FeedbackValue>;

  protected createDefault(): FeedbackValue {
    return { selected: [], actions: [] };
  }

  protected override clean(input: unknown, source: string): FeedbackValue {
    const v = super.clean(input, source);
    const seen = new Set<string>();
    v.selected = v.selected.filter((s) => !seen.has(s.id) && !!seen.add(s.id)).map((s) => this.#byId(s));
    // Steps key the list and the kit's task ids: make them unique (the same text saved twice has the same id).
    const ids = new Set<string>();
    v.actions = v.actions.map((a) => {
      let id = a.id;
      for (let n = 2; ids.has(id); n++) id = `${a.id}-${n}`;
      ids.add(id);
      return id === a.id ? a : { ...a, id };
    });
    return this.#merge(v);
  }

  /** The programme pack the content comes from (set by `<internship-wrap-up>`). */
  #pack?: { id: string; version: number };

  /** The programme this agenda follows (written in the stored envelope). */
  protected override packStamp(): { id: string; version: number } | undefined {
    return this.#pack;
  }

  /** A bank question as it goes on the agenda: a pack's marked `pack:<id>`. */
  #pick(q: Question): PickedQuestion {
    const from: ItemSource | undefined = this.#pack && this.#hostQuestions.some((h) => h.id === q.id) ? `pack:${this.#pack.id}` : undefined;
    return { id: q.id, text: q.text, theme: q.theme, ...(from ? { from } : {}) };
  }

  /**
   * A programme pack over her agenda (src/core/pack/merge.ts, the rule every step shares): questions the
   * pack dropped move to `retired` with their notes and answers; ones it reworded follow its words.
   * New pack questions join the bank (the agenda stays her choice). In memory: saved with her next edit.
   */
  #merge(v: FeedbackValue): FeedbackValue {
    const pack = this.#pack;
    if (!pack) return v;
    const from: ItemSource = `pack:${pack.id}`;
    const all = [...v.selected, ...(v.retired ?? [])];
    const mine = new Set(all.map((q) => q.id));
    const fresh = this.#hostQuestions.filter((q) => mine.has(q.id)).map((q) => ({ id: q.id, text: q.text, theme: q.theme, from }));
    const r = mergePack(all, fresh, pack, v.pack, (m, theirs) => ({ ...m, text: theirs.text, theme: theirs.theme }));
    if (!r.changed) return v;
    const next = { ...v, selected: r.items.filter((q) => !q.retired), pack: r.seen };
    const retired = r.items.filter((q) => q.retired);
    if (retired.length) next.retired = retired;
    else delete next.retired;
    return next;
  }

  /** Puts a question the programme dropped back on her agenda, with its notes and answers. */
  restore(id: string): boolean {
    const q = this.data.retired?.find((r) => r.id === id);
    if (!q) return false;
    const back = { ...q };
    delete back.retired;
    const retired = this.data.retired!.filter((r) => r.id !== id);
    const next: FeedbackValue = { ...this.data, selected: [...this.data.selected, back], retired };
    if (!retired.length) delete next.retired;
    this.commit(next);
    this.announce(this.t('checklist.restored', 'Restored “{text}”.', { text: q.text }));
    return true;
  }

  /** `value` shows every question with its text: hers, or the bank's in the page's language. */
  protected override toValue(data: FeedbackValue): FeedbackValue {
    return { ...data, selected: data.selected.map((s) => this.#shown(s)) };
  }

  /** Every edit stores the bank's questions by id (a merge of answers works on whole questions). */
  protected override commit(next: FeedbackValue): void {
    super.commit({ ...next, selected: next.selected.map((s) => this.#byId(s)) });
  }

  /** A bank question's text in the page's language now (the host's rewrite of it, else the catalogue's). */
  #defaultText(s: { id: string; from?: ItemSource }): string | undefined {
    if (s.from !== 'default') return undefined;
    const english = englishQuestion(s.id);
    if (english === undefined) return undefined;
    return this.#hostQuestions.find((q) => q.id === s.id)?.text ?? this.t(questionTextId(s.id), english);
  }

  /** True when `text` is the bank's own text for this question (in English, the page's language or any catalogue loaded). */
  #isDefaultText(s: { id: string; from?: ItemSource }, text: string): boolean {
    const english = englishQuestion(s.id);
    return english !== undefined && (text === english || text === this.#defaultText(s) || loadedTextsOf(questionTextId(s.id)).includes(text));
  }

  /**
   * A question as stored: one of the bank's (its id, not her own) says so and keeps no text while the
   * text is the bank's own, so it follows the language; any other text is hers.
   */
  #byId(s: PickedQuestion): PickedQuestion {
    if (s.custom || englishQuestion(s.id) === undefined || (s.from !== undefined && s.from !== 'default')) return s;
    const q = s.from === 'default' ? s : { ...s, from: 'default' as const };
    if (q.text === undefined || !this.#isDefaultText(q, q.text)) return q;
    const { text: _t, ...rest } = q;
    return rest as PickedQuestion;
  }

  /** A question as shown (and in `value`): her words, else the bank's text in the page's language. */
  #shown(s: PickedQuestion): PickedQuestion {
    if (s.text !== undefined && !(s.from === 'default' && this.#isDefaultText(s, s.text))) return s;
    return { ...s, text: this.#defaultText(s) ?? s.text ?? '' };
  }

  /** The agenda as shown: every question with its text. */
  #agenda(): PickedQuestion[] {
    return this.data.selected.map((s) => this.#shown(s));
  }

  /** A bank question as it goes on her agenda: the built-in ones by id. */
  #picked(q: Question): PickedQuestion {
    if (this.#pack && this.#hostQuestions.some((h) => h.id === q.id)) return this.#pick(q);
    return englishQuestion(q.id) !== undefined ? { id: q.id, theme: q.theme, from: 'default' } as PickedQuestion : { id: q.id, text: q.text, theme: q.theme };
  }

  protected override onDataReplaced(): void {
    this.#undo.clear();
    // Next steps come after the talk too (in the kit, ticking one elsewhere must not send the intern back to "Prepare").
    this.stage = this.data.actions.length || this.data.selected.some((s) => s.answer || s.takeaway || s.starred || s.said) ? 'talk' : 'prepare';
  }

  protected override applyContent(json: unknown): void {
    this.content = json as FeedbackContent;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const verified = this.data?.response?.verified;
    if (verified !== this.#checked && this.responses) {
      this.#checked = verified;
      this.verifiedCheck = undefined;
      void this.#recheck();
    }
    if (changed.has('content')) {
      const { value, issues } = parseWith(contentRule, this.content ?? { questions: [] }, () => ({ questions: [] }));
      if (issues.length) warnOnce(this, 'content-property', `${describeElement(this)} content: ignored ${issues.slice(0, 4).join('; ')}.`);
      this.#hostQuestions = value.questions ?? [];
      this.#replace = !!value.replace && this.#hostQuestions.length > 0;
      this.#hide = value.hide ?? [];
      this.#themes = value.themes ?? [];
      this.#pack = value.pack;
      if (this.data) this.data = this.#merge(this.data);
    }
  }

  /** The question bank in use: built-in questions plus the host's (the host's win on the same id). */
  get questions(): Question[] {
    const hide = new Set(this.#hide);
    return shapeList(defaultQuestions(this.t).filter((q) => !hide.has(q.theme)), this.#hostQuestions, { replace: this.#replace, hide: this.#hide });
  }

  /** Minutes to plan for the selected questions (about three each, rounded to five, at least ten). */
  get suggestedMinutes(): number {
    return Math.max(10, Math.ceil((this.data.selected.length * 3 + 2) / 5) * 5);
  }

  // ——— edits ———

  #update(patch: Partial<FeedbackValue>): void {
    this.commit({ ...this.data, ...patch });
  }

  #setSelected(selected: PickedQuestion[]): void {
    this.#update({ selected });
  }

  /**
   * Adds a bank question (or removes it when already on the agenda). Removing keeps what it held (notes,
   * takeaway, the supervisor's answer): Undo, or adding it again, brings it back. Focus stays on the toggle.
   */
  toggleQuestion(q: Question): void {
    if (this.data.selected.some((s) => s.id === q.id)) this.#removeQuestion(q.id, false);
    else this.#addBack(q);
  }

  /** Takes a question off the agenda, keeping it for Undo; `focus` moves focus to Undo (its row is gone). */
  #removeQuestion(id: string, focus: boolean): void {
    const index = this.data.selected.findIndex((s) => s.id === id);
    if (index < 0) return;
    const s = this.data.selected[index];
    const words = !!(s.answer || s.takeaway || s.said || s.starred);
    if (words) this.#dropped.set(s.id, s);
    this.#setSelected(this.#undo.remove(this.data.selected, index, 'agenda', { focus }) as PickedQuestion[]);
    this.announce(
      words
        ? this.t('feedback.removedWords', 'Removed from your agenda. Its notes and answers are kept: Undo, or add it again, to bring them back.')
        : this.t('feedback.removed', 'Removed from your agenda. Undo is available.'),
    );
  }

  /** Puts a bank question on the agenda: with the words it held when it was removed, where it was if Undo still can. */
  #addBack(q: Question): void {
    const kept = this.#dropped.get(q.id);
    const undo = this.#undo.removed;
    if (undo?.group === 'agenda' && undo.item.id === q.id) {
      const r = this.#undo.restore(this.data.selected, { focus: false })!;
      this.#setSelected(r.list as PickedQuestion[]);
    } else this.#setSelected([...this.data.selected, kept ?? this.#picked(q)]);
    this.#dropped.delete(q.id);
    this.announce(kept ? this.t('feedback.addedWords', 'Added to your agenda, with its notes and answers.') : this.t('feedback.added', 'Added to your agenda.'));
  }

  /** Undo: the question or next step back where it was, with everything it held; focus on it. */
  #restore(): void {
    const group = this.#undo.removed?.group;
    if (group === 'actions') {
      const r = this.#undo.restore(this.data.actions)!;
      this.#update({ actions: r.list as NextStep[] });
      this.announce(this.t('feedback.stepRestored', 'Brought back: {text}', { text: r.item.text }));
    } else if (group === 'agenda') {
      const r = this.#undo.restore(this.data.selected)!;
      this.#dropped.delete(r.item.id);
      this.#setSelected(r.list as PickedQuestion[]);
      this.announce(this.t('feedback.restored', 'Back on your agenda, with its notes and answers.'));
    }
  }

  #removeStep(index: number): void {
    const step = this.data.actions[index];
    if (!step) return;
    this.#update({ actions: this.#undo.remove(this.data.actions, index, 'actions') as NextStep[] });
    this.announce(this.t('feedback.stepRemoved', 'Removed “{text}”. Undo is available.', { text: step.text }));
  }

  #renderUndo(group: 'agenda' | 'actions') {
    return this.#undo.render(
      group,
      (item) => this.t('feedback.removedShort', 'Removed “{text}”.', { text: 'theme' in item ? this.#shown(item).text : item.text }),
      this.t('feedback.undo', 'Undo'),
      () => this.#restore(),
      'notice-lite no-print',
    );
  }

  /** Adds a question of your own. */
  addOwn(questionText: string, theme = 'performance'): void {
    if (!questionText.trim()) return;
    this.#setSelected([...this.data.selected, { id: newId('own-'), text: questionText, theme, custom: true }]);
    this.announce(this.t('feedback.added', 'Added to your agenda.'));
  }

  /** Moves an agenda question from one position to another. */
  move(from: number, to: number): void {
    const list = [...this.data.selected];
    if (from === to || to < 0 || to >= list.length || from < 0 || from >= list.length) return;
    list.splice(to, 0, ...list.splice(from, 1));
    this.#setSelected(list);
    this.announce(this.t('feedback.moved', 'Moved to position {number} of {total}.', { number: to + 1, total: list.length }));
  }

  #patchQuestion(id: string, patch: Partial<PickedQuestion>): void {
    this.#setSelected(
      this.data.selected.map((s) => {
        if (s.id !== id) return s;
        const next: PickedQuestion = { ...s, ...patch };
        for (const k of ['answer', 'takeaway', 'starred'] as const) if (!next[k]) delete next[k];
        return next;
      }),
    );
  }

  #patchMeeting(patch: Partial<FeedbackMeeting>): void {
    const meeting: FeedbackMeeting = { ...this.data.meeting, ...patch };
    for (const k of Object.keys(meeting) as (keyof FeedbackMeeting)[]) if (meeting[k] === '' || meeting[k] === undefined) delete meeting[k];
    const next: FeedbackValue = { ...this.data, meeting };
    if (!Object.keys(meeting).length) delete next.meeting;
    this.commit(next);
  }

  /** Adds the starred takeaways (all takeaways when none is starred) to "what I'll do next". */
  takeawaysToActions(): void {
    const withText = this.data.selected.filter((s) => s.takeaway?.trim());
    const starred = withText.filter((s) => s.starred);
    const have = new Set(this.data.actions.map((a) => a.text));
    const add = (starred.length ? starred : withText).map((s) => s.takeaway!).filter((t) => !have.has(t));
    if (add.length) this.#update({ actions: [...this.data.actions, ...add.map((t) => ({ id: newId('a'), text: t, done: false }))] });
    this.announce(this.i18n.plural(add.length, 'feedback.actionsAdded', { one: '{n} next step added.', other: '{n} next steps added.' }));
  }

  // ——— the request ———

  #with(): string {
    return this.data.meeting?.with || this.profile.supervisor || '';
  }

  /** How to greet the person the request is for: their own "how to greet them", else the profile's greeting when it is the supervisor, else the rule. */
  #greet(): string {
    return this.#address().given;
  }

  /**
   * How the request addresses the person (docs/internals/address.md): the talk's own choices, the
   * profile's greeting for the supervisor; the supervisor is written to formally by default.
   */
  #address(): Addressee {
    const p = this.profile;
    const m = this.data.meeting ?? {};
    const name = this.#with();
    const supervisor = !m.with || name === p.supervisor;
    return resolveAddress({ name, greeting: m.greeting || (supervisor ? p.supervisorGreeting : undefined), title: m.title, form: m.form, register: m.register }, this.i18n.locale, supervisor ? 'supervisor' : undefined);
  }

  #email(): string {
    return this.data.meeting?.email || this.profile.supervisorEmail || '';
  }

  /** The request e-mail: the intern's edited draft, or one drafted from the profile. */
  get request(): { subject: string; body: string } {
    if (this.data.request) return this.data.request;
    const p = this.profile;
    const minutes = this.data.meeting?.minutes ?? this.suggestedMinutes;
    // Dates in a sentence are written in full ("el viernes 18 de diciembre").
    const end = p.endDate ? proseDate(p.endDate, this.i18n.locale) : '';
    const lines = [
      this.#with() ? salutation(this.t, this.#address()) : this.t('feedback.mail.hello', 'Hello,'),
      '',
      end
        ? this.t('feedback.mail.ending', 'As my internship comes to an end on {date}, I would really value your honest feedback.', { date: end })
        : this.t('feedback.mail.endingSoon', 'As my internship comes to an end, I would really value your honest feedback.'),
      // A plural id: Arabic says 15 minutes and 10 minutes with different nouns.
      this.#when()
        ? this.i18n.plural(minutes, 'feedback.mail.askWhen', {
            one: 'Would {when} work, for about {n} minute? I would like to talk about what went well, where I can improve and what to focus on next.',
            other: 'Would {when} work, for about {n} minutes? I would like to talk about what went well, where I can improve and what to focus on next.',
          }, { when: this.#when() })
        : this.i18n.plural(minutes, 'feedback.mail.ask', {
            one: 'Could we find about {n} minute to talk about what went well, where I can improve and what to focus on next?',
            other: 'Could we find about {n} minutes to talk about what went well, where I can improve and what to focus on next?',
          }),
      this.t('feedback.mail.bring', 'I will bring a short list of questions so we stay on time.'),
      '',
      this.t('feedback.mail.thanks', 'Thank you,'),
      p.internName ?? '',
    ];
    return {
      subject: p.company
        ? this.t('feedback.mail.subjectAt', 'Feedback before I finish at {company}?', { company: p.company })
        : this.t('feedback.mail.subject', 'Feedback before I finish?'),
      body: lines.join('\n').trimEnd(),
    };
  }

  /**
   * The link to the `respond-url` page with the agenda in its fragment; undefined without a
   * `respond-url`, without questions, or when the agenda is too long for a link.
   */
  get responseLink(): string | undefined {
    const base = safeUrl(this.respondUrl, ['https:', 'http:']);
    if (!base || !this.data.selected.length) return undefined;
    // With the board's server, the link carries the registered request's opaque id and nothing else.
    if (this.responses) return this.data.link ? requestLink(base, this.data.link.id) : undefined;
    return agendaLink(base, {
      name: this.profile.internName ?? '',
      email: this.profile.internEmail,
      questions: this.#agenda().map((s) => ({ id: s.id, text: s.text })),
      lang: this.i18n.locale,
      register: this.#address().formal ? 'formal' : 'familiar',
    });
  }

  /** The request as sent: the draft plus, with `respond-url`, the line with the link to answer in writing. */
  get requestToSend(): { subject: string; body: string } {
    const { subject, body } = this.request;
    const link = this.responseLink;
    const ps = this.#address().formal
      ? this.t('feedback.mail.respond.formal', 'P.S. If it’s easier, you can answer the questions in writing here, no account needed: {url}', { url: link })
      : this.t('feedback.mail.respond', 'P.S. If it’s easier, you can answer the questions in writing here, no account needed: {url}', { url: link });
    return link ? { subject, body: `${body}\n\n${ps}` } : { subject, body };
  }

  /** The chosen day and time in the intern's language ("Monday, December 14 at 2:00 PM"); '' before a date is picked. */
  #when(): string {
    const m = this.data.meeting;
    if (!m?.date || !isISODate(m.date)) return '';
    const date = proseDate(m.date, this.i18n.locale);
    if (!m.time) return date;
    // "a la 1:00 p. m." / "a las 3:00 p. m.": the Spanish join picks the article for one o'clock.
    return this.t('feedback.mail.dateAtTime', '{date} at {time}', { date, time: proseTime(m.time, this.i18n.locale) });
  }

  /** The `mailto:` link for the request (to the meeting e-mail, else the supervisor's). */
  get mailto(): string {
    return mailtoUrl({ to: this.#email(), ...this.requestToSend });
  }

  /**
   * Reads a supervisor's written response (their whole e-mail or just the block) and puts each answer
   * on its question. Throws a `PacketError` when the block is missing, cut off, changed or not a response.
   */
  applyResponse(pasted: string): SupervisorResponse {
    const response = readResponse(pasted);
    const { selected, landed } = mergeResponse(this.#agenda(), response);
    // A pasted block is checksummed, not signed (anyone can make one): it is kept as "pasted, not
    // verified" and makes nobody a reference until she confirms it (confirmReference()).
    const next: FeedbackValue = { ...this.data, selected, response: { from: response.from || this.#with(), pasted: true } };
    if (response.quote) next.response!.quote = response.quote;
    if (response.reference !== undefined) next.response!.reference = response.reference;
    if (response.date) next.response!.date = response.date;
    this.commit(next);
    this.stage = 'talk';
    this.emit('sf-response', { response, channel: 'paste' });
    this.announce(this.i18n.plural(landed, 'feedback.pasted', { one: '{n} answer from {name} added to your agenda.', other: '{n} answers from {name} added to your agenda.' }, { name: next.response!.from }));
    return response;
  }

  /**
   * Registers the agenda on the board's server (`responses`) and keeps the link's id: the request e-mail
   * then links to the supervisor's page with that id only. A link made earlier is withdrawn.
   */
  async createLink(): Promise<void> {
    const api = this.responses;
    if (!api || !this.data.selected.length) return;
    const old = this.data.link;
    const email = (this.profile as { internEmail?: string }).internEmail;
    try {
      const made = await api.register({
        name: this.profile.internName ?? '',
        questions: this.#agenda().map((s) => ({ id: s.id, text: s.text })),
        lang: this.i18n.locale,
        register: this.#address().formal ? 'formal' : 'familiar',
        ...(email && isEmail(email) ? { replyTo: email } : {}),
      });
      this.commit({ ...this.data, link: { id: made.id, expiresAt: made.expiresAt, questions: this.data.selected.map((s) => s.id) } });
      if (old) await api.revoke(old.id).catch(() => {});
      this.linkNote = this.t('feedback.link.made', 'Your private link is ready: it carries no names or questions, only a code.');
    } catch {
      this.linkNote = this.t('feedback.link.failed', 'The link couldn’t be made just now. Check your connection and try again.');
    }
    this.announce(this.linkNote);
  }

  /** Withdraws the link on the board's server: the supervisor's page stops opening it. */
  async revokeLink(): Promise<void> {
    const link = this.data.link;
    if (!this.responses || !link) return;
    try {
      await this.responses.revoke(link.id);
      const next = { ...this.data };
      delete next.link;
      this.commit(next);
      this.linkNote = this.t('feedback.link.revoked', 'The link was withdrawn: it no longer opens.');
    } catch {
      this.linkNote = this.t('feedback.link.failed', 'The link couldn’t be made just now. Check your connection and try again.');
    }
    this.announce(this.linkNote);
  }

  /**
   * Asks the board's server whether the supervisor answered; once they did, checks the signature and puts
   * their words on the agenda as theirs, verified. Resolves with what happened.
   */
  async checkAnswers(): Promise<'answered' | 'waiting' | 'expired' | 'revoked' | 'failed'> {
    const api = this.responses;
    const link = this.data.link;
    if (!api || !link) return 'failed';
    let outcome: 'answered' | 'waiting' | 'expired' | 'revoked' | 'failed';
    try {
      const status = await api.status(link.id);
      outcome = status.status;
      if (status.status === 'answered' && status.signed) {
        const { response, verification } = await openSignedResponse(status.signed, link.id, await api.keys());
        this.#applyVerified(response, verification);
        return 'answered';
      }
    } catch {
      outcome = 'failed';
    }
    this.linkNote =
      outcome === 'waiting'
        ? this.t('feedback.link.waiting', 'No answers yet. The link works until {date}.', { date: formatDate(link.expiresAt.slice(0, 10), this.i18n.locale) })
        : outcome === 'expired'
          ? this.t('feedback.link.expired', 'The link expired before an answer came. Make a new one and send it again.')
          : outcome === 'revoked'
            ? this.t('feedback.link.revoked', 'The link was withdrawn: it no longer opens.')
            : this.t('feedback.link.unverified', 'The answers couldn’t be fetched or didn’t pass the signature check, so nothing was added.');
    this.announce(this.linkNote);
    return outcome;
  }

  /** Signed answers: on the agenda as the supervisor's words, with the verification kept for exports. */
  #applyVerified(response: SupervisorResponse, verified: ResponseVerification): void {
    const { selected, landed } = mergeResponse(this.#agenda(), response);
    const record: FeedbackResponseRecord = { from: response.from, verified };
    if (response.quote) record.quote = response.quote;
    if (response.reference !== undefined) record.reference = response.reference;
    if (response.date) record.date = response.date;
    this.commit({ ...this.data, selected, response: record });
    this.verifiedCheck = 'ok';
    this.stage = 'talk';
    // Signed by the board, in the supervisor's own words: their yes makes them a reference.
    if (response.reference) this.#addReference(response.from);
    this.emit('sf-response', { response, channel: 'server' });
    this.linkNote = '';
    this.announce(this.i18n.plural(landed, 'feedback.pasted', { one: '{n} answer from {name} added to your agenda.', other: '{n} answers from {name} added to your agenda.' }, { name: response.from }));
  }

  /** Checks a kept verification again (the words on screen against the board's signature). */
  async #recheck(): Promise<void> {
    const r = this.data.response;
    const api = this.responses;
    if (!r?.verified || !api) return;
    try {
      this.verifiedCheck = (await checkVerification(r.verified, r, await api.keys())) ? 'ok' : 'failed';
    } catch {
      // Offline: the badge waits for the next visit; nothing is claimed meanwhile.
    }
  }

  /**
   * She confirms that the supervisor said yes to being a reference (a pasted response needs her word):
   * in the kit, they are tagged "reference" and tracked as agreed in Keep in touch.
   */
  confirmReference(): void {
    const r = this.data.response;
    if (!r?.reference) return;
    if (r.pasted && !r.confirmed) this.commit({ ...this.data, response: { ...r, confirmed: true } });
    this.#addReference(r.from);
  }

  /** In the kit, someone who agreed to be a reference is tagged so in Keep in touch. */
  #addReference(from: string): void {
    if (!this.kit) return;
    const email = this.#email();
    // Greeted in keep-in-touch as in the request: the talk's "how to greet them", else the profile's for the supervisor.
    const greeting = from === this.#with() ? this.#greet() : from === this.profile.supervisor ? this.profile.supervisorGreeting : undefined;
    this.kit.request('add-contacts', [{ name: from, email: email || undefined, how: this.t('feedback.refHow', 'My supervisor; agreed to be a reference'), tags: [this.t('feedback.refTag', 'reference')], reference: 'agreed', via: 'feedback', ...(greeting && greeting !== from ? { greeting } : {}) }]);
  }

  #paste(e: Event): void {
    e.preventDefault();
    const box = (e.target as HTMLFormElement).querySelector('textarea')!;
    try {
      this.applyResponse(box.value);
      this.pasteError = '';
      box.value = '';
    } catch (error) {
      const problem = error instanceof PacketError ? error.problem : 'invalid';
      this.pasteError =
        problem === 'missing'
          ? this.t('feedback.paste.missing', 'No answers found. Paste the whole e-mail, including the lines from BEGIN to END.')
          : problem === 'truncated'
            ? this.t('feedback.paste.truncated', 'The answers are cut off: the END line is missing. Copy the e-mail again, down to its last line.')
            : problem === 'tampered'
              ? this.t('feedback.paste.tampered', 'The block was changed after it was sent, so it can’t be trusted. Copy it again from the e-mail, or ask for it again.')
              : problem === 'version'
                ? this.t('feedback.paste.version', 'These answers come from a newer version of the response page. Update Strong Finish to read them.')
                : this.t('feedback.paste.invalid', 'That block doesn’t hold feedback answers.');
      this.announce(this.pasteError);
      box.focus();
    }
  }

  #editRequest(patch: Partial<{ subject: string; body: string }>): void {
    this.#update({ request: { ...this.request, ...patch } });
  }

  #resetRequest(): void {
    const next = { ...this.data };
    delete next.request;
    this.commit(next);
  }

  async #copyRequest(): Promise<void> {
    const { subject, body } = this.requestToSend;
    await this.copy(`${subject}\n\n${body}`);
    this.emit('sf-request', { channel: 'copy' });
  }

  #downloadIcs(): void {
    if (this.download(fileName(this.#title(), 'ics'), this.toICS(), 'ics')) this.emit('sf-request', { channel: 'ics' });
  }

  #title(): string {
    const who = this.#with();
    // "con la Dra. Sara Haddad": the person as running text names them (the article before a title).
    // The name as typed unless the language adds something (an article, a spelled-out title).
    const a = this.#address();
    const named = runningName(a);
    return who ? this.t('feedback.titleWith', 'Feedback conversation with {name}', { name: named && named !== a.name ? named : who }) : this.t('feedback.titleShort', 'Feedback conversation');
  }

  // ——— exports ———

  /** The agenda as Markdown; once notes or takeaways exist, the agenda with answers and next steps. */
  toMarkdown(): string {
    const { actions, meeting } = this.data;
    const selected = this.#agenda();
    const after = selected.some((s) => s.answer || s.takeaway || s.said);
    const labels = this.#labels();
    const locale = this.i18n.locale;
    const slot = meeting?.date && {
      date: formatDate(meeting.date, locale),
      time: meeting.time ? formatTime(meeting.time, locale) : '',
      duration: this.i18n.minutes(meeting.minutes ?? this.suggestedMinutes),
    };
    const when = slot
      ? mdField(
          this.t('feedback.md.when', 'When'),
          slot.time ? this.t('feedback.md.whenAt', '{date}, {time} ({duration})', slot) : this.t('feedback.md.whenDay', '{date} ({duration})', slot),
        )
      : '';
    const agenda = after
      ? selected.flatMap((s, i) => [
          mdHeading(3, `${this.i18n.number(i + 1)}. ${s.text}`),
          s.said ? mdField(this.t('feedback.said', 'In {name}’s words', { name: this.data.response?.from || this.#with() || this.t('feedback.saidSupervisor', 'your supervisor') }), s.said) : '',
          s.answer ? mdParagraph(s.answer) : '',
          s.takeaway ? mdField(s.starred ? this.t('feedback.md.takeawayStar', 'Key takeaway (act on this)') : this.t('feedback.takeaway', 'Key takeaway'), s.takeaway) : '',
        ])
      : [selected.map((s) => mdItem(`${s.text} (${labels[s.theme] ?? s.theme})`)).join('\n')];
    return mdDocument([
      mdHeading(1, this.#title()),
      when,
      mdHeading(2, this.t('feedback.agenda', 'Agenda')),
      selected.length ? mdParagraph(this.#lengthText()) : mdParagraph(this.t('feedback.md.none', 'No questions picked yet.')),
      ...agenda,
      this.data.response?.quote ? mdField(this.t('feedback.md.quote', 'Recommendation from {name}', { name: this.data.response.from }), this.data.response.quote) : '',
      ...(this.data.retired?.length
        ? [mdHeading(2, this.t('checklist.retiredTitle', 'No longer in your programme')), ...this.data.retired.flatMap((s) => [mdHeading(3, s.text), s.said ?? '', s.answer ? mdParagraph(s.answer) : '', s.takeaway ? mdField(this.t('feedback.takeaway', 'Key takeaway'), s.takeaway) : ''])]
        : []),
      actions.length ? mdHeading(2, this.t('feedback.next', 'What I’ll do next')) : '',
      actions.map((a) => mdItem(a.due ? `${a.text} (${formatDate(a.due, this.i18n.locale)})` : a.text, a.done)).join('\n'),
    ], this.t('core.colon', ':'));
  }

  #zone(): string | undefined {
    return isTimeZone(this.timeZone) ? this.timeZone : localTimeZone();
  }

  /** The meeting for "Add to Google Calendar" / "Add to Outlook" links; undefined until a date and time are set. */
  #calendarEvent(): CalendarLinkEvent | undefined {
    const m = this.data.meeting;
    if (!m?.date || !m.time) return undefined;
    const description = this.#agenda().map((s, i) => `${this.i18n.number(i + 1)}. ${s.text}`).join('\n');
    return { summary: this.#title(), description: description || undefined, start: `${m.date}T${m.time}`, durationMinutes: m.minutes ?? this.suggestedMinutes, alarm: true };
  }

  /** A calendar with the meeting (timed in the intern's time zone, with a reminder 15 minutes before); no event until a date and time are set. */
  toICS(): string {
    const m = this.data.meeting;
    const summary = this.#title();
    const description = this.#agenda().map((s, i) => `${this.i18n.number(i + 1)}. ${s.text}`).join('\n');
    return toICS({
      name: summary,
      now: this.now,
      timeZone: this.#zone(),
      events:
        m?.date && m.time
          ? [
              {
                uid: 'feedback-meeting',
                summary,
                description: description || undefined,
                start: `${m.date}T${m.time}`,
                durationMinutes: m.minutes ?? this.suggestedMinutes,
                alarm: { minutesBefore: REMINDER_MINUTES, description: summary },
              },
            ]
          : [],
    });
  }

  // ——— rendering ———

  #lengthText(): string {
    const n = this.data.selected.length;
    // The duration carries its own unit and plural ("10 دقائق", "15 دقيقة"); the count picks the form.
    return this.i18n.plural(n, 'feedback.length', { one: 'About {minutes} for {n} question.', other: 'About {minutes} for {n} questions.' }, { minutes: this.i18n.minutes(this.suggestedMinutes) });
  }

  #onItemKey(e: KeyboardEvent, index: number): void {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    this.#moveKeepingFocus(index, index + (e.key === 'ArrowUp' ? -1 : 1));
  }

  async #moveKeepingFocus(from: number, to: number): Promise<void> {
    const active = this.shadowRoot?.activeElement as HTMLElement | null;
    const item = active?.closest('li');
    this.move(from, to);
    await this.updateComplete;
    const target = active && !(active as HTMLButtonElement).disabled ? active : item?.querySelector<HTMLElement>('button:not([disabled])');
    target?.focus();
  }

  #drop(e: DragEvent, index: number): void {
    e.preventDefault();
    const from = this.data.selected.findIndex((s) => s.id === this.#drag);
    this.dragOver = '';
    if (from >= 0) this.move(from, index);
  }

  #renderAgendaItem(s: PickedQuestion, i: number, labels: Record<string, string>) {
    const talk = this.stage === 'talk';
    const n = this.data.selected.length;
    const qid = `q${i}`;
    return html`<li
      class="item card ${this.dragOver === s.id ? 'over' : ''}"
      data-id=${s.id}
      draggable=${talk ? 'false' : 'true'}
      @dragstart=${(e: DragEvent) => {
        this.#drag = s.id;
        e.dataTransfer?.setData('text/plain', s.id);
      }}
      @dragover=${(e: DragEvent) => {
        e.preventDefault();
        this.dragOver = s.id;
      }}
      @dragleave=${() => (this.dragOver = '')}
      @drop=${(e: DragEvent) => this.#drop(e, i)}
      @keydown=${(e: KeyboardEvent) => this.#onItemKey(e, i)}
    >
      <div class="head">
        <span aria-hidden="true">${this.i18n.number(i + 1)}.</span>
        <p id=${qid}>${s.text}</p>
      </div>
      <div class="row">
        <span class="chip">${labels[s.theme] ?? s.theme}</span>
        <span class="spacer"></span>
        ${talk
          ? html`<button class="star" aria-pressed=${s.starred ? 'true' : 'false'} aria-describedby=${qid} @click=${() => this.#patchQuestion(s.id, { starred: !s.starred })}>
              <span aria-hidden="true">${s.starred ? '★' : '☆'}</span>${this.t('feedback.star', 'Act on this')}
            </button>`
          : html`<button class="up" ?disabled=${i === 0} aria-label=${this.t('feedback.up', 'Move up')} aria-describedby=${qid} title=${this.t('feedback.moveHint', 'Alt + arrow keys also move')} @click=${() => this.#moveKeepingFocus(i, i - 1)}>↑</button>
              <button class="down" ?disabled=${i === n - 1} aria-label=${this.t('feedback.down', 'Move down')} aria-describedby=${qid} title=${this.t('feedback.moveHint', 'Alt + arrow keys also move')} @click=${() => this.#moveKeepingFocus(i, i + 1)}>↓</button>
              <button class="ghost danger" aria-describedby=${qid} @click=${() => this.#removeQuestion(s.id, true)}>${this.t('feedback.remove', 'Remove')}</button>`}
      </div>
      ${talk && s.said
        ? html`<figure class="said">
            <figcaption class="hint">${this.t('feedback.said', 'In {name}’s words', { name: this.data.response?.from || this.#with() || this.t('feedback.saidSupervisor', 'your supervisor') })}</figcaption>
            <blockquote dir="auto">${s.said}</blockquote>
          </figure>`
        : nothing}
      ${talk
        ? html`<div class="field">
              <label for="a${i}">${this.t('feedback.notes', 'Notes')}</label>
              <textarea id="a${i}" dir="auto" aria-describedby=${qid} .value=${s.answer ?? ''} @input=${(e: Event) => this.#patchQuestion(s.id, { answer: (e.target as HTMLTextAreaElement).value })}></textarea>
            </div>
            <div class="field">
              <label for="k${i}">${this.t('feedback.takeaway', 'Key takeaway')}</label>
              <input id="k${i}" type="text" dir="auto" aria-describedby=${qid} .value=${s.takeaway ?? ''} @input=${(e: Event) => this.#patchQuestion(s.id, { takeaway: (e.target as HTMLInputElement).value })} />
            </div>`
        : nothing}
    </li>`;
  }

  #renderBank(labels: Record<string, string>) {
    const q = this.query.trim().toLowerCase();
    const all = this.questions;
    const found = all.filter((x) => (!this.filter || x.theme === this.filter) && (!q || x.text.toLowerCase().includes(q) || (x.tip ?? '').toLowerCase().includes(q)));
    const picked = new Set(this.data.selected.map((s) => s.id));
    const shown = found.slice(0, this.limit);
    const themes = [...new Set([...this.#themeIds(), ...all.map((x) => x.theme)])];
    return html`<section class="bank no-print" aria-labelledby="bank-h">
      <h3 id="bank-h">${this.t('feedback.bank', 'Question bank')}</h3>
      <div class="grid">
        <div class="field">
          <label for="search">${this.t('feedback.search', 'Search questions')}</label>
          <input id="search" type="search" dir="auto" .value=${this.query} @input=${(e: Event) => ((this.query = (e.target as HTMLInputElement).value), (this.limit = PAGE))} />
        </div>
        <div class="field">
          <label for="theme">${this.t('feedback.theme', 'Theme')}</label>
          <select id="theme" .value=${this.filter} @change=${(e: Event) => ((this.filter = (e.target as HTMLSelectElement).value), (this.limit = PAGE))}>
            <option value="">${this.t('feedback.allThemes', 'All themes')}</option>
            ${themes.map((t) => html`<option value=${t} ?selected=${t === this.filter}>${labels[t] ?? t}</option>`)}
          </select>
        </div>
      </div>
      <p class="hint" role="status">${this.i18n.plural(found.length, 'feedback.found', { one: 'Showing {shown} of {n} question.', other: 'Showing {shown} of {n} questions.' }, { shown: this.i18n.number(shown.length) })}</p>
      ${found.length
        ? html`<ul class="list bank-list">
            ${repeat(
              shown,
              (x) => x.id,
              (x, i) => html`<li class="item card">
                <div class="head"><p id="b${i}">${x.text}</p></div>
                ${x.tip ? html`<p class="tip hint">${x.tip}</p>` : nothing}
                <div class="row">
                  <span class="chip">${labels[x.theme] ?? x.theme}</span>
                  <span class="spacer"></span>
                  <button aria-pressed=${picked.has(x.id) ? 'true' : 'false'} aria-describedby="b${i}" @click=${() => this.toggleQuestion(x)}>
                    ${picked.has(x.id) ? this.t('feedback.onAgenda', '✓ On my agenda') : this.t('feedback.add', '+ Add')}
                  </button>
                </div>
              </li>`,
            )}
          </ul>`
        : html`<p class="empty">${this.t('feedback.noMatch', 'No question matches. Try another word, or add your own question.')}</p>`}
      ${found.length > shown.length
        ? html`<button @click=${() => (this.limit += PAGE)}>${this.t('feedback.more', 'Show more')}</button>`
        : nothing}
    </section>`;
  }

  #renderAdd(labels: Record<string, string>) {
    const submit = (e: Event) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      const input = form.querySelector('input')!;
      if (!input.value.trim()) {
        this.announce(this.t('feedback.typeFirst', 'Type a question first.'));
        input.focus();
        return;
      }
      this.addOwn(input.value, form.querySelector('select')!.value);
      input.value = '';
    };
    return html`<form class="add no-print" @submit=${submit}>
      <div class="field">
        <label for="own">${this.t('feedback.own', 'Add your own question')}</label>
        <input id="own" type="text" dir="auto" />
      </div>
      <div class="field">
        <label for="own-theme">${this.t('feedback.theme', 'Theme')}</label>
        <select id="own-theme">${this.#themeIds().map((t) => html`<option value=${t}>${labels[t] ?? t}</option>`)}</select>
      </div>
      <button type="submit">${this.t('feedback.addOwn', 'Add')}</button>
    </form>`;
  }

  #renderRequest() {
    const m = this.data.meeting ?? {};
    const email = this.#email();
    const badEmail = !!m.email && !isEmail(m.email);
    const { subject, body } = this.request;
    const canIcs = !!(m.date && m.time);
    const calendar = this.#calendarEvent();
    const field = (id: string, label: string, input: unknown, hint?: unknown) => html`<div class="field"><label for=${id}>${label}</label>${input}${hint ?? nothing}</div>`;
    return html`<section class="no-print" aria-labelledby="req-h">
      <h3 id="req-h">${this.t('feedback.request', 'Ask for the meeting')}</h3>
      <p class="intro">${this.t('feedback.requestIntro', 'Pick a time, check the email, then send it from your own mail app.')}</p>
      <div class="grid">
        ${field('m-with', this.t('feedback.with', 'With'), html`<input id="m-with" type="text" dir="auto" maxlength="300" placeholder=${this.profile.supervisor ?? ''} .value=${m.with ?? ''} @input=${(e: Event) => this.#patchMeeting({ with: (e.target as HTMLInputElement).value })} />`)}
        ${field('m-greeting', this.t('feedback.greeting', 'How to greet them'), html`<input id="m-greeting" type="text" dir="auto" maxlength="200" placeholder=${this.#with() ? greetName({ name: this.#with(), greeting: this.#with() === this.profile.supervisor ? this.profile.supervisorGreeting : undefined }) : ''} .value=${m.greeting ?? ''} @input=${(e: Event) => this.#patchMeeting({ greeting: (e.target as HTMLInputElement).value })} />`)}
        ${this.#with() ? addressFields({ id: 'm-', t: this.t, person: this.data.meeting ?? {}, address: this.#address(), team: false, preview: salutation(this.t, this.#address()), onChange: (patch) => this.#patchMeeting(patch as Partial<FeedbackMeeting>) }) : nothing}
        ${field(
          'm-email',
          this.t('feedback.email', 'Their email'),
          html`<input id="m-email" type="email" maxlength="320" placeholder=${this.profile.supervisorEmail ?? ''} aria-invalid=${badEmail ? 'true' : 'false'} aria-describedby="m-email-hint" .value=${m.email ?? ''} @input=${(e: Event) => this.#patchMeeting({ email: (e.target as HTMLInputElement).value.trim() })} />`,
          html`<span id="m-email-hint" class="hint">${badEmail ? this.t('feedback.badEmail', 'That doesn’t look like an email address.') : email ? '' : this.t('feedback.noEmail', 'Add it to fill in the “To” line.')}</span>`,
        )}
        ${field('m-date', this.t('feedback.date', 'Date'), html`<input id="m-date" type="date" .value=${m.date ?? ''} @change=${(e: Event) => this.#patchMeeting({ date: (e.target as HTMLInputElement).value })} />`)}
        ${field('m-time', this.t('feedback.time', 'Time'), html`<input id="m-time" type="time" .value=${m.time ?? ''} @change=${(e: Event) => this.#patchMeeting({ time: (e.target as HTMLInputElement).value })} />`)}
        ${field(
          'm-min',
          this.t('feedback.minutes', 'Length in minutes'),
          html`<input id="m-min" type="number" min="5" max="600" step="5" placeholder=${this.suggestedMinutes} .value=${m.minutes ? String(m.minutes) : ''} @change=${(e: Event) => {
            const v = Math.round(Number((e.target as HTMLInputElement).value));
            this.#patchMeeting({ minutes: v >= 5 && v <= 600 ? v : undefined });
          }} />`,
        )}
      </div>
      ${field('r-subject', this.t('feedback.subject', 'Subject'), html`<input id="r-subject" type="text" dir="auto" maxlength="2000" .value=${subject} @input=${(e: Event) => this.#editRequest({ subject: (e.target as HTMLInputElement).value })} />`)}
      ${field('r-body', this.t('feedback.body', 'Message'), html`<textarea id="r-body" dir="auto" rows="9" .value=${body} @input=${(e: Event) => this.#editRequest({ body: (e.target as HTMLTextAreaElement).value })}></textarea>`)}
      ${this.#renderRespondHint()}
      <div class="toolbar">
        <a class="button" href=${this.mailto} @click=${() => this.emit('sf-request', { channel: 'mail' })}>${this.t('feedback.openMail', 'Open in my mail app')}</a>
        <button @click=${() => this.#copyRequest()}>${this.t('feedback.copyMail', 'Copy the email')}</button>
        <button class="ics" ?disabled=${!canIcs} aria-describedby="ics-hint" @click=${() => this.#downloadIcs()}>${this.t('feedback.ics', 'Download invitation (.ics)')}</button>
        ${calendar
          ? html`<a class="calendar-link" href=${googleCalendarUrl(calendar, this.#zone()) ?? ''} target="_blank" rel="noopener" aria-describedby="links-hint">${this.t('feedback.google', 'Add to Google Calendar')}</a>
              <a class="calendar-link" href=${outlookCalendarUrl(calendar, this.#zone()) ?? ''} target="_blank" rel="noopener" aria-describedby="links-hint">${this.t('feedback.outlook', 'Add to Outlook')}</a>`
          : nothing}
        ${this.data.request ? html`<button class="ghost" @click=${() => this.#resetRequest()}>${this.t('feedback.resetDraft', 'Start the email again')}</button>` : nothing}
      </div>
      <p id="ics-hint" class="hint">${canIcs ? this.t('feedback.icsReady', 'The invitation reminds you {minutes} before.', { minutes: this.i18n.minutes(REMINDER_MINUTES) }) : this.t('feedback.icsNeeds', 'Pick a date and time to create the invitation.')}</p>
      ${calendar ? html`<p id="links-hint" class="hint">${this.t('feedback.linksNote', 'Google Calendar and Outlook links add the meeting without the reminder: set one there, or use the .ics file.')}</p>` : nothing}
    </section>`;
  }

  /** With the board's server: make the private link, or withdraw it; what the server last said. */
  #renderLinkControls() {
    const link = this.data.link;
    const stale = !!link?.questions && link.questions.join('\n') !== this.data.selected.map((s) => s.id).join('\n');
    return html`<div class="toolbar link-controls">
        ${!link || stale
          ? html`<button class="create-link" @click=${() => this.createLink()}>${link ? this.t('feedback.link.update', 'Update the link with these questions') : this.t('feedback.link.create', 'Make a private answer link')}</button>`
          : nothing}
        ${link ? html`<button class="ghost revoke-link" @click=${() => this.revokeLink()}>${this.t('feedback.link.revoke', 'Withdraw the link')}</button>` : nothing}
      </div>
      ${this.linkNote ? html`<p class="hint link-note" role="status">${this.linkNote}</p>` : nothing}`;
  }

  #renderRespondHint() {
    if (!safeUrl(this.respondUrl, ['https:', 'http:']) || !this.data.selected.length) return nothing;
    const link = this.responseLink;
    const name = this.#with();
    if (this.responses && !link) {
      return html`<p class="hint respond">${this.t('feedback.link.explain', 'Make a private link for the e-mail: it carries only a code, and their answers come back signed by this site.')}</p>${this.#renderLinkControls()}`;
    }
    return link
      ? html`<p class="hint respond">
          ${name
            ? this.t('feedback.respondHint', 'The email ends with a link where {name} can answer in writing, without an account.', { name })
            : this.t('feedback.respondHintNoName', 'The email ends with a link where they can answer in writing, without an account.')}
          <a href=${link} target="_blank" rel="noopener noreferrer">${this.t('feedback.respondPreview', 'See their page')}</a>
        </p>${this.responses ? this.#renderLinkControls() : nothing}`
      : html`<p class="hint respond">${this.t('feedback.respondTooLong', 'The agenda is too long to fit in a link: remove a few questions to let them answer in writing.')}</p>`;
  }

  /** Where the supervisor's written words came from: signed by the board, or pasted (and whether she confirmed). */
  #renderProvenance(r: FeedbackResponseRecord) {
    if (r.verified) {
      const board = r.verified.issuer;
      const date = formatDate(r.verified.at.slice(0, 10), this.i18n.locale);
      if (this.verifiedCheck === 'failed') {
        return html`<p class="provenance failed" role="alert">${this.t('feedback.verify.failed', 'These words don’t match {board}’s signature any more: treat them as not verified.', { board })}</p>`;
      }
      return this.verifiedCheck === 'ok'
        ? html`<p class="provenance verified"><span aria-hidden="true">✓ </span>${this.t('feedback.verify.by', 'Verified by {board}', { board })} · <span>${date}</span> · <a href=${r.verified.url} target="_blank" rel="noopener noreferrer">${this.t('feedback.verify.check', 'Anyone can check it')}</a></p>`
        : html`<p class="provenance">${this.t('feedback.verify.via', 'Sent through {board} on {date}', { board, date })}</p>`;
    }
    if (!r.pasted) return nothing;
    return html`<p class="provenance pasted">${this.t('feedback.verify.pasted', 'Pasted, not verified')}</p>
      ${r.reference && !r.confirmed
        ? html`<p class="hint">${this.t('feedback.verify.pastedHint', 'Anyone can write such a block. Check that it really came from {name} before you count them as a reference.', { name: r.from })}</p>
            <button class="confirm-ref" @click=${() => this.confirmReference()}>${this.t('feedback.verify.confirm', '{name} told me yes: add them as a reference', { name: r.from })}</button>`
        : nothing}`;
  }

  #renderPaste() {
    const name = this.data.response?.from || this.#with();
    const r = this.data.response;
    const waiting = this.responses && this.data.link && !r?.verified;
    return html`<section class="paste" aria-labelledby="paste-h">
      <h3 id="paste-h">${this.t('feedback.paste.title', 'Answers in writing')}</h3>
      ${waiting
        ? html`<div class="toolbar no-print"><button class="check-answers" @click=${() => this.checkAnswers()}>${this.t('feedback.link.check', 'Check for their answers')}</button></div>
            ${this.linkNote ? html`<p class="hint link-note" role="status">${this.linkNote}</p>` : nothing}`
        : nothing}
      ${r && (r.quote || r.reference !== undefined || r.verified || r.pasted)
        ? html`<div class="card said-summary">
            ${r.quote ? html`<figure><blockquote dir="auto">${r.quote}</blockquote><figcaption>${r.from}</figcaption></figure>` : nothing}
            ${r.reference === undefined
              ? nothing
              : html`<p>${r.reference ? this.t('feedback.paste.refYes', '{name} would be a reference.', { name: r.from }) : this.t('feedback.paste.refNo', '{name} would rather not be a reference this time.', { name: r.from })}</p>`}
            ${this.#renderProvenance(r)}
          </div>`
        : nothing}
      <form class="no-print" @submit=${(e: Event) => this.#paste(e)}>
        <div class="field">
          <label for="paste">${name ? this.t('feedback.paste.label', 'Paste {name}’s e-mail with their answers', { name }) : this.t('feedback.paste.labelNoName', 'Paste the e-mail with their answers')}</label>
          <textarea id="paste" dir="auto" rows="4" aria-invalid=${this.pasteError ? 'true' : 'false'} aria-describedby="paste-hint"></textarea>
          <span id="paste-hint" class="hint ${this.pasteError ? 'error' : ''}">${this.pasteError || this.t('feedback.paste.hint', 'Each answer lands on its question, marked as their words. Your own notes stay as they are.')}</span>
        </div>
        <button type="submit">${this.t('feedback.paste.add', 'Add their answers')}</button>
      </form>
    </section>`;
  }

  #patchStep(id: string, patch: Partial<NextStep>): void {
    const was = this.data.actions.find((a) => a.id === id)?.done;
    this.#update({
      actions: this.data.actions.map((a) => {
        if (a.id !== id) return a;
        const next = { ...a, ...patch };
        if (!next.due) delete next.due;
        return next;
      }),
    });
    if (patch.done !== undefined && was !== undefined && patch.done !== was) this.taskDone(`feedback:${id}`, 'feedback', patch.done);
  }

  #renderActions() {
    const { actions } = this.data;
    const hasTakeaways = this.data.selected.some((s) => s.takeaway?.trim());
    const add = (e: Event) => {
      e.preventDefault();
      const input = (e.target as HTMLFormElement).querySelector('input')!;
      if (!input.value.trim()) return;
      this.#update({ actions: [...actions, { id: newId('a'), text: input.value, done: false }] });
      input.value = '';
      this.announce(this.t('feedback.actionAdded', 'Next step added.'));
    };
    return html`<section aria-labelledby="next-h">
      <h3 id="next-h">${this.t('feedback.next', 'What I’ll do next')}</h3>
      ${actions.length
        ? html`<ol class="list">
            ${repeat(
              actions,
              (a) => a.id,
              (a, i) => html`<li class="row card step ${a.done ? 'done' : ''}" data-step=${a.id}>
                <input type="checkbox" id="n${i}-done" .checked=${a.done} @change=${(e: Event) => this.#patchStep(a.id, { done: (e.target as HTMLInputElement).checked })} />
                <label id="n${i}" for="n${i}-done" class="spacer" dir="auto">${a.text}</label>
                <input type="date" class="due" aria-label=${this.t('feedback.stepDue', 'By when: {text}', { text: a.text })} .value=${a.due ?? ''}
                  @change=${(e: Event) => this.#patchStep(a.id, { due: (e.target as HTMLInputElement).value || undefined })} />
                <button class="ghost danger" aria-describedby="n${i}" @click=${() => this.#removeStep(i)}>${this.t('feedback.remove', 'Remove')}</button>
              </li>`,
            )}
          </ol>`
        : html`<p class="empty">${this.t('feedback.noActions', 'After the talk, star the takeaways you want to act on and turn them into next steps here.')}</p>`}
      ${this.#renderUndo('actions')}
      <div class="toolbar no-print">
        <button ?disabled=${!hasTakeaways} @click=${() => this.takeawaysToActions()}>${this.t('feedback.fromTakeaways', 'Turn takeaways into next steps')}</button>
      </div>
      <form class="add two no-print" @submit=${add}>
        <div class="field">
          <label for="act">${this.t('feedback.addAction', 'Add a next step')}</label>
          <input id="act" type="text" dir="auto" />
        </div>
        <button type="submit">${this.t('feedback.addOwn', 'Add')}</button>
      </form>
    </section>`;
  }

  override render(): TemplateResult {
    const labels = this.#labels();
    const { selected } = this.data;
    const talk = this.stage === 'talk';
    const stageButton = (s: 'prepare' | 'talk', label: string) =>
      html`<button aria-pressed=${this.stage === s ? 'true' : 'false'} @click=${() => (this.stage = s)}>${label}</button>`;
    return html`<div class="base" part="base" dir=${this.i18n.dir}>
      <h2>${this.t('feedback.title', 'Ask for honest feedback')}</h2>
      <p class="intro">${this.t('feedback.intro', 'Don’t guess how you did: ask. Pick a few questions, book a short talk with your supervisor, and note what you hear.')}</p>
      ${this.renderStatus()}
      <div class="stage no-print" role="group" aria-label=${this.t('feedback.stage', 'Stage')}>
        ${stageButton('prepare', this.t('feedback.prepare', '1. Prepare'))} ${stageButton('talk', this.t('feedback.talk', '2. During and after the talk'))}
      </div>
      <div class=${talk ? '' : 'cols'}>
        <section aria-labelledby="agenda-h">
          <h3 id="agenda-h">${this.t('feedback.agenda', 'Agenda')}</h3>
          ${selected.length
            ? html`<p class="hint">${this.#lengthText()}</p>
                <ol class="list ${selected.length > 30 ? 'long' : ''}">${repeat(selected, (s) => s.id, (s, i) => this.#renderAgendaItem(this.#shown(s), i, labels))}</ol>
                ${this.#roving.renderHint((id, en, p) => this.t(id, en, p))}`
            : html`<div class="empty">
                <p>${this.t('feedback.emptyAgenda', 'Your agenda is empty. Add questions from the bank, or start with a balanced set of six.')}</p>
                <button class="primary" @click=${() => this.#setSelected(this.questions.filter((q) => STARTER.includes(q.id)).map((q) => this.#picked(q)))}>
                  ${this.t('feedback.starter', 'Use the suggested six')}
                </button>
              </div>`}
          ${this.#renderUndo('agenda')}
          ${renderRetired(this.t, (n) => this.i18n.number(n), (this.data.retired ?? []).map((q) => ({ id: q.id, text: q.text, note: q.said || q.answer || q.takeaway })), (id) => this.restore(id))}
          ${talk ? nothing : this.#renderAdd(labels)}
        </section>
        ${talk ? this.#renderActions() : this.#renderBank(labels)}
      </div>
      ${talk ? this.#renderPaste() : this.#renderRequest()}
      <footer role="none">
        <div class="toolbar">
          <button @click=${() => this.copy(this.toMarkdown())}>${this.t('feedback.copyMd', 'Copy as Markdown')}</button>
          <button @click=${() => this.download(fileName(this.#title(), 'md'), this.toMarkdown(), 'md')}>${this.t('feedback.downloadMd', 'Download .md')}</button>
          <button @click=${() => this.print()}>${this.t('feedback.print', 'Print')}</button>
        </div>
        <span class="spacer"></span>
        ${this.renderSaved()}
      </footer>
      ${this.renderPrint()}
    </div>`;
  }
}
