import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/feedback-questions/define.js';
import type { FeedbackValue } from '../src/feedback-questions/feedback-questions.js';
import { playground } from './playground.js';

const meta: Meta = {
  title: 'Widgets/Feedback questions',
  component: 'feedback-questions',
  parameters: { docs: { description: { component: 'Plan, request and record an honest feedback conversation with a supervisor.' } } },
};
export default meta;

type Story = StoryObj;

const profile = { supervisor: 'Dana Ortiz', email: 'dana.ortiz@example.com', company: 'Northwind Studio', intern: 'Sam Lee', end: '2026-12-18' };

const agenda: FeedbackValue = {
  selected: [
    { id: 'perf-overall', theme: 'performance', text: 'Overall, how would you describe my work this internship?' },
    { id: 'str-best', theme: 'strengths', text: 'What do you see as my strongest skills?' },
    { id: 'imp-one', theme: 'improve', text: 'What is the one thing I could do better?' },
    { id: 'sk-next', theme: 'skills', text: 'Which skill should I build next, and how?' },
    { id: 'off-case', theme: 'offers', text: 'What would strengthen my case for a return offer?' },
    { id: 'own-1', theme: 'references', text: 'Could I list you as a reference for design roles?', custom: true },
  ],
  meeting: { date: '2026-12-10', time: '14:30', minutes: 20 },
  actions: [],
};

const after: FeedbackValue = {
  ...agenda,
  selected: agenda.selected.map((s, i) =>
    i === 0
      ? { ...s, answer: 'Reliable, good at research; wants me to speak up earlier in reviews.', takeaway: 'Share drafts before they feel finished', starred: true }
      : i === 3
        ? { ...s, answer: 'SQL and stakeholder interviews.', takeaway: 'Take the internal SQL course' }
        : s,
  ),
  actions: [{ id: 'a1', text: 'Share drafts before they feel finished', done: false }],
};

const el = (value?: FeedbackValue, theme = 'light', key = 'story') => html`<feedback-questions
  storage="none"
  storage-key=${key}
  theme=${theme}
  supervisor=${profile.supervisor}
  supervisor-email=${profile.email}
  company=${profile.company}
  intern-name=${profile.intern}
  end-date=${profile.end}
  .value=${value ?? { selected: [], actions: [] }}
></feedback-questions>`;

export const Default: Story = { render: () => el() };
export const Filled: Story = { render: () => el(agenda) };
export const AfterTheTalk: Story = { name: 'After the talk (notes, takeaways, next steps)', render: () => el(after) };
export const Dark: Story = { render: () => html`<div style="background:#0b0e14;padding:1rem">${el(after, 'dark')}</div>` };
export const Narrow: Story = { render: () => html`<div style="inline-size:320px">${el(agenda)}</div>` };
export const HostQuestions: Story = {
  name: 'Host question bank (replace)',
  render: () => html`<feedback-questions storage="none">
    <script type="application/json">
      { "replace": true, "questions": [
        { "id": "h1", "theme": "performance", "text": "How did my sprint demos land with the client?", "tip": "Ask for one moment." },
        { "id": "h2", "theme": "offers", "text": "What does the graduate programme look for?" }
      ] }
    </script>
  </feedback-questions>`,
};
export const RightToLeft: Story = {
  name: 'Right-to-left text',
  render: () => html`<div lang="ar" dir="rtl">${el({ selected: [{ id: 'own-ar', theme: 'improve', text: 'ما الذي يمكنني تحسينه؟', custom: true }], actions: [] })}</div>`,
};

/** With `respond-url`, the request e-mail links to the job board's `<feedback-response>` page. */
export const WrittenAnswers: Story = {
  name: 'Written answers (respond-url, pasted back)',
  render: () => html`<feedback-questions
    storage="none"
    respond-url="https://jobs.example/respond"
    supervisor=${profile.supervisor}
    intern-name=${profile.intern}
    company=${profile.company}
    .value=${{
      ...agenda,
      selected: agenda.selected.map((s, i) => (i === 0 ? { ...s, said: 'Reliable and thorough; speak up earlier in reviews.' } : s)),
      response: { from: profile.supervisor, quote: 'Sam ran our onboarding research end to end.', reference: true },
    }}
  ></feedback-questions>`,
};

/** Every attribute and property as a control (from custom-elements.json). */
export const Playground = playground('feedback-questions');
