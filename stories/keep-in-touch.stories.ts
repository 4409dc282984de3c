import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/keep-in-touch/define.js';
import type { KeepInTouchValue } from '../src/keep-in-touch/keep-in-touch.js';
import { playground } from './playground.js';

const iso = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const filled: KeepInTouchValue = {
  contacts: [
    { id: 'maya', name: 'Maya Chen', role: 'Engineering manager', team: 'Payments', email: 'maya.chen@example.com', linkedin: 'linkedin.com/in/mayachen', how: 'My supervisor', tags: ['mentor', 'reference'], cadence: 'monthly', lastContact: iso(-40), log: [{ date: iso(-40), channel: 'coffee', note: 'Talked about grad programmes' }] },
    { id: 'tom', name: 'Tom Alvarez', role: 'Senior developer', team: 'Payments', email: 'tom@example.com', tags: ['buddy'], cadence: 'quarterly', lastContact: iso(-85), log: [] },
    { id: 'priya', name: 'Priya Nair', role: 'Recruiter', email: 'priya@example.com', how: 'Ran the intern programme', tags: [], cadence: 'twice-a-year', log: [] },
  ],
};

const meta: Meta = {
  title: 'Widgets/Keep in touch',
  component: 'keep-in-touch',
  render: () => html`<keep-in-touch storage="none" intern-name="Sam Lee" company="Acme" end-date=${iso(-10)}></keep-in-touch>`,
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const Filled: Story = {
  render: () => html`<keep-in-touch storage="none" intern-name="Sam Lee" company="Acme" end-date=${iso(-10)} .value=${filled}></keep-in-touch>`,
};

export const Dark: Story = {
  render: () => html`<keep-in-touch theme="dark" storage="none" intern-name="Sam Lee" company="Acme" end-date=${iso(-10)} .value=${filled}></keep-in-touch>`,
  parameters: { backgrounds: { default: 'dark' } },
};

export const Narrow: Story = {
  render: () => html`<div style="inline-size: 320px"><keep-in-touch storage="none" intern-name="Sam Lee" company="Acme" end-date=${iso(-10)} .value=${filled}></keep-in-touch></div>`,
};

/** Nothing due this month: the "Due this month" view shows its empty state. */
export const NothingDue: Story = {
  render: () =>
    html`<keep-in-touch storage="none" end-date=${iso(-10)} .value=${{ contacts: [{ ...filled.contacts[0], lastContact: iso(0), cadence: 'twice-a-year' }] }}></keep-in-touch>`,
};

/** A CSV file was picked: the column-mapping preview. */
export const ImportPreview: Story = {
  render: () => html`<keep-in-touch storage="none" id="imp"></keep-in-touch>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('keep-in-touch')!;
    await el.updateComplete;
    el.previewImport('Full name,E-mail,Job title,Met at\r\nLee Wong,lee@example.com,Designer,Hackathon\r\nNo Mail,not-an-address,,\r\n');
  },
};

/** 10,000 contacts: only a window is rendered; search and sort stay quick. */
export const TenThousand: Story = {
  render: () =>
    html`<keep-in-touch
      storage="none"
      end-date=${iso(-10)}
      .value=${{ contacts: Array.from({ length: 10_000 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}`, email: `p${i}@example.com`, tags: [], cadence: 'monthly' as const, lastContact: iso(-(i % 60)), log: [] })) }}
    ></keep-in-touch>`,
};

/** Not saved: storage is unavailable, so the notice asks the intern to export a copy. */
export const StorageProblem: Story = {
  render: () =>
    html`<keep-in-touch
      .storageAdapter=${{ getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => undefined }}
      .value=${filled}
    ></keep-in-touch>`,
};

/** A due contact to snooze, a cadence for the "mentor" tag that Ben follows, an "ask next time" note, and a reference who agreed. */
export const SnoozeTagsAndReferences: Story = {
  name: 'Snooze, cadence by tag, ask next time, references',
  render: () =>
    html`<keep-in-touch
      storage="none"
      intern-name="Maya Chen"
      company="Northwind"
      end-date=${iso(-40)}
      .value=${{
        contacts: [
          { id: 'ana', name: 'Ana Ruiz', email: 'ana@example.com', tags: ['mentor'], cadence: 'monthly' as const, lastContact: iso(-35), log: [], askNext: 'How did the Q3 launch go?', reference: 'agreed' as const },
          { id: 'ben', name: 'Ben Okafor', tags: ['mentor'], cadence: 'monthly' as const, inherit: true as const, lastContact: iso(-20), log: [] },
        ],
        tagCadences: [{ tag: 'mentor', cadence: 'quarterly' as const }],
        applications: [{ id: 'a1', role: 'Data analyst', company: 'Acme', deadline: iso(30) }],
      }}
    ></keep-in-touch>`,
};

/** Every attribute and property as a control (from custom-elements.json). */
export const Playground = playground('keep-in-touch');
