import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/all.js';
import '../src/translations/es.js';
import type { ProgrammePack } from '../src/core/pack/types.js';

// The example pack of docs/programmes.md (Bellmont University's fictional summer programme), as the demo page loads it.
const packUrl = new URL('../demo/packs/bellmont-summer.json', import.meta.url).href;

const meta: Meta = {
  title: 'Guides/Programme pack',
  component: 'internship-wrap-up',
  parameters: {
    docs: {
      description: {
        component:
          'A career center’s programme in the kit: one JSON pack (`content`) gives each step its part, in English and Spanish. See docs/programmes.md.',
      },
    },
  },
  loaders: [async () => ({ pack: (await (await fetch(packUrl)).json()) as ProgrammePack })],
};
export default meta;
type Story = StoryObj;

const now = new Date(2026, 7, 3);

export const English: Story = {
  render: (_args, { loaded }) =>
    html`<internship-wrap-up storage="none" lang="en" intern-name="Lucía Romero" company="Harbor Analytics" end-date="2026-08-21" .now=${now} .content=${loaded.pack}></internship-wrap-up>`,
};
export const Spanish: Story = {
  render: (_args, { loaded }) =>
    html`<internship-wrap-up storage="none" lang="es" intern-name="Lucía Romero" company="Harbor Analytics" end-date="2026-08-21" .now=${now} .content=${loaded.pack}></internship-wrap-up>`,
};
