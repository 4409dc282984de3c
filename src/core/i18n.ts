import type { ReactiveController, ReactiveControllerHost } from 'lit';
// Every message is filled through its language's joins ("a" + "el …" → "al …", «لـ» + «لمى» → «للمى»): src/core/grammar.ts.
import { fillJoined } from './grammar.js';
import { intl } from './intl-cache.js';

/**
 * Localization. English lives in the source next to each message id (`t('id', 'English')`); other
 * languages are catalogues of id → text, registered eagerly or loaded lazily the first time an
 * element needs them.
 *
 * Why not @lit/localize: its locale is one global per page (`configureLocalization` may run only once),
 * so a host that already uses it would break us or we it, and two elements with different `lang`
 * could not differ. This module is ≈ 1 KB and keeps the same `msg`-style ids.
 */
export type Messages = Readonly<Record<string, string>>;
/** Looks up a message by id, with its English text as the fallback and `{name}` parameters. */
export type Translator = (id: string, english: string, params?: Readonly<Record<string, string | number | undefined>>) => string;
type Loader = () => Promise<Messages | { default: Messages }>;

const loaded = new Map<string, Messages>();
const overrides = new Map<string, Record<string, string>>();
// Empty on purpose: no entry imports a shipped catalogue implicitly (a bundler without code splitting
// would inline them all). `strong-finish/translations/<lang>.js` registers one; the CDN builds register
// loaders that fetch it from their folder on first use (src/translations/lazy.ts).
const loaders = new Map<string, Loader>();
const pending = new Map<string, Promise<void>>();
const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;
/** Catalogues whose loader failed (already warned about): English there is not a gap to report. */
const failed = new Set<string>();
/** Per requested locale (normalized): the ids a render looked up and found nowhere. */
const missing = new Map<string, Set<string>>();
/** How long after the first gap the one console line waits, so the elements rendering around it are counted in it. */
const REPORT_DELAY = 1000;

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ku', 'ug']);

/**
 * Adds a language or overrides single strings, at any time, without rebuilding:
 * `registerTranslations('fr', { 'checklist.title': 'Ma liste' })`, or a loader
 * `registerTranslations('fr', () => import('./fr.js'))` that runs only when French is needed.
 * Host strings win over the built-in catalogues.
 */
export function registerTranslations(locale: string, messages: Messages | Loader): void {
  const key = normalize(locale);
  if (typeof messages === 'function') {
    loaders.set(key, messages);
    loaded.delete(key);
    pending.delete(key);
  } else {
    overrides.set(key, { ...overrides.get(key), ...messages });
  }
  for (const c of controllers) c.refresh();
}

/**
 * Registers a whole shipped catalogue synchronously (what `strong-finish/translations/<lang>.js` does), so
 * the first render is already translated. Unlike `registerTranslations(locale, messages)` these are not
 * host overrides: strings a host registered keep winning.
 */
export function registerCatalogue(locale: string, messages: Messages): void {
  const key = normalize(locale);
  loaded.set(key, messages);
  pending.delete(key);
  if (!loaders.has(key)) loaders.set(key, () => Promise.resolve(messages));
  for (const c of controllers) c.refresh();
}

/** The languages that have a catalogue (registered or loadable), plus English. */
export function availableLocales(): string[] {
  return [...new Set(['en', ...loaders.keys(), ...overrides.keys()])];
}

function normalize(locale: string): string {
  return locale.trim().replace(/_/g, '-').toLowerCase();
}

/** `es-MX` → [`es-mx`, `es`]. */
function candidates(locale: string): string[] {
  const n = normalize(locale);
  const base = n.split('-')[0];
  return base === n ? [n] : [n, base];
}

function lookup(locale: string, id: string): string | undefined {
  for (const c of candidates(locale)) {
    const text = overrides.get(c)?.[id] ?? loaded.get(c)?.[id];
    if (text !== undefined) return text;
  }
  return undefined;
}

/**
 * Does this locale have translations of its own, loaded (a page in a language nobody registered shows
 * English by design, and a catalogue still loading shows English for a moment)? Only then is an id it
 * lacks a gap worth reporting.
 */
function hasCatalogue(locale: string): boolean {
  let any = false;
  for (const c of candidates(locale)) {
    if (loaders.has(c) && !loaded.has(c)) return false;
    if (overrides.has(c) || (loaded.has(c) && !failed.has(c))) any = true;
  }
  return any;
}

/** Records an id a locale's catalogue lacks; the first one schedules the locale's one console line. */
function noteMissing(locale: string, id: string): void {
  const key = normalize(locale);
  if (key.split('-')[0] === 'en' || !hasCatalogue(key)) return;
  let ids = missing.get(key);
  if (!ids) {
    const gaps = (ids = new Set());
    missing.set(key, gaps);
    // One line per language, not one per render: what renders around the first gap is counted in it.
    setTimeout(() => {
      const list = [...gaps];
      console.warn(
        `strong-finish: "${locale}" lacks ${list.length} translation(s), shown in English: ${list.slice(0, 8).join(', ')}${list.length > 8 ? ', …' : ''}. missingTranslations('${locale}') lists them.`,
      );
    }, REPORT_DELAY);
  }
  ids.add(id);
}

/** @internal The ids a locale showed in English so far (for `missingTranslations`). */
export function shownInEnglish(locale: string): string[] {
  const key = normalize(locale);
  const ids = new Set<string>();
  for (const [k, gaps] of missing) if (k === key || k.split('-')[0] === key) for (const id of gaps) ids.add(id);
  return [...ids];
}

/** @internal A message in a locale (its region's, then its language's), undefined when it has none. */
export const translationOf = (locale: string, id: string): string | undefined => lookup(locale, id);

/** Every text a message id has in the catalogues loaded now (host strings included): how a stored default text is recognised. */
export function loadedTextsOf(id: string): string[] {
  const out: string[] = [];
  for (const messages of [...loaded.values(), ...overrides.values()]) if (typeof messages[id] === 'string') out.push(messages[id]);
  return out;
}

/**
 * The plural categories a language's whole counts select (`Intl.PluralRules` over 0–1000): French and
 * Spanish `one`, `other` (their `many` is only for exact millions, where `other` reads the same);
 * Arabic all six. What a catalogue gives for each counted message.
 */
const categoryCache = new Map<string, string[]>();
export function pluralCategories(locale: string): string[] {
  let list = categoryCache.get(locale);
  if (!list) {
    const set = new Set<string>();
    for (let n = 0; n <= 1000; n++) set.add(select(locale, n));
    categoryCache.set(locale, (list = [...set]));
  }
  return list;
}

function ensureLoaded(locale: string): Promise<void> | undefined {
  for (const c of candidates(locale)) {
    if (loaded.has(c)) return undefined;
    const loader = loaders.get(c);
    if (!loader) continue;
    let p = pending.get(c);
    if (!p) {
      p = loader().then(
        (m) => {
          loaded.set(c, ('default' in m ? m.default : m) as Messages);
        },
        (error: unknown) => {
          console.warn(`strong-finish: could not load the "${c}" translations (${String(error)}); showing English.`);
          failed.add(c);
          loaded.set(c, {});
        },
      );
      pending.set(c, p);
    }
    return p;
  }
  return undefined;
}

/** The nearest `lang`, crossing shadow roots; the document's otherwise; `en` last. */
export function nearestLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || 'en';
}

function watchLang(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  // One observer for the whole page: any `lang` change re-resolves every connected element.
  observer = new MutationObserver(() => {
    for (const c of controllers) c.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The CLDR plural category of `n` in `locale` (`one`/`other` where Intl can't tell). */
function select(locale: string, n: number): string {
  try {
    return intl(Intl.PluralRules, locale).select(n);
  } catch {
    return n === 1 ? 'one' : 'other';
  }
}

export function isRtl(locale: string): boolean {
  return RTL.has(normalize(locale).split('-')[0]);
}

/**
 * Per-element locale: follows the nearest `lang` live, or a locale the host element forces (the
 * profile's), loads the catalogue lazily and re-renders when it arrives.
 */
export class LocaleController implements ReactiveController {
  locale = 'en';
  #host: ReactiveControllerHost & HTMLElement;
  #forced: () => string | undefined;
  #onChange?: () => void;

  /** `onChange` runs once the new locale's catalogue is ready (to re-create untouched default content). */
  constructor(host: ReactiveControllerHost & HTMLElement, forced: () => string | undefined = () => undefined, onChange?: () => void) {
    this.#host = host;
    this.#forced = forced;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    watchLang();
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Re-resolves the locale; re-renders the host when it or its catalogue changed. */
  refresh(): void {
    let next = this.#forced() || nearestLang(this.#host);
    try {
      next = Intl.getCanonicalLocales(next)[0] ?? 'en';
    } catch {
      next = 'en';
    }
    const changed = next !== this.locale;
    this.locale = next;
    const loading = ensureLoaded(next);
    const ready = () => {
      if (this.locale !== next) return;
      if (changed) this.#onChange?.();
      this.#host.requestUpdate();
    };
    if (loading) void loading.then(ready);
    else ready();
  }

  get dir(): 'ltr' | 'rtl' {
    return isRtl(this.locale) ? 'rtl' : 'ltr';
  }

  /**
   * The message `id` in the active locale (its region's, then its language's), English otherwise, with
   * `{name}` placeholders filled. An id the locale's catalogue lacks is recorded for the one console
   * line and `missingTranslations()`.
   */
  t(id: string, english: string, params?: Readonly<Record<string, string | number | undefined>>): string {
    let text = english;
    if (!this.locale.startsWith('en') || overrides.size) {
      const found = lookup(this.locale, id);
      if (found !== undefined) text = found;
      else noteMissing(this.locale, id);
    }
    return params ? fillJoined(text, this.#format(params), this.locale) : text;
  }

  /** Every numeric parameter through `Intl.NumberFormat`, so digits never mix ("١٥ دقيقة لـ٣ أسئلة"). */
  #format(params: Readonly<Record<string, string | number | undefined>>): Record<string, string | undefined> {
    const formatted: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(params)) formatted[k] = typeof v === 'number' ? this.number(v) : v;
    return formatted;
  }

  /**
   * Picks a plural form with `Intl.PluralRules`: `plural(n, 'x.items', { one: '{n} item', other: '{n} items' })`.
   * Catalogues may add their own categories (`x.items.few` in Arabic); `{n}` and every other numeric
   * parameter are formatted for the locale. The category is the locale's (French 0 is `one`); one its
   * catalogue lacks falls back to that catalogue's `other`, and English comes last, by English's rules.
   */
  plural(n: number, id: string, forms: { one: string; other: string }, params: Record<string, string | number> = {}): string {
    const category = select(this.locale, n);
    let text: string | undefined;
    if (!this.locale.startsWith('en') || overrides.size) {
      text = lookup(this.locale, `${id}.${category}`);
      if (text === undefined) {
        // A category whole counts use (French "one" for 0 and 1) is a gap; an exact million's "many" is not.
        if (pluralCategories(this.locale).includes(category)) noteMissing(this.locale, `${id}.${category}`);
        // The language's own catch-all form before any English in its sentence.
        text = category === 'other' ? undefined : lookup(this.locale, `${id}.other`);
        if (text === undefined && category !== 'other') noteMissing(this.locale, `${id}.other`);
      }
    }
    // English last, picked by English's rules: French's "one" for 0 would give "0 contact".
    text ??= select('en', n) === 'one' ? forms.one : forms.other;
    return fillJoined(text, this.#format({ ...params, n }), this.locale);
  }

  /** `n` in the locale's digits ("١٥" in ar-EG); `options` as for `Intl.NumberFormat` (`{ signDisplay: 'exceptZero' }` for "+2"). */
  number(n: number, options?: Intl.NumberFormatOptions): string {
    try {
      return intl(Intl.NumberFormat, this.locale, options).format(n);
    } catch {
      return String(n);
    }
  }

  /** "15 minutes", "15 minutos", "١٥ دقيقة": a duration with its unit, never a hard-coded "min". */
  minutes(n: number): string {
    try {
      return intl(Intl.NumberFormat, this.locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(n);
    } catch {
      return this.plural(n, 'core.minutes', { one: '{n} minute', other: '{n} minutes' });
    }
  }

  /**
   * Items side by side, with the language's comma and no "and" ("SQL, dbt"; Arabic "SQL، dbt"): tags,
   * a name with a role and a company. `list()` is for a sentence's "a, b and c".
   */
  items(items: readonly string[]): string {
    return items.join(this.t('core.comma', ', '));
  }

  list(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
    try {
      return intl(Intl.ListFormat, this.locale, { style: 'long', type }).format(items);
    } catch {
      return items.join(', ');
    }
  }
}
