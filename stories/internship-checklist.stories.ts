import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/internship-checklist/define.js';
import type { ChecklistValue } from '../src/internship-checklist/internship-checklist.js';
import { addDays, todayISO } from '../src/core/dates.js';
import { playground } from './playground.js';

const today = todayISO();
const end = addDays(today, 21);

const filled: ChecklistValue = {
  items: [
    { id: 'right-questions', section: 'evaluate', text: 'Check you have asked the questions you came with', done: true, offsetDays: -21 },
    { id: 'explore-areas', section: 'evaluate', text: 'Spend time with a part of the business you haven’t seen yet', done: false, offsetDays: -14, note: 'Ask Priya about a day with the data team.' },
    { id: 'schedule-feedback', section: 'feedback', text: 'Schedule a feedback talk with your supervisor', done: true, offsetDays: -7 },
    { id: 'ask-reference', section: 'feedback', text: 'Ask for a reference or a LinkedIn recommendation', done: false, offsetDays: -3 },
    { id: 'thank-supervisor', section: 'gratitude', text: 'Thank your supervisor with a specific note', done: false, offsetDays: 0 },
    { id: 'handover', section: 'finish', text: 'Write a handover note for each project', done: false, due: addDays(today, -2) },
    { id: 'c1', section: 'finish', text: 'Return the laptop to IT 💻', done: false, due: addDays(today, 1), custom: true },
    { id: 'collect-contacts', section: 'keep-in-touch', text: 'Collect contact details of the people you worked with', done: false, offsetDays: -1 },
  ],
  explore: ['Finance planning', 'Customer support'],
  ask: ['What made the last intern’s project a success?'],
};

const meta: Meta = {
  title: 'Widgets/Internship checklist',
  component: 'internship-checklist',
  parameters: { docs: { description: { component: 'Evaluate the internship and plan its last weeks, with real dates.' } } },
};
export default meta;
type Story = StoryObj;

export const Default: Story = { render: () => html`<internship-checklist storage="none"></internship-checklist>` };

export const Filled: Story = {
  render: () => html`<internship-checklist storage="none" intern-name="Sam" company="Northwind" end-date=${end} .value=${filled}></internship-checklist>`,
};

export const Dark: Story = {
  render: () => html`<div style="background:#0b0e14;padding:1rem">
    <internship-checklist storage="none" theme="dark" company="Northwind" end-date=${end} .value=${filled}></internship-checklist></div>`,
};

export const Narrow: Story = {
  render: () => html`<div style="inline-size:320px"><internship-checklist storage="none" end-date=${end} .value=${filled}></internship-checklist></div>`,
};

export const WithDates: Story = {
  name: 'Default items with a last day',
  render: () => html`<internship-checklist storage="none" end-date=${end}></internship-checklist>`,
};

export const Empty: Story = {
  render: () => html`<internship-checklist storage="none" .value=${{ items: [], explore: [], ask: [] }}></internship-checklist>`,
};

export const HostContent: Story = {
  name: 'Host content (replace)',
  render: () => html`<internship-checklist storage="none" end-date=${end}
    .content=${{ replace: true, items: [
      { id: 'portfolio', section: 'reflect', text: 'Add two case studies to your portfolio', why: 'Show the work, not only the title.', offsetDays: 5 },
      { id: 'exit-survey', section: 'finish', text: 'Fill in the intern exit survey', offsetDays: -2 },
    ] }}></internship-checklist>`,
};

export const ManyItems: Story = {
  name: '1,000 items',
  render: () => html`<internship-checklist storage="none" end-date=${end}
    .value=${{ items: Array.from({ length: 1000 }, (_, i) => ({ id: `n${i}`, section: ['evaluate', 'feedback', 'finish'][i % 3], text: `Step ${i + 1}`, done: i % 4 === 0, offsetDays: -(i % 30) })), explore: [], ask: [] }}></internship-checklist>`,
};

export const StorageFull: Story = {
  name: 'Storage full notice',
  render: () => {
    const adapter = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => undefined };
    return html`<internship-checklist .storageAdapter=${adapter} .value=${filled} end-date=${end}></internship-checklist>`;
  },
};

/** Every attribute and property as a control (from custom-elements.json). */
export const Playground = playground('internship-checklist');
