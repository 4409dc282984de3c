import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { SfElement } from '../core/base-element.js';
import { focusAfterUpdate } from '../core/controllers/focus.js';
import { UndoController } from '../core/controllers/undo.js';
import { bool, list, obj, oneOf, text } from '../core/schema.js';
import { describeElement, warnOnce } from '../core/warn.js';
import { newId } from '../core/ids.js';
import { safeWebUrl, webAddress } from '../core/url.js';
import { greetingName } from '../core/names.js';
import { fill, fileName } from '../core/formats/text.js';
import { KINDS, REGISTERS, looksLikeTeam, resolveAddress, runningName, salutation, shortName, type Addressee, type Kind, type Register } from '../core/address.js';
import { addressFields } from '../core/address-fields.js';
import { fillJoined } from '../core/grammar.js';
import { isEmail, mailtoUrl } from '../core/formats/mailto.js';
import { mdDocument, mdHeading, mdItem, mdParagraph } from '../core/formats/markdown.js';
import { compose } from './compose.js';
import { ideasFor, type Idea } from './ideas.js';
import { TEAM_FIELDS, composeTeam, teamCalled, type TeamField, type TeamNote } from './team.js';
import {
  CHANNELS, FORMS, RELATIONSHIPS, SPECIFICS, STATUSES, TONES, formalPeer, labels, teamTemplate, templates,
  type Channel, type Form, type Relationship, type SpecificKey, type Status, type ThanksContent, type Tone, type ToneTemplate,
} from './content.js';
import { styles } from './styles.js';
import { THANKS_VERSION, thanksMigrations } from './model.js';

export type { ThanksContent } from './content.js';

export interface ThanksPerson {
  id: string;
  name: string;
  /** How to greet them ("Sara", "عبد الله"); derived from `name` by `greetingName()` when empty. */
  greeting?: string;
  /** Gender for agreement where the language marks it ("Estimada", «المحترمة»); unknown when unset or `neutral`. */
  form?: Form;
  /** Their title as written ("Dra.", "د."); absent: the title at the front of `name`. */
  title?: string;
  /** Formal (usted, plural of respect) or familiar; follows the tone chosen for the note. */
  register?: Register;
  /** `team`: the note goes to a team ("el equipo de marketing"). */
  kind?: Kind;
  relationship: Relationship;
  email?: string;
  linkedin?: string;
  specifics: Partial<Record<SpecificKey, string>>;
  tone: Tone;
  channel: Channel;
  draft: string;
  status: Status;
  /** True once the user typed in the draft: regenerating then asks first. */
  edited?: boolean;
}

/** What a draft is made from. */
export type PersonInput = Pick<ThanksPerson, 'name' | 'specifics' | 'tone' | 'channel'> & Partial<Pick<ThanksPerson, 'greeting' | 'form' | 'title' | 'register' | 'kind' | 'relationship'>>;

export interface ThanksValue {
  people: ThanksPerson[];
  /** The note to the whole team, with who the team is and what it thanks them for (all optional). */
  team?: TeamNote;
}

// A LinkedIn connection note: 200 characters on a free account, 300 with Premium (set linkedin-limit="300").
const DEFAULT_LIMIT = 200;
const TEAM = 'team';
/** An edited draft as it was before "Replace draft", for Undo (`id` is a person's, or `team`). */
interface DraftBefore {
  id: string;
  draft: string;
  edited?: boolean;
  status?: Status;
}
const spec = obj({}, { project: text(), learned: text(), moment: text(), forward: text() });

/**
 * Genuine, specific thank-you notes to everyone who helped during the internship: a draft per person
 * from templates (tone × channel) and the specifics you fill in, freely editable, sent by e-mail,
 * copied or downloaded; plus one note to the whole team.
 *
 * @summary Thank-you notes to supervisors, mentors, teammates and staff.
 * @fires change - After every user edit (not after assigning `value`).
 * @fires sf-send - A note was opened in the mail app, copied, downloaded or marked as sent: `{ tag, id, personId, channel }`.
 * @fires sf-export - Markdown copied or downloaded; detail `{ format, tag }`.
 * @csspart base - The outer container.
 * @csspart people - The list of people.
 * @csspart editor - The selected person's note.
 * @csspart draft - The draft text areas.
 * @csspart team - The whole-team note.
 * @csspart notice - The storage warning.
 * @csspart saved - "Saved" in the footer.
 * @csspart print - The print view, rendered only while printing: what the Markdown export shows.
 * @cssprop --sf-accent - Buttons and highlights (also every other `--sf-*` token).
 * @cssprop --sf-danger - The over-limit count.
 * @slot - A `<script type="application/json">` with `ThanksContent` (templates, subject, team note).
 */
export class ThankYouComposer extends SfElement<ThanksValue> {
  static override styles = [...SfElement.styles, styles];
  static override kitSlot = 'thanks';
  static override schemaVersion = THANKS_VERSION;
  static override migrations = thanksMigrations;

  /** LinkedIn's limit for a connection note, shown live and fitted by the generated note: 200 on a free account (default), 300 with Premium. */
  @property({ type: Number, attribute: 'linkedin-limit' }) linkedinLimit = DEFAULT_LIMIT;
  /** Host content replacing default templates; see `ThanksContent`. */
  @property({ attribute: false }) content?: ThanksContent;

  @state() private selected?: string;
  @state() private confirming?: string;
  @state() private draftName = '';
  @state() private draftEmail = '';
  // Removing a person, or replacing an edited draft, can be undone: focus then goes to the person or the draft.
  readonly #undo = new UndoController<ThanksPerson | DraftBefore, 'people' | 'draft'>(this, {
    focusItem: (item, r) => (r.group === 'draft' ? `#d-${CSS.escape(item.id)}` : this.#personButton(item.id)),
    fallback: '#people-h',
  });

  protected schema = obj(
    {
      people: list(
        obj(
          {
            id: text(200),
            name: text(),
            relationship: oneOf(RELATIONSHIPS),
            specifics: spec,
            tone: oneOf(TONES),
            channel: oneOf(CHANNELS),
            draft: text(),
            status: oneOf(STATUSES),
          },
          { email: text(), linkedin: text(), greeting: text(200), form: oneOf(FORMS), title: text(40), register: oneOf(REGISTERS), kind: oneOf(KINDS), edited: bool() },
          {
            id: () => newId('p'),
            relationship: () => 'teammate' as const,
            specifics: () => ({}),
            tone: () => 'warm' as const,
            channel: () => 'email' as const,
            draft: () => '',
            status: () => 'todo' as const,
          },
        ),
      ),
    },
    { team: obj({ draft: text() }, { edited: bool(), status: oneOf(STATUSES), name: text(200), email: text(400), thanksFor: text(), moment: text() }, { draft: () => '' }) },
    { people: () => [] },
  );

  protected createDefault(): ThanksValue {
    return { people: [], team: { draft: '' } };
  }

  protected override applyContent(content: unknown): void {
    this.content = content as ThanksContent;
  }

  /** The LinkedIn limit in use (the attribute when it is a positive whole number, else 200). */
  get limit(): number {
    const n = this.linkedinLimit;
    return Number.isInteger(n) && n > 0 ? n : DEFAULT_LIMIT;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('content')) this.#content();
    if (changed.has('linkedinLimit') && this.limit !== this.linkedinLimit) {
      warnOnce(this, 'attr:linkedin-limit', `${describeElement(this)}: linkedin-limit="${this.getAttribute('linkedin-limit') ?? this.linkedinLimit}" is not a positive whole number; using ${DEFAULT_LIMIT}.`);
    }
  }

  // ---------- content ----------


  #templates(): Record<Tone, ToneTemplate> {
    const base = templates(this.t);
    const own = this.#content().templates ?? {};
    for (const tone of TONES) {
      const o = (own as Record<string, unknown>)[tone];
      if (o && typeof o === 'object') {
        for (const [k, v] of Object.entries(o)) if (typeof v === 'string' && (k in base[tone] || k === 'greeting')) base[tone][k as keyof ToneTemplate] = v;
      }
    }
    return base;
  }

  #content(): ThanksContent {
    const c = this.content as unknown;
    if (c === undefined) return {};
    if (typeof c !== 'object' || c === null || Array.isArray(c)) {
      warnOnce(this, 'content-shape', `${describeElement(this)}: content must be an object like { "templates": { "warm": { … } } }; the default content is kept.`);
      return {};
    }
    return c as ThanksContent;
  }

  #str(v: unknown, fallback: string): string {
    return typeof v === 'string' && v ? v : fallback;
  }

  #params() {
    const p = this.profile;
    return { company: p.company || this.t('thanks.theCompany', 'the company'), role: p.role, me: p.internName };
  }

  /** How the note addresses the person: their address, in the register of the note's tone. */
  #address(p: PersonInput): Addressee {
    return resolveAddress({ ...p, register: p.tone === 'formal' ? 'formal' : 'familiar' }, this.i18n.locale, p.relationship);
  }

  /** The draft the templates give for a person as they are now. */
  generate(person: PersonInput): string {
    const a = this.#address(person);
    const tone = TONES.includes(person.tone) ? person.tone : 'warm';
    let tpl = a.kind === 'team' ? teamTemplate(this.t, tone) : this.#templates()[tone];
    // A colleague's formal note: their help, not a supervisor's direction (unless the host wrote its own sentences).
    if (tone === 'formal' && a.kind === 'person' && (person.relationship === 'teammate' || person.relationship === 'staff')) {
      const host = ((this.#content().templates ?? {}) as Record<string, Record<string, unknown> | undefined>).formal ?? {};
      const peer = formalPeer(this.t);
      tpl = { ...tpl, ...(typeof host.opening === 'string' ? {} : { opening: peer.opening }), ...(typeof host.project === 'string' ? {} : { project: peer.project }) };
    }
    const own = a.kind === 'team' ? undefined : tpl.greeting;
    const locale = this.i18n.locale;
    // A formal note by mail or card opens as a letter (fr «Madame,»); a LinkedIn message greets the titled name.
    const greeting = own ? fillJoined(own, { first: a.given, name: person.name }, locale) : salutation(this.t, a, tone === 'formal' && person.channel !== 'linkedin' ? 'letter' : tone);
    return compose(tpl, { ...this.#params(), salutation: greeting, first: a.given, name: runningName(a), specifics: person.specifics, channel: person.channel, locale, limit: this.limit });
  }

  /** The whole-team note the template gives for the team note as it is now (or `note`). */
  generateTeam(note: Partial<TeamNote> = this.data.team ?? {}): string {
    const host = this.#content().team;
    return composeTeam(this.t, note, { ...this.#params(), locale: this.i18n.locale }, typeof host === 'string' && host ? host : undefined);
  }

  subjectFor(id: string): string {
    const c = this.#content();
    if (id === TEAM) {
      const team = teamCalled(this.data.team?.name, this.i18n.locale);
      return fill(this.#str(c.teamSubject, team ? this.t('thanks.teamNote.subjectNamed', 'Thank you, {team}') : this.t('thanks.team.subject', 'Thank you, team')), { team });
    }
    const p = this.#person(id);
    if (!p) return fill(this.#str(c.subject, this.t('thanks.subject', 'Thank you, {first}')), { first: '' });
    const a = this.#address(p);
    if (c.subject) return fill(c.subject, { first: a.given, name: p.name });
    if (a.kind === 'team') return this.t('thanks.team.subject', 'Thank you, team');
    return a.formal ? this.t('thanks.subject.formal', 'Thank you, {name}', { name: shortName(a) }) : this.t('thanks.subject', 'Thank you, {first}', { first: a.given });
  }

  // ---------- exports ----------

  /** The note's text exactly as drafted (a person's id, or `team`). */
  toText(id: string): string {
    return id === TEAM ? this.data.team?.draft ?? '' : this.#person(id)?.draft ?? '';
  }

  /** The `mailto:` URL (RFC 6068) that opens a note in the mail app. */
  toMailto(id: string): string {
    const to = id === TEAM ? this.data.team?.email : this.#person(id)?.email;
    return mailtoUrl({ to, subject: this.subjectFor(id), body: this.toText(id) });
  }

  /** Every note, with who it is for and its status. */
  toMarkdown(): string {
    const L = labels(this.t);
    const colon = this.t('core.colon', ':');
    const blocks: string[] = [mdHeading(1, this.t('thanks.title', 'Thank-you notes'))];
    for (const p of this.data.people) {
      blocks.push(
        mdHeading(2, p.name),
        [
          mdItem(`${this.t('thanks.relationship', 'Relationship')}${colon} ${L.relationship[p.relationship]}`),
          mdItem(`${this.t('thanks.channel', 'Channel')}${colon} ${L.channel[p.channel]}`),
          mdItem(`${this.t('thanks.status', 'Status')}${colon} ${L.status[p.status]}`),
        ].join('\n'),
      );
      if (p.draft) blocks.push(mdParagraph(p.draft));
    }
    const team = this.data.team?.draft;
    if (team) blocks.push(mdHeading(2, this.data.team?.name?.trim() || this.t('thanks.team.title', 'The whole team')), mdParagraph(team));
    return mdDocument(blocks, colon);
  }

  // ---------- editing ----------

  protected override onDataReplaced(): void {
    this.#undo.clear();
  }

  #person(id: string): ThanksPerson | undefined {
    return this.data.people.find((p) => p.id === id);
  }

  #over(p: { channel: Channel; draft: string } | undefined): boolean {
    return !!p && p.channel === 'linkedin' && [...p.draft].length > this.limit;
  }

  #update(id: string, patch: Partial<ThanksPerson>, regenerate = false): void {
    const before = this.#person(id);
    if (!before) return;
    let next = { ...before, ...patch };
    // The note's tone and the person's register are one choice: formal is usted / the plural of respect.
    if (patch.tone && !patch.register) next.register = patch.tone === 'formal' ? 'formal' : 'familiar';
    if (patch.register && !patch.tone && (patch.register === 'formal') !== (next.tone === 'formal')) next.tone = patch.register === 'formal' ? 'formal' : 'warm';
    if (regenerate && next.draft && !next.edited) next = { ...next, draft: this.generate(next) };
    this.commit({ ...this.data, people: this.data.people.map((p) => (p.id === id ? next : p)) });
    if (this.#over(before) !== this.#over(next)) {
      this.announce(
        this.#over(next)
          ? this.i18n.plural(this.limit, 'thanks.overLimit', { one: 'Over the LinkedIn limit of {n} character.', other: 'Over the LinkedIn limit of {n} characters.' })
          : this.t('thanks.underLimit', 'Within the LinkedIn limit again.'),
      );
    }
  }

  #setTeam(patch: Partial<TeamNote>, regenerate = false): void {
    let next: TeamNote = { draft: '', ...this.data.team, ...patch };
    // Like a person's details: a draft she hasn't edited follows the team's details.
    if (regenerate && next.draft && !next.edited) next = { ...next, draft: this.generateTeam(next) };
    for (const f of TEAM_FIELDS) if (!next[f]?.trim()) delete next[f];
    this.commit({ ...this.data, team: next });
  }

  /** Adds a person to thank (as a user edit: fires `change`); returns the new id. */
  addPerson(name: string, relationship: Relationship = 'teammate', email = '', linkedin = '', greeting = ''): string {
    // A supervisor is thanked formally by default, peers warmly, other staff briefly.
    const tone: Tone = relationship === 'supervisor' ? 'formal' : relationship === 'staff' ? 'brief' : 'warm';
    const person: ThanksPerson = { id: newId('p'), name: name.trim(), relationship, specifics: {}, tone, channel: 'email', draft: '', status: 'todo' };
    if (looksLikeTeam(person.name)) person.kind = 'team';
    if (greeting.trim()) person.greeting = greeting.trim();
    if (email.trim()) person.email = email.trim();
    if (linkedin.trim()) person.linkedin = webAddress(linkedin);
    this.commit({ ...this.data, people: [...this.data.people, person] });
    this.selected = person.id;
    this.announce(this.t('thanks.added', 'Added {name}.', { name: person.name }));
    return person.id;
  }

  #onAdd(e: Event): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const f = new FormData(form);
    const name = String(f.get('name') ?? '').trim();
    if (!name) {
      this.announce(this.t('thanks.nameNeeded', 'Type a name first.'));
      (form.elements.namedItem('name') as HTMLInputElement).focus();
      return;
    }
    this.addPerson(name, f.get('relationship') as Relationship, String(f.get('email') ?? ''), String(f.get('linkedin') ?? ''));
    form.reset();
    this.draftName = this.draftEmail = '';
  }

  /**
   * Writes the draft from the template. `moveFocus` when the button pressed goes away with it ("Write
   * the draft", "Replace draft"): focus goes to the new draft, or to Undo when it replaced her words,
   * rather than to <body>.
   */
  #write(id: string, moveFocus = false): void {
    this.confirming = undefined;
    // Her own words replaced by a new draft: kept for Undo.
    const before = id === TEAM ? this.data.team : this.#person(id);
    const kept = !!(before?.edited && before.draft);
    if (kept) this.#undo.keep({ id, draft: before.draft, edited: true, status: before.status }, 'draft');
    if (id === TEAM) {
      this.#setTeam({ draft: this.generateTeam(), edited: false, status: this.data.team?.status === 'sent' ? 'sent' : 'drafted' });
    } else {
      const p = this.#person(id)!;
      this.#update(id, { draft: this.generate(p), edited: false, status: p.status === 'sent' ? 'sent' : 'drafted' });
    }
    this.announce(this.t('thanks.written', 'Draft written. Edit it as you like.'));
    // Over her own words, Undo takes focus (the UndoController); otherwise the new draft does.
    if (moveFocus && !kept) void focusAfterUpdate(this, `#${CSS.escape(`d-${id}`)}`, `[data-regen="${CSS.escape(id)}"]`);
  }

  #regenerate(id: string): void {
    const edited = id === TEAM ? this.data.team?.edited : this.#person(id)?.edited;
    if (edited) {
      this.confirming = `regen:${id}`;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.confirm button')?.focus());
    } else this.#write(id);
  }

  #remove(id: string): void {
    const p = this.#person(id);
    if (!p) return;
    const people = this.data.people;
    const index = people.indexOf(p);
    // The next person takes the editor (else the previous one): focus goes to them in the list.
    const next = people[index + 1] ?? people[index - 1];
    this.confirming = undefined;
    this.commit({ ...this.data, people: this.#undo.remove(people, index, 'people', { focus: false }) as ThanksPerson[] });
    this.selected = next?.id;
    this.announce(this.t('thanks.removed', 'Removed {name}. Undo is available.', { name: p.name }));
    void focusAfterUpdate(this, next && this.#personButton(next.id), '[data-undo]', '#new-name', '.add summary');
  }

  /** Undo: the person back in their place (selected), or the edited draft back as it was. */
  #restore(): void {
    const group = this.#undo.removed?.group;
    if (group === 'people') {
      const r = this.#undo.restore(this.data.people)!;
      this.commit({ ...this.data, people: r.list as ThanksPerson[] });
      this.selected = r.item.id;
      this.announce(this.t('thanks.restored', 'Brought back: {name}.', { name: (r.item as ThanksPerson).name }));
    } else if (group === 'draft') {
      const { item } = this.#undo.take()!;
      const { id, draft, edited, status } = item as DraftBefore;
      if (id === TEAM) this.#setTeam({ draft, edited, status });
      else if (this.#person(id)) this.#update(id, { draft, edited, status: status ?? 'drafted' });
      this.announce(this.t('thanks.draftRestored', 'Your edited draft is back.'));
    }
  }

  #renderUndo(group: 'people' | 'draft'): TemplateResult | typeof nothing {
    return this.#undo.render(
      group,
      (item) => (group === 'people' ? this.t('thanks.removedShort', 'Removed {name}.', { name: (item as ThanksPerson).name }) : this.t('thanks.replaced', 'Draft replaced.')),
      this.t('thanks.undo', 'Undo'),
      () => this.#restore(),
    );
  }

  /** The person's button in the "People to thank" list. */
  #personButton(id: string): string {
    return `.people [data-id="${CSS.escape(id)}"]`;
  }

  #sent(id: string, channel: 'mail' | 'copy' | 'download' | 'sent'): void {
    this.emit('sf-send', { id, personId: id, channel });
  }

  #markSent(id: string): void {
    // The button stays focusable (aria-disabled) and now says "Sent ✓", so focus stays where it was.
    if ((id === TEAM ? this.data.team?.status : this.#person(id)?.status) === 'sent') return;
    if (id === TEAM) this.#setTeam({ status: 'sent' });
    else this.#update(id, { status: 'sent' });
    this.#sent(id, 'sent');
    this.announce(this.t('thanks.markedSent', 'Marked as sent.'));
  }

  async #copyNote(id: string): Promise<void> {
    if (await this.copy(this.toText(id))) this.#sent(id, 'copy');
  }

  #downloadNote(id: string): void {
    const name = id === TEAM ? this.t('thanks.team.title', 'The whole team') : this.#person(id)?.name ?? '';
    if (this.download(fileName(this.t('thanks.fileName', 'Thank you – {name}', { name }), 'txt'), this.toText(id), 'txt')) this.#sent(id, 'download');
  }

  // ---------- kit hooks ----------

  /** Ideas for this person only, from the kit's other steps, as clauses that fit the note's sentences. */
  #suggestions(p: ThanksPerson): Idea[] {
    return ideasFor(p, this.kit?.data, this.profile.supervisor, {
      tasks: this.kit?.tasks,
      locale: this.i18n.locale,
      // A to-do's title is an imperative ("Send Ana the handover doc"): named as a task, it fits every tone's project sentence.
      quote: (task) => this.t('thanks.ideaTask', 'the “{task}” task', { task }),
    });
  }

  /** Hands people to <keep-in-touch> through the kit; returns whether the kit handled it. */
  addToKeepInTouch(ids: readonly string[] = this.data.people.map((p) => p.id)): boolean {
    const people = ids.map((id) => this.#person(id)).filter((p): p is ThanksPerson => !!p);
    if (!this.kit || !people.length) return false;
    const ok = this.kit.request(
      'add-contacts',
      people.map(({ name, greeting, email, linkedin, relationship, title, form, register, kind }) => ({
        name, email, linkedin, how: labels(this.t).relationship[relationship],
        // Who they are travels with them: keep-in-touch writes to them as this note did.
        ...Object.fromEntries(Object.entries({ greeting, title, form, register, kind }).filter(([, v]) => v)),
      })),
    );
    this.announce(
      ok
        ? this.i18n.plural(people.length, 'thanks.kitAdded', { one: 'Added {n} person to Keep in touch.', other: 'Added {n} people to Keep in touch.' })
        : this.t('thanks.kitFailed', 'Keep in touch could not take them right now.'),
    );
    return ok;
  }

  // ---------- render ----------

  override render(): TemplateResult {
    const L = labels(this.t);
    const people = this.data.people;
    const current = people.find((p) => p.id === this.selected) ?? people[0];
    const sent = people.filter((p) => p.status === 'sent').length;
    return html`<div class="base" part="base" dir=${this.i18n.dir}>
      <h2>${this.t('thanks.title', 'Thank-you notes')}</h2>
      <p class="intro">${this.t('thanks.intro', 'Thank everyone who helped before you leave: supervisors, mentors, teammates and support staff. A specific, genuine note keeps your reputation strong and builds goodwill that can lead to referrals.')}</p>
      ${this.renderStatus()}
      <div class="layout">
        <section class="side" aria-labelledby="people-h">
          <h3 id="people-h">${this.t('thanks.people', 'People to thank')}</h3>
          ${people.length
            ? html`<p class="hint">${this.t('thanks.progress', '{sent} of {total} sent', { sent, total: people.length })}</p>
                <ul class="people" part="people">
                  ${repeat(people, (p) => p.id, (p) => html`<li>
                    <button class="person" data-id=${p.id} aria-current=${p === current ? 'true' : 'false'} @click=${() => ((this.selected = p.id), (this.confirming = undefined))}>
                      <span class="pname" dir="auto">${p.name}</span>
                      <span class="st st-${p.status}">${L.status[p.status]}</span>
                    </button>
                  </li>`)}
                </ul>`
            : html`<p class="empty">${this.t('thanks.empty', 'No one on your list yet. Start with your supervisor, then the people you worked with every day.')}</p>`}
          ${this.#renderUndo('people')}
          ${this.#renderAdd(L)}
          ${this.kit && people.length ? html`<button class="full" @click=${() => this.addToKeepInTouch()}>${this.t('thanks.kitAll', 'Add everyone to Keep in touch')}</button>` : nothing}
        </section>
        ${current ? this.#renderEditor(current, L) : nothing}
      </div>
      ${this.#renderTeam()}
      <div class="toolbar">
        <button @click=${() => this.copy(this.toMarkdown())}>${this.t('thanks.copyMd', 'Copy all as Markdown')}</button>
        <button @click=${() => this.download(fileName(this.t('thanks.title', 'Thank-you notes'), 'md'), this.toMarkdown(), 'md')}>${this.t('thanks.downloadMd', 'Download Markdown')}</button>
        <span class="spacer"></span>${this.renderSaved()}
      </div>
      ${this.renderPrint()}
    </div>`;
  }

  #renderAdd(L: ReturnType<typeof labels>): TemplateResult {
    const sup = this.profile.supervisor;
    const offerSup = sup && !this.data.people.some((p) => p.name.trim() === sup.trim());
    const badEmail = this.draftEmail.trim() && !isEmail(this.draftEmail);
    return html`${offerSup
        ? html`<button type="button" class="full" @click=${() => {
            // This button goes away once they are added: focus moves to their note's editor.
            const id = this.addPerson(sup, 'supervisor', this.profile.supervisorEmail ?? '', '', this.profile.supervisorGreeting ?? '');
            void focusAfterUpdate(this, '#ed-h', this.#personButton(id));
          }}>${this.t('thanks.addSupervisor', 'Add {name}, your supervisor', { name: sup })}</button>`
        : nothing}
      <details class="add card" ?open=${!this.data.people.length}><summary>${this.t('thanks.addTitle', 'Add a person')}</summary>
      <form @submit=${this.#onAdd}>
      <div class="field"><label for="new-name">${this.t('thanks.name', 'Name')}</label>
        <input id="new-name" name="name" dir="auto" autocomplete="off" .value=${this.draftName} @input=${(e: Event) => (this.draftName = (e.target as HTMLInputElement).value)} /></div>
      <div class="field"><label for="new-rel">${this.t('thanks.relationship', 'Relationship')}</label>
        <select id="new-rel" name="relationship">${RELATIONSHIPS.map((r) => html`<option value=${r} ?selected=${r === 'teammate'}>${L.relationship[r]}</option>`)}</select></div>
      <div class="field"><label for="new-email">${this.t('thanks.email', 'Email (optional)')}</label>
        <input id="new-email" name="email" type="email" dir="auto" aria-describedby="new-email-hint" @input=${(e: Event) => (this.draftEmail = (e.target as HTMLInputElement).value)} />
        <span id="new-email-hint" class="hint">${badEmail ? this.t('thanks.badEmail', 'This doesn’t look like an email address.') : ''}</span></div>
      <div class="field"><label for="new-li">${this.t('thanks.linkedin', 'LinkedIn profile (optional)')}</label>
        <input id="new-li" name="linkedin" type="text" inputmode="url" autocomplete="off" dir="ltr" placeholder="linkedin.com/in/…" /></div>
      <button class="primary full" type="submit">${this.t('thanks.add', 'Add person')}</button>
    </form></details>`;
  }

  #renderEditor(p: ThanksPerson, L: ReturnType<typeof labels>): TemplateResult {
    const id = p.id;
    const input = (key: keyof ThanksPerson, regen = false) => (e: Event) =>
      this.#update(id, { [key]: (e.target as HTMLInputElement).value }, regen);
    const url = p.linkedin ? safeWebUrl(p.linkedin) : undefined;
    const filled = SPECIFICS.filter((k) => p.specifics[k]?.trim());
    const noSpecific = p.draft ? !filled.some((k) => p.draft.includes(p.specifics[k]!.trim())) : !filled.length;
    const ideas = this.kit ? this.#suggestions(p) : [];
    const chars = [...p.draft].length;
    return html`<section class="editor card" part="editor" aria-labelledby="ed-h">
      <h3 id="ed-h" dir="auto" tabindex="-1">${this.t('thanks.noteFor', 'Note for {name}', { name: p.name })}</h3>
      <div class="grid">
        <div class="field"><label for="p-name">${this.t('thanks.name', 'Name')}</label>
          <input id="p-name" dir="auto" .value=${p.name} @change=${input('name', true)} /></div>
        <div class="field"><label for="p-greeting">${this.t('thanks.greeting', 'How to greet them')}</label>
          <input id="p-greeting" dir="auto" maxlength="200" aria-describedby="p-greeting-hint" placeholder=${greetingName(p.name)} .value=${p.greeting ?? ''} @change=${input('greeting', true)} />
          <span id="p-greeting-hint" class="hint">${this.t('thanks.greetingHint', 'Empty: the note says “{name}”.', { name: greetingName(p.name) })}</span></div>
        <div class="field"><label for="p-rel">${this.t('thanks.relationship', 'Relationship')}</label>
          <select id="p-rel" @change=${input('relationship')}>${RELATIONSHIPS.map((r) => html`<option value=${r} .selected=${r === p.relationship}>${L.relationship[r]}</option>`)}</select></div>
        <div class="field"><label for="p-email">${this.t('thanks.email', 'Email (optional)')}</label>
          <input id="p-email" type="email" dir="auto" .value=${p.email ?? ''} @change=${input('email')} /></div>
        <div class="field"><label for="p-li">${this.t('thanks.linkedin', 'LinkedIn profile (optional)')}</label>
          <input id="p-li" type="text" inputmode="url" autocomplete="off" dir="ltr" placeholder="linkedin.com/in/…" .value=${p.linkedin ?? ''}
            @change=${(e: Event) => this.#update(id, { linkedin: webAddress((e.target as HTMLInputElement).value) })} />
          ${url ? html`<a class="hint" href=${url} target="_blank" rel="noopener noreferrer">${this.t('thanks.openLinkedin', 'Open LinkedIn profile')}</a>` : nothing}</div>
        ${addressFields({ id: 'p-', t: this.t, person: p, address: this.#address(p), preview: this.generate({ ...p, channel: 'email', specifics: {} }).split('\n')[0], onChange: (patch) => this.#update(id, patch, true) })}
        <div class="field"><label for="p-status">${this.t('thanks.status', 'Status')}</label>
          <select id="p-status" @change=${input('status')}>${STATUSES.map((s) => html`<option value=${s} .selected=${s === p.status}>${L.status[s]}</option>`)}</select></div>
      </div>
      <fieldset>
        <legend>${this.t('thanks.specifics', 'What makes it genuine')}</legend>
        <p class="hint">${this.t('thanks.specificsHint', 'One or two real details make the note worth keeping.')}</p>
        ${SPECIFICS.map((k) => html`<div class="field">
          <label for="s-${k}">${L.specific[k][0]}</label>
          <textarea id="s-${k}" class="short" dir="auto" rows="2" placeholder=${L.specific[k][1]} .value=${p.specifics[k] ?? ''}
            @input=${(e: Event) => this.#update(id, { specifics: { ...p.specifics, [k]: (e.target as HTMLTextAreaElement).value } }, true)}></textarea>
          ${ideas.some((i) => i.field === k)
            ? html`<details class="ideas"><summary>${this.t('thanks.ideas', 'Ideas from your reflection and feedback')}</summary><ul>
                ${ideas.filter((i) => i.field === k).map(({ text: s }) => html`<li><span dir="auto">${s}</span>
                  <button type="button" aria-label=${this.t('thanks.useThisFor', 'Use this for “{field}”: {text}', { field: L.specific[k][0], text: s.slice(0, 60) })}
                    @click=${() => this.#update(id, { specifics: { ...p.specifics, [k]: s } }, true)}>${this.t('thanks.useThis', 'Use this')}</button></li>`)}
              </ul></details>`
            : nothing}
        </div>`)}
      </fieldset>
      <div class="choices">
        ${this.#radios('tone', TONES, p.tone, L.tone, this.t('thanks.tone', 'Tone'), (v) => this.#update(id, { tone: v as Tone }, true))}
        ${this.#radios('channel', CHANNELS, p.channel, L.channel, this.t('thanks.channel', 'Channel'), (v) => this.#update(id, { channel: v as Channel }, true))}
      </div>
      ${noSpecific ? html`<p class="notice warn"><span aria-hidden="true">⚠</span><span>${this.t('thanks.noSpecific', 'This note has nothing specific yet. Name a project, a lesson or a moment: that is what makes a thank-you genuine.')}</span></p>` : nothing}
      ${this.#renderDraft(id, p.draft, p.channel === 'linkedin' ? html`<p id="count-${id}" class="count ${chars > this.limit ? 'over' : ''}">${this.t('thanks.count', '{chars} / {limit}', { chars, limit: this.limit })}
          ${chars > this.limit ? html`<span>${this.t('thanks.tooLong', 'Too long for LinkedIn: shorten it.')}</span>` : nothing}</p>` : nothing, p.status, p.email)}
      <div class="toolbar">
        ${this.kit ? html`<button @click=${() => this.addToKeepInTouch([id])}>${this.t('thanks.kitOne', 'Add to Keep in touch')}</button>` : nothing}
        <span class="spacer"></span>
        ${this.confirming === `remove:${id}`
          ? html`<span class="confirm" role="group" aria-label=${this.t('thanks.confirmRemoveLabel', 'Confirm removal')}>
              <button class="danger" @click=${() => this.#remove(id)}>${this.t('thanks.confirmRemove', 'Yes, remove {name}', { name: p.name })}</button>
              <button @click=${() => (this.confirming = undefined)}>${this.t('thanks.cancel', 'Cancel')}</button></span>`
          : html`<button class="danger ghost" @click=${() => {
              this.confirming = `remove:${id}`;
              void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.confirm button')?.focus());
            }}>${this.t('thanks.remove', 'Remove')}</button>`}
      </div>
    </section>`;
  }

  #radios<K extends string>(name: string, keys: readonly K[], value: K, names: Record<K, string>, legend: string, set: (v: string) => void): TemplateResult {
    return html`<fieldset class="radios"><legend>${legend}</legend>
      ${keys.map((k) => html`<label><input type="radio" name=${name} value=${String(k)} .checked=${k === value} @change=${() => set(k)} />${names[k]}</label>`)}
    </fieldset>`;
  }

  #renderDraft(id: string, draft: string, extra: TemplateResult | typeof nothing, status: Status | undefined, email?: string): TemplateResult {
    const label = id === TEAM ? this.t('thanks.team.draft', 'Team note') : this.t('thanks.draft', 'Draft');
    const did = `d-${id}`;
    // Once the user has typed in the draft, keep the editor even when they delete every character.
    const edited = id === TEAM ? this.data.team?.edited : this.#person(id)?.edited;
    return html`<div class="field">
        <label for=${did}>${label}</label>
        ${draft || edited
          ? html`<textarea id=${did} part="draft" class="draft" dir="auto" rows="9" aria-describedby=${extra === nothing ? nothing : `count-${id}`} .value=${draft}
              @input=${(e: Event) => {
                const v = (e.target as HTMLTextAreaElement).value;
                const st = status === 'todo' ? 'drafted' : status;
                if (id === TEAM) this.#setTeam({ draft: v, edited: true, status: st });
                else this.#update(id, { draft: v, edited: true, status: st });
              }}></textarea>${extra}`
          : html`<p class="empty" id=${did}>${this.t('thanks.noDraft', 'No draft yet. Add a detail or two above, then write the draft.')}</p>`}
      </div>
      ${this.confirming === `regen:${id}`
        ? html`<div class="confirm notice" role="group" aria-label=${this.t('thanks.confirmLabel', 'Confirm regenerate')}>
            <span>${this.t('thanks.confirmRegen', 'Replace your edited draft with a new one? You can undo this.')}</span>
            <button class="danger" @click=${() => this.#write(id, true)}>${this.t('thanks.replace', 'Replace draft')}</button>
            <button @click=${() => {
              this.confirming = undefined;
              this.announce(this.t('thanks.kept', 'Your edits are kept.'));
              // The question goes away with this button: back to "Regenerate", which asked it.
              void focusAfterUpdate(this, `[data-regen="${CSS.escape(id)}"]`, `#${CSS.escape(did)}`);
            }}>${this.t('thanks.keep', 'Keep my edits')}</button>
          </div>`
        : nothing}
      ${this.#undo.removed?.item.id === id ? this.#renderUndo('draft') : nothing}
      <div class="toolbar">
        ${draft
          ? html`<button data-regen=${id} @click=${() => this.#regenerate(id)}>${this.t('thanks.regenerate', 'Regenerate')}</button>
              <a class="button primary" href=${id === TEAM ? this.toMailto(TEAM) : mailtoUrl({ to: email, subject: this.subjectFor(id), body: draft })} @click=${() => this.#sent(id, 'mail')}>${this.t('thanks.mail', 'Open in mail app')}</a>
              <button @click=${() => this.#copyNote(id)}>${this.t('thanks.copy', 'Copy')}</button>
              <button @click=${() => this.#downloadNote(id)}>${this.t('thanks.downloadTxt', 'Download .txt')}</button>
              <button aria-disabled=${status === 'sent' ? 'true' : 'false'} @click=${() => this.#markSent(id)}>${status === 'sent' ? this.t('thanks.isSent', 'Sent ✓') : this.t('thanks.markSent', 'Mark as sent')}</button>`
          : html`<button class="primary" @click=${() => this.#write(id, true)}>${this.t('thanks.write', 'Write the draft')}</button>`}
      </div>`;
  }

  #renderTeam(): TemplateResult {
    const team = this.data.team ?? { draft: '' };
    const fields: Record<TeamField, { label: string; placeholder?: string; type?: 'text' | 'email' }> = {
      name: { label: this.t('thanks.teamNote.name', 'Team name (optional)'), placeholder: this.t('thanks.teamNote.namePlaceholder', 'e.g. Data team') },
      email: { label: this.t('thanks.teamNote.email', 'Team email list (optional)'), type: 'email' },
      thanksFor: { label: this.t('thanks.teamNote.for', 'What you thank them for'), placeholder: this.t('thanks.teamNote.forPlaceholder', 'e.g. welcoming me and answering every question') },
      moment: { label: this.t('thanks.teamNote.momentLabel', 'A moment with the team (optional)'), placeholder: this.t('thanks.teamNote.momentPlaceholder', 'e.g. the Friday demos') },
    };
    const badEmail = !!team.email?.trim() && !isEmail(team.email);
    return html`<section class="team card" part="team" aria-labelledby="team-h">
      <h3 id="team-h">${this.t('thanks.team.title', 'The whole team')}</h3>
      <p class="hint">${this.t('thanks.team.hint', 'One short note to everyone, in addition to your personal notes, for your last day.')}</p>
      <div class="grid">
        ${TEAM_FIELDS.map((f) => {
          const { label, placeholder, type } = fields[f];
          const long = f === 'thanksFor' || f === 'moment';
          const set = (e: Event) => this.#setTeam({ [f]: (e.target as HTMLInputElement).value }, true);
          return html`<div class="field ${long ? 'wide' : ''}"><label for="team-${f}">${label}</label>
            ${long
              ? html`<textarea id="team-${f}" class="short" dir="auto" rows="2" placeholder=${placeholder ?? ''} .value=${team[f] ?? ''} @input=${set}></textarea>`
              : html`<input id="team-${f}" type=${type ?? 'text'} dir="auto" maxlength=${f === 'name' ? 200 : 400} autocomplete="off" placeholder=${placeholder ?? ''}
                  aria-describedby=${f === 'email' ? 'team-email-hint' : nothing} .value=${team[f] ?? ''} @change=${set} />`}
            ${f === 'email' ? html`<span id="team-email-hint" class="hint">${badEmail ? this.t('thanks.badEmail', 'This doesn’t look like an email address.') : ''}</span>` : nothing}
          </div>`;
        })}
      </div>
      ${this.#renderDraft(TEAM, team.draft, nothing, team.status ?? (team.draft ? 'drafted' : 'todo'), team.email)}
    </section>`;
  }
}
