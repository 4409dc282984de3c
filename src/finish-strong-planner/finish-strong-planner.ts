import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { SfElement } from '../core/base-element.js';
import { addDays, daysBetween, formatDate, formatRelativeDays, isISODate, suggestedDate, workingDaysBetween, type Weekend } from '../core/dates.js';
import { toICS as buildICS, type IcsEvent } from '../core/formats/ics.js';
import { CalendarLinksController } from '../core/controllers/calendar-links.js';
import { focusAfterUpdate } from '../core/controllers/focus.js';
import { UndoController } from '../core/controllers/undo.js';
import { RovingController } from '../core/controllers/roving.js';
import { mdDocument, mdField, mdHeading, mdItem } from '../core/formats/markdown.js';
import { fileName } from '../core/formats/text.js';
import { newId } from '../core/ids.js';
import { DROP, list, obj, isoDate, type Rule } from '../core/schema.js';
import { itemText, type ItemSource } from '../core/model/items.js';
import { loadedTextsOf } from '../core/i18n.js';
import { DEFAULT_MILESTONE_IDS, englishMilestone, logRule, milestoneTextId, packSeenRule, plannerMigrations, PLANNER_VERSION, projectRule, shownPlanner, storedMilestone, storedPlanner } from './model.js';
import { describeElement, warnOnce } from '../core/warn.js';
import { elementWeekend } from '../core/element-weekend.js';
import { daysOff } from '../core/holidays.js';
import { defaultMilestones, type MilestoneSeed } from './content.js';
import { byDate, parseDates, streak } from './logic.js';
import { autoReasonText, sourceLabel } from '../core/tasks/labels.js';
import { autoReason } from '../core/tasks/auto.js';
import { SAME_TASK } from '../core/tasks/ids.js';
import type { Task } from '../core/tasks/tasks.js';
import { stripLayout } from '../core/tasks/strip.js';
import { styles } from './styles.js';
import { shapeList } from '../core/pack/list.js';
import { mergePack, restoreRetired, showsItem, type PackSeen } from '../core/pack/merge.js';
import { renderRetired } from '../core/pack/retired.js';
import type { PackStamp } from '../core/pack/types.js';

/**
 * A milestone. `date` is `''` while it follows the last day (`offset` days from it, negative before);
 * moving it sets `date`. Custom milestones always have a `date`.
 */
export interface Milestone {
  id: string;
  /**
   * What it says. In `value` always filled in; stored only when it is hers: a default milestone's text
   * is the catalogue's, in the page's language (issue #28).
   */
  text: string;
  /** `default` (the kit's, by id), `own` (hers), or `pack:<id>`; absent in data from before version 2. */
  from?: ItemSource;
  date: string;
  done: boolean;
  offset?: number;
  /** The programme dropped it (issue #30): hidden, kept with what she did, exported, restorable. */
  retired?: true;
}
export interface Project {
  id: string;
  name: string;
  status: string;
  next: string;
  files: string;
  access: string;
  owner: string;
  contacts: string;
  /** `YYYY-MM-DD` or `''`. */
  deadline: string;
}
export interface LogEntry {
  date: string;
  goal: string;
  done: boolean;
  note: string;
}
export interface PlannerValue {
  /** The intern's own days off (`YYYY-MM-DD`), on top of the host's `holidays`. */
  holidays: string[];
  milestones: Milestone[];
  projects: Project[];
  log: LogEntry[];
  /** The last day the intern typed in, used when no `end-date` attribute or profile gives one. */
  endDate?: string;
  /** The programme pack the milestones were last merged with (its id, version and milestone ids). */
  pack?: PackSeen;
}
/** A host milestone: `offsetDays` from the last day (-7 = a week before) or a fixed `date`. */
export interface ContentMilestone {
  id?: string;
  text: string;
  offsetDays?: number;
  date?: string;
  /** @deprecated The older name of `offsetDays`. */
  offset?: number;
}
/**
 * Host content, the shape every step shares: `{ milestones, replace?, hide? }`. The host's milestones
 * replace the default timeline unless `replace` is `false` (then one with a default's id rewrites it, new
 * ids are added, `hide` leaves defaults out). A bare array still works (with a console notice).
 */
export type PlannerContent = { milestones: ContentMilestone[]; replace?: boolean; hide?: string[]; pack?: PackStamp } | ContentMilestone[];

const PROJECT_FIELDS = ['status', 'next', 'files', 'access', 'owner', 'contacts'] as const;

/**
 * The last weeks of an internship: a countdown to the last day (working days, holidays excluded), a
 * timeline of milestones with calendar reminders, a handover document builder and a daily
 * finish-strong log.
 *
 * Default milestones can be replaced with the `content` property or a child
 * `<script type="application/json">` holding `{ "milestones": [{ "id", "text", "offset" | "date" }] }`
 * (`offset`: days from the last day, e.g. -7). `toICS()` writes one all-day VEVENT per milestone with a
 * date, each with a VALARM at 09:00 the day before (none once done).
 *
 * @summary Countdown, final-weeks timeline, handover document and daily log for finishing strong.
 * @fires change - After every user edit (not after assigning `value`).
 * @fires sf-milestone - When a milestone is marked done; detail `{ tag, id, text, date }`.
 * @fires sf-task - After the intern completed or reopened a milestone, or a task of the kit's list shown on the timeline; detail `{ tag, id, done, step, source }` (`id` in the kit's id space, `planner:<id>`; `source`: `user`, or `step` for a task of another step).
 * @fires sf-export - After a download, copy or print; detail `{ format, tag }`.
 * @csspart base - The outer container.
 * @csspart countdown - The countdown section.
 * @csspart timeline - The milestones section.
 * @csspart handover - The handover section.
 * @csspart preview - The handover document preview (also what is printed).
 * @csspart log - The daily log section.
 * @csspart notice - The storage warning.
 * @csspart saved - The "saved" note in the footer.
 * @csspart print - The print view, rendered only while printing: what the Markdown export shows.
 * @cssprop --sf-accent - Accent colour (and every other shared `--sf-*` token).
 * @slot - A `<script type="application/json">` with default milestones.
 */
export class FinishStrongPlanner extends SfElement<PlannerValue> {
  static override kitSlot = 'planner';
  static override styles = [...SfElement.styles, styles];

  /** Public holidays from the host, comma-separated `YYYY-MM-DD` (bad entries are warned about and skipped). */
  @property() holidays?: string;

  // The milestones are one Tab stop: arrows move between milestones and a milestone's checkbox and buttons.
  readonly #roving = new RovingController(this, { rows: '.timeline ol.list > li', cells: ':scope > .check > input, :scope > .when > button' });
  // Undo puts focus back on the restored milestone's checkbox, the project's name or the day off's ✕.
  readonly #undo = new UndoController<Milestone | Project | string, 'milestones' | 'projects' | 'holidays'>(this, {
    focusItem: (item) => () =>
      typeof item === 'string'
        ? this.renderRoot.querySelector(`.chips [data-day="${item}"] button`)
        : this.renderRoot.querySelector(`[data-id="${CSS.escape(item.id)}"] input`),
  });
  @state() private logDay = '';
  #calendarLinks = new CalendarLinksController(this, (id, english, params) => this.t(id, english, params));
  /** Milestones rendered; long lists grow with "Show more". */
  @state() private shown = 100;
  /** The milestone whose date input is open (native date inputs are costly, so one at a time). */
  @state() private moving?: string;

  #hostContent: MilestoneSeed[] | Milestone[] | undefined;
  #hRaw: string | undefined;
  #hList: string[] = [];

  static override schemaVersion = PLANNER_VERSION;
  static override migrations = plannerMigrations;
  /** @internal The kit's copy of this step's value as stored: the kit's default milestones by id (issue #28). */
  static storedForm = storedPlanner;
  /** @internal The kit's stored copy with the default milestones' texts in the kit's language. */
  static shownForm = shownPlanner;

  protected schema = obj(
    { holidays: list(isoDate()), milestones: list(storedMilestone), projects: list(projectRule), log: list(logRule) },
    { endDate: isoDate(), pack: packSeenRule },
    { holidays: () => [], milestones: () => this.#defaultMilestones(), projects: () => [], log: () => [] },
  ) as unknown as Rule<PlannerValue>;

  /** Host content (default milestones); see the class description. */
  get content(): PlannerContent | undefined {
    return this.#hostContent && { milestones: this.#hostContent };
  }
  set content(next: PlannerContent | undefined) {
    this.applyContent(next);
  }

  protected createDefault(): PlannerValue {
    const milestones = this.#defaultMilestones();
    return { holidays: [], milestones, projects: [], log: [], ...this.#seen(milestones) };
  }

  /** A fresh timeline's record of the pack it follows (so the next version merges into it). */
  #seen(milestones: Milestone[]): { pack?: PackSeen } {
    const pack = this.#pack;
    const mine = milestones.filter((m) => m.from === this.#packFrom);
    return pack ? { pack: { ...pack, ids: mine.map((m) => m.id), texts: mine.map((m) => this.#defaultText(m) ?? '') } } : {};
  }

  /**
   * The default milestones as stored: by id, their text looked up at render (`#textOf`). A programme
   * pack's are `from: 'pack:<id>'` (their text is the pack's, in the page's language).
   */
  #defaultMilestones(): Milestone[] {
    const host = new Set(this.#pack ? (this.#hostContent ?? []).map((c) => c.id) : []);
    return this.#contentMilestones().map(({ text: _t, ...m }) => ({ date: '', done: false, ...m, from: host.has(m.id) ? this.#packFrom! : 'default' }) as Milestone);
  }

  /** `pack:<id>` of the programme pack the content comes from, if it does. */
  get #packFrom(): ItemSource | undefined {
    return this.#pack && `pack:${this.#pack.id}`;
  }

  /** The timeline a new planner starts with: the kit's, shaped by the host's content (`replace`, `hide`). */
  #contentMilestones(): MilestoneSeed[] {
    const defaults = defaultMilestones((_id, en) => en);
    const host = this.#hostContent as MilestoneSeed[] | undefined;
    return host ? shapeList(defaults, host, { replace: this.#replace, hide: this.#hide }) : defaults;
  }

  /** A default milestone's text in the page's language now (the host's content, else the catalogue's). */
  #defaultText = (m: { id: string; from?: ItemSource }): string | undefined => {
    if (m.from !== undefined && m.from === this.#packFrom) return this.#hostContent?.find((c) => c.id === m.id)?.text;
    if (m.from !== 'default') return undefined;
    const host = this.#hostContent?.find((c) => c.id === m.id);
    if (host) return host.text;
    if (this.#hostContent && this.#replace) return undefined;
    const english = englishMilestone(m.id);
    return english === undefined ? undefined : this.t(milestoneTextId(m.id), english);
  };

  /** A milestone as shown (and in `value`): with its text, hers or the default's in the page's language. */
  #shown(m: Milestone): Milestone {
    return m.text !== undefined ? m : { ...m, text: itemText(m, this.#defaultText) };
  }

  /**
   * A default milestone whose text is the default's own (in English, in the page's language or in any
   * catalogue loaded) is stored without it, so it follows the language; any other text is hers.
   */
  #byId(m: Milestone): Milestone {
    if (m.from !== undefined && m.from === this.#packFrom && m.text !== undefined && m.text === this.#defaultText(m)) {
      const { text: _t, ...rest } = m;
      return rest as Milestone;
    }
    if (m.from !== 'default' || m.text === undefined) return m;
    const english = this.#hostContent?.some((c) => c.id === m.id) ? undefined : englishMilestone(m.id);
    const own = this.#defaultText(m);
    if (m.text === own || m.text === english || (english !== undefined && loadedTextsOf(milestoneTextId(m.id)).includes(m.text))) {
      const { text: _t, ...rest } = m;
      return rest as Milestone;
    }
    return m;
  }

  protected override clean(input: unknown, source: string): PlannerValue {
    const value = super.clean(input, source);
    return this.#merge({ ...value, milestones: value.milestones.map((m) => this.#byId(m)) });
  }

  /**
   * A programme pack over saved milestones (src/core/pack/merge.ts, the rule every step shares): new
   * milestones appear dated from her last day, dropped ones retire with her ticks and dates, unedited
   * ones follow the pack's words and offsets; hers stay hers. In memory: saved with her next edit.
   */
  #merge(value: PlannerValue): PlannerValue {
    const pack = this.#pack;
    if (!pack || !this.#hostContent) return value;
    const fresh = this.#defaultMilestones().filter((m) => m.from === this.#packFrom);
    const kept = new Set(this.#contentMilestones().map((m) => m.id));
    const hidden = DEFAULT_MILESTONE_IDS.filter((id) => !kept.has(id));
    const r = mergePack(value.milestones, fresh, pack, value.pack, (mine, theirs) => {
      const next = { ...mine };
      if (theirs.offset !== undefined) next.offset = theirs.offset;
      else delete next.offset;
      // A fixed date from the pack, unless she moved it.
      if (theirs.date && !mine.date) next.date = theirs.date;
      return next;
    }, hidden, (m) => m.text !== undefined, (m) => this.#defaultText(m));
    return r.changed ? { ...value, milestones: r.items, pack: r.seen } : value;
  }

  /** Puts a milestone the programme dropped back on her timeline, with what she did with it. */
  restore(id: string): boolean {
    const next = restoreRetired(this.data.milestones, id);
    if (!next) return false;
    this.#set('milestones', next);
    const m = this.#shown(next.find((x) => x.id === id)!);
    this.announce(this.t('checklist.restored', 'Restored “{text}”.', { text: m.text }));
    void focusAfterUpdate(this, () => this.renderRoot.querySelector(`[data-id="${CSS.escape(id)}"] input`), '.timeline ol');
    return true;
  }

  /** The milestones the programme dropped, with her ticks and dates (shown folded away, exported). */
  get retiredMilestones(): Milestone[] {
    return this.data.milestones.filter((m) => m.retired).map((m) => this.#shown(m));
  }

  /** `value` shows every milestone with its text. */
  protected override toValue(data: PlannerValue): PlannerValue {
    return { ...data, milestones: data.milestones.map((m) => this.#shown(m)) };
  }

  #replace = true;
  #hide: string[] = [];
  #pack: PackStamp | undefined;

  /** The programme this timeline follows (written in the stored envelope). */
  protected override packStamp(): PackStamp | undefined {
    return this.#pack;
  }

  protected override applyContent(content: unknown): void {
    if (Array.isArray(content)) warnOnce(this, 'content-old', `${describeElement(this)}: a bare list of milestones still works, but the content shape every step shares is { "milestones": [...] } (docs/programmes.md).`);
    const shape = (Array.isArray(content) ? {} : content ?? {}) as { replace?: unknown; hide?: unknown };
    this.#replace = shape.replace !== false;
    this.#hide = Array.isArray(shape.hide) ? shape.hide.filter((h): h is string => typeof h === 'string') : [];
    const items = Array.isArray(content) ? content : (content as { milestones?: unknown })?.milestones;
    const renamed = Array.isArray(items)
      ? items.map((m: Record<string, unknown>, i) => {
          if (!m || typeof m !== 'object') return m;
          const { offsetDays, ...rest } = m;
          if ('offset' in m) warnOnce(this, 'content-offset', `${describeElement(this)}: a milestone's "offset" still works, but every step now says "offsetDays" (days from the last day).`);
          return { id: `c${i}`, ...rest, ...(offsetDays !== undefined ? { offset: offsetDays } : {}) };
        })
      : 0;
    const clean = this.schema({ holidays: [], projects: [], log: [], milestones: renamed }, 'content', []) as PlannerValue | typeof DROP;
    if (clean === DROP || typeof clean !== 'object' || !Array.isArray(items) || clean.milestones.some((m) => typeof m.text !== 'string')) {
      warnOnce(this, 'content', `${describeElement(this)}: content must be { "milestones": [{ "text", "offset" }] }; the default milestones are kept.`);
      return;
    }
    this.#hostContent = clean.milestones;
    const stamp = (content as { pack?: { id?: unknown; version?: unknown } } | undefined)?.pack;
    this.#pack = stamp && typeof stamp.id === 'string' && typeof stamp.version === 'number' ? { id: stamp.id, version: stamp.version } : undefined;
    // Only untouched default milestones are replaced: the intern's own progress is never lost. With a
    // programme pack, a timeline already merged with it gets the new version merged in instead.
    if (this.data && !this.data.pack && !this.data.milestones.some((m) => m.done || m.date)) {
      const milestones = this.#defaultMilestones();
      this.data = { ...this.data, milestones, ...this.#seen(milestones) };
    } else if (this.data) this.data = this.#merge(this.data);
    this.requestUpdate();
  }

  protected override onDataReplaced(): void {
    this.#undo.clear();
  }

  /** The last day: the `end-date` attribute or profile, else the one the intern typed in. */
  get lastDay(): string | undefined {
    return this.profile.endDate ?? this.data.endDate;
  }

  /** Host and user holidays together. */
  get allHolidays(): string[] {
    const raw = this.holidays ?? '';
    if (raw !== this.#hRaw) {
      this.#hRaw = raw;
      const { good, bad } = parseDates(raw);
      if (bad.length) warnOnce(this, 'attr:holidays', `${describeElement(this)}: holidays="${raw}" has entries that are not dates as YYYY-MM-DD (${bad.join(', ')}); they are skipped.`);
      this.#hList = good;
    }
    return [...new Set([...this.#hList, ...this.data.holidays])];
  }

  /** The listed days off and the locale's public holidays (8 December in Spain, Eid in Riyadh). */
  get daysOff(): ReadonlySet<string> {
    return daysOff(this.i18n.locale, this.allHolidays, this);
  }

  /** The weekend in use: the `weekend` attribute or profile field, else the locale's (Friday–Saturday for `ar-SA`); working days, milestone dates and streaks skip it. */
  get weekendDays(): Weekend {
    return elementWeekend(this, this.profile.weekend, this.i18n.locale);
  }

  /** A milestone's date: its own, or its offset from the last day; `''` when unknown. */
  dateOf(m: Milestone): string {
    const end = this.lastDay;
    if (m.date || !end || m.offset === undefined) return m.date;
    if (m.offset === 0) return end; // the last day is the intern's, even on a weekend day
    // A suggested date that falls on a weekend, a holiday or a day nearly every office is closed moves
    // to the working day before (after, once the internship is over).
    return suggestedDate(end, m.offset, this.daysOff, this.weekendDays);
  }

  /**
   * In the kit, the other steps' tasks (checklist items, feedback next steps, follow-ups) shown on the
   * timeline too; ticking one ticks it in its own step. Empty outside the kit.
   */
  get kitTasks(): Task[] {
    return (this.kit?.tasks ?? []).filter((t) => t.source !== 'planner' && !t.also?.includes('planner'));
  }

  #tickKitTask(task: Task, box: HTMLInputElement): void {
    if (!this.kit?.request('tick', { id: task.id, done: box.checked })) box.checked = task.done;
    else {
      this.taskDone(task.id, task.source, box.checked, 'step');
      this.announce(box.checked ? this.t('planner.doneSaid', 'Done: {text}', { text: task.text }) : this.t('planner.undoneSaid', 'Not done yet: {text}', { text: task.text }));
    }
  }

  get #sorted(): Milestone[] {
    return byDate(this.data.milestones.filter((m) => showsItem(m, this.#pack?.id)).map((m) => this.#shown(m)), (m) => this.dateOf(m));
  }

  #fmt(iso: string): string {
    return formatDate(iso, this.i18n.locale);
  }

  // ---- edits ----

  #set<K extends keyof PlannerValue>(key: K, next: PlannerValue[K]): void {
    this.commit({ ...this.data, [key]: next });
  }

  #patchMilestone(id: string, patch: Partial<Milestone>): void {
    this.#set('milestones', this.data.milestones.map((m) => (m.id === id ? { ...m, ...patch } : m)));
  }

  #toggle(m: Milestone, done: boolean): void {
    this.#patchMilestone(m.id, { done });
    this.announce(done ? this.t('planner.doneSaid', 'Done: {text}', { text: m.text }) : this.t('planner.undoneSaid', 'Not done yet: {text}', { text: m.text }));
    if (done) this.emit('sf-milestone', { id: m.id, text: m.text, date: this.dateOf(m) });
    this.taskDone(`planner:${m.id}`, 'planner', done);
  }

  #drop(key: 'milestones' | 'projects', id: string): void {
    const items = this.data[key] as Array<Milestone | Project>;
    const index = items.findIndex((x) => x.id === id);
    if (index < 0) return;
    const item = key === 'milestones' ? this.#shown(items[index] as Milestone) : items[index];
    this.#set(key, this.#undo.remove(items, index, key) as never);
    this.announce(this.t('planner.removed', 'Removed “{text}”. Use Undo to bring it back.', { text: 'text' in item ? item.text : item.name }));
  }

  #restore(): void {
    const key = this.#undo.removed?.group;
    const r = key && this.#undo.restore(this.data[key] as Array<Milestone | Project | string>);
    if (!r) return;
    this.#set(r.group, r.list as never);
    this.announce(this.t('planner.restored', 'Brought back.'));
  }

  #dropDay(day: string): void {
    const index = this.data.holidays.indexOf(day);
    if (index < 0) return;
    this.#set('holidays', this.#undo.remove(this.data.holidays, index, 'holidays') as string[]);
    this.announce(this.t('planner.removed', 'Removed “{text}”. Use Undo to bring it back.', { text: this.#fmt(day) }));
  }

  /** Opens the date input of milestone `id`, or closes it; `back` returns focus to that milestone's Move button. */
  #move(id?: string, back?: string): void {
    this.moving = id;
    if (id) void focusAfterUpdate(this, '.when input');
    // A new date re-sorts the list: focus follows the milestone to its new place instead of falling to <body>.
    else if (back) void focusAfterUpdate(this, () => this.renderRoot.querySelector(`[data-id="${CSS.escape(back)}"] .move`), '.timeline ol');
  }

  #addMilestone(e: Event): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const input = form.elements.namedItem('text') as HTMLInputElement;
    const date = (form.elements.namedItem('date') as HTMLInputElement).value;
    if (!input.value.trim()) {
      this.announce(this.t('planner.needText', 'Write what you want to do first.'));
      input.focus();
      return;
    }
    const m: Milestone = { id: newId('m'), from: 'own', text: input.value, date: isISODate(date) ? date : this.lastDay ?? this.today, done: false };
    this.#set('milestones', [...this.data.milestones, m]);
    this.announce(this.t('planner.added', 'Added “{text}”.', { text: m.text }));
    form.reset();
  }

  #addHoliday(e: Event): void {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('day') as HTMLInputElement;
    if (!isISODate(input.value) || this.data.holidays.includes(input.value)) return;
    this.#set('holidays', [...this.data.holidays, input.value].sort());
    this.announce(this.t('planner.holidayAdded', 'Day off added: {date}.', { date: this.#fmt(input.value) }));
    input.value = '';
  }

  #addProject(): void {
    const p: Project = { id: newId('p'), name: '', status: '', next: '', files: '', access: '', owner: '', contacts: '', deadline: '' };
    this.#set('projects', [...this.data.projects, p]);
    this.announce(this.t('planner.projectAdded', 'Project added. Start with its name.'));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`[data-p="${this.data.projects.length - 1}"] input`)?.focus());
  }

  #patchProject(id: string, field: keyof Project, value: string): void {
    this.#set('projects', this.data.projects.map((p) => (p.id === id ? { ...p, [field]: value } : p)));
  }

  #patchLog(field: 'goal' | 'done' | 'note', value: string | boolean): void {
    const date = this.logDay || this.today;
    const log = this.data.log.filter((l) => l.date !== date);
    const old = this.data.log.find((l) => l.date === date) ?? { date, goal: '', done: false, note: '' };
    this.#set('log', byDate([...log, { ...old, [field]: value }], (l) => l.date));
    if (field === 'done' && value) this.announce(this.t('planner.goalDone', 'Goal done. Well done!'));
  }

  // ---- exports ----

  #labels() {
    return {
      status: this.t('planner.f.status', 'Where it stands'),
      next: this.t('planner.f.next', 'What’s left'),
      files: this.t('planner.f.files', 'Where the files live'),
      access: this.t('planner.f.access', 'Access to hand back'),
      owner: this.t('planner.f.owner', 'Who owns it next'),
      contacts: this.t('planner.f.contacts', 'Contacts'),
      deadline: this.t('planner.f.deadline', 'Deadline'),
    };
  }

  #handoverTitle(): string {
    const { internName, company } = this.profile;
    return internName
      ? this.t('planner.docTitleBy', 'Handover from {name}', { name: internName }) + (company ? ` · ${company}` : '')
      : this.t('planner.docTitle', 'Handover document');
  }

  /** The handover document alone, as Markdown. */
  handoverMarkdown(): string {
    const l = this.#labels();
    const end = this.lastDay;
    return mdDocument([
      mdHeading(1, this.#handoverTitle()),
      end && mdField(this.t('planner.lastDay', 'Last day'), this.#fmt(end)),
      ...this.data.projects.map((p) =>
        mdDocument([
          mdHeading(2, p.name || this.t('planner.untitled', 'Untitled project')),
          ...PROJECT_FIELDS.filter((f) => p[f]).map((f) => mdField(l[f], p[f])),
          p.deadline && mdField(l.deadline, this.#fmt(p.deadline)),
        ]).trim(),
      ),
    ], this.t('core.colon', ':'));
  }

  /** Timeline, handover document and daily log, as Markdown. */
  toMarkdown(): string {
    const log = [...this.data.log].reverse();
    const colon = this.t('core.colon', ':');
    return mdDocument([
      mdHeading(1, this.t('planner.title', 'Finish strong')),
      this.lastDay && mdField(this.t('planner.lastDay', 'Last day'), this.#fmt(this.lastDay)),
      mdHeading(2, this.t('planner.timeline', 'Your final weeks')),
      this.#sorted.map((m) => mdItem(`${this.dateOf(m) ? this.#fmt(this.dateOf(m)) + colon + ' ' : ''}${m.text}`, m.done)).join('\n'),
      this.retiredMilestones.length > 0 && mdHeading(2, this.t('checklist.retiredTitle', 'No longer in your programme')),
      this.retiredMilestones.map((m) => mdItem(`${this.dateOf(m) ? this.#fmt(this.dateOf(m)) + colon + ' ' : ''}${m.text}`, m.done)).join('\n'),
      this.handoverMarkdown().replace(/^#/gm, '##'),
      log.length > 0 && mdHeading(2, this.t('planner.log', 'Daily log')),
      log.map((e) => mdItem(`${this.#fmt(e.date)}${colon} ${e.goal}${e.note ? `\n${this.t('planner.wentWell', 'What went well')}${colon} ${e.note}` : ''}`, e.done)).join('\n'),
    ], colon);
  }

  /** The dated milestones as an iCalendar file: all-day events with a reminder at 09:00 the day before. */
  toICS(): string {
    return buildICS({ name: this.t('planner.calName', 'Finish strong'), now: this.now, events: this.#events() });
  }

  #events(): IcsEvent[] {
    return this.#sorted
      .filter((m) => this.dateOf(m))
      .map((m) => ({ uid: `planner-${m.id}`, summary: m.text, start: this.dateOf(m), alarm: m.done ? undefined : { minutesBefore: 900 } }));
  }

  /** Prints the handover document alone (its print view), reporting one `sf-export`. */
  printHandover(): void {
    this.print('handover');
  }

  protected override printMarkdown(view: string): string {
    return view === 'handover' ? this.handoverMarkdown() : this.toMarkdown();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.logDay && (this.logDay > this.today || this.logDay < addDays(this.today, -13))) this.logDay = '';
  }

  // ---- render ----

  override render(): TemplateResult {
    return html`<div class="base" part="base" dir=${this.i18n.dir}>
      <h2>${this.t('planner.title', 'Finish strong')}</h2>
      <p class="intro">${this.t('planner.intro', 'Employers remember your last weeks most. Keep full effort to the very last day, and leave your work in good hands.')}</p>
      ${this.#renderCountdown()} ${this.#renderTimeline()} ${this.#renderHandover()} ${this.#renderLog()}
      <div class="toolbar">
        ${this.kit
          ? // In the kit, "everything" is the kit's own export: this one says what it holds.
            html`<button @click=${() => this.download(fileName(this.t('planner.title', 'Finish strong'), 'md'), this.toMarkdown(), 'md')}>${this.t('planner.downloadStep', 'Download this step: timeline, handover and log (.md)')}</button>
              <button @click=${() => this.copy(this.toMarkdown())}>${this.t('planner.copyStep', 'Copy this step')}</button>`
          : html`<button class="primary" @click=${() => this.download(fileName(this.t('planner.title', 'Finish strong'), 'md'), this.toMarkdown(), 'md')}>${this.t('planner.downloadAll', 'Download everything (.md)')}</button>
              <button @click=${() => this.copy(this.toMarkdown())}>${this.t('planner.copyAll', 'Copy everything')}</button>`}
        <span class="spacer"></span>${this.renderSaved()}
      </div>
      ${this.renderStatus()} ${this.renderPrint()}
    </div>`;
  }

  #renderCountdown() {
    const end = this.lastDay;
    const holidays = this.allHolidays;
    const hostSet = new Set(this.#hList);
    let status;
    if (end) {
      const days = daysBetween(this.today, end);
      const working = workingDaysBetween(this.today, end, holidays, this.weekendDays);
      status =
        days > 0
          ? html`<p class="big"><strong>${this.i18n.plural(days, 'planner.daysLeft', { one: '{n} day to go', other: '{n} days to go' })}</strong></p>
              <p>${this.i18n.plural(working, 'planner.workLeft', { one: '{n} working day after today', other: '{n} working days after today' })} ·
                ${this.t('planner.lastIs', 'last day {date}', { date: this.#fmt(end) })}</p>`
          : days === 0
            ? html`<p class="big"><strong>${this.t('planner.today', 'Today is your last day.')}</strong></p>
                <p>${this.t('planner.todayTip', 'Hand back what you borrowed, say goodbye in person, and leave on a high note.')}</p>`
            : html`<p class="big"><strong>${this.t('planner.ended', 'Your internship ended {when}.', { when: formatRelativeDays(days, this.i18n.locale) })}</strong></p>
                <p>${this.t('planner.endedTip', 'Well done. Now follow up and keep in touch.')}</p>`;
    }
    return html`<section class="card countdown" part="countdown" aria-labelledby="cd">
      <h3 id="cd">${this.t('planner.countdown', 'Countdown')}</h3>
      ${status ?? html`<p>${this.t('planner.noEnd', 'When is your last day? Add it to see how much time is left and to date your milestones.')}</p>`}
      ${this.profile.endDate
        ? nothing
        : html`<label class="field inline"><span class="label">${this.t('planner.setEnd', 'Your last day')}</span>
            <input type="date" name="end" .value=${this.data.endDate ?? ''} @change=${(e: Event) => {
              const v = (e.target as HTMLInputElement).value;
              const { endDate: _drop, ...rest } = this.data;
              this.commit(isISODate(v) ? { ...rest, endDate: v } : rest);
            }} /></label>`}
      <details>
        <summary>${this.i18n.plural(holidays.length, 'planner.holidays', { one: '{n} day off excluded', other: '{n} days off excluded' })}</summary>
        <ul class="chips">
          ${holidays.sort().map(
            (d) => html`<li class="chip" data-day=${d}>${this.#fmt(d)}${hostSet.has(d) || !this.data.holidays.includes(d)
              ? nothing
              : html`<button class="ghost" aria-label=${this.t('planner.removeDay', 'Remove day off {date}', { date: this.#fmt(d) })} @click=${() => this.#dropDay(d)}>✕</button>`}</li>`,
          )}
        </ul>
        ${this.#renderUndo('holidays')}
        <form class="row" @submit=${this.#addHoliday}>
          <label class="field inline"><span class="label">${this.t('planner.dayOff', 'Add a day off')}</span><input type="date" name="day" /></label>
          <button>${this.t('planner.add', 'Add')}</button>
        </form>
      </details>
    </section>`;
  }

  #renderKitTask(task: Task, today: string, relative: (d: number) => string) {
    const late = !task.done && task.due && task.due < today;
    return html`<li class="from ${task.done ? 'done' : ''}">
      <label class="check"><input type="checkbox" .checked=${task.done} @change=${(e: Event) => this.#tickKitTask(task, e.target as HTMLInputElement)} /><span dir="auto">${task.text}</span></label>
      <span class="when">
        ${task.due ? html`<span>${this.#fmt(task.due)}</span> <span class=${late ? 'badge-due' : 'hint'}>${relative(daysBetween(today, task.due))}</span>` : nothing}
        <span class="chip">${sourceLabel(this.t, task.source)}</span>
      </span>
    </li>`;
  }

  /**
   * The remaining weeks as a strip: every dated task on its date, today marked, overdue in the danger
   * colour. A picture only (hidden from screen readers): the list below says the same in words.
   */
  #renderStrip(entries: Array<Milestone | Task>) {
    const items = entries
      .map((x) => ('source' in x ? { id: x.id, text: x.text, due: x.due ?? '', done: x.done } : { id: x.id, text: x.text, due: this.dateOf(x), done: x.done }))
      .filter((i) => i.due);
    if (!items.length || !this.lastDay) return nothing;
    const s = stripLayout(items, this.today, this.lastDay, 800, 20);
    const rtl = this.i18n.dir === 'rtl';
    const X = (x: number) => (rtl ? s.width - x : x);
    const axis = 44;
    const height = axis + 22 + s.lanes * 20;
    const short = (d: string) => formatDate(d, this.i18n.locale, { weekday: undefined, year: undefined, month: 'short', day: 'numeric' });
    return html`<figure class="strip">
      <svg viewBox="0 0 ${s.width} ${height}" aria-hidden="true" focusable="false">
        <line class="axis" x1=${X(s.weeks[0].x)} x2=${X(s.width - s.weeks[0].x)} y1=${axis} y2=${axis}></line>
        ${s.weeks.map((w, i) => svg`<line class="tick" x1=${X(w.x)} x2=${X(w.x)} y1=${axis - 5} y2=${axis + 5}></line>
          ${i % Math.ceil(s.weeks.length / 6) ? nothing : svg`<text class="label" x=${X(w.x)} y=${axis - 12} text-anchor="middle">${short(w.date)}</text>`}`)}
        ${s.lastDayX === undefined ? nothing : svg`<line class="last" x1=${X(s.lastDayX)} x2=${X(s.lastDayX)} y1=${axis - 6} y2=${height}></line>`}
        <line class="today" x1=${X(s.todayX)} x2=${X(s.todayX)} y1="0" y2=${height}></line>
        ${s.marks.map((m) => svg`<circle class="mark ${m.state}" cx=${X(m.x)} cy=${axis + 16 + m.lane * 20} r="7"></circle>`)}
      </svg>
      <figcaption class="hint">
        <span class="key today-key"></span>${this.t('planner.strip.today', 'Today')}
        <span class="key open"></span>${this.t('planner.strip.open', 'To do')}
        <span class="key overdue"></span>${this.t('planner.strip.overdue', 'Overdue')}
        <span class="key done"></span>${this.t('planner.strip.done', 'Done')}
        · ${this.t('planner.strip.caption', 'Your weeks at a glance; every task is listed below.')}
      </figcaption>
    </figure>`;
  }

  #renderTimeline() {
    const today = this.today;
    const sorted = this.#sorted;
    // The kit's other tasks join the timeline by date (undated ones last), after the milestones of the same day.
    const entries = byDate<Milestone | Task>([...sorted, ...this.kitTasks], (x) => ('source' in x ? x.due ?? '' : this.dateOf(x)));
    const rel = new Map<number, string>();
    const relative = (d: number) => rel.get(d) ?? rel.set(d, formatRelativeDays(d, this.i18n.locale)).get(d)!;
    return html`<section class="timeline" part="timeline" aria-labelledby="tl">
      <h3 id="tl">${this.t('planner.timeline', 'Your final weeks')}</h3>
      ${this.#renderStrip(entries)}
      ${entries.length
        ? html`<ol class="list" tabindex="-1">
            ${repeat(
              entries.slice(0, this.shown),
              (m) => m.id,
              (x) => {
                if ('source' in x) return this.#renderKitTask(x, today, relative);
                const m = x;
                const date = this.dateOf(m);
                const late = !m.done && date && date < today;
                // In the kit, a milestone ticked with its checklist twin from the intern's other steps says why.
                const why = m.done && SAME_TASK[m.id] ? autoReason(this.kit?.data, SAME_TASK[m.id]) : undefined;
                return html`<li class=${m.done ? 'done' : ''} data-id=${m.id}>
                  <label class="check"><input type="checkbox" .checked=${m.done} aria-describedby=${why ? `why-${m.id}` : nothing} @change=${(e: Event) => this.#toggle(m, (e.target as HTMLInputElement).checked)} /><span dir="auto">${m.text}</span></label>
                  <span class="when">
                    ${this.moving === m.id
                      ? html`<input type="date" .value=${date} aria-label=${this.t('planner.moveTo', 'New date for “{text}”', { text: m.text })}
                          @change=${(e: Event) => {
                            const v = (e.target as HTMLInputElement).value;
                            if (!isISODate(v)) return;
                            this.#patchMilestone(m.id, { date: v });
                            this.#move(undefined, m.id);
                          }}
                          @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.#move(undefined, m.id)} @blur=${() => this.moving === m.id && this.#move()} />`
                      : html`${date ? html`<span>${this.#fmt(date)}</span> <span class=${late ? 'badge-due' : 'hint'}>${relative(daysBetween(today, date))}</span>` : nothing}
                          <button class="ghost move" aria-label=${this.t('planner.move', 'Move “{text}”', { text: m.text })} @click=${() => this.#move(m.id)}>${this.t('planner.moveShort', 'Move')}</button>`}
                    <button class="ghost danger" aria-label=${this.t('planner.remove', 'Remove “{text}”', { text: m.text })} @click=${() => this.#drop('milestones', m.id)}>✕</button>
                  </span>
                  ${why ? html`<span class="auto-why hint" id="why-${m.id}">${autoReasonText(this.i18n, why)}</span>` : nothing}
                </li>`;
              },
            )}
          </ol>
          ${entries.length > this.shown
            ? html`<button class="ghost" @click=${() => (this.shown += 500)}>${this.i18n.plural(Math.min(500, entries.length - this.shown), 'planner.more', { one: 'Show {n} more', other: 'Show {n} more' })}</button>`
            : nothing}`
        : html`<p class="muted">${this.t('planner.noMilestones', 'No milestones yet. Add the first one below.')}</p>`}
      ${this.#roving.renderHint((id, en, p) => this.t(id, en, p))} ${this.#renderUndo('milestones')}
      ${renderRetired(this.t, (n) => this.i18n.number(n), this.retiredMilestones.map((m) => ({ id: m.id, text: m.text, done: m.done, note: this.dateOf(m) && this.#fmt(this.dateOf(m)) })), (id) => this.restore(id))}
      <form class="add" @submit=${this.#addMilestone}>
        <label class="field"><span class="label">${this.t('planner.newMilestone', 'New milestone')}</span><input name="text" dir="auto" /></label>
        <label class="field"><span class="label">${this.t('planner.date', 'Date')}</span><input type="date" name="date" /></label>
        <button>${this.t('planner.addMilestone', 'Add milestone')}</button>
      </form>
      <div class="toolbar">
        <button @click=${() => this.download(fileName(this.t('planner.title', 'Finish strong'), 'ics'), this.toICS(), 'ics')}>${this.t('planner.ics', 'Add to calendar (.ics)')}</button>
      </div>
      ${this.#calendarLinks.render(() => this.#events(), { available: this.data.milestones.length > 0 })}
    </section>`;
  }

  #renderUndo(key: 'milestones' | 'projects' | 'holidays') {
    return this.#undo.render(key, () => this.t('planner.removedShort', 'Removed.'), this.t('planner.undo', 'Undo'), () => this.#restore(), 'row');
  }

  #renderHandover() {
    const l = this.#labels();
    const { projects } = this.data;
    return html`<section class="handover" part="handover" aria-labelledby="ho">
      <h3 id="ho">${this.t('planner.handover', 'Handover document')}</h3>
      <p class="hint">${this.t('planner.handoverIntro', 'Your last impression, made concrete: for each project, what the next person needs to carry on without you.')}</p>
      <div class="split">
        <div class="editor">
          ${repeat(
            projects,
            (p) => p.id,
            (p, i) => html`<fieldset class="card" data-p=${i} data-id=${p.id}>
              <legend>${p.name || this.t('planner.projectN', 'Project {number}', { number: i + 1 })}</legend>
              <label class="field"><span class="label">${this.t('planner.f.name', 'Project name')}</span>
                <input dir="auto" .value=${p.name} @input=${(e: Event) => this.#patchProject(p.id, 'name', (e.target as HTMLInputElement).value)} /></label>
              ${PROJECT_FIELDS.map(
                (f) => html`<label class="field"><span class="label">${l[f]}</span>
                  <textarea dir="auto" rows="2" .value=${p[f]} @input=${(e: Event) => this.#patchProject(p.id, f, (e.target as HTMLTextAreaElement).value)}></textarea></label>`,
              )}
              <label class="field"><span class="label">${l.deadline}</span>
                <input type="date" .value=${p.deadline} @change=${(e: Event) => this.#patchProject(p.id, 'deadline', (e.target as HTMLInputElement).value)} /></label>
              <button class="danger" @click=${() => this.#drop('projects', p.id)}>${this.t('planner.removeProject', 'Remove this project')}</button>
            </fieldset>`,
          )}
          ${this.#renderUndo('projects')}
          <button @click=${this.#addProject}>${this.t('planner.addProject', '+ Add a project')}</button>
        </div>
        <article class="doc" part="preview" aria-label=${this.t('planner.preview', 'Preview')}>
          <h4>${this.#handoverTitle()}</h4>
          ${this.lastDay ? html`<p class="hint">${this.t('planner.lastDay', 'Last day')}${this.t('core.colon', ':')} ${this.#fmt(this.lastDay)}</p>` : nothing}
          ${projects.length
            ? projects.map(
                (p) => html`<h5 dir="auto">${p.name || this.t('planner.untitled', 'Untitled project')}</h5>
                  <dl>
                    ${PROJECT_FIELDS.filter((f) => p[f]).map((f) => html`<dt>${l[f]}</dt><dd dir="auto">${p[f]}</dd>`)}
                    ${p.deadline ? html`<dt>${l.deadline}</dt><dd>${this.#fmt(p.deadline)}</dd>` : nothing}
                  </dl>`,
              )
            : html`<p class="muted">${this.t('planner.noProjects', 'Add a project and your handover document appears here, ready to share.')}</p>`}
        </article>
      </div>
      <div class="toolbar">
        <button @click=${() => this.download(fileName(this.#handoverTitle(), 'md'), this.handoverMarkdown(), 'md')}>${this.t('planner.downloadHandover', 'Download handover (.md)')}</button>
        <button @click=${() => this.copy(this.handoverMarkdown())}>${this.t('planner.copyHandover', 'Copy handover')}</button>
        <button @click=${this.printHandover}>${this.t('planner.print', 'Print handover')}</button>
      </div>
    </section>`;
  }

  #renderLog() {
    const today = this.today;
    const from = addDays(today, -13);
    const day = this.logDay || today;
    const recent = this.data.log.filter((e) => e.date >= from && e.date <= today);
    const entry = recent.find((e) => e.date === day) ?? { goal: '', done: false, note: '' };
    const doneDays = new Set(this.data.log.filter((e) => e.done).map((e) => e.date));
    const n = streak(doneDays, today, this.allHolidays, this.weekendDays);
    const done = recent.filter((e) => e.done).length;
    return html`<section class="card log" part="log" aria-labelledby="lg">
      <h3 id="lg">${this.t('planner.log', 'Daily log')}</h3>
      <p class="streak">
        ${n > 1
          ? this.i18n.plural(n, 'planner.streak', { one: '{n} day in a row. Nice rhythm!', other: '{n} days in a row. Nice rhythm!' })
          : done
            ? this.i18n.plural(done, 'planner.doneCount', { one: '{n} goal done in the last two weeks. Every day counts.', other: '{n} goals done in the last two weeks. Every day counts.' })
            : this.t('planner.streakNone', 'One small goal a day is enough. Start with today.')}
      </p>
      <div class="grid">
        <label class="field"><span class="label">${this.t('planner.day', 'Day')}</span>
          <input type="date" min=${from} max=${today} .value=${day} @change=${(e: Event) => (this.logDay = (e.target as HTMLInputElement).value)} /></label>
        <label class="field"><span class="label">${day === today ? this.t('planner.goalToday', 'One goal for today') : this.t('planner.goal', 'Goal for that day')}</span>
          <input dir="auto" .value=${entry.goal} @input=${(e: Event) => this.#patchLog('goal', (e.target as HTMLInputElement).value)} /></label>
        <label class="field"><span class="label">${this.t('planner.note', 'One line on what went well')}</span>
          <input dir="auto" .value=${entry.note} @input=${(e: Event) => this.#patchLog('note', (e.target as HTMLInputElement).value)} /></label>
      </div>
      <label class="check"><input type="checkbox" .checked=${entry.done} @change=${(e: Event) => this.#patchLog('done', (e.target as HTMLInputElement).checked)} />${this.t('planner.goalDoneLabel', 'I did it')}</label>
      ${recent.length
        ? html`<ul class="list history" aria-label=${this.t('planner.history', 'The last two weeks')}>
            ${repeat(
              [...recent].reverse(),
              (e) => e.date,
              (e) => html`<li><span class="chip">${this.#fmt(e.date)}</span> <span aria-hidden="true">${e.done ? '✓' : '·'}</span>
                <span class="visually-hidden">${e.done ? this.t('planner.wasDone', 'done') : this.t('planner.notDone', 'open')}</span>
                <span dir="auto">${e.goal}</span>${e.note ? html` <span class="hint" dir="auto">— ${e.note}</span>` : nothing}</li>`,
            )}
          </ul>`
        : nothing}
    </section>`;
  }
}
