/**
 * What the kit infers from the intern's work, in the kit, in English, Spanish and Arabic: a tick follows
 * from what she did (not from what the kit did for her, not from an empty shell), says why in one line,
 * and stays unticked once she unticks it; suggestions are ideas in her language, never someone else's
 * words offered as her plan or her thank-you.
 */
import { expect } from '@open-wc/testing';
import '../../src/all.js';
// Catalogues are opt-in with npm: a page registers the languages it uses.
import '../../src/translations/es.js';
import '../../src/translations/ar.js';
import type { InternshipWrapUp } from '../../src/internship-wrap-up/internship-wrap-up.js';
import { clearKeys, container, settle } from '../helpers/test-element.js';
import { until } from '../helpers/roles.js';

const KEY = 'inferences-';
let n = 0;

type Widget = HTMLElement & { value: Record<string, unknown>; updateComplete: Promise<boolean> };
const TAGS = { checklist: 'internship-checklist', feedback: 'feedback-questions', thanks: 'thank-you-composer', reflection: 'reflection-journal', planner: 'finish-strong-planner', contacts: 'keep-in-touch' } as const;
type Slot = keyof typeof TAGS;

/** What each language says, as an intern reads it. */
const WORDS = {
  en: {
    ready: /Checklist/,
    contacts1: 'Ticked because you saved contact details for 1 person in Keep in touch.',
    contacts2: 'Ticked because you saved contact details for 2 people in Keep in touch.',
    handover1: 'Ticked because you wrote a handover note for 1 project.',
    notes4: 'Ticked because you sent 4 thank-you notes.',
    supervisor: 'Ticked because you sent your thank-you note to Jordan Alvarez.',
    recommendation: 'Jordan Alvarez’s recommendation',
    takeaway: 'Ask for code reviews earlier',
  },
  es: {
    ready: /Lista/,
    contacts1: 'Marcada porque guardaste los datos de contacto de 1 persona en «Seguir en contacto».',
    contacts2: 'Marcada porque guardaste los datos de contacto de 2 personas en «Seguir en contacto».',
    handover1: 'Marcada porque escribiste la nota de traspaso de 1 proyecto.',
    notes4: 'Marcada porque enviaste 4 notas de agradecimiento.',
    supervisor: 'Marcada porque enviaste tu nota de agradecimiento a Jordan Alvarez.',
    recommendation: 'Recomendación de Jordan Alvarez',
    takeaway: 'Pedir revisiones de código antes',
  },
  ar: {
    ready: /قائمة المهام/,
    contacts1: 'عُلِّم لأنك حفظت بيانات التواصل لشخص واحد في «البقاء على تواصل».',
    contacts2: 'عُلِّم لأنك حفظت بيانات التواصل لشخصين في «البقاء على تواصل».',
    handover1: 'عُلِّم لأنك كتبت وثيقة التسليم لمشروع واحد.',
    notes4: `عُلِّم لأنك أرسلت ${new Intl.NumberFormat('ar').format(4)} رسائل شكر.`,
    supervisor: 'عُلِّم لأنك أرسلت رسالة الشكر إلى Jordan Alvarez.',
    recommendation: 'توصية Jordan Alvarez',
    takeaway: 'أطلب مراجعة الكود في وقت أبكر',
  },
} as const;
type Lang = keyof typeof WORDS;

/** The kit as a host page puts it, in a page section with `lang`, once its catalogue has arrived. */
async function kit(lang: Lang, key = `${KEY}${lang}-${n++}`): Promise<InternshipWrapUp> {
  const wrapper = container();
  wrapper.lang = lang;
  const el = document.createElement('internship-wrap-up') as InternshipWrapUp;
  for (const [k, v] of Object.entries({ 'storage-key': key, 'intern-name': 'Maya Chen', company: 'Northwind', supervisor: 'Jordan Alvarez', 'supervisor-email': 'jordan.alvarez@example.com', 'end-date': '2026-12-18' })) el.setAttribute(k, v);
  el.now = new Date('2026-12-03T12:00:00');
  wrapper.append(el);
  await until(() => WORDS[lang].ready.test(el.shadowRoot?.textContent ?? ''), 8000);
  await settle(60);
  return el;
}

/** Shows a step as the intern does (its tab) and returns its element once it has rendered. */
async function show(el: InternshipWrapUp, slot: Slot): Promise<Widget> {
  el.shadowRoot!.querySelector<HTMLButtonElement>(`#tab-${slot}`)!.click();
  const widget = await until(() => el.shadowRoot!.querySelector<Widget>(TAGS[slot]));
  await widget.updateComplete;
  await settle(60);
  return widget;
}

const $ = <T extends Element = HTMLElement>(w: Element, selector: string) => {
  const found = w.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${w.localName}: nothing matches ${selector}`);
  return found;
};

/** The checklist's row for a default item: whether it is ticked, and the line that says why. */
async function item(el: InternshipWrapUp, id: string): Promise<{ ticked: boolean; why: string; box: HTMLInputElement }> {
  const checklist = await show(el, 'checklist');
  const row = $(checklist, `li[data-id="${id}"]`);
  const box = row.querySelector<HTMLInputElement>('input[type=checkbox]')!;
  return { ticked: box.checked, why: row.querySelector('.auto-why')?.textContent?.trim() ?? '', box };
}

function typeIn(field: HTMLInputElement | HTMLTextAreaElement, text: string, event: 'input' | 'change' = 'input'): void {
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event(event, { bubbles: true, composed: true }));
}

const person = (id: string, name: string, relationship: string, status = 'sent') => ({ id, name, relationship, specifics: {}, tone: 'warm', channel: 'email', draft: `Thank you, ${name}!`, status });

describe('<internship-wrap-up>: what the kit infers', function () {
  this.timeout(30000);
  after(() => clearKeys(KEY));

  for (const lang of Object.keys(WORDS) as Lang[]) {
    const w = WORDS[lang];
    describe(lang, () => {
      it('a contact the kit handed over does not tick “Collect contact details”; one she saves does, and says why', async () => {
        const el = await kit(lang);
        const thanks = await show(el, 'thanks');
        // "Add Jordan Alvarez, your supervisor": the kit hands them to Keep in touch by itself.
        $<HTMLButtonElement>(thanks, '.side > button.full').click();
        await settle(150);
        const contacts = await show(el, 'contacts');
        expect((contacts.value.contacts as { name: string }[]).map((c) => c.name)).to.deep.equal(['Jordan Alvarez']);
        let row = await item(el, 'collect-contacts');
        expect(row.ticked, 'ticked by a contact the kit created').to.be.false; // ✗ old rule: any contact ticked it
        expect(row.why).to.equal('');

        // She saves someone's details herself.
        await show(el, 'contacts');
        $<HTMLButtonElement>(contacts, 'button.add').click();
        await contacts.updateComplete;
        typeIn($<HTMLInputElement>(contacts, '#f-name'), 'Sam Lee');
        typeIn($<HTMLInputElement>(contacts, '#f-email'), 'sam.lee@example.com');
        $<HTMLFormElement>(contacts, 'form.panel').requestSubmit();
        await settle(150);
        row = await item(el, 'collect-contacts');
        expect(row.ticked).to.be.true;
        expect(row.why).to.equal(w.contacts1);
        expect(row.box.getAttribute('aria-describedby'), 'the checkbox is described by the reason').to.equal('why-collect-contacts');
        // Saved in her form, the contact the kit handed over is hers too: the line counts it.
        await show(el, 'contacts');
        $<HTMLButtonElement>(contacts, '[data-id] [data-a="edit"]').click();
        await contacts.updateComplete;
        $<HTMLFormElement>(contacts, 'form.panel').requestSubmit();
        await settle(150);
        expect((await item(el, 'collect-contacts')).why).to.equal(w.contacts2);
      });

      it('an empty project does not tick “Write a handover note…”; a project with its note does, and says why (also in Finish strong)', async () => {
        const el = await kit(lang);
        const planner = await show(el, 'planner');
        [...planner.shadowRoot!.querySelectorAll<HTMLButtonElement>('.handover .editor > button')].at(-1)!.click();
        await settle(150);
        expect((planner.value.projects as unknown[]).length).to.equal(1);
        let row = await item(el, 'handover');
        expect(row.ticked, 'ticked by an empty project').to.be.false; // ✗ old rule: any project ticked it
        await show(el, 'planner');
        typeIn($<HTMLInputElement>(planner, '[data-p="0"] input'), 'Churn dashboard');
        await settle(100);
        row = await item(el, 'handover');
        expect(row.ticked, 'a name alone is no handover note').to.be.false;
        await show(el, 'planner');
        typeIn($<HTMLTextAreaElement>(planner, '[data-p="0"] textarea'), 'Live; the weekly refresh runs on Mondays.');
        await settle(150);
        row = await item(el, 'handover');
        expect(row.ticked).to.be.true;
        expect(row.why).to.equal(w.handover1);
        // The planner's own "handover" milestone is the same task: ticked, with the same line.
        await show(el, 'planner');
        const milestone = $(planner, '.timeline li[data-id="handover"]');
        expect(milestone.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).to.be.true;
        expect(milestone.querySelector('.auto-why')!.textContent!.trim()).to.equal(w.handover1);
      });

      it('four notes sent tick “Thank teammates…” with how many; unticked, it stays unticked after another note and a reload', async () => {
        const key = `${KEY}${lang}-team-${n++}`;
        const el = await kit(lang, key);
        const thanks = await show(el, 'thanks');
        thanks.value = { people: [person('p1', 'Jordan Alvarez', 'supervisor'), person('p2', 'Sam Lee', 'teammate'), person('p3', 'Ana Ruiz', 'teammate'), person('p4', 'Omar Said', 'staff'), person('p5', 'Lina Haddad', 'mentor', 'drafted')] };
        await settle(150);
        let team = await item(el, 'thank-team');
        expect(team.ticked, '“Thank teammates” after four notes sent').to.be.true; // ✗ old rule: no rule at all
        expect(team.why).to.equal(w.notes4);
        const supervisor = await item(el, 'thank-supervisor');
        expect(supervisor.ticked).to.be.true;
        expect(supervisor.why).to.equal(w.supervisor);

        // She unticks it: the reason goes with the tick.
        team.box.click();
        await settle(150);
        team = await item(el, 'thank-team');
        expect(team.ticked).to.be.false;
        expect(team.why).to.equal('');
        // One more note sent: still unticked.
        await show(el, 'thanks');
        const v = thanks.value as { people: { id: string; status: string }[] };
        thanks.value = { ...v, people: v.people.map((p) => (p.id === 'p5' ? { ...p, status: 'sent' } : p)) };
        await settle(150);
        expect((await item(el, 'thank-team')).ticked, 're-ticked after she unticked it').to.be.false;
        // And after a reload.
        el.parentElement!.remove();
        const again = await kit(lang, key);
        expect((await item(again, 'thank-team')).ticked, 're-ticked after a reload').to.be.false;
        expect((await item(again, 'thank-supervisor')).ticked).to.be.true;
      });

      it('keeps her own checklist items across a reload while the kit ticks what it knows (the default was pushed over them)', async () => {
        const key = `${KEY}${lang}-keep-${n++}`;
        const el = await kit(lang, key);
        const checklist = await show(el, 'checklist');
        typeIn($<HTMLInputElement>(checklist, '#a-text'), 'Water the plants');
        $<HTMLFormElement>(checklist, '#a-text').closest('form')!.requestSubmit();
        await settle(100);
        const thanks = await show(el, 'thanks');
        thanks.value = { people: [person('p1', 'Jordan Alvarez', 'supervisor')] };
        await settle(150);
        el.parentElement!.remove();
        const again = await kit(lang, key);
        const reloaded = await show(again, 'checklist');
        // ✗ old code in Spanish and Arabic: the page's language arrived before the checklist read its saved
        // data, the kit ticked the default checklist and pushed it over hers.
        expect((reloaded.value.items as { text: string }[]).map((i) => i.text)).to.include('Water the plants');
        expect((await item(again, 'thank-supervisor')).ticked).to.be.true;
      });

      it('offers her own takeaway as a next step and a thank-you idea, never the supervisor’s written words', async () => {
        const el = await kit(lang);
        const feedback = await show(el, 'feedback');
        feedback.value = {
          selected: [{ id: 'q1', text: 'Would you be a reference?', theme: 'future', said: 'نعم، بكل سرور', takeaway: w.takeaway }],
          actions: [],
          response: { from: 'Jordan Alvarez', quote: 'مايا دقيقة وسريعة التعلّم.', reference: true },
        };
        await settle(150);
        const journal = await show(el, 'reflection');
        const next = [...journal.shadowRoot!.querySelectorAll('.suggest')].find((s) => s.querySelector('ul, figure'))!;
        const offered = [...next.querySelectorAll('li > span')].map((s) => s.textContent!.trim());
        expect(offered).to.deep.equal([w.takeaway]); // ✗ old code also offered the supervisor's recommendation as a next step
        // The recommendation is shown as their quote, attributed, with nothing to add it to her plan.
        const figure = next.querySelector('figure')!;
        expect(figure.querySelector('blockquote')!.textContent!.trim()).to.equal('مايا دقيقة وسريعة التعلّم.');
        expect(figure.querySelector('figcaption')!.textContent!.trim()).to.equal(w.recommendation);
        expect(figure.querySelector('button')).to.equal(null);

        const thanks = await show(el, 'thanks');
        thanks.value = { people: [person('p1', 'Jordan Alvarez', 'supervisor', 'todo')] };
        await settle(150);
        const ideas = [...thanks.shadowRoot!.querySelectorAll('details.ideas li > span')].map((s) => s.textContent!.trim());
        expect(ideas.join(' | ')).not.to.contain('بكل سرور'); // ✗ old code: "Something I’ll carry forward: نعم، بكل سرور"
        expect(ideas.some((i) => i.toLowerCase() === w.takeaway.toLowerCase())).to.be.true;
      });
    });
  }
});
