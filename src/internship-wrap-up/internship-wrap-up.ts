import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { SfElement } from '../core/base-element.js';
import { kitContext, profileContext, type Kit, type Profile } from '../core/profile.js';
import { DROP, clone, isoDate, list, obj, text, type Rule } from '../core/schema.js';
import { daysBetween, formatDate, formatRelativeDays, todayISO, weekendOf } from '../core/dates.js';
import { daysOff, holidayRules, workday } from '../core/holidays.js';
import { intl } from '../core/intl-cache.js';
import { greetingName } from '../core/names.js';
import { mdDocument, mdField, mdHeading } from '../core/formats/markdown.js';
import { fileName } from '../core/formats/text.js';
import { toJSONResume, type JsonResume } from '../core/formats/json-resume.js';
import { describeElement, warnOnce } from '../core/warn.js';
import { LazyElementsController, type ElementLoaders } from '../core/lazy.js';
import { UndoController } from '../core/controllers/undo.js';
import { clearAll as clearThisBrowser, storedKeys } from '../core/clear-all.js';
import { STEPS, exportParts, profileFields, stepText, type StepSlot } from './content.js';
import { mergeCalendars, progress, stepFromHash } from './logic.js';
import { applyAutoTicks, collectTasks, setTaskDone, reconcileTwins, syncTwins, taskEvents, type Patch, type Task } from '../core/tasks/index.js';
import { toICS as buildICS } from '../core/formats/ics.js';
import { nextFollowUp } from '../keep-in-touch/schedule.js';
import { contactChannel, logThanks, newlyThanked, syncThanked, thankedFor } from '../core/tasks/handoffs.js';
import type { Cadence } from '../keep-in-touch/types.js';
import { styles } from './styles.js';
import type { SfEventMap } from '../core/events.js';
import { resolveAddress, runningName, type Form, type Kind } from '../core/address.js';
import type { ResponsesAdapter } from '../core/storage/http-responses.js';
import type { Translator } from '../core/i18n.js';
import type { PackStepTag, ProgrammePack } from '../core/pack/types.js';
import { KIT_VERSION, kitMigrations } from './model.js';

/** A programme pack's id: letters, digits, `.`, `_`, `-` (it names the storage keys). */
const PACK_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** The intern's profile as kept by the kit (all optional; empty text clears an attribute's value). */
export type WrapUpProfile = Omit<Profile, 'locale'>;

export interface WrapUpValue {
  profile: WrapUpProfile;
  checklist?: object;
  feedback?: object;
  thanks?: object;
  reflection?: object;
  planner?: object;
  contacts?: object;
  /** Thank-you ids already handed to keep-in-touch (someone the intern removed there is not added again). */
  offered?: string[];
  /** When the last backup was downloaded, and when the first change after it was made (ISO times). */
  backup?: { at?: string; changedSince?: string };
  /** The host's programme id (the `programme` attribute), stored with her edits for the board's programme summary. */
  programme?: string;
}

interface Backup {
  value: WrapUpValue;
  savedAt?: string;
}

type Widget = SfElement<object> & { toICS?: () => string; addContacts?: (people: unknown) => number };

const BACKUP_FORMAT = 'strong-finish-backup';
/** The host options the kit forwards: its property, the attribute, and the steps that take it (all when absent). */
const OPTIONS: [prop: string, attr: string, tags?: string[]][] = [
  ['respondUrl', 'respond-url', ['feedback-questions']],
  ['timeZone', 'time-zone', ['feedback-questions']],
  ['holidays', 'holidays', ['finish-strong-planner', 'keep-in-touch']],
  ['linkedinLimit', 'linkedin-limit', ['thank-you-composer']],
  ['moodScale', 'mood-scale', ['reflection-journal']],
  ['pageSize', 'page-size', ['keep-in-touch']],
  ['storageLabel', 'storage-label'],
];
const SLOTS = STEPS.map((s) => s.slot) as string[];
const TAGS = STEPS.map((s) => s.tag) as string[];
const tagOf = (slot: StepSlot): string => STEPS.find((s) => s.slot === slot)!.tag;

/** Any plain JSON object (each widget cleans its own part). */
const anyObject: Rule<object> = (input, path, issues) => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    issues.push(`${path}: expected an object`);
    return DROP;
  }
  try {
    return clone(input);
  } catch {
    issues.push(`${path}: not plain JSON`);
    return DROP;
  }
};
/** The schema's limit is also each profile input's maxlength: nothing typed is cut after a reload. */
const PROFILE_MAX = 500;
const short = text(PROFILE_MAX);
const profileRule = obj({}, { internName: short, internEmail: short, company: short, supervisor: short, supervisorEmail: short, supervisorGreeting: short, role: short, startDate: isoDate(), endDate: isoDate(), weekend: short });

/**
 * The whole Strong Finish kit in one element: a profile header, an overview of the six steps with their
 * progress and the days left, and the six widgets as tabs. It provides the profile and the kit's shared
 * data to every widget inside it (rendered by the kit or placed by the host), and exports everything.
 * The parts of the widgets it renders are forwarded as `<slot>-<part>` (`checklist-item`, `contacts-badge`…).
 *
 * @summary The internship wrap-up: one profile, six steps, one export.
 * @fires change - After a user edit in the profile, in any step, or a restore.
 * @fires sf-step - When the user shows another step; detail `{ step, index, tag }`.
 * @fires sf-export - After a download or print; detail `{ format, tag }`.
 * @fires sf-task - After `tick()` completed or reopened a task (a step inside fires its own when the intern ticks there); detail `{ tag, id, done, step, source: 'kit' }`.
 * @fires sf-progress - Counts only, once saved data is read and when a count changes; detail `{ tag, steps: { done, total }, tasks: { done, total }, pack?, packVersion? }` (the programme pack's id and version, when the kit follows one).
 * @csspart base - The outer container.
 * @csspart header - The profile card.
 * @csspart overview - The grid of step cards.
 * @csspart tabs - The tab list.
 * @csspart panel - The visible step.
 * @csspart notice - The storage notice.
 * @csspart saved - The "Saved" note in the footer.
 * @csspart print - The print view, rendered only while printing: what the Markdown export shows.
 * @cssprop --sf-accent - Buttons, progress bars and the selected tab.
 * @cssprop --sf-surface - Background.
 * @cssprop --sf-text - Text colour (and every other `--sf-*` token; each holds a light and a dark value, so dark mode needs no other names).
 * @slot - Extra content shown under the steps.
 * @slot checklist - A host's own `<internship-checklist>` for that step (likewise `feedback`, `thanks`, `reflection`, `planner`, `contacts`).
 */
export class InternshipWrapUp extends SfElement<WrapUpValue> {
  static override styles = [...SfElement.styles, styles];
  static override kitSlot = '';
  static override schemaVersion = KIT_VERSION;
  static override migrations = kitMigrations;
  /**
   * How the kit imports a step's element that is not defined yet (set by `internship-wrap-up/define.js`
   * and the CDN builds): the shown step loads at once, the others when the browser is idle, so the kit
   * paints before any step's code arrives. Without loaders an undefined step says it is not available.
   * @internal
   */
  static stepLoaders?: ElementLoaders;

  /**
   * The career centre's programme (cohort) id. Stored in the kit's data with her first edit, so a board
   * with a backend can count completed steps per programme (docs/sync.md, "Programme summary"): counts
   * only, never her words.
   */
  @property() programme?: string;

  /** The visible step: `checklist`, `feedback`, `thanks`, `reflection`, `planner` or `contacts`. */
  @property({ reflect: true }) step: StepSlot = 'checklist';

  /**
   * A programme pack (or a child `<script type="application/json">` with the same JSON):
   * `{ id, version, strings?, "<step tag>": <that step's content>, … }` (docs/programmes.md,
   * `strong-finish/pack.schema.json`). Each step gets its part, rendered by the kit or placed by the host;
   * a bad part is reported once in the console with its JSON path and the rest applies. Without a
   * `storage-key`, the intern's data is kept under the programme's id (`pack-<id>`), so programmes on one
   * origin never mix; a new `version` merges into her saved progress.
   */
  @property({ attribute: false })
  get content(): ProgrammePack | undefined {
    return this.#packInput as ProgrammePack | undefined;
  }
  set content(next: ProgrammePack | undefined) {
    this.#setPack(next);
  }

  #packInput: unknown;
  #pack?: ProgrammePack;
  #packId?: string;
  #packModule?: typeof import('../core/pack/index.js');
  #partsLocale = '';
  #given = new WeakMap<Element, string>();

  // The steps' host options, forwarded to the step that takes each (rendered by the kit or placed by the
  // host in its slot; an attribute the host set on its own step wins). `storage-label` goes to every step.
  /** Forwarded to `<feedback-questions>`: the page hosting `<feedback-response>`, linked from the request e-mail with the agenda so the supervisor can answer in writing (absolute `https:` or `http:`). */
  @property({ attribute: 'respond-url' }) respondUrl?: string;
  /** Forwarded to `<feedback-questions>`: the IANA time zone of the feedback talk (`Europe/Madrid`); defaults to the browser's. */
  @property({ attribute: 'time-zone' }) timeZone?: string;
  /** Forwarded to `<finish-strong-planner>` and `<keep-in-touch>`: public holidays and closures, comma-separated `YYYY-MM-DD`. */
  @property() holidays?: string;
  /** Forwarded to `<thank-you-composer>`: LinkedIn's limit for a connection note (200 free, 300 Premium). */
  @property({ type: Number, attribute: 'linkedin-limit' }) linkedinLimit?: number;
  /** Forwarded to `<reflection-journal>`: the labels of the mood scale, low to high, comma-separated. */
  @property({ attribute: 'mood-scale' }) moodScale?: string;
  /** Forwarded to `<keep-in-touch>`: how many contacts to show before "Show more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize?: number;
  /**
   * Given to `<feedback-questions>` (a property, like `storageAdapter`): the board's response API,
   * `createHttpResponses()` (docs/sync.md "Verified answers"), so the request's answer link carries an opaque
   * id and the answers come back signed ("Verified by {board}"); without it the mail-and-paste flow stays
   * ("Pasted, not verified"). A `responses` the host set on its own step in the slot wins.
   */
  @property({ attribute: false }) responses?: ResponsesAdapter;
  #gaveResponses = new WeakMap<Element, ResponsesAdapter | undefined>();

  @state() private confirming = false;
  @state() private restoreReport = '';
  /** A backup chosen while the kit holds data: replaced only after the intern says so. */
  @state() private pendingRestore?: Backup;
  /** What the last restore replaced (for Undo) and what it said. */
  @state() private restored?: { previous: WrapUpValue; report: string };
  /** "Clear my data" can be undone while the page is open: everything the kit held before, as a backup would. */
  readonly #undoClear = new UndoController<WrapUpValue, 'clear'>(this, { focusItem: () => '.foot > button' });

  protected schema = obj(
    { profile: profileRule },
    { checklist: anyObject, feedback: anyObject, thanks: anyObject, reflection: anyObject, planner: anyObject, contacts: anyObject, backup: obj({}, { at: text(40), changedSince: text(40) }), offered: list(text(200)), programme: text(200) },
    { profile: () => ({}) },
  ) as Rule<WrapUpValue>;

  #widgets = new Map<string, Widget>();
  /** The option attributes the kit set on each step (to tell them from the host's own). */
  #forwarded = new WeakMap<Element, Map<string, string>>();
  /**
   * Server-rendered (declarative shadow DOM already there when upgraded): the first render hydrates
   * the server's markup, which has no widget inside the panel (the server cannot create elements), so
   * that render leaves the panel empty too and the next one adds the widget.
   */
  #hydrating = !isServer && !!this.shadowRoot;
  #quiet = false;
  /** Ticks from the kit's task list waiting for a step that was not showing yet, by step. */
  #pendingTicks = new Map<string, { id: string; done: boolean }[]>();
  #fromStorage = false;
  /** Set once the host or a backup gave the kit its data: new step widgets then start from it. */
  #partsAssigned = false;
  /** True while this element renders (a widget it creates may publish as it connects). */
  #rendering = false;
  #profileJson = '';
  #tasksJson = '';
  /** The last list and what it was computed from (the data object, the last day, the language, which steps are defined). */
  #tasksMemo?: { data: unknown; key: string; tasks: Task[] };
  #profileProvider = new ContextProvider(this, { context: profileContext, initialValue: {} });
  #kitProvider = new ContextProvider(this, { context: kitContext, initialValue: this.#makeKit() });
  #onHash = () => this.#fromHash();
  #steps = new LazyElementsController(this, () => (this.constructor as typeof InternshipWrapUp).stepLoaders);

  protected createDefault(): WrapUpValue {
    return { profile: {} };
  }

  protected override applyContent(content: unknown): void {
    this.#setPack(content);
  }

  /** Takes a pack: its id at once (the storage keys), the rest once the checker is loaded. */
  #setPack(input: unknown): void {
    this.#packInput = input;
    const id = (input as { id?: unknown } | null)?.id;
    this.#packId = typeof id === 'string' && PACK_ID.test(id) ? id : undefined;
    if (input === undefined || input === null) {
      this.#pack = undefined;
      this.strings = undefined;
      this.#handParts();
      return;
    }
    void import('../core/pack/index.js').then((m) => {
      if (this.#packInput !== input) return;
      this.#packModule = m;
      const { pack, issues } = m.readPack(input);
      for (const issue of issues) warnOnce(this, `pack:${issue}`, `${describeElement(this)} ${issue}${pack ? ' (left out; the rest of the pack applies)' : '; the pack is not used'}.`);
      this.#pack = pack;
      this.strings = pack?.strings;
      this.#tasksMemo = undefined;
      this.#handParts();
      this.#kitProvider.setValue(this.#makeKit());
      this.requestUpdate();
    });
  }

  /** Hands every step present its part of the pack (again when the language changes). */
  #handParts(): void {
    this.#partsLocale = this.i18n.locale;
    for (const { slot, tag } of STEPS) {
      const el = this.#widget(slot);
      if (el) this.#give(el, tag);
    }
  }

  /** A step's part of the pack, in the kit's language, with the pack's words; given once per change. */
  #give(el: Element, tag: string): void {
    // Given once the step's code is in (a property set before would shadow its accessor).
    if (!customElements.get(el.localName)) {
      void customElements.whenDefined(el.localName).then(() => this.#give(el, tag));
      return;
    }
    const part = this.#pack && this.#packModule?.partFor(this.#pack, tag as PackStepTag, this.i18n.locale);
    const json = JSON.stringify([part ?? null, this.#pack?.strings ?? null]);
    if ((this.#given.get(el) ?? JSON.stringify([null, null])) === json) return;
    this.#given.set(el, json);
    const step = el as unknown as { content?: unknown; strings?: unknown };
    step.content = part;
    step.strings = this.#pack?.strings;
  }

  /** The programme this kit follows (written in the stored envelope). */
  protected override packStamp(): { id: string; version: number } | undefined {
    return this.#pack && { id: this.#pack.id, version: this.#pack.version };
  }

  /** The storage key in use: with a pack and no `storage-key`, the programme's own (`…/pack-<id>`). */
  override get storageKeyInUse(): string {
    const key = this.storageKey || (this.#packId ? `pack-${this.#packId}` : '');
    return key ? `strong-finish/${this.localName}/${key}` : `strong-finish/${this.localName}`;
  }

  /** The storage key of a step's element: the kit's, with the step's name. */
  #stepKey(slot: string): string {
    return `${this.storageKey || (this.#packId ? `pack-${this.#packId}` : 'kit')}-${slot}`;
  }

  /** The profile given to every widget: what the user typed, else the attributes, else an outer context. */
  get kitProfile(): Profile {
    const base = this.profile;
    const own = this.data?.profile ?? {};
    const out: Profile = {};
    for (const key of ['internName', 'internEmail', 'company', 'supervisor', 'supervisorEmail', 'supervisorGreeting', 'role', 'startDate', 'endDate', 'weekend'] as const) {
      const v = own[key] ?? base[key];
      if (v) out[key] = v;
    }
    if (base.locale) out.locale = base.locale;
    return out;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHash);
    this.addEventListener('sf-send', this.#onSend);
    this.#fromHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHash);
    this.removeEventListener('sf-send', this.#onSend);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('step') && !SLOTS.includes(this.step)) {
      warnOnce(this, 'attr:step', `${describeElement(this)}: step="${this.step}" is not one of ${SLOTS.join(', ')}; showing the checklist.`);
      this.step = 'checklist';
    }
    // The shown step first (also a host-placed child of ours that nobody defined), the others once it
    // is in and the browser is idle: they never compete with the first paint.
    if (!isServer) void this.#steps.load(tagOf(this.step)).then(() => this.#steps.loadWhenIdle(TAGS));
    if (this.#pack && this.#partsLocale !== this.i18n.locale) this.#handParts();
    const profile = this.kitProfile;
    const json = JSON.stringify(profile);
    if (json !== this.#profileJson) {
      this.#profileJson = json;
      this.#profileProvider.setValue(profile);
    }
    // The task list also changes without a publish (a step's code arriving lets the kit count its
    // default tasks): the steps that show other steps' tasks must see the same list as the overview.
    if (!isServer) {
      const tasks = JSON.stringify(this.tasks.map((t) => [t.id, t.done]));
      if (tasks !== this.#tasksJson) {
        this.#tasksJson = tasks;
        this.#kitProvider.setValue(this.#makeKit());
      }
    }
  }

  /**
   * Each step reads its own saved data, which may be newer than the kit's copy (another tab, a merge):
   * the kit's stored copy only feeds the overview, exports and auto-ticks, and is never pushed into them.
   */
  protected override applyStored(data: unknown): void {
    this.#fromStorage = true;
    try {
      super.applyStored(data);
    } finally {
      this.#fromStorage = false;
    }
  }

  protected override onDataReplaced(): void {
    if (this.#fromStorage) {
      this.#kitProvider?.setValue(this.#makeKit());
      return;
    }
    this.#partsAssigned = true;
    this.#undoClear?.clear();
    // A new value from the host or a backup: hand each widget its part (the host's own steps too).
    for (const slot of SLOTS) {
      const el = this.#widget(slot as StepSlot);
      const part = this.#data(slot);
      if (el && part && customElements.get(el.localName)) el.value = part;
    }
    this.#kitProvider?.setValue(this.#makeKit());
  }

  #data(slot: string): object | undefined {
    return (this.data as unknown as Record<string, object | undefined>)[slot];
  }

  /** The default value of a step not shown yet (its tasks count from the start), in the kit's language. */
  #defaultOf(slot: StepSlot): object | undefined {
    // Not cached: the language's catalogue may arrive later, and default content is a few dozen items.
    const tag = STEPS.find((s) => s.slot === slot)!.tag;
    if (!customElements.get(tag)) return undefined;
    // The host's own step (its own content, such as a career center's five items) counts as it is.
    const hosted = this.#widget(slot);
    return hosted && hosted !== this.#widgets.get(slot) ? hosted.value : this.#scratch(tag).value;
  }

  /**
   * A detached copy of a step's element, speaking the kit's language: detached, it has no `lang` to
   * follow, and its default content would otherwise be English. (The kit has the catalogue loaded.)
   */
  #scratch(tag: string): Widget {
    const el = document.createElement(tag) as Widget;
    // A host's own element under the tag (or a stub) may have no translator: its defaults stay as they are.
    const i18n = (el as unknown as { i18n?: { locale: string } }).i18n;
    if (i18n) i18n.locale = this.i18n.locale;
    // The kit's "today" (a demo's or a test's fixed date): default dates such as the checklist's first visit follow it.
    if (this.now) el.now = this.now;
    // The programme's part: its items count in the overview before the step shows.
    this.#give(el, tag);
    return el;
  }

  /**
   * The kit's data with the defaults of steps that hold tasks but were not shown yet, and their default
   * texts (stored by id) in the kit's language.
   */
  #full(): Record<string, unknown> {
    const data = { ...(this.data ?? {}) } as Record<string, unknown>;
    if (isServer) return data;
    for (const slot of ['checklist', 'planner'] as const) data[slot] = data[slot] ? this.#form(slot, 'shownForm', data[slot]) : this.#defaultOf(slot);
    for (const slot of ['feedback', 'reflection'] as const) if (data[slot]) data[slot] = this.#form(slot, 'shownForm', data[slot]);
    return data;
  }

  /**
   * `value` shows each step's part whole, with the default texts in the kit's language, however it got
   * here: published by a step (already whole) or read from storage or another device (defaults by id).
   */
  protected override toValue(data: WrapUpValue): WrapUpValue {
    if (isServer) return data;
    const slots = ['checklist', 'planner', 'feedback', 'reflection'] as const;
    const d = data as unknown as Record<string, unknown>;
    if (!slots.some((slot) => d[slot])) return data;
    const out = { ...d };
    for (const slot of slots) if (out[slot]) out[slot] = this.#form(slot, 'shownForm', out[slot]);
    return out as unknown as WrapUpValue;
  }

  /** A step's value in its stored form (defaults by id) or shown form (their texts in the kit's language), by the step's own rule. */
  #form(slot: StepSlot, form: 'storedForm' | 'shownForm', value: unknown): unknown {
    const step = customElements.get(STEPS.find((s) => s.slot === slot)!.tag) as { storedForm?: (v: unknown) => unknown; shownForm?: (v: unknown, t: Translator) => unknown } | undefined;
    const f = step?.[form];
    return typeof f === 'function' ? f(value, this.t) : value;
  }

  /**
   * The kit's copy as stored (issue #28): the checklist's, the planner's, the feedback's and the reflection's in their stored form, default
   * texts by id, so a language switch or a late catalogue never changes what is stored.
   */
  protected override storedData(): unknown {
    const data = this.data as unknown as Record<string, unknown>;
    const slots = ['checklist', 'planner', 'feedback', 'reflection'] as const;
    if (isServer || !slots.some((slot) => data[slot])) return data;
    const out = { ...data };
    for (const slot of slots) if (out[slot]) out[slot] = this.#form(slot, 'storedForm', out[slot]);
    return out;
  }

  /**
   * Builds the kit's task list (a seam: tests count the calls; a host never needs it).
   * @internal
   */
  static collectTasks = collectTasks;

  /** A stored contact in running text: its title (typed or in the name), gender and kind, as keep-in-touch writes it. */
  #running(name: string, c: Readonly<Record<string, unknown>>): string {
    const field = (k: string) => (typeof c[k] === 'string' ? (c[k] as string) : undefined);
    return runningName(resolveAddress({ name, title: field('title'), form: field('form') as Form | undefined, kind: field('kind') as Kind | undefined }, this.i18n.locale));
  }

  /**
   * The kit's one task list, from every step's data: computed once per change (the overview, the
   * steps' context and the render all read it in one update), not once per reader.
   */
  get tasks(): Task[] {
    const key = JSON.stringify([
      this.kitProfile.endDate,
      this.kitProfile.weekend,
      this.i18n.locale,
      // A step's code arriving, or the language's catalogue, changes the defaults the list counts.
      isServer ? '' : ['internship-checklist', 'finish-strong-planner', 'keep-in-touch'].map((t) => !!customElements.get(t)),
      this.t('wrapup.followUp', 'Follow up with {name}', { name: '' }),
      // The public holidays (loaded on use) move dates when they arrive.
      !!daysOff(this.i18n.locale, [], this) && !!holidayRules.module,
    ]);
    const memo = this.#tasksMemo;
    if (memo && memo.data === this.data && memo.key === key) return memo.tasks;
    const tasks = this.#computeTasks();
    this.#tasksMemo = { data: this.data, key, tasks };
    return tasks;
  }

  #computeTasks(): Task[] {
    const full = this.#full();
    const planner = full.planner as { holidays?: string[] } | undefined;
    return (this.constructor as typeof InternshipWrapUp).collectTasks(full, {
      lastDay: this.kitProfile.endDate ?? (full.checklist as { lastDay?: string } | undefined)?.lastDay,
      holidays: planner?.holidays,
      // The planner's and the checklist's weekend (Friday–Saturday in Riyadh), so the overview and the calendar give their dates.
      weekend: weekendOf(this.kitProfile.weekend, this.i18n.locale),
      locale: this.i18n.locale,
      // On a working day, as keep-in-touch dates it: the locale's weekend, public holidays and the planner's days off.
      followUp: (c, end) => {
        const day = nextFollowUp({ cadence: c.cadence as Cadence, lastContact: c.lastContact }, end);
        return day && workday(day, daysOff(this.i18n.locale, planner?.holidays ?? []), weekendOf(this.kitProfile.weekend, this.i18n.locale));
      },
      // The person as running text names them, with their title and its article ("a la Dra. Haddad", «au Dr Martin»).
      followUpText: (name, c) => this.t('wrapup.followUp', 'Follow up with {name}', { name: this.#running(name, c) }),
      referenceText: (name, role, c) => this.t('contacts.brief.remind', 'Remind {name}: reference for {role}', { name: this.#running(name, c), role }),
    });
  }

  #makeKit(): Kit {
    return {
      data: { ...(this.data ?? {}) },
      tasks: this.tasks,
      publish: (slot, value, edited) => this.#publish(slot, value, edited),
      request: (action, payload) => this.#request(action, payload),
      adopt: (el) => this.#adopt(el),
    };
  }

  /** A step that received the kit's context: one the host placed in its slot becomes the kit's. */
  #adopt(el: HTMLElement): boolean {
    const step = STEPS.find((s) => s.tag === el.localName);
    if (!step || el.parentElement !== this) return true;
    // Properties a host set before the kit was defined (its adapter) apply at the kit's first update.
    if (!this.hasUpdated) {
      void this.updateComplete.then(() => (el as Widget).requestUpdate());
      return false;
    }
    this.#claim(el as Widget, step.slot);
    return true;
  }

  #publish(slot: string, value: unknown, edited = false): void {
    if (!SLOTS.includes(slot) || !value || typeof value !== 'object') return;
    // A widget created by this render reads its storage as it connects and publishes at once: take
    // that after this update, or Lit schedules an update inside the update (its dev-mode warning).
    if (this.#rendering) {
      queueMicrotask(() => this.#publish(slot, value, edited));
      return;
    }
    const current = (this.data as unknown as Record<string, unknown>)[slot];
    if (current !== undefined && JSON.stringify(current) === JSON.stringify(value)) return;
    const before = this.#full();
    this.data = { ...this.data, [slot]: clone(value) };
    // While "Clear my data" runs, each step shows its fresh defaults in turn: derive nothing from that.
    if (!this.#quiet) {
      // Ticks made from the kit's list while this step was not showing go on top of the data it shows
      // (a loading step may show its stored data more than once); its first edit means it has them.
      const pending = this.#pendingTicks.get(slot);
      if (pending && edited) this.#pendingTicks.delete(slot);
      else if (pending) for (const op of pending) this.#apply(setTaskDone(this.#full(), op.id, op.done, this.today), slot);
      // One task list: a tick in one step ticks the same task in the other; what the kit knows ticks itself.
      // A step that just showed its own data (lazy load, its own storage) is not an untick: a done twin wins.
      const twins = edited ? syncTwins(before, this.#full()) : reconcileTwins(this.#full());
      this.#apply(twins, slot);
      this.#apply(applyAutoTicks(this.#full()), slot);
      if (slot === 'thanks') this.#handOffThanks();
    }
    // A step that just loaded (or showed its defaults) is not an edit: nothing is written on page load.
    if (edited && !this.#quiet) {
      this.data = this.#changed(this.data);
      this.persistence.scheduleSave();
    }
    this.#kitProvider.setValue(this.#makeKit());
    this.requestUpdate();
  }

  /** Everyone on the thank-you list goes to keep-in-touch once, with the relationship as a label in the intern's language. */
  #handOffThanks(): void {
    // What each note thanks them for follows the note, so keep-in-touch's templates can quote it.
    const people = ((this.data.thanks as { people?: Record<string, unknown>[] } | undefined)?.people ?? []).filter((p) => p && typeof p === 'object');
    const synced = syncThanked(this.#data('contacts'), people);
    if (synced) this.#apply({ contacts: synced });
    const fresh = newlyThanked(this.data.thanks, this.data.offered ?? []);
    if (!fresh.length) return;
    this.data = { ...this.data, offered: [...(this.data.offered ?? []), ...fresh.map((p) => String(p.id))] };
    // The relationship labels are the thank-you step's content, already loaded with that step (which is
    // the one publishing): imported here rather than carried on the kit's first paint. Asynchronous
    // anyway: the thank-you step is mid-commit, and keep-in-touch may publish back.
    void import('../thank-you-composer/content.js').then(({ labels }) => {
      const rel = labels(this.t).relationship as Record<string, string>;
      // With how to greet them, so keep-in-touch's templates greet them as the thank-you note did.
      // `via`: handed over by the kit, not collected by the intern (the checklist's contacts item doesn't count it).
      const add = fresh.map((p) => ({ name: p.name, email: p.email, linkedin: p.linkedin, how: rel[String(p.relationship)] ?? '', thanked: thankedFor(p), via: 'thanks', ...(p.greeting ? { greeting: p.greeting } : {}) }));
      this.#request('add-contacts', add);
    });
  }

  /** A thank-you note mailed, copied, downloaded or marked sent: log a contact with that person today. */
  #onSend = (e: Event): void => {
    const { personId } = (e as CustomEvent<{ personId: string }>).detail ?? {};
    const person = ((this.data.thanks as { people?: Record<string, unknown>[] } | undefined)?.people ?? []).find((p) => p.id === personId);
    if (!person) return;
    // After the kit has the note's new status and the person is in keep-in-touch.
    setTimeout(() => {
      const next = logThanks(this.#data('contacts'), person, this.today, contactChannel(person.channel));
      if (!next) return;
      this.#apply({ contacts: next });
      this.persistence.scheduleSave();
      this.#kitProvider.setValue(this.#makeKit());
      this.requestUpdate();
    });
  };

  /** Puts the kit's changes into its data and into the steps' widgets (a host value for them: no `change` there). */
  #apply(patch: Patch, from?: string): void {
    const slots = Object.keys(patch) as (keyof Patch)[];
    if (!slots.length) return;
    this.data = { ...this.data, ...clone(patch) };
    for (const slot of slots) {
      const el = this.#widget(slot as StepSlot);
      // The step that published gets its new value after its own update finishes (it is mid-commit).
      if (!el || !customElements.get(el.localName)) continue;
      // A change of the kit's (not a host value): on a step that has not read its saved data yet, it goes
      // on top of that data instead of replacing it (issue #28). A host's own element takes `value`.
      const give = (v: object) => (typeof (el as { applyFromKit?: unknown }).applyFromKit === 'function' ? (el as unknown as { applyFromKit(v: object): void }).applyFromKit(v) : (el.value = v));
      if (slot === from) queueMicrotask(() => give(patch[slot]!));
      else give(patch[slot]!);
    }
  }

  /**
   * Ticks or unticks a task of the kit's list in every step that shows it (fires `sf-task` from the kit);
   * returns false for an unknown task.
   */
  tick(id: string, done: boolean): boolean {
    if (!this.#tick(id, done)) return false;
    const task = this.tasks.find((t) => t.id === id);
    this.taskDone(id, task?.source ?? (id.split(':')[0] as Task['source']), done, 'kit');
    return true;
  }

  /** A tick asked for by a step (which fires `sf-task` itself: it is the element that acted). */
  #tick(id: string, done: boolean): boolean {
    const patch = setTaskDone(this.#full(), id, done, this.today);
    if (!Object.keys(patch).length) return false;
    // A step not showing yet (loaded lazily, then reading its own storage) gets the tick when it shows.
    for (const slot of Object.keys(patch)) if (!this.#live(slot as StepSlot)) this.#pendingTicks.set(slot, [...(this.#pendingTicks.get(slot) ?? []), { id, done }]);
    this.#apply(patch);
    this.persistence.scheduleSave();
    this.#kitProvider.setValue(this.#makeKit());
    this.requestUpdate();
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    return true;
  }

  #request(action: string, payload: unknown): boolean {
    if (action === 'tick') {
      const { id, done } = (payload ?? {}) as { id?: unknown; done?: unknown };
      return typeof id === 'string' && typeof done === 'boolean' && this.#tick(id, done);
    }
    if (action !== 'add-contacts' || !Array.isArray(payload)) return false;
    if (this.#steps.state('keep-in-touch') === 'loading') {
      // Not loaded yet (the page is young): add them once it is.
      void this.#steps.load('keep-in-touch').then((ok) => ok && this.#request(action, payload));
      return true;
    }
    const el = this.#widget('contacts', true);
    if (!el?.addContacts) return false;
    const added = el.addContacts(payload);
    if (!el.isConnected) {
      // Not on screen: keep the result as the host's value, so the widget's stored copy can't replace it.
      el.value = el.value;
      this.#publish('contacts', el.value);
    }
    this.announce(this.i18n.plural(added, 'wrapup.contactsAdded', { one: 'Added {n} person to Keep in touch.', other: 'Added {n} people to Keep in touch.' }));
    return true;
  }

  #fromHash(): void {
    const step = stepFromHash(location.hash);
    if (step && SLOTS.includes(step)) this.step = step as StepSlot;
  }

  /** A host-placed child for a step, or the kit's own widget (created when `create` is set). */
  /** Whether a step's widget is defined and has shown its own data (a value written to it now is not overwritten). */
  #live(slot: StepSlot): boolean {
    const el = this.#widget(slot);
    return !!el && !!customElements.get(el.localName) && (el as unknown as { hasUpdated?: boolean }).hasUpdated === true;
  }

  #widget(slot: StepSlot, create = false): Widget | undefined {
    const tag = STEPS.find((s) => s.slot === slot)!.tag;
    const hosted = this.querySelector<Widget>(`:scope > ${tag}`);
    if (hosted) {
      this.#claim(hosted, slot);
      return hosted;
    }
    let el = this.#widgets.get(slot);
    if (!el && create) {
      el = document.createElement(tag) as Widget;
      this.#widgets.set(slot, el);
      // Its parts reach the page as `<slot>-<part>` (issue #33): the widget lives in the kit's shadow root.
      el.setAttribute('exportparts', exportParts(slot, STEPS.find((s) => s.slot === slot)!.parts));
      // The kit's "today" (a demo's or a test's fixed date), before the widget creates its default data.
      if (this.now) el.now = this.now;
      const part = this.#data(slot);
      // Assigned before it connects, the kit's copy wins over the widget's own storage.
      if (customElements.get(tag)) {
        // Reading value makes the base create the default data (it otherwise waits for connection).
        if (part && this.#partsAssigned) el.value = part;
        else void el.value;
      } else void customElements.whenDefined(tag).then(() => this.#partsAssigned && this.#data(slot) && (el!.value = this.#data(slot)!));
    }
    if (el) this.#claim(el, slot);
    return el;
  }

  /**
   * Makes a step the kit's, whether the kit rendered it or the host placed it in the kit's slot: the
   * kit's storage, its key scheme (`<storage-key or kit>-<slot>`), adapter, theme, `embedded` and "today".
   */
  #claim(el: Widget, slot: StepSlot): void {
    el.setAttribute('storage', this.storage);
    el.setAttribute('storage-key', this.#stepKey(slot));
    el.setAttribute('theme', this.theme);
    // Inside the kit's card a widget drops its own border and padding (no card in a card at 320 px).
    el.setAttribute('embedded', '');
    if (this.storageAdapter && el.storageAdapter !== this.storageAdapter) el.storageAdapter = this.storageAdapter;
    if (this.now && el.now !== this.now) el.now = this.now;
    const given = this.#forwarded.get(el) ?? new Map<string, string>();
    this.#forwarded.set(el, given);
    for (const [prop, attr, tags] of OPTIONS) {
      if (tags && !tags.includes(el.localName)) continue;
      const value = (this as unknown as Record<string, unknown>)[prop];
      const own = el.getAttribute(attr);
      // The host's own attribute on its own step wins over the kit's.
      if (own !== null && own !== given.get(attr)) continue;
      if (value === undefined || value === null || value === '') {
        if (own !== null) el.removeAttribute(attr);
        given.delete(attr);
      } else {
        el.setAttribute(attr, String(value));
        given.set(attr, String(value));
      }
    }
    if (el.localName === 'feedback-questions') {
      const step = el as unknown as { responses?: ResponsesAdapter };
      // The host's own API on its own step wins; one the kit gave follows the kit's.
      if ((step.responses === undefined || step.responses === this.#gaveResponses.get(el)) && step.responses !== this.responses) {
        step.responses = this.responses;
        this.#gaveResponses.set(el, this.responses);
      }
    }
    this.#give(el, el.localName);
  }

  /** Shows a step (as a user would): fires `sf-step`. */
  selectStep(slot: StepSlot, focus = false): void {
    const index = SLOTS.indexOf(slot);
    if (index < 0 || slot === this.step) return;
    this.step = slot;
    this.emit('sf-step', { step: slot, index });
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${slot}`)?.focus());
  }

  #onTabKey(e: KeyboardEvent): void {
    const i = SLOTS.indexOf(this.step);
    const rtl = getComputedStyle(this).direction === 'rtl' || this.i18n.dir === 'rtl';
    const last = SLOTS.length - 1;
    const map: Record<string, number> = { ArrowRight: rtl ? i - 1 : i + 1, ArrowLeft: rtl ? i + 1 : i - 1, Home: 0, End: last };
    if (!(e.key in map)) return;
    e.preventDefault();
    const next = (map[e.key] + SLOTS.length) % SLOTS.length;
    this.selectStep(SLOTS[next] as StepSlot, true);
  }

  #editProfile(key: keyof WrapUpProfile, raw: string): void {
    const profile = { ...this.data.profile };
    if (key === 'startDate' || key === 'endDate') {
      if (raw) profile[key] = raw;
      else delete profile[key];
    } else profile[key] = raw;
    this.commit(this.#changed({ ...this.data, profile }));
  }

  /** Notes when the kit first changed after the last backup (for the backup suggestion). */
  #changed(value: WrapUpValue): WrapUpValue {
    if (this.programme && value.programme !== this.programme) value = { ...value, programme: this.programme.slice(0, 200) };
    if (value.backup?.changedSince) return value;
    return { ...value, backup: { ...value.backup, changedSince: this.#now().toISOString() } };
  }

  #now(): Date {
    return this.now ?? new Date();
  }

  // ---- exports -------------------------------------------------------------------------------

  /** A widget that can export: a live one, or a detached copy holding the kit's data for that step. */
  #exporter(slot: StepSlot): Widget | undefined {
    const live = this.#widget(slot);
    if (live && customElements.get(live.localName)) return live;
    const tag = STEPS.find((s) => s.slot === slot)!.tag;
    if (!customElements.get(tag)) return undefined;
    const part = this.#data(slot);
    const scratch = this.#scratch(tag);
    // Detached, it has no context: give it the profile and "today" directly.
    const p = this.kitProfile;
    Object.assign(scratch, { storage: 'none', now: this.now, internName: p.internName, internEmail: p.internEmail, company: p.company, supervisor: p.supervisor, supervisorEmail: p.supervisorEmail, supervisorGreeting: p.supervisorGreeting, internRole: p.role, startDate: p.startDate, endDate: p.endDate, weekend: p.weekend });
    scratch.value = part ?? scratch.value;
    return scratch;
  }

  /** The whole wrap-up as Markdown: the profile, then every step's own Markdown. */
  toMarkdown(): string {
    const p = this.kitProfile;
    const names = stepText(this.t);
    const blocks: string[] = [mdHeading(1, this.t('wrapup.mdTitle', 'Internship wrap-up'))];
    for (const f of profileFields(this.t)) {
      const v = p[f.key];
      // Dates in the reader's language, as every step writes them (was "2026-12-18").
      if (v) blocks.push(mdField(f.label, f.type === 'date' ? formatDate(v, this.i18n.locale) : v));
    }
    for (const { slot } of STEPS) {
      blocks.push(mdHeading(2, names[slot].label));
      const md = this.#exporter(slot)?.toMarkdown().trim();
      // Two levels deeper, so each step sits under its own heading (user text is escaped: no false headings).
      blocks.push(md ? md.replace(/^(#{1,4}) /gm, '##$1 ') : this.t('wrapup.mdEmpty', 'Nothing here yet.'));
    }
    return mdDocument(blocks, this.t('core.colon', ':'));
  }

  /**
   * One iCalendar file: one event per dated task of the kit's list, plus the feedback talk and
   * keep-in-touch's repeating follow-ups (the steps' own calendars hold the same tasks again, so they
   * are not merged in).
   */
  toICS(): string {
    const name = this.t('wrapup.icsName', 'Internship wrap-up');
    const texts = [buildICS({ name, now: this.now, events: taskEvents(this.tasks) })];
    for (const slot of ['feedback', 'contacts'] as const) {
      const w = this.#exporter(slot);
      if (typeof w?.toICS === 'function') texts.push(w.toICS());
    }
    return mergeCalendars(texts, name);
  }

  /** The internship as a JSON Resume (schema v1.0.0), from the profile, the reflection and the supervisor's written answers. */
  toJSONResume(): JsonResume {
    return toJSONResume({ profile: this.kitProfile, reflection: this.data.reflection, feedback: this.data.feedback });
  }

  /** A JSON backup of all the kit's data (`value`) with a format and version. */
  toJSON(): string {
    // Dated by the kit's today (`now`), as the backup note's "Last backup" is.
    return JSON.stringify({ format: BACKUP_FORMAT, version: 1, savedAt: this.#now().toISOString(), value: this.value }, null, 2);
  }

  /**
   * Restores a backup made by `toJSON()` (the host asked, so without asking the intern), says on screen
   * what it restored and offers Undo; returns false, with a report on screen, when it can't be read.
   */
  restore(json: string): boolean {
    const backup = this.#readBackup(json);
    if (backup) this.#applyBackup(backup);
    return !!backup;
  }

  #readBackup(json: string): Backup | undefined {
    let backup: { format?: unknown; version?: unknown; value?: unknown; savedAt?: unknown };
    try {
      backup = JSON.parse(json);
      if (!backup || backup.format !== BACKUP_FORMAT || typeof backup.value !== 'object' || !backup.value) throw new Error('format');
      if (typeof backup.version !== 'number' || backup.version > 1) throw new Error('version');
    } catch (error) {
      this.restoreReport =
        (error as Error).message === 'version'
          ? this.t('wrapup.restoreNewer', 'This backup comes from a newer version of Strong Finish, so it was not restored. Your data is unchanged.')
          : this.t('wrapup.restoreBad', 'This file is not a Strong Finish backup (or it is damaged), so nothing was restored. Your data is unchanged.');
      this.announce(this.restoreReport);
      return undefined;
    }
    this.restoreReport = '';
    return { value: this.clean(backup.value, 'backup'), savedAt: typeof backup.savedAt === 'string' ? backup.savedAt : undefined };
  }

  #applyBackup({ value, savedAt }: Backup): void {
    const previous = this.value;
    this.pendingRestore = undefined;
    // When the last backup was taken stays this kit's own fact, whatever the file says.
    const next: WrapUpValue = { ...value, backup: previous.backup };
    if (!next.backup) delete next.backup;
    this.commit(next);
    this.onDataReplaced();
    const report = this.#restoredWhat(value, savedAt);
    this.restored = { previous, report };
    this.announce(report);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.restored button')?.focus());
  }

  /** "Restored the backup from Mon, Dec 1, 2026: your details, Checklist and Thank-you notes." */
  #restoredWhat(value: WrapUpValue, savedAt?: string): string {
    const names = stepText(this.t);
    const parts = STEPS.filter(({ slot }) => (value as unknown as Record<string, unknown>)[slot]).map(({ slot }) => names[slot].label);
    if (Object.keys(value.profile ?? {}).length) parts.unshift(this.t('wrapup.yourDetails', 'your details'));
    const what = parts.length ? this.#list(parts) : this.t('wrapup.restoredNothing', 'no data');
    const day = savedAt && !Number.isNaN(Date.parse(savedAt)) ? todayISO(new Date(savedAt)) : undefined;
    return day
      ? this.t('wrapup.restoredFrom', 'Restored the backup from {date}: {what}.', { date: formatDate(day, this.i18n.locale), what })
      : this.t('wrapup.restoredUndated', 'Restored the backup: {what}.', { what });
  }

  #list(items: string[]): string {
    try {
      return intl(Intl.ListFormat, this.i18n.locale, { type: 'conjunction' }).format(items);
    } catch {
      return items.join(', ');
    }
  }

  #undoRestore(): void {
    if (!this.restored) return;
    this.commit(this.restored.previous);
    this.onDataReplaced();
    this.restored = undefined;
    this.announce(this.t('wrapup.restoreUndone', 'Restore undone: your data is back as it was.'));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.file input')?.focus());
  }

  /** True when replacing the kit's data would lose something: it was saved, edited, backed up or given. */
  #hasData(): boolean {
    const v = this.data;
    return !!(this.persistence.savedAt || v.backup || Object.keys(v.profile ?? {}).length || this.#partsAssigned);
  }

  #downloadBackup(): void {
    if (!this.download(fileName(this.t('wrapup.backupFile', 'Internship wrap-up – backup'), 'json'), this.toJSON(), 'json')) return;
    // Not an edit (no `change`), but remembered with the kit so the suggestion can say when.
    this.data = { ...this.data, backup: { at: this.#now().toISOString() } };
    this.persistence.scheduleSave();
    this.requestUpdate();
  }

  /** "Last backup: …", and a suggestion when the last week has started or a week of changes is unsaved. */
  #renderBackupNote() {
    const t = this.t;
    const { at, changedSince } = this.data.backup ?? {};
    const now = this.#now();
    const today = todayISO(now);
    const lastDay = this.kitProfile.endDate;
    const backupDay = at && !Number.isNaN(Date.parse(at)) ? todayISO(new Date(at)) : undefined;
    const daysLeft = lastDay ? daysBetween(today, lastDay) : undefined;
    const lastWeek = daysLeft !== undefined && daysLeft >= 0 && daysLeft <= 7 && (!backupDay || daysBetween(backupDay, lastDay!) > 7);
    const weekOfChanges = !!changedSince && !Number.isNaN(Date.parse(changedSince)) && now.valueOf() - Date.parse(changedSince) >= 7 * 86_400_000;
    const suggestion = lastWeek
      ? t('wrapup.suggestLastWeek', 'Your last week has started: download a backup to keep a copy of everything.')
      : weekOfChanges
        ? backupDay
          ? t('wrapup.suggestWeek', 'A week of changes since your last backup: download a new one to keep them safe.')
          : t('wrapup.suggestFirst', 'A week of changes and no backup yet: download one to keep them safe.')
        : '';
    return html`<p class="backup-note no-print">
      <span>${backupDay ? t('wrapup.lastBackup', 'Last backup: {date}.', { date: formatDate(backupDay, this.i18n.locale) }) : t('wrapup.noBackup', 'No backup yet.')}</span>
      ${suggestion ? html`<strong class="suggest">${suggestion}</strong>` : nothing}
    </p>`;
  }

  /**
   * Removes exactly this kit's saved data (its own key and its six steps' keys) and starts again. The
   * kit's copy goes first and the checklist last, so nothing it derives (auto-ticks) is derived again
   * from data that is being cleared.
   */
  override async clearStoredData(): Promise<void> {
    this.#quiet = true;
    this.#pendingTicks.clear();
    try {
      await super.clearStoredData();
      this.#kitProvider.setValue(this.#makeKit());
      const order = [...STEPS].sort((a, b) => Number(a.slot === 'checklist') - Number(b.slot === 'checklist'));
      for (const { slot, tag } of order) {
        const el = this.#widget(slot);
        if (el && customElements.get(el.localName)) await el.clearStoredData();
        else this.#removeKey(`strong-finish/${tag}/${this.#stepKey(slot)}`);
      }
      this.#kitProvider.setValue(this.#makeKit());
    } finally {
      this.#quiet = false;
    }
  }

  #removeKey(key: string): void {
    try {
      const area = this.storageAdapter ?? (this.storage === 'session' ? sessionStorage : this.storage === 'none' ? undefined : localStorage);
      void area?.removeItem(key);
    } catch {
      /* storage blocked: nothing was saved there */
    }
  }

  async #clearConfirmed(): Promise<void> {
    // Everything, as a backup would hold it (every step's data the kit knows): kept in memory for Undo.
    const previous = this.value;
    this.confirming = false;
    await this.clearStoredData();
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    this.#undoClear.keep(previous, 'clear');
    this.announce(
      this.persistence.inBrowser
        ? this.t('wrapup.cleared', 'Your data was cleared from this browser. Undo brings it back while this page is open.')
        : this.t('wrapup.clearedSaved', 'Your saved data was cleared. Undo brings it back while this page is open.'),
    );
  }

  /** Undo "Clear my data": every step's data back, and saved again (as restoring a backup does). */
  #undoClearing(): void {
    const r = this.#undoClear.take();
    if (!r) return;
    this.commit(r.item);
    this.onDataReplaced();
    this.announce(this.t('wrapup.clearUndone', 'Your data is back as it was.'));
  }

  #cancelRestore = async (): Promise<void> => {
    this.pendingRestore = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.file input')?.focus();
  };

  /** Runs an export once every step's element is loaded (at once when they are, keeping the click's activation). */
  #withAllSteps(run: () => void): void {
    if (TAGS.every((t) => this.#steps.state(t) !== 'loading')) run();
    else void this.#steps.loadAll(TAGS).then(run);
  }

  /** Prints the kit's document once every step's element is loaded (the print view reads them all). */
  async #print(): Promise<void> {
    await this.#steps.loadAll(TAGS);
    this.print();
  }

  async #restoreFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    let content = '';
    try {
      content = await file.text();
    } catch {
      /* an unreadable file gets the same report as a bad one */
    }
    input.value = '';
    const backup = this.#readBackup(content);
    if (!backup) return;
    // Replacing data the intern has asks first; a fresh kit just takes the backup.
    if (this.#hasData()) this.pendingRestore = backup;
    else this.#applyBackup(backup);
  }

  // ---- rendering -----------------------------------------------------------------------------

  override render(): TemplateResult {
    const t = this.t;
    const names = stepText(t);
    const p = this.kitProfile;
    const locale = this.i18n.locale;
    const days = p.endDate ? daysBetween(this.today, p.endDate) : undefined;
    const daysText =
      days === undefined
        ? t('wrapup.noEnd', 'Add your last day to see how many days are left.')
        : days < 0
          ? t('wrapup.ended', 'Your internship ended {when}.', { when: formatRelativeDays(days, locale) })
          : days === 0
            ? t('wrapup.lastDay', 'Today is your last day. Make it count!')
            : this.i18n.plural(days, 'wrapup.daysLeft', { one: '{n} day left', other: '{n} days left' });
    const title = p.internName ? t('wrapup.titleName', '{name}’s internship wrap-up', { name: p.internName }) : t('wrapup.title', 'Your internship wrap-up');
    // Each name keeps its own direction (<bdi>) while the line follows the widget's: in Arabic a Latin
    // "Data intern · Acme" used to be laid out left-to-right, away from the title.
    const sub = [p.role, p.company].filter((x): x is string => !!x).map((x, i) => html`${i ? ' · ' : ''}<bdi>${x}</bdi>`);
    const field = Object.fromEntries(profileFields(t).map((f) => [f.key, f.label]));
    // Both dates as a range; one alone with its label, never "… – 18 Dec".
    const dates =
      p.startDate && p.endDate
        ? `${formatDate(p.startDate, locale)} – ${formatDate(p.endDate, locale)}`
        : p.startDate
          ? `${field.startDate}${this.t('core.colon', ':')} ${formatDate(p.startDate, locale)}`
          : p.endDate
            ? `${field.endDate}${this.t('core.colon', ':')} ${formatDate(p.endDate, locale)}`
            : '';
    const shown = [this.step];
    const tasks = this.tasks;
    return html`<div class="base" part="base" dir=${this.i18n.dir}>
      <header role="none" class="head" part="header">
        <div class="who">
          <h2>${title}</h2>
          ${sub.length ? html`<p class="muted sub">${sub}</p>` : nothing}
          ${dates ? html`<p class="muted dates">${dates}</p>` : nothing}
        </div>
        <p class="days ${days !== undefined && days >= 0 && days <= 7 ? 'soon' : ''}">${daysText}</p>
        <details class="edit no-print">
          <summary>${t('wrapup.editProfile', 'Edit your details')}</summary>
          <div class="grid">
            ${profileFields(t).map(
              (f) => html`<div class="field">
                <label for="f-${f.key}">${f.label}</label>
                <input id="f-${f.key}" type=${f.type} dir=${f.type === 'text' ? 'auto' : 'ltr'} autocomplete="off" maxlength=${ifDefined(f.type === 'date' ? undefined : PROFILE_MAX)} .value=${p[f.key] ?? ''}
                  placeholder=${f.key === 'supervisorGreeting' ? greetingName(p.supervisor ?? '') : ''}
                  @change=${(e: Event) => this.#editProfile(f.key, (e.target as HTMLInputElement).value)} />
              </div>`,
            )}
          </div>
        </details>
      </header>
      ${this.renderStatus()}
      <ol class="overview no-print" part="overview" aria-label=${t('wrapup.overview', 'Your progress')}>
        ${STEPS.map(({ slot }, i) => {
          // The checklist step shows the kit's whole task list, so its card counts those tasks.
          const [done, total] = this.#stepCount(slot, tasks);
          const pct = slot === 'contacts' ? (total ? 100 : 0) : total ? Math.round((done / total) * 100) : 0;
          const summary =
            slot === 'contacts'
              ? this.i18n.plural(total, 'wrapup.contactCount', { one: '{n} contact', other: '{n} contacts' })
              : total
                ? t('wrapup.doneOf', '{done} of {total} done', { done, total })
                : t('wrapup.notStarted', 'Not started');
          return html`<li class="card ${slot === this.step ? 'current' : ''}">
            <button class="ghost step-link" @click=${() => this.selectStep(slot, true)} aria-describedby="sum-${slot}">
              <span class="num" aria-hidden="true">${this.i18n.number(i + 1)}</span><span class="name">${names[slot].label}</span>
            </button>
            <span class="hint" id="sum-${slot}">${summary}</span>
            <progress class="progress" max="100" .value=${pct} aria-hidden="true"></progress>
          </li>`;
        })}
      </ol>
      <div class="tabs no-print" role="tablist" part="tabs" aria-label=${t('wrapup.steps', 'Steps')} @keydown=${this.#onTabKey}>
        ${STEPS.map(
          ({ slot }) => html`<button role="tab" id="tab-${slot}" aria-selected=${slot === this.step ? 'true' : 'false'} aria-controls="panel-${slot}"
            tabindex=${slot === this.step ? 0 : -1} @click=${() => this.selectStep(slot)}>${names[slot].label}</button>`,
        )}
      </div>
      ${shown.map((slot) => {
        const tag = tagOf(slot);
        const later = isServer || this.#hydrating;
        const loading = !customElements.get(tag) && this.#steps.state(tag) === 'loading';
        const hosted = later ? null : this.querySelector(`:scope > ${tag}, :scope > [slot="${slot}"]`);
        const el = hosted || later ? undefined : this.#widget(slot, true);
        return html`<section class="panel" part="panel" id="panel-${slot}" role="tabpanel" aria-labelledby="tab-${slot}" aria-busy=${ifDefined(loading ? 'true' : undefined)} tabindex="0">
          <p class="about"><span class="print-only">${names[slot].label}${this.t('core.colon', ':')} </span>${names[slot].about}</p>
          ${hosted ? html`<slot name=${slot}></slot>` : el}
          ${loading
            ? html`<p class="empty loading" role="status">${t('wrapup.loading', 'Loading this step…')}</p>`
            : !hosted && !customElements.get(tag)
              ? html`<p class="empty">${t('wrapup.missing', 'This step is not available on this page yet.')}</p>`
              : nothing}
        </section>`;
      })}
      <slot></slot>
      <div class="toolbar no-print">
        <button class="primary" @click=${() => this.#withAllSteps(() => this.download(fileName(t('wrapup.mdTitle', 'Internship wrap-up'), 'md'), this.toMarkdown(), 'md'))}>${t('wrapup.downloadMd', 'Download everything (Markdown)')}</button>
        <button @click=${() => this.#print()}>${t('wrapup.print', 'Print or save as PDF')}</button>
        <button @click=${() => this.#withAllSteps(() => this.download(fileName(t('wrapup.icsName', 'Internship wrap-up'), 'ics'), this.toICS(), 'ics'))}>${t('wrapup.downloadIcs', 'Download all calendar events')}</button>
        <button @click=${() => this.#withAllSteps(() => this.#downloadBackup())}>${t('wrapup.backup', 'Download a backup')}</button>
        <button class="json-resume" @click=${() => this.#withAllSteps(() => this.download('resume.json', JSON.stringify(this.toJSONResume(), null, 2), 'json'))}>${t('wrapup.jsonResume', 'Download JSON Resume')}</button>
        <label class="file">
          <span>${t('wrapup.restore', 'Restore from a backup')}</span>
          <input type="file" accept=".json,application/json" @change=${this.#restoreFile} />
        </label>
      </div>
      ${this.#renderBackupNote()}
      ${this.restoreReport ? html`<p class="notice" role="alert">${this.restoreReport}</p>` : nothing}
      ${this.pendingRestore
        ? html`<div class="confirm restore-confirm no-print" role="group" aria-labelledby="restore-q">
            <p id="restore-q">
              ${this.pendingRestore.savedAt && !Number.isNaN(Date.parse(this.pendingRestore.savedAt))
                ? t('wrapup.confirmRestore', 'Replace your current data with the backup from {date}? You can undo this.', {
                    date: formatDate(todayISO(new Date(this.pendingRestore.savedAt)), this.i18n.locale),
                  })
                : t('wrapup.confirmRestoreUndated', 'Replace your current data with this backup? You can undo this.')}
            </p>
            <div class="row">
              <button class="primary" @click=${() => this.#applyBackup(this.pendingRestore!)}>${t('wrapup.restoreYes', 'Replace with the backup')}</button>
              <button @click=${this.#cancelRestore}>${t('wrapup.cancel', 'Cancel')}</button>
            </div>
          </div>`
        : nothing}
      ${this.restored
        ? html`<p class="notice restored no-print"><span>${this.restored.report}</span> <button class="ghost" @click=${() => this.#undoRestore()}>${t('wrapup.undoRestore', 'Undo')}</button></p>`
        : nothing}
      <footer role="none" class="foot no-print">
        ${this.confirming
          ? html`<div class="confirm" role="group" aria-labelledby="confirm-q">
              <p id="confirm-q">
                ${this.persistence.inBrowser
                  ? t('wrapup.confirmClear', 'Remove everything this wrap-up saved in this browser? Download a backup first if you may need it.')
                  : t('wrapup.confirmClearSaved', 'Remove everything this wrap-up saved? Download a backup first if you may need it.')}
              </p>
              <div class="row">
                <button class="danger" @click=${() => this.#clearConfirmed()}>${t('wrapup.clearYes', 'Yes, clear my data')}</button>
                <button @click=${() => (this.confirming = false)}>${t('wrapup.cancel', 'Cancel')}</button>
              </div>
            </div>`
          : html`<button class="ghost danger" @click=${() => (this.confirming = true)}>${t('wrapup.clear', 'Clear my data')}</button>`}
        ${this.#undoClear.render('clear', () => t('wrapup.clearedShort', 'Your data was cleared.'), t('wrapup.undoClear', 'Undo'), () => this.#undoClearing())}
        <span class="spacer"></span>
        ${this.renderSaved()}
      </footer>
      ${this.renderPrint()}
    </div>`;
  }

  protected override update(changed: PropertyValues): void {
    this.#rendering = true;
    try {
      super.update(changed);
    } finally {
      this.#rendering = false;
    }
  }

  /** A step's [done, total]: the checklist step shows the kit's whole task list, so it counts those tasks. */
  #stepCount(slot: StepSlot, tasks: Task[]): [number, number] {
    return slot === 'checklist' ? [tasks.filter((x) => x.done).length, tasks.length] : progress(slot, (this.data as unknown as Record<string, Record<string, unknown>>)[slot]);
  }

  #progressJson = '';
  /** `sf-progress` with counts only, once her saved data is read and whenever a count changes. */
  #reportProgress(): void {
    if (isServer || this.persistence.status === 'loading') return;
    const tasks = this.tasks;
    const steps = STEPS.map(({ slot }) => this.#stepCount(slot, tasks)).filter(([done, total], i) => (STEPS[i].slot === 'contacts' ? total > 0 : total > 0 && done === total)).length;
    const stamp = this.packStamp();
    const detail: SfEventMap['sf-progress'] = { tag: this.localName, steps: { done: steps, total: STEPS.length }, tasks: { done: tasks.filter((x) => x.done).length, total: tasks.length } };
    // The programme's pack, so a career center counts per programme (ids only).
    if (stamp) Object.assign(detail, { pack: stamp.id, packVersion: stamp.version });
    const json = JSON.stringify(detail);
    if (json === this.#progressJson) return;
    this.#progressJson = json;
    this.emit('sf-progress', detail);
  }

  /**
   * Removes everything Strong Finish saved in this browser (every step's data, the sync adapter's unsent
   * queue) and empties the page, for a shared computer's "Sign out". An account's data on the host's
   * backend is left alone: only this browser is cleared.
   * @returns how many stored keys were removed.
   */
  async clearAll(): Promise<number> {
    const before = storedKeys().length;
    // Without an adapter her data is in this browser: clearing it also empties the page. With one, the
    // account keeps it; the host signs out and leaves the page.
    if (!this.storageAdapter) await this.clearStoredData();
    clearThisBrowser();
    return before;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The host's own steps follow the kit's storage, theme and options as they change.
    if (!this.#hydrating) for (const { slot } of STEPS) this.#widget(slot);
    this.#reportProgress();
    if (this.#hydrating) {
      this.#hydrating = false;
      // After this update, not inside it (Lit's dev-mode "scheduled an update after an update completed").
      queueMicrotask(() => this.requestUpdate());
    }
    if (changed.has('pendingRestore') && this.pendingRestore) this.renderRoot.querySelector<HTMLElement>('.restore-confirm button')?.focus();
    if (changed.has('confirming') && changed.get('confirming') !== undefined) {
      this.renderRoot.querySelector<HTMLElement>(this.confirming ? '.confirm button' : '.foot > button')?.focus();
    }
  }
}
