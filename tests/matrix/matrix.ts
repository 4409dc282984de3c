/**
 * The "nothing lost" matrix (issue #28): every step × language × place × edit kind × survival, as an
 * intern would meet it. Cells are generated from the tables below, never written out by hand; each
 * `it` is named `element/lang/place/edit/survival`, so a failure says which cell lost what.
 *
 * One group per element, language, place and survival: the page is opened, the six edits are made one
 * after another (by roles and accessible names, with the keyboard), the survival happens, then each
 * edit is checked on its own: what the intern sees (the text, the tick, the date, the order is there)
 * and what is stored (the step's own document, and for the kit also the kit's copy of the step).
 *
 * Chromium runs every cell. Firefox and WebKit run a covering subset (every language and place at least
 * once per element, every edit kind and survival at least once per element): see `cells()`.
 */
import { expect } from '@open-wc/testing';
import '../../src/all.js';
import { registerTranslations, type Translator } from '../../src/core/i18n.js';
import { fillJoined } from '../../src/core/grammar.js';
import es from '../../src/locales/es.js';
import ar from '../../src/locales/ar.js';
import type { StorageLike } from '../../src/core/storage/contract.js';
import { KEYS_WORK, container, settle } from '../helpers/test-element.js';
import { allByRole, byRole, deep, nameOf, typeInto, until } from '../helpers/roles.js';
import { press } from '../helpers/harness.js';
import { SharedServer } from '../helpers/shared-server.js';

// ---- the tables -------------------------------------------------------------------------------

export const LANGS = ['en', 'es', 'ar', 'de'] as const;
export type Lang = (typeof LANGS)[number];
export const PLACES = ['kit', 'hosted', 'alone'] as const;
export type Place = (typeof PLACES)[number];
export const EDITS = ['tick', 'add', 'type', 'reorder', 'undo', 'date'] as const;
export type EditKind = (typeof EDITS)[number];
export const SURVIVALS = ['reload', 'switch', 'late', 'device'] as const;
export type Survival = (typeof SURVIVALS)[number];

/** The language a page switches to after the edits (`lang` changes on the host's wrapper). */
export const SWITCH_TO: Record<Lang, Lang> = { en: 'es', es: 'ar', ar: 'de', de: 'en' };

/**
 * German, added by a host at runtime with a partial catalogue (docs/job-boards.md, "Adding a
 * language"): the step names, a few controls and a few default texts; everything else falls back to
 * English one message at a time.
 */
export const GERMAN = {
  'wrapup.step.checklist': 'Checkliste',
  'wrapup.step.feedback': 'Feedback',
  'wrapup.step.thanks': 'Dankesnachrichten',
  'wrapup.step.reflection': 'Reflexion',
  'wrapup.step.planner': 'Stark abschließen',
  'wrapup.step.contacts': 'In Kontakt bleiben',
  'checklist.add': 'Schritt hinzufügen',
  'checklist.itemLabel': 'Was zu tun ist',
  'checklist.undo': 'Rückgängig',
  'checklist.item.rightQuestions': 'Prüfe, ob du die Fragen gestellt hast, mit denen du gekommen bist',
  'planner.addProject': '+ Projekt hinzufügen',
  'planner.f.name': 'Projektname',
  'planner.m.confirm': 'Bestätige deinen letzten Tag mit deiner Betreuungsperson',
  'planner.m.handover': 'Beginne das Übergabedokument: ein Abschnitt pro Projekt',
  'planner.m.goodbye': 'Letzter Tag: Geräte und Zugänge zurückgeben, persönlich verabschieden, Kontakte austauschen',
  'checklist.item.finalMeetings': 'Vereinbare letzte Gespräche mit Menschen, von denen du lernen willst',
  'feedback.addOwn': 'Hinzufügen',
  'reflection.summary': 'Dein Praktikum in einem Satz',
  'thanks.add': 'Person hinzufügen',
  'contacts.save': 'Speichern',
};

const CATALOGUES: Record<Lang, Record<string, string>> = { en: {}, es, ar, de: GERMAN };

/**
 * Every page of the matrix gets its catalogue as a real page does: from a loader, a moment after the
 * elements first render (the CDN loader fetches es/ar; a host registers a loader for its own language).
 * Called before each page opens, so each page meets its catalogue late, as after a reload.
 */
export function catalogueArrivesLate(): void {
  for (const lang of ['es', 'ar', 'de'] as const) registerTranslations(lang, () => new Promise((r) => setTimeout(() => r(CATALOGUES[lang]), 40)));
}

/** What the intern types, in her language (her words stay hers in any language shown later). */
export const WORDS: Record<Lang, { add: string; type: string; name: string; friend: string; other: string; more: string }> = {
  en: { add: 'Call Lucy about the quarterly report', type: 'Ask Sam for the dashboard login', name: 'Priya Raman', friend: 'Sam Okafor', other: 'Onboarding guide for the next intern', more: 'Send Sam the slides' },
  es: { add: 'Llamar a Lucía por el informe trimestral', type: 'Pedirle a Samuel el acceso al panel', name: 'Lucía Fernández', friend: 'Samuel Ortega', other: 'Guía de bienvenida para la próxima becaria', more: 'Enviarle a Samuel las diapositivas' },
  ar: { add: 'الاتصال بليلى بشأن التقرير الفصلي', type: 'اطلب من سامي بيانات الدخول إلى اللوحة', name: 'ليلى حداد', friend: 'سامي خليل', other: 'دليل الترحيب للمتدرب القادم', more: 'أرسل الشرائح إلى سامي' },
  de: { add: 'Lucia wegen des Quartalsberichts anrufen', type: 'Sam nach dem Dashboard-Zugang fragen', name: 'Jürgen Weiß', friend: 'Jonas Becker', other: 'Einarbeitungsleitfaden für die nächste Praktikantin', more: 'Sam die Folien schicken' },
};

/** The dates she picks (inside the kit's last weeks, a weekday, so no step moves them). */
export const DATES = { early: '2026-11-24', late: '2026-12-16' } as const;
export const LAST_DAY = '2026-12-18';

// ---- translation, for accessible names ---------------------------------------------------------

/** The words an element in `lang` uses (its catalogue, else English, filled as the element fills them): accessible names to look for. */
export function tr(lang: Lang): Translator {
  // Numbers as the element writes them (Arabic-Indic digits where the browser's Intl gives them for `ar`).
  const num = (v: string | number | undefined) => (typeof v === 'number' ? new Intl.NumberFormat(lang).format(v) : v);
  return (id, en, params) => fillJoined(CATALOGUES[lang][id] ?? en, Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k, num(v)])), lang);
}

// ---- the element under test --------------------------------------------------------------------

export type Widget = HTMLElement & { updateComplete: Promise<boolean>; value: unknown; storageKeyInUse: string; storageAdapter?: StorageLike; hasUpdated?: boolean };

/** What an edit leaves to check: what she sees (in the language shown now) and what is stored. Each returns '' when it holds, else what is wrong. */
export interface Check {
  seen(step: Widget, t: Translator, lang: Lang): string | Promise<string>;
  stored(data: unknown): string;
}

export interface Ctx {
  lang: Lang;
  t: Translator;
  words: (typeof WORDS)[Lang];
}

/** One element's six edits, each made as a person makes it; `prepare` runs once before them (an empty step gets its first entry). */
export interface StepSpec {
  name: string;
  tag: string;
  slot: string;
  /** A message the step shows once its language's words are in (id, English). */
  ready: [string, string];
  /** The kit's step opened first in a "late" cell (a different one). */
  other: string;
  prepare?(step: Widget, ctx: Ctx): Promise<void>;
  /** The edits the element offers (one it has no control for, such as reordering thank-you notes, has no cell). */
  edits: Partial<Record<EditKind, (step: Widget, ctx: Ctx) => Promise<Check>>>;
  /** A default no edit touches (none where the step starts empty): its stored id (if any), its message (id, English) and the text it shows. */
  untouched?: { id?: string; message: [string, string]; seen(step: Widget): string };
  /** Edits that build on others (reordering her bullets needs the one she added): made with them in a partial run. */
  needs?: Partial<Record<EditKind, EditKind[]>>;
  /** Brings the step to where every edit shows (a stage, a person selected), before the checks. */
  reveal?(step: Widget, t: Translator): Promise<void>;
}

// ---- generic checks ----------------------------------------------------------------------------

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Everything the element shows: its text and its fields' values, through shadow roots. */
export function shownText(root: Element): string {
  const parts: string[] = [];
  for (const el of deep(root)) {
    if ((el as HTMLElement).closest?.('[hidden]')) continue;
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) parts.push(el.value);
    else for (const n of el.childNodes) if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
  }
  return squash(parts.join(' '));
}

/** Every object under `data` (depth first). */
function* objects(data: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(data)) for (const x of data) yield* objects(x);
  else if (data && typeof data === 'object') {
    yield data as Record<string, unknown>;
    for (const v of Object.values(data)) yield* objects(v);
  }
}
/** Every array under `data`. */
function* arrays(data: unknown): Generator<unknown[]> {
  if (Array.isArray(data)) {
    yield data;
    for (const x of data) yield* arrays(x);
  } else if (data && typeof data === 'object') for (const v of Object.values(data)) yield* arrays(v);
}

/** The stored item with this id (any list, any shape), or undefined. */
export function storedItem(data: unknown, id: string): Record<string, unknown> | undefined {
  for (const o of objects(data)) if (o.id === id) return o;
  return undefined;
}

export const stored = {
  /** Her words are in the stored data. */
  text: (text: string) => (data: unknown) => (JSON.stringify(data ?? null).includes(JSON.stringify(text).slice(1, -1)) ? '' : `stored data lacks “${text}”`),
  /** The item is there, ticked. */
  done: (id: string) => (data: unknown) => {
    const item = storedItem(data, id);
    return !item ? `stored data lacks item ${id}` : item.done === true ? '' : `item ${id} is stored not done (${JSON.stringify(item)})`;
  },
  /** The item is there, not removed (nor retired). */
  present: (id: string) => (data: unknown) => {
    const item = storedItem(data, id);
    return !item ? `stored data lacks item ${id}` : item.retired || item.removed ? `item ${id} stored as removed` : '';
  },
  /** The item holds this date in some field. */
  date: (id: string, date: string) => (data: unknown) => {
    const item = storedItem(data, id);
    return !item ? `stored data lacks item ${id}` : Object.values(item).includes(date) ? '' : `item ${id} is stored without ${date} (${JSON.stringify(item)})`;
  },
  /** `first` comes before `second` in the stored list that holds both. */
  order: (first: string, second: string) => (data: unknown) => {
    for (const list of arrays(data)) {
      const ids = list.map((x) => (x && typeof x === 'object' ? (x as { id?: unknown }).id : x));
      const a = ids.indexOf(first);
      const b = ids.indexOf(second);
      if (a >= 0 && b >= 0) return a < b ? '' : `stored order has ${second} before ${first}`;
    }
    return `no stored list holds both ${first} and ${second}`;
  },
};

export const seen = {
  text: (text: string) => (step: Widget) => (shownText(step).includes(squash(text)) ? '' : `“${text}” is not shown`),
};

/** Both checks of a `Check`, joined. */
export const check = (s: Check['seen'], d: Check['stored']): Check => ({ seen: s, stored: d });

/** Presses a button as a keyboard user does: focus, Enter. */
export async function activate(button: HTMLElement, step?: Widget): Promise<void> {
  button.focus();
  await press('Enter');
  await rendered(step);
}

/**
 * Ticks or unticks a checkbox with the space bar. WebKitGTK's WebDriver has no key-down (so no space
 * bar): there the focused box is clicked, as the keyboard tests do (KEYS_WORK).
 */
export async function toggle(box: HTMLInputElement, step?: Widget): Promise<void> {
  box.focus();
  if (KEYS_WORK) await press('Space');
  else box.click();
  await rendered(step);
}

/** Polls an (asynchronous) check until it holds or `ms` pass; returns what is still wrong, or ''. */
export async function poll(fn: () => string | Promise<string>, ms: number): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    let s: string;
    try {
      s = await fn();
    } catch (e) {
      s = (e as Error).message;
    }
    if (!s || Date.now() > end) return s;
    await settle(50);
  }
}

/** Waits for an element's updates (and the kit's microtasks) to settle. */
export async function rendered(step?: Widget): Promise<void> {
  if (step) for (let i = 0; i < 3; i++) await step.updateComplete;
  await settle(20);
}

/** Clears a field and types into it as a person does (selects all, then types). */
export async function retype(field: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  field.focus();
  field.select();
  // Selection then typing replaces; WebKit's driver fallback in typeInto appends, so clear first there.
  field.value = '';
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContentBackward' }));
  await typeInto(field, text);
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

// ---- places ------------------------------------------------------------------------------------

interface Page {
  wrapper: HTMLElement;
  kit?: Widget;
  step: Widget;
}

const loaded = (el: Widget) => !!el.shadowRoot && el.hasUpdated !== false && !el.hasAttribute('aria-busy');

/** The step's element on a page: the kit's own, the host's child, or the element alone. */
function stepOf(spec: StepSpec, place: Place, wrapper: HTMLElement, kit?: Widget): Widget | undefined {
  if (spec.slot === PROFILE) return kit;
  if (place === 'alone') return wrapper.querySelector<Widget>(spec.tag) ?? undefined;
  if (place === 'hosted') return kit!.querySelector<Widget>(`:scope > ${spec.tag}`) ?? undefined;
  return [...deep(kit!.shadowRoot!)].find((e) => e.localName === spec.tag) as Widget | undefined;
}

/** Shows a step of the kit as a person does: its tab. */
async function openTab(kit: Widget, slot: string, lang: Lang): Promise<void> {
  const names: Record<string, string> = {
    checklist: tr(lang)('wrapup.step.checklist', 'Checklist'),
    feedback: tr(lang)('wrapup.step.feedback', 'Feedback'),
    thanks: tr(lang)('wrapup.step.thanks', 'Thank-yous'),
    reflection: tr(lang)('wrapup.step.reflection', 'Reflection'),
    planner: tr(lang)('wrapup.step.planner', 'Finish strong'),
    contacts: tr(lang)('wrapup.step.contacts', 'Keep in touch'),
  };
  const tab = await until(() => byRole(kit.shadowRoot!, 'tab', names[slot]), 8000);
  if (tab.getAttribute('aria-selected') !== 'true') {
    tab.click();
    await rendered(kit);
  }
}

/**
 * Opens the page of a cell: the element alone, the kit, or the kit with the host's own element in the
 * step's slot. `late`: another step is shown first (the kit opened on another step; alone, the host's
 * page shows another element first and swaps it for this one).
 */
export async function openPage(spec: StepSpec, place: Place, lang: Lang, key: string, adapter: StorageLike | undefined, late = false): Promise<Page> {
  catalogueArrivesLate();
  const wrapper = container();
  wrapper.lang = lang;
  wrapper.dataset.matrix = '';
  let kit: Widget | undefined;
  if (place === 'alone') {
    if (late) {
      const first = document.createElement(spec.tag === 'internship-checklist' ? 'finish-strong-planner' : 'internship-checklist') as Widget;
      first.setAttribute('storage-key', `${key}-first`);
      first.setAttribute('end-date', LAST_DAY);
      if (adapter) first.storageAdapter = adapter;
      wrapper.append(first);
      await until(() => loaded(first), 8000);
      await settle(100);
      first.remove();
    }
    const el = document.createElement(spec.tag) as Widget;
    el.setAttribute('storage-key', key);
    el.setAttribute('end-date', LAST_DAY);
    if (adapter) el.storageAdapter = adapter;
    wrapper.append(el);
  } else {
    kit = document.createElement('internship-wrap-up') as Widget;
    kit.setAttribute('storage-key', key);
    kit.setAttribute('end-date', LAST_DAY);
    if (late) kit.setAttribute('step', spec.other);
    if (adapter) kit.storageAdapter = adapter;
    if (place === 'hosted') {
      // As a host writes it: the element in the kit's slot, nothing else (the kit gives it storage and profile).
      const own = document.createElement(spec.tag);
      own.setAttribute('slot', spec.slot);
      kit.append(own);
    }
    wrapper.append(kit);
    await until(() => loaded(kit!), 8000);
    if (late) {
      await until(() => stepOf({ ...spec, slot: spec.other, tag: tagOfSlot(spec.other) }, 'kit', wrapper, kit), 8000);
      await settle(150);
    }
    if (spec.slot !== PROFILE) await openTab(kit, spec.slot, lang);
  }
  const ready = tr(lang)(spec.ready[0], spec.ready[1]);
  const step = await until(() => {
    const s = stepOf(spec, place, wrapper, kit);
    return s && loaded(s) && shownText(s).includes(ready) ? s : undefined;
  }, 8000);
  await rendered(step);
  await settle(60);
  return { wrapper, kit, step };
}

/** The kit's own profile, as a "step" of the matrix: the kit is its element. */
export const PROFILE = 'profile';

const TAGS: Record<string, string> = {
  checklist: 'internship-checklist', feedback: 'feedback-questions', thanks: 'thank-you-composer',
  reflection: 'reflection-journal', planner: 'finish-strong-planner', contacts: 'keep-in-touch',
};
const tagOfSlot = (slot: string) => TAGS[slot];

// ---- storage -----------------------------------------------------------------------------------

interface Store {
  get(key: string): string | null;
  keys(): string[];
}
const local: Store = { get: (k) => localStorage.getItem(k), keys: () => Object.keys(localStorage) };
const serverStore = (s: SharedServer): Store => ({ get: (k) => s.docs.get(k) ?? null, keys: () => [...s.docs.keys()] });

/** The stored documents the edit must be in: the step's own, and in the kit the kit's copy of the step. */
function storedDocs(spec: StepSpec, place: Place, key: string, page: Page, store: Store): { where: string; data?: unknown; problem?: string }[] {
  const out: { where: string; data?: unknown; problem?: string }[] = [];
  if (spec.slot === PROFILE) {
    const text = store.get(`strong-finish/internship-wrap-up/${key}`);
    return [text === null ? { where: 'kit', problem: 'the kit stored nothing' } : { where: 'kit', data: ((JSON.parse(text) as { data: { profile?: unknown } }).data ?? {}).profile }];
  }
  const own = page.step.storageKeyInUse;
  if (place !== 'alone' && !own.includes(key)) out.push({ where: 'step', problem: `the step saves under “${own}”, not under the kit's storage key “${key}”` });
  else {
    const text = store.get(own);
    if (text === null) out.push({ where: 'step', problem: `nothing stored under “${own}”${place !== 'alone' ? ' on the kit\'s storage' : ''}` });
    else out.push({ where: 'step', data: (JSON.parse(text) as { data: unknown }).data });
  }
  if (place !== 'alone') {
    const text = store.get(`strong-finish/internship-wrap-up/${key}`);
    const data = text === null ? undefined : ((JSON.parse(text) as { data: Record<string, unknown> }).data ?? {})[spec.slot];
    out.push(data === undefined ? { where: 'kit copy', problem: 'the kit stored no copy of the step' } : { where: 'kit copy', data });
  }
  return out;
}

// ---- cells -------------------------------------------------------------------------------------

export interface Group {
  lang: Lang;
  place: Place;
  survival: Survival;
  /** The edit kinds this group makes (all of them in Chromium). */
  edits: EditKind[];
}

const isChromium = /Chrome\//.test(navigator.userAgent) && !/Firefox\//.test(navigator.userAgent);

/**
 * The groups to run here: all of them, with every edit, in Chromium. Elsewhere (Firefox, WebKit: one
 * page at a time, slower keys) a covering subset: each language × place once, the four survivals spread
 * over them (each runs at least once per element), and the element's edit kinds dealt out two by two
 * (each runs at least once per element, with the edits it builds on).
 */
export function groups(spec: StepSpec, places: readonly Place[] = PLACES, full = isChromium): Group[] {
  const all: Group[] = [];
  const kinds = EDITS.filter((e) => spec.edits[e]);
  const withNeeds = (list: EditKind[]) => EDITS.filter((e) => list.includes(e) || list.some((x) => spec.needs?.[x]?.includes(e)));
  let n = 0;
  LANGS.forEach((lang, li) =>
    places.forEach((place, pi) =>
      SURVIVALS.forEach((survival, si) => {
        if (full) all.push({ lang, place, survival, edits: kinds });
        else if (si === (li + pi) % SURVIVALS.length) {
          const i = n++;
          all.push({ lang, place, survival, edits: withNeeds([kinds[(2 * i) % kinds.length], kinds[(2 * i + 1) % kinds.length]]) });
        }
      }),
    ),
  );
  return all;
}

let run = 0;
const stamp = Date.now().toString(36);

type Results = Map<EditKind, string[]>;

/**
 * Registers the cells of one element: a `describe` per group, an `it` per edit kind. The local
 * survivals of one language and place share one editing session (its stored data is put back before
 * each survival); the second device has a session of its own.
 */
export function matrix(spec: StepSpec, places: readonly Place[] = PLACES, only: (g: Group) => boolean = () => true): void {
  describe(`matrix: ${spec.name}`, function () {
    this.timeout(120000);
    const chosen = groups(spec, places).filter(only);
    const sessions = new Map<string, Promise<Map<Survival, Results | string>>>();
    const session = (g: Group) => {
      const local = g.survival !== 'device';
      const id = `${g.lang}/${g.place}/${local ? 'local' : 'device'}`;
      let p = sessions.get(id);
      if (!p) {
        const survivals = chosen.filter((x) => x.lang === g.lang && x.place === g.place && (x.survival !== 'device') === local).map((x) => x.survival);
        const edits = EDITS.filter((e) => chosen.some((x) => x.lang === g.lang && x.place === g.place && x.edits.includes(e)));
        sessions.set(id, (p = runSession(spec, g.lang, g.place, survivals, edits)));
      }
      return p;
    };
    for (const g of chosen) {
      const cell = (edit: EditKind | 'untouched') => `${spec.name}/${g.lang}/${g.place}/${edit}/${g.survival}`;
      describe(`${spec.name}/${g.lang}/${g.place}/*/${g.survival}`, function () {
        let result: Results | string = new Map();
        before(async function () {
          this.timeout(120000);
          result = (await session(g)).get(g.survival)!;
        });
        for (const edit of [...g.edits, UNTOUCHED] as const)
          it(cell(edit), () => {
            if (typeof result === 'string') throw new Error(`${cell(edit)}: ${result}`);
            const problems = result.get(edit as EditKind) ?? [];
            expect(problems, `${cell(edit)}: ${problems.join('; ')}`).to.deep.equal([]);
          });
      });
    }
  });
}


/** Not an edit: a default she never touched, and storage that nothing but an edit writes to. */
export const UNTOUCHED = 'untouched' as unknown as EditKind;

/** The texts of every stored document under the cell's key (step and kit), for "nothing written". */
function snapshot(store: Store & { keys(): string[] }, key: string): Map<string, string> {
  return new Map(store.keys().filter((k) => k.includes(key)).map((k) => [k, store.get(k)!]));
}
function restore(shot: Map<string, string>, key: string): void {
  for (const k of Object.keys(localStorage)) if (k.includes(key)) localStorage.removeItem(k);
  for (const [k, v] of shot) localStorage.setItem(k, v);
}
function written(before: Map<string, string>, after: Map<string, string>): string[] {
  const changed: string[] = [];
  for (const [k, v] of after) if (before.get(k) !== v) changed.push(k.replace(/^strong-finish\//, '').replace(/\/mx-[^/]*?(-(checklist|feedback|thanks|reflection|planner|contacts))?$/, (_m, _s, slot) => (slot ? ` (the kit's ${slot})` : ' (the kit)')));
  return changed;
}

async function runSession(spec: StepSpec, lang: Lang, place: Place, survivals: Survival[], edits: EditKind[]): Promise<Map<Survival, Results | string>> {
  const out = new Map<Survival, Results | string>();
  try {
    await runSessionInner(spec, lang, place, survivals, edits, out);
  } catch (e) {
    for (const s of survivals) if (!out.has(s)) out.set(s, `the session failed: ${(e as Error).message}`);
  } finally {
    document.querySelectorAll('[data-matrix]').forEach((w) => w.remove());
    // Nothing left behind for the test files that share this origin's storage (its quota is small).
    for (const k of Object.keys(localStorage)) if (k.includes(`-${spec.slot}-${lang}-${place}`) && k.includes(`mx-${stamp}-`)) localStorage.removeItem(k);
    localStorage.removeItem(`strong-finish/${spec.tag}`);
  }
  return out;
}

async function runSessionInner(spec: StepSpec, lang: Lang, place: Place, survivals: Survival[], edits: EditKind[], out: Map<Survival, Results | string>): Promise<void> {
  const device = survivals.includes('device');
  const key = `mx-${stamp}-${run++}-${spec.slot}-${lang}-${place}${device ? '-device' : ''}`;
  // A host-placed step without storage of its own would fall back on the tag's default key: start clean.
  localStorage.removeItem(`strong-finish/${spec.tag}`);
  const server = device ? new SharedServer() : undefined;
  const store = server ? serverStore(server) : local;
  const ctx: Ctx = { lang, t: tr(lang), words: WORDS[lang] };

  const page = await openPage(spec, place, lang, key, server?.device('laptop'));
  await spec.prepare?.(page.step, ctx);
  const checks = new Map<EditKind, Check>();
  const early: Results = new Map();
  for (const edit of edits) {
    const make = spec.edits[edit];
    if (!make) continue;
    try {
      checks.set(edit, await make(page.step, ctx));
    } catch (e) {
      early.set(edit, [`the edit could not be made: ${(e as Error).message}`]);
    }
  }
  const untouched = spec.untouched;
  // What every edit must hold before anything happens: else no survival is what lost it.
  await settle(450);
  await spec.reveal?.(page.step, ctx.t);
  for (const [edit, c] of checks) {
    const now = await c.seen(page.step, ctx.t, lang);
    if (now) early.set(edit, [`right after the edit: ${now}`]);
  }
  const shot = snapshot(store, key);

  // The language switch happens on the page she edited on, so it goes first; the others open new pages.
  for (const survival of [...survivals].sort((a, b) => Number(b === 'switch') - Number(a === 'switch'))) {
    const result: Results = new Map(early);
    out.set(survival, result);
    try {
      let after: Page = page;
      let shown: Lang = lang;
      if (survival === 'switch') {
        shown = SWITCH_TO[lang];
        page.wrapper.lang = shown;
        await until(() => shownText(page.step).includes(tr(shown)(spec.ready[0], spec.ready[1])), 3000).catch(() => undefined);
        await rendered(page.step);
      } else if (survival === 'reload' || survival === 'late') {
        document.querySelectorAll('[data-matrix]').forEach((w) => w.remove());
        restore(shot, key);
        after = await openPage(spec, place, lang, key, undefined, survival === 'late');
      } else {
        // The second device opens the same account; the first stays open (it gets whatever the second writes).
        after = await openPage(spec, place, lang, key, server!.device('phone'));
      }
      await settle(500);
      const t = tr(shown);
      await spec.reveal?.(after.step, t);
      // Given a moment to show everything (a second device receives late), once for all the edits.
      await poll(async () => {
        for (const [edit, c] of checks) if (!result.has(edit) && (await c.seen(after.step, t, shown))) return 'not yet';
        return '';
      }, survival === 'device' ? 3000 : 600);
      for (const [edit, c] of checks) {
        if (result.has(edit)) continue;
        const problems: string[] = [];
        const s = await poll(() => c.seen(after.step, t, shown), 0);
        if (s) problems.push(`${survival === 'device' ? 'on the second device: ' : ''}${s}`);
        if (survival === 'device') {
          await spec.reveal?.(page.step, t);
          const first = await c.seen(page.step, t, shown);
          if (first) problems.push(`on the first device, after the second opened: ${first}`);
        }
        for (const doc of storedDocs(spec, place, key, after, store)) {
          if (doc.problem) problems.push(`${doc.where}: ${doc.problem}`);
          else {
            const d = c.stored(doc.data);
            if (d) problems.push(`${doc.where}: ${d}`);
          }
        }
        if (problems.length) result.set(edit, problems);
      }
      // Untouched: the default she never touched speaks the language shown now, is not stored as data,
      // and opening, a late catalogue or a language switch wrote nothing.
      const problems: string[] = [];
      if (untouched) {
        const want = t(untouched.message[0], untouched.message[1]);
        let got = '';
        try {
          got = untouched.seen(after.step);
    } catch (e) {
        got = (e as Error).message;
      }
      if (got !== want) problems.push(`the untouched default shows “${got}”, not “${want}”`);
      for (const doc of storedDocs(spec, place, key, after, store)) {
        if (doc.problem || !doc.data) continue;
        const texts = LANGS.map((l) => tr(l)(untouched.message[0], untouched.message[1]));
        const item = untouched.id ? storedItem(doc.data, untouched.id) : undefined;
        const pinned = untouched.id ? item && Object.values(item).find((v) => texts.includes(v as string)) : texts.find((x) => JSON.stringify(doc.data).includes(JSON.stringify(x)));
        if (pinned) problems.push(`${doc.where}: the untouched default is stored as text (“${String(pinned).slice(0, 40)}…”)`);
      }
    }
    const changed = written(shot, snapshot(store, key));
    if (changed.length) problems.push(`${survival === 'switch' ? 'the language switch' : 'opening the page'} wrote without an edit: ${changed.join(', ')}`);
    if (problems.length) result.set(UNTOUCHED, problems);
    } catch (e) {
      out.set(survival, `the ${survival} failed: ${(e as Error).message}`);
    }
  }
}

export { allByRole, byRole, nameOf, until, settle };
