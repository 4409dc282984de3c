import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/feedback-response/define.js';
import { agendaLink } from '../src/core/formats/feedback-link.js';
import type { FeedbackResponseValue } from '../src/feedback-response/feedback-response.js';

const meta: Meta = {
  title: 'Widgets/Feedback response (supervisor)',
  component: 'feedback-response',
  parameters: { docs: { description: { component: 'The supervisor answers an intern’s feedback questions from the link in the request e-mail and sends them back; no account.' } } },
};
export default meta;

type Story = StoryObj;

const link = agendaLink('https://jobs.example/respond', {
  name: 'Sam Lee',
  questions: [
    { id: 'perf-overall', text: 'Overall, how would you describe my work this internship?' },
    { id: 'str-best', text: 'What do you see as my strongest skills?' },
    { id: 'sk-next', text: 'Which skill should I build next, and how?' },
    { id: 'own-1', text: 'Could I list you as a reference for design roles?' },
  ],
})!;

const answered: FeedbackResponseValue = {
  from: 'Dana Ortiz',
  answers: [
    { id: 'perf-overall', answer: 'Reliable and thorough; speak up earlier in reviews.' },
    { id: 'sk-next', answer: 'SQL, and running stakeholder interviews on your own.' },
  ],
  quote: 'Sam ran our onboarding research end to end and changed how we plan releases.',
  reference: true,
};

const el = (value?: FeedbackResponseValue, theme = 'light', agenda = link) =>
  html`<feedback-response theme=${theme} .agenda=${agenda} .value=${value ?? { from: '', answers: [], quote: '' }}>
    <p slot="intro">Northwind Careers hosts this page. Nothing you type is sent to us.</p>
  </feedback-response>`;

export const Default: Story = { render: () => el() };
export const Answered: Story = { render: () => el(answered) };
export const Dark: Story = { render: () => html`<div style="background:#0b0e14;padding:1rem">${el(answered, 'dark')}</div>` };
export const Narrow: Story = { render: () => html`<div style="inline-size:320px">${el(answered)}</div>` };
export const Arabic: Story = { render: () => html`<div lang="ar" dir="rtl">${el(answered)}</div>` };
export const BrokenLink: Story = { name: 'A cut-off link', render: () => el(undefined, 'light', link.slice(0, -6)) };
