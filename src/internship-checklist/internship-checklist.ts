import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { SfElement } from '../core/base-element.js';
import { UndoController } from '../core/controllers/undo.js';
import { RovingController } from '../core/controllers/roving.js';
import { bool, DROP, isoDate, list, literalTrue, num, obj, parseWith, text, type Rule } from '../core/schema.js';
import { daysBetween, formatDate, formatRelativeDays, type Weekend } from '../core/dates.js';
import { describeElement, warnOnce } from '../core/warn.js';
import { elementWeekend } from '../core/element-weekend.js';
import { newId } from '../core/ids.js';
import { toICS as buildICS, type IcsEvent } from '../core/formats/ics.js';
import { CalendarLinksController } from '../core/controllers/calendar-links.js';
import { mdDocument, mdHeading, mdItem, mdParagraph } from '../core/formats/markdown.js';
import { fileName } from '../core/formats/text.js';
import { SECTIONS, defaultItems, sectionTitles, type ContentItem } from './content.js';
import { mergePack, type PackSeen } from '../core/pack/merge.js';
import type { PackStamp } from '../core/pack/types.js';
import { autoTicks, inferTicks } from './auto-ticks.js';
import { autoReasonText, sourceLabel } from '../core/tasks/labels.js';
import type { Task } from '../core/tasks/tasks.js';
import { daysOff } from '../core/holidays.js';
import { dueOf, moveBefore, moveInSection, uniqueIds, type ChecklistItem } from './logic.js';
import { styles } from './styles.js';
import { CHECKLIST_VERSION, checklistMigrations, defaultItemOf, shownChecklist, shownItem, storedChecklist, storedItem } from './model.js';

export type { ChecklistItem } from './logic.js';

export interface ChecklistValue {
  items: ChecklistItem[];
  /** "Areas I haven't explored yet". */
  explore: string[];
  /** "Questions I still want to ask". */
  ask: string[];
  /** Ids ticked automatically from the kit (never re-ticked after the user unticks them). */
  auto?: string[];
  /** The last day the user typed here, used when neither `end-date` nor the kit gives one. */
  lastDay?: string;
  /**
   * The day the intern first opened this checklist (`YYYY-MM-DD`), set with the default items and saved
   * with the first edit. Suggested dates before it move to it (see `dueOf`). Absent in data saved before
   * it existed and in values a host assigns: their dates are not moved.
   */
  firstVisit?: string;
  /** The programme pack the items were last merged with (its id, version and item ids). */
  pack?: PackSeen;
}

/**
 * Host content: items added to the defaults (or replacing them with `replace`), default items or
 * sections hidden by id (`hide`), sections added or renamed (`sections`). In a programme pack, `pack`
 * (set by the kit) marks the items as the programme's so a later version merges into saved progress.
 */
export interface ChecklistContent {
  replace?: boolean;
  items?: ContentItem[];
  hide?: string[];
  sections?: { id: string; title: string }[];
  /** The programme pack this content comes from (set by `<internship-wrap-up>`). */
  pack?: PackStamp;
}

export type ChecklistFilter = 'all' | 'open' | 'done' | 'overdue';

const FILTERS: readonly ChecklistFilter[] = ['all', 'open', 'done', 'overdue'];
/** Rows rendered per section before "Show more": keeps 10,000 items from freezing the page. */
const PAGE = 50;

const itemFields = obj(
  { id: text(200), section: text(100), done: bool() },
  { text: text(), packText: text(), due: isoDate(), note: text(), why: text(), offsetDays: num(-3650, 3650), custom: literalTrue(), from: text(200), retired: literalTrue(), edited: literalTrue() },
  { done: () => false },
) as Rule<ChecklistItem>;

/** One item: a default of the kit's is stored by id (no `text` unless hers); any other item needs its text. */
const itemRule: Rule<ChecklistItem> = (input, path, issues) => {
  const item = itemFields(input, path, issues);
  if (item === DROP || typeof item.text === 'string' || (item.from === 'default' && defaultItemOf(item.id)) || item.from?.startsWith('pack:')) return item;
  if (!issues.some((i) => i.startsWith(`${path}.text`) || i.startsWith('text'))) issues.push(`${path}.text: missing`);
  return DROP;
};

const contentRule = obj(
  {},
  {
    items: list(obj({ id: text(200), section: text(100), text: text() }, { why: text(), offsetDays: num(-3650, 3650) })),
    replace: bool(),
    hide: list(text(200)),
    sections: list(obj({ id: text(100), title: text(500) })),
    pack: obj({ id: text(100), version: num(1) }),
  },
);
const seenRule = obj({ id: text(100), version: num(1), ids: list(text(200)) });

/**
 * A checklist for the last weeks of an internship: evaluate the experience, ask for feedback, thank
 * people, reflect, finish strong and keep in touch. Items get real dates from the last day
 * (`end-date` or the kit's profile), can be ticked, added, edited, deleted (with undo), reordered and
 * filtered, and exported as Markdown, a calendar file or plain text.
 *
 * `value.items[].due` holds only a date the user chose; otherwise an item's date is derived at render
 * and export time from its `offsetDays` and the last day, so a new `end-date` moves every date.
 *
 * Host content (the `content` property, or a child `<script type="application/json">`, same JSON):
 * `{ "replace": false, "items": [{ "id": "x", "section": "finish", "text": "…", "why": "…", "offsetDays": -7 }] }`
 * with sections `evaluate`, `feedback`, `gratitude`, `reflect`, `finish`, `keep-in-touch`. It shapes a
 * fresh checklist; saved progress is kept as it is.
 *
 * @summary Evaluate the internship and plan its last weeks, with real dates.
 * @fires change - After every user edit (not after assigning `value`).
 * @fires sf-item-toggle - Cancellable, before an item is ticked or unticked; detail: the item, `next` and `tag`.
 * @fires sf-task - Not cancellable, after an item (or a task of the kit's list shown here) was completed or reopened; detail `{ tag, id, done, step, source }` (`id` in the kit's id space, `checklist:<id>`; `source`: `user`, or `step` for a task of another step).
 * @fires sf-export - After a copy or download; detail `{ format, tag }`.
 * @csspart base - The outer container.
 * @csspart progress - The overall progress bar.
 * @csspart section - Each section.
 * @csspart item - Each item row.
 * @csspart notice - The storage notice.
 * @csspart saved - The "Saved" note.
 * @csspart print - The print view, rendered only while printing: what the Markdown export shows.
 * @cssprop --sf-accent - Accent colour (buttons, progress, checkboxes).
 * @cssprop --sf-surface - Background.
 * @cssprop --sf-text - Text colour.
 * @cssprop --sf-border - Borders.
 * @cssprop --sf-danger - Overdue dates.
 * @cssprop --sf-radius - Corner radius.
 * @cssprop --sf-space - Base spacing.
 * @slot - A `<script type="application/json">` with host content (not shown).
 */
export class InternshipChecklist extends SfElement<ChecklistValue> {
  static override kitSlot = 'checklist';
  static override schemaVersion = CHECKLIST_VERSION;
  static override migrations = checklistMigrations;
  static override styles = [...SfElement.styles, styles];

  /** Host content: `{ replace?, items }` (see the class description). */
  @property({ attribute: false }) content?: ChecklistContent;

  @state() private filter: ChecklistFilter = 'all';
  #calendarLinks = new CalendarLinksController(this, (id, english, params) => this.t(id, english, params));
  @state() private collapsed = new Set<string>();
  @state() private shown: Record<string, number> = {};
  @state() private editing?: string;
  // Each section's list is one Tab stop: arrows move between rows and a row's checkbox and buttons.
  readonly #roving = new RovingController(this, { rows: 'ul.items > li.item', cells: ':scope > input[type=checkbox], :scope > .actions > button' });
  // One Undo for the steps and the "explore" / "ask" entries: the last removal comes back where it was.
  readonly #undo = new UndoController<ChecklistItem | string, '' | 'explore' | 'ask'>(this, {
    focusItem: (item, r) => () =>
      typeof item === 'string' ? this.renderRoot.querySelectorAll<HTMLInputElement>(`#h-${r.group} + ul input`)[r.index] : this.#control(item.id, 'check'),
  });

  #defaults: ChecklistValue | undefined;
  #content: ChecklistContent | undefined;
  #dragId: string | undefined;

  protected schema: Rule<ChecklistValue> = obj(
    { items: list(itemRule), explore: list(text()), ask: list(text()) },
    { auto: list(text(200)), lastDay: isoDate(), firstVisit: isoDate(), pack: seenRule },
    { items: () => this.createDefault().items, explore: () => [], ask: () => [] },
  ) as Rule<ChecklistValue>;

  protected createDefault(): ChecklistValue {
    const t = this.t;
    const content = this.#content;
    const hide = new Set(content?.hide);
    // The kit's defaults by id: their text and why are looked up at render, in the page's language (issue #28).
    const base: ChecklistItem[] = content?.replace
      ? []
      : defaultItems(t)
          .filter((i) => !hide.has(i.id) && !hide.has(i.section))
          .map(({ text: _t, why: _w, ...i }) => ({ ...i, from: 'default', done: false }) as ChecklistItem);
    const items = uniqueIds([...base, ...this.#packItems()].map((c) => ({ ...c, done: false })));
    this.#defaults = { items, explore: [], ask: [], firstVisit: this.today };
    if (content?.pack) this.#defaults.pack = { ...content.pack, ids: this.#packItems().map((i) => i.id) };
    return this.#defaults;
  }

  /** The host's or the pack's items, as stored (a pack's with `from: 'pack:<id>'`). */
  #packItems(): ChecklistItem[] {
    const content = this.#content;
    const from = content?.pack && `pack:${content.pack.id}`;
    // A pack's item is stored by id: its words are the pack's, in the kit's language (`packText` keeps the last ones).
    return (content?.items ?? []).map(({ text, why, ...c }) => (from ? { ...c, done: false, from, packText: text } : { ...c, text, ...(why !== undefined ? { why } : {}), done: false }) as ChecklistItem);
  }

  protected override clean(input: unknown, source: string): ChecklistValue {
    const value = super.clean(input, source);
    // Defaults by id: a default's own text (in any language loaded) is not stored; her words are.
    const items = uniqueIds(value.items).map((i) => storedItem(i as unknown as Record<string, unknown>) as unknown as ChecklistItem);
    return this.#merge({ ...value, items });
  }

  /** A default item's text and why in the page's language now (undefined for any other item). */
  #lookup(item: ChecklistItem): { text: string; why?: string } | undefined {
    if (item.from?.startsWith('pack:')) {
      const theirs = item.from === `pack:${this.#content?.pack?.id}` ? this.#content?.items?.find((c) => c.id === item.id) : undefined;
      return theirs ? { text: theirs.text, why: theirs.why } : item.packText !== undefined ? { text: item.packText } : undefined;
    }
    const known = item.from === 'default' ? defaultItemOf(item.id) : undefined;
    if (!known) return undefined;
    return { text: this.t(known.textId, known.text), why: known.whyId && known.why !== undefined ? this.t(known.whyId, known.why) : undefined };
  }

  /** An item as shown (and in `value`): a default with its text and why in the page's language; `edited` when the text is hers. */
  #shown(item: ChecklistItem): ChecklistItem {
    if (!item.from?.startsWith('pack:')) return shownItem(item, this.t);
    const theirs = this.#lookup(item);
    const next = { ...item };
    if (item.text === undefined) next.text = theirs?.text ?? '';
    if (theirs?.why !== undefined) next.why = theirs.why;
    return next;
  }

  /** @internal The kit's copy of this step's value as stored: the kit's defaults by id (issue #28). */
  static storedForm = storedChecklist;
  /** @internal The kit's stored copy with the defaults' texts in the kit's language (its overview before the step shows). */
  static shownForm = shownChecklist;

  /** The items as shown: defaults' texts filled in, in the page's language now (a late catalogue changes them, not `data`). */
  get #shownItems(): ChecklistItem[] {
    return this.data.items.map((i) => this.#shown(i));
  }

  /** Her edit is stored with the defaults by id (a catalogue that arrived since recognises more of them). */
  protected override commit(next: ChecklistValue): void {
    super.commit({ ...next, items: next.items.map((i) => storedItem(i as unknown as Record<string, unknown>) as unknown as ChecklistItem) });
  }

  /** `value` shows every item with its text; stored data holds the kit's defaults by id. */
  protected override toValue(data: ChecklistValue): ChecklistValue {
    return { ...data, items: data.items.map((i) => this.#shown(i)) };
  }

  /**
   * A programme pack over saved progress (src/core/pack/merge.ts): new items appear, dropped ones retire
   * with her ticks and notes, unedited ones follow the pack's words. In memory: saved with her next edit.
   */
  #merge(value: ChecklistValue): ChecklistValue {
    const pack = this.#content?.pack;
    if (!pack || value === this.#defaults) return value;
    const hide = this.#content?.hide ?? [];
    const hidden = defaultItems(this.t).filter((i) => hide.includes(i.id) || hide.includes(i.section)).map((i) => i.id);
    // Her words (`edited`) are never merged; the pack's are looked up by id, `packText` keeps the last ones.
    const r = mergePack(value.items, this.#packItems(), pack, value.pack, (mine, theirs) => {
      const next = { ...mine, packText: theirs.packText };
      if (theirs.packText === undefined) delete next.packText;
      if (theirs.offsetDays !== undefined) next.offsetDays = theirs.offsetDays;
      return next;
    }, hidden);
    return r.changed ? { ...value, items: r.items, pack: r.seen } : value;
  }

  /** Shown in the list: not retired, and not another programme's item (one origin, many programmes). */
  #shows(item: ChecklistItem): boolean {
    if (item.retired) return false;
    if (!item.from?.startsWith('pack:')) return true;
    return item.from === `pack:${this.#content?.pack?.id}`;
  }

  /** Sections in order with their titles: the kit's (less the hidden ones), renamed or added by the host. */
  #sections(): [string, string][] {
    const titles = sectionTitles(this.t) as Record<string, string>;
    const hide = new Set(this.#content?.hide);
    const out = new Map<string, string>(SECTIONS.filter((s) => !hide.has(s)).map((s) => [s, titles[s]]));
    for (const s of this.#content?.sections ?? []) out.set(s.id, s.title);
    // A section only an item names (a host item in a section it didn't declare) still shows.
    for (const i of this.data.items) if (!out.has(i.section) && this.#shows(i)) out.set(i.section, titles[i.section] ?? i.section);
    return [...out];
  }

  /** The programme this checklist's content comes from (written in the stored envelope). */
  protected override packStamp(): PackStamp | undefined {
    return this.#content?.pack;
  }

  /** Puts an item the programme dropped back in her list. */
  restore(id: string): boolean {
    const item = this.data.items.find((i) => i.id === id && i.retired);
    if (!item) return false;
    const next = { ...item };
    delete next.retired;
    this.#items(this.data.items.map((i) => (i.id === id ? next : i)));
    this.announce(this.t('checklist.restored', 'Restored “{text}”.', { text: this.#shown(item).text }));
    return true;
  }

  protected override onDataReplaced(): void {
    this.#undo.clear();
    this.editing = undefined;
  }

  protected override applyContent(content: unknown): void {
    this.#setContent(content);
  }

  /** Cleans host content (warning once about what was dropped) and rebuilds a fresh checklist. */
  #setContent(input: unknown): void {
    let clean: ChecklistContent | undefined;
    if (input !== undefined && input !== null) {
      const { value, issues } = parseWith(contentRule, input, () => undefined);
      if (!value || issues.length) {
        const what = value ? `ignored ${issues.slice(0, 3).join('; ')}` : 'is not { replace, items }; the default content is kept';
        warnOnce(this, 'content', `${describeElement(this)}: content ${what}.`);
      }
      clean = value as ChecklistContent | undefined;
    }
    this.#content = clean;
    if (!this.data || this.data === this.#defaults) this.data = this.createDefault();
    else this.data = this.#merge(this.data);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('content')) this.#setContent(this.content);
    if (changed.has('kit') && this.kit) this.#autoTick();
    super.willUpdate(changed);
  }

  /** Ticks items that other widgets in the kit show as done: once each, not a user edit. */
  #autoTick(): void {
    const auto = new Set(this.data.auto ?? []);
    const fresh = autoTicks(this.kit?.data).filter((id) => !auto.has(id));
    if (!fresh.length) return;
    const ids = new Set(fresh);
    let ticked = 0;
    const items = this.data.items.map((i) => (ids.has(i.id) && !i.done ? (ticked++, { ...i, done: true }) : i));
    this.data = { ...this.data, items, auto: [...auto, ...fresh] };
    // Derived, not a user edit: kept in memory (and saved with the next edit), never written on load.
    if (ticked) this.announce(this.i18n.plural(ticked, 'checklist.autoTicked', { one: '{n} item ticked from your other steps.', other: '{n} items ticked from your other steps.' }));
  }

  /** The last day in use: `end-date` or the kit's profile, else what the user typed here. */
  get lastDay(): string | undefined {
    return this.profile.endDate ?? this.data.lastDay;
  }

  /**
   * In the kit, the other steps' tasks (planner milestones, feedback next steps, follow-ups) shown in
   * their sections; ticking one ticks it in its own step. Empty outside the kit.
   */
  get kitTasks(): Task[] {
    return (this.kit?.tasks ?? []).filter((t) => t.source !== 'checklist');
  }

  #tickKitTask(task: Task, box: HTMLInputElement): void {
    if (!this.kit?.request('tick', { id: task.id, done: box.checked })) box.checked = task.done;
    else {
      this.taskDone(task.id, task.source, box.checked, 'step');
      this.announce(box.checked ? this.t('checklist.kitDone', 'Done: {text}', { text: task.text }) : this.t('checklist.kitOpen', 'Not done yet: {text}', { text: task.text }));
    }
  }

  #renderKitTask(task: Task): TemplateResult {
    const cid = `k-${task.id.replace(/\W/g, '-')}`;
    const pseudo = { id: task.id, section: task.section, text: task.text, done: task.done };
    return html`<li class="item from ${task.done ? 'done' : ''}" part="item" data-id=${task.id}>
      <span class="grip" aria-hidden="true"></span>
      <input type="checkbox" id=${cid} .checked=${task.done} @change=${(e: Event) => this.#tickKitTask(task, e.target as HTMLInputElement)} />
      <div class="body">
        <label for=${cid} class="text" dir="auto">${task.text}</label>
        <span class="meta">${this.#when(pseudo, task.due)}<span class="chip">${sourceLabel(this.t, task.source)}</span></span>
      </div>
    </li>`;
  }

  /** The weekend suggested dates step around: the `weekend` attribute or profile field, else the locale's (Friday–Saturday for `ar-SA`). */
  get weekendDays(): Weekend {
    return elementWeekend(this, this.profile.weekend, this.i18n.locale);
  }

  /** The item's date in use (the user's own, or derived from the last day, off the weekend). */
  dueOf(item: ChecklistItem): string | undefined {
    // The locale's public holidays too (8 December in Spain): the kit's task list dates items the same way.
    return dueOf(item, this.lastDay, this.data.firstVisit, this.weekendDays, daysOff(this.i18n.locale, [], this));
  }

  /** `value.items` with every derived date filled in. */
  get itemsWithDates(): ChecklistItem[] {
    return this.value.items.map((i) => {
      const due = this.dueOf(i);
      return due ? { ...i, due } : i;
    });
  }

  // ---------------------------------------------------------------- edits

  #items(items: ChecklistItem[]): void {
    this.commit({ ...this.data, items });
  }

  #update(id: string, patch: Partial<ChecklistItem>): void {
    this.#items(this.data.items.map((i) => (i.id === id ? { ...i, ...patch } : i)));
  }

  /** Ticks or unticks an item as the user would (fires `sf-item-toggle`, then `change`). */
  toggle(id: string, next?: boolean): boolean {
    const item = this.data.items.find((i) => i.id === id);
    if (!item) return false;
    const to = next ?? !item.done;
    if (to === item.done) return false;
    const due = this.dueOf(item);
    const detail = { id: item.id, section: item.section, text: this.#shown(item).text, done: item.done, next: to, ...(due ? { due } : {}), ...(item.note ? { note: item.note } : {}) };
    if (!this.emit('sf-item-toggle', detail, true)) return false;
    this.#update(id, { done: to });
    this.taskDone(`checklist:${id}`, 'checklist', to);
    return true;
  }

  #onCheck(e: Event, item: ChecklistItem): void {
    const box = e.target as HTMLInputElement;
    if (!this.toggle(item.id, box.checked)) box.checked = item.done;
  }

  #add(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const f = new FormData(form);
    const text = String(f.get('text') ?? '');
    if (!text.trim()) {
      this.announce(this.t('checklist.needText', 'Write what you want to do first.'));
      (form.elements.namedItem('text') as HTMLInputElement).focus();
      return;
    }
    const picked = String(f.get('section') ?? '');
    const section = this.#sections().some(([s]) => s === picked) ? picked : 'finish';
    const item: ChecklistItem = { id: newId('c'), section, text, done: false, custom: true };
    const due = String(f.get('due') ?? '');
    const note = String(f.get('note') ?? '');
    if (due) item.due = due;
    if (note) item.note = note;
    // Insert after the section's last item so it shows where it belongs.
    const items = this.data.items.slice();
    let at = items.length;
    for (let i = items.length - 1; i >= 0; i--) if (items[i].section === section) { at = i + 1; break; }
    items.splice(at, 0, item);
    this.#items(items);
    this.collapsed.delete(section);
    form.reset();
    this.announce(this.t('checklist.added', 'Added “{text}”.', { text }), 'add');
  }

  #save(e: SubmitEvent, shown: ChecklistItem): void {
    e.preventDefault();
    const item = this.data.items.find((i) => i.id === shown.id) ?? shown;
    const f = new FormData(e.target as HTMLFormElement);
    const text = String(f.get('text') ?? '');
    const due = String(f.get('due') ?? '');
    const note = String(f.get('note') ?? '');
    const next: ChecklistItem = { ...item };
    const own = this.#lookup(item);
    if (own) {
      // A default or pack item: her words are stored; set back to its own text, it follows the language (and the pack) again.
      if (text.trim() && text !== shown.text) {
        if (text === own.text) {
          delete (next as Partial<ChecklistItem>).text;
          delete next.edited;
        } else {
          next.text = text;
          // The flag a pack merge reads: her words stay when the pack rewords the item.
          if (item.from?.startsWith('pack:')) next.edited = true;
        }
      }
    } else {
      next.text = text.trim() ? text : item.text;
      // Her words for a programme item: a new pack version no longer rewords it.
      if (!item.custom && next.text !== item.text) next.edited = true;
    }
    delete next.due;
    delete next.note;
    if (due) next.due = due;
    if (note) next.note = note;
    this.#items(this.data.items.map((i) => (i.id === item.id ? next : i)));
    this.#closeEdit(item.id);
  }

  #closeEdit(id: string): void {
    this.editing = undefined;
    void this.updateComplete.then(() => this.#focus(id, 'edit'));
  }

  #remove(item: ChecklistItem): void {
    this.#items(this.#undo.remove(this.data.items, this.data.items.findIndex((i) => i.id === item.id)) as ChecklistItem[]);
    this.announce(this.t('checklist.removed', 'Removed “{text}”. Undo is available.', { text: item.text }));
  }

  #removeEntry(key: 'explore' | 'ask', index: number): void {
    const entry = this.data[key][index];
    if (entry === undefined) return;
    this.#list(key, this.#undo.remove(this.data[key], index, key) as string[]);
    this.announce(this.t('checklist.removed', 'Removed “{text}”. Undo is available.', { text: entry }));
  }

  #restore(): void {
    const group = this.#undo.removed?.group;
    if (group === undefined) return;
    const r = group ? this.#undo.restore(this.data[group]) : this.#undo.restore(this.data.items);
    if (!r) return;
    if (group) this.#list(group, r.list as string[]);
    else this.#items(r.list as ChecklistItem[]);
    const text = typeof r.item === 'string' ? r.item : this.#shown(r.item).text;
    this.announce(this.t('checklist.restored', 'Restored “{text}”.', { text }));
  }

  #renderUndo(group: '' | 'explore' | 'ask') {
    const t = this.t;
    return this.#undo.render(group, (item) => t('checklist.removedShort', 'Removed “{text}”.', { text: typeof item === 'string' ? item : this.#shown(item).text }), t('checklist.undo', 'Undo'), () => this.#restore(), 'notice-lite');
  }

  #move(item: ChecklistItem, delta: -1 | 1, control: string): void {
    const next = moveInSection(this.data.items, item.id, delta);
    if (!next) return;
    this.#items(next);
    this.announce(delta < 0 ? this.t('checklist.movedUp', 'Moved up.') : this.t('checklist.movedDown', 'Moved down.'));
    void this.updateComplete.then(() => this.#focus(item.id, control));
  }

  #focus(id: string, control: string): void {
    this.#control(id, control)?.focus();
  }

  #control(id: string, control: string): HTMLElement | null | undefined {
    const row = [...this.renderRoot.querySelectorAll<HTMLElement>('li.item')].find((li) => li.dataset.id === id);
    return row?.querySelector<HTMLElement>(`[data-c="${control}"]`);
  }

  #rowKey(e: KeyboardEvent, item: ChecklistItem): void {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const control = (e.composedPath()[0] as HTMLElement).dataset?.c ?? 'check';
    this.#move(item, e.key === 'ArrowUp' ? -1 : 1, control);
  }

  #drop(e: DragEvent, target: ChecklistItem): void {
    e.preventDefault();
    const id = this.#dragId ?? e.dataTransfer?.getData('text/plain');
    this.#dragId = undefined;
    const next = id ? moveBefore(this.data.items, id, target.id) : undefined;
    if (next) this.#items(next);
  }

  #list(key: 'explore' | 'ask', list: string[]): void {
    this.commit({ ...this.data, [key]: list });
  }

  #addTo(e: SubmitEvent, key: 'explore' | 'ask'): void {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('entry') as HTMLInputElement;
    if (!input.value.trim()) return;
    this.#list(key, [...this.data[key], input.value]);
    input.value = '';
    this.announce(this.t('checklist.listAdded', 'Added to your list.'));
  }

  #setLastDay(e: Event): void {
    const v = (e.target as HTMLInputElement).value;
    const next = { ...this.data };
    if (v) next.lastDay = v;
    else delete next.lastDay;
    this.commit(next);
  }

  // ---------------------------------------------------------------- exports

  #title(): string {
    return this.t('checklist.title', 'Your last-weeks checklist');
  }

  #counts(items: readonly ChecklistItem[]): { done: number; total: number } {
    let done = 0;
    for (const i of items) if (i.done) done++;
    return { done, total: items.length };
  }

  #bySection(items: readonly ChecklistItem[]): Map<string, ChecklistItem[]> {
    const map = new Map<string, ChecklistItem[]>(this.#sections().map(([s]) => [s, []]));
    for (const i of items) if (this.#shows(i)) map.get(i.section)?.push(i);
    return map;
  }

  /** Items the programme dropped or hid: kept with her ticks and notes, restorable. */
  get retiredItems(): ChecklistItem[] {
    return this.#shownItems.filter((i) => i.retired);
  }

  /** Sections, items with their done state, dates and notes, and the two Evaluate lists, as Markdown. */
  toMarkdown(): string {
    const titles = Object.fromEntries(this.#sections());
    const { done, total } = this.#counts(this.#shownItems.filter((i) => this.#shows(i)));
    const blocks: string[] = [mdHeading(1, this.#title()), mdParagraph(this.t('checklist.progressText', '{done} of {total} done', { done, total }))];
    for (const [section, items] of this.#bySection(this.#shownItems)) {
      const lists = section === 'evaluate' ? this.#mdLists() : [];
      if (!items.length && !lists.length) continue;
      blocks.push(mdHeading(2, titles[section]));
      if (items.length) {
        blocks.push(
          items
            .map((i) => {
              const due = this.dueOf(i);
              const line = mdItem(due ? `${i.text} (${this.t('checklist.dueOn', 'due {date}', { date: formatDate(due, this.i18n.locale) })})` : i.text, i.done);
              return i.note ? `${line}\n\n  ${mdParagraph(i.note).replace(/\n/g, '\n  ')}` : line;
            })
            .join('\n'),
        );
      }
      blocks.push(...lists);
    }
    const retired = this.retiredItems;
    if (retired.length) {
      blocks.push(mdHeading(2, this.t('checklist.retiredTitle', 'No longer in your programme')));
      blocks.push(retired.map((i) => (i.note ? `${mdItem(i.text, i.done)}\n\n  ${mdParagraph(i.note).replace(/\n/g, '\n  ')}` : mdItem(i.text, i.done))).join('\n'));
    }
    return mdDocument(blocks, this.t('core.colon', ':'));
  }

  #mdLists(): string[] {
    const out: string[] = [];
    const add = (title: string, entries: string[]) => {
      if (entries.length) out.push(mdHeading(3, title), entries.map((e) => mdItem(e)).join('\n'));
    };
    add(this.t('checklist.exploreTitle', 'Areas I haven’t explored yet'), this.data.explore);
    add(this.t('checklist.askTitle', 'Questions I still want to ask'), this.data.ask);
    return out;
  }

  /** One all-day event per dated open item, with a reminder at 9:00 the day before. */
  toICS(): string {
    return buildICS({ name: this.#title(), events: this.#events(), now: this.now });
  }

  #events(): IcsEvent[] {
    return this.#shownItems.flatMap((i) => {
      const start = this.dueOf(i);
      if (i.done || !start || !this.#shows(i)) return [];
      const description = [i.why, i.note].filter(Boolean).join('\n\n') || undefined;
      return [{ uid: `checklist-${i.id}`, summary: i.text, description, start, alarm: { minutesBefore: 15 * 60 } }];
    });
  }

  /** Plain text for copying: one line per item with a box, its date and note. */
  toText(): string {
    const titles = Object.fromEntries(this.#sections());
    const lines = [this.#title()];
    for (const [section, items] of this.#bySection(this.#shownItems)) {
      if (!items.length) continue;
      lines.push('', titles[section]);
      for (const i of items) {
        const due = this.dueOf(i);
        lines.push(`${i.done ? '[x]' : '[ ]'} ${i.text}${due ? ` (${due})` : ''}`);
        if (i.note) lines.push(`    ${i.note}`);
      }
    }
    return lines.join('\n') + '\n';
  }

  #downloadICS(): void {
    const ics = this.toICS();
    if (!ics.includes('BEGIN:VEVENT')) {
      this.announce(this.t('checklist.noDates', 'No open items have a date yet. Add your last day or a due date first.'), 'exports');
      return;
    }
    this.download(fileName(this.#title(), 'ics'), ics, 'ics');
  }

  // ---------------------------------------------------------------- render

  #matches(item: ChecklistItem, due: string | undefined): boolean {
    switch (this.filter) {
      case 'open':
        return !item.done;
      case 'done':
        return item.done;
      case 'overdue':
        return !item.done && !!due && due < this.today;
      default:
        return true;
    }
  }

  #progress(done: number, total: number, label: string, part?: string): TemplateResult {
    // A native <progress> needs no style attribute, which a strict CSP host would block.
    return html`<progress class="progress" part=${ifDefined(part)} aria-label=${label} max=${total || 1} .value=${done}
      aria-valuetext=${this.t('checklist.progressText', '{done} of {total} done', { done, total })}></progress>`;
  }

  #offsetLabel(offset: number): string {
    const n = Math.abs(offset);
    if (offset === 0) return this.t('checklist.offset.last', 'On your last day');
    if (offset < 0) {
      return n % 7 === 0
        ? this.i18n.plural(n / 7, 'checklist.offset.weeksBefore', { one: '{n} week before your last day', other: '{n} weeks before your last day' })
        : this.i18n.plural(n, 'checklist.offset.daysBefore', { one: '{n} day before your last day', other: '{n} days before your last day' });
    }
    return n % 7 === 0
      ? this.i18n.plural(n / 7, 'checklist.offset.weeksAfter', { one: '{n} week after your last day', other: '{n} weeks after your last day' })
      : this.i18n.plural(n, 'checklist.offset.daysAfter', { one: '{n} day after your last day', other: '{n} days after your last day' });
  }

  #when(item: ChecklistItem, due: string | undefined): TemplateResult | typeof nothing {
    const locale = this.i18n.locale;
    if (!due) return item.offsetDays === undefined ? nothing : html`<span class="when muted">${this.#offsetLabel(item.offsetDays)}</span>`;
    const days = daysBetween(this.today, due);
    const rel = formatRelativeDays(days, locale);
    const cls = item.done ? 'when muted' : days < 0 ? 'badge-overdue' : days <= 3 ? 'badge-due' : 'when muted';
    return html`<span class=${cls}>${!item.done && days < 0 ? this.t('checklist.overdue', 'Overdue · {when}', { when: rel }) : rel}</span>
      <time class="when muted" datetime=${due}>${formatDate(due, locale)}</time>`;
  }

  /**
   * Why each item the kit ticked was ticked, as one line in the element's language, while it stays
   * ticked: the evidence in the kit's data, or (once that is gone) that it was ticked for her.
   */
  #autoReasons(): Map<string, string> {
    const out = new Map<string, string>();
    const ticked = this.data.auto ?? [];
    if (!ticked.length) return out;
    const evidence = inferTicks(this.kit?.data);
    for (const id of ticked) {
      const why = evidence.find((e) => e.id === id);
      out.set(id, why ? autoReasonText(this.i18n, why) : this.t('checklist.auto', 'Ticked for you'));
    }
    return out;
  }

  #renderItem(item: ChecklistItem, due: string | undefined, auto: Map<string, string>): TemplateResult {
    const cid = `c-${item.id}`;
    if (this.editing === item.id) {
      return html`<li class="item editing" part="item" data-id=${item.id}>
        <form @submit=${(e: SubmitEvent) => this.#save(e, item)} @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.#closeEdit(item.id)}>
          <div class="field"><label for="e-text">${this.t('checklist.itemLabel', 'What to do')}</label>
            <input id="e-text" name="text" dir="auto" .value=${item.text} required /></div>
          <div class="grid">
            <div class="field"><label for="e-due">${this.t('checklist.dueLabel', 'Due date (optional)')}</label>
              <input id="e-due" name="due" type="date" .value=${item.due ?? ''} /></div>
            <div class="field"><label for="e-note">${this.t('checklist.noteLabel', 'Note (optional)')}</label>
              <textarea id="e-note" name="note" dir="auto" .value=${item.note ?? ''}></textarea></div>
          </div>
          <div class="row"><button class="primary" type="submit">${this.t('checklist.save', 'Save')}</button>
            <button type="button" @click=${() => this.#closeEdit(item.id)}>${this.t('checklist.cancel', 'Cancel')}</button></div>
        </form>
      </li>`;
    }
    // The one line that says why the kit ticked it, for as long as it stays ticked.
    const reason = item.done ? auto.get(item.id) : undefined;
    return html`<li class="item ${item.done ? 'done' : ''}" part="item" data-id=${item.id}
      @keydown=${(e: KeyboardEvent) => this.#rowKey(e, item)}
      @dragover=${(e: DragEvent) => e.preventDefault()} @drop=${(e: DragEvent) => this.#drop(e, item)}>
      <span class="grip" draggable="true" aria-hidden="true" title=${this.t('checklist.drag', 'Drag to reorder')}
        @dragstart=${(e: DragEvent) => { this.#dragId = item.id; e.dataTransfer?.setData('text/plain', item.id); }}>⠿</span>
      <input type="checkbox" id=${cid} data-c="check" .checked=${item.done} aria-describedby=${ifDefined(reason ? `why-${item.id}` : undefined)} @change=${(e: Event) => this.#onCheck(e, item)} />
      <div class="body">
        <label for=${cid} class="text" dir="auto">${item.text}</label>
        ${item.why ? html`<span class="hint why">${item.why}</span>` : nothing}
        ${item.note ? html`<span class="note" dir="auto">${item.note}</span>` : nothing}
        ${reason ? html`<span class="auto-why" id="why-${item.id}">${reason}</span>` : nothing}
        <span class="meta">${this.#when(item, due)}</span>
      </div>
      <div class="actions">
        <button class="ghost" data-c="edit" aria-label=${this.t('checklist.editItem', 'Edit: {text}', { text: item.text })} @click=${() => {
          this.editing = item.id;
          void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#e-text')?.focus());
        }}>✎</button>
        <button class="ghost" data-c="up" aria-label=${this.t('checklist.moveUp', 'Move up: {text}', { text: item.text })} @click=${() => this.#move(item, -1, 'up')}>↑</button>
        <button class="ghost" data-c="down" aria-label=${this.t('checklist.moveDown', 'Move down: {text}', { text: item.text })} @click=${() => this.#move(item, 1, 'down')}>↓</button>
        <button class="ghost danger" data-c="delete" aria-label=${this.t('checklist.delete', 'Delete: {text}', { text: item.text })} @click=${() => this.#remove(item)}>✕</button>
      </div>
    </li>`;
  }

  #renderList(key: 'explore' | 'ask', title: string, placeholder: string): TemplateResult {
    const entries = this.data[key];
    return html`<div class="mini card">
      <h4 id="h-${key}">${title}</h4>
      ${entries.length
        ? html`<ul aria-labelledby="h-${key}">${entries.map(
            (entry, i) => html`<li class="row entry">
              <input dir="auto" aria-label=${`${title} ${this.i18n.number(i + 1)}`} .value=${entry}
                @change=${(e: Event) => this.#list(key, entries.map((x, j) => (j === i ? (e.target as HTMLInputElement).value : x)))} />
              <button class="ghost danger" aria-label=${this.t('checklist.removeEntry', 'Remove: {text}', { text: entry })}
                @click=${() => this.#removeEntry(key, i)}>✕</button>
            </li>`,
          )}</ul>`
        : html`<p class="hint">${placeholder}</p>`}
      ${this.#renderUndo(key)}
      <form class="row add-entry" @submit=${(e: SubmitEvent) => this.#addTo(e, key)}>
        <input name="entry" dir="auto" aria-label=${this.t('checklist.newEntry', 'New entry for: {title}', { title })} />
        <button type="submit">${this.t('checklist.addEntry', 'Add')}</button>
      </form>
    </div>`;
  }

  #renderSection(section: string, title: string, items: ChecklistItem[], dues: Map<string, string | undefined>, auto: Map<string, string>): TemplateResult {
    const others = this.kitTasks.filter((t) => t.section === section);
    const own = this.#counts(items);
    const done = own.done + others.filter((t) => t.done).length;
    const total = own.total + others.length;
    const open = !this.collapsed.has(section);
    const visible = items.filter((i) => this.#matches(i, dues.get(i.id)));
    const visibleOthers = others.filter((t) => this.#matches({ id: t.id, section, text: t.text, done: t.done }, t.due));
    const limit = this.shown[section] ?? PAGE;
    const rows = visible.length > limit ? visible.slice(0, limit) : visible;
    const id = `s-${section}`;
    return html`<section class="section" part="section" aria-labelledby="h-${id}">
      <div class="section-head">
        <h3 id="h-${id}"><button class="ghost toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id}
          @click=${() => {
            const next = new Set(this.collapsed);
            if (open) next.add(section);
            else next.delete(section);
            this.collapsed = next;
          }}><span class="caret mirror" aria-hidden="true">${open ? '▾' : '▸'}</span>${title}</button></h3>
        <span class="count">${this.i18n.number(done)}/${this.i18n.number(total)}</span>
      </div>
      ${this.#progress(done, total, this.t('checklist.sectionProgress', '{section}: progress', { section: title }))}
      <div id=${id} ?hidden=${!open}>
        ${rows.length || visibleOthers.length
          ? html`<ul class="items ${rows.length > 30 ? 'long' : ''}">${repeat(rows, (i) => i.id, (i) => this.#renderItem(i, dues.get(i.id), auto))}${repeat(visibleOthers, (t) => t.id, (t) => this.#renderKitTask(t))}</ul>`
          : total
            ? nothing // "Nothing here for this filter" is said once, under the sections
            : html`<p class="hint empty">${this.t('checklist.emptySection', 'No items yet. Add one below.')}</p>`}
        ${visible.length > rows.length
          ? html`<button class="more" @click=${() => (this.shown = { ...this.shown, [section]: limit + 200 })}>
              ${this.i18n.plural(visible.length - rows.length, 'checklist.showMore', { one: 'Show more ({n} hidden)', other: 'Show more ({n} hidden)' })}</button>`
          : nothing}
        ${section === 'evaluate'
          ? html`<div class="grid lists">
              ${this.#renderList('explore', this.t('checklist.exploreTitle', 'Areas I haven’t explored yet'), this.t('checklist.exploreEmpty', 'Which teams, tools or clients haven’t you seen? Note them here.'))}
              ${this.#renderList('ask', this.t('checklist.askTitle', 'Questions I still want to ask'), this.t('checklist.askEmpty', 'What do you still want to know before you leave?'))}
            </div>`
          : nothing}
      </div>
    </section>`;
  }

  /** The items the programme dropped, folded away: what she did with them, and Restore. */
  #renderRetired(): TemplateResult | typeof nothing {
    const retired = this.retiredItems;
    if (!retired.length) return nothing;
    const t = this.t;
    return html`<details class="retired card">
      <summary>${t('checklist.retiredTitle', 'No longer in your programme')} (${this.i18n.number(retired.length)})</summary>
      <p class="hint">${t('checklist.retiredHint', 'Your programme dropped these steps. What you did with them is kept here and in your exports.')}</p>
      <ul>${retired.map((i) => html`<li class="row" data-id=${i.id}>
        <span class="text" dir="auto">${i.done ? '✓ ' : ''}${i.text}</span>
        ${i.note ? html`<span class="note" dir="auto">${i.note}</span>` : nothing}
        <button class="ghost" aria-label=${t('checklist.restoreItem', 'Restore: {text}', { text: i.text })} @click=${() => this.restore(i.id)}>${t('checklist.restore', 'Restore')}</button>
      </li>`)}</ul>
    </details>`;
  }

  #renderLastDay(): TemplateResult {
    const fromProfile = this.profile.endDate;
    const day = this.lastDay;
    if (fromProfile) {
      const days = daysBetween(this.today, fromProfile);
      return html`<p class="lastday">${this.t('checklist.lastDay', 'Last day: {date} ({when})', { date: formatDate(fromProfile, this.i18n.locale), when: formatRelativeDays(days, this.i18n.locale) })}</p>`;
    }
    return html`<div class="field lastday-field">
      <label for="lastday">${this.t('checklist.lastDayLabel', 'When is your last day?')}</label>
      <input id="lastday" type="date" .value=${day ?? ''} @change=${(e: Event) => this.#setLastDay(e)} />
      ${day ? nothing : html`<span class="hint">${this.t('checklist.lastDayHint', 'Add it to turn every step into a real date.')}</span>`}
    </div>`;
  }

  override render() {
    const t = this.t;
    const sections = this.#sections();
    const items = this.#shownItems.filter((i) => this.#shows(i));
    const dues = new Map<string, string | undefined>();
    // The same dates as `value` and the exports: weekend and the locale's public holidays (dueOf).
    for (const i of items) dues.set(i.id, this.dueOf(i));
    const auto = this.#autoReasons();
    const others = this.kitTasks;
    const own = this.#counts(items);
    const done = own.done + others.filter((t) => t.done).length;
    const total = own.total + others.length;
    const filterLabels: Record<ChecklistFilter, string> = {
      all: t('checklist.filter.all', 'All'),
      open: t('checklist.filter.open', 'Open'),
      done: t('checklist.filter.done', 'Done'),
      overdue: t('checklist.filter.overdue', 'Overdue'),
    };
    const company = this.profile.company;
    return html`<div class="base" part="base" dir=${this.i18n.dir}>
      <header role="none">
        <h2>${this.#title()}</h2>
        <p class="intro">${company
          ? t('checklist.introCompany', 'Leave {company} on a strong note: evaluate, ask, thank, reflect, finish strong and keep in touch.', { company })
          : t('checklist.intro', 'Leave on a strong note: evaluate, ask, thank, reflect, finish strong and keep in touch.')}</p>
        ${this.#renderLastDay()}
        <div class="overall">
          ${this.#progress(done, total, t('checklist.overall', 'Overall progress'), 'progress')}
          <span class="count">${t('checklist.progressText', '{done} of {total} done', { done, total })}</span>
        </div>
      </header>
      ${this.renderStatus()}
      <div class="toolbar" role="group" aria-label=${t('checklist.filterLabel', 'Show')}>
        ${FILTERS.map((f) => html`<button aria-pressed=${this.filter === f ? 'true' : 'false'} @click=${() => (this.filter = f)}>${filterLabels[f]}</button>`)}
      </div>
      ${this.#renderUndo('')}
      ${total ? nothing : html`<p class="empty-all">${t('checklist.emptyAll', 'Your checklist is empty. Add your first step below.')}</p>`}
      ${[...this.#bySection(items)].map(([s, list]) => this.#renderSection(s, sections.find(([id]) => id === s)![1], list, dues, auto))}
      ${this.#renderRetired()}
      ${total && !items.some((i) => this.#matches(i, dues.get(i.id))) ? html`<p class="hint empty">${t('checklist.noneMatch', 'Nothing here for this filter.')}</p>` : nothing}
      ${this.#roving.renderHint(t)}
      <form class="card add" @submit=${(e: SubmitEvent) => this.#add(e)}>
        <h3>${t('checklist.addTitle', 'Add your own step')}</h3>
        <div class="grid">
          <div class="field"><label for="a-text">${t('checklist.itemLabel', 'What to do')}</label><input id="a-text" name="text" dir="auto" /></div>
          <div class="field"><label for="a-section">${t('checklist.sectionLabel', 'Section')}</label>
            <select id="a-section" name="section">${sections.map(([s, title]) => html`<option value=${s} ?selected=${s === 'finish'}>${title}</option>`)}</select></div>
          <div class="field"><label for="a-due">${t('checklist.dueLabel', 'Due date (optional)')}</label><input id="a-due" name="due" type="date" /></div>
          <div class="field"><label for="a-note">${t('checklist.noteLabel', 'Note (optional)')}</label><input id="a-note" name="note" dir="auto" /></div>
        </div>
        <button class="primary" type="submit">${t('checklist.add', 'Add step')}</button>
        ${this.renderShown('add')}
      </form>
      <footer role="none" class="toolbar">
        <button @click=${() => this.copy(this.toText())}>${t('checklist.copy', 'Copy as text')}</button>
        <button @click=${() => this.download(fileName(this.#title(), 'md'), this.toMarkdown(), 'md')}>${t('checklist.downloadMd', 'Download Markdown')}</button>
        <button @click=${() => this.#downloadICS()}>${t('checklist.downloadIcs', 'Add to calendar (.ics)')}</button>
        <span class="spacer"></span>
        ${this.renderSaved()}
      </footer>
      ${this.#calendarLinks.render(() => this.#events(), { available: this.data.items.some((i) => !i.done) })}
      ${this.renderShown('exports')} ${this.renderPrint()}
    </div>`;
  }
}
