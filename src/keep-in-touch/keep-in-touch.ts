import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { SfElement } from '../core/base-element.js';
import { closeOnEscape, focusAfterUpdate } from '../core/controllers/focus.js';
import { UndoController } from '../core/controllers/undo.js';
import { RovingController } from '../core/controllers/roving.js';
import { list, literalTrue, obj, oneOf, text, isoDate, DROP, type Rule } from '../core/schema.js';
import { addDays, daysBetween, formatDate, formatDateRange, formatRelativeDays, isISODate, proseDate } from '../core/dates.js';
import { daysOff, holidayRules, workday } from '../core/holidays.js';
import { elementWeekend } from '../core/element-weekend.js';
import { newId } from '../core/ids.js';
import { safeWebUrl, webAddress } from '../core/url.js';
import { describeElement, warnOnce } from '../core/warn.js';
import { greetingName } from '../core/names.js';
import { FORMS, KINDS, REGISTERS, resolveAddress, runningName, salutation, type Addressee } from '../core/address.js';
import { addressFields } from '../core/address-fields.js';
import { fillJoined } from '../core/grammar.js';
import { toICS as icsFile, type IcsEvent } from '../core/formats/ics.js';
import { CalendarLinksController } from '../core/controllers/calendar-links.js';
import { localTimeZone } from '../core/formats/timezone.js';
import { toVCard as vcardFile } from '../core/formats/vcard.js';
import { toCSV as csvFile } from '../core/formats/csv.js';
import { mailtoUrl, isEmail } from '../core/formats/mailto.js';
import { fileName } from '../core/formats/text.js';
import { mdDocument, mdField, mdHeading, mdItem, mdParagraph } from '../core/formats/markdown.js';
import { CADENCES, SNOOZES, cadenceOf, cadenceTag, customDays, followUp, isCadence, personKey, rows, rrule, type Row, type SortKey, type Status } from './schedule.js';
import { FIELDS, mapRows, preview, type ColumnNames, type Field, type Preview, type Problem } from './import.js';
import { columnNames, defaultTemplates, readTemplates, type Template } from './content.js';
import { shapeList } from '../core/pack/list.js';
import { CHANNELS, VIAS, type Application, type Cadence, type Channel, type Contact, type KeepInTouchValue, type NewPerson, type TagCadence } from './types.js';
import { briefFromKit, briefMail, briefMarkdown, referenceFollowUps, type BriefFormat, type BriefSource } from './references.js';
import { styles } from './styles.js';
import { CONTACTS_VERSION, contactsMigrations } from './model.js';

export type { Contact, KeepInTouchValue, NewPerson, Cadence, Channel, TagCadence, Application } from './types.js';

const cadence: Rule<Cadence> = (input, path, issues) => {
  if (isCadence(input)) return input;
  issues.push(`${path}: expected a cadence (week-after, monthly, quarterly, twice-a-year or custom:<days>)`);
  return DROP;
};

const REFERENCE = ['asked', 'agreed', 'declined'] as const;
const THANKED_AS = ['project', 'learned', 'moment', 'forward'] as const;

const contactRule = obj(
  { id: text(200), name: text(), tags: list(text(200)), cadence, log: list(obj({ date: isoDate(), channel: oneOf(CHANNELS) }, { note: text(), followUp: isoDate(), previous: isoDate() })) },
  { greeting: text(200), role: text(), team: text(), email: text(400), linkedin: text(2000), how: text(), notes: text(), lastContact: isoDate(), inherit: literalTrue(), snoozedUntil: isoDate(), askNext: text(), thanked: text(), thankedAs: oneOf(THANKED_AS), title: text(40), form: oneOf(FORMS), register: oneOf(REGISTERS), kind: oneOf(KINDS), reference: oneOf(REFERENCE), via: oneOf(VIAS) },
  { id: () => newId('c'), tags: () => [], cadence: (): Cadence => 'week-after', log: () => [] },
);

/** Same limits as the schema, so what the intern types is what comes back after a reload. */
const FIELD_LIMITS: Record<string, number | undefined> = { greeting: 200, email: 400, linkedin: 2000 };

type Panel = { id: string; kind: 'edit' | 'log' | 'msg' | 'brief' } | undefined;

/** `<keep-in-touch>`'s host content (see `KeepInTouch.content`). */
export interface ContactsContent {
  templates?: Template[];
  replace?: boolean;
  hide?: string[];
  cadences?: { default?: Cadence; tags?: TagCadence[] };
}

/**
 * Keeps the intern's network after the internship: contacts with a follow-up cadence, due-soon and
 * overdue reminders, message templates, and exports to the calendar and address book.
 *
 * @summary The people to stay in touch with, and when to write to them next.
 *
 * @fires change - After every user edit (not after assigning `value`).
 * @fires sf-contact-logged - A contact was logged: `{ tag, id, contactId, channel, date }`.
 * @fires sf-export - A file was downloaded or text copied: `{ format, tag }`.
 *
 * @csspart base - The outer container.
 * @csspart contact - One person in the list.
 * @csspart badge - The "Due soon" / "Due" / "Overdue" label.
 * @csspart notice - The storage warning.
 * @csspart saved - The "Saved" note in the footer.
 * @csspart print - The print view, rendered only while printing: what the Markdown export shows.
 *
 * @cssprop --sf-accent - Buttons and links.
 * @cssprop --sf-surface - Background.
 * @cssprop --sf-text - Text colour.
 * @cssprop --sf-radius - Corner radius.
 * @cssprop --sf-space - Base spacing.
 *
 * @slot - A `<script type="application/json">` with `{ "templates": [{ id, label, subject, body }] }` to replace the message templates.
 */
export class KeepInTouch extends SfElement<KeepInTouchValue> {
  static override kitSlot = 'contacts';
  static override schemaVersion = CONTACTS_VERSION;
  static override migrations = contactsMigrations;
  static override styles = [...SfElement.styles, styles];

  /**
   * Host content (or a child `<script type="application/json">`, same JSON), the shape every step takes:
   * `{ "templates": [{ id, label, subject, body }], "replace": true, "hide": ["congrats"], "cadences": { "default": "monthly", "tags": [{ "tag": "mentor", "cadence": "quarterly" }] } }`.
   * Templates replace the five built-in ones unless `replace` is `false` (then a template with a built-in
   * id rewrites it, new ids are added, `hide` leaves some out). `cadences.default` is the cadence a new
   * contact starts with; `cadences.tags` the cadences by tag until the intern sets her own.
   * Placeholders: {greeting}, {first}, {name}, {me}, {company}, {role}, {thanks}.
   */
  @property({ attribute: false }) content?: ContactsContent;
  /**
   * Message templates (`{ id, label, subject, body }`): the older way to set them, still working.
   * @deprecated Use `content: { templates }`.
   */
  @property({ attribute: false }) templates?: Template[];
  /**
   * Days off from the host, comma-separated `YYYY-MM-DD` (regional holidays, office closures): follow-ups
   * and reminders move off them, as off the locale's weekend and public holidays. In the kit, the
   * planner's days off count too.
   */
  @property() holidays?: string;
  /** How many contacts to show before "Show more" (default 50). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  @state() private query = '';
  @state() private sort: SortKey = 'next';
  @state() private month = false;
  @state() private shown = 0;
  @state() private panel: Panel;
  @state() private adding = false;
  // The contact list is one Tab stop: arrows move between contacts and a contact's buttons.
  readonly #roving = new RovingController(this, { rows: 'ul.list > li.contact', cells: ':scope > .actions > button, :scope > .snooze > button' });
  // One Undo for contacts and the roles in a reference brief: the last removal comes back where it was.
  readonly #undo = new UndoController<Contact | Application, '' | 'applications'>(this, {
    focusItem: (item, r) => (r.group ? `.brief [data-app="${CSS.escape(item.id)}"] button` : this.#in(item.id, '.name')),
    fallback: '.list',
  });
  @state() private draft?: { tpl: string; subject: string; body: string; log: boolean };
  @state() private importing?: Preview;
  @state() private report?: { added: number; problems: Problem[] };
  /** The contact whose reference brief is being printed. */
  #calendarLinks = new CalendarLinksController(this, (id, english, params) => this.t(id, english, params));

  protected schema = obj(
    { contacts: list(contactRule) },
    { tagCadences: list(obj({ tag: text(200), cadence }), 1000), applications: list(obj({ id: text(200), role: text(300) }, { company: text(300), deadline: isoDate() }), 200), remindersDone: list(text(500), 2000) },
    { contacts: () => [] },
  );
  #timer: ReturnType<typeof setTimeout> | undefined;
  #views = new Map<string, { key: unknown[]; rows: Row[] }>();

  protected createDefault(): KeepInTouchValue {
    return { contacts: [] };
  }

  protected override applyContent(content: unknown): void {
    if (Array.isArray(content)) this.#notice('a bare list of templates');
    this.content = (Array.isArray(content) ? { templates: content } : content) as ContactsContent;
  }

  #notice(what: string): void {
    warnOnce(this, 'content-old', `${describeElement(this)}: ${what} still works, but the content shape every step shares is { "templates": [...] } (docs/programmes.md).`);
  }

  get #templates(): Template[] {
    const c = this.content;
    if (c !== undefined) {
      const host = c && typeof c === 'object' && c.templates !== undefined ? readTemplates(c.templates) : undefined;
      if (c?.templates !== undefined && !host) warnOnce(this, 'content', `${describeElement(this)}: content.templates is not a list of { id, label, subject, body }; the default templates are kept.`);
      return shapeList(defaultTemplates(this.t), host, { replace: (c?.replace ?? true) && !!host, hide: Array.isArray(c?.hide) ? c.hide : [] });
    }
    if (this.templates === undefined) return defaultTemplates(this.t);
    this.#notice('the templates property');
    const host = readTemplates(this.templates);
    if (!host) warnOnce(this, 'templates', `${describeElement(this)}: the templates property is not a list of { id, label, subject, body }; the defaults are kept.`);
    return host ?? defaultTemplates(this.t);
  }

  /** The cadences by tag in use: hers, else the programme's. */
  get #cadencesByTag(): TagCadence[] | undefined {
    if (this.data.tagCadences) return this.data.tagCadences;
    const tags = this.content?.cadences?.tags;
    return Array.isArray(tags) ? tags.filter((x) => typeof x?.tag === 'string' && isCadence(x.cadence)) : undefined;
  }

  /** The cadence a new contact starts with: the programme's, else a week after the last day. */
  get #newCadence(): Cadence {
    const c = this.content?.cadences?.default;
    return c && isCadence(c) ? c : 'week-after';
  }

  // ——— Public API ———

  /**
   * Adds people who are not in the list yet (same e-mail in any case, else the same trimmed name, counts
   * as already there); a person already there gains the given `tags` they lack. Returns how many were
   * added; fires `change` when anything changed.
   */
  addContacts(people: readonly NewPerson[]): number {
    if (!Array.isArray(people)) return 0;
    const seen = new Set(this.data.contacts.map(personKey));
    const added: Contact[] = [];
    let contacts = this.data.contacts;
    const tagsOf = (p: NewPerson) => (Array.isArray(p?.tags) ? p.tags.filter((t): t is string => typeof t === 'string' && !!t.trim()).map((t) => t.trim().slice(0, 200)) : []);
    for (const p of people) {
      const name = typeof p?.name === 'string' ? p.name.trim() : '';
      const email = typeof p.email === 'string' && isEmail(p.email) ? p.email.trim() : undefined;
      if (!name && !email) continue;
      const c: Contact = { id: newId('c'), name: name || email!, tags: tagsOf(p), cadence: this.#newCadence, log: [] };
      if (p.reference && REFERENCE.includes(p.reference)) c.reference = p.reference;
      if (p.via && VIAS.includes(p.via)) c.via = p.via;
      if (email) c.email = email;
      for (const f of ['greeting', 'linkedin', 'role', 'how', 'thanked', 'title'] as const) if (typeof p[f] === 'string' && p[f]!.trim()) c[f] = p[f]!.trim();
      // Who they are comes with them (the thank-you note's address): the thread keeps its register.
      if (THANKED_AS.includes(p.thankedAs!)) c.thankedAs = p.thankedAs;
      if (FORMS.includes(p.form!) && p.form !== 'neutral') c.form = p.form;
      if (REGISTERS.includes(p.register!)) c.register = p.register;
      if (p.kind === 'team') c.kind = 'team';
      const key = personKey(c);
      if (seen.has(key)) {
        // Already there: only the tags they lack are added.
        const i = contacts.findIndex((x) => personKey(x) === key);
        const lacking = i < 0 ? [] : c.tags.filter((t) => !contacts[i].tags.some((y) => y.toLowerCase() === t.toLowerCase()));
        const reference = i >= 0 && c.reference && contacts[i].reference !== c.reference ? c.reference : undefined;
        if (lacking.length || reference) contacts = contacts.map((x, j) => (j === i ? { ...x, tags: [...x.tags, ...lacking], ...(reference ? { reference } : {}) } : x));
        continue;
      }
      seen.add(key);
      added.push(c);
    }
    if (added.length || contacts !== this.data.contacts) {
      this.commit({ ...this.data, contacts: [...contacts, ...added] });
      if (added.length) this.announce(this.i18n.plural(added.length, 'contacts.added', { one: 'Added {n} contact.', other: 'Added {n} contacts.' }));
    }
    return added.length;
  }

  /** Logs a contact (resets the timer): appends to `log`, sets `lastContact`, fires `sf-contact-logged`. */
  logContact(contactId: string, channel: Channel = 'email', note = '', date = this.today): boolean {
    const c = this.data.contacts.find((x) => x.id === contactId);
    if (!c || !CHANNELS.includes(channel) || !isISODate(date)) return false;
    const entry = note.trim() ? { date, channel, note } : { date, channel };
    const lastContact = c.lastContact && c.lastContact > date ? c.lastContact : date;
    // Being in touch ends a snooze: the timer starts again from this contact.
    const next: Contact = { ...c, lastContact, log: [...c.log, entry] };
    delete next.snoozedUntil;
    this.#replace(next);
    this.emit('sf-contact-logged', { id: c.id, contactId: c.id, channel, date });
    this.announce(this.t('contacts.logged', 'Logged. Next follow-up with {name}: {date}.', { name: c.name, date: this.#date(this.#next(next)) }));
    return true;
  }

  /** Puts a contact's follow-up off by `days` (3, 7 or 14 in the UI) from today; 0 ends the snooze. */
  snooze(contactId: string, days: number): boolean {
    const c = this.data.contacts.find((x) => x.id === contactId);
    if (!c || !Number.isInteger(days) || days < 0 || days > 365) return false;
    const next: Contact = { ...c };
    if (days) next.snoozedUntil = addDays(this.today, days);
    else delete next.snoozedUntil;
    this.#replace(next);
    this.announce(
      days
        ? this.t('contacts.snoozed', 'Snoozed. Next follow-up with {name}: {date}.', { name: c.name, date: this.#date(next.snoozedUntil) })
        : this.t('contacts.unsnoozed', 'Snooze ended for {name}.', { name: c.name }),
    );
    return true;
  }

  /** Records where a reference request stands for a contact (`undefined`: not asked). */
  setReference(contactId: string, status: Contact['reference']): void {
    const c = this.data.contacts.find((x) => x.id === contactId);
    if (!c) return;
    const next: Contact = { ...c };
    if (status && REFERENCE.includes(status)) next.reference = status;
    else delete next.reference;
    this.#replace(next);
  }

  /** Adds a role the intern is applying for (used in every reference brief and its reminders). */
  addApplication(application: Omit<Application, 'id'>): void {
    if (!application.role?.trim()) return;
    const a: Application = { id: newId('a'), role: application.role.trim().slice(0, 300) };
    if (application.company?.trim()) a.company = application.company.trim().slice(0, 300);
    if (isISODate(application.deadline)) a.deadline = application.deadline;
    this.commit({ ...this.data, applications: [...(this.data.applications ?? []), a] });
  }

  removeApplication(id: string): void {
    const applications = (this.data.applications ?? []).filter((a) => a.id !== id);
    const next: KeepInTouchValue = { ...this.data, applications };
    if (!applications.length) delete next.applications;
    this.commit(next);
  }

  /** What a reference brief is made of: the profile, the kit's journal and handover, the applications. */
  get briefSource(): BriefSource {
    const p = this.profile;
    return { internName: p.internName, company: p.company, role: p.role, startDate: p.startDate, endDate: p.endDate, ...briefFromKit(this.kit?.data), applications: this.data.applications ?? [] };
  }

  /** The one-page reference brief for a contact, as Markdown. */
  referenceBrief(contactId: string): string {
    const c = this.data.contacts.find((x) => x.id === contactId);
    return c ? briefMarkdown(this.t, { name: runningName(this.#address(c)) }, this.briefSource, this.#briefFormat(), c.reference) : '';
  }

  /** Sets the cadence for everyone with `tag` who follows their tags (`undefined` removes it). */
  setTagCadence(tag: string, cadence: Cadence | undefined): void {
    const rest = (this.#cadencesByTag ?? []).filter((x) => x.tag.toLowerCase() !== tag.toLowerCase());
    const tagCadences: TagCadence[] = cadence && isCadence(cadence) ? [...rest, { tag, cadence }] : rest;
    const next: KeepInTouchValue = { ...this.data, tagCadences };
    if (!tagCadences.length) delete next.tagCadences;
    this.commit(next);
  }

  /** Calendar reminders: one repeating event per contact (RRULE + alarm), or one event per due follow-up. */
  toICS(options: { mode?: 'recurring' | 'due' } = {}): string {
    return icsFile({ name: this.t('contacts.title', 'Keep in touch'), events: this.#reminders(options.mode !== 'due'), now: this.now, timeZone: localTimeZone() });
  }

  #reminders(recurring: boolean): IcsEvent[] {
    const events: IcsEvent[] = [];
    for (const r of this.#rows('', 'next', false)) {
      if (!r.next || (!recurring && r.status === 'later')) continue;
      const c = r.contact;
      const start = recurring || r.next > this.today ? r.next : this.today;
      events.push({
        uid: `kit-${c.id}${recurring ? '' : `-${start}`}`,
        summary: this.t('contacts.ics.summary', 'Keep in touch: {name}', { name: c.name }),
        description: [c.how, c.email, c.notes].filter(Boolean).join('\n'),
        start: `${start}T09:00`,
        durationMinutes: 15,
        rrule: recurring ? rrule(this.#cadence(c) === 'week-after' ? 'monthly' : this.#cadence(c)) : undefined,
        alarm: { minutesBefore: 0 },
        url: safeWebUrl(c.linkedin),
      });
    }
    // A reminder one week before each application deadline, for everyone who agreed to be a reference.
    for (const f of referenceFollowUps(this.data.contacts, this.data.applications ?? [], (d) => this.#workdayBefore(d))) {
      if (!recurring && f.date > addDays(this.today, 31)) continue;
      const c = this.data.contacts.find((x) => x.id === f.contactId)!;
      events.push({
        uid: f.id,
        summary: this.t('contacts.brief.remind', 'Remind {name}: reference for {role}', { name: runningName(this.#address(c)), role: f.application.role }),
        description: this.t('contacts.brief.remindWhy', 'The application closes on {date}. Send them the brief again and thank them.', { date: proseDate(f.application.deadline!, this.i18n.locale, true) }),
        start: f.date,
        todo: true,
        // Ticked in the kit's task list (the checklist or the planner).
        ...(this.data.remindersDone?.includes(f.id) ? { completed: true } : {}),
      });
    }
    return events;
  }

  /** vCard 4.0 of every contact, or of one (by id). */
  toVCard(id?: string): string {
    const list = id === undefined ? this.data.contacts : this.data.contacts.filter((c) => c.id === id);
    return vcardFile(
      list.map((c) => ({
        uid: c.id,
        name: c.name,
        email: c.email,
        title: c.role,
        // ORG is company;unit — the intern's company (from the profile) and the contact's team.
        org: [this.profile.company ?? '', c.team ?? ''],
        url: safeWebUrl(c.linkedin),
        note: [c.how, c.notes].filter(Boolean).join('\n') || undefined,
        categories: c.tags,
      })),
    );
  }

  /** CSV with a header row in the active language; it imports back through "Import CSV" (in any language). */
  toCSV(): string {
    const end = this.profile.endDate;
    const names = columnNames(this.t);
    return csvFile([
      [...FIELDS.map((f) => names[f]), names.nextFollowUp],
      ...this.data.contacts.map((c) => [c.name, c.email, c.linkedin, c.role, c.team, c.how, c.notes, c.tags.join('; '), this.#cadence(c), c.lastContact, c.greeting, followUp(c, end, this.#cadencesByTag, this.#workday)]),
    ]);
  }

  /** Each field's column names for import: in the active language and in English. */
  #columnNames(): ColumnNames {
    const here = columnNames(this.t);
    const english = columnNames((_id, en) => en);
    return Object.fromEntries(FIELDS.map((f) => [f, [here[f], english[f]]]));
  }

  toMarkdown(): string {
    const blocks: (string | undefined)[] = [mdHeading(2, this.t('contacts.title', 'Keep in touch'))];
    const all = this.#rows('', 'next', false);
    if (!all.length) blocks.push(mdParagraph(this.t('contacts.empty', 'No contacts yet.')));
    for (const r of all) {
      const c = r.contact;
      blocks.push(
        mdHeading(3, c.name),
        [
          c.role && mdField(this.t('contacts.f.role', 'Role'), c.role),
          c.team && mdField(this.t('contacts.f.team', 'Team'), c.team),
          c.email && mdField(this.t('contacts.f.email', 'E-mail'), c.email),
          c.linkedin && mdField('LinkedIn', c.linkedin),
          c.how && mdField(this.t('contacts.f.how', 'How you know them'), c.how),
          c.tags.length && mdField(this.t('contacts.f.tags', 'Tags'), this.i18n.items(c.tags)),
          mdField(this.t('contacts.f.cadence', 'Follow up'), this.#cadenceLabel(this.#cadence(c))),
          mdField(this.t('contacts.f.last', 'Last contact'), c.lastContact ? this.#date(c.lastContact) : this.t('contacts.notYet', 'not yet')),
          mdField(this.t('contacts.f.next', 'Next follow-up'), `${this.#date(r.next)}${this.#badge(r.status) ? ` (${this.#badge(r.status)})` : ''}`),
          c.askNext && mdField(this.t('contacts.f.askNext', 'Ask next time'), c.askNext),
        ]
          .filter(Boolean)
          .join('  \n'),
        c.notes && mdParagraph(c.notes),
        c.log.map((l) => mdItem(`${this.#date(l.date)} · ${this.#channel(l.channel)}${l.note ? ` · ${l.note}` : ''}`)).join('\n'),
      );
    }
    return mdDocument(blocks, this.t('core.colon', ':'));
  }

  /** Reads CSV text and shows the column-mapping preview (what the "Import CSV" file picker does). */
  previewImport(csv: string): Preview {
    this.importing = preview(String(csv ?? ''), this.#columnNames());
    this.report = undefined;
    return this.importing;
  }

  /** Imports the previewed rows; returns how many contacts were added and what could not be read. */
  confirmImport(): { added: number; problems: Problem[] } {
    if (!this.importing) return { added: 0, problems: [] };
    const { contacts, problems } = mapRows(this.importing, new Set(this.data.contacts.map(personKey)), () => newId('c'));
    if (contacts.length) this.commit({ ...this.data, contacts: [...this.data.contacts, ...contacts] });
    this.importing = undefined;
    this.report = { added: contacts.length, problems };
    this.announce(this.#reportTitle(this.report));
    return this.report;
  }

  // ——— Internals ———

  protected override onDataReplaced(): void {
    this.panel = undefined;
    this.#undo.clear();
  }

  /** A selector for `inner` inside contact `id`'s row. */
  #in(id: string, inner: string): string {
    return `[data-id="${CSS.escape(id)}"] ${inner}`;
  }

  #rows(query = this.query, sort = this.sort, month = this.month): Row[] {
    // One cache entry per view: render asks for the list and the month view, which used to evict each other.
    const view = `${query}\u0000${sort}\u0000${month}`;
    const key = [this.data, this.today, this.profile.endDate, this.#workday];
    const hit = this.#views.get(view);
    if (hit && key.every((k, i) => k === hit.key[i])) return hit.rows;
    const out = rows(this.data.contacts, { endDate: this.profile.endDate, today: this.today, query, sort, month, tagCadences: this.#cadencesByTag, workday: this.#workday });
    if (this.#views.size > 8) this.#views.clear();
    this.#views.set(view, { key, rows: out });
    return out;
  }

  #cadence(c: Contact): Cadence {
    return cadenceOf(c, this.#cadencesByTag);
  }

  #next(c: Contact): string | undefined {
    return followUp(c, this.profile.endDate, this.#cadencesByTag, this.#workday);
  }

  /** Days off: the locale's public holidays, the host's `holidays` and, in the kit, the planner's. */
  get #daysOff(): ReadonlySet<string> {
    const planner = (this.kit?.data as { planner?: { holidays?: unknown } } | undefined)?.planner?.holidays;
    const host = (this.holidays ?? '').split(/[\s,]+/).filter((d) => isISODate(d));
    return daysOff(this.i18n.locale, [...host, ...(Array.isArray(planner) ? planner.filter((d): d is string => isISODate(d)) : [])], this);
  }

  /** The working day on or after a date (the same function while nothing it depends on changes, so rows stay cached). */
  get #workday(): (iso: string) => string {
    const off = this.#daysOff;
    const weekend = elementWeekend(this, this.profile.weekend, this.i18n.locale);
    // The public holidays arrive on use: dates computed before them are computed again.
    const k = `${weekend.join()}|${holidayRules.module ? 1 : 0}`;
    if (this.#workdayMemo?.off !== off || this.#workdayMemo.k !== k) {
      const memo = new Map<string, string>();
      const fn = (iso: string) => memo.get(iso) ?? (memo.set(iso, workday(iso, off, weekend)), memo.get(iso)!);
      this.#workdayMemo = { off, k, fn, before: (iso: string) => workday(iso, off, weekend, -1) };
    }
    return this.#workdayMemo.fn;
  }
  #workdayMemo?: { off: ReadonlySet<string>; k: string; fn: (iso: string) => string; before: (iso: string) => string };

  #workdayBefore(iso: string): string {
    void this.#workday;
    return this.#workdayMemo!.before(iso);
  }

  #replace(c: Contact): void {
    this.commit({ ...this.data, contacts: this.data.contacts.map((x) => (x.id === c.id ? c : x)) });
  }

  #date(iso?: string): string {
    return iso ? formatDate(iso, this.i18n.locale) : this.t('contacts.noDate', 'no date yet');
  }

  /** Dates, the internship's date range and the skills list of a reference brief, in the intern's language. */
  #briefFormat(): BriefFormat {
    const locale = this.i18n.locale;
    return { date: (d) => formatDate(d, locale, { weekday: undefined, month: 'long' }), range: (a, b) => formatDateRange(a, b, locale, { month: 'long' }), list: (items) => this.i18n.list(items) };
  }

  #badge(s: Status): string {
    return s === 'soon'
      ? this.t('contacts.soon', 'Due soon')
      : s === 'due'
        ? this.t('contacts.due', 'Due now')
        : s === 'overdue'
          ? this.t('contacts.overdue', 'Overdue')
          : '';
  }

  #channel(c: Channel): string {
    return {
      email: this.t('contacts.ch.email', 'E-mail'),
      linkedin: 'LinkedIn',
      call: this.t('contacts.ch.call', 'Call'),
      coffee: this.t('contacts.ch.coffee', 'Coffee or meeting'),
      other: this.t('contacts.ch.other', 'Other'),
    }[c];
  }

  #cadenceLabel(c: string): string {
    const days = customDays(c);
    if (days) return this.i18n.plural(days, 'contacts.every', { one: 'Every day', other: 'Every {n} days' });
    return (
      {
        'week-after': this.t('contacts.c.weekAfter', 'A week after my last day, then monthly'),
        monthly: this.t('contacts.c.monthly', 'Every month'),
        quarterly: this.t('contacts.c.quarterly', 'Every 3 months'),
        'twice-a-year': this.t('contacts.c.twice', 'Twice a year'),
      }[c] ?? c
    );
  }

  #reportTitle(r: { added: number; problems: Problem[] }): string {
    const skipped = r.problems.filter((p) => p.kind === 'skipped').length;
    return `${this.i18n.plural(r.added, 'contacts.added', { one: 'Added {n} contact.', other: 'Added {n} contacts.' })} ${
      skipped ? this.i18n.plural(skipped, 'contacts.skipped', { one: '{n} row could not be read.', other: '{n} rows could not be read.' }) : ''
    }`.trim();
  }

  #problem(p: Problem): string {
    const v = p.value ?? '';
    const reason = {
      empty: this.t('contacts.p.empty', 'no name or e-mail, not imported'),
      duplicate: this.t('contacts.p.duplicate', '{v} is already in your list, not imported', { v }),
      syntax: this.t('contacts.p.syntax', 'a quote is never closed; check this row'),
      email: this.t('contacts.p.email', '“{v}” is not an e-mail address, left out', { v }),
      linkedin: this.t('contacts.p.linkedin', '“{v}” is not a web link, left out', { v }),
      date: this.t('contacts.p.date', '“{v}” is not a date as YYYY-MM-DD, left out', { v }),
      cadence: this.t('contacts.p.cadence', '“{v}” is not a cadence, so the default is used', { v }),
    }[p.reason];
    return this.t('contacts.p.row', 'Row {row}: {reason}', { row: p.row, reason });
  }

  #onSearch(e: Event): void {
    const v = (e.target as HTMLInputElement).value;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.query = v;
      this.shown = 0;
    }, 150);
  }

  #save(e: SubmitEvent, existing?: Contact): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const get = (n: string) => String(new FormData(form).get(n) ?? '').trim();
    const name = get('name');
    if (!name) return;
    let cad = get('cadence') as Cadence;
    const inherit = cad === ('tags' as Cadence);
    // Following its tags keeps the contact's own cadence as the fallback for when no tag has one.
    if (inherit) cad = existing?.cadence ?? this.#newCadence;
    if (cad === ('custom' as Cadence)) cad = `custom:${Math.min(3650, Math.max(1, Math.round(+get('days') || 30)))}`;
    const c: Contact = { id: existing?.id ?? newId('c'), name, tags: get('tags').split(',').map((t) => t.trim()).filter(Boolean), cadence: cad, log: existing?.log ?? [] };
    if (inherit) c.inherit = true;
    if (existing?.snoozedUntil) c.snoozedUntil = existing.snoozedUntil;
    for (const f of ['greeting', 'role', 'team', 'email', 'linkedin', 'how', 'notes', 'askNext', 'title'] as const) if (get(f)) c[f] = f === 'linkedin' ? webAddress(get(f)) : get(f);
    // What the form does not show is kept (what the kit handed over about their note).
    for (const f of ['thanked', 'thankedAs', 'reference'] as const) if (existing?.[f]) (c as unknown as Record<string, unknown>)[f] = existing[f];
    // Not `via`: saved in her form, a contact the kit handed over is hers (the checklist's "Collect contact details" counts it).
    const gender = get('form');
    if (gender === 'feminine' || gender === 'masculine') c.form = gender;
    if (get('kind') === 'team') c.kind = 'team';
    const register = get('register');
    // Stored once chosen, or when it differs from the rule (so the rule's default can follow the relationship).
    const rule = this.#address({ ...c, register: undefined }).formal ? 'formal' : 'familiar';
    if ((register === 'formal' || register === 'familiar') && (existing?.register || register !== rule)) c.register = register;
    const last = get('last');
    if (isISODate(last)) c.lastContact = last;
    if (existing) this.#replace(c);
    else {
      this.commit({ ...this.data, contacts: [...this.data.contacts, c] });
      this.adding = false;
    }
    this.panel = undefined;
    this.announce(this.t('contacts.savedContact', 'Saved {name}.', { name }));
    void this.updateComplete.then(() => (this.renderRoot.querySelector(existing ? `[data-id="${CSS.escape(c.id)}"] .name` : '.add') as HTMLElement | null)?.focus());
  }

  #delete(c: Contact): void {
    this.commit({ ...this.data, contacts: this.#undo.remove(this.data.contacts, this.data.contacts.indexOf(c)) as Contact[] });
    this.announce(this.t('contacts.deleted', 'Deleted {name}. You can undo this.', { name: c.name }));
  }

  /** "Delete" on a role in a reference brief: with Undo (the public `removeApplication()` has none). */
  #deleteApplication(a: Application): void {
    const apps = this.data.applications ?? [];
    const applications = this.#undo.remove(apps, apps.indexOf(a), 'applications') as Application[];
    const next: KeepInTouchValue = { ...this.data, applications };
    if (!applications.length) delete next.applications;
    this.commit(next);
    this.announce(this.t('contacts.deleted', 'Deleted {name}. You can undo this.', { name: [a.role, a.company].filter(Boolean).join(' · ') }));
  }

  #restore(): void {
    const group = this.#undo.removed?.group;
    if (group === 'applications') {
      const r = this.#undo.restore(this.data.applications ?? [])!;
      this.commit({ ...this.data, applications: r.list as Application[] });
      this.announce(this.t('contacts.restored', 'Restored {name}.', { name: (r.item as Application).role }));
      return;
    }
    const r = this.#undo.restore(this.data.contacts);
    if (!r) return;
    this.commit({ ...this.data, contacts: r.list as Contact[] });
    this.announce(this.t('contacts.restored', 'Restored {name}.', { name: (r.item as Contact).name }));
  }

  #renderUndo(group: '' | 'applications') {
    const name = (item: Contact | Application) => ('name' in item ? item.name : [item.role, item.company].filter(Boolean).join(' · '));
    return this.#undo.render(group, (item) => this.t('contacts.deletedShort', 'Deleted {name}.', { name: name(item) }), this.t('contacts.undo', 'Undo'), () => this.#restore(), 'notice');
  }

  #open(c: Contact, kind: 'edit' | 'log' | 'msg' | 'brief'): void {
    const same = this.panel?.id === c.id && this.panel.kind === kind;
    this.panel = same ? undefined : { id: c.id, kind };
    this.adding = false;
    if (kind === 'msg' && !same) this.#pick(c, this.#templates[0]?.id);
    if (!same) void this.updateComplete.then(() => (this.renderRoot.querySelector('.panel input, .panel select, .panel textarea') as HTMLElement | null)?.focus());
  }

  #toggleAdd(): void {
    this.adding = !this.adding;
    this.panel = undefined;
    if (this.adding) void this.updateComplete.then(() => (this.renderRoot.querySelector('#f-name') as HTMLElement | null)?.focus());
  }

  /** How messages address a contact: their own choices, else formal for a reference and familiar for the rest. */
  #address(c: Contact): Addressee {
    return resolveAddress(c, this.i18n.locale, c.reference === 'asked' || c.reference === 'agreed' ? 'reference' : undefined);
  }

  #pick(c: Contact, id?: string): void {
    const tpl = this.#templates.find((x) => x.id === id) ?? this.#templates[0];
    const p = this.profile;
    const a = this.#address(c);
    // A formal thread stays formal: usted, the plural of respect, "Dear Dr. Haddad". A team is written
    // to in the plural (ustedes, «vous», أنتم) whatever the register.
    const team = a.kind === 'team';
    const words = team && tpl?.team ? tpl.team : a.formal && tpl?.formal ? tpl.formal : tpl;
    const thanks = team
      ? !c.thanked
        ? this.t('contacts.thanks.generic.team', 'What I learned working with you all still helps me every week, so thank you again.')
        : c.thankedAs === 'project'
          ? this.t('contacts.thanks.project.team', 'I still think of our work on {thanked} and of all I learned with you. Thank you again.', { thanked: c.thanked })
          : this.t('contacts.thanks.specific.team', 'Something I took from working with you all still helps me every week: {thanked}. Thank you again.', { thanked: c.thanked })
      : !c.thanked
      ? a.formal
        ? this.t('contacts.thanks.generic.formal', 'What I learned working with you still helps me every week, so thank you again.')
        : this.t('contacts.thanks.generic', 'What I learned working with you still helps me every week, so thank you again.')
      : c.thankedAs === 'project'
        ? a.formal
          ? this.t('contacts.thanks.project.formal', 'I still think of our work on {thanked} and of all I learned with you. Thank you again.', { thanked: c.thanked })
          : this.t('contacts.thanks.project', 'I still think of our work on {thanked} and of all I learned with you. Thank you again.', { thanked: c.thanked })
        : a.formal
          ? this.t('contacts.thanks.specific.formal', 'Something I took from working with you still helps me every week: {thanked}. Thank you again.', { thanked: c.thanked })
          : this.t('contacts.thanks.specific', 'Something I took from working with you still helps me every week: {thanked}. Thank you again.', { thanked: c.thanked });
    const params = {
      greeting: salutation(this.t, a),
      first: a.given,
      name: c.name,
      me: p.internName || this.t('contacts.yourName', '[your name]'),
      company: p.company || this.t('contacts.theTeam', 'the team'),
      role: p.role,
      // What the intern thanked them for (kept by the kit), quoted; a general thanks otherwise.
      thanks,
    };
    const locale = this.i18n.locale;
    this.draft = { tpl: tpl?.id ?? '', subject: fillJoined(words?.subject ?? '', params, locale), body: fillJoined(words?.body ?? '', params, locale), log: this.draft?.log ?? true };
  }

  #sent(c: Contact, how: 'mail' | 'copy'): void {
    const d = this.draft!;
    if (how === 'copy') void this.copy(`${d.subject}\n\n${d.body}`);
    if (!d.log) return;
    this.logContact(c.id, 'email', d.subject);
    // Logging re-sorts the list and moves this row: keep focus on the control that was used.
    void focusAfterUpdate(this, this.#in(c.id, `[data-a="${how}"]`), this.#in(c.id, '.name'));
  }

  /** The due follow-ups as a calendar; when nothing is due, says so instead of saving an empty calendar. */
  #downloadDue(): void {
    const ics = this.toICS({ mode: 'due' });
    if (!ics.includes('BEGIN:VEVENT')) {
      this.announce(this.t('contacts.noneDue', 'No follow-ups are due yet, so there is nothing to add to your calendar.'), 'exports');
      return;
    }
    this.download(fileName(this.t('contacts.dueFile', 'Follow-ups due'), 'ics'), ics, 'ics');
  }

  async #onFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.previewImport(await file.text());
    input.value = '';
    this.announce(this.t('contacts.previewReady', 'Check how the columns are read, then import.'));
  }

  // ——— Rendering ———

  override render(): TemplateResult {
    const all = this.data.contacts;
    const list = this.#rows();
    const visible = list.slice(0, Math.max(1, this.pageSize || 50) + this.shown);
    const month = this.#rows('', 'next', true);
    const overdue = month.filter((r) => r.status === 'overdue').length;
    return html`<div class="base" part="base" dir=${this.i18n.dir}>
      <h2>${this.t('contacts.title', 'Keep in touch')}</h2>
      <p class="intro">${this.t('contacts.intro', 'The internship ends; the connections don’t have to. Keep the people you worked with here, write now and then with an update or a question, and log each contact so you know who is due next.')}</p>
      ${this.renderStatus()}
      <p class="summary">
        ${all.length
          ? html`${this.i18n.plural(month.length, 'contacts.dueMonth', { one: '{n} person to contact this month', other: '{n} people to contact this month' })}${overdue
              ? html` · <strong>${this.i18n.plural(overdue, 'contacts.nOverdue', { one: '{n} overdue', other: '{n} overdue' })}</strong>`
              : nothing}`
          : nothing}
      </p>
      <div class="toolbar">
        <button class="primary add" aria-expanded=${this.adding} @click=${this.#toggleAdd}>
          ${this.t('contacts.add', 'Add a contact')}
        </button>
        <div class="row" role="group" aria-label=${this.t('contacts.view', 'View')}>
          <button aria-pressed=${!this.month} @click=${() => ((this.month = false), (this.shown = 0))}>${this.t('contacts.all', 'Everyone')}</button>
          <button aria-pressed=${this.month} @click=${() => ((this.month = true), (this.shown = 0))}>${this.t('contacts.month', 'Due this month')}</button>
        </div>
      </div>
      ${this.adding ? html`<div class="panel-host" @keydown=${closeOnEscape(this, () => (this.adding = false), '.add')}>${this.#form()}</div>` : nothing}
      ${all.length
        ? html`<div class="filters">
            <div class="field">
              <label for="q">${this.t('contacts.search', 'Search')}</label>
              <input id="q" type="search" dir="auto" autocomplete="off" .value=${this.query} @input=${this.#onSearch} />
            </div>
            <div class="field">
              <label for="sort">${this.t('contacts.sort', 'Sort by')}</label>
              <select id="sort" ?disabled=${this.month} @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as SortKey)}>
                <option value="next" ?selected=${this.sort === 'next'}>${this.t('contacts.f.next', 'Next follow-up')}</option>
                <option value="name" ?selected=${this.sort === 'name'}>${this.t('contacts.f.name', 'Name')}</option>
                <option value="last" ?selected=${this.sort === 'last'}>${this.t('contacts.f.last', 'Last contact')}</option>
              </select>
            </div>
          </div>`
        : nothing}
      ${this.#renderUndo('')}
      ${list.length
        ? html`<ul class="list" tabindex="-1" aria-label=${this.t('contacts.listLabel', 'Contacts')}>
            ${repeat(visible, (r) => r.contact.id, (r) => this.#item(r))}
          </ul>`
        : html`<p class="empty">
            ${!all.length && this.kit
              ? // In the kit, people come from the Thank-yous step on their own: say so.
                this.t('contacts.emptyKit', 'No one here yet. Everyone you add on the Thank-yous step appears here, or add your supervisor and the coworkers you worked with most below.')
              : !all.length
              ? this.t('contacts.emptyAll', 'No one here yet. Add your supervisor and the coworkers you worked with most, ideally before your last day, while it is easy to swap e-mail addresses and connect on LinkedIn.')
              : this.month
                ? this.t('contacts.emptyMonth', 'No one is due this month. Nice work keeping in touch!')
                : this.t('contacts.noMatch', 'No contact matches “{q}”.', { q: this.query })}
          </p>`}
      ${list.length ? this.#roving.renderHint((id, en, p) => this.t(id, en, p)) : nothing}
      ${list.length > visible.length
        ? html`<button class="more" @click=${() => (this.shown += Math.max(1, this.pageSize || 50))}>
            ${this.i18n.plural(list.length - visible.length, 'contacts.more', { one: 'Show more ({n} not shown)', other: 'Show more ({n} not shown)' })}
          </button>`
        : nothing}
      ${this.#tagCadences()}
      ${this.#importView()}
      <h3 class="exports-title">${this.t('contacts.exports', 'Export')}</h3>
      <div class="toolbar">
        <button ?disabled=${!all.length} @click=${() => this.download(fileName(this.t('contacts.title', 'Keep in touch'), 'ics'), this.toICS(), 'ics')}>
          ${this.t('contacts.icsRecurring', 'Calendar: repeating reminders')}
        </button>
        <button ?disabled=${!all.length} @click=${this.#downloadDue}>
          ${this.t('contacts.icsDue', 'Calendar: due follow-ups')}
        </button>
        <button ?disabled=${!all.length} @click=${() => this.download(fileName(this.t('contacts.title', 'Keep in touch'), 'vcf'), this.toVCard(), 'vcf')}>
          ${this.t('contacts.vcard', 'Contacts (vCard)')}
        </button>
        <button ?disabled=${!all.length} @click=${() => this.download(fileName(this.t('contacts.title', 'Keep in touch'), 'csv'), this.toCSV(), 'csv')}>${this.t('contacts.csv', 'Spreadsheet (CSV)')}</button>
        <button @click=${() => this.download(fileName(this.t('contacts.title', 'Keep in touch'), 'md'), this.toMarkdown(), 'md')}>${this.t('contacts.md', 'Markdown')}</button>
        <button @click=${() => this.copy(this.toMarkdown())}>${this.t('contacts.copyMd', 'Copy as text')}</button>
        <label class="file">
          <input type="file" accept=".csv,text/csv" class="visually-hidden" @change=${this.#onFile} />
          <span>${this.t('contacts.importCsv', 'Import CSV')}</span>
        </label>
      </div>
      ${this.#calendarLinks.render(() => this.#reminders(true), { available: all.length > 0 })}
      ${this.renderShown('exports')}
      <footer role="none">${this.renderSaved()}</footer>
      ${this.renderPrint()}
    </div>`;
  }

  #item(r: Row): TemplateResult {
    const c = r.contact;
    const badge = this.#badge(r.status);
    const url = safeWebUrl(c.linkedin);
    const open = this.panel?.id === c.id ? this.panel.kind : undefined;
    const rel = r.next ? formatRelativeDays(daysBetween(this.today, r.next), this.i18n.locale) : '';
    return html`<li class="contact card" part="contact" data-id=${c.id}>
      <div class="head">
        <h3 class="name" id=${`n-${c.id}`} tabindex="-1" dir="auto">${c.name}</h3>
        ${badge ? html`<span part="badge" class=${r.status === 'overdue' ? 'badge-overdue' : 'badge-due'}>${badge}</span>` : nothing}
      </div>
      ${c.role || c.team ? html`<p class="muted">${[c.role, c.team].filter(Boolean).join(' · ')}</p>` : nothing}
      <p class="hint">
        ${this.t('contacts.f.next', 'Next follow-up')}${this.t('core.colon', ':')} ${this.#date(r.next)}${rel ? ` (${rel})` : ''} ·
        ${this.t('contacts.f.last', 'Last contact')}${this.t('core.colon', ':')} ${c.lastContact ? this.#date(c.lastContact) : this.t('contacts.notYet', 'not yet')} ·
        ${this.#cadenceLabel(this.#cadence(c))}${this.#tagNote(c)}
      </p>
      ${this.#snooze(r)}
      ${c.askNext ? html`<p class="ask"><strong>${this.t('contacts.f.askNext', 'Ask next time')}${this.t('core.colon', ':')}</strong> <span dir="auto">${c.askNext}</span></p>` : nothing}
      ${c.how ? html`<p dir="auto">${c.how}</p>` : nothing}
      <p class="links">
        ${c.email ? html`<a href=${mailtoUrl({ to: c.email })}>${c.email}</a>` : nothing}
        ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${this.t('contacts.linkedinLink', 'LinkedIn')}</a>` : c.linkedin ? html`<span>${c.linkedin}</span>` : nothing}
        ${c.tags.map((t) => html`<span class="chip">${t}</span>`)}
      </p>
      ${c.notes ? html`<p class="notes" dir="auto">${c.notes}</p>` : nothing}
      <div class="row actions" role="group" aria-labelledby=${`n-${c.id}`}>
        <button class="primary" data-a="log" aria-expanded=${open === 'log'} @click=${() => this.#open(c, 'log')}>${this.t('contacts.log', 'Log a contact')}</button>
        <button data-a="msg" aria-expanded=${open === 'msg'} @click=${() => this.#open(c, 'msg')}>${this.t('contacts.write', 'Write a message')}</button>
        <button data-a="edit" aria-expanded=${open === 'edit'} @click=${() => this.#open(c, 'edit')}>${this.t('contacts.edit', 'Edit')}</button>
        <button data-a="brief" aria-expanded=${open === 'brief'} @click=${() => this.#open(c, 'brief')}>${this.t('contacts.brief.open', 'Reference')}</button>
        <button @click=${() => this.download(fileName(c.name, 'vcf', this.t('contacts.fileContact', 'Contact')), this.toVCard(c.id), 'vcf')}>${this.t('contacts.vcardOne', 'vCard')}</button>
        <button class="danger" @click=${() => this.#delete(c)}>${this.t('contacts.delete', 'Delete')}</button>
      </div>
      ${open
        ? html`<div class="panel-host" @keydown=${closeOnEscape(this, () => (this.panel = undefined), this.#in(c.id, `[data-a="${open}"]`), this.#in(c.id, '.name'))}>
            ${open === 'edit' ? this.#form(c) : open === 'log' ? this.#logForm(c) : open === 'msg' ? this.#message(c) : this.#brief(c)}
          </div>`
        : nothing}
      ${c.log.length
        ? html`<details>
            <summary>${this.i18n.plural(c.log.length, 'contacts.history', { one: 'History ({n})', other: 'History ({n})' })}</summary>
            <ul class="log">
              ${c.log.map((l) => html`<li>${this.#date(l.date)} · ${this.#channel(l.channel)}${l.note ? html` · <span dir="auto">${l.note}</span>` : nothing}</li>`)}
            </ul>
          </details>`
        : nothing}
    </li>`;
  }

  #tagNote(c: Contact): string {
    const tag = cadenceTag(c, this.#cadencesByTag);
    return tag ? ` ${this.t('contacts.fromTag', '(from the tag “{tag}”)', { tag })}` : '';
  }

  /** "Snooze 3 / 7 / 14 days" while a follow-up is near or due; "Snoozed until …" once snoozed. */
  #snooze(r: Row): TemplateResult | typeof nothing {
    const c = r.contact;
    const snoozed = isISODate(c.snoozedUntil) && c.snoozedUntil > this.today;
    if (!snoozed && (r.status === 'later' || r.status === 'none')) return nothing;
    const label = this.t('contacts.snoozeLabel', 'Snooze {name}', { name: c.name });
    return snoozed
      ? html`<p class="row snooze">
          <span class="hint">${this.t('contacts.snoozedUntil', 'Snoozed until {date}', { date: this.#date(c.snoozedUntil) })}</span>
          <button class="ghost" aria-describedby=${`n-${c.id}`} @click=${() => this.snooze(c.id, 0)}>${this.t('contacts.unsnooze', 'End the snooze')}</button>
        </p>`
      : html`<div class="row snooze" role="group" aria-label=${label}>
          <span class="hint" aria-hidden="true">${this.t('contacts.snooze', 'Snooze:')}</span>
          ${SNOOZES.map((n) => html`<button class="ghost" @click=${() => this.snooze(c.id, n)}>${this.i18n.plural(n, 'contacts.snoozeDays', { one: '{n} day', other: '{n} days' })}</button>`)}
        </div>`;
  }

  #brief(c: Contact): TemplateResult {
    const apps = this.data.applications ?? [];
    const md = this.referenceBrief(c.id);
    const mail = briefMail(this.t, c, this.briefSource, this.#briefFormat(), { address: this.#address(c), status: c.reference });
    const followUps = referenceFollowUps([c], apps, (d) => this.#workdayBefore(d));
    const status = (v: string, label: string) => html`<option value=${v} ?selected=${(c.reference ?? '') === v}>${label}</option>`;
    return html`<div class="panel card brief" role="group" aria-label=${this.t('contacts.brief.panel', 'Reference request for {name}', { name: c.name })}>
      <div class="field">
        <label for="r-status">${this.t('contacts.brief.status', 'Reference request')}</label>
        <select id="r-status" @change=${(e: Event) => this.setReference(c.id, ((e.target as HTMLSelectElement).value || undefined) as Contact['reference'])}>
          ${status('', this.t('contacts.brief.notAsked', 'Not asked yet'))} ${status('asked', this.t('contacts.brief.asked', 'Asked'))}
          ${status('agreed', this.t('contacts.brief.agreed', 'Agreed'))} ${status('declined', this.t('contacts.brief.declined', 'Declined'))}
        </select>
      </div>
      <h4>${this.t('contacts.brief.applying', 'Where I am applying')}</h4>
      ${apps.length
        ? html`<ul class="log">
            ${apps.map(
              (a, i) => html`<li class="row" data-app=${a.id}>
                <span id=${`app-${i}`} dir="auto" class="spacer">${[a.role, a.company].filter(Boolean).join(' · ')}${a.deadline ? ` · ${this.#date(a.deadline)}` : ''}</span>
                <button class="ghost danger" aria-describedby=${`app-${i}`} @click=${() => this.#deleteApplication(a)}>${this.t('contacts.delete', 'Delete')}</button>
              </li>`,
            )}
          </ul>`
        : nothing}
      ${this.#renderUndo('applications')}
      <form
        class="grid"
        aria-label=${this.t('contacts.brief.addApp', 'Add a role')}
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          const form = e.target as HTMLFormElement;
          const f = new FormData(form);
          this.addApplication({ role: String(f.get('role') ?? ''), company: String(f.get('company') ?? ''), deadline: String(f.get('deadline') ?? '') });
          form.reset();
        }}
      >
        <div class="field"><label for="app-role">${this.t('contacts.brief.role', 'Role')}</label><input id="app-role" name="role" dir="auto" maxlength="300" required /></div>
        <div class="field"><label for="app-company">${this.t('contacts.brief.company', 'Company')}</label><input id="app-company" name="company" dir="auto" maxlength="300" /></div>
        <div class="field"><label for="app-deadline">${this.t('contacts.brief.deadlineLabel', 'Deadline')}</label><input id="app-deadline" name="deadline" type="date" /></div>
        <div class="field"><button type="submit">${this.t('contacts.brief.addApp', 'Add a role')}</button></div>
      </form>
      ${c.reference === 'agreed' && followUps.length
        ? html`<p class="hint">${this.t('contacts.brief.followUps', 'Reminders (in the calendar files too): {list}', { list: this.i18n.items(followUps.map((f) => this.t('contacts.brief.followUpItem', '{date} ({role})', { date: this.#date(f.date), role: f.application.role }))) })}</p>`
        : nothing}
      <details>
        <summary>${this.t('contacts.brief.preview', 'See the brief')}</summary>
        <div class="preview" dir="auto">${md}</div>
      </details>
      <div class="row">
        <a class="button primary" href=${mailtoUrl({ to: c.email, ...mail })} @click=${() => c.reference === undefined && this.setReference(c.id, 'asked')}>${this.t('contacts.brief.mail', 'E-mail the brief')}</a>
        <button @click=${() => this.download(fileName(this.t('contacts.brief.file', 'Reference brief – {name}', { name: c.name }), 'md'), md, 'md')}>${this.t('contacts.brief.download', 'Download (.md)')}</button>
        <button @click=${() => this.#printBrief(c)}>${this.t('contacts.brief.print', 'Print the brief')}</button>
      </div>
    </div>`;
  }

  /** Prints only this contact's brief: a named print view, so the whole export is not printed with it. */
  #printBrief(c: Contact): void {
    this.print(`brief:${c.id}`);
  }

  protected override printMarkdown(view: string): string {
    return view.startsWith('brief:') ? this.referenceBrief(view.slice('brief:'.length)) : this.toMarkdown();
  }

  /** One cadence per tag in use; contacts set to "same as its tags" follow it. */
  #tagCadences(): TemplateResult | typeof nothing {
    const tags = [...new Map(this.data.contacts.flatMap((c) => c.tags).map((t) => [t.toLowerCase(), t])).values()];
    if (!tags.length) return nothing;
    const set = new Map((this.#cadencesByTag ?? []).map((x) => [x.tag.toLowerCase(), x.cadence]));
    return html`<details class="tag-cadences">
      <summary>${this.t('contacts.tagCadences', 'Follow-up cadence by tag')}</summary>
      <p class="hint">${this.t('contacts.tagCadencesHint', 'Contacts whose “Follow up” is “Same as its tags” follow the cadence of their first tag that has one.')}</p>
      <div class="grid">
        ${tags.map(
          (tag, i) => html`<div class="field">
            <label for=${`tc-${i}`}><span dir="auto">${tag}</span></label>
            <select id=${`tc-${i}`} @change=${(e: Event) => this.setTagCadence(tag, ((e.target as HTMLSelectElement).value || undefined) as Cadence | undefined)}>
              <option value="" ?selected=${!set.has(tag.toLowerCase())}>${this.t('contacts.tagNone', 'No cadence for this tag')}</option>
              ${CADENCES.map((k) => html`<option value=${k} ?selected=${set.get(tag.toLowerCase()) === k}>${this.#cadenceLabel(k)}</option>`)}
            </select>
          </div>`,
        )}
      </div>
    </details>`;
  }

  #form(c?: Contact): TemplateResult {
    const days = c ? customDays(c.cadence) : undefined;
    const field = (name: string, label: string, value = '', type: 'text' | 'email' | 'url' | 'number' | 'date' = 'text', placeholder?: string) =>
      html`<div class="field">
        <label for=${`f-${name}`}>${label}</label>
        <input id=${`f-${name}`} name=${name} type=${type} dir="auto" maxlength=${ifDefined(FIELD_LIMITS[name])} placeholder=${ifDefined(placeholder)} .value=${value} ?required=${name === 'name'} />
      </div>`;
    return html`<form class="panel card" @submit=${(e: SubmitEvent) => this.#save(e, c)} aria-label=${c ? this.t('contacts.editing', 'Edit {name}', { name: c.name }) : this.t('contacts.add', 'Add a contact')}>
      <div class="grid">
        ${field('name', this.t('contacts.f.name', 'Name'), c?.name)}
        ${field('greeting', this.t('contacts.f.greeting', 'How to greet them'), c?.greeting, 'text', c ? greetingName(c.name) : undefined)}
        ${c ? addressFields({ id: 'f-', t: this.t, person: c, address: this.#address(c), preview: salutation(this.t, this.#address(c)) }) : addressFields({ id: 'f-', t: this.t, person: {}, address: this.#address({ name: '', tags: [], log: [] } as unknown as Contact) })}
        ${field('role', this.t('contacts.f.role', 'Role'), c?.role)}
        ${field('team', this.t('contacts.f.team', 'Team'), c?.team)} ${field('email', this.t('contacts.f.email', 'E-mail'), c?.email, 'email')}
        ${field('linkedin', this.t('contacts.f.linkedin', 'LinkedIn profile link'), c?.linkedin)}
        ${field('how', this.t('contacts.f.how', 'How you know them'), c?.how)}
        ${field('tags', this.t('contacts.f.tagsHint', 'Tags, separated by commas'), c?.tags.join(', '))}
        <div class="field">
          <label for="f-cadence">${this.t('contacts.f.cadence', 'Follow up')}</label>
          <select id="f-cadence" name="cadence">
            <option value="tags" ?selected=${!!c?.inherit}>${this.t('contacts.c.tags', 'Same as its tags')}</option>
            ${CADENCES.map((k) => html`<option value=${k} ?selected=${c ? !c.inherit && c.cadence === k : k === this.#newCadence}>${this.#cadenceLabel(k)}</option>`)}
            <option value="custom" ?selected=${!c?.inherit && !!days}>${this.t('contacts.c.custom', 'Every … days (below)')}</option>
          </select>
        </div>
        ${field('days', this.t('contacts.f.days', 'Custom: every how many days'), String(days ?? 45), 'number')}
        ${field('last', this.t('contacts.f.last', 'Last contact'), c?.lastContact, 'date')}
      </div>
      <div class="field">
        <label for="f-notes">${this.t('contacts.f.notes', 'Notes')}</label>
        <textarea id="f-notes" name="notes" dir="auto" .value=${c?.notes ?? ''}></textarea>
      </div>
      <div class="field">
        <label for="f-askNext">${this.t('contacts.f.askNext', 'Ask next time')}</label>
        <textarea id="f-askNext" name="askNext" dir="auto" rows="2" aria-describedby="f-askNext-hint" .value=${c?.askNext ?? ''}></textarea>
        <span id="f-askNext-hint" class="hint">${this.t('contacts.f.askNextHint', 'A question or follow-up for your next message; it is shown when you write to them.')}</span>
      </div>
      <div class="row">
        <button class="primary" type="submit">${this.t('contacts.save', 'Save')}</button>
        <button type="button" @click=${() => {
          this.panel = undefined;
          this.adding = false;
          // The form goes away with this button: back to what opened it.
          void focusAfterUpdate(this, c ? this.#in(c.id, '[data-a="edit"]') : '.add');
        }}>${this.t('contacts.cancel', 'Cancel')}</button>
      </div>
    </form>`;
  }

  #logForm(c: Contact): TemplateResult {
    return html`<form
      class="panel card"
      aria-label=${this.t('contacts.log', 'Log a contact')}
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const f = new FormData(e.target as HTMLFormElement);
        if (!this.logContact(c.id, f.get('channel') as Channel, String(f.get('note') ?? ''), String(f.get('date') || this.today))) return;
        this.panel = undefined;
        // The form closes and the row may move: focus returns to the row's "Log a contact".
        void focusAfterUpdate(this, this.#in(c.id, '[data-a="log"]'));
      }}
    >
      <div class="grid">
        <div class="field">
          <label for="l-channel">${this.t('contacts.how', 'How')}</label>
          <select id="l-channel" name="channel">${CHANNELS.map((k) => html`<option value=${k}>${this.#channel(k)}</option>`)}</select>
        </div>
        <div class="field">
          <label for="l-date">${this.t('contacts.when', 'When')}</label>
          <input id="l-date" name="date" type="date" .value=${this.today} max=${addDays(this.today, 1)} />
        </div>
      </div>
      <div class="field">
        <label for="l-note">${this.t('contacts.note', 'Note (optional)')}</label>
        <input id="l-note" name="note" dir="auto" />
      </div>
      <button class="primary" type="submit">${this.t('contacts.logIt', 'Log it')}</button>
    </form>`;
  }

  #message(c: Contact): TemplateResult {
    const d = this.draft ?? { tpl: '', subject: '', body: '', log: true };
    const href = mailtoUrl({ to: c.email, subject: d.subject, body: d.body });
    return html`<div class="panel card" role="group" aria-label=${this.t('contacts.write', 'Write a message')}>
      ${c.askNext ? html`<p class="ask notice-soft"><strong>${this.t('contacts.remember', 'Remember to ask')}${this.t('core.colon', ':')}</strong> <span dir="auto">${c.askNext}</span></p>` : nothing}
      <div class="field">
        <label for="m-tpl">${this.t('contacts.template', 'Template')}</label>
        <select id="m-tpl" @change=${(e: Event) => this.#pick(c, (e.target as HTMLSelectElement).value)}>
          ${this.#templates.map((x) => html`<option value=${x.id} ?selected=${x.id === d.tpl}>${x.label}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="m-subject">${this.t('contacts.subject', 'Subject')}</label>
        <input id="m-subject" dir="auto" .value=${d.subject} @input=${(e: Event) => (this.draft = { ...d, subject: (e.target as HTMLInputElement).value })} />
      </div>
      <div class="field">
        <label for="m-body">${this.t('contacts.message', 'Message')}</label>
        <textarea id="m-body" dir="auto" rows="9" .value=${d.body} @input=${(e: Event) => (this.draft = { ...d, body: (e.target as HTMLTextAreaElement).value })}></textarea>
      </div>
      <p class="hint">${this.t('contacts.fillHint', 'Replace the [brackets] with your own words before sending.')}</p>
      <label class="check">
        <input type="checkbox" .checked=${d.log} @change=${(e: Event) => (this.draft = { ...d, log: (e.target as HTMLInputElement).checked })} />
        ${this.t('contacts.alsoLog', 'Log it as a contact when I send or copy it')}
      </label>
      <div class="row">
        <a class="button primary" data-a="mail" href=${href} @click=${() => this.#sent(c, 'mail')}>${this.t('contacts.openMail', 'Open in e-mail')}</a>
        <button data-a="copy" @click=${() => this.#sent(c, 'copy')}>${this.t('contacts.copy', 'Copy')}</button>
      </div>
    </div>`;
  }

  #importView(): TemplateResult | typeof nothing {
    const p = this.importing;
    const r = this.report;
    if (r)
      return html`<section class="card report" aria-label=${this.t('contacts.report', 'Import report')}>
        <p><strong>${this.#reportTitle(r)}</strong></p>
        ${r.problems.length ? html`<ul class="problems">${r.problems.map((x) => html`<li>${this.#problem(x)}</li>`)}</ul>` : nothing}
        <button @click=${() => (this.report = undefined)}>${this.t('contacts.close', 'Close')}</button>
      </section>`;
    if (!p) return nothing;
    const names = columnNames(this.t);
    const label = (f: Field) => names[f];
    return html`<section class="card import" aria-label=${this.t('contacts.importTitle', 'Import contacts')}>
      <h3>${this.t('contacts.importTitle', 'Import contacts')}</h3>
      <p class="hint">${this.i18n.plural(p.body.length, 'contacts.rows', { one: '{n} row found. Choose what each column holds.', other: '{n} rows found. Choose what each column holds.' })}</p>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              ${p.header.map(
                (h, i) => html`<th scope="col">
                  <label for=${`map-${i}`}>${h || `#${this.i18n.number(i + 1)}`}</label>
                  <select
                    id=${`map-${i}`}
                    @change=${(e: Event) => {
                      const mapping = [...this.importing!.mapping];
                      mapping[i] = (e.target as HTMLSelectElement).value as Field | '';
                      this.importing = { ...this.importing!, mapping };
                    }}
                  >
                    <option value="" ?selected=${!p.mapping[i]}>${this.t('contacts.skip', 'Skip')}</option>
                    ${FIELDS.map((f) => html`<option value=${f} ?selected=${p.mapping[i] === f}>${label(f)}</option>`)}
                  </select>
                </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${p.body.slice(0, 3).map((row) => html`<tr>${p.header.map((_, i) => html`<td dir="auto">${row[i] ?? ''}</td>`)}</tr>`)}
          </tbody>
        </table>
      </div>
      <div class="row">
        <button class="primary" ?disabled=${!p.mapping.includes('name') && !p.mapping.includes('email')} @click=${() => this.confirmImport()}>
          ${this.i18n.plural(p.body.length, 'contacts.importN', { one: 'Import {n} row', other: 'Import {n} rows' })}
        </button>
        <button @click=${() => (this.importing = undefined)}>${this.t('contacts.cancel', 'Cancel')}</button>
      </div>
    </section>`;
  }
}

