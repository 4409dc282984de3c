// The note to the whole team has fields of its own (#29): who the team is, its mailing list, what the
// intern thanks them for and a moment with them, all optional and stored on the note.
import { expect } from '@open-wc/testing';
import '../../src/thank-you-composer/define.js';
import '../../src/translations/es.js';
import '../../src/translations/ar.js';
import type { ThankYouComposer } from '../../src/thank-you-composer/thank-you-composer.js';
import { composeTeam } from '../../src/thank-you-composer/team.js';
import { fill } from '../../src/core/formats/text.js';
import { $, button, mount, rendered, type } from '../helpers/harness.js';
import { mount as mountIn } from '../helpers/i18n.js';

const en = (_id: string, english: string, params?: Readonly<Record<string, string | number | undefined>>) => (params ? fill(english, params) : english);

describe('<thank-you-composer>: the team note', () => {
  it('composes the note from its fields, each optional, in the note’s sentences', () => {
    const params = { company: 'Northwind', me: 'Maya Chen', locale: 'en' };
    expect(composeTeam(en, {}, params)).to.equal(
      'Hi everyone,\n\nMy internship at Northwind is ending, and I want to thank you all for welcoming me, answering my questions and trusting me with real work. I learned a lot from this team, and I hope our paths cross again. Let’s stay in touch.\n\nThank you all,\nMaya Chen',
    );
    const full = composeTeam(en, { name: ' Data team ', thanksFor: 'the patient code reviews.', moment: 'the Friday demos!' }, params);
    expect(full).to.equal(
      'Hi Data team,\n\nMy internship at Northwind is ending, and I want to thank you all for the patient code reviews. One moment that stayed with me: the Friday demos. I learned a lot from this team, and I hope our paths cross again. Let’s stay in touch.\n\nThank you all,\nMaya Chen',
    );
    // A host's own body keeps working, with the note's fields as placeholders (empty ones read as nothing).
    expect(composeTeam(en, { name: 'Data team' }, { company: 'Northwind', locale: 'en' }, 'Dear {team} at {company}: thanks for {for}.{moment}')).to.equal(
      'Dear Data team at Northwind: thanks for welcoming me, answering my questions and trusting me with real work.\n\nThank you all,',
    );
  });

  it('has its fields, stores them on the note, and the draft, subject and mail follow them', async () => {
    const el = await mount<ThankYouComposer>('thank-you-composer', { attrs: { 'intern-name': 'Maya Chen', company: 'Northwind' } });
    await expect(el).to.be.accessible();
    const team = $(el, '.team');
    for (const label of ['Team name (optional)', 'Team email list (optional)', 'What you thank them for', 'A moment with the team (optional)']) {
      expect([...team.querySelectorAll('label')].map((l) => l.textContent!.trim()), label).to.include(label);
    }
    await type(el, $<HTMLInputElement>(el, '#team-name'), 'Data team', 'change');
    await type(el, $<HTMLInputElement>(el, '#team-email'), 'data-team@example.com', 'change');
    await type(el, $<HTMLTextAreaElement>(el, '#team-thanksFor'), 'the patient code reviews');
    expect(el.value.team).to.deep.equal({ draft: '', name: 'Data team', email: 'data-team@example.com', thanksFor: 'the patient code reviews' });
    button(el, 'Write the draft', team).click();
    await rendered(el);
    const draft = el.value.team!.draft;
    expect(draft.startsWith('Hi Data team,')).to.be.true;
    expect(draft).to.contain('thank you all for the patient code reviews.');
    expect(el.subjectFor('team')).to.equal('Thank you, Data team');
    const mail = new URL(el.toMailto('team'));
    expect(decodeURIComponent(mail.pathname)).to.equal('data-team@example.com');
    // A draft she hasn't edited follows a new detail; cleared, a field leaves the note.
    await type(el, $<HTMLTextAreaElement>(el, '#team-moment'), 'the Friday demos');
    expect(el.value.team!.draft).to.contain('One moment that stayed with me: the Friday demos.');
    await type(el, $<HTMLInputElement>(el, '#team-name'), '', 'change');
    expect(el.value.team).not.to.have.property('name');
    expect(el.value.team!.draft.startsWith('Hi everyone,')).to.be.true;
    expect(el.toMarkdown()).to.contain('The whole team');
  });

  it('keeps the fields through a value round trip and drops what is not text', async () => {
    const el = await mount<ThankYouComposer>('thank-you-composer');
    el.value = { people: [], team: { draft: 'Hi all', name: 'Data team', email: 'data-team@example.com', thanksFor: 'the reviews', moment: 'the demos', status: 'sent' } };
    expect(el.value.team).to.deep.equal({ draft: 'Hi all', name: 'Data team', email: 'data-team@example.com', thanksFor: 'the reviews', moment: 'the demos', status: 'sent' });
    el.value = { people: [], team: { draft: 'Hi all', name: 42 } } as never;
    expect(el.value.team).to.deep.equal({ draft: 'Hi all' });
  });

  for (const [lang, greeting, thanks] of [
    ['es', 'Hola, equipo de Datos:', 'quiero agradecer a todo el equipo las revisiones de código.'],
    ['ar', 'مرحبًا يا فريق البيانات،', 'وأودّ أن أشكركم جميعًا على مراجعات الكود.'],
  ] as const) {
    it(`writes the team note from its fields in ${lang}`, async () => {
      const el = await mountIn<ThankYouComposer>('thank-you-composer', lang);
      await type(el, $<HTMLInputElement>(el, '#team-name'), lang === 'es' ? 'equipo de Datos' : 'فريق البيانات', 'change');
      await type(el, $<HTMLTextAreaElement>(el, '#team-thanksFor'), lang === 'es' ? 'las revisiones de código' : 'مراجعات الكود');
      $<HTMLButtonElement>(el, '.team .toolbar button.primary').click();
      await rendered(el);
      const draft = el.value.team!.draft;
      expect(draft.split('\n')[0]).to.equal(greeting);
      expect(draft).to.contain(thanks);
      await expect(el).to.be.accessible();
    });
  }
});
