import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import { marked } from 'marked';
import { kitContext, type Kit } from '../../src/core/profile.js';
import { captureWarnings, clearKeys, container, settle, itWithKeys, withFullStorage } from '../helpers/test-element.js';
import type { ReflectionJournal, ReflectionValue } from '../../src/reflection-journal/reflection-journal.js';
import { buildBullet, move } from '../../src/reflection-journal/bullet.js';
import '../../src/reflection-journal/define.js';
import { $, $$, button, fill, maybe$ } from '../helpers/harness.js';

const KEY = (k: string) => `strong-finish/reflection-journal/${k}`;
const HOSTILE = 'مرحبا 👋🏽 <script>alert("x")</script> "quotes" & \'single\' [link](javascript:alert(1)) # not a heading';
const THEMES = ['industry', 'self', 'worked', 'didnt', 'fit', 'next'] as const;

function filled(): ReflectionValue {
  return {
    framework: 'rolfe',
    summary: 'Ten weeks building dashboards for a sales team.',
    entries: THEMES.map((theme, i) => ({
      id: theme,
      theme,
      prompt: `Prompt ${theme}`,
      text: i === 2 ? 'Shipped the weekly pipeline report.' : `Answer for ${theme}`,
      skills: i === 2 ? ['Communication', 'Technology'] : [],
      ...(i % 2 ? { mood: 4 } : {}),
    })),
    // The kit's skills come back with their ids (stored by id, issue #28).
    skills: [{ id: 'communication', from: 'default', name: 'Communication', before: 2, after: 4 }, { id: 'technology', from: 'default', name: 'Technology', after: 5 }, { id: 'teamwork', from: 'default', name: 'Teamwork' }],
    bullets: ['Built a weekly pipeline report, cutting prep time by 2 hours', 'Led 3 customer interviews'],
  };
}

/** `n` entries already in theme order (so entry k is the k-th on screen): `Entry k`, two words each. */
function many(n: number): ReflectionValue {
  return {
    framework: 'seed',
    summary: '',
    entries: Array.from({ length: n }, (_, k) => ({ id: `e${k}`, theme: THEMES[Math.min(5, Math.floor((k * 6) / n))], prompt: `Prompt ${k}`, text: `Entry ${k}`, skills: [] })),
    skills: [],
    bullets: [],
  };
}

const render = (md: string) => marked.parse(md, { async: false, gfm: true }) as string;

const areas = (el: ReflectionJournal) => $$<HTMLTextAreaElement>(el, '.entries > .entry textarea');
const more = (el: ReflectionJournal) => $<HTMLButtonElement>(el, 'button.more');
/** A journal holding `many(n)`. */
async function long(n = 300) {
  const el = await fixture<ReflectionJournal>(html`<reflection-journal storage="none"></reflection-journal>`);
  el.value = many(n);
  await el.updateComplete;
  return el;
}

async function withKit(feedback: unknown, more: Partial<Kit> & Record<string, unknown> = {}) {
  const host = container();
  const { tasks, ...slots } = more;
  const published: Record<string, unknown> = { feedback, ...slots };
  const kit: Kit = { data: published, tasks: tasks as Kit['tasks'], publish: (slot, v) => (published[slot] = v), request: () => false };
  new ContextProvider(host, { context: kitContext, initialValue: kit });
  const el = document.createElement('reflection-journal');
  el.storage = 'none';
  host.append(el);
  await el.updateComplete;
  return { el, published };
}

describe('<reflection-journal>', () => {
  beforeEach(() => clearKeys('rj-'));

  describe('accessible', () => {
    it('has no axe violations empty, filled, dark and while building a bullet', async () => {
      const el = await fixture<ReflectionJournal>(html`<reflection-journal storage="none" intern-name="Ana" company="Acme"></reflection-journal>`);
      await expect(el).to.be.accessible();
      el.value = filled();
      await el.updateComplete;
      $$<HTMLDetailsElement>(el, 'details').forEach((d) => (d.open = true));
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      button(el, 'Turn into a résumé bullet').click();
      await el.updateComplete;
      fill($<HTMLInputElement>(el, '#verb'), 'Led');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('has no axe violations with feedback suggestions from the kit', async () => {
      const { el } = await withKit({ selected: [{ takeaway: 'Speak up earlier in meetings' }], actions: ['Learn SQL window functions'] });
      await expect(el).to.be.accessible();
    });

    it('has no axe violations with a page of entries and the Show more button', async () => {
      const el = await long();
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('shows six themed sections with the guided prompts, the NACE skills and a five-step mood scale', async () => {
      const el = await fixture<ReflectionJournal>(html`<reflection-journal storage="none"></reflection-journal>`);
      const v = el.value;
      expect(v.framework).to.equal('seed');
      expect(v.summary).to.equal('');
      expect(v.entries.map((e) => e.theme)).to.deep.equal([...THEMES]);
      expect(v.entries.every((e) => e.prompt.length > 10 && e.text === '' && e.skills.length === 0)).to.be.true;
      expect(v.skills.map((s) => s.name)).to.deep.equal([
        'Communication', 'Teamwork', 'Critical thinking', 'Technology', 'Leadership', 'Professionalism', 'Career and self-development', 'Equity and inclusion',
      ]);
      expect(v.bullets).to.deep.equal([]);
      expect($$(el, 'h3').map((h) => h.textContent)).to.include.members(['The industry', 'Yourself', 'What worked', 'What didn’t', 'Career fit', 'Next steps']);
      expect($$(el, 'fieldset.mood')[0].querySelectorAll('input[type=radio]')).to.have.length(5);
      expect($(el, '.empty').textContent).to.contain('No bullets yet');
      expect($<HTMLSelectElement>(el, '#fw').options).to.have.length(4);
      expect($(el, '.total').textContent).to.contain('0 words');
      expect(maybe$(el, '.suggest')).to.equal(null); // no kit, no suggestions
    });
  });

  describe('attributes and properties', () => {
    it('shows the profile and takes a custom mood scale from the attribute and the property', async () => {
      const el = await fixture<ReflectionJournal>(html`<reflection-journal storage="none" intern-name="Ana" company="Acme" mood-scale="Low, Medium, High"></reflection-journal>`);
      expect($(el, '.who').textContent).to.equal('Ana · Acme');
      const labels = () => [...$$(el, 'fieldset.mood')[0].querySelectorAll('label')].map((l) => l.textContent!.trim());
      expect(labels()).to.deep.equal(['Low', 'Medium', 'High']);
      el.moodScale = ['😴', '🙂'];
      await el.updateComplete;
      expect(labels()).to.deep.equal(['😴', '🙂']);
    });

    it('takes host content from the property and from a child JSON script', async () => {
      const el = await fixture<ReflectionJournal>(html`<reflection-journal storage="none"></reflection-journal>`);
      el.content = { skills: ['SQL', 'Storytelling'], frameworks: { star: { label: 'STAR', prompts: { worked: 'Situation, task, action, result?' } } }, verbs: ['Shipped'] };
      await el.updateComplete;
      expect(el.value.skills.map((s) => s.name)).to.deep.equal(['SQL', 'Storytelling']);
      expect([...$<HTMLSelectElement>(el, '#fw').options].map((o) => o.value)).to.include('star');
      expect($(el, '#verbs option').getAttribute('value')).to.equal('Shipped');
      el.setFramework('star');
      await el.updateComplete;
      expect($(el, 'label[for=t2]').textContent).to.equal('Situation, task, action, result?');

      const el2 = await fixture<ReflectionJournal>(html`<reflection-journal storage="none"
        ><script type="application/json">{"skills":["Excel"],"frameworks":{"seed":{"label":"Our questions","prompts":{"next":"What now?"}}}}</script></reflection-journal
      >`);
      expect(el2.value.skills).to.deep.equal([{ name: 'Excel' }]);
      expect($(el2, 'label[for=t5]').textContent).to.equal('What now?');
      expect($<HTMLSelectElement>(el2, '#fw').selectedOptions[0].textContent).to.equal('Our questions');
    });
  });

  describe('value', () => {
    it('round-trips, renders it and returns a copy', async () => {
      const el = await fixture<ReflectionJournal>(html`<reflection-journal storage="none"></reflection-journal>`);
      const v = filled();
      el.value = v;
      await el.updateComplete;
      expect(el.value).to.deep.equal(v);
      expect($<HTMLInputElement>(el, '#summary').value).to.equal(v.summary);
      expect($<HTMLTextAreaElement>(el, '#t2').value).to.equal('Shipped the weekly pipeline report.');
      expect($<HTMLSelectElement>(el, '#fw').value).to.equal('rolfe');
      expect($$(el, '.bullets li')).to.have.length(2);
      expect($(el, '.gain').textContent).to.equal('+2');
      el.value.bullets.push('mutated');
      expect(el.value.bullets).to.have.length(2);
    });

    it('adds an entry for every theme missing from an assigned value', async () => {
      const el = await fixture<ReflectionJournal>(html`<reflection-journal storage="none"></reflection-journal>`);
      el.value = { framework: 'seed', summary: '', entries: [{ id: 'x', theme: 'fit', prompt: '', text: 'Yes', skills: [] }], skills: [], bullets: [] };
      expect(el.value.entries.map((e) => e.theme).sort()).to.deep.equal([...THEMES].sort());
      expect(el.value.entries.find((e) => e.theme === 'fit')!.text).to.equal('Yes');
    });

    it('renders the first 50 of 300 entries, says how many are hidden, and counts the words of all of them', async () => {
      const el = await long();
      expect(areas(el)).to.have.length(50);
      expect(areas(el).map((a) => a.value)).to.deep.equal(Array.from({ length: 50 }, (_, k) => `Entry ${k}`));
      expect(more(el).textContent!.trim()).to.equal('Show more entries (250 hidden)');
      expect($(el, '.total').textContent).to.contain('600 words');
      expect($(el, '#h1').textContent).to.equal('The industry (2)'); // each section has its own name
      expect(el.value.entries).to.have.length(300);
    });

    it('shows no button while every entry fits on the page', async () => {
      const el = await long(50);
      expect(areas(el)).to.have.length(50);
      expect(maybe$(el, 'button.more')).to.equal(null);
      const few = await fixture<ReflectionJournal>(html`<reflection-journal storage="none"></reflection-journal>`);
      expect(areas(few)).to.have.length(6);
      expect(maybe$(few, 'button.more')).to.equal(null);
    });

    it('editing entry #10 through value updates its row in place; new data keeps what the user expanded', async () => {
      const el = await long();
      const row = $<HTMLTextAreaElement>(el, '#t10');
      const next = many(300);
      next.entries[10] = { ...next.entries[10], text: 'Entry 10 (edited)' };
      el.value = next;
      await el.updateComplete;
      expect($(el, '#t10')).to.equal(row); // keyed by id: the same textarea, not a new one
      expect(row.value).to.equal('Entry 10 (edited)');
      expect(areas(el)).to.have.length(50);
      expect(el.value.entries[10].text).to.equal('Entry 10 (edited)');

      more(el).click();
      await el.updateComplete;
      expect(areas(el)).to.have.length(250);
      // A host or another tab replacing the data does not fold the list the intern opened (like the checklist).
      el.value = many(300);
      await el.updateComplete;
      expect(areas(el)).to.have.length(250);
      expect(more(el).textContent!.trim()).to.equal('Show more entries (50 hidden)');
    });
  });

  describe('events', () => {
    it('fires change after edits but not after assigning value', async () => {
      const el = await fixture<ReflectionJournal>(html`<reflection-journal storage="none"></reflection-journal>`);
      let count = 0;
      el.addEventListener('change', () => count++);
      el.value = filled();
      await el.updateComplete;
      expect(count).to.equal(0);
      setTimeout(() => fill($<HTMLTextAreaElement>(el, '#t0'), 'New answer'));
      const ev = await oneEvent(el, 'change');
      expect(ev.bubbles && ev.composed).to.be.true;
      expect(el.value.entries[0].text).to.equal('New answer');
      $$<HTMLInputElement>(el, 'fieldset.mood')[0].querySelectorAll('input')[4].click();
      expect(el.value.entries[0].mood).to.equal(5);
      const sel = $$<HTMLSelectElement>(el, '.skill select')[5];
      sel.value = '3';
      sel.dispatchEvent(new Event('change'));
      expect(el.value.skills[2]).to.deep.equal({ id: 'teamwork', from: 'default', name: 'Teamwork', after: 3 });
      expect(count).to.equal(3);
    });

    it('keeps every answer with its theme when the framework changes', async () => {
      const el = await fixture<ReflectionJournal>(html`<reflection-journal storage="none"></reflection-journal>`);
      el.value = filled();
      await el.updateComplete;
      const before = el.value.entries.map((e) => [e.theme, e.text]);
      for (const fw of ['deal', 'gibbs', 'seed', 'rolfe']) {
        const select = $<HTMLSelectElement>(el, '#fw');
        select.value = fw;
        select.dispatchEvent(new Event('change'));
        await el.updateComplete;
        expect(el.value.framework).to.equal(fw);
        expect(el.value.entries.map((e) => [e.theme, e.text])).to.deep.equal(before);
      }
      el.setFramework('gibbs');
      await el.updateComplete;
      expect(el.value.entries[5].prompt).to.match(/^Action plan/);
      expect($(el, 'label[for=t5]').textContent).to.match(/^Action plan/);
    });

    it('builds a bullet with a live preview and fires sf-bullet created and copied', async () => {
      const el = await fixture<ReflectionJournal>(html`<reflection-journal storage="none"></reflection-journal>`);
      el.value = filled();
      await el.updateComplete;
      button(el, 'Turn into a résumé bullet').click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#verb'));
      expect($(el, '.source').textContent).to.contain('The industry');
      fill($<HTMLInputElement>(el, '#verb'), 'Automated');
      fill($<HTMLInputElement>(el, '#what'), 'the weekly report');
      fill($<HTMLInputElement>(el, '#result'), 'saving 2 hours a week');
      await el.updateComplete;
      expect($(el, '.preview').textContent).to.equal('Automated the weekly report, saving 2 hours a week');
      const created: unknown[] = [];
      el.addEventListener('sf-bullet', (e) => created.push(e.detail));
      $<HTMLButtonElement>(el, 'form button[type=submit]:not(.add button)').closest('form')!.requestSubmit();
      await el.updateComplete;
      expect(el.value.bullets.at(-1)).to.equal('Automated the weekly report, saving 2 hours a week');
      expect(created).to.deep.equal([{ text: 'Automated the weekly report, saving 2 hours a week', action: 'created', tag: 'reflection-journal' }]);
      expect($<HTMLInputElement>(el, '#verb').value).to.equal('');
      setTimeout(() => button(el, 'Copy bullet 1').click());
      const copied = await oneEvent(el, 'sf-bullet');
      expect(copied.detail).to.deep.equal({ text: filled().bullets[0], action: 'copied', tag: 'reflection-journal' });
    });

    it('publishes to the kit and inserts feedback suggestions into next steps', async () => {
      const { el, published } = await withKit({ selected: [{ takeaway: 'Speak up earlier' }, { takeaway: '' }], actions: [{ text: 'Take a SQL course' }, 'Ask for a reference'] });
      expect($(el, '.suggest h4').textContent).to.equal('From your feedback talk');
      expect($$(el, '.suggest li')).to.have.length(3);
      button(el, 'Add to next steps: Speak up earlier').click();
      button(el, 'Add to next steps: Ask for a reference').click();
      await el.updateComplete;
      expect(el.value.entries[5].text).to.equal('Speak up earlier\nAsk for a reference');
      expect((button(el, 'Add to next steps: Speak up earlier') as HTMLButtonElement).disabled).to.be.true;
      expect((published.reflection as ReflectionValue).entries[5].text).to.equal('Speak up earlier\nAsk for a reference');
    });

    it('offers only what was said in the feedback talk, never an unanswered question', async () => {
      const { el } = await withKit({ selected: [{ id: 'q1', text: 'What should I keep doing?', theme: 'strengths' }, { id: 'q2', text: 'Where can I improve?', theme: 'improve', answer: 'Speak up', takeaway: 'Speak up earlier' }], actions: [] });
      // Fails on the old list, which offered the unanswered question's own text.
      expect($$(el, '.suggest li').map((li) => li.querySelector('span')!.textContent)).to.deep.equal(['Speak up earlier']);
    });

    it('lets a résumé bullet draw on the handover’s projects and completed tasks of the kit', async () => {
      const tasks = [
        { id: 'feedback:a1', source: 'feedback', section: 'feedback', text: 'Took the internal SQL course', done: true, custom: true },
        { id: 'feedback:a2', source: 'feedback', section: 'feedback', text: 'Still open', done: false, custom: true },
        { id: 'checklist:return-equipment', source: 'checklist', section: 'finish', text: 'Return equipment', done: true },
      ] as Kit['tasks'];
      const { el } = await withKit({ selected: [], actions: [] }, { tasks, planner: { projects: [{ name: 'Weekly ops report automation' }] } });
      expect($$(el, '.sources li').map((li) => li.querySelector('span')!.textContent)).to.deep.equal(['Weekly ops report automation', 'Took the internal SQL course']);
      ($(el, '.sources summary') as HTMLElement).click();
      button(el, 'Use as “What you did”: Weekly ops report automation').click();
      await el.updateComplete;
      expect(($(el, '#what') as HTMLInputElement).value).to.equal('Weekly ops report automation');
    });

    it('draws skills before and after as a chart, with a table saying the same', async () => {
      const { el } = await withKit({ selected: [], actions: [] });
      const v = el.value as ReflectionValue;
      el.value = { ...v, skills: [{ name: 'SQL', before: 2, after: 4 }, { name: 'Presenting', before: 3 }, { name: 'Excel', before: 4, after: 3 }] };
      await el.updateComplete;
      const svg = $(el, '.skill-chart svg');
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      // Only skills rated before and now; a drop is drawn in the danger colour.
      expect($$(el, '.skill-chart circle.after')).to.have.length(2);
      expect($$(el, '.skill-chart line.gain').map((l) => l.getAttribute('class'))).to.deep.equal(['gain ', 'gain down']);
      const before = Number($$(el, '.skill-chart circle.before')[0].getAttribute('cx'));
      const after = Number($$(el, '.skill-chart circle.after')[0].getAttribute('cx'));
      expect(after).to.be.above(before);
      expect($$(el, '.skill-chart tbody tr').map((tr) => [...tr.children].map((c) => c.textContent!.trim()))).to.deep.equal([['SQL', '2', '4'], ['Excel', '4', '3']]);
      await expect(el).to.be.accessible();
    });

    it('Show more renders 200 more and moves focus to the first new entry, then goes away', async () => {
      const el = await long();
      more(el).focus();
      more(el).click();
      await el.updateComplete;
      expect(areas(el)).to.have.length(250);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#t50'));
      expect($<HTMLTextAreaElement>(el, '#t50').value).to.equal('Entry 50');
      expect(more(el).textContent!.trim()).to.equal('Show more entries (50 hidden)');
      more(el).focus();
      more(el).click();
      await el.updateComplete;
      expect(areas(el)).to.have.length(300);
      expect(maybe$(el, 'button.more')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#t250'));
      expect(document.activeElement).to.equal(el); // never lost to <body> though the button is gone
    });

    it('user edits in any shown entry change that entry', async () => {
      const el = await long();
      fill($<HTMLTextAreaElement>(el, '#t10'), 'Edited entry ten');
      await el.updateComplete;
      expect($(el, '.total').textContent).to.contain('601 words');
      expect($(el, '#h10 + .hint').textContent).to.equal('3 words');
      more(el).click();
      await el.updateComplete;
      fill($<HTMLTextAreaElement>(el, '#t120'), 'Edited 120');
      $$<HTMLInputElement>(el, 'fieldset.mood')[120].querySelectorAll('input')[2].click();
      await el.updateComplete;
      const v = el.value;
      expect(v.entries[10].text).to.equal('Edited entry ten');
      expect(v.entries[120]).to.include({ text: 'Edited 120', mood: 3 });
      expect(v.entries.filter((e) => e.text.startsWith('Edited'))).to.have.length(2);
      expect(areas(el)).to.have.length(250); // editing keeps the page
      expect($(el, '.total').textContent).to.contain('601 words');
      fill($<HTMLTextAreaElement>(el, '#t10'), 'Entry 10');
      await el.updateComplete;
      expect($(el, '.total').textContent).to.contain('600 words');
    });
  });

  describe('keyboard', () => {
    itWithKeys('types, submits a bullet with Enter, toggles skills and reorders bullets with Alt+Arrow keys', async () => {
      const el = await fixture<ReflectionJournal>(html`<reflection-journal storage="none"></reflection-journal>`);
      $<HTMLInputElement>(el, '#summary').focus();
      await sendKeys({ type: 'A good summer' });
      expect(el.value.summary).to.equal('A good summer');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#fw'));

      $<HTMLInputElement>(el, '#verb').focus();
      await sendKeys({ type: 'Wrote' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'the onboarding guide' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'Led' }); // a second bullet: focus is still in the form
      $<HTMLInputElement>(el, '#verb').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.value.bullets).to.deep.equal(['Wrote the onboarding guide', 'Led']);

      button(el, 'Move bullet 2 up').focus();
      await sendKeys({ down: 'Alt' });
      await sendKeys({ press: 'ArrowDown' }); // can't go lower: nothing happens
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ up: 'Alt' });
      await el.updateComplete;
      expect(el.value.bullets).to.deep.equal(['Led', 'Wrote the onboarding guide']);
      expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Move bullet 1 down'); // the first row has no "up"
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.value.bullets).to.deep.equal(['Wrote the onboarding guide', 'Led']);
      expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Move bullet 2 up');

      const details = $$<HTMLDetailsElement>(el, 'details')[0];
      details.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.be.true;
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.value.entries[0].skills).to.deep.equal(['Communication']);
    });

    itWithKeys('Show more works from the keyboard and typing goes into the new entry', async () => {
      const el = await long();
      more(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await settle(20);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#t50'));
      await sendKeys({ press: 'End' });
      await sendKeys({ type: ' more' });
      expect(el.value.entries[50].text).to.equal('Entry 50 more');
    });
  });

  describe('persistence', () => {
    it('restores entries, ratings and bullets in a new element with the same storage key', async () => {
      const el = await fixture<ReflectionJournal>(html`<reflection-journal storage-key="rj-reload"></reflection-journal>`);
      fill($<HTMLTextAreaElement>(el, '#t3'), HOSTILE);
      el.addBullet('Led a workshop');
      await settle();
      await el.updateComplete;
      expect($(el, 'footer').textContent).to.contain('Saved in this browser at');
      el.remove();
      const again = await fixture<ReflectionJournal>(html`<reflection-journal storage-key="rj-reload"></reflection-journal>`);
      await settle(50);
      expect(again.value.entries[3].text).to.equal(HOSTILE);
      expect(again.value.bullets).to.deep.equal(['Led a workshop']);
      expect($<HTMLTextAreaElement>(again, '#t3').value).to.equal(HOSTILE);
    });
  });

  describe('storage faults', () => {
    it('keeps working and says so when the quota is exceeded', async () => {
      const el = await fixture<ReflectionJournal>(html`<reflection-journal storage-key="rj-quota"></reflection-journal>`);
      await withFullStorage(async () => {
        fill($<HTMLInputElement>(el, '#summary'), 'Still here');
        await settle();
      });
      await el.updateComplete;
      expect(el.value.summary).to.equal('Still here');
      expect($(el, '[role=alert]').textContent).to.contain('storage is full');
    });

    it('never overwrites corrupt saved data and tells the user', async () => {
      localStorage.setItem(KEY('rj-bad'), '{not json');
      let el!: ReflectionJournal;
      const warnings = await captureWarnings(async () => {
        el = await fixture<ReflectionJournal>(html`<reflection-journal storage-key="rj-bad"></reflection-journal>`);
        fill($<HTMLInputElement>(el, '#summary'), 'typed');
        await settle();
      });
      await el.updateComplete;
      expect(localStorage.getItem(KEY('rj-bad'))).to.equal('{not json');
      expect(warnings).to.have.length(1);
      expect(el.value.summary).to.equal('typed');
      expect($(el, '[role=alert]')).to.exist;
    });
  });

  describe('bad input', () => {
    it('drops malformed value fields with one warning naming the element, never throwing', async () => {
      const el = await fixture<ReflectionJournal>(html`<reflection-journal storage="none"></reflection-journal>`);
      const warnings = await captureWarnings(() => {
        el.value = { ...filled(), bullets: ['ok', 5], skills: [{ name: 'A', before: 9 }], entries: [{ id: 'a', theme: 'nope' }], extra: 1 } as never;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<reflection-journal>').and.to.contain('extra');
      expect(el.value.bullets).to.deep.equal(['ok']);
      expect(el.value.skills).to.deep.equal([{ name: 'A' }]);
      // A theme this page doesn't know is not malformed (a programme's own, or a newer build's): kept, not shown while empty.
      const known = (entries: { theme: string }[]) => entries.filter((e) => e.theme !== 'nope');
      expect(known(el.value.entries)).to.have.length(6);
      expect(el.value.entries.find((e) => e.theme === 'nope'), 'kept').to.exist;
      expect(el.shadowRoot!.querySelectorAll('textarea[id^="t"]').length, 'six themes to write in').to.equal(6);
      expect(() => (el.value = null as never)).not.to.throw();
      expect(() => (el.value = 'x' as never)).not.to.throw();
      expect(known(el.value.entries)).to.have.length(6);
    });

    it('warns once about a bad mood-scale, bad content and invalid child JSON, keeping defaults', async () => {
      let el!: ReflectionJournal;
      const warnings = await captureWarnings(async () => {
        el = await fixture<ReflectionJournal>(html`<reflection-journal storage="none" mood-scale="only-one"></reflection-journal>`);
        el.moodScale = ['a', ''];
        el.content = { skills: 'nope' } as never;
        await el.updateComplete;
      });
      expect(warnings.filter((w) => w.includes('mood-scale'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('content'))).to.have.length(1);
      expect(warnings.every((w) => w.includes('<reflection-journal>'))).to.be.true;
      expect($$(el, 'fieldset.mood')[0].querySelectorAll('input')).to.have.length(5);
      expect(el.value.skills).to.have.length(8);
      const json = await captureWarnings(async () => {
        el = await fixture<ReflectionJournal>(html`<reflection-journal storage="none"><script type="application/json">{oops</script></reflection-journal>`);
      });
      expect(json).to.have.length(1);
      expect(json[0]).to.contain('<reflection-journal>').and.to.contain('not valid JSON');
      expect(el.value.skills).to.have.length(8);
    });

    it('shows and keeps hostile and very long text exactly, never as markup', async () => {
      const el = await fixture<ReflectionJournal>(html`<reflection-journal storage="none"></reflection-journal>`);
      const long = 'x'.repeat(10_000);
      fill($<HTMLTextAreaElement>(el, '#t0'), HOSTILE);
      fill($<HTMLTextAreaElement>(el, '#t1'), long);
      el.addBullet(HOSTILE);
      await el.updateComplete;
      expect(el.value.entries[0].text).to.equal(HOSTILE);
      expect(el.value.entries[1].text).to.equal(long);
      expect($(el, '.bullets .text').textContent).to.equal(HOSTILE);
      expect(el.shadowRoot!.querySelector('script')).to.equal(null);
      expect($(el, '.entry .hint').textContent).to.equal('14 words');
    });
  });

  describe('exports', () => {
    it('toMarkdown has the summary, sections, skills and bullets, parsed by marked', async () => {
      const el = await fixture<ReflectionJournal>(html`<reflection-journal storage="none" intern-name="Ana" company="Acme"></reflection-journal>`);
      el.value = filled();
      const tokens = marked.lexer(el.toMarkdown());
      const headings = tokens.filter((t) => t.type === 'heading').map((t) => (t as { text: string }).text);
      expect(headings).to.deep.equal(['Reflect on your internship', 'The industry', 'Yourself', 'What worked', 'What didn’t', 'Career fit', 'Next steps', 'Skills and confidence', 'Résumé bullets']);
      const lists = tokens.filter((t) => t.type === 'list') as { items: { text: string }[] }[];
      expect(lists[0].items.map((i) => i.text)).to.deep.equal(['Communication: 2 → 4', 'Technology: – → 5']);
      expect(lists[1].items.map((i) => i.text)).to.deep.equal(filled().bullets);
      const doc = new DOMParser().parseFromString(render(el.toMarkdown()), 'text/html');
      expect(doc.body.textContent).to.contain('Ten weeks building dashboards for a sales team.');
      expect(doc.body.textContent).to.contain('Energy: Good');
      expect(doc.body.textContent).to.contain('Skills: Communication, Technology');
      expect(doc.body.textContent).to.contain('Ana, Acme');
    });

    it('keeps hostile text as text in Markdown', async () => {
      const el = await fixture<ReflectionJournal>(html`<reflection-journal storage="none"></reflection-journal>`);
      const v = filled();
      v.entries[0].text = HOSTILE;
      v.summary = HOSTILE;
      v.bullets = [HOSTILE];
      el.value = v;
      const out = render(el.toMarkdown());
      expect(out).not.to.match(/<script|<a[\s>]/);
      const doc = new DOMParser().parseFromString(out, 'text/html');
      expect(doc.querySelectorAll('h1, h2')).to.have.length(9);
      expect([...doc.querySelectorAll('ul')[1].querySelectorAll('li')].map((l) => l.textContent)).to.deep.equal([HOSTILE]);
      expect(doc.body.textContent).to.contain(HOSTILE);
    });

    it('has copy, download and print buttons that export', async () => {
      const el = await fixture<ReflectionJournal>(html`<reflection-journal storage="none"></reflection-journal>`);
      el.value = filled();
      await el.updateComplete;
      const formats: string[] = [];
      el.addEventListener('sf-export', (e) => formats.push(e.detail.format));
      const print = window.print;
      let printed = 0;
      window.print = () => void printed++;
      try {
        setTimeout(() => button(el, 'Copy as Markdown').click());
        await oneEvent(el, 'sf-export');
        button(el, 'Download Markdown').click();
        button(el, 'Print / save as PDF').click();
      } finally {
        window.print = print;
      }
      expect(formats).to.deep.equal(['copy', 'md', 'print']);
      expect(printed).to.equal(1);
      await el.updateComplete;
      await settle(20);
      expect($(el, '[role=status]').textContent).to.contain('Downloaded Internship reflection.md');
    });

    it('exports every entry, not just the page', async () => {
      const el = await long();
      const v = many(300);
      v.entries[299] = { ...v.entries[299], text: 'The very last entry', mood: 5 };
      el.value = v;
      await el.updateComplete;
      const md = el.toMarkdown();
      const headings = marked.lexer(md).filter((t) => t.type === 'heading');
      expect(headings).to.have.length(301); // the title and one per entry
      const doc = new DOMParser().parseFromString(render(md), 'text/html');
      const paragraphs = [...doc.querySelectorAll('p')].map((p) => p.textContent);
      for (const k of [0, 49, 50, 150, 298]) expect(paragraphs).to.include(`Entry ${k}`);
      expect(paragraphs).to.include('The very last entry');
      expect(doc.body.textContent).to.contain('Energy: Energised');
    });

    it('prints every entry (the Print button and the browser’s own print) as a document, then shows the page again', async () => {
      const el = await long();
      const entries = () => $$(el, '.entries > .entry').length;
      // The print view is the Markdown export: every entry in full, no controls.
      const printed = () => el.shadowRoot!.querySelector('.print-view')?.textContent ?? '';
      const print = window.print;
      let during = '';
      let controls = -1;
      window.print = () => {
        during = printed();
        controls = el.shadowRoot!.querySelectorAll('.print-view :is(input, button, select, textarea)').length;
      };
      try {
        button(el, 'Print / save as PDF').click();
      } finally {
        window.print = print;
      }
      expect(during).to.contain('Entry 0').and.to.contain('Entry 299');
      expect(controls).to.equal(0);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(entries()).to.equal(50);
      expect(printed()).to.equal('');

      window.dispatchEvent(new Event('beforeprint'));
      expect(printed()).to.contain('Entry 299'); // at once: the browser takes its snapshot when the event returns
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(printed()).to.equal('');
      el.remove();
      window.dispatchEvent(new Event('beforeprint')); // a removed element no longer listens
      expect(printed()).to.equal('');
      window.dispatchEvent(new Event('afterprint'));
    });
  });

  describe('helpers', () => {
    it('buildBullet and move', () => {
      expect(buildBullet(' Led ', 'a team', '')).to.equal('Led a team');
      expect(buildBullet('', '', 'a result')).to.equal('a result');
      expect(buildBullet('', '', '')).to.equal('');
      expect(buildBullet('قدت', 'فريقًا', 'وخفّضت الوقت', '، ')).to.equal('قدت فريقًا، وخفّضت الوقت');
      expect(move(['a', 'b', 'c'], 2, -2)).to.deep.equal(['c', 'a', 'b']);
      expect(move(['a'], 0, 1)).to.deep.equal(['a']);
    });
  });
});
