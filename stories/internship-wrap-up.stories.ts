import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/internship-wrap-up/define.js';
import type { WrapUpValue } from '../src/internship-wrap-up/internship-wrap-up.js';

const meta: Meta = {
  title: 'Widgets/Internship wrap-up',
  component: 'internship-wrap-up',
  parameters: { docs: { description: { component: 'The whole kit in one element: profile, progress overview, six steps as tabs, one export.' } } },
};
export default meta;
type Story = StoryObj;

const filled: WrapUpValue = {
  profile: { internName: 'Maya Okafor', company: 'Northwind Analytics', role: 'Data analyst intern', supervisor: 'Priya Raman', startDate: '2026-06-01', endDate: '2026-08-21' },
  checklist: { items: [{ id: 'a', section: 'last', text: 'Book a feedback meeting', done: true }, { id: 'b', section: 'last', text: 'Write the handover', done: false }], explore: [], ask: [] },
  feedback: { selected: [{ id: 'q1', text: 'What did I do well?', theme: 'strengths', takeaway: 'Clear weekly updates' }], actions: [] },
  thanks: { people: [{ id: 'p1', name: 'Priya', relationship: 'supervisor', specifics: '', tone: 'warm', channel: 'email', draft: '', status: 'sent' }] },
  contacts: { contacts: [{ id: 'c1', name: 'Priya Raman' }, { id: 'c2', name: 'Sam Lee' }] },
};
const now = new Date(2026, 7, 3);

export const Default: Story = { render: () => html`<internship-wrap-up storage="none"></internship-wrap-up>` };
export const Filled: Story = { render: () => html`<internship-wrap-up storage="none" .now=${now} .value=${filled}></internship-wrap-up>` };
export const Dark: Story = {
  render: () => html`<div style="background:#0d1017;padding:1rem"><internship-wrap-up storage="none" theme="dark" .now=${now} .value=${filled}></internship-wrap-up></div>`,
};
export const Narrow: Story = {
  render: () => html`<div style="inline-size:320px"><internship-wrap-up storage="none" .now=${now} .value=${filled}></internship-wrap-up></div>`,
};
export const FromAttributes: Story = {
  render: () => html`<internship-wrap-up storage="none" intern-name="Ana" company="Acme" role="Design intern" end-date="2026-12-18" .now=${new Date(2026, 11, 15)}></internship-wrap-up>`,
};
export const StepFromAttribute: Story = { render: () => html`<internship-wrap-up storage="none" step="reflection"></internship-wrap-up>` };
export const Ended: Story = {
  render: () => html`<internship-wrap-up storage="none" end-date="2026-08-21" .now=${new Date(2026, 8, 1)}></internship-wrap-up>`,
};
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl" lang="ar"><internship-wrap-up storage="none" intern-name="مريم" .now=${now}></internship-wrap-up></div>`,
};
export const HostPlacedWidget: Story = {
  render: () => html`<internship-wrap-up storage="none" intern-name="Ana" step="contacts"><keep-in-touch slot="contacts" storage="none"></keep-in-touch></internship-wrap-up>`,
};
