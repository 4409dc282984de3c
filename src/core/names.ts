/**
 * How to greet a person: the part of a full name a colleague would write after "Hi". The first word
 * alone is wrong for many names ("عبد الله الأحمد" is not "عبد", "Dr. Sara Ali" is not "Dr.", "María José
 * López" is "María José"), so this knows a few rules; a person's own "how to greet them" field wins.
 */

/**
 * Titles dropped from the front ("Dr. Sara" → "Sara"). Lower-case, without the final dot. English,
 * Spanish, Arabic and French (the shipped languages), and German, Portuguese and Italian, which hosts
 * often add ("M. Jean Martin", "Frau Dr. Weber", "Sr.ª Ana Costa", "Dott.ssa Giulia Bianchi").
 */
const TITLES = new Set([
  'dr', 'prof', 'mr', 'mrs', 'ms', 'mx', 'sir', 'dame',
  'sr', 'sra', 'srta', 'd', 'dña', 'don', 'doña', 'dra', 'profa', 'ing', 'lic', 'lcdo', 'lcda', 'mtro', 'mtra', 'doctor', 'doctora', 'profesor', 'profesora', 'señor', 'señora',
  'د', 'أ', 'م', 'أ.د', 'د.م', 'الدكتور', 'الدكتورة', 'الأستاذ', 'الأستاذة', 'الأستاذ/ة', 'المهندس', 'المهندسة', 'السيد', 'السيدة', 'الشيخ', 'الشيخة', 'حضرة',
  // French (Dre and Pre: Quebec's Docteure and Professeure; Me: Maître, for lawyers and notaries)
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dre', 'pr', 'pre', 'me', 'monsieur', 'madame', 'mademoiselle', 'docteur', 'docteure', 'professeur', 'professeure', 'maître',
  // German
  'herr', 'frau', 'hr', 'fr', 'dipl.-ing',
  // Portuguese (the feminine with ª: Dr.ª, Sr.ª, Prof.ª, Eng.ª)
  'dr.ª', 'drª', 'sr.ª', 'srª', 'prof.ª', 'profª', 'eng', 'eng.ª', 'engª', 'dona', 'senhor', 'senhora',
  // Italian
  'sig', 'sig.ra', 'sig.na', 'dott', 'dott.ssa', 'prof.ssa', 'avv', 'signor', 'signore', 'signora', 'dottore', 'dottoressa', 'professore', 'professoressa',
]);

/** Arabic name parts that never stand alone: they join the next word ("عبد الله", "أبو بكر"). */
const JOINS_NEXT = new Set(['عبد', 'أبو', 'ابو', 'أبي', 'بن', 'ابن', 'بنت', 'آل', 'abd', 'abdel', 'abdul', 'abu', 'bin', 'ibn']);
/** "al"/"el" join the next word only written in lower case ("al Rashid"): "Al Gore" is greeted "Al". */
const JOINS_NEXT_LOWER = new Set(['al', 'el']);
/** Spanish particles inside a double first name: "María del Carmen", "María de los Ángeles". */
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los']);

/**
 * Given names that usually form a double first name with the next given name in Spanish and Portuguese
 * ("María José", "Juan Carlos", "José Luis"). Only joined when the next word is itself a given name.
 */
const DOUBLE_LEADERS = new Set(['maría', 'maria', 'josé', 'jose', 'juan', 'ana', 'luis', 'josé maría', 'miguel', 'carlos', 'francisco', 'pedro', 'mari', 'rosa', 'jesús', 'ángel', 'juana', 'luz', 'mar']);
const DOUBLE_SECONDS = new Set(['josé', 'jose', 'maría', 'maria', 'carlos', 'luis', 'antonio', 'manuel', 'pablo', 'ignacio', 'isabel', 'teresa', 'elena', 'belén', 'carmen', 'fernanda', 'eugenia', 'paula', 'laura', 'lucía', 'jesús', 'ángel', 'miguel', 'andrés', 'sofía', 'pilar', 'francisco', 'alberto', 'david', 'gabriel', 'ramón', 'rosa', 'cruz', 'victoria', 'alejandro', 'martín']);

/** Given names that follow "de", "del", "de la", "de los" in a double first name. */
// Only after "María": "Juan de la Cruz" and "Ana del Valle" are usually given name + surname.
const PARTICLE_LEADERS = new Set(['maría', 'maria', 'mari']);
const DOUBLE_SECONDS_AFTER_PARTICLE = new Set(['carmen', 'pilar', 'rosario', 'mar', 'jesús', 'ángeles', 'angeles', 'dolores', 'mercedes', 'luz', 'rocío', 'rocio', 'montserrat', 'consuelo', 'socorro', 'guadalupe']);

const strip = (word: string) => word.toLowerCase().replace(/[.،,:]+$/u, '');

/**
 * The name to greet someone by, from their full name: titles dropped, Arabic compound names
 * (عبد / أبو / بن / آل + the next word) and Spanish double first names kept whole, hyphenated names
 * kept as written. Returns the trimmed input when nothing better is known, never an empty string for
 * a non-empty name.
 */
export function greetingName(fullName: string): string {
  const words = fullName.trim().split(/\s+/u).filter(Boolean);
  // A title written against the name ("د.سارة", "Dr.Sara", "أ.د.محمد") is a title and a name.
  // (Not when the whole word is a title with a dot inside: "Sig.ra", "Dott.ssa", "Dr.ª".)
  const glued = /^(.+\.)(\p{L}.*)$/u.exec(words[0] ?? '');
  if (glued && !TITLES.has(strip(words[0])) && TITLES.has(strip(glued[1]))) words.splice(0, 1, glued[1], glued[2]);
  while (words.length > 1 && TITLES.has(strip(words[0]))) words.shift();
  if (!words.length) return fullName.trim();
  const [first, second] = words;
  const lower = strip(first);
  // "عبدالله" written as one word needs nothing; "عبد الله" and "أبو بكر" need the next word.
  if (second && (JOINS_NEXT.has(lower) || JOINS_NEXT_LOWER.has(first))) return `${first} ${second}`;
  if (second && DOUBLE_LEADERS.has(lower)) {
    if (DOUBLE_SECONDS.has(strip(second))) return `${first} ${second}`;
    // "María del Carmen", "María de los Ángeles": particles, then one given name.
    let i = PARTICLE_LEADERS.has(lower) ? 1 : words.length;
    while (i < words.length - 1 && PARTICLES.has(words[i].toLowerCase())) i++;
    if (i > 1 && i < words.length && DOUBLE_SECONDS_AFTER_PARTICLE.has(strip(words[i]))) return words.slice(0, i + 1).join(' ');
  }
  return first;
}

/**
 * The title(s) at the front of a full name, as written, and the rest: "Dra. Lucía Fernández" →
 * `{ title: 'Dra.', rest: 'Lucía Fernández' }`, "أ.د.عبد الله" → `{ title: 'أ.د.', rest: 'عبد الله' }`.
 * A one-word name is never a title ("Don" alone is a name).
 */
export function splitTitle(fullName: string): { title: string; rest: string } {
  const words = fullName.trim().split(/\s+/u).filter(Boolean);
  const glued = /^(.+\.)(\p{L}.*)$/u.exec(words[0] ?? '');
  if (glued && TITLES.has(strip(glued[1]))) words.splice(0, 1, glued[1], glued[2]);
  const title: string[] = [];
  while (words.length > 1 && TITLES.has(strip(words[0]))) title.push(words.shift()!);
  return { title: title.join(' '), rest: words.join(' ') };
}

/** Does the full name start with a title ("د. سارة", "Dr. Sara", "Dra.Lucía")? A salutation then adds none of its own. */
export function hasTitle(fullName: string): boolean {
  const [first = '', second] = fullName.trim().split(/\s+/u);
  const glued = /^(.+\.)(\p{L}.*)$/u.exec(first);
  return !!((second && TITLES.has(strip(first))) || (glued && TITLES.has(strip(glued[1]))));
}

/** A person's greeting name: their own "how to greet them" when given, else the rule above. */
export const greetName = (person: { name?: string; greeting?: string }): string =>
  person.greeting?.trim() || greetingName(person.name ?? '');
