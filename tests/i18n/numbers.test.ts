// Numbers, dates and counts in what users read and export: every parameter through Intl for the active
// locale, every count through plural(). Each `it` names what the old code showed.
import { expect } from '@open-wc/testing';
import '../../src/feedback-questions/define.js';
import '../../src/internship-checklist/define.js';
import '../../src/keep-in-touch/define.js';
import type { FeedbackQuestions } from '../../src/feedback-questions/feedback-questions.js';
import type { InternshipChecklist } from '../../src/internship-checklist/internship-checklist.js';
import type { KeepInTouch } from '../../src/keep-in-touch/keep-in-touch.js';
import { formatTime } from '../../src/core/dates.js';
import { mount } from '../helpers/i18n.js';

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
