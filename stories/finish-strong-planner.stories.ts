import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/finish-strong-planner/define.js';
import type { PlannerValue } from '../src/finish-strong-planner/finish-strong-planner.js';

const iso = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const filled = (): PlannerValue => ({
  holidays: [],
  milestones: [
    { id: 'confirm', text: 'Confirm your last day with your supervisor and ask what they most want finished', date: '', offset: -14, done: true },
    { id: 'handover', text: 'Start the handover document: one section per project', date: '', offset: -7, done: false },
    { id: 'talk', text: 'Book a feedback talk with your supervisor for your last week', date: '', offset: -7, done: false },
    { id: 'lunch', text: 'Team lunch 🍜', date: iso(12), done: false },
  ],
  projects: [
    { id: 'p1', name: 'Onboarding survey analysis', status: 'Survey closed; charts done for 3 of 4 teams.', next: 'Sales team charts, then the summary slide.', files: 'Drive › People Ops › Survey 2026', access: 'Typeform editor seat', owner: 'Jordan Lee', contacts: 'Priya (data), Tom (sales ops)', deadline: iso(10) },
  ],
  log: [
    { date: iso(-2), goal: 'Clean the survey data', done: true, note: 'Found 40 duplicates before they skewed the charts' },
    { date: iso(-1), goal: 'Draft the charts', done: true, note: 'Jordan liked the layout' },
    { date: iso(0), goal: 'Write the summary', done: false, note: '' },
  ],
});

const meta: Meta = {
  title: 'Widgets/Finish strong planner',
  component: 'finish-strong-planner',
  parameters: { docs: { description: { component: 'Countdown to the last day, a timeline of the final weeks with calendar reminders, a handover document builder and a kind daily log.' } } },
};
export default meta;
type Story = StoryObj;

export const Default: Story = { render: () => html`<finish-strong-planner storage="none"></finish-strong-planner>` };

export const Filled: Story = {
  render: () => html`<finish-strong-planner storage="none" intern-name="Maya Chen" company="Northwind" supervisor="Jordan Lee" end-date=${iso(21)} holidays=${iso(4)} .value=${filled()}></finish-strong-planner>`,
};

export const Dark: Story = {
  render: () => html`<div style="background:#0d1117;padding:1rem"><finish-strong-planner storage="none" theme="dark" end-date=${iso(21)} .value=${filled()}></finish-strong-planner></div>`,
};

export const Narrow: Story = {
  render: () => html`<div style="inline-size:320px"><finish-strong-planner storage="none" end-date=${iso(21)} .value=${filled()}></finish-strong-planner></div>`,
};

export const NoEndDate: Story = { name: 'No end date yet', render: () => html`<finish-strong-planner storage="none"></finish-strong-planner>` };

export const LastDay: Story = { name: 'Last day today', render: () => html`<finish-strong-planner storage="none" end-date=${iso(0)} .value=${filled()}></finish-strong-planner>` };

export const Ended: Story = { render: () => html`<finish-strong-planner storage="none" end-date=${iso(-5)} .value=${filled()}></finish-strong-planner>` };

export const HostContent: Story = {
  name: 'Host milestones (child JSON)',
  render: () => html`<finish-strong-planner storage="none" end-date=${iso(21)}>
    <script type="application/json">{ "milestones": [{ "id": "demo", "text": "Present your project at the intern demo day", "offset": -2 }, { "id": "badge", "text": "Return your badge to reception", "offset": 0 }] }</script>
  </finish-strong-planner>`,
};

export const Arabic: Story = {
  name: 'Right-to-left text',
  render: () => html`<div lang="ar" dir="rtl"><finish-strong-planner storage="none" end-date=${iso(10)} .value=${{ ...filled(), projects: [{ ...filled().projects[0], name: 'تحليل الاستبيان' }] }}></finish-strong-planner></div>`,
};
