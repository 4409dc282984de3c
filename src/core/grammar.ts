/**
 * Grammar at the joins, per language: what changes where a template meets a value (es "a" + "el …" →
 * "al …", ar «لـ» + «لمى» → «للمى», «يا» + «أبو بكر» → «يا أبا بكر»), and how a person is named with a
 * title in a salutation or in running text ("Estimada Dra. Haddad", "con la Dra. Sara Haddad",
 * «الدكتورة سارة حداد»). Every message filled by the kit's translator goes through `fillJoined`, so a
 * join is right wherever it happens. A language adds its rules with `registerGrammar`; French's
 * (de le → du, élision, «Madame Haddad») are in grammar-fr.ts and arrive with the French catalogue.
 * See docs/internals/address.md.
 */
import type { Addressee } from './address.js';

export interface Grammar {
  /** Fixes the join of template text `before` and a substituted `value`; returns both, changed or not. */
  join?(before: string, value: string): [string, string];
  /** The name with its title, as a salutation writes it ("Dra. Haddad"); the full name without one. */
  titled?(a: Addressee): string;
  /** The person after a preposition ("la Dra. Sara Haddad"). */
  inRunningText?(a: Addressee): string;
  /** A team's name as a salutation writes it ("equipo de marketing"); `''`: greet everyone instead. */
  teamName?(name: string): string;
  /**
   * The salutation of a letter when it names only the title (fr «Madame», «Maître», «Madame la
   * Professeure»); `''` or absent: the language's formal salutation with the titled name.
   */
  vocative?(a: Addressee): string;
}

const grammars = new Map<string, Grammar>();

/** Adds or replaces a language's rules (by language subtag: `fr`). */
export function registerGrammar(lang: string, grammar: Grammar): void {
  grammars.set(lang.toLowerCase(), grammar);
}

export function grammarOf(locale: string): Grammar {
  return grammars.get((locale || 'en').toLowerCase().split(/[-_]/)[0]) ?? {};
}

/**
 * Fills `{name}` placeholders like `fill`, passing each join through the language's rule. Unknown
 * placeholders stay as written; values are inserted once (braces in a value stay as typed).
 */
export function fillJoined(template: string, params: Readonly<Record<string, string | number | undefined>>, locale: string): string {
  const join = grammarOf(locale).join;
  let out = '';
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    out += template.slice(last, m.index);
    last = m.index! + m[0].length;
    const raw = params[m[1]];
    if (raw === undefined || raw === '') {
      out += m[0];
      continue;
    }
    let value = String(raw);
    if (join) [out, value] = join(out, value);
    out += value;
  }
  return out + template.slice(last);
}

const titleKey = (title: string) => title.replace(/\s+/gu, '').toLowerCase().replace(/\.+$/u, '');

// ——— Spanish ———
registerGrammar('es', {
  join(before, value) {
    // a + el → al, de + el → del; not before a name written with a capital ("a El Salvador").
    const prep = /(^|[\s(«“"])(a|A|de|De) $/u.exec(before);
    if (prep && /^el\s/u.test(value)) {
      const p = prep[2];
      before = before.slice(0, before.length - p.length - 1) + (p.toLowerCase() === 'a' ? `${p[0]}l ` : `${p[0]}el `);
      value = value.slice(3);
    }
    // One o'clock takes the singular: "a la 1:00 p. m.", "a las 3:00".
    const las = /(^|\s)([Ll])as $/u.exec(before);
    if (las && /^0?1(?:[:.]\d\d)?(?!\d)/u.test(value)) before = `${before.slice(0, -4)}${las[2]}a `;
    return [before, value];
  },
  titled: (a) => (a.title ? `${a.title} ${a.surname}` : a.name),
  // The article before a title agrees with the person: "con la Dra. Haddad"; without a known gender, no title.
  inRunningText: (a) => (a.title && a.form ? `${a.form === 'feminine' ? 'la' : 'el'} ${a.title} ${a.name}` : a.name),
  teamName(name) {
    const bare = name.trim().replace(/^(el|la|los|las)\s+/iu, '');
    return /^equipo(?!\p{L})/iu.test(bare) ? bare.charAt(0).toLowerCase() + bare.slice(1) : `equipo de ${bare}`;
  },
});

// ——— Arabic ———
const AR_LETTER = /^[\u0621-\u064A]/u;
/** Abbreviated Arabic titles, spelled out by gender: [feminine, masculine]. */
const AR_TITLES: Record<string, [string, string]> = {
  'د': ['الدكتورة', 'الدكتور'],
  'أ': ['الأستاذة', 'الأستاذ'],
  'م': ['المهندسة', 'المهندس'],
  'أ.د': ['الأستاذة الدكتورة', 'الأستاذ الدكتور'],
  'د.م': ['الدكتورة المهندسة', 'الدكتور المهندس'],
};
/** The five nouns whose case shows in a letter: [accusative, genitive] ("يا أبا بكر", "مع أبي بكر"). */
const AR_FIVE: Record<string, [string, string]> = { 'أبو': ['أبا', 'أبي'], 'ابو': ['ابا', 'ابي'], 'أخو': ['أخا', 'أخي'], 'ذو': ['ذا', 'ذي'] };
const arTitled = (a: Addressee) => {
  if (!a.title) return a.form ? `${a.form === 'feminine' ? 'الأستاذة' : 'الأستاذ'} ${a.name}` : a.name;
  const spelled = AR_TITLES[titleKey(a.title)];
  return spelled && a.form ? `${spelled[a.form === 'feminine' ? 0 : 1]} ${a.name}` : `${a.title} ${a.name}`;
};
registerGrammar('ar', {
  join(before, value) {
    // «لـ» and «بـ» before a name are written joined: «للمى»، «للفريق»، «لسارة»، «بالفريق»; before Latin letters or digits the tatweel stays.
    const clitic = /([لب])ـ$/u.exec(before);
    if (clitic && AR_LETTER.test(value)) {
      before = before.slice(0, -2) + clitic[1];
      if (clitic[1] === 'ل' && value.startsWith('ال')) value = `ل${value.slice(2)}`;
    }
    // The five nouns take their case from what comes before: accusative when called (يا، مرحبًا: «يا أبا بكر»),
    // genitive after a preposition or «حضرة» («مع أبي بكر»، «لأبي بكر»).
    const [first, ...rest] = value.split(' ');
    if (AR_FIVE[first] && rest.length) {
      if (/(^|\s|و)(يا|مرحبًا|أهلًا) $/u.test(before)) value = [AR_FIVE[first][0], ...rest].join(' ');
      else if (/(^|\s|و)(حضرة|مع|إلى|على|من|عن|في|لدى) $|[لب]$/u.test(before)) value = [AR_FIVE[first][1], ...rest].join(' ');
    }
    return [before, value];
  },
  titled: arTitled,
  inRunningText: arTitled,
  teamName(name) {
    const bare = name.trim();
    if (/^(ال)?فريق( العمل)?$/u.test(bare)) return '';
    return /^فريق(?!\p{L})/u.test(bare) ? bare : `فريق ${bare}`;
  },
});

// ——— English ———
registerGrammar('en', {
  titled: (a) => (a.title ? `${a.title} ${a.surname}` : a.name),
  inRunningText: (a) => (a.title ? `${a.title} ${a.name}` : a.name),
  teamName(name) {
    const bare = name.trim().replace(/^the\s+/iu, '');
    return /(?<!\p{L})team(?!\p{L})/iu.test(bare) ? bare : `${bare} team`;
  },
});

/** The titled name for a salutation, in the person's language. */
export const titledName = (a: Addressee): string => grammarOf(a.lang).titled?.(a) ?? (a.title ? `${a.title} ${a.name}` : a.name);
/** The person in running text ("con la Dra. Sara Haddad"). */
export const runningName = (a: Addressee): string => (a.kind === 'team' ? a.name : grammarOf(a.lang).inRunningText?.(a) ?? (a.title ? `${a.title} ${a.name}` : a.name));
/** A letter's salutation by title alone (fr «Madame»); `''` when the language has none for this person. */
export const vocative = (a: Addressee): string => grammarOf(a.lang).vocative?.(a) ?? '';
/** A team's name for a salutation; `''` to greet everyone. */
export const teamName = (a: Addressee): string => grammarOf(a.lang).teamName?.(a.name) ?? a.name;
