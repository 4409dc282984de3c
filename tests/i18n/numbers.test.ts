// Numbers, dates and counts in what users read and export: every parameter through Intl for the active
// locale, every count through plural(). Each `it` names what the old code showed.
import { expect } from '@open-wc/testing';
import '../../src/feedback-questions/define.js';
import '../../src/internship-checklist/define.js';
import '../../src/keep-in-touch/define.js';
import '../../src/reflection-journal/define.js';
import '../../src/feedback-response/define.js';
import '../../src/internship-wrap-up/define.js';
import type { FeedbackQuestions } from '../../src/feedback-questions/feedback-questions.js';
import type { InternshipChecklist } from '../../src/internship-checklist/internship-checklist.js';
import type { KeepInTouch } from '../../src/keep-in-touch/keep-in-touch.js';
import { formatDateRange, formatTime } from '../../src/core/dates.js';
import { agendaLink } from '../../src/core/formats/feedback-link.js';
import { briefMail } from '../../src/keep-in-touch/references.js';
import { mount } from '../helpers/i18n.js';
// Translations are opt-in (issue #21): this file reads Spanish and Arabic output.
import '../../src/translations/es.js';
import '../../src/translations/ar.js';

const LATIN_DIGIT = /[0-9]/;
const picked = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `q${i}`, text: `Question ${i}`, theme: 'growth' }));

describe('numbers and dates in the active locale', () => {
  afterEach(() => document.querySelectorAll('[lang]').forEach((n) => n !== document.documentElement && n.remove()));

  it('ar-EG: the suggested length uses one digit system for minutes and questions (was "نحو 15 دقيقة لـ٣ أسئلة")', async () => {
    const el = await mount<FeedbackQuestions>('feedback-questions', 'ar-EG');
    el.value = { ...el.value, selected: picked(3) };
    await el.updateComplete;
    const hint = [...el.shadowRoot!.querySelectorAll('.hint')].map((h) => h.textContent!).find((t) => t.startsWith('نحو'))!;
    expect(hint).to.equal('نحو ١٥ دقيقة لـ٣ أسئلة.');
    el.value = { ...el.value, selected: picked(2) };
    await el.updateComplete;
    // 10 minutes takes the plural noun in Arabic
    expect(el.shadowRoot!.textContent).to.contain('نحو ١٠ دقائق لسؤالين.');
  });

  it('the feedback Markdown gives the meeting in words, never "(15 min)" or a raw time', async () => {
    const es = await mount<FeedbackQuestions>('feedback-questions', 'es');
    es.value = { ...es.value, selected: picked(3), meeting: { date: '2026-12-08', time: '14:30', minutes: 30 } };
    const md = es.toMarkdown();
    expect(md).not.to.contain('min)');
    expect(md).to.contain('30 minutos');
    expect(md).to.match(/8 dic/);
    const ar = await mount<FeedbackQuestions>('feedback-questions', 'ar-EG');
    ar.value = { ...ar.value, selected: picked(1), meeting: { date: '2026-12-08', time: '14:30', minutes: 30 } };
    const line = ar.toMarkdown().split('\n').find((l) => l.includes('الموعد'))!;
    expect(line).not.to.match(LATIN_DIGIT);
    expect(line).to.contain('٣٠ دقيقة');
  });

  it('the checklist Markdown shows due dates formatted, never as ISO (was "الموعد: 2026-12-08")', async () => {
    const el = await mount<InternshipChecklist>('internship-checklist', 'ar-EG', { 'end-date': '2026-12-18' });
    el.value = { ...el.value, items: [{ id: 'a', section: 'gratitude', text: 'اكتب بطاقة شكر', done: false, due: '2026-12-08' }] };
    const md = el.toMarkdown();
    expect(md).not.to.match(/\d{4}-\d{2}-\d{2}/);
    const line = md.split('\n').find((l) => l.includes('اكتب بطاقة شكر'))!;
    expect(line).to.contain('الموعد:').and.not.to.match(LATIN_DIGIT);
  });

  it('keep-in-touch Markdown logs dates in the locale, not as ISO', async () => {
    const el = await mount<KeepInTouch>('keep-in-touch', 'es');
    el.value = { contacts: [{ id: 'a', name: 'Ana', tags: [], cadence: 'monthly', lastContact: '2026-07-01', log: [{ date: '2026-07-01', channel: 'email' }] }] };
    expect(el.toMarkdown()).not.to.match(/\d{4}-\d{2}-\d{2}/);
  });

  it('ar-EG: the whole feedback Markdown and the checklist counts use one digit system', async () => {
    const el = await mount<FeedbackQuestions>('feedback-questions', 'ar-EG');
    const arabic = ['ما الذي أحسنت فيه؟', 'ما الذي أطوّره؟', 'بماذا تنصحني؟'].map((text, i) => ({ id: `a${i}`, text, theme: 'growth' }));
    el.value = { ...el.value, selected: arabic, meeting: { date: '2026-12-08', time: '09:05', minutes: 20 } };
    expect(el.toMarkdown()).not.to.match(LATIN_DIGIT);
    expect(el.toICS()).to.match(/DTSTART/); // the calendar file keeps its machine format
    const list = await mount<InternshipChecklist>('internship-checklist', 'ar-EG', { 'end-date': '2026-12-18' });
    const counts = [...list.shadowRoot!.querySelectorAll('.count')].map((c) => c.textContent!);
    expect(counts.length).to.be.above(0);
    for (const c of counts) expect(c).not.to.match(LATIN_DIGIT);
  });

  it('ar-EG: the reflection’s ratings, chart and Markdown use Arabic digits, and the change reads right to left (was "SQL: 2 → 4")', async () => {
    const el = await mount<HTMLElement & { value: Record<string, unknown>; updateComplete: Promise<boolean>; toMarkdown(): string }>('reflection-journal', 'ar-EG', { 'intern-role': 'محللة بيانات' });
    el.value = { ...el.value, skills: [{ name: 'SQL', before: 2, after: 4 }], entries: [{ id: 'e', theme: 'worked', text: 'نص', skills: ['SQL', 'Python'] }] };
    await el.updateComplete;
    const md = el.toMarkdown();
    expect(md).to.contain('SQL: ٢ ← ٤');
    expect(md).to.contain('Maya Haddad، محللة بيانات، Northwind'); // the Arabic comma, not ", "
    expect(md).to.contain('SQL، Python');
    const root = el.shadowRoot!;
    expect([...root.querySelector('.skill select')!.querySelectorAll('option')].map((o) => o.textContent)).to.deep.equal(['–', '١', '٢', '٣', '٤', '٥']);
    expect(root.querySelector('.gain')!.textContent).to.equal('؜+٢');
    expect([...root.querySelectorAll('svg text.label')].map((t) => t.textContent)).to.deep.equal(['١', '٢', '٣', '٤', '٥']);
    expect(root.querySelector('.skills')!.closest('section')!.querySelector('.hint')!.textContent).not.to.match(LATIN_DIGIT);
  });

  it('ar-EG: the feedback calendar links number the agenda in Arabic digits, and the invitation hint says its minutes through Intl', async () => {
    const el = await mount<FeedbackQuestions>('feedback-questions', 'ar-EG');
    el.value = { ...el.value, selected: picked(2), meeting: { date: '2026-12-08', time: '09:00' } };
    await el.updateComplete;
    const link = new URL(el.shadowRoot!.querySelector<HTMLAnchorElement>('a.calendar-link')!.href).searchParams.get('details')!;
    expect(link).to.contain('١. Question 0').and.to.contain('٢. Question 1'); // ✗ old code: "1. Question 0"
    expect(el.shadowRoot!.querySelector('#ics-hint')!.textContent).to.equal('تذكّرك الدعوة قبل الموعد بـ١٥ دقيقة.');
  });

  it('ar-EG: the supervisor’s written answers are numbered in Arabic digits and quoted with «»', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'ar-EG';
    document.body.append(wrapper);
    const el = document.createElement('feedback-response') as unknown as HTMLElement & { updateComplete: Promise<boolean>; replyText: string; value: Record<string, unknown> };
    el.setAttribute('storage', 'none');
    history.replaceState(null, '', agendaLink(location.href.split('#')[0], { name: 'مايا حداد', questions: [{ id: 'a', text: 'سؤال؟' }, { id: 'b', text: 'سؤال آخر؟' }] })!.replace(location.origin, ''));
    wrapper.append(el);
    await el.updateComplete;
    for (let i = 0; i < 160 && !/[\u0600-\u06ff]{3}/.test(el.shadowRoot!.textContent ?? ''); i++) await new Promise((r) => setTimeout(r, 50));
    el.value = { ...el.value, from: 'سارة', quote: 'متدربة متميزة', answers: [{ id: 'a', answer: 'نعم' }] };
    await el.updateComplete;
    history.replaceState(null, '', location.pathname + location.search);
    const text = el.replyText;
    expect(text).to.contain('١. سؤال؟').and.contain('٢. سؤال آخر؟'); // ✗ old code: "1. سؤال؟"
    expect(text).to.contain('«متدربة متميزة»'); // ✗ old code: “…”
    wrapper.remove();
  });

  it('the wrap-up’s Markdown writes the profile’s dates in the locale (was "اليوم الأخير: 2026-12-18")', async () => {
    const el = await mount<HTMLElement & { updateComplete: Promise<boolean>; toMarkdown(): string }>('internship-wrap-up', 'ar-EG', { 'end-date': '2026-12-18', 'start-date': '2026-09-07' });
    const head = el.toMarkdown().split('\n## ')[0];
    expect(head).not.to.match(/\d{4}-\d{2}-\d{2}/);
    expect(head).to.contain('١٨ ديسمبر ٢٠٢٦').and.contain('٧ سبتمبر ٢٠٢٦');
  });

  it('the reference brief writes the internship as one date range and the skills as a list, in the language', () => {
    const es = (_id: string, english: string, params?: Readonly<Record<string, string | number | undefined>>) => english.replace(/\{(\w+)\}/g, (w, k: string) => String(params?.[k] ?? w));
    const source = { internName: 'Maya', startDate: '2026-06-01', endDate: '2026-12-18', bullets: [], skills: ['SQL', 'Python', 'dbt'], projects: [], applications: [] };
    const list = (items: readonly string[]) => new Intl.ListFormat('ar', { type: 'conjunction' }).format(items);
    const { body } = briefMail(es, { name: 'Ana' }, source, { date: (d) => d, range: (a, b) => formatDateRange(a, b, 'es', { month: 'long' }), list });
    expect(body).to.contain('1 de junio – 18 de diciembre de 2026'); // ✗ old code: "2026-06-01 – 2026-12-18" from two dates
    expect(body).to.contain('SQL وPython وdbt'); // ✗ old code: "SQL, Python, dbt"
  });

  it('formats times for the locale', () => {
    expect(formatTime('14:30', 'en-US')).to.match(/^2:30\sPM$/);
    expect(formatTime('14:30', 'es')).to.equal('14:30');
    expect(formatTime('14:30', 'ar-EG')).not.to.match(LATIN_DIGIT);
    expect(formatTime('25:00', 'es')).to.equal('25:00');
  });
});

describe('counts pick their plural form (were "Ver más (1 ocultas)", "de 1 preguntas")', () => {
  afterEach(() => document.querySelectorAll('[lang]').forEach((n) => n !== document.documentElement && n.remove()));

  it('Spanish "Show more" with one hidden item is singular', async () => {
    const el = await mount<KeepInTouch>('keep-in-touch', 'es', { 'page-size': '1' });
    el.value = { contacts: ['Ana', 'Bo'].map((name, i) => ({ id: `c${i}`, name, tags: [], cadence: 'monthly' as const, log: [] })) };
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Ver más (1 sin mostrar)');
  });

  it('Arabic uses the dual and the few forms for a count of questions', async () => {
    const el = await mount<FeedbackQuestions>('feedback-questions', 'ar');
    el.value = { ...el.value, selected: picked(2) };
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('لسؤالين');
  });
});
