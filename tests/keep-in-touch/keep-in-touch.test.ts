import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { marked } from 'marked';
import { loadPapa } from '../helpers/papa.js';
import { captureWarnings, clearKeys, settle, withFullStorage } from '../helpers/test-element.js';
import '../../src/keep-in-touch/define.js';
import type { KeepInTouch, KeepInTouchValue } from '../../src/keep-in-touch/keep-in-touch.js';
import { $, $$, button, injectedLinks } from '../helpers/harness.js';

const NOW = new Date(2026, 6, 20, 10); // 2026-07-20
const HOSTILE = '<script>alert("x")</script> “quotes” \'single\' 😀 مرحبا';

const filled = (): KeepInTouchValue => ({
  contacts: [
    { id: 'ana', name: 'Ana Ruiz', role: 'Product manager', team: 'Growth', email: 'ana@example.com', linkedin: 'https://www.linkedin.com/in/ana', how: 'My supervisor', tags: ['mentor'], cadence: 'monthly', lastContact: '2026-06-01', log: [{ date: '2026-06-01', channel: 'email' }] },
    { id: 'ben', name: 'Ben Okafor', role: 'Engineer', tags: [], cadence: 'quarterly', log: [] },
    { id: 'cy', name: 'Cy Park', email: 'cy@example.com', linkedin: 'javascript:alert(1)', tags: [], cadence: 'custom:10', lastContact: '2026-07-15', log: [] },
  ],
});

async function make(value?: KeepInTouchValue, attrs = 'storage="none"'): Promise<KeepInTouch> {
  const el = document.createElement('keep-in-touch');
  for (const [, k, v] of attrs.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(k, v);
  el.setAttribute('end-date', '2026-06-30');
  el.now = NOW;
  if (value) el.value = value;
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const row = (el: KeepInTouch, id: string) => $(el, `[data-id="${id}"]`);

describe('<keep-in-touch>', () => {
  beforeEach(() => clearKeys('kt-'));
  afterEach(() => document.querySelectorAll('keep-in-touch').forEach((e) => e.remove()));

  it('is accessible: empty, filled, with panels open, and during import', async function () {
    this.timeout(40000); // six axe runs; slower in Firefox
    const el = await make();
    await expect(el).to.be.accessible();
    el.value = filled();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    button(el, 'Write a message', row(el, 'ana')).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    button(el, 'Edit', row(el, 'ben')).click();
    button(el, 'Add a contact').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.previewImport('Name,Email\r\nDee,dee@example.com\r\n');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    el.confirmImport();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('starts empty with a helpful empty state and five message templates', async () => {
    const el = await make();
    expect(el.value).to.deep.equal({ contacts: [] });
    expect($(el, '.empty').textContent).to.contain('Add your supervisor');
    expect((el.constructor as typeof KeepInTouch).kitSlot).to.equal('contacts');
    el.value = filled();
    await el.updateComplete;
    button(el, 'Write a message', row(el, 'ana')).click();
    await el.updateComplete;
    const options = $$(el, '#m-tpl option').map((o) => o.textContent!.trim());
    expect(options).to.deep.equal(['Career update', 'Ask for advice', 'Congratulate', 'Share something useful', 'Ask for a reference']);
  });

  it('shows follow-ups with text badges and a "due this month" view', async () => {
    const el = await make(filled());
    // Ana: monthly from 2026-06-01 → 07-01, 19 days ago: overdue. Ben: quarterly from 06-30 → 09-30. Cy: 10 days after 07-15 → 07-25: soon.
    expect(row(el, 'ana').querySelector('[part="badge"]')!.textContent).to.equal('Overdue');
    expect(row(el, 'cy').querySelector('[part="badge"]')!.textContent).to.equal('Due soon');
    expect(row(el, 'ben').querySelector('[part="badge"]')).to.equal(null);
    expect($(el, '.summary').textContent).to.contain('2 people to contact this month').and.to.contain('1 overdue');
    button(el, 'Due this month').click();
    await el.updateComplete;
    expect($$(el, '.contact').map((r) => r.dataset.id)).to.deep.equal(['ana', 'cy']);
  });

  it('takes attributes: end-date drives the schedule, page-size limits rows, templates property replaces defaults', async () => {
    const el = await make(filled(), 'storage="none" page-size="2" intern-name="Sam Lee" company="Acme"');
    expect($$(el, '.contact')).to.have.length(2);
    button(el, 'Show more (1 not shown)').click();
    await el.updateComplete;
    expect($$(el, '.contact')).to.have.length(3);
    button(el, 'Write a message', row(el, 'ana')).click();
    await el.updateComplete;
    expect(($(el, '#m-body') as HTMLTextAreaElement).value).to.contain('Hi Ana,').and.to.contain('Acme').and.to.contain('Sam Lee');
    el.templates = [{ id: 'x', label: 'Mine', subject: 'Hello {first}', body: 'Body for {name}' }];
    button(el, 'Write a message', row(el, 'ana')).click();
    button(el, 'Write a message', row(el, 'ana')).click();
    await el.updateComplete;
    expect(($(el, '#m-subject') as HTMLInputElement).value).to.equal('Hello Ana');
  });

  it('round-trips value and keeps user text exactly, never as markup', async () => {
    const el = await make();
    const v = filled();
    v.contacts[0].notes = HOSTILE + 'x'.repeat(10_000);
    v.contacts[0].name = HOSTILE;
    el.value = v;
    expect(el.value).to.deep.equal(v);
    await el.updateComplete;
    expect(row(el, 'ana').querySelector('.name')!.textContent).to.equal(HOSTILE);
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    // a non-http LinkedIn value is shown as text, never as a link
    expect(row(el, 'cy').querySelector('a[href^="javascript"]')).to.equal(null);
    expect(row(el, 'cy').textContent).to.contain('javascript:alert(1)');
  });

  it('fires change on edits (not on value), and sf-contact-logged when logging resets the timer', async () => {
    const el = await make();
    let changes = 0;
    el.addEventListener('change', () => changes++);
    el.value = filled();
    await el.updateComplete;
    expect(changes).to.equal(0);
    button(el, 'Log a contact', row(el, 'ana')).click();
    await el.updateComplete;
    ($(el, '#l-channel') as HTMLSelectElement).value = 'coffee';
    ($(el, '#l-note') as HTMLInputElement).value = 'Talked about 😀';
    setTimeout(() => button(el, 'Log it').click());
    const ev = await oneEvent(el, 'sf-contact-logged');
    expect(ev.detail).to.deep.equal({ id: 'ana', contactId: 'ana', channel: 'coffee', date: '2026-07-20', tag: 'keep-in-touch' });
    expect(changes).to.equal(1);
    const ana = el.value.contacts[0];
    expect(ana.lastContact).to.equal('2026-07-20');
    expect(ana.log.at(-1)).to.deep.equal({ date: '2026-07-20', channel: 'coffee', note: 'Talked about 😀' });
    await el.updateComplete;
    expect(row(el, 'ana').querySelector('[part="badge"]')).to.equal(null); // timer reset: next is 08-20
  });

  it('addContacts adds only new people (e-mail in any case, else trimmed name) and fires change', async () => {
    const el = await make(filled());
    let changes = 0;
    el.addEventListener('change', () => changes++);
    const n = el.addContacts([{ name: 'Ana R.', email: 'ANA@example.com' }, { name: '  Ben Okafor ' }, { name: 'Dee', email: 'dee@example.com', role: 'Designer', how: 'Thank-you note' }, { name: 'Dee again', email: 'dee@EXAMPLE.com' }]);
    expect(n).to.equal(1);
    expect(changes).to.equal(1);
    expect(el.value.contacts.at(-1)).to.include({ name: 'Dee', email: 'dee@example.com', role: 'Designer', cadence: 'week-after' });
    expect(el.addContacts([{ name: 'Dee' }])).to.equal(1); // no e-mail: matched by name only against contacts without e-mail
    expect(el.addContacts([])).to.equal(0);
    expect(changes).to.equal(2);
  });

  it('adds, edits and deletes with undo', async () => {
    const el = await make(filled());
    button(el, 'Delete', row(el, 'ben')).click();
    await el.updateComplete;
    expect(el.value.contacts.map((c) => c.id)).to.deep.equal(['ana', 'cy']);
    button(el, 'Undo').click();
    await el.updateComplete;
    expect(el.value.contacts.map((c) => c.id)).to.deep.equal(['ana', 'ben', 'cy']);
    button(el, 'Edit', row(el, 'ben')).click();
    await el.updateComplete;
    ($(el, '#f-team') as HTMLInputElement).value = 'Platform';
    ($(el, '#f-cadence') as HTMLSelectElement).value = 'custom';
    ($(el, '#f-days') as HTMLInputElement).value = '20';
    button(el, 'Save').click();
    await el.updateComplete;
    expect(el.value.contacts[1]).to.include({ team: 'Platform', cadence: 'custom:20' });
  });

  it('keeps her roles, tag cadences and ticked reminders when a contact is deleted and restored', async () => {
    const extra = {
      applications: [{ id: 'a1', role: 'Data analyst', company: 'Contoso', deadline: '2026-08-01' }],
      tagCadences: [{ tag: 'mentor', cadence: 'monthly' as const }],
      remindersDone: ['ref-ana-a1'],
    };
    const el = await make({ ...filled(), ...extra });
    button(el, 'Delete', row(el, 'ben')).click();
    await el.updateComplete;
    expect(el.value).to.deep.include(extra); // ✗ before: deleting committed { contacts } alone
    button(el, 'Undo').click();
    await el.updateComplete;
    expect(el.value.contacts.map((c) => c.id)).to.deep.equal(['ana', 'ben', 'cy']);
    expect(el.value).to.deep.include(extra);
  });

  it('limits the e-mail and LinkedIn inputs to what the value keeps, so nothing typed is cut after a reload', async () => {
    const el = await make(filled());
    ($(el, '.add') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(($(el, '#f-email') as HTMLInputElement).maxLength).to.equal(400);
    expect(($(el, '#f-linkedin') as HTMLInputElement).maxLength).to.equal(2000);
    expect(($(el, '#f-name') as HTMLInputElement).hasAttribute('maxlength')).to.be.false;
  });

  it('works with the keyboard: add a contact, search (debounced) and sort', async () => {
    const el = await make(filled());
    $(el, '.add').focus();
    await sendKeys({ press: 'Enter' });
    await settle(50);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#f-name')); // focus moves into the new form
    ($(el, '#f-name') as HTMLInputElement).focus();
    await sendKeys({ type: 'Zoë Typed' });
    await sendKeys({ press: 'Enter' });
    await settle(50);
    await el.updateComplete;
    expect(el.value.contacts.at(-1)!.name).to.equal('Zoë Typed');
    ($(el, '#q') as HTMLInputElement).focus();
    await sendKeys({ type: 'zoë' });
    await settle(250);
    await el.updateComplete;
    expect($$(el, '.contact .name').map((n) => n.textContent)).to.deep.equal(['Zoë Typed']);
    ($(el, '#q') as HTMLInputElement).value = '';
    $(el, '#q').dispatchEvent(new Event('input'));
    await settle(250);
    $(el, '#sort').focus();
    ($(el, '#sort') as HTMLSelectElement).value = 'name';
    $(el, '#sort').dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($$(el, '.contact .name').map((n) => n.textContent)).to.deep.equal(['Ana Ruiz', 'Ben Okafor', 'Cy Park', 'Zoë Typed']);
  });

  it('persists across reload with the same storage-key', async () => {
    const el = await make(undefined, 'storage-key="kt-reload"');
    el.addContacts([{ name: 'Kept Person', email: 'kept@example.com' }]);
    await settle();
    el.remove();
    const again = await make(undefined, 'storage-key="kt-reload"');
    await settle(50);
    expect(again.value.contacts.map((c) => c.name)).to.deep.equal(['Kept Person']);
  });

  it('keeps working when storage is full or holds corrupt JSON, and says so', async () => {
    localStorage.setItem('strong-finish/keep-in-touch/kt-bad', '{not json');
    let el!: KeepInTouch;
    const warnings = await captureWarnings(async () => {
      el = await make(undefined, 'storage-key="kt-bad"');
      el.addContacts([{ name: 'Still here' }]);
      await settle();
    });
    expect(localStorage.getItem('strong-finish/keep-in-touch/kt-bad')).to.equal('{not json');
    expect(warnings.length).to.be.greaterThan(0);
    await el.updateComplete;
    expect($(el, '[role="alert"]').textContent).to.contain('could not be read');
    expect(el.value.contacts[0].name).to.equal('Still here');

    const full = await make(undefined, 'storage-key="kt-full"');
    await withFullStorage(async () => {
      full.addContacts([{ name: 'Quota' }]);
      await settle();
    });
    await full.updateComplete;
    expect($(full, '[role="alert"]').textContent).to.contain('storage is full');
    expect(full.value.contacts[0].name).to.equal('Quota');
  });

  it('warns once about bad input and never throws', async () => {
    const el = await make();
    const warnings = await captureWarnings(() => {
      el.value = { contacts: [{ id: 'a', name: 'Ok', tags: [], cadence: 'yearly', log: [{ date: 'soon', channel: 'fax' }], extra: 1 }, { nope: true }] } as never;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<keep-in-touch>');
    // The unknown field is reported and kept (issue #28: a newer build's data is never dropped).
    expect(el.value.contacts).to.deep.equal([{ id: 'a', name: 'Ok', tags: [], cadence: 'week-after', log: [], extra: 1 }]);
    expect(() => (el.value = 'x' as never)).not.to.throw();
    expect(el.addContacts(null as never)).to.equal(0);
    const w2 = await captureWarnings(async () => {
      const bad = document.createElement('keep-in-touch');
      bad.setAttribute('storage', 'none');
      bad.innerHTML = '<script type="application/json">{oops</script>';
      document.body.append(bad);
      await bad.updateComplete;
      bad.setAttribute('end-date', '30/06/2026');
      await bad.updateComplete;
    });
    expect(w2).to.have.length(2);
    expect(w2[0]).to.contain('<keep-in-touch>').and.to.contain('JSON');
    expect(w2[1]).to.contain('end-date');
  });

  it('takes templates from a child JSON script', async () => {
    const el = document.createElement('keep-in-touch');
    el.setAttribute('storage', 'none');
    el.innerHTML = '<script type="application/json">{"templates":[{"id":"t","label":"Host template","subject":"S {first}","body":"B"}]}</script>';
    el.value = filled();
    document.body.append(el);
    await el.updateComplete;
    button(el, 'Write a message', row(el, 'ana')).click();
    await el.updateComplete;
    expect($$(el, '#m-tpl option').map((o) => o.textContent!.trim())).to.deep.equal(['Host template']);
  });

  it('writes a message, copies it and logs it in one step; mailto is well formed', async () => {
    const el = await make(filled(), 'storage="none" intern-name="Sam"');
    button(el, 'Write a message', row(el, 'ana')).click();
    await el.updateComplete;
    const body = $(el, '#m-body') as HTMLTextAreaElement;
    body.value = `Edited ${HOSTILE}`;
    body.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const href = (button(el, 'Open in e-mail') as HTMLAnchorElement).href;
    const url = new URL(href);
    expect(url.protocol).to.equal('mailto:');
    expect(url.pathname).to.equal('ana@example.com');
    expect(url.searchParams.get('body')).to.equal(`Edited ${HOSTILE}`);
    setTimeout(() => button(el, 'Copy').click());
    const ev = await oneEvent(el, 'sf-contact-logged');
    expect(ev.detail.channel).to.equal('email');
    expect(el.value.contacts[0].lastContact).to.equal('2026-07-20');
  });

  it('exports a calendar with one repeating event per contact and alarms (ical.js)', async () => {
    const el = await make(filled());
    const cal = new ICAL.Component(ICAL.parse(el.toICS()));
    const events = cal.getAllSubcomponents('vevent');
    expect(events).to.have.length(3);
    const ana = events.find((e) => e.getFirstPropertyValue('summary') === 'Keep in touch: Ana Ruiz')!;
    expect(String(ana.getFirstPropertyValue('rrule'))).to.contain('FREQ=MONTHLY');
    expect(ana.getFirstSubcomponent('valarm')).to.not.equal(null);
    const cy = events.find((e) => String(e.getFirstPropertyValue('summary')).includes('Cy'))!;
    expect(String(cy.getFirstPropertyValue('rrule'))).to.contain('FREQ=DAILY;INTERVAL=10');
    // Ten days after the 15th is Saturday the 25th: a follow-up moves to the next working day (#32).
    expect(String(cy.getFirstPropertyValue('dtstart'))).to.contain('2026-07-27');
    const due = new ICAL.Component(ICAL.parse(el.toICS({ mode: 'due' }))).getAllSubcomponents('vevent');
    expect(due.map((e) => e.getFirstPropertyValue('summary'))).to.have.members(['Keep in touch: Ana Ruiz', 'Keep in touch: Cy Park']);
    expect(due.every((e) => !e.getFirstProperty('rrule'))).to.be.true;
    expect(String(due.find((e) => String(e.getFirstPropertyValue('summary')).includes('Ana'))!.getFirstPropertyValue('dtstart'))).to.contain('2026-07-20');
  });

  it('exports vCard 4.0 for all or one contact (ical.js vCard parser)', async () => {
    const v = filled();
    v.contacts[0].notes = HOSTILE;
    const el = await make(v);
    const all = ICAL.parse(el.toVCard()) as unknown as unknown[];
    expect(all).to.have.length(3);
    const one = new ICAL.Component(ICAL.parse(el.toVCard('ana')) as never);
    expect(one.getFirstPropertyValue('version')).to.equal('4.0');
    expect(one.getFirstPropertyValue('fn')).to.equal('Ana Ruiz');
    expect(one.getFirstPropertyValue('email')).to.equal('ana@example.com');
    expect(one.getFirstPropertyValue('url')).to.equal('https://www.linkedin.com/in/ana');
    expect(one.getFirstPropertyValue('note')).to.equal(`My supervisor\n${HOSTILE}`);
    const cy = new ICAL.Component(ICAL.parse(el.toVCard('cy')) as never);
    expect(cy.getFirstProperty('url')).to.equal(null); // javascript: is never written
  });

  it('exports CSV (papaparse) that imports back exactly, and reports unreadable rows', async () => {
    const v = filled();
    v.contacts[1].notes = `=HYPERLINK("x") ${HOSTILE}\nline 2`;
    const el = await make(v);
    const Papa = await loadPapa();
    const parsed = Papa.parse<string[]>(el.toCSV().trim(), { skipEmptyLines: true });
    expect(parsed.errors).to.deep.equal([]);
    // headers in the active language (English here)
    expect(parsed.data[0]).to.deep.equal(['Name', 'E-mail', 'LinkedIn', 'Role', 'Team', 'How you know them', 'Notes', 'Tags', 'Follow up', 'Last contact', 'How to greet them', 'Next follow-up']);
    expect(parsed.data[2][0]).to.equal('Ben Okafor');
    expect(parsed.data[2][6]).to.equal(`'=HYPERLINK("x") ${HOSTILE}\nline 2`); // formula guard
    const fresh = await make();
    const p = fresh.previewImport(el.toCSV() + 'No Email Person,nope,,,,,,,,,,\r\n,,,,,,,,,,,\r\n');
    expect(p.mapping.slice(0, 11)).to.deep.equal(['name', 'email', 'linkedin', 'role', 'team', 'how', 'notes', 'tags', 'cadence', 'lastContact', 'greeting']);
    await fresh.updateComplete;
    expect($$(fresh, '.import select')).to.have.length(12);
    const report = fresh.confirmImport();
    expect(report.added).to.equal(4);
    const back = fresh.value.contacts;
    // everything comes back except what can't be trusted (a javascript: "LinkedIn" link), which is reported
    delete v.contacts[2].linkedin;
    for (const [i, c] of v.contacts.entries()) {
      expect({ ...back[i], id: c.id, log: c.log }).to.deep.equal(c);
    }
    expect(report.problems.map((x) => `${x.row}:${x.reason}`)).to.deep.equal(['4:linkedin', '5:email', '6:empty']);
    await fresh.updateComplete;
    expect($(fresh, '.report').textContent).to.contain('Row 6: no name or e-mail').and.to.contain('“nope” is not an e-mail address');
  });

  it('lets the user change the column mapping before importing', async () => {
    const el = await make();
    el.previewImport('Who,Where\r\nDee,Design\r\n');
    await el.updateComplete;
    const [who, where] = $$(el, '.import select') as HTMLSelectElement[];
    expect(button(el, 'Import 1 row').hasAttribute('disabled')).to.be.true;
    who.value = 'name';
    who.dispatchEvent(new Event('change'));
    where.value = 'team';
    where.dispatchEvent(new Event('change'));
    await el.updateComplete;
    button(el, 'Import 1 row').click();
    expect(el.value.contacts[0]).to.include({ name: 'Dee', team: 'Design' });
  });

  it('exports Markdown (marked) where user text stays text', async () => {
    const v = filled();
    v.contacts[0].notes = `${HOSTILE} [link](https://evil.example) **bold**`;
    const el = await make(v);
    const md = el.toMarkdown();
    const out = document.createElement('div');
    out.innerHTML = await marked.parse(md);
    expect(out.querySelector('h2')!.textContent).to.equal('Keep in touch');
    expect([...out.querySelectorAll('h3')].map((h) => h.textContent)).to.include('Ana Ruiz');
    expect(out.querySelector('script, strong:not(:first-child) b')).to.equal(null);
    expect(injectedLinks(out)).to.deep.equal([]);
    expect(out.textContent).to.contain(`${HOSTILE} [link](https://evil.example) **bold**`);
    expect(out.textContent).to.contain('Overdue');
  });

  it('stays responsive with 10,000 contacts (renders a window, searches debounced)', async () => {
    const many: KeepInTouchValue = { contacts: Array.from({ length: 10_000 }, (_, i) => ({ id: `m${i}`, name: `Person ${i}`, email: `p${i}@example.com`, tags: [], cadence: 'monthly' as const, lastContact: '2026-07-01', log: [] })) };
    const el = await make();
    // How long that takes is measured by `npm run bench` (render at N=10,000), not timed here.
    el.value = many;
    await el.updateComplete;
    expect($$(el, '.contact')).to.have.length(50);
    ($(el, '#q') as HTMLInputElement).value = 'person 9999';
    $(el, '#q').dispatchEvent(new Event('input'));
    await settle(250);
    await el.updateComplete;
    expect($$(el, '.contact .name').map((n) => n.textContent)).to.deep.equal(['Person 9999']);
  });
});
