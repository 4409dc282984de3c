import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { marked } from 'marked';
import { briefFromKit, briefMarkdown, referenceFollowUps, type BriefSource } from '../../src/keep-in-touch/references.js';
import '../../src/keep-in-touch/define.js';
import type { Contact, KeepInTouch } from '../../src/keep-in-touch/keep-in-touch.js';
import { loadPrintView } from '../../src/core/controllers/print.js';

// The print view's renderer loads on use; tests that print synchronously start once it has.
before(() => loadPrintView());

const NOW = new Date(2026, 11, 1, 10);
const t = (_id: string, english: string, params?: Readonly<Record<string, string | number | undefined>>) => english.replace(/\{(\w+)\}/g, (w, k: string) => String(params?.[k] ?? w));
const SOURCE: BriefSource = {
  internName: 'Maya Chen',
  company: 'Northwind',
  role: 'Data analyst intern',
  startDate: '2026-09-07',
  endDate: '2026-12-18',
  summary: 'Built the returns dashboard.',
  bullets: ['Cut reporting time by 60%'],
  skills: ['SQL', 'Python'],
  projects: [{ name: 'Returns dashboard', status: 'Live' }],
  applications: [
    { id: 'b', role: 'Analyst', company: 'Acme', deadline: '2027-02-01' },
    { id: 'a', role: 'Data engineer', deadline: '2027-01-15' },
    { id: 'c', role: 'BI developer' },
  ],
};
const agreed = (over: Partial<Contact> = {}): Contact => ({ id: 'j', name: 'Jordan Alvarez', email: 'jordan@example.com', tags: [], cadence: 'monthly', log: [], reference: 'agreed', ...over });

describe('reference requests', () => {
  afterEach(() => document.querySelectorAll('keep-in-touch').forEach((e) => e.remove()));

  it('builds a one-page brief from the journal, the handover and the roles applied for', () => {
    const md = briefMarkdown(t, { name: 'Jordan Alvarez' }, SOURCE, (d) => d);
    const tokens = marked.lexer(md);
    expect(tokens.filter((x) => x.type === 'heading').map((x) => (x as { text: string }).text)).to.deep.equal([
      'Reference brief: Maya Chen',
      'The internship',
      'What I did',
      'Projects',
      'Skills I showed',
      'Where I am applying',
    ]);
    expect(md).to.contain('Cut reporting time by 60%').and.to.contain('Returns dashboard: Live').and.to.contain('SQL, Python');
    // Soonest deadline first, undated last.
    expect(md.indexOf('Data engineer')).to.be.below(md.indexOf('Analyst at Acme'));
    expect(md.indexOf('Analyst at Acme')).to.be.below(md.indexOf('BI developer'));
    expect(briefFromKit({ reflection: { summary: 'S', bullets: ['B', 3], skills: [{ name: 'Low', after: 2 }, { name: 'High', after: 5 }] }, planner: { projects: [{ name: 'P', status: 'done' }, {}] } })).to.deep.equal({
      summary: 'S',
      bullets: ['B'],
      skills: ['High', 'Low'],
      projects: [{ name: 'P', status: 'done' }],
    });
  });

  it('reminds one week before each deadline, only for people who agreed', () => {
    const follow = referenceFollowUps([agreed(), agreed({ id: 'x', reference: 'asked' })], SOURCE.applications);
    expect(follow.map((f) => [f.contactId, f.date, f.application.role])).to.deep.equal([
      ['j', '2027-01-08', 'Data engineer'],
      ['j', '2027-01-25', 'Analyst'],
    ]);
  });

  it('<keep-in-touch>: tracks who agreed, adds roles, mails, downloads and prints the brief, and puts the reminders in the calendar', async () => {
    const el = document.createElement('keep-in-touch') as KeepInTouch;
    el.setAttribute('storage', 'none');
    el.setAttribute('intern-name', 'Maya Chen');
    el.setAttribute('company', 'Northwind');
    el.now = NOW;
    el.value = { contacts: [agreed({ reference: undefined })] };
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    [...root.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent!.trim() === 'Reference')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const form = root.querySelector<HTMLFormElement>('.brief form')!;
    form.querySelector<HTMLInputElement>('#app-role')!.value = 'Data engineer';
    form.querySelector<HTMLInputElement>('#app-company')!.value = 'Acme';
    form.querySelector<HTMLInputElement>('#app-deadline')!.value = '2027-01-15';
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    expect(el.value.applications).to.have.length(1);
    expect(el.value.applications![0]).to.include({ role: 'Data engineer', company: 'Acme', deadline: '2027-01-15' });
    // Mailing the brief marks the request as asked.
    const mail = root.querySelector<HTMLAnchorElement>('.brief a.button')!;
    const body = decodeURIComponent(mail.href.split('body=')[1]);
    expect(mail.href).to.match(/^mailto:jordan@example\.com\?subject=/);
    expect(body).to.contain('Hi Jordan,').and.to.contain('Data engineer at Acme');
    mail.addEventListener('click', (e) => e.preventDefault(), { once: true });
    mail.click();
    await el.updateComplete;
    expect(el.value.contacts[0].reference).to.equal('asked');
    const select = root.querySelector<HTMLSelectElement>('#r-status')!;
    select.value = 'agreed';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.value.contacts[0].reference).to.equal('agreed');
    expect(root.querySelector('.brief .hint')!.textContent).to.contain('Reminders');
    const cal = new ICAL.Component(ICAL.parse(el.toICS()));
    const todo = cal.getAllSubcomponents('vtodo').find((v) => String(v.getFirstPropertyValue('uid')).startsWith('ref-'))!;
    expect(todo.getFirstPropertyValue('summary')).to.equal('Remind Jordan Alvarez: reference for Data engineer');
    expect(String(todo.getFirstPropertyValue('due'))).to.equal('2027-01-08');
    // Print: only the brief.
    const print = window.print;
    let printed = '';
    window.print = () => (printed = `${el.hasAttribute('printing')}|${root.querySelector('.print-view')?.textContent?.trim() ?? ''}`);
    try {
      [...root.querySelectorAll<HTMLButtonElement>('.brief button')].find((b) => b.textContent!.trim() === 'Print the brief')!.click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      window.print = print;
    }
    // The print view is the brief alone (a named view), not the whole contacts export.
    expect(printed).to.match(/^true\|Reference brief: Maya Chen/);
    expect(printed).not.to.contain('Log a contact');
  });
});
