// Per-person thank-you ideas (src/thank-you-composer/ideas.ts) and the kit's thank-you hand-offs (src/core/tasks/handoffs.ts): pure.
import { expect } from '@open-wc/testing';
import { ideasFor, names, toClause } from '../../src/thank-you-composer/ideas.js';
import { contactChannel, logThanks, newlyThanked, syncThanked, thankedFor } from '../../src/core/tasks/handoffs.js';

describe('thank-you ideas', () => {
  it('turns a raw note into a clause: no name label, first sentence, no final punctuation', () => {
    // The raw dumps: "Jordan: the automated weekly ops report… Monday review." and "…within two days.."
    expect(toClause('Jordan: the automated weekly ops report. He reviewed it every Monday.', 'Jordan Alvarez')).to.equal('the automated weekly ops report');
    expect(toClause('Answered every ticket within two days..')).to.equal('answered every ticket within two days');
    expect(toClause('SQL reviews every week!')).to.equal('SQL reviews every week');
    expect(toClause('I learned to ask early')).to.equal('I learned to ask early');
    expect(toClause('   ')).to.equal(undefined);
    expect(toClause('What should I learn next?')).to.equal(undefined);
  });

  it('leaves out anything negative or self-critical, in English and Spanish', () => {
    for (const s of ['I made too many mistakes in the first month', 'I was slow on the report', 'You should have told me earlier', 'Cometí muchos errores al principio', 'Fui lenta con el informe']) {
      expect(toClause(s), s).to.equal(undefined);
    }
  });

  it('matches a person by greeting name or full name, as a whole word', () => {
    expect(names('Lunch with Jordan on Friday', 'Jordan Alvarez')).to.be.true;
    expect(names('Jordana helped', 'Jordan Alvarez')).to.be.false;
    expect(names('María José me enseñó dbt', 'María José Pérez')).to.be.true;
    // the person's own "how to greet them" names them too (was: full name and the rule only)
    expect(names('Lunch with Bob', 'Robert Smith', 'Bob')).to.be.true;
    expect(ideasFor({ name: 'Robert Smith', greeting: 'Bob' }, { reflection: { entries: [{ text: 'Bob showed me the warehouse.' }] } }).map((i) => i.text)).to.deep.equal(['Bob showed me the warehouse']);
  });

  it('gives each person only what they said or did', () => {
    const kit = {
      feedback: { meeting: { with: 'Jordan Alvarez' }, selected: [{ answer: 'Your dashboard saved the team hours.', takeaway: 'Ask for reviews earlier' }] },
      reflection: { entries: [{ text: 'Sam taught me dbt macros.' }, { text: 'Priya showed me the warehouse.' }] },
      planner: { projects: [{ name: 'Weekly ops report', owner: 'Sam Lee' }] },
    };
    expect(ideasFor({ name: 'Jordan Alvarez', relationship: 'supervisor' }, kit)).to.deep.equal([
      { text: 'ask for reviews earlier', field: 'forward' },
      { text: 'your dashboard saved the team hours', field: 'forward' },
    ]);
    expect(ideasFor({ name: 'Sam Lee', relationship: 'teammate' }, kit)).to.deep.equal([
      { text: 'Sam taught me dbt macros', field: 'forward' },
      { text: 'Weekly ops report', field: 'project' },
    ]);
    expect(ideasFor({ name: 'Priya Nair', relationship: 'mentor' }, kit).map((i) => i.text)).to.deep.equal(['Priya showed me the warehouse']);
  });

  it('never offers the supervisor’s own written answers, nor a sentence in another language than the note’s (#29)', () => {
    const kit = {
      feedback: {
        meeting: { with: 'Jordan Alvarez' },
        selected: [
          { said: 'نعم، بكل سرور', takeaway: 'Ask for reviews earlier' },
          { said: 'Your SQL reviews were careful.', answer: 'Le gustó mi informe semanal.' },
        ],
      },
      planner: { projects: [{ name: 'لوحة المؤشرات', owner: 'Jordan Alvarez' }] },
    };
    const jordan = { name: 'Jordan Alvarez', relationship: 'supervisor' };
    // Without a language every sentence of hers is offered; the supervisor's `said` never is (✗ old: both were).
    expect(ideasFor(jordan, kit).map((i) => i.text)).to.deep.equal(['ask for reviews earlier', 'le gustó mi informe semanal', 'لوحة المؤشرات']);
    // In an English note: her Latin-script sentences; a project's name stays whatever its language.
    expect(ideasFor(jordan, kit, '', { locale: 'en' }).map((i) => i.text)).to.deep.equal(['ask for reviews earlier', 'le gustó mi informe semanal', 'لوحة المؤشرات']);
    // In an Arabic note: no English or Spanish sentence pasted in.
    expect(ideasFor(jordan, kit, '', { locale: 'ar' }).map((i) => i.text)).to.deep.equal(['لوحة المؤشرات']);
  });

  it('offers a task that names the person, named as a task (an imperative title alone read as an order), to that person only', () => {
    const tasks = [
      { text: 'Send Jordan the handover doc.', source: 'planner' },
      { text: 'Walk Sam through the dbt models', source: 'checklist' },
      { text: 'Follow up with Jordan Alvarez', source: 'contacts' },
      { text: 'Tell Jordan I was late with the report', source: 'feedback' },
      { text: 'Return equipment, badges and access', source: 'checklist' },
    ];
    expect(ideasFor({ name: 'Jordan Alvarez' }, {}, '', { tasks })).to.deep.equal([{ text: 'the “Send Jordan the handover doc” task', field: 'project' }]);
    expect(ideasFor({ name: 'Sam Lee' }, {}, '', { tasks, quote: (t) => `la tarea «${t}»` })).to.deep.equal([{ text: 'la tarea «Walk Sam through the dbt models»', field: 'project' }]);
    expect(ideasFor({ name: 'Priya Nair' }, {}, '', { tasks })).to.deep.equal([]);
  });
});

describe('thank-you hand-offs', () => {
  const contacts = { contacts: [{ id: 'c1', name: 'Jordan Alvarez', email: 'jordan@example.com', tags: [], cadence: 'week-after', log: [] }] };

  it('offers each thanked person once', () => {
    const thanks = { people: [{ id: 'p1', name: 'Jordan Alvarez' }, { id: 'p2', name: 'Sam Lee' }, { id: 'p3', name: ' ' }] };
    expect(newlyThanked(thanks, []).map((p) => p.id)).to.deep.equal(['p1', 'p2']);
    expect(newlyThanked(thanks, ['p1']).map((p) => p.id)).to.deep.equal(['p2']);
  });

  it('logs a contact for a sent note, once a day per channel', () => {
    const once = logThanks(contacts, { name: 'Jordan', email: 'JORDAN@example.com' }, '2026-12-18', contactChannel('email'))!;
    const c = (once.contacts as Array<{ lastContact: string; log: unknown[] }>)[0];
    expect(c.lastContact).to.equal('2026-12-18');
    expect(c.log).to.deep.equal([{ date: '2026-12-18', channel: 'email' }]);
    expect(logThanks(once, { name: 'Jordan Alvarez', email: 'jordan@example.com' }, '2026-12-18', 'email')).to.equal(undefined);
    expect(logThanks(contacts, { name: 'Nobody' }, '2026-12-18', 'email')).to.equal(undefined);
    expect(contactChannel('card')).to.equal('other');
  });

  it('keeps what each person was thanked for with their contact', () => {
    expect(thankedFor({ specifics: { project: 'the ops report', forward: 'Ask for reviews earlier.' } })).to.equal('Ask for reviews earlier');
    expect(thankedFor({ specifics: {} })).to.equal(undefined);
    const next = syncThanked(contacts, [{ name: 'Jordan Alvarez', email: 'jordan@example.com', specifics: { project: 'the ops report' } }])!;
    expect((next.contacts as Array<{ thanked: string }>)[0].thanked).to.equal('the ops report');
    expect(syncThanked(next, [{ name: 'Jordan Alvarez', email: 'jordan@example.com', specifics: { project: 'the ops report' } }])).to.equal(undefined);
  });
});
