/**
 * Who a person is, once: how the intern addresses them in everything the kit writes for her to send
 * (docs/internals/address.md). The stored fields are optional on any person record; `resolveAddress`
 * turns them, the name and the relationship into what every text uses. Pure.
 */
import { greetingName, splitTitle } from './names.js';
import { runningName, teamName, titledName, vocative } from './grammar.js';
import type { Translator } from './i18n.js';

/** Grammatical gender for agreement ("Estimada", «المحترمة»); `neutral` is the stored "not said". */
export const FORMS = ['neutral', 'feminine', 'masculine'] as const;
/** Formal: usted (es), the plural of respect (ar), vous (fr), "Dear Dr. Haddad" (en). Familiar: tú, the singular, tu, "Hi Sara". */
export const REGISTERS = ['formal', 'familiar'] as const;
/** A person, or a team written to as one ("el equipo de marketing", «فريق التسويق»). */
export const KINDS = ['person', 'team'] as const;

export type Form = (typeof FORMS)[number];
export type Register = (typeof REGISTERS)[number];
export type Kind = (typeof KINDS)[number];

/** The address fields a person record may carry (all optional; absent means "by the rule"). */
export interface PersonAddress {
  name?: string;
  greeting?: string;
  /** As written ("Dra.", "د."); absent: the title at the front of `name`; `''`: explicitly none. */
  title?: string;
  form?: Form;
  register?: Register;
  kind?: Kind;
}

/** A person as every text addresses them. */
export interface Addressee {
  kind: Kind;
  /** The full name without its title ("Sara Haddad"); for a team, its name as typed. */
  name: string;
  /** The title as written, `''` when none. */
  title: string;
  /** How to greet them ("Sara", "عبد الله"). */
  given: string;
  /** What follows the greeting name ("Haddad", "López Díaz"); the name itself when it is one word. */
  surname: string;
  /** Known gender for agreement; undefined: wording that needs none. */
  form?: 'feminine' | 'masculine';
  formal: boolean;
  /** The language (`es`) and the full locale (`es-MX`) the text is written in. */
  lang: string;
  locale: string;
}

/** Titles that say the person's gender, lower case without final dots. */
const FEMININE_TITLES = new Set(['dra', 'sra', 'srta', 'profa', 'lcda', 'mtra', 'dña', 'doña', 'doctora', 'profesora', 'señora', 'señorita', 'ingeniera', 'licenciada', 'mrs', 'ms', 'miss', 'dame', 'mme', 'mlle', 'madame', 'mademoiselle', 'dre', 'docteure', 'pre', 'professeure', 'الدكتورة', 'الأستاذة', 'المهندسة', 'السيدة', 'الشيخة', 'الآنسة']);
const MASCULINE_TITLES = new Set(['dr', 'sr', 'don', 'd', 'lcdo', 'mtro', 'doctor', 'profesor', 'señor', 'ingeniero', 'licenciado', 'mr', 'sir', 'm', 'monsieur', 'الدكتور', 'الأستاذ', 'المهندس', 'السيد', 'الشيخ']);
// "Dr." is masculine in Spanish ("Dra." is its feminine) but says nothing in English or French.
const SPANISH_ONLY = new Set(['dr', 'd', 'm']);

const key = (title: string) => title.trim().toLowerCase().replace(/\.+$/u, '').replace(/\.\s*/gu, '.');

/** The gender a title says in a language ("Dra." → feminine; "Dr." → masculine in Spanish only; "د." → nothing). */
export function titleForm(title: string, lang = 'en'): 'feminine' | 'masculine' | undefined {
  // A compound title ("Prof. Dra.") says what its gendered word says.
  for (const word of title.split(/\s+/u).filter(Boolean)) {
    const k = key(word);
    if (FEMININE_TITLES.has(k)) return 'feminine';
    if (MASCULINE_TITLES.has(k) && (!SPANISH_ONLY.has(k) || lang === 'es' || (k === 'm' && lang === 'fr'))) return 'masculine';
  }
  return undefined;
}

const langOf = (locale: string) => (locale || 'en').toLowerCase().split(/[-_]/)[0];

/** American Spanish (es-MX, es-419, es-AR…): titled people are written to with usted by default. */
function americanSpanish(locale: string): boolean {
  const [lang, region = ''] = locale.toLowerCase().split(/[-_]/);
  return lang === 'es' && region !== '' && region !== 'es' && region !== 'gq';
}

/**
 * The register a person gets when the intern has not chosen one: formal for a supervisor or a
 * reference, familiar for peers, mentors and staff; in American Spanish formal for anyone with a title.
 */
export function defaultRegister(relationship: string | undefined, locale: string, titled = false): Register {
  if (relationship === 'supervisor' || relationship === 'reference') return 'formal';
  return titled && americanSpanish(locale) ? 'formal' : 'familiar';
}

/** Does a team's name read as a team ("el equipo de marketing", "Marketing team", «فريق التسويق»)? */
export function looksLikeTeam(name: string): boolean {
  return /^(?:(?:el|la|the)\s+)?(?:equipo|team|l['’]équipe|équipe)(?!\p{L})|^فريق(?!\p{L})|(?<!\p{L})team$/iu.test(name.trim());
}

/**
 * The person as texts address them: stored choices first, then the rule (title from the name, gender
 * from a gendered title, register by relationship and locale).
 */
export function resolveAddress(p: PersonAddress, locale: string, relationship?: string): Addressee {
  const lang = langOf(locale);
  const full = (p.name ?? '').trim();
  const kind: Kind = p.kind === 'team' ? 'team' : 'person';
  const parsed = kind === 'team' ? { title: '', rest: full } : splitTitle(full);
  const title = (p.title ?? parsed.title).trim();
  const name = parsed.rest || full;
  const given = p.greeting?.trim() || greetingName(name) || name;
  const words = name.split(/\s+/u);
  const givenWords = greetingName(name).split(/\s+/u).length;
  const surname = words.length > givenWords ? words.slice(givenWords).join(' ') : name;
  const stored = p.form === 'feminine' || p.form === 'masculine' ? p.form : undefined;
  const form = kind === 'team' ? undefined : stored ?? titleForm(title, lang);
  const formal = (p.register ?? defaultRegister(relationship, locale, !!title)) === 'formal';
  return { kind, name, title, given, surname, ...(form ? { form } : {}), formal, lang, locale };
}

/**
 * Does this text need the person's gender that it does not have? True for a formal text to a person
 * in a language whose formal greetings agree with them (es, ar, fr): the UI then asks, once.
 */
export function needsForm(a: Addressee): boolean {
  return a.kind === 'person' && !a.form && a.formal && ['es', 'ar', 'fr'].includes(a.lang);
}

/**
 * How a text opens: `formal` (the person's title and agreement), `letter` (formal, as a letter or a
 * card opens: French names the title alone, «Madame,», «Maître,»; the same as `formal` elsewhere),
 * `warm` or `brief` (their greeting name).
 */
export type Style = 'formal' | 'letter' | 'warm' | 'brief';

/**
 * The salutation line(s) for a person or a team, in the translator's language, never with a slash:
 * "Estimada Dra. Haddad:", «الدكتورة سارة حداد المحترمة،» + «تحية طيبة وبعد،», "Hola, Sara:",
 * "Hola, equipo de marketing:". Without a known gender a formal one uses wording that needs none.
 */
export function salutation(t: Translator, a: Addressee, style: Style = a.formal ? 'formal' : 'warm'): string {
  if (a.kind === 'team') {
    const team = teamName(a);
    if (!team) return t('address.team.all', 'Hi everyone,');
    return style === 'formal' || style === 'letter' ? t('address.team.formal', 'Dear {team},', { team }) : t('address.team.familiar', 'Hi {team},', { team });
  }
  if (style === 'formal' || style === 'letter') {
    const name = titledName(a);
    // A language with a vocative (fr) opens a letter with the title alone («Madame,») and any other
    // formal text with the titled name («Bonjour Madame Haddad,», `address.formal.n`).
    const called = vocative(a);
    if (called) return style === 'letter' ? t(a.form === 'masculine' ? 'address.formal.m' : 'address.formal.f', 'Dear {name},', { name: called }) : t('address.formal.n', 'Dear {name},', { name });
    if (a.form === 'feminine') return t('address.formal.f', 'Dear {name},', { name });
    if (a.form === 'masculine') return t('address.formal.m', 'Dear {name},', { name });
    return t('address.formal.n', 'Dear {name},', { name });
  }
  return style === 'brief' ? t('address.brief', 'Hi {first},', { first: a.given }) : t('address.familiar', 'Hi {first},', { first: a.given });
}

/** How a subject line or a calendar title names them: the titled name when formal, the greeting name otherwise. */
export function shortName(a: Addressee): string {
  if (a.kind === 'team') return teamName(a) || a.name;
  return a.formal ? titledName(a) : a.given;
}

export { runningName, titledName, teamName };
