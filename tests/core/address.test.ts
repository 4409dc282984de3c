// The address model and the grammar at the joins (src/core/address.ts, src/core/grammar.ts), and the
// holidays and prose dates every sent text and follow-up uses (src/core/holidays.ts, src/core/dates.ts).
import { expect } from '@open-wc/testing';
import { defaultRegister, needsForm, resolveAddress, salutation, shortName, titleForm } from '../../src/core/address.js';
import { fillJoined, registerGrammar, runningName } from '../../src/core/grammar.js';
import { DaysOff, daysOff, holidayRegion, holidayRules, registerHolidays, workday } from '../../src/core/holidays.js';
import { easter, publicHolidays } from '../../src/core/holiday-rules.js';
import { localeWeekend, proseDate, proseTime, suggestedDate } from '../../src/core/dates.js';
import { collectTasks } from '../../src/core/tasks/tasks.js';
import { LocaleController } from '../../src/core/i18n.js';
import '../../src/translations/es.js';
import '../../src/translations/ar.js';
import '../../src/translations/fr.js';

async function translator(lang: string): Promise<LocaleController> {
  const words = new LocaleController({ addController() {}, requestUpdate() {} } as never, () => lang);
  words.hostConnected();
  for (let i = 0; i < 160 && !lang.startsWith('en') && words.t('thanks.rel.mentor', 'Mentor') === 'Mentor'; i++) await new Promise((r) => setTimeout(r, 50));
  return words;
}

describe('the address model', () => {
  it('reads the title from the name and the gender from a gendered title, per language', () => {
    expect(resolveAddress({ name: 'Dra. Sara Haddad' }, 'es')).to.include({ title: 'Dra.', name: 'Sara Haddad', given: 'Sara', surname: 'Haddad', form: 'feminine' });
    expect(resolveAddress({ name: 'Dr. Luis Pérez' }, 'es').form).to.equal('masculine');
    // "Dr." says nothing of the person in English; «د.» says nothing in Arabic.
    expect(resolveAddress({ name: 'Dr. Sara Ali' }, 'en').form).to.equal(undefined);
    expect(resolveAddress({ name: 'د. سارة حداد' }, 'ar')).to.include({ title: 'د.', name: 'سارة حداد' }).and.not.to.have.property('form');
    expect(titleForm('الأستاذة')).to.equal('feminine');
    expect(titleForm('Mme', 'fr')).to.equal('feminine');
    expect(titleForm('M.', 'fr')).to.equal('masculine');
    expect(resolveAddress({ name: 'María José López Díaz' }, 'es')).to.include({ given: 'María José', surname: 'López Díaz' });
  });

  it('stored choices win over the rule; "neutral" is "not said"', () => {
    expect(resolveAddress({ name: 'Dra. Sara Haddad', form: 'masculine' }, 'es').form).to.equal('masculine');
    expect(resolveAddress({ name: 'Sara Haddad', form: 'neutral' }, 'es').form).to.equal(undefined);
    expect(resolveAddress({ name: 'Dr. Sara Haddad', title: '' }, 'en').title).to.equal('');
    expect(resolveAddress({ name: 'Sara Haddad', title: 'Prof.' }, 'en').title).to.equal('Prof.');
    expect(resolveAddress({ name: 'Sara Haddad', greeting: 'Sasa' }, 'en').given).to.equal('Sasa');
    expect(resolveAddress({ name: 'el equipo de datos', kind: 'team' }, 'es')).to.include({ kind: 'team', title: '' });
  });

  it('registers by relationship: supervisors and references formal, peers familiar; American Spanish formal for titled people', () => {
    expect(defaultRegister('supervisor', 'es-ES')).to.equal('formal');
    expect(defaultRegister('reference', 'ar')).to.equal('formal');
    expect(defaultRegister('teammate', 'es-ES', true)).to.equal('familiar');
    expect(defaultRegister('teammate', 'es-MX', true)).to.equal('formal');
    expect(defaultRegister('teammate', 'es-419', true)).to.equal('formal');
    expect(defaultRegister('teammate', 'es-MX', false)).to.equal('familiar');
    expect(resolveAddress({ name: 'Ing. Luis Pérez' }, 'es-AR').formal).to.equal(true);
    expect(resolveAddress({ name: 'Sara', register: 'familiar' }, 'es', 'supervisor').formal).to.equal(false);
  });

  it('asks for the gender only where a formal text in the language needs it', () => {
    expect(needsForm(resolveAddress({ name: 'Lucía Fernández' }, 'es', 'supervisor'))).to.equal(true);
    expect(needsForm(resolveAddress({ name: 'Dra. Lucía Fernández' }, 'es', 'supervisor'))).to.equal(false);
    expect(needsForm(resolveAddress({ name: 'Lucía Fernández' }, 'en', 'supervisor'))).to.equal(false);
    expect(needsForm(resolveAddress({ name: 'Lucía Fernández' }, 'es', 'teammate'))).to.equal(false);
    expect(needsForm(resolveAddress({ name: 'فريق التسويق', kind: 'team' }, 'ar', 'supervisor'))).to.equal(false);
  });

  it('writes salutations per language, never with a slash', async () => {
    const en = await translator('en');
    const es = await translator('es');
    const ar = await translator('ar');
    const s = (w: LocaleController, p: Parameters<typeof resolveAddress>[0], rel?: string, style?: 'formal' | 'warm' | 'brief') => salutation(w.t.bind(w), resolveAddress(p, w.locale, rel), style);
    expect(s(en, { name: 'Dr. Sara Haddad' }, 'supervisor')).to.equal('Dear Dr. Haddad,');
    expect(s(en, { name: 'Sara Haddad' }, 'teammate')).to.equal('Hi Sara,');
    expect(s(es, { name: 'Dra. Sara Haddad' }, 'supervisor')).to.equal('Estimada Dra. Haddad:');
    expect(s(es, { name: 'Luis Pérez', form: 'masculine' }, 'supervisor')).to.equal('Estimado Luis Pérez:');
    expect(s(es, { name: 'Lucía Fernández' }, 'supervisor')).to.equal('Hola, Lucía Fernández:');
    expect(s(es, { name: 'María José López' }, 'teammate', 'brief')).to.equal('¡Hola, María José!');
    expect(s(es, { name: 'el equipo de marketing', kind: 'team' }, 'supervisor')).to.equal('Estimado equipo de marketing:');
    expect(s(es, { name: 'Marketing', kind: 'team' })).to.equal('Hola, equipo de Marketing:');
    expect(s(ar, { name: 'د. سارة حداد', form: 'feminine' }, 'supervisor')).to.equal('الدكتورة سارة حداد المحترمة،\nتحية طيبة وبعد،');
    expect(s(ar, { name: 'أ.د. خالد يوسف', form: 'masculine' }, 'supervisor')).to.equal('الأستاذ الدكتور خالد يوسف المحترم،\nتحية طيبة وبعد،');
    expect(s(ar, { name: 'سارة حداد', form: 'feminine' }, 'supervisor')).to.equal('الأستاذة سارة حداد المحترمة،\nتحية طيبة وبعد،');
    expect(s(ar, { name: 'سارة حداد' }, 'supervisor')).to.equal('حضرة سارة حداد،\nتحية طيبة وبعد،');
    expect(s(ar, { name: 'أبو بكر السقا' }, 'teammate')).to.equal('مرحبًا أبا بكر،');
    expect(s(ar, { name: 'فريق التسويق', kind: 'team' })).to.equal('مرحبًا يا فريق التسويق،');
    expect(s(ar, { name: 'الفريق', kind: 'team' })).to.equal('مرحبًا بالجميع،');
  });

  it('names the person in running text and in subjects', () => {
    expect(runningName(resolveAddress({ name: 'Dra. Sara Haddad' }, 'es'))).to.equal('la Dra. Sara Haddad');
    expect(runningName(resolveAddress({ name: 'Dr. Luis Pérez' }, 'es'))).to.equal('el Dr. Luis Pérez');
    // Without a known gender no article can agree: the name without its title.
    expect(runningName(resolveAddress({ name: 'Ing. Luis Pérez' }, 'es'))).to.equal('Luis Pérez');
    expect(runningName(resolveAddress({ name: 'د. سارة حداد', form: 'feminine' }, 'ar'))).to.equal('الدكتورة سارة حداد');
    expect(shortName(resolveAddress({ name: 'Dr. Sara Ali' }, 'en', 'supervisor'))).to.equal('Dr. Ali');
    expect(shortName(resolveAddress({ name: 'Dr. Sara Ali' }, 'en', 'teammate'))).to.equal('Sara');
  });
});

describe('French: titles, letters, teams (src/core/grammar-fr.ts)', () => {
  it('reads the gender from French titles; Dr and Pr say nothing, Dre and Pre do', () => {
    expect(resolveAddress({ name: 'Dre Sara Haddad' }, 'fr')).to.include({ title: 'Dre', name: 'Sara Haddad', surname: 'Haddad', form: 'feminine' });
    expect(resolveAddress({ name: 'Dr Luc Martin' }, 'fr')).not.to.have.property('form');
    expect(resolveAddress({ name: 'Pre Anne Roy' }, 'fr-CA').form).to.equal('feminine');
    expect(resolveAddress({ name: 'M. Ibrahim Diallo' }, 'fr').form).to.equal('masculine');
    expect(resolveAddress({ name: 'Me Paul Martin' }, 'fr')).to.include({ title: 'Me', given: 'Paul' }).and.not.to.have.property('form');
    // Register by relationship, as in Spanish Spain: vous to a supervisor or a reference, tu to a peer, titled or not.
    expect(resolveAddress({ name: 'Dr Luc Martin' }, 'fr-CA', 'teammate').formal).to.equal(false);
    expect(resolveAddress({ name: 'Ibrahim Diallo' }, 'fr', 'reference').formal).to.equal(true);
    expect(needsForm(resolveAddress({ name: 'Hélène Dubois' }, 'fr', 'supervisor'))).to.equal(true);
  });

  it('writes a letter’s salutation with the title alone, other formal texts with the titled name, tu texts with the first name', async () => {
    const fr = await translator('fr');
    const s = (p: Parameters<typeof resolveAddress>[0], rel?: string, style?: 'formal' | 'letter' | 'warm' | 'brief') => salutation(fr.t.bind(fr), resolveAddress(p, 'fr', rel), style);
    expect(s({ name: 'Dre Sara Haddad' }, 'supervisor', 'letter')).to.equal('Docteure,');
    expect(s({ name: 'Dre Sara Haddad' }, 'supervisor')).to.equal('Bonjour Docteure Haddad,');
    expect(s({ name: 'Dr Luc Martin', form: 'masculine' }, 'supervisor', 'letter')).to.equal('Docteur,');
    expect(s({ name: 'Dr Luc Martin' }, 'supervisor', 'letter'), 'no gender: the abbreviation, no vocative').to.equal('Bonjour Dr Martin,');
    expect(s({ name: 'Hélène Dubois', form: 'feminine' }, 'supervisor', 'letter')).to.equal('Madame,');
    expect(s({ name: 'Hélène Dubois', form: 'feminine' }, 'supervisor')).to.equal('Bonjour Madame Dubois,');
    expect(s({ name: 'Ibrahim Diallo', form: 'masculine' }, 'reference')).to.equal('Bonjour Monsieur Diallo,');
    expect(s({ name: 'Me Paul Martin' }, 'supervisor', 'letter')).to.equal('Maître,');
    expect(s({ name: 'Me Paul Martin' }, 'supervisor')).to.equal('Bonjour Maître Martin,');
    expect(s({ name: 'Pr Anne Roy', form: 'feminine' }, 'supervisor', 'letter')).to.equal('Madame la Professeure,');
    expect(s({ name: 'Pr Luc Roy', form: 'masculine' }, 'supervisor', 'letter')).to.equal('Monsieur le Professeur,');
    expect(s({ name: 'Hélène Dubois' }, 'supervisor')).to.equal('Bonjour Hélène Dubois,');
    expect(s({ name: 'Hélène Dubois' }, 'teammate')).to.equal('Bonjour Hélène,');
    expect(s({ name: 'Jean-Baptiste Morel' }, 'teammate', 'brief')).to.equal('Bonjour Jean-Baptiste,');
    expect(s({ name: 'l’équipe marketing', kind: 'team' })).to.equal('Bonjour l’équipe marketing,');
    expect(s({ name: 'Marketing', kind: 'team', register: 'formal' }, undefined, 'letter')).to.equal('Bonjour à toute l’équipe Marketing,');
    expect(s({ name: 'L’équipe', kind: 'team' })).to.equal('Bonjour à toute l’équipe,');
  });

  it('names the person in subjects (spelled out) and in running text (abbreviated, with the article)', () => {
    const a = (p: Parameters<typeof resolveAddress>[0], rel = 'supervisor') => resolveAddress(p, 'fr', rel);
    expect(shortName(a({ name: 'Dre Sara Haddad' }))).to.equal('Docteure Haddad');
    expect(shortName(a({ name: 'Mme Hélène Dubois' }))).to.equal('Madame Dubois');
    expect(shortName(a({ name: 'Hélène Dubois' }, 'teammate'))).to.equal('Hélène');
    expect(runningName(a({ name: 'Dre Sara Haddad' }))).to.equal('la Dre Sara Haddad');
    expect(runningName(a({ name: 'Dr. Luc Martin', form: 'masculine' })), 'no dot after a last letter').to.equal('le Dr Luc Martin');
    expect(runningName(a({ name: 'Dr Sara Haddad', form: 'feminine' }))).to.equal('la Dre Sara Haddad');
    expect(runningName(a({ name: 'Mme Hélène Dubois' }))).to.equal('Mme Hélène Dubois');
    expect(runningName(a({ name: 'Me Paul Martin' }))).to.equal('Me Paul Martin');
    expect(runningName(a({ name: 'Dr Luc Martin' })), 'no gender: no article can agree').to.equal('Luc Martin');
  });
});

describe('grammar at the joins', () => {
  it('es: a/de + el contract, not before a name; one o’clock takes "la"', () => {
    expect(fillJoined('Contribuir a {p}, hablar de {q}', { p: 'el análisis', q: 'el plan' }, 'es')).to.equal('Contribuir al análisis, hablar del plan');
    expect(fillJoined('Viaje a {p}', { p: 'El Salvador' }, 'es')).to.equal('Viaje a El Salvador');
    expect(fillJoined('A {p}', { p: 'el equipo' }, 'es')).to.equal('Al equipo');
    expect(fillJoined('{d} a las {t}', { d: 'el lunes', t: '1:00 p. m.' }, 'es-MX')).to.equal('el lunes a la 1:00 p. m.');
    expect(fillJoined('{d} a las {t}', { d: 'el lunes', t: '13:00' }, 'es-ES')).to.equal('el lunes a las 13:00');
    expect(fillJoined('{d} a las {t}', { d: 'el lunes', t: '01:30' }, 'es-ES')).to.equal('el lunes a la 01:30');
    // English and unknown languages: plain substitution.
    expect(fillJoined('to {p}', { p: 'el plan' }, 'en')).to.equal('to el plan');
  });

  it('ar: لـ and بـ join the word, «ال» loses its alif after لـ; the five nouns take their case', () => {
    expect(fillJoined('تغذية راجعة لـ{n}', { n: 'لمى' }, 'ar')).to.equal('تغذية راجعة للمى');
    expect(fillJoined('لـ{n}', { n: 'الفريق' }, 'ar')).to.equal('للفريق');
    expect(fillJoined('لـ{n}', { n: 'سارة' }, 'ar')).to.equal('لسارة');
    expect(fillJoined('لـ{n}', { n: 'Maya' }, 'ar')).to.equal('لـMaya');
    expect(fillJoined('لـ{n} أسئلة', { n: '٣' }, 'ar')).to.equal('لـ٣ أسئلة');
    expect(fillJoined('شكرًا لك يا {n}', { n: 'أبو بكر' }, 'ar')).to.equal('شكرًا لك يا أبا بكر');
    expect(fillJoined('مع {n}', { n: 'أبو بكر السقا' }, 'ar')).to.equal('مع أبي بكر السقا');
    expect(fillJoined('لـ{n}', { n: 'أبو بكر' }, 'ar')).to.equal('لأبي بكر');
    // «أبو» alone is a word, not a kunya: left as typed.
    expect(fillJoined('يا {n}', { n: 'أبو' }, 'ar')).to.equal('يا أبو');
  });

  it('fr: à/de + le/les contract, de/que/le/la elide before a vowel or a mute h, not before an aspirated h or a name’s own article', () => {
    expect(fillJoined('Recommandation de {n}', { n: 'le Dr Luc Martin' }, 'fr')).to.equal('Recommandation du Dr Luc Martin');
    expect(fillJoined('Donner des nouvelles à {n}', { n: 'le Dr Luc Martin' }, 'fr')).to.equal('Donner des nouvelles au Dr Luc Martin');
    expect(fillJoined('Merci à {n}', { n: 'les stagiaires' }, 'fr-CA')).to.equal('Merci aux stagiaires');
    expect(fillJoined('De {n}', { n: 'les cafés' }, 'fr')).to.equal('Des cafés');
    expect(fillJoined('À {n}', { n: 'le service' }, 'fr')).to.equal('Au service');
    expect(fillJoined('à {n}', { n: 'la Dre Sara Haddad' }, 'fr')).to.equal('à la Dre Sara Haddad');
    expect(fillJoined('Des nouvelles de {n}', { n: 'Hélène Dubois' }, 'fr')).to.equal('Des nouvelles d’Hélène Dubois');
    expect(fillJoined('Des nouvelles de {n}', { n: 'Ibrahim Diallo' }, 'fr')).to.equal('Des nouvelles d’Ibrahim Diallo');
    expect(fillJoined('Des nouvelles de {n}', { n: 'Émilie' }, 'fr')).to.equal('Des nouvelles d’Émilie');
    expect(fillJoined('Des nouvelles de {n}', { n: 'Yves' }, 'fr')).to.equal('Des nouvelles d’Yves');
    expect(fillJoined('Une recommandation que {n} pourra citer', { n: 'Ibrahim' }, 'fr')).to.equal('Une recommandation qu’Ibrahim pourra citer');
    expect(fillJoined('Bonjour le {n}', { n: 'équipe' }, 'fr')).to.equal('Bonjour l’équipe');
    // An aspirated h, a consonant y, a capitalised article (a name), digits: as written.
    expect(fillJoined('Des nouvelles de {n}', { n: 'Haddad' }, 'fr')).to.equal('Des nouvelles de Haddad');
    expect(fillJoined('Des nouvelles de {n}', { n: 'Yann' }, 'fr')).to.equal('Des nouvelles de Yann');
    expect(fillJoined('Des nouvelles de {n}', { n: 'Le Goff' }, 'fr'), 'a surname’s article never contracts').to.equal('Des nouvelles de Le Goff');
    expect(fillJoined('le {d} à {t}', { d: 'vendredi 11 décembre', t: '14\u00a0h' }, 'fr')).to.equal('le vendredi 11 décembre à 14\u00a0h');
    // Only French: Spanish keeps «de Hélène».
    expect(fillJoined('de {n}', { n: 'Hélène' }, 'es')).to.equal('de Hélène');
  });

  it('a language registers its own joins (what the French catalogue does)', () => {
    registerGrammar('xx', { join: (before, value) => (before.endsWith('de ') && value.startsWith('le ') ? [`${before.slice(0, -3)}du `, value.slice(3)] : [before, value]) });
    expect(fillJoined('le bureau de {p}', { p: 'le directeur' }, 'xx-CA')).to.equal('le bureau du directeur');
  });
});

/** Does this browser write es-MX times in 12 hours? */
const H12 = new Intl.DateTimeFormat('es-MX', { hour: 'numeric' }).resolvedOptions().hour12 === true;

describe('holidays and dates in prose', () => {
  // The rules load on use; elements render again when they arrive.
  before(() => holidayRules.load());

  it('knows the national holidays of the shipped locales’ regions', () => {
    const es = publicHolidays('ES', 2026);
    expect(es.has('2026-12-08') && es.has('2026-12-25') && es.has('2026-12-06') && es.has('2026-04-03')).to.equal(true);
    expect(easter(2027)).to.equal('2027-03-28');
    const us = publicHolidays('US', 2026);
    expect([...us].filter((d) => d.startsWith('2026-11'))).to.have.members(['2026-11-11', '2026-11-26']);
    expect(us.has('2026-07-03'), 'July 4 on a Saturday is observed on Friday').to.equal(true);
    const sa = publicHolidays('SA', 2026);
    expect(sa.has('2026-09-23') && sa.has('2026-02-22')).to.equal(true);
    // Eid al-Fitr 1447 (Umm al-Qura): 1 Shawwal = 20 March 2026; Eid al-Adha: 10 Dhu al-Hijjah = 27 May 2026.
    expect(sa.has('2026-03-20') && sa.has('2026-05-27')).to.equal(true);
    expect(publicHolidays('MX', 2026).has('2026-11-16')).to.equal(true);
    expect(publicHolidays('ZZ', 2026).size).to.equal(0);
    expect([holidayRegion('es'), holidayRegion('ar'), holidayRegion('ar-SA'), holidayRegion('en'), holidayRegion('es-MX')]).to.deep.equal(['ES', 'EG', 'SA', 'US', 'MX']);
  });

  it('moves a date to the next (or previous) working day of the locale, with listed days off', () => {
    const es = new DaysOff('es-ES');
    expect(workday('2026-12-25', es, localeWeekend('es-ES'))).to.equal('2026-12-28');
    expect(workday('2026-12-08', es, localeWeekend('es-ES'))).to.equal('2026-12-09');
    expect(workday('2026-12-08', es, localeWeekend('es-ES'), -1)).to.equal('2026-12-07');
    // Riyadh: Friday–Saturday weekend.
    expect(workday('2026-12-25', new DaysOff('ar-SA'), localeWeekend('ar-SA'))).to.equal('2026-12-27');
    expect(workday('2026-03-19', new DaysOff('ar-SA'), localeWeekend('ar-SA'))).to.equal('2026-03-19');
    expect(workday('2026-03-20', new DaysOff('ar-SA'), localeWeekend('ar-SA'))).to.equal('2026-03-24');
    expect(workday('2026-11-26', new DaysOff('en-US'), localeWeekend('en-US'))).to.equal('2026-11-27');
    expect(workday('2026-11-27', daysOff('en-US', ['2026-11-27']), localeWeekend('en-US'))).to.equal('2026-11-30');
    // Suggested dates step around them too (the planner and the checklist).
    expect(suggestedDate('2026-12-15', -7, daysOff('es-ES'), localeWeekend('es-ES'))).to.equal('2026-12-07');
    expect(suggestedDate('2026-12-15', -7, [], localeWeekend('en-US'))).to.equal('2026-12-08');
  });

  it('a region added by a host counts', () => {
    // Belgium is not in the table: a host adds it (its national day, 21 July).
    expect(new DaysOff('fr-BE').has('2026-07-21')).to.equal(false);
    registerHolidays('BE', ['01-01', '05-01', '07-21', '11-11', '12-25']);
    expect(new DaysOff('fr-BE').has('2026-07-21')).to.equal(true);
  });

  it('knows France’s eleven jours fériés, Canada’s five and Quebec’s (the region of fr-CA)', () => {
    const fr = [...publicHolidays('FR', 2026)].sort();
    // Easter 2026 is 5 April: Easter Monday 6 April, Ascension 14 May, Whit Monday 25 May.
    expect(fr).to.deep.equal(['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25', '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25']);
    expect([...publicHolidays('CA', 2026)].sort()).to.deep.equal(['2026-01-01', '2026-04-03', '2026-07-01', '2026-09-07', '2026-12-25']);
    // Quebec: the Journée nationale des patriotes is the Monday before 25 May (18 May 2026, 24 May 2027);
    // the Fête nationale on a Sunday (2029) and Canada Day on a Sunday (2029) move to the Monday.
    expect([...publicHolidays('CA-QC', 2026)].sort()).to.deep.equal(['2026-01-01', '2026-04-03', '2026-05-18', '2026-06-24', '2026-07-01', '2026-09-07', '2026-10-12', '2026-12-25']);
    expect(publicHolidays('CA-QC', 2027).has('2027-05-24')).to.equal(true);
    expect(publicHolidays('CA-QC', 2029).has('2029-06-25') && publicHolidays('CA-QC', 2029).has('2029-07-02')).to.equal(true);
    expect([holidayRegion('fr'), holidayRegion('fr-FR'), holidayRegion('fr-CA'), holidayRegion('en-CA')]).to.deep.equal(['FR', 'FR', 'CA-QC', 'CA']);
    expect(workday('2026-12-25', new DaysOff('fr-FR'), localeWeekend('fr-FR'))).to.equal('2026-12-28');
    expect(workday('2026-11-11', new DaysOff('fr-FR'), localeWeekend('fr-FR'))).to.equal('2026-11-12');
    expect(workday('2026-06-24', new DaysOff('fr-CA'), localeWeekend('fr-CA'))).to.equal('2026-06-25');
    expect(workday('2026-06-24', new DaysOff('en-CA'), localeWeekend('en-CA'))).to.equal('2026-06-24');
  });

  it('the kit’s task list dates checklist items, milestones and reference reminders off the holidays', () => {
    const data = {
      checklist: { items: [{ id: 'x', text: 'X', section: 'finish', offsetDays: -7 }] },
      planner: { milestones: [{ id: 'm', text: 'M', offset: -3 }] },
      contacts: { contacts: [{ id: 'c', name: 'Ana', reference: 'agreed', cadence: 'monthly', log: [] }], applications: [{ id: 'a', role: 'R', deadline: '2026-12-15' }] },
    };
    const tasks = collectTasks(data, { lastDay: '2026-12-15', locale: 'es-ES', weekend: [6, 0] });
    expect(tasks.find((t) => t.id === 'checklist:x')!.due).to.equal('2026-12-07');
    expect(tasks.find((t) => t.id === 'contacts:ref:c:a')!.due).to.equal('2026-12-07');
    const planner = collectTasks({ planner: { milestones: [{ id: 'm', text: 'M', offset: -10 }] } }, { lastDay: '2026-12-18', locale: 'es-ES', holidays: ['2026-12-07'], weekend: [6, 0] });
    // 8 December (national) and 7 December (listed) are both off: the Friday before.
    expect(planner[0].due).to.equal('2026-12-04');
  });

  it('writes dates and times in sentences in full, as each language does', () => {
    expect(proseDate('2026-12-11', 'es-ES')).to.equal('viernes 11 de diciembre');
    expect(proseDate('2027-01-15', 'es-ES', true)).to.equal('viernes 15 de enero de 2027');
    expect(proseDate('2026-12-11', 'en-US')).to.equal('Friday, December 11');
    expect(proseDate('2026-12-11', 'ar').replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)))).to.match(/^الجمعة 11 ديسمبر$/);
    // es-MX writes 12-hour times where the browser's locale data says so (Chromium, Firefox); WebKit's says 24 hours.
    expect(proseTime('13:00', 'es-MX')).to.equal(H12 ? '1:00 p. m.' : '13:00');
    expect(proseDate('2026-12-17', 'ar-SA')).to.match(/ديسمبر/);
    expect(proseTime('13:00', 'es-ES')).to.equal('13:00');
    expect(proseTime('14:30', 'en-US')).to.equal('2:30 PM');
    // French: «h» with a no-break space, minutes only when there are some, France and Quebec alike.
    expect([proseTime('14:00', 'fr-FR'), proseTime('09:30', 'fr-CA'), proseTime('00:05', 'fr')]).to.deep.equal(['14\u00a0h', '9\u00a0h\u00a030', '0\u00a0h\u00a005']);
    expect(proseDate('2026-12-11', 'fr-FR')).to.equal('vendredi 11 décembre');
    expect(proseDate('2027-01-01', 'fr-CA', true)).to.equal('vendredi 1er janvier 2027');
  });
});
