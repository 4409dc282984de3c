import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ContextProvider } from '@lit/context';
import { kitContext, type Kit } from '../src/core/profile.js';
import type { ReflectionValue } from '../src/reflection-journal/reflection-journal.js';
import '../src/reflection-journal/define.js';
import { playground } from './playground.js';

const meta: Meta = {
  title: 'Widgets/Reflection journal',
  component: 'reflection-journal',
  parameters: { docs: { description: { component: 'Reflect on the internship: guided prompts in six themes, frameworks, skills before/after, mood, résumé bullets.' } } },
};
export default meta;
type Story = StoryObj;

const THEMES = ['industry', 'self', 'worked', 'didnt', 'fit', 'next'] as const;
const TEXT: Record<string, string> = {
  industry: 'Fintech moves fast, but most of the work is careful checking. Compliance shapes every product decision.',
  self: 'I do my best work with a clear goal and room to figure out the how. Long meetings drain me.',
  worked: 'Rebuilding the weekly pipeline report in SQL. The sales team now uses it every Monday.',
  didnt: 'I waited too long to ask for help on the data model. Next time I will ask after an hour, not a day.',
  fit: 'Yes to data work close to a product team; less sure about a big-bank setting.',
  next: 'Finish the SQL course. Ask Maya for a LinkedIn recommendation.',
};

const filled: ReflectionValue = {
  framework: 'seed',
  summary: 'Ten weeks turning messy sales data into reports people actually use.',
  entries: THEMES.map((theme, i) => ({ id: theme, theme, prompt: '', text: TEXT[theme], skills: i === 2 ? ['Technology', 'Communication'] : [], mood: [4, 3, 5, 2, 4, 4][i] })),
  skills: [
    { name: 'Communication', before: 2, after: 4 },
    { name: 'Teamwork', before: 3, after: 4 },
    { name: 'Critical thinking', before: 3, after: 4 },
    { name: 'Technology', before: 2, after: 5 },
    { name: 'Leadership', before: 1, after: 2 },
    { name: 'Professionalism', before: 3, after: 4 },
    { name: 'Career and self-development', before: 2, after: 3 },
    { name: 'Equity and inclusion', before: 3, after: 3 },
  ],
  bullets: ['Rebuilt the weekly sales pipeline report in SQL, cutting prep time from 3 hours to 20 minutes', 'Presented findings to 12 account managers'],
};


export const Default: Story = {
  render: () => html`<reflection-journal storage="none" intern-name="Ana Lima" company="Northwind Finance"></reflection-journal>`,
};

export const Filled: Story = {
  render: () => html`<reflection-journal storage="none" intern-name="Ana Lima" company="Northwind Finance" .value=${filled}></reflection-journal>`,
};

export const Dark: Story = {
  parameters: { backgrounds: { default: 'dark' } },
  render: () => html`<div style="background:#0b0f16;padding:1rem">
    <reflection-journal storage="none" theme="dark" intern-name="Ana Lima" company="Northwind Finance" .value=${filled}></reflection-journal>
  </div>`,
};

export const Narrow: Story = {
  render: () => html`<div style="max-inline-size:320px"><reflection-journal storage="none" .value=${filled}></reflection-journal></div>`,
};

export const GibbsFramework: Story = {
  name: 'Framework: Gibbs (answers kept)',
  render: () => html`<reflection-journal storage="none" .value=${{ ...filled, framework: 'gibbs' }}></reflection-journal>`,
};

export const CustomMoodScale: Story = {
  render: () => html`<reflection-journal storage="none" mood-scale="😫,😕,😐,🙂,🤩"></reflection-journal>`,
};

export const HostContent: Story = {
  name: 'Host content (child JSON)',
  render: () => html`<reflection-journal storage="none">
    <script type="application/json">
      { "skills": ["SQL", "Storytelling with data", "Stakeholder management"],
        "frameworks": { "star": { "label": "STAR stories", "prompts": { "worked": "Situation, task, action, result: tell one story." } } } }
    </script>
  </reflection-journal>`,
};

export const FeedbackSuggestions: Story = {
  name: 'Inside the kit: feedback suggestions',
  render: () => {
    const host = document.createElement('div');
    const kit: Kit = {
      data: { feedback: { selected: [{ takeaway: 'Share drafts earlier instead of polishing alone' }], actions: ['Take an advanced SQL course', 'Ask Maya for a reference'] } },
      publish: () => undefined,
      request: () => false,
    };
    new ContextProvider(host, { context: kitContext, initialValue: kit });
    const el = document.createElement('reflection-journal');
    el.storage = 'none';
    host.append(el);
    return host;
  },
};

export const StorageFull: Story = {
  name: 'Storage problem notice',
  render: () => {
    const adapter = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => undefined };
    return html`<reflection-journal storage-key="story-full" .storageAdapter=${adapter} .value=${filled}></reflection-journal>`;
  },
};

export const RightToLeft: Story = {
  render: () => html`<div lang="ar" dir="rtl"><reflection-journal storage="none" .value=${{ ...filled, summary: 'عشرة أسابيع من العمل على بيانات المبيعات.' }}></reflection-journal></div>`,
};

/** Every attribute and property as a control (from custom-elements.json). */
export const Playground = playground('reflection-journal');
