/**
 * French at the joins and in names (issue #32), registered with the French catalogue
 * (`strong-finish/translations/fr.js`, or the CDN's French chunks), so pages in other languages do not
 * carry it. A module without imports, so that a standalone file stays one file: à le → au, à les → aux, de le → du, de les → des, the elision (d’Hélène, qu’Ibrahim,
 * l’équipe), titles spelled out in salutations and subjects («Madame Haddad», «Docteure Haddad»,
 * «Maître Martin») and abbreviated after their article in running text («la Dre Sara Haddad»), the
 * letter's vocative («Madame,», «Maître,», «Madame la Professeure,») and a team's name
 * («l’équipe marketing» → «Bonjour l’équipe marketing,»). See docs/internals/address.md.
 */
import type { Addressee } from './address.js';
import type { Grammar } from './grammar.js';

const titleKey = (title: string) => title.replace(/\s+/gu, '').toLowerCase().replace(/\.+$/u, '');

/** Vowels that take the elision (not «y»: «de Yann»), and the names and words whose «h» is mute or «y» a vowel. */
const FR_VOWEL = /^[aeiouàâäéèêëîïôöûùüœæ]/iu;
const FR_ELIDES = /^(?:h(?:élène|éloïse|ugo|ugues|ector|ervé|enri|enriette|ortense|ubert|adrien|annah|ippolyte|onoré|élia|omme|eure|istoire|abitude|iver|ôtel|ôpital|onneur|umour|umain)|y(?:ves|vette|vonne|annick))(?!\p{L})/iu;
const frElides = (value: string) => FR_VOWEL.test(value) || FR_ELIDES.test(value);
/**
 * French titles, by the key `titleKey` gives: [abbreviation as French sets it (no dot after a last letter),
 * spelled out feminine, masculine]. Spelled out in a salutation and a subject («Madame Haddad», «Maître
 * Martin»), abbreviated in running text, after the article («la Dre Sara Haddad», «Me Paul Martin»).
 * «Mlle» is written «Madame», as French administration has since 2012.
 */
const FR_TITLES: Record<string, [string, string, string]> = {
  mme: ['Mme', 'Madame', 'Madame'], madame: ['Mme', 'Madame', 'Madame'], mlle: ['Mme', 'Madame', 'Madame'],
  m: ['M.', 'Monsieur', 'Monsieur'], monsieur: ['M.', 'Monsieur', 'Monsieur'],
  dr: ['Dr', 'Docteure', 'Docteur'], dre: ['Dre', 'Docteure', 'Docteure'], docteur: ['Dr', 'Docteure', 'Docteur'], docteure: ['Dre', 'Docteure', 'Docteure'],
  pr: ['Pr', 'Professeure', 'Professeur'], prof: ['Pr', 'Professeure', 'Professeur'], pre: ['Pre', 'Professeure', 'Professeure'], professeur: ['Pr', 'Professeure', 'Professeur'], professeure: ['Pre', 'Professeure', 'Professeure'],
  me: ['Me', 'Maître', 'Maître'], maître: ['Me', 'Maître', 'Maître'],
};
/** Titles written without an article in running text («avec Mme Haddad», «avec Me Martin»), the others after one («avec la Dre Haddad»). */
const FR_NO_ARTICLE = new Set(['Mme', 'M.', 'Me']);
const frTitle = (a: Addressee) => FR_TITLES[titleKey(a.title)];
/** The titled name for a salutation or a subject: «Madame Haddad», «Docteure Haddad», «Maître Martin»; untitled: «Madame Haddad» by form, else the full name. */
const frTitled = (a: Addressee): string => {
  const known = frTitle(a);
  if (known) {
    // Madame, Monsieur, Maître say nothing more of the gender; Docteur(e), Professeur(e) need it, else the abbreviation («Dr Haddad»).
    if (known[1] === known[2] || a.form) return `${known[a.form === 'masculine' ? 2 : 1]} ${a.surname}`;
    return `${known[0]} ${a.surname}`;
  }
  if (a.title) return `${a.title} ${a.surname}`;
  return a.form ? `${a.form === 'feminine' ? 'Madame' : 'Monsieur'} ${a.surname}` : a.name;
};
/** French's hooks; whoever loads the French catalogue registers them (`registerGrammar('fr', french)`). */
const french: Grammar = {
  join(before, value) {
    // à le → au, à les → aux, de le → du, de les → des: the article the value starts with («le Dr Martin», «les cafés du vendredi»).
    // Not before a capital: a surname's article never contracts («de Le Goff»); a place's («du Havre») is hers to write.
    const prep = /(^|[\s(«“"'’])(à|À|de|De) $/u.exec(before);
    const article = /^(le|les) /u.exec(value);
    if (prep && article) {
      const p = prep[2];
      const de = p.toLowerCase() === 'de';
      const fused = article[1] === 'le' ? (de ? 'du' : 'au') : de ? 'des' : 'aux';
      before = before.slice(0, before.length - p.length - 1) + (p[0] === p[0].toUpperCase() ? fused[0].toUpperCase() + fused.slice(1) : fused) + ' ';
      value = value.slice(article[0].length);
    }
    // Elision before a vowel or a mute h: de Hélène → d’Hélène, que Ibrahim → qu’Ibrahim, le équipe → l’équipe.
    const el = /(^|[\s(«“"'’])(de|De|le|Le|la|La|que|Que|jusque|Jusque) $/u.exec(before);
    if (el && frElides(value)) before = `${before.slice(0, before.length - el[2].length - 1)}${el[2].slice(0, -1)}’`;
    return [before, value];
  },
  titled: frTitled,
  // In running text the title keeps its abbreviation and, for a doctor or a professor, its article: «la Dre Sara Haddad», «le Pr Luc Martin», «Mme Sara Haddad».
  inRunningText(a) {
    const known = frTitle(a);
    if (!known) return a.title ? `${a.title} ${a.name}` : a.name;
    const abbr = known[0] === 'Dr' && a.form === 'feminine' ? 'Dre' : known[0] === 'Pr' && a.form === 'feminine' ? 'Pre' : known[0];
    if (FR_NO_ARTICLE.has(abbr)) return `${abbr} ${a.name}`;
    return a.form ? `${a.form === 'feminine' ? 'la' : 'le'} ${abbr} ${a.name}` : a.name;
  },
  // A letter's salutation names no one but the title: «Madame,», «Monsieur,», «Docteure,», «Maître,», «Madame la Professeure,».
  vocative(a) {
    const known = frTitle(a);
    const f = a.form === 'feminine';
    if (known?.[1] === 'Maître') return 'Maître';
    if (known?.[1] === 'Docteure' && a.form) return f ? 'Docteure' : 'Docteur';
    if (known?.[1] === 'Professeure' && a.form) return f ? 'Madame la Professeure' : 'Monsieur le Professeur';
    return a.form ? (f ? 'Madame' : 'Monsieur') : '';
  },
  // «l’équipe marketing» → «marketing» («Bonjour l’équipe marketing,»), «Marketing» → «Marketing», «l’équipe» alone → everyone.
  teamName(name) {
    return name.trim().replace(/^(?:(?:toute\s+)?l['’]\s*|la\s+|une\s+)?équipe(?!\p{L})\s*/iu, '');
  },
};
export default french;
