// Issue #32, "Words worth sending, round two": each numbered example of the issue, through the
// elements' public API only, so this file runs unchanged on the code before the fix (where every `it`
// below failed) and after it.
import { expect } from '@open-wc/testing';
import '../../src/thank-you-composer/define.js';
import '../../src/keep-in-touch/define.js';
import '../../src/feedback-questions/define.js';
import '../../src/finish-strong-planner/define.js';
import '../../src/internship-wrap-up/define.js';
import type { ThankYouComposer, ThanksPerson } from '../../src/thank-you-composer/thank-you-composer.js';
import type { KeepInTouch, Contact } from '../../src/keep-in-touch/keep-in-touch.js';
import type { FeedbackQuestions } from '../../src/feedback-questions/feedback-questions.js';
import type { FinishStrongPlanner } from '../../src/finish-strong-planner/finish-strong-planner.js';
import type { InternshipWrapUp } from '../../src/internship-wrap-up/internship-wrap-up.js';
import { LocaleController } from '../../src/core/i18n.js';
import { briefMail } from '../../src/keep-in-touch/references.js';
import { replySubject } from '../../src/feedback-response/content.js';
import { mount } from '../helpers/i18n.js';
import '../../src/translations/es.js';
import '../../src/translations/ar.js';
import '../../src/translations/fr.js';
import { resolveAddress } from '../../src/core/address.js';
import { runningName } from '../../src/core/grammar.js';

const person = (over: Partial<ThanksPerson> & Record<string, unknown>): ThanksPerson =>
  ({ id: 'p', name: 'Ana Ruiz', relationship: 'supervisor', specifics: {}, tone: 'formal', channel: 'email', draft: '', status: 'todo', ...over }) as ThanksPerson;
const contact = (over: Partial<Contact> & Record<string, unknown>): Contact => ({ id: 'c', name: 'X', tags: [], cadence: 'monthly', log: [], ...over }) as Contact;

async function translator(lang: string): Promise<LocaleController> {
  const words = new LocaleController({ addController() {}, requestUpdate() {} } as never, () => lang);
  words.hostConnected();
  for (let i = 0; i < 160 && lang !== 'en' && words.t('thanks.rel.mentor', 'Mentor') === 'Mentor'; i++) await new Promise((r) => setTimeout(r, 50));
  return words;
}

/** The message keep-in-touch drafts for a contact with a template, as the intern sees it. */
async function message(el: KeepInTouch, id: string, tpl: string): Promise<string> {
  const row = el.shadowRoot!.querySelector(`[data-id="${id}"]`)!;
  [...row.querySelectorAll('button')].find((b) => b.getAttribute('aria-expanded') !== null && /Escribir|اكتب رسالة|Write a message|Écrire un message/i.test(b.textContent!))!.click();
  await el.updateComplete;
  const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#m-tpl')!;
  select.value = tpl;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
  return el.shadowRoot!.querySelector<HTMLTextAreaElement>('#m-body')!.value;
}

/** Next follow-up per contact, from keep-in-touch's CSV export (its last column). */
const nextFollowUps = (el: KeepInTouch) => el.toCSV().trim().split(/\r?\n/).slice(1).map((line) => line.split(',').pop());
/** What `read` gives once it stops changing (a holiday table may arrive after the first render), within 3 s. */
async function settled<T>(read: () => T, want: T): Promise<T> {
  for (let i = 0; i < 60 && JSON.stringify(read()) !== JSON.stringify(want); i++) await new Promise((r) => setTimeout(r, 50));
  return read();
}

describe('issue #32: what goes to a supervisor reads as a native writer would write it', () => {
  afterEach(() => document.querySelectorAll('[lang]').forEach((n) => n !== document.documentElement && n.remove()));

  it('1. a formal note greets a titled person by title and surname, in the right gender, without a slash', async () => {
    const es = await mount<ThankYouComposer>('thank-you-composer', 'es');
    expect(es.generate(person({ name: 'Dra. Sara Haddad' })).split('\n')[0]).to.equal('Estimada Dra. Haddad:'); // ✗ "Estimado/a Dra. Sara Haddad:"
    const ar = await mount<ThankYouComposer>('thank-you-composer', 'ar');
    expect(ar.generate(person({ name: 'د. سارة حداد', form: 'feminine' })).split('\n')[0]).to.equal('الدكتورة سارة حداد المحترمة،'); // ✗ "د. سارة حداد المحترمة،"
    // No gender known and none in the title: no slash, in either language.
    expect(es.generate(person({ name: 'Lucía Fernández' }))).not.to.contain('/');
    expect(ar.generate(person({ name: 'سارة المنصوري' }))).not.to.match(/\/ة|ـ\/ة|\//);
  });

  it('2. titles are kept in greetings, subjects and calendar titles, with their article in Spanish', async () => {
    const es = await mount<ThankYouComposer>('thank-you-composer', 'es');
    es.value = { people: [person({ name: 'Dra. Sara Haddad' })] };
    await es.updateComplete;
    expect(es.subjectFor('p')).to.equal('Gracias, Dra. Haddad'); // ✗ "Gracias, Sara"
    const fb = await mount<FeedbackQuestions>('feedback-questions', 'es', { supervisor: 'Dra. Sara Haddad' });
    fb.value = { ...fb.value, meeting: { date: '2026-12-14', time: '10:00' } };
    await fb.updateComplete;
    expect(fb.request.body.split('\n')[0]).to.equal('Estimada Dra. Haddad:'); // ✗ "Hola, Sara:"
    expect(fb.toICS()).to.contain('SUMMARY:Charla de feedback con la Dra. Sara Haddad'); // ✗ "con Dra. Sara Haddad"
    const ar = await mount<FeedbackQuestions>('feedback-questions', 'ar', { supervisor: 'د. سارة حداد' });
    expect(ar.request.body.split('\n')[0]).not.to.equal('مرحبًا سارة،'); // ✗ the title dropped
    expect(ar.request.body.split('\n')[0]).to.contain('د. سارة حداد');
  });

  it('2. the reference reminder (calendar title) and the kit’s follow-up tasks name a titled person with the article', async function () {
    this.timeout(30000);
    const contacts = [contact({ name: 'Dra. Sara Haddad', reference: 'agreed', lastContact: '2026-12-01' }), contact({ id: 'd', name: 'Luis Pérez', title: 'Dr.', lastContact: '2026-12-01' })];
    const applications = [{ id: 'a', role: 'Analista', deadline: '2027-01-15' }];
    const kit = await mount<KeepInTouch>('keep-in-touch', 'es-ES', { 'end-date': '2026-12-18' });
    kit.value = { contacts, applications };
    await kit.updateComplete;
    expect(kit.toICS()).to.contain('SUMMARY:Recordar a la Dra. Sara Haddad: referencia para Analista'); // ✗ "Recordar a Dra. Sara Haddad"
    const wrap = await mount<InternshipWrapUp>('internship-wrap-up', 'es-ES', { 'end-date': '2027-01-29' });
    wrap.value = { ...wrap.value, contacts: { contacts, applications } };
    const texts = async () => (await settled(() => wrap.tasks.filter((x) => x.source === 'contacts').length, 3), wrap.tasks.filter((x) => x.source === 'contacts').map((x) => x.text));
    expect(await texts()).to.include.members(['Escribe a la Dra. Sara Haddad para seguir en contacto', 'Escribe al Dr. Luis Pérez para seguir en contacto', 'Recordar a la Dra. Sara Haddad: referencia para Analista']); // ✗ "a Dra.", "a Dr."
    const fr = await mount<InternshipWrapUp>('internship-wrap-up', 'fr-FR', { 'end-date': '2027-01-29' });
    fr.value = { ...fr.value, contacts: { contacts: [contact({ name: 'Dr Luc Martin', form: 'masculine', lastContact: '2026-12-01' })] } };
    expect(await settled(() => fr.tasks.find((x) => x.source === 'contacts')?.text, 'Donner des nouvelles au Dr Luc Martin')).to.equal('Donner des nouvelles au Dr Luc Martin'); // ✗ «à Dr Luc Martin»
  });

  it('3. grammar at the joins: contractions, what the intern typed, a team, the Arabic case after يا and لـ', async () => {
    const es = await mount<ThankYouComposer>('thank-you-composer', 'es');
    const formal = es.generate(person({ name: 'Dra. Sara Haddad', specifics: { project: 'el análisis de la encuesta' } }));
    expect(formal).to.contain('Contribuir al análisis de la encuesta').and.not.to.contain('a el '); // ✗ "Contribuir a el análisis"
    const warm = es.generate(person({ name: 'María José López', tone: 'warm', relationship: 'teammate', specifics: { moment: 'los cafés de los viernes y tus consejos' } }));
    expect(warm).not.to.match(/tus consejos\. Me ayudó/); // ✗ a singular verb after the intern's plural
    const team = es.generate(person({ name: 'el equipo de marketing', tone: 'warm', relationship: 'teammate', kind: 'team' }));
    expect(team.split('\n')[0]).to.equal('Hola, equipo de marketing:'); // ✗ "Hola, el equipo de marketing:"
    es.addPerson('el equipo de marketing', 'teammate');
    await es.updateComplete;
    const added = es.value.people.at(-1)!;
    expect(es.generate({ ...added, tone: 'formal' }).split('\n')[0]).to.equal('Estimado equipo de marketing:'); // ✗ "Estimado/a el equipo de marketing:"
    const ar = await mount<ThankYouComposer>('thank-you-composer', 'ar');
    expect(ar.generate(person({ name: 'فريق التسويق', tone: 'warm', relationship: 'teammate', kind: 'team' })).split('\n')[0]).to.equal('مرحبًا يا فريق التسويق،'); // ✗ "مرحبًا فريق،"
    ar.value = { people: [person({ name: 'أبو بكر السقا', tone: 'warm', relationship: 'teammate' })] };
    await ar.updateComplete;
    expect(ar.subjectFor('p')).to.equal('شكرًا لك يا أبا بكر'); // ✗ "يا أبو بكر"
    const words = await translator('ar');
    expect(replySubject(words.t.bind(words), 'لمى')).to.equal('تغذية راجعة للمى'); // ✗ "لـلمى"
  });

  it('4. register: a supervisor is thanked formally, a formal thread stays formal, Arabic questions in the plural of respect', async () => {
    const es = await mount<ThankYouComposer>('thank-you-composer', 'es');
    const id = es.addPerson('Dra. Sara Haddad', 'supervisor');
    const p = es.value.people.find((x) => x.id === id)!;
    expect(p.tone).to.equal('formal'); // ✗ warm by default ("Un abrazo")
    expect(es.generate(p)).to.contain('Un cordial saludo').and.not.to.contain('Un abrazo');
    const kit = await mount<KeepInTouch>('keep-in-touch', 'es');
    kit.value = { contacts: [contact({ name: 'Dra. Sara Haddad', register: 'formal' })] };
    await kit.updateComplete;
    const update = await message(kit, 'c', 'update');
    expect(update.split('\n')[0]).to.equal('Estimada Dra. Haddad:'); // ✗ "Hola, Sara:"
    expect(update).to.contain('Le cuento').and.not.to.match(/\bte cuento\b/i); // ✗ tú in a formal thread
    const fb = await mount<FeedbackQuestions>('feedback-questions', 'ar', { supervisor: 'سارة المنصوري' });
    const perf = fb.value.selected.find((q) => q.id === 'perf-overall');
    expect(perf?.text ?? (await translator('ar')).t('feedback.q.perf-overall', '')).to.contain('تقييمكم'); // ✗ «ما تقييمك لعملي»
    const ar = await translator('ar');
    const t = ar.t.bind(ar);
    const brief = briefMail(t, { name: 'سارة المنصوري' }, { internName: 'Maya', bullets: [], skills: [], projects: [], applications: [] }, (d) => d);
    expect(brief.body).not.to.contain('قبولك أن تكون مرجعًا'); // ✗ masculine singular to a woman
    const { defaultTemplates } = await import('../../src/keep-in-touch/content.js');
    expect(defaultTemplates(t).find((x) => x.id === 'advice')!.body).not.to.contain('فأنت تعرف'); // ✗ masculine singular
  });

  it('4. es-MX writes to a titled colleague with usted by default', async () => {
    const kit = await mount<KeepInTouch>('keep-in-touch', 'es-MX');
    kit.value = { contacts: [contact({ name: 'Ing. Luis Pérez' })] };
    await kit.updateComplete;
    const body = await message(kit, 'c', 'advice');
    expect(body).to.match(/su opinión|Tendría/).and.not.to.match(/\btu opinión\b|Tendrías/); // ✗ always tú
  });

  it('5. every thank-you thanks; LinkedIn fits 200 characters with the thanks, one detail and the name', async () => {
    const es = await mount<ThankYouComposer>('thank-you-composer', 'es');
    const specifics = { project: 'el análisis de la encuesta trimestral a clientes', learned: 'a escribir un informe claro y breve', moment: 'la charla antes de mi primera demo', forward: 'preguntar pronto' };
    for (const tone of ['formal', 'warm', 'brief'] as const) {
      for (const channel of ['email', 'linkedin', 'card'] as const) {
        const text = es.generate(person({ name: 'Dra. Sara Haddad', tone, channel, specifics }));
        expect(text, `${tone}/${channel}`).to.match(/[Gg]racias|agradec/); // ✗ formal LinkedIn: one sentence without thanks
        if (channel === 'linkedin') {
          expect([...text].length, `${tone}: ${text}`).to.be.at.most(200);
          expect(text, tone).to.match(/encuesta trimestral/);
          expect(text.split('\n')[0], tone).to.match(/Haddad|Sara/);
        }
      }
    }
    // "Gracias de nuevo" only after a first thanks: a card drops the opening.
    const card = es.generate(person({ name: 'Dra. Sara Haddad', channel: 'card', specifics: { project: 'el informe' } }));
    expect(card).not.to.match(/^(?:(?!gracias|agradec)[\s\S])*[Gg]racias de nuevo/i); // ✗ "Gracias de nuevo" closes a note that never thanked
  });

  it('6. the reference brief mail is plain text and asks before it thanks', async () => {
    const es = await translator('es');
    const mail = briefMail(es.t.bind(es), { name: 'Dra. Sara Haddad' }, { internName: 'Maya Haddad', company: 'Northwind', role: 'Analista', bullets: ['Automaticé el informe semanal'], skills: ['SQL'], projects: [{ name: 'Encuesta', status: 'entregada' }], applications: [] }, (d) => d);
    expect(mail.body).not.to.match(/^#|\*\*/m); // ✗ "# Resumen…", "**Puesto:**"
    expect(mail.body).not.to.contain('Gracias de nuevo por aceptar'); // ✗ thanks for agreeing before asking
    expect(mail.body).to.match(/referencias?\?|aceptara ser/);
  });

  it('7. dates and times in sentences are written in full, with "a la" for one o’clock', async () => {
    const es = await mount<FeedbackQuestions>('feedback-questions', 'es-ES', { supervisor: 'Lucía Fernández', 'end-date': '2026-12-11' });
    expect(es.request.body).to.contain('el viernes 11 de diciembre').and.not.to.contain('viernes, 11'); // ✗ "el viernes, 11 de diciembre"
    const mx = await mount<FeedbackQuestions>('feedback-questions', 'es-MX', { supervisor: 'Lucía Fernández', 'end-date': '2026-12-18' });
    mx.value = { ...mx.value, meeting: { date: '2026-12-11', time: '13:00', minutes: 20 } };
    await mx.updateComplete;
    // es-MX writes 12-hour times where the browser's locale data says so (Chromium, Firefox; WebKit's says 24 hours).
    const h12 = new Intl.DateTimeFormat('es-MX', { hour: 'numeric' }).resolvedOptions().hour12 === true;
    expect(mx.request.body).to.contain(h12 ? 'a la 1:00 p. m.' : 'a las 13:00').and.not.to.match(/a las 1[:.]/); // ✗ "a las 1:00 p.m."
    const kit = await mount<KeepInTouch>('keep-in-touch', 'es');
    kit.value = { contacts: [contact({ name: 'Ana', reference: 'agreed' })], applications: [{ id: 'a', role: 'Analista', deadline: '2026-12-26' }] };
    await kit.updateComplete;
    expect(kit.toICS()).to.contain('sábado 26 de diciembre').and.not.to.match(/sáb,|26 dic /); // ✗ "el sáb, 26 dic 2026"
  });

  it('8. follow-ups, reminders and suggested dates skip the locale’s weekend and public holidays', async () => {
    // A week after a Friday 18 December last day is Friday 25 December.
    const es = await mount<KeepInTouch>('keep-in-touch', 'es-ES', { 'end-date': '2026-12-18' });
    es.value = { contacts: [contact({ name: 'Ana', cadence: 'week-after' }), contact({ id: 'd', name: 'Bea', lastContact: '2026-11-08' })] };
    await es.updateComplete;
    expect(await settled(() => nextFollowUps(es), ['2026-12-28', '2026-12-09'])).to.deep.equal(['2026-12-28', '2026-12-09']); // ✗ 25 December; 8 December (a national holiday)
    expect(es.toICS()).not.to.contain('DTSTART;VALUE=DATE-TIME:20261225').and.not.to.match(/20261225T09/);
    const sa = await mount<KeepInTouch>('keep-in-touch', 'ar-SA', { 'end-date': '2026-11-30' });
    sa.value = { contacts: [contact({ name: 'لمى', lastContact: '2026-11-26' })] };
    await sa.updateComplete;
    expect(await settled(() => nextFollowUps(sa), ['2026-12-27'])).to.deep.equal(['2026-12-27']); // ✗ Saturday 26 December (the weekend in Riyadh is Friday–Saturday)
    const us = await mount<KeepInTouch>('keep-in-touch', 'en-US', { 'end-date': '2026-10-30' });
    us.value = { contacts: [contact({ name: 'Jo', lastContact: '2026-10-26' })] };
    await us.updateComplete;
    expect(await settled(() => nextFollowUps(us), ['2026-11-27'])).to.deep.equal(['2026-11-27']); // ✗ Thanksgiving, 26 November
    // The planner's suggested dates: a week before a Tuesday 15 December last day is 8 December.
    const planner = await mount<FinishStrongPlanner>('finish-strong-planner', 'es-ES', { 'end-date': '2026-12-15' });
    const handover = planner.value.milestones.find((m) => m.id === 'handover')!;
    expect(await settled(() => planner.dateOf(handover), '2026-12-07')).to.equal('2026-12-07'); // ✗ 2026-12-08
  });

  it('8. follow-ups also skip the days the host lists (holidays attribute), on top of the public holidays', async () => {
    // A week after Friday 18 December: 25 December (public), 26–27 (weekend), 28 and 29 (the host's office closure).
    const es = await mount<KeepInTouch>('keep-in-touch', 'es-ES', { 'end-date': '2026-12-18', holidays: '2026-12-28, 2026-12-29' });
    es.value = { contacts: [contact({ name: 'Ana', cadence: 'week-after' }), contact({ id: 'd', name: 'Bea', lastContact: '2026-11-07' })] };
    await es.updateComplete;
    // A month after 7 November is Monday 7 December: not listed, a working day (8 December is the holiday).
    expect(await settled(() => nextFollowUps(es), ['2026-12-30', '2026-12-07'])).to.deep.equal(['2026-12-30', '2026-12-07']);
    es.holidays = '2026-12-07';
    await es.updateComplete;
    // 7 listed, 8 national: the 9th; and the week-after one is back on the 28th.
    expect(await settled(() => nextFollowUps(es), ['2026-12-28', '2026-12-09'])).to.deep.equal(['2026-12-28', '2026-12-09']);
  });

  it('9. a follow-up that quotes a project says something that makes sense of it', async () => {
    const kit = await mount<KeepInTouch>('keep-in-touch', 'es');
    kit.value = { contacts: [contact({ name: 'Sara Haddad', thanked: 'el calendario de publicaciones de diciembre', thankedAs: 'project' })] };
    await kit.updateComplete;
    const body = await message(kit, 'c', 'update');
    expect(body).not.to.contain('me sigue ayudando cada semana: el calendario'); // ✗
    expect(body).to.contain('nuestro trabajo en el calendario de publicaciones de diciembre');
  });
});

// French (fr, fr-CA) as a third full language: the same points, as a native French writer would write them.
describe('issue #32 in French: vous/tu by relationship, Madame/Monsieur, « guillemets », espaces insécables', function () {
  this.timeout(30000); // several elements and the French catalogue, on a shared 2-core machine
  afterEach(() => document.querySelectorAll('[lang]').forEach((n) => n !== document.documentElement && n.remove()));
  const NBSP = '\u00a0';
  const NNBSP = '\u202f';

  it('1. a formal note opens as a French letter: the title alone, never a slash or «Cher/Chère»', async () => {
    const fr = await mount<ThankYouComposer>('thank-you-composer', 'fr');
    expect(fr.generate(person({ name: 'Dre Sara Haddad' })).split('\n')[0]).to.equal('Docteure,');
    expect(fr.generate(person({ name: 'Mme Hélène Dubois' })).split('\n')[0]).to.equal('Madame,');
    expect(fr.generate(person({ name: 'M. Ibrahim Diallo' })).split('\n')[0]).to.equal('Monsieur,');
    expect(fr.generate(person({ name: 'Me Paul Martin' })).split('\n')[0]).to.equal('Maître,');
    expect(fr.generate(person({ name: 'Pr Anne Roy', form: 'feminine' })).split('\n')[0]).to.equal('Madame la Professeure,');
    // No gender known and none in the title: the name, no slash.
    const unknown = fr.generate(person({ name: 'Hélène Dubois' }));
    expect(unknown.split('\n')[0]).to.equal('Bonjour Hélène Dubois,');
    expect(unknown).not.to.match(/\/|Cher|Chère|\(e\)/);
  });

  it('2. titles are kept in greetings, subjects and calendar titles, with their article in running text', async () => {
    const fr = await mount<ThankYouComposer>('thank-you-composer', 'fr');
    fr.value = { people: [person({ name: 'Dre Sara Haddad' })] };
    await fr.updateComplete;
    expect(fr.subjectFor('p')).to.equal('Merci, Docteure Haddad');
    const fb = await mount<FeedbackQuestions>('feedback-questions', 'fr', { supervisor: 'Dre Sara Haddad' });
    fb.value = { ...fb.value, meeting: { date: '2026-12-14', time: '10:00' } };
    await fb.updateComplete;
    expect(fb.request.body.split('\n')[0]).to.equal('Bonjour Docteure Haddad,');
    expect(fb.toICS()).to.contain('SUMMARY:Point bilan avec la Dre Sara Haddad');
  });

  it('3. grammar at the joins: au, aux, du, des, the elision, a team', async () => {
    const words = await translator('fr');
    const t = words.t.bind(words);
    const dr = runningName(resolveAddress({ name: 'Dr Luc Martin', form: 'masculine' }, 'fr'));
    expect(t('feedback.md.quote', 'Recommendation from {name}', { name: dr })).to.equal('Recommandation du Dr Luc Martin');
    expect(t('wrapup.followUp', 'Send news to {name}', { name: dr })).to.equal('Donner des nouvelles au Dr Luc Martin');
    expect(t('feedback.md.quote', 'Recommendation from {name}', { name: 'Hélène Dubois' })).to.equal('Recommandation d’Hélène Dubois');
    expect(t('response.quote', '', { name: 'Ibrahim' })).to.contain('qu’Ibrahim pourra citer');
    expect(t('feedback.md.quote', 'Recommendation from {name}', { name: 'Haddad' }), 'an aspirated h').to.equal('Recommandation de Haddad');
    const kit = await mount<KeepInTouch>('keep-in-touch', 'fr', { 'intern-name': 'Hélène Martin' });
    kit.value = { contacts: [contact({ name: 'Ibrahim Diallo' })] };
    await kit.updateComplete;
    await message(kit, 'c', 'update');
    expect(kit.shadowRoot!.querySelector<HTMLInputElement>('#m-subject')!.value).to.equal('Des nouvelles d’Hélène Martin');
    const fr = await mount<ThankYouComposer>('thank-you-composer', 'fr');
    expect(fr.generate(person({ name: 'l’équipe marketing', tone: 'warm', relationship: 'teammate', kind: 'team' })).split('\n')[0]).to.equal('Bonjour l’équipe marketing,');
    expect(fr.generate(person({ name: 'l’équipe marketing', kind: 'team' })).split('\n')[0]).to.equal('Bonjour à toute l’équipe marketing,');
    expect(fr.generate(person({ name: 'l’équipe', tone: 'warm', relationship: 'teammate', kind: 'team' })).split('\n')[0]).to.equal('Bonjour à toute l’équipe,');
    // «Merci à toutes et à tous» once in a note to a team, not in two sentences out of three.
    const toTeam = fr.generate(person({ name: 'l’équipe marketing', tone: 'warm', relationship: 'teammate', kind: 'team', specifics: { learned: 'à rédiger une note claire' } }));
    expect(toTeam.split('Merci à toutes et à tous').length - 1).to.equal(1);
    // The whole-team note: greeted and thanked by the team's name, not «Merci, Data».
    fr.value = { people: [], team: { name: 'l’équipe Data', moment: 'les démos du vendredi', draft: '' } };
    await fr.updateComplete;
    const note = fr.generateTeam();
    expect(note.split('\n')[0]).to.equal('Bonjour l’équipe Data,');
    expect(note).to.contain('je tiens à vous remercier pour votre accueil');
    expect(fr.subjectFor('team')).to.equal('Merci à l’équipe Data');
    // Nothing agrees with what the intern typed: «Cela a compté» after a plural.
    const warm = fr.generate(person({ name: 'Ibrahim Diallo', tone: 'warm', relationship: 'teammate', specifics: { moment: 'les cafés du vendredi' } }));
    expect(warm).to.contain('les cafés du vendredi. Cela a compté').and.not.to.match(/vendredi\. (Il|Elle) a/);
  });

  it('4. register: vous for a supervisor and a formal thread, tu for a peer', async () => {
    const fr = await mount<ThankYouComposer>('thank-you-composer', 'fr');
    const id = fr.addPerson('Dre Sara Haddad', 'supervisor');
    const p = fr.value.people.find((x) => x.id === id)!;
    expect(p.tone).to.equal('formal');
    expect(fr.generate(p)).to.contain('vous remercier').and.to.contain('Bien cordialement').and.not.to.match(/(?<!\p{L})(tu|te|ton|ta|tes)(?!\p{L})/u);
    const peerId = fr.addPerson('Ibrahim Diallo', 'teammate');
    const peer = fr.value.people.find((x) => x.id === peerId)!;
    expect(fr.generate(peer)).to.match(/^Bonjour Ibrahim,/).and.to.contain('te dire un grand merci').and.not.to.match(/(?<!\p{L})(vous|votre|vos)(?!\p{L})/u);
    const kit = await mount<KeepInTouch>('keep-in-touch', 'fr');
    kit.value = { contacts: [contact({ name: 'Dre Sara Haddad', register: 'formal' }), contact({ id: 'd', name: 'Ibrahim Diallo' })] };
    await kit.updateComplete;
    const formal = await message(kit, 'c', 'advice');
    expect(formal.split('\n')[0]).to.equal('Bonjour Docteure Haddad,');
    expect(formal).to.contain('Auriez-vous').and.not.to.match(/(?<!\p{L})(tu|te|ton|ta)(?!\p{L})|Aurais-tu/u);
    const familiar = await message(kit, 'd', 'advice');
    expect(familiar.split('\n')[0]).to.equal('Bonjour Ibrahim,');
    expect(familiar).to.contain('Aurais-tu').and.not.to.match(/(?<!\p{L})(vous|votre)(?!\p{L})/u);
    // fr-CA: the same rule (a titled peer is still tutoyé: the usted rule is American Spanish's).
    const ca = await mount<KeepInTouch>('keep-in-touch', 'fr-CA');
    ca.value = { contacts: [contact({ name: 'Dr Luc Tremblay', reference: 'agreed' })] };
    await ca.updateComplete;
    expect(await message(ca, 'c', 'update')).to.contain('vous donner quelques nouvelles');
  });

  it('5. every French thank-you thanks, in every tone and channel; LinkedIn fits 200 characters with the thanks, one detail and the name', async () => {
    for (const lang of ['fr', 'fr-CA']) {
      const fr = await mount<ThankYouComposer>('thank-you-composer', lang);
      const specifics = { project: 'l’analyse de l’enquête clients trimestrielle', learned: 'à rédiger une note de synthèse claire', moment: 'la répétition avant ma première démo', forward: 'poser mes questions tôt' };
      for (const name of ['Dre Sara Haddad', 'Ibrahim Diallo', 'l’équipe marketing']) {
        for (const tone of ['formal', 'warm', 'brief'] as const) {
          for (const channel of ['email', 'linkedin', 'card'] as const) {
            const text = fr.generate(person({ name, tone, channel, specifics, ...(name.includes('équipe') ? { kind: 'team' } : {}) }));
            const where = `${lang}/${name}/${tone}/${channel}`;
            expect(text, where).to.match(/[Mm]erci|remercie/);
            expect(text, where).not.to.match(/\/|Cher\(e\)|Chère|Cher /);
            if (channel === 'linkedin') {
              expect([...text].length, `${where}: ${text}`).to.be.at.most(200);
              expect(text, where).to.contain('enquête clients trimestrielle');
              if (!name.includes('équipe')) expect(text.split('\n')[0], where).to.match(/Haddad|Sara|Ibrahim/);
            }
          }
        }
      }
    }
  });

  it('5. « guillemets » and espaces insécables: U+00A0 before «:», U+202F before «; ! ?» and inside « »', async () => {
    const fr = await mount<ThankYouComposer>('thank-you-composer', 'fr');
    const text = fr.generate(person({ name: 'Ibrahim Diallo', tone: 'warm', relationship: 'teammate', specifics: { moment: 'les cafés du vendredi', forward: 'poser mes questions tôt' } }));
    expect(text).to.contain(`restera${NBSP}: les cafés`);
    expect(text).to.match(/contact\.|contact\u202f!/);
    expect(text).not.to.match(/ [:;!?»]|« /);
    const kit = await mount<KeepInTouch>('keep-in-touch', 'fr');
    kit.value = { contacts: [contact({ name: 'Ibrahim Diallo' })] };
    await kit.updateComplete;
    const advice = await message(kit, 'c', 'advice');
    expect(advice).to.contain(`café${NNBSP}?`).and.not.to.match(/ [:;!?»]|« /);
    const words = await translator('fr');
    const hint = words.t('address.register.formal', '');
    expect(hint).to.contain(`«${NNBSP}Madame,${NNBSP}»`);
  });

  it('6. the reference brief mail is plain text and asks before it thanks', async () => {
    const fr = await translator('fr');
    const mail = briefMail(fr.t.bind(fr), { name: 'Mme Hélène Dubois' }, { internName: 'Maya Haddad', company: 'Northwind', role: 'Analyste', bullets: ['Automatisation du rapport hebdomadaire'], skills: ['SQL'], projects: [{ name: 'Enquête', status: 'livrée' }], applications: [] }, (d) => d);
    expect(mail.body).not.to.match(/^#|\*\*/m);
    expect(mail.body).not.to.contain('d’avoir accepté');
    expect(mail.body).to.match(/accepteriez d’être l’une de mes références/);
  });

  it('7. dates and times in sentences: «le vendredi 11 décembre», «à 14 h», «à 9 h 30», «le 1er»', async () => {
    const fr = await mount<FeedbackQuestions>('feedback-questions', 'fr-FR', { supervisor: 'Hélène Dubois', 'end-date': '2026-12-11' });
    fr.value = { ...fr.value, meeting: { date: '2026-12-09', time: '14:00', minutes: 20 } };
    await fr.updateComplete;
    expect(fr.request.body).to.contain('le vendredi 11 décembre').and.to.contain(`le mercredi 9 décembre à 14${NBSP}h,`).and.not.to.match(/14:00|vendredi,/);
    const ca = await mount<FeedbackQuestions>('feedback-questions', 'fr-CA', { supervisor: 'Hélène Dubois', 'end-date': '2027-01-01' });
    ca.value = { ...ca.value, meeting: { date: '2026-12-15', time: '09:30', minutes: 15 } };
    await ca.updateComplete;
    expect(ca.request.body).to.contain('le vendredi 1er janvier').and.to.contain(`à 9${NBSP}h${NBSP}30,`).and.not.to.match(/09:30|9 h 30/);
  });

  it('8. follow-ups skip the weekend and the public holidays of France and Quebec (fr-CA), not of English Canada', async () => {
    // A week after Friday 18 December is Christmas; a month after 11 October is Armistice Day.
    const fr = await mount<KeepInTouch>('keep-in-touch', 'fr-FR', { 'end-date': '2026-12-18' });
    fr.value = { contacts: [contact({ name: 'Ana', cadence: 'week-after' }), contact({ id: 'd', name: 'Hélène', lastContact: '2026-10-11' })] };
    await fr.updateComplete;
    expect(await settled(() => nextFollowUps(fr), ['2026-12-28', '2026-11-12'])).to.deep.equal(['2026-12-28', '2026-11-12']);
    // A week after Wednesday 17 June is the Fête nationale in Quebec; a month after 1 June, Canada Day.
    const qc = await mount<KeepInTouch>('keep-in-touch', 'fr-CA', { 'end-date': '2026-06-17' });
    qc.value = { contacts: [contact({ name: 'Ana', cadence: 'week-after' }), contact({ id: 'd', name: 'Élodie', lastContact: '2026-06-01' })] };
    await qc.updateComplete;
    expect(await settled(() => nextFollowUps(qc), ['2026-06-25', '2026-07-02'])).to.deep.equal(['2026-06-25', '2026-07-02']);
    const en = await mount<KeepInTouch>('keep-in-touch', 'en-CA', { 'end-date': '2026-06-17' });
    en.value = { contacts: [contact({ name: 'Ana', cadence: 'week-after' }), contact({ id: 'd', name: 'Jo', lastContact: '2026-06-01' })] };
    await en.updateComplete;
    expect(await settled(() => nextFollowUps(en), ['2026-06-24', '2026-07-02'])).to.deep.equal(['2026-06-24', '2026-07-02']);
  });

  it('9. a French follow-up that quotes a project makes sense of it', async () => {
    const kit = await mount<KeepInTouch>('keep-in-touch', 'fr');
    kit.value = { contacts: [contact({ name: 'Ibrahim Diallo', thanked: 'le calendrier éditorial de décembre', thankedAs: 'project' })] };
    await kit.updateComplete;
    const body = await message(kit, 'c', 'update');
    expect(body).to.contain('notre travail sur le calendrier éditorial de décembre').and.not.to.contain('chaque semaine : le calendrier');
  });
});
