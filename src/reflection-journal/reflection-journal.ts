import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { SfElement } from '../core/base-element.js';
import { focusAfterUpdate } from '../core/controllers/focus.js';
import { UndoController } from '../core/controllers/undo.js';
import { DROP, list, num, obj, text, type Rule } from '../core/schema.js';
import { describeElement, warnOnce } from '../core/warn.js';
import { escapeMarkdown, mdDocument, mdField, mdHeading, mdItem, mdParagraph } from '../core/formats/markdown.js';
import { countWords, fileName } from '../core/formats/text.js';
import { toJSONResume, type JsonResume } from '../core/formats/json-resume.js';
import { buildBullet, move } from './bullet.js';
import { nextStepIdeas, recommendation } from './suggestions.js';
import {
  THEMES,
  defaultFrameworks,
  defaultMoods,
  defaultVerbs,
  themeLabels,
  type Framework,
  type JournalContent,
  type Theme,
} from './content.js';
import { styles } from './styles.js';
import { SKILL_IDS } from './content.js';
import { englishSkill, isEnglishPrompt, REFLECTION_VERSION, reflectionMigrations, skillTextId, shownReflection, storedReflection } from './model.js';
import { loadedTextsOf } from '../core/i18n.js';
import { itemSource, type ItemSource } from '../core/model/items.js';

export type { JournalContent, Framework, Theme };

export interface JournalEntry {
  id: string;
  /** One of the six themes, or a theme the host's or programme's content adds (issue #30). */
  theme: Theme | (string & {});
  /**
   * The framework's prompt for the theme. In `value` always filled in; stored only when it is none of
   * the kit's or the host's prompts (issue #28): the kit's prompts follow the page's language.
   */
  prompt: string;
  text: string;
  /** The skills she tagged: in `value` their names; stored by key (a default skill's id, else its name). */
  skills: string[];
  /** 1-based position on the mood scale. */
  mood?: number;
}

export interface JournalSkill {
  /** A default skill's id (one of the NACE competencies); absent on her own skills and the host's. */
  id?: string;
  /** `default`: the kit's, stored by id, its name looked up in the page's language. */
  from?: ItemSource;
  /** In `value` always filled in; stored only when it is hers (or the host's). */
  name: string;
  /** Confidence 1–5 before the internship. */
  before?: number;
  /** Confidence 1–5 now. */
  after?: number;
}

export interface ReflectionValue {
  framework: string;
  summary: string;
  entries: JournalEntry[];
  skills: JournalSkill[];
  bullets: string[];
}

const entryRule = obj(
  // Any theme id: a programme's own theme (issue #30) is kept, also by a build or a page that doesn't know it.
  { id: text(200), theme: text(100), text: text(), skills: list(text(200)) },
  { prompt: text(2000), mood: num(1, 10) },
  { text: () => '', skills: () => [] },
);
const skillFields = obj({}, { id: text(200), from: itemSource, name: text(200), before: num(1, 5), after: num(1, 5) });
/** A skill as stored: a default one by id, any other with its name. */
const skillRule: Rule<JournalSkill> = (input, path, issues) => {
  const s = skillFields(input, path, issues);
  if (s === DROP || typeof s.name === 'string' || (s.from === 'default' && englishSkill(s.id ?? '') !== undefined)) return s as JournalSkill;
  issues.push(`${path}.name: missing`);
  return DROP;
};
/** Entries rendered before "Show more" (like the checklist's rows): keeps 10,000 entries from freezing the page. */
const PAGE = 50;
const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');

/**
 * A guided reflection journal for the end of an internship: a one-sentence summary, prompts in six
 * themes (the industry, yourself, what worked, what didn't, career fit, next steps) under a choice of
 * frameworks, skills tagged and rated before/after, a mood per section, and a résumé bullet builder.
 *
 * @summary Reflect on the internship and turn it into résumé bullets and next steps.
 *
 * @fires change - After every edit by the user (never after assigning `value`).
 * @fires sf-bullet - `{ tag, text, action: 'created' | 'copied' }` when a résumé bullet is added or copied.
 * @fires sf-export - `{ format, tag }` after copy, download or print.
 *
 * @csspart base - The outer container.
 * @csspart header - Title, intro and summary.
 * @csspart section - One theme's card.
 * @csspart skills - The skills and confidence card.
 * @csspart builder - The résumé bullet builder and the list of bullets.
 * @csspart toolbar - Export buttons.
 * @csspart notice - The storage warning.
 * @csspart saved - The last-saved time.
 * @csspart print - The print view, rendered only while printing: what the Markdown export shows.
 *
 * @cssprop --sf-accent - Buttons, focus and selected states.
 * @cssprop --sf-surface - Background.
 * @cssprop --sf-surface-alt - Cards' tint and previews.
 * @cssprop --sf-text - Text colour.
 * @cssprop --sf-border - Borders.
 * @cssprop --sf-radius - Corner radius.
 * @cssprop --sf-font - Font family.
 *
 * @slot intro - Replaces the introduction under the title.
 */
export class ReflectionJournal extends SfElement<ReflectionValue> {
  static override styles = [...SfElement.styles, styles];
  static override kitSlot = 'reflection';
  static override schemaVersion = REFLECTION_VERSION;
  /** @internal The kit's copy of this step's value as stored: prompts and default skills by id (issue #28). */
  static storedForm = storedReflection;
  /** @internal The kit's stored copy with the prompts and skills' names in the kit's language. */
  static shownForm = shownReflection;
  static override migrations = reflectionMigrations;

  /** Prompts, frameworks, skills and verbs from the host (see `JournalContent`). */
  @property({ attribute: false }) content?: JournalContent;

  /** Labels of the mood or energy scale, low to high (2–10). Attribute: comma-separated `mood-scale`. */
  @property({
    attribute: 'mood-scale',
    converter: { fromAttribute: (v: string | null) => (v === null ? undefined : v.split(',').map((s) => s.trim())) },
  })
  moodScale?: string[];

  @state() private hostContent: JournalContent = {};
  @state() private draft = { source: '', verb: '', what: '', result: '' };
  @state() private bulletLimit = 50;
  // A removed bullet comes back where it was with Undo; focus then goes to its row.
  readonly #undo = new UndoController<string>(this, {
    focusItem: (_b, r) => () => this.renderRoot.querySelector(`.bullets [data-i="${r.index}"] button`),
    fallback: '#verb',
  });
  /** How many entries (in theme order) are rendered; exports, totals and printing use all of them. */
  @state() private shown = PAGE;
  #scale?: string[];

  protected schema: Rule<ReflectionValue> = obj(
    { framework: text(60), summary: text(), entries: list(entryRule), skills: list(skillRule), bullets: list(text(2000)) },
    {},
    {
      framework: () => 'seed',
      summary: () => '',
      entries: () => this.createDefault().entries,
      skills: () => this.createDefault().skills,
      bullets: () => [],
    },
  ) as unknown as Rule<ReflectionValue>;

  /** Built-in frameworks merged with the host's. */
  get frameworks(): Record<string, Framework> {
    const all = defaultFrameworks(this.t);
    for (const source of [this.hostContent, this.#valid(this.content, 'content')]) {
      for (const [id, fw] of Object.entries(source.frameworks ?? {})) all[id] = { ...all[id], ...fw, prompts: { ...all[id]?.prompts, ...fw.prompts } };
    }
    return all;
  }

  get #content(): JournalContent {
    return { ...this.hostContent, ...this.#valid(this.content, 'content') };
  }

  get #moods(): string[] {
    return this.#scale ?? defaultMoods(this.t);
  }

  /** The host's or programme's `themes`: new names for the six, and themes of its own (with `label`, and `prompt`). */
  #ownThemes(): { id: string; label: string; prompt?: string }[] {
    const own = (this.#content as { themes?: unknown }).themes;
    return Array.isArray(own) ? own.filter((th) => th && typeof th.id === 'string' && th.id && typeof th.label === 'string') : [];
  }

  /** The journal's themes, in order: the kit's six, then the ones the content adds. */
  #themes(): string[] {
    return [...new Set([...THEMES, ...this.#ownThemes().map((th) => th.id)])];
  }

  /**
   * The themes' names: the kit's, renamed by the content's `themes`, and the content's own. A theme the
   * content no longer has (where she wrote before a programme dropped it) is "Other".
   */
  #themeLabels(): Record<string, string> {
    const labels: Record<string, string> = themeLabels(this.t);
    for (const th of this.#ownThemes()) labels[th.id] = th.label;
    const other = this.t('reflection.theme.other', 'Other themes');
    return new Proxy(labels, { get: (target, key) => (typeof key === 'string' ? target[key] ?? other : undefined) });
  }

  #framework(data = this.data): Framework {
    const all = this.frameworks;
    return all[data.framework] ?? all.seed;
  }

  #prompt(theme: string, fw = this.#framework()): string {
    const prompts = fw.prompts as Record<string, string | undefined>;
    const seed = defaultFrameworks(this.t).seed.prompts as Record<string, string | undefined>;
    return prompts[theme] ?? seed[theme] ?? this.#ownThemes().find((th) => th.id === theme)?.prompt ?? '';
  }

  /** The data a new reflection starts with: the default content by id (prompts and skill names are looked up at render). */
  protected createDefault(): ReflectionValue {
    const own = this.#content.skills;
    return {
      framework: 'seed',
      summary: '',
      entries: this.#themes().map((theme) => ({ id: theme, theme, text: '', skills: [] }) as unknown as JournalEntry),
      skills: own ? own.map((name) => ({ name })) : SKILL_IDS.map((id) => ({ id, from: 'default' }) as JournalSkill),
      bullets: [],
    };
  }

  /**
   * Every theme gets an entry, so each prompt has a place to write. Default content is stored by id
   * (issue #28): a prompt that is one of the frameworks' is dropped, a default skill keeps no name while
   * it is the kit's own (in English, the page's language or any catalogue loaded), and entries name
   * skills by key.
   */
  protected override clean(input: unknown, source: string): ReflectionValue {
    const v = super.clean(input, source);
    const skills = v.skills.map((s) => this.#skillById(s));
    const keyOf = new Map<string, string>();
    for (const s of skills) if (s.from === 'default' && s.id) for (const name of this.#defaultSkillNames(s.id)) keyOf.set(name, s.id);
    const kitPrompts = this.#kitPrompts();
    const entries = v.entries.map((e) => {
      const next = { ...e, skills: e.skills.length ? [...new Set(e.skills.map((k) => (SKILL_IDS.includes(k) ? k : keyOf.get(k) ?? k)))] : e.skills };
      if (next.prompt !== undefined && (isEnglishPrompt(next.prompt) || kitPrompts.has(next.prompt))) delete (next as Partial<JournalEntry>).prompt;
      return next;
    });
    const have = new Set(entries.map((e) => e.theme));
    for (const theme of this.#themes()) if (!have.has(theme)) entries.push({ id: theme, theme, text: '', skills: [] } as unknown as JournalEntry);
    return { ...v, skills, entries };
  }

  /** `value` shows whole items: each entry's prompt and skills' names, each skill's name, in the page's language. */
  protected override toValue(data: ReflectionValue): ReflectionValue {
    const fw = this.#framework(data);
    const names = new Map(data.skills.map((s) => [this.#skillKey(s), this.#skillName(s)]));
    return {
      ...data,
      entries: data.entries.map((e) => ({ ...e, prompt: e.prompt ?? this.#prompt(e.theme, fw), skills: e.skills.map((k) => names.get(k) ?? k) })),
      skills: data.skills.map((s) => (s.name === this.#skillName(s) ? s : { ...s, name: this.#skillName(s) })),
    };
  }

  /** The names a default skill has had: English, the page's language now, every catalogue loaded. */
  #defaultSkillNames(id: string): string[] {
    const english = englishSkill(id);
    return english === undefined ? [] : [english, this.t(skillTextId(id), english), ...loadedTextsOf(skillTextId(id))];
  }

  /** How entries name a skill: a default's id, else its name. */
  #skillKey(s: JournalSkill): string {
    return s.from === 'default' && s.id ? s.id : s.name;
  }

  /** A skill's name as shown: hers, else the default's in the page's language. */
  #skillName(s: JournalSkill): string {
    if (s.from !== 'default' || !s.id || englishSkill(s.id) === undefined) return s.name ?? '';
    if (s.name !== undefined && !this.#defaultSkillNames(s.id).includes(s.name)) return s.name;
    return this.t(skillTextId(s.id), englishSkill(s.id)!);
  }

  /** A skill as stored: a default one (by id, or by its name in any language known) keeps no name unless she renamed it. */
  #skillById(s: JournalSkill): JournalSkill {
    let id = s.from === 'default' ? s.id : undefined;
    if (s.from === undefined && s.id === undefined && typeof s.name === 'string') id = SKILL_IDS.find((d) => this.#defaultSkillNames(d).includes(s.name));
    if (!id || englishSkill(id) === undefined) return s;
    const next = { ...s, id, from: 'default' as const };
    if (next.name !== undefined && this.#defaultSkillNames(id).includes(next.name)) delete (next as Partial<JournalSkill>).name;
    return next;
  }

  /** The frameworks' prompts besides the English ones: the kit's in this language and any catalogue loaded, and the host's. */
  #kitPrompts(): Set<string> {
    const out = new Set<string>();
    for (const fw of Object.values(this.frameworks)) for (const p of Object.values(fw.prompts)) if (p) out.add(p);
    for (const fw of ['seed', 'rolfe', 'deal', 'gibbs']) for (const theme of THEMES) for (const p of loadedTextsOf(`reflection.${fw}.${theme}`)) out.add(p);
    return out;
  }

  /** The comma between a bullet's action and its result, in the widget's language. */
  #comma(): string {
    return this.t('reflection.bullet.comma', ', ');
  }

  /** Renders 200 more entries and moves focus to the first of them (the button itself goes away at the end). */
  async #showMore(): Promise<void> {
    const first = this.shown;
    this.shown = first + 200;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>(`#t${first}`)?.focus();
  }

  protected override onDataReplaced(): void {
    this.#undo.clear();
  }

  protected override applyContent(content: unknown): void {
    this.hostContent = this.#valid(content, 'content');
    this.data = this.createDefault();
  }

  #valid(c: unknown, attr: string): JournalContent {
    if (c === undefined) return {};
    const ok =
      typeof c === 'object' &&
      c !== null &&
      !Array.isArray(c) &&
      (!('skills' in c) || strings(c.skills)) &&
      (!('verbs' in c) || strings(c.verbs)) &&
      (!('frameworks' in c) ||
        (typeof c.frameworks === 'object' &&
          c.frameworks !== null &&
          Object.values(c.frameworks).every(
            (f: Framework) => f && typeof f.label === 'string' && typeof f.prompts === 'object' && f.prompts && Object.values(f.prompts).every((p) => typeof p === 'string'),
          )));
    if (ok) return c as JournalContent;
    warnOnce(this, `bad:${attr}`, `${describeElement(this)}: ${attr} must be { frameworks?, skills?: string[], verbs?: string[] }; the default content is kept.`);
    return {};
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('moodScale')) {
      const s = this.moodScale;
      this.#scale = undefined;
      if (s !== undefined) {
        if (strings(s) && s.length >= 2 && s.length <= 10) this.#scale = [...s];
        else warnOnce(this, 'attr:mood-scale', `${describeElement(this)}: mood-scale must be 2 to 10 comma-separated labels; the default scale is kept.`);
      }
    }
    if (changed.has('content') || changed.has('hostContent')) {
      // A theme the content adds (a programme's, arriving after her data) gets its entry to write in; in
      // memory, saved with her next edit.
      const have = new Set(this.data.entries.map((e) => e.theme));
      const missing = this.#themes().filter((theme) => !have.has(theme));
      if (missing.length) this.data = { ...this.data, entries: [...this.data.entries, ...missing.map((theme) => ({ id: theme, theme, text: '', skills: [] }) as unknown as JournalEntry)] };
    }
    if (changed.has('content')) {
      const skills = this.#content.skills;
      // New skill list from the host: take it while the intern hasn't rated or tagged anything.
      if (skills && !this.data.skills.some((s) => s.before || s.after) && !this.data.entries.some((e) => e.skills.length)) {
        this.data = { ...this.data, skills: skills.map((name) => ({ name })) };
      }
    }
  }

  // ----- edits -----

  #entry(id: string, patch: Partial<JournalEntry>): void {
    this.commit({ ...this.data, entries: this.data.entries.map((e) => (e.id === id ? { ...e, ...patch } : e)) });
  }

  /** Switches framework; answers stay with their theme, prompts follow the framework. */
  setFramework(id: string): void {
    const fw = this.frameworks[id];
    if (!fw || id === this.data.framework) return;
    // Prompts are the framework's, looked up at render: none is stored.
    this.commit({ ...this.data, framework: id, entries: this.data.entries.map(({ prompt: _p, ...e }) => e as JournalEntry) });
    this.announce(this.t('reflection.fwChanged', 'Prompts changed to {name}. Your answers are kept.', { name: fw.label }));
  }

  #rate(i: number, key: 'before' | 'after', value: string): void {
    const skills = this.data.skills.map((s, j) => {
      if (j !== i) return s;
      const next = { ...s };
      if (value) next[key] = Number(value);
      else delete next[key];
      return next;
    });
    this.commit({ ...this.data, skills });
  }

  #addSkill(e: Event): void {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('skill') as HTMLInputElement;
    const name = input.value.trim();
    if (!name || this.data.skills.some((s) => this.#skillName(s) === name)) return;
    this.commit({ ...this.data, skills: [...this.data.skills, { name }] });
    input.value = '';
    this.announce(this.t('reflection.skillAdded', 'Added {name}.', { name }));
  }

  /** Tags or untags a skill (by its key: a default's id, else its name). */
  #toggleSkill(entry: JournalEntry, key: string): void {
    const skills = entry.skills.includes(key) ? entry.skills.filter((s) => s !== key) : [...entry.skills, key];
    this.#entry(entry.id, { skills });
  }

  /** Adds a résumé bullet (also what the builder's button does); fires `sf-bullet`. */
  addBullet(bullet: string): void {
    const text = bullet.trim();
    if (!text) return;
    this.commit({ ...this.data, bullets: [...this.data.bullets, text] });
    this.emit('sf-bullet', { text, action: 'created' });
    this.announce(this.t('reflection.bulletAdded', 'Bullet added to your list.'));
  }

  async #copyBullet(text: string): Promise<void> {
    await this.copy(text);
    this.emit('sf-bullet', { text, action: 'copied' });
  }

  async #moveBullet(i: number, delta: number): Promise<void> {
    const to = i + delta;
    if (to < 0 || to >= this.data.bullets.length) return;
    this.commit({ ...this.data, bullets: move(this.data.bullets, i, delta) });
    this.announce(this.t('reflection.moved', 'Moved to position {number}.', { number: to + 1 }));
    await this.updateComplete;
    const li = this.renderRoot.querySelector(`[data-i="${to}"]`);
    const [same, other] = delta < 0 ? ['.up', '.down'] : ['.down', '.up'];
    (li?.querySelector<HTMLButtonElement>(`${same}:not([disabled])`) ?? li?.querySelector<HTMLButtonElement>(other))?.focus();
  }

  #bulletKey(e: KeyboardEvent): void {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    const li = (e.target as HTMLElement).closest('li');
    if (!li) return;
    e.preventDefault();
    void this.#moveBullet(Number(li.dataset.i), e.key === 'ArrowUp' ? -1 : 1);
  }

  #submitBullet(e: Event): void {
    e.preventDefault();
    const { verb, what, result } = this.draft;
    const text = buildBullet(verb, what, result, this.#comma());
    if (!text) return;
    this.addBullet(text);
    this.draft = { ...this.draft, verb: '', what: '', result: '' };
    // "Add bullet" is disabled once the fields are empty, which dropped focus to <body>: start the next one.
    void focusAfterUpdate(this, '#verb');
  }

  async #startBullet(entry: JournalEntry): Promise<void> {
    this.draft = { ...this.draft, source: entry.id };
    await this.updateComplete;
    (this.renderRoot.querySelector('#verb') as HTMLElement | null)?.focus();
  }

  /**
   * Next-step ideas from `<feedback-questions>` in the kit: her takeaways from the talk and her "what I'll
   * do next" list, in her language. Never the supervisor's words (see `nextStepIdeas`).
   */
  get suggestions(): string[] {
    return nextStepIdeas(this.kit?.data?.feedback, this.i18n.locale);
  }

  /** What a résumé bullet can draw on in the kit: the handover's projects and the intern's completed tasks. */
  get bulletSources(): string[] {
    const projects = (this.kit?.data?.planner as { projects?: unknown } | undefined)?.projects;
    const out = new Set<string>();
    if (Array.isArray(projects)) for (const p of projects) if (typeof p?.name === 'string' && p.name.trim()) out.add(p.name.trim());
    for (const task of this.kit?.tasks ?? []) if (task.done && task.custom) out.add(task.text.trim());
    return [...out].slice(0, 20);
  }

  #insert(id: string, s: string): void {
    const text = this.data.entries.find((e) => e.id === id)?.text ?? '';
    this.#entry(id, { text: text ? `${text.replace(/\s+$/, '')}\n${s}` : s });
    this.announce(this.t('reflection.inserted', 'Added to next steps.'));
  }

  // ----- exports -----

  /**
   * The internship as a JSON Resume (schema v1.0.0): a `work` entry with the summary and the résumé
   * bullets as `highlights`, the skills, and — inside the kit — the supervisor as a reference with their
   * quote once they agreed in writing.
   */
  toJSONResume(): JsonResume {
    return toJSONResume({ profile: this.profile, reflection: this.toValue(this.data), feedback: this.kit?.data.feedback });
  }

  /** The whole reflection as Markdown: summary, sections, skills, bullets. */
  toMarkdown(): string {
    const t = this.t;
    const labels = this.#themeLabels();
    const moods = this.#moods;
    const p = this.profile;
    const who = this.i18n.items([p.internName, p.role, p.company].filter((x): x is string => !!x));
    const rated = this.data.skills.filter((s) => s.before || s.after);
    const names = this.#skillNames();
    const rate = (n?: number) => (n ? this.i18n.number(n) : '–');
    // Built once: the frameworks getter translates every prompt (it was called once per entry).
    const fw = this.#framework();
    return mdDocument([
      mdHeading(1, t('reflection.title', 'Reflect on your internship')),
      who && mdParagraph(who),
      this.data.summary && mdField(t('reflection.summary', 'Your internship in one sentence'), this.data.summary),
      ...this.#sorted()
        .filter((e) => e.text || e.mood || e.skills.length)
        .map((e) =>
          [
            mdHeading(2, labels[e.theme]),
            `*${escapeMarkdown(this.#prompt(e.theme, fw)).replace(/\\\n/g, ' ')}*`,
            e.text && mdParagraph(e.text),
            e.mood && moods[e.mood - 1] && mdField(t('reflection.mood', 'Energy'), moods[e.mood - 1]),
            e.skills.length > 0 && mdField(t('reflection.skillsUsed', 'Skills'), this.i18n.items(e.skills.map((k) => names.get(k) ?? k))),
          ]
            .filter(Boolean)
            .join('\n\n'),
        ),
      rated.length > 0 && [mdHeading(2, t('reflection.skillsTitle', 'Skills and confidence')), rated.map((s) => mdItem(t('reflection.skillChange', '{skill}: {before} → {after}', { skill: this.#skillName(s), before: rate(s.before), after: rate(s.after) }))).join('\n')].join('\n\n'),
      this.data.bullets.length > 0 && [mdHeading(2, t('reflection.bulletsTitle', 'Résumé bullets')), this.data.bullets.map((b) => mdItem(b)).join('\n')].join('\n\n'),
    ], t('core.colon', ':'));
  }

  /** Each skill's name by the key entries use. */
  #skillNames(): Map<string, string> {
    return new Map(this.data.skills.map((s) => [this.#skillKey(s), this.#skillName(s)]));
  }

  /**
   * Entries grouped by theme, in the themes' order (each group keeps the entries' own order). A theme the
   * content no longer has (a programme's new version dropped it) keeps a group, after the others, where
   * she wrote: her words are never hidden.
   */
  #byTheme(): JournalEntry[][] {
    const order = this.#themes();
    const groups = order.map((): JournalEntry[] => []);
    // A theme the host hides shows only where she already wrote.
    const hide = (this.#content as { hide?: unknown }).hide;
    const hidden = new Set(Array.isArray(hide) ? hide : []);
    for (const e of this.data.entries) {
      if (hidden.has(e.theme) && !e.text.trim()) continue;
      let g = order.indexOf(e.theme);
      if (g < 0) {
        if (!e.text.trim()) continue;
        g = order.push(e.theme) - 1;
        groups.push([]);
      }
      groups[g].push(e);
    }
    return groups;
  }

  #sorted(): JournalEntry[] {
    return this.#byTheme().flat();
  }

  /** Word counts by text, kept from one render to the next: counting 10,000 entries again on every edit takes milliseconds. */
  #wordCounts = new Map<string, number>();

  #totalWords(entries: JournalEntry[]): number {
    const next = new Map<string, number>();
    let total = 0;
    for (const { text } of entries) {
      const n = next.get(text) ?? this.#wordCounts.get(text) ?? countWords(text);
      next.set(text, n);
      total += n;
    }
    this.#wordCounts = next;
    return total;
  }

  #words(n: number): string {
    return this.i18n.plural(n, 'reflection.words', { one: '{n} word', other: '{n} words' });
  }

  // ----- render -----

  override render(): TemplateResult {
    const t = this.t;
    const d = this.data;
    const frameworks = this.frameworks;
    const fwId = frameworks[d.framework] ? d.framework : 'seed';
    const fw = frameworks[fwId];
    const labels = this.#themeLabels();
    const groups = this.#byTheme();
    const entries = groups.flat();
    const limit = this.shown;
    const page = entries.length > limit ? entries.slice(0, limit) : entries;
    // A theme with several entries numbers them, so each section has its own name ("The industry (2)").
    const starts = groups.map((_, g) => groups.slice(0, g).reduce((n, x) => n + x.length, 0));
    const order = groups.map((g) => g[0]?.theme);
    const label = (e: JournalEntry, i: number) => {
      const g = order.indexOf(e.theme);
      return groups[g].length > 1 ? t('reflection.numbered', '{section} ({number})', { section: labels[e.theme], number: i - starts[g] + 1 }) : labels[e.theme];
    };
    const total = countWords(d.summary) + this.#totalWords(entries);
    const p = this.profile;
    const who = [p.internName, p.company].filter(Boolean).join(' · ');
    return html`<div class="base" part="base" dir=${this.i18n.dir}>
      <header role="none" part="header">
        <h2>${t('reflection.title', 'Reflect on your internship')}</h2>
        ${who ? html`<p class="who">${who}</p>` : nothing}
        <slot name="intro"><p class="intro">${t('reflection.intro', 'Step back and look at the experience honestly: what you learned about the industry and about yourself, what worked, what didn’t, and where to go from here.')}</p></slot>
        <div class="field">
          <label for="summary">${t('reflection.summary', 'Your internship in one sentence')}</label>
          <input id="summary" type="text" dir="auto" aria-describedby="summary-hint" .value=${d.summary} @input=${(e: Event) => this.commit({ ...d, summary: (e.target as HTMLInputElement).value })} />
          <span id="summary-hint" class="hint">${t('reflection.summaryHint', 'For example: “Three months building dashboards for a small, fast-moving sales team.”')}</span>
        </div>
        <div class="row fw">
          <div class="field">
            <label for="fw">${t('reflection.framework', 'Reflection framework')}</label>
            <select id="fw" aria-describedby="fw-hint" @change=${(e: Event) => this.setFramework((e.target as HTMLSelectElement).value)}>
              ${Object.entries(frameworks).map(([id, f]) => html`<option value=${id} .selected=${id === fwId}>${f.label}</option>`)}
            </select>
            <span id="fw-hint" class="hint">${fw.hint ?? ''}</span>
          </div>
          <p class="total">${t('reflection.total', 'Written so far: {words}', { words: this.#words(total) })}</p>
        </div>
      </header>
      <div class="entries ${page.length > 30 ? 'long' : ''}">${repeat(page, (e) => e.id, (e, i) => this.#renderEntry(e, i, label(e, i), fw))}</div>
      ${entries.length > page.length
        ? html`<button class="more" @click=${this.#showMore}>${this.i18n.plural(entries.length - page.length, 'reflection.moreEntries', { one: 'Show more entries ({n} hidden)', other: 'Show more entries ({n} hidden)' })}</button>`
        : nothing}
      ${this.#renderSkills()} ${this.#renderBuilder(labels)}
      <div class="toolbar" part="toolbar">
        <button class="primary" @click=${() => this.copy(this.toMarkdown())}>${t('reflection.copy', 'Copy as Markdown')}</button>
        <button @click=${() => this.download(fileName(t('reflection.file', 'Internship reflection'), 'md'), this.toMarkdown(), 'md')}>${t('reflection.download', 'Download Markdown')}</button>
        <button class="json-resume" @click=${() => this.download('resume.json', JSON.stringify(this.toJSONResume(), null, 2), 'json')}>${t('reflection.jsonResume', 'Download JSON Resume')}</button>
        <button @click=${() => this.print()}>${t('reflection.print', 'Print / save as PDF')}</button>
      </div>
      ${this.renderStatus()}
      <footer role="none">${this.renderSaved()}</footer>
      ${this.renderPrint()}
    </div>`;
  }

  #renderEntry(e: JournalEntry, i: number, label: string, fw: Framework) {
    const t = this.t;
    const moods = this.#moods;
    const prompt = this.#prompt(e.theme, fw);
    const words = countWords(e.text);
    const suggestions = e.theme === 'next' ? this.suggestions : [];
    const quoted = e.theme === 'next' ? recommendation(this.kit?.data?.feedback) : undefined;
    return html`<section class="card entry" part="section" aria-labelledby="h${i}">
      <div class="head">
        <h3 id="h${i}">${label}</h3>
        <span class="hint">${this.#words(words)}</span>
      </div>
      <label class="prompt" for="t${i}">${prompt}</label>
      <textarea id="t${i}" dir="auto" rows="4" .value=${e.text} @input=${(ev: Event) => this.#entry(e.id, { text: (ev.target as HTMLTextAreaElement).value })}></textarea>
      <div class="print-only">${e.text}</div>
      ${suggestions.length || quoted
        ? html`<div class="suggest">
            <h4>${t('reflection.fromFeedback', 'From your feedback talk')}</h4>
            ${quoted
              ? html`<figure class="quoted">
                  <blockquote dir="auto">${quoted.quote}</blockquote>
                  <figcaption class="hint">${quoted.from ? t('reflection.recommendationFrom', '{name}’s recommendation', { name: quoted.from }) : t('reflection.recommendation', 'Your supervisor’s recommendation')}</figcaption>
                </figure>`
              : nothing}
            ${suggestions.length ? html`<ul>
              ${suggestions.map((s) => {
                const added = e.text.includes(s);
                return html`<li>
                  <span dir="auto">${s}</span>
                  <button ?disabled=${added} aria-label=${t('reflection.insertLabel', 'Add to next steps: {text}', { text: s })} @click=${() => this.#insert(e.id, s)}>
                    ${added ? t('reflection.inserted.short', 'Added') : t('reflection.insert', 'Add')}
                  </button>
                </li>`;
              })}
            </ul>` : nothing}
          </div>`
        : nothing}
      <fieldset class="mood">
        <legend>${t('reflection.moodLegend', 'Your energy in this part')}</legend>
        <div class="row">
          ${moods.map(
            (m, j) => html`<label class="pill"><input type="radio" name="m${i}" .checked=${e.mood === j + 1} @change=${() => this.#entry(e.id, { mood: j + 1 })} />${m}</label>`,
          )}
        </div>
      </fieldset>
      <details class="tags">
        <summary>${t('reflection.tagSkills', 'Skills used')}${e.skills.length ? ` (${this.i18n.number(e.skills.length)})` : ''}</summary>
        <div class="row" role="group" aria-label=${t('reflection.tagLabel', 'Skills used in {section}', { section: label })}>
          ${this.data.skills.map((s) => {
            const key = this.#skillKey(s);
            return html`<button class="chip" aria-pressed=${e.skills.includes(key) ? 'true' : 'false'} @click=${() => this.#toggleSkill(e, key)}>${this.#skillName(s)}</button>`;
          })}
        </div>
      </details>
      <p class="hint print-only">${[e.mood && moods[e.mood - 1], ...e.skills.map((k) => this.#skillNames().get(k) ?? k)].filter(Boolean).join(' · ')}</p>
      <button class="ghost start" @click=${() => this.#startBullet(e)}>${t('reflection.toBullet', 'Turn into a résumé bullet')}</button>
    </section>`;
  }

  #renderSkills() {
    const t = this.t;
    const num = (n: number) => this.i18n.number(n);
    const opts = (v?: number) => html`<option value="" .selected=${!v}>–</option>${[1, 2, 3, 4, 5].map((n) => html`<option value=${n} .selected=${v === n}>${num(n)}</option>`)}`;
    return html`<section class="card" part="skills" aria-labelledby="sk-h">
      <h3 id="sk-h">${t('reflection.skillsTitle', 'Skills and confidence')}</h3>
      <p class="hint">${t('reflection.skillsHint', 'Rate your confidence from {low} (just starting) to {high} (very confident), before the internship and now.', { low: 1, high: 5 })}</p>
      <div class="skills">
        ${this.data.skills.map((stored, i) => {
          const s = { ...stored, name: this.#skillName(stored) };
          const gain = s.before && s.after ? s.after - s.before : 0;
          return html`<div class="skill">
            <span class="name" id="sn${i}">${s.name}</span>
            <label>${t('reflection.before', 'Before')}
              <select aria-label=${t('reflection.beforeLabel', '{skill}: confidence before', { skill: s.name })} @change=${(e: Event) => this.#rate(i, 'before', (e.target as HTMLSelectElement).value)}>${opts(s.before)}</select>
            </label>
            <label>${t('reflection.after', 'Now')}
              <select aria-label=${t('reflection.afterLabel', '{skill}: confidence now', { skill: s.name })} @change=${(e: Event) => this.#rate(i, 'after', (e.target as HTMLSelectElement).value)}>${opts(s.after)}</select>
            </label>
            <span class="gain">${gain ? this.i18n.number(gain, { signDisplay: 'exceptZero' }) : ''}</span>
          </div>`;
        })}
      </div>
      ${this.#renderSkillChart()}
      <form class="row add" @submit=${this.#addSkill}>
        <label for="skill">${t('reflection.newSkill', 'Another skill')}</label>
        <input id="skill" name="skill" type="text" dir="auto" maxlength="200" />
        <button type="submit">${t('reflection.addSkill', 'Add skill')}</button>
      </form>
    </section>`;
  }

  /**
   * Skills before and after as a small chart (a line from each "before" to "now" on the 1–5 scale),
   * drawn from the same ratings with the tokens. A picture only: the table in the figure says it in words.
   */
  #renderSkillChart() {
    const rated = this.data.skills.filter((s) => s.before && s.after).map((s) => ({ ...s, name: this.#skillName(s) }));
    if (!rated.length) return nothing;
    const t = this.t;
    const rtl = this.i18n.dir === 'rtl';
    const W = 600;
    const label = 200;
    const row = 34;
    const x = (v: number) => {
      const at = label + 20 + ((v - 1) / 4) * (W - label - 40);
      return rtl ? W - at : at;
    };
    const height = 28 + rated.length * row;
    return html`<figure class="skill-chart">
      <svg viewBox="0 0 ${W} ${height}" aria-hidden="true" focusable="false">
        ${[1, 2, 3, 4, 5].map((n) => svg`<line class="grid" x1=${x(n)} x2=${x(n)} y1="18" y2=${height}></line><text class="label" x=${x(n)} y="14" text-anchor="middle">${this.i18n.number(n)}</text>`)}
        ${rated.map((k, i) => {
          const y = 28 + i * row + row / 2;
          return svg`<text class="name" x=${rtl ? W - 4 : 4} y=${y + 6} text-anchor=${rtl ? 'end' : 'start'}>${k.name.length > 18 ? k.name.slice(0, 17) + '…' : k.name}</text>
            <line class="gain ${k.after! < k.before! ? 'down' : ''}" x1=${x(k.before!)} x2=${x(k.after!)} y1=${y} y2=${y}></line>
            <circle class="before" cx=${x(k.before!)} cy=${y} r="7"></circle>
            <circle class="after" cx=${x(k.after!)} cy=${y} r="8"></circle>`;
        })}
      </svg>
      <figcaption class="hint"><span class="key before"></span>${t('reflection.before', 'Before')} <span class="key after"></span>${t('reflection.after', 'Now')}</figcaption>
      <table class="visually-hidden">
        <caption>${t('reflection.chartCaption', 'Your confidence before the internship and now, from {low} to {high}', { low: 1, high: 5 })}</caption>
        <thead><tr><th scope="col">${t('reflection.skill', 'Skill')}</th><th scope="col">${t('reflection.before', 'Before')}</th><th scope="col">${t('reflection.after', 'Now')}</th></tr></thead>
        <tbody>${rated.map((k) => html`<tr><th scope="row" dir="auto">${k.name}</th><td>${this.i18n.number(k.before!)}</td><td>${this.i18n.number(k.after!)}</td></tr>`)}</tbody>
      </table>
    </figure>`;
  }

  #renderBuilder(labels: Record<string, string>) {
    const t = this.t;
    const dr = this.draft;
    const preview = buildBullet(dr.verb, dr.what, dr.result, this.#comma());
    const source = this.data.entries.find((e) => e.id === dr.source);
    const set = (key: 'verb' | 'what' | 'result') => (e: Event) => (this.draft = { ...this.draft, [key]: (e.target as HTMLInputElement).value });
    const bullets = this.data.bullets;
    const shown = bullets.slice(0, this.bulletLimit);
    return html`<section class="card" part="builder" aria-labelledby="b-h">
      <h3 id="b-h">${t('reflection.bulletsTitle', 'Résumé bullets')}</h3>
      <p class="hint">${t('reflection.bulletsHint', 'Action verb + what you did + the result. Numbers make a result concrete.')}</p>
      ${source
        ? html`<div class="source"><span class="label">${t('reflection.from', 'From “{section}”', { section: labels[source.theme] })}</span>
            ${source.text ? html`<p class="excerpt" dir="auto">${source.text.length > 300 ? source.text.slice(0, 300) + '…' : source.text}</p>` : nothing}</div>`
        : nothing}
      ${this.bulletSources.length
        ? html`<details class="suggest sources"><summary>${t('reflection.fromWork', 'From your projects and completed tasks')}</summary>
            <ul>${this.bulletSources.map(
              (s) => html`<li><span dir="auto">${s}</span>
                <button type="button" aria-label=${t('reflection.useWork', 'Use as “What you did”: {text}', { text: s })}
                  @click=${() => {
                    this.draft = { ...this.draft, what: s };
                    void this.updateComplete.then(() => (this.renderRoot.querySelector('#verb') as HTMLElement | null)?.focus());
                  }}>${t('reflection.use', 'Use')}</button></li>`,
            )}</ul></details>`
        : nothing}
      <form @submit=${this.#submitBullet}>
        <div class="parts">
          <div class="field"><label for="verb">${t('reflection.verb', 'Action verb')}</label><input id="verb" type="text" dir="auto" list="verbs" .value=${dr.verb} @input=${set('verb')} /></div>
          <div class="field"><label for="what">${t('reflection.what', 'What you did')}</label><input id="what" type="text" dir="auto" .value=${dr.what} @input=${set('what')} /></div>
          <div class="field"><label for="result">${t('reflection.result', 'Result')}</label><input id="result" type="text" dir="auto" .value=${dr.result} @input=${set('result')} /></div>
        </div>
        <datalist id="verbs">${(this.#content.verbs ?? defaultVerbs(t)).map((v) => html`<option value=${v}></option>`)}</datalist>
        <p class="label" id="pv">${t('reflection.preview', 'Preview')}</p>
        <p class="preview" aria-labelledby="pv" dir="auto">${preview || html`<span class="muted">${t('reflection.previewEmpty', 'Your bullet appears here as you type.')}</span>`}</p>
        <button class="primary" type="submit" ?disabled=${!preview}>${t('reflection.addBullet', 'Add bullet')}</button>
      </form>
      ${this.#undo.render('', (b) => t('reflection.removedShort', 'Removed “{text}”.', { text: b }), t('reflection.undo', 'Undo'), () => this.#restoreBullet())}
      ${bullets.length
        ? html`<ul class="bullets" @keydown=${this.#bulletKey}>
              ${shown.map(
                (b, i) => html`<li data-i=${i}>
                  <span class="text" dir="auto">${b}</span>
                  <span class="row">
                    <button class="ghost" @click=${() => this.#copyBullet(b)} aria-label=${t('reflection.copyBullet', 'Copy bullet {number}', { number: i + 1 })}>${t('reflection.copyShort', 'Copy')}</button>
                    <button class="ghost up" ?disabled=${i === 0} @click=${() => this.#moveBullet(i, -1)} aria-label=${t('reflection.up', 'Move bullet {number} up', { number: i + 1 })}>↑</button>
                    <button class="ghost down" ?disabled=${i === bullets.length - 1} @click=${() => this.#moveBullet(i, 1)} aria-label=${t('reflection.down', 'Move bullet {number} down', { number: i + 1 })}>↓</button>
                    <button class="ghost danger" @click=${() => this.#removeBullet(i)} aria-label=${t('reflection.remove', 'Remove bullet {number}', { number: i + 1 })}>✕</button>
                  </span>
                </li>`,
              )}
            </ul>
            ${bullets.length > shown.length
              ? html`<button @click=${() => (this.bulletLimit += 200)}>${this.i18n.plural(bullets.length - shown.length, 'reflection.more', { one: 'Show more ({n} hidden)', other: 'Show more ({n} hidden)' })}</button>`
              : nothing}`
        : html`<p class="empty muted">${t('reflection.noBullets', 'No bullets yet. Pick an entry above and turn it into one.')}</p>`}
    </section>`;
  }

  #removeBullet(i: number): void {
    if (i < 0 || i >= this.data.bullets.length) return;
    this.commit({ ...this.data, bullets: this.#undo.remove(this.data.bullets, i) });
    this.announce(this.t('reflection.removed', 'Bullet removed. Undo is available.'));
  }

  #restoreBullet(): void {
    const index = this.#undo.removed?.index ?? 0;
    const r = this.#undo.restore(this.data.bullets);
    if (!r) return;
    // Shown (and focusable) even when it was past "Show more".
    if (index >= this.bulletLimit) this.bulletLimit = index + 1;
    this.commit({ ...this.data, bullets: r.list });
    this.announce(this.t('reflection.restored', 'Bullet brought back.'));
  }

}
