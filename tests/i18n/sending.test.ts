// What the kit generates for the intern to SEND, read as a native reader would: greetings by the right
// name, in every language. The catalogues are lazy chunks, so each render waits for them.
import { expect } from '@open-wc/testing';
import '../../src/thank-you-composer/define.js';
import '../../src/keep-in-touch/define.js';
import '../../src/feedback-questions/define.js';
import type { ThankYouComposer, ThanksPerson } from '../../src/thank-you-composer/thank-you-composer.js';
import type { KeepInTouch } from '../../src/keep-in-touch/keep-in-touch.js';
import type { FeedbackQuestions } from '../../src/feedback-questions/feedback-questions.js';
import { mount } from '../helpers/i18n.js';

const thanksPerson = (over: Partial<ThanksPerson>): ThanksPerson => ({
  id: 'p', name: 'Ana Ruiz', relationship: 'supervisor', specifics: {}, tone: 'warm', channel: 'email', draft: '', status: 'todo', ...over,
});

describe('greeting people by the right name', () => {
  afterEach(() => document.querySelectorAll('[lang]').forEach((n) => n !== document.documentElement && n.remove()));

  it('thank-you notes greet compound and titled names whole, in en, es and ar (fails with first-word greetings)', async function () {
    this.timeout(20000);
    const cases: [string, string, string][] = [
      ['ar', 'عبد الله الأحمد', 'عبد الله'],
      ['ar', 'د. سارة المنصوري', 'سارة'],
      ['es', 'María José López', 'María José'],
      ['es', 'Dra. Lucía Fernández', 'Lucía'],
      ['en', 'Dr. Sara Ali', 'Sara'],
      ['en', 'Abu Bakr Salem', 'Abu Bakr'],
    ];
    for (const lang of ['en', 'es', 'ar']) {
      const el = await mount<ThankYouComposer>('thank-you-composer', lang);
      for (const [l, name, first] of cases.filter((c) => c[0] === lang)) {
        const draft = el.generate(thanksPerson({ name, tone: 'warm' }));
        const greeting = draft.split('\n')[0];
        expect(greeting, `${l}: ${name}`).to.contain(first);
        expect(greeting).not.to.match(l === 'ar' ? /عبد،|د\.،/ : /\b(María|Dr\.|Dra\.|Abu),/);
      }
    }
  });

  it('a person’s own “how to greet them” wins, in the note and in the subject', async () => {
    const el = await mount<ThankYouComposer>('thank-you-composer', 'en');
    el.value = { people: [thanksPerson({ name: 'Robert Smith', greeting: 'Bob' })] };
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#p-greeting')!;
    expect(input.labels![0].textContent).to.equal('How to greet them');
    expect(el.generate(el.value.people[0])).to.match(/^Hi Bob,/);
    expect(el.subjectFor('p')).to.equal('Thank you, Bob');
    input.value = 'Rob';
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.value.people[0].greeting).to.equal('Rob');
    // the empty field shows what the rule would use
    el.value = { people: [thanksPerson({ name: 'عبد الله الأحمد' })] };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#p-greeting')!.placeholder).to.equal('عبد الله');
  });

  it('keep-in-touch templates greet by the contact’s greeting name', async () => {
    const el = await mount<KeepInTouch>('keep-in-touch', 'ar');
    el.value = { contacts: [{ id: 'a', name: 'عبد الرحمن بن خالد', tags: [], cadence: 'monthly', log: [] }, { id: 'b', name: 'Jordan Lee', greeting: 'Jo', tags: [], cadence: 'monthly', log: [] }] };
    await el.updateComplete;
    const body = async (id: string) => {
      const row = el.shadowRoot!.querySelector(`[data-id="${id}"]`)!;
      [...row.querySelectorAll('button')].find((b) => /اكتب رسالة|Write a message/.test(b.textContent!))!.click();
      await el.updateComplete;
      return el.shadowRoot!.querySelector<HTMLTextAreaElement>('#m-body')!.value;
    };
    expect((await body('a')).split('\n')[0]).to.contain('عبد الرحمن');
    expect((await body('b')).split('\n')[0]).to.contain('Jo');
  });

  it('the feedback request greets the supervisor by the profile’s greeting, else by the rule', async () => {
    let el = await mount<FeedbackQuestions>('feedback-questions', 'en', { supervisor: 'Dr. Sara Ali' });
    expect(el.request.body.split('\n')[0]).to.equal('Hi Sara,');
    el = await mount<FeedbackQuestions>('feedback-questions', 'en', { supervisor: 'Robert Smith', 'supervisor-greeting': 'Bob' });
    expect(el.request.body.split('\n')[0]).to.equal('Hi Bob,');
  });
});
