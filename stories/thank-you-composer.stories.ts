import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/thank-you-composer/define.js';
import type { ThanksValue } from '../src/thank-you-composer/thank-you-composer.js';

const meta: Meta = {
  title: 'Widgets/Thank-you composer',
  component: 'thank-you-composer',
  parameters: { docs: { description: { component: 'Genuine, specific thank-you notes: a draft per person from tone × channel templates and the specifics you add; mail, copy, download, mark as sent; one note for the whole team.' } } },
};
export default meta;
type Story = StoryObj;

const filled: ThanksValue = {
  people: [
    { id: 'priya', name: 'Priya Shah', relationship: 'supervisor', email: 'priya@northwind.example', linkedin: 'linkedin.com/in/priyashah',
      specifics: { project: 'the onboarding redesign', learned: 'how to test an idea with five users' }, tone: 'warm', channel: 'email',
      draft: 'Hi Priya,\n\nBefore I leave Northwind Labs, I want to say a real thank-you for everything during my internship. Working with you on the onboarding redesign was a highlight for me. Thank you for teaching me how to test an idea with five users.\n\nThank you for your time, your patience and your trust. I’d love to stay in touch.\n\nWarmly,\nMaya Chen', status: 'drafted' },
    { id: 'tomas', name: 'Tomás Ortega', relationship: 'mentor', specifics: { moment: 'our coffee chat' }, tone: 'brief', channel: 'linkedin', draft: 'Hi Tomás, thank you for everything. I won’t forget our coffee chat. Let’s stay in touch!', status: 'sent' },
    { id: 'jo', name: 'Jo Park', relationship: 'staff', specifics: {}, tone: 'brief', channel: 'card', draft: '', status: 'todo' },
  ],
  team: { draft: '' },
};
const attrs = (theme = 'light', value: ThanksValue | undefined = filled) =>
  html`<thank-you-composer storage="none" theme=${theme} intern-name="Maya Chen" company="Northwind Labs" supervisor="Priya Shah" .value=${value}></thank-you-composer>`;

export const Default: Story = { render: () => html`<thank-you-composer storage="none" supervisor="Priya Shah"></thank-you-composer>` };
export const Filled: Story = { render: () => attrs() };
export const Dark: Story = { render: () => html`<div style="background:#0b0e14;padding:1rem">${attrs('dark')}</div>` };
export const Narrow: Story = { render: () => html`<div style="inline-size:320px">${attrs()}</div>` };
export const OverLinkedInLimit: Story = {
  render: () => html`<thank-you-composer storage="none" linkedin-limit="80" .value=${{ people: [{ ...filled.people[0], channel: 'linkedin' }] }}></thank-you-composer>`,
};
export const EditedDraft: Story = {
  name: 'Edited draft (regenerate asks first)',
  render: () => attrs('light', { people: [{ ...filled.people[0], draft: 'Priya — my own words, thank you!', edited: true }] }),
};
export const NoSpecifics: Story = { render: () => attrs('light', { people: [filled.people[2]] }) };
export const CustomTemplates: Story = {
  render: () => html`<thank-you-composer storage="none" company="Northwind Labs" .value=${{ people: [{ ...filled.people[0], draft: '' }] }}>
    <script type="application/json">{ "templates": { "warm": { "greeting": "Hey {first}!", "signoff": "Cheers," } } }</script>
  </thank-you-composer>`,
};
