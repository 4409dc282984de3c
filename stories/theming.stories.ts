import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/internship-checklist/define.js';
import { addDays, todayISO } from '../src/core/dates.js';

const meta: Meta = {
  title: 'Theming/Tokens',
  parameters: {
    docs: {
      description: {
        component:
          'Every public `--sf-*` token, read with a fallback; no wrapper needed. Parts (`::part(base)`…) style the inside; `theme="dark"` or `"auto"` switch colours. See docs/job-boards.md § Theming.',
      },
    },
  },
};
export default meta;

const TOKENS: [string, string][] = [
  ['--sf-accent', 'Buttons, progress, checkboxes'],
  ['--sf-accent-text', 'Text on the accent'],
  ['--sf-accent-soft', 'Tinted backgrounds'],
  ['--sf-text', 'Text'],
  ['--sf-muted', 'Secondary text'],
  ['--sf-surface', 'Background'],
  ['--sf-surface-alt', 'Panels'],
  ['--sf-border', 'Borders'],
  ['--sf-danger', 'Destructive actions, errors'],
  ['--sf-success', 'Done states'],
  ['--sf-warning-bg', 'Storage notice background'],
  ['--sf-warning-text', 'Storage notice text'],
  ['--sf-focus', 'Focus ring (defaults to the accent)'],
  ['--sf-radius', 'Corner radius'],
  ['--sf-font', 'Typeface'],
  ['--sf-font-size', 'Base size'],
  ['--sf-space', 'Spacing unit'],
];

const end = addDays(todayISO(), 21);

export const TokenList: StoryObj = {
  render: () => html`<table>
    <caption>Public tokens (each colour applies in light and dark mode)</caption>
    <thead><tr><th scope="col">Token</th><th scope="col">Used for</th></tr></thead>
    <tbody>${TOKENS.map(([t, use]) => html`<tr><td><code>${t}</code></td><td>${use}</td></tr>`)}</tbody>
  </table>`,
};

/** A job board with a deep green brand, square corners, its own font and a contrasting focus ring. */
export const MatchingABrand: StoryObj = {
  render: () => html`<style>
      .brand internship-checklist {
        --sf-accent: #0b5c4b;
        --sf-accent-text: #ffffff;
        --sf-accent-soft: #e3f1ed;
        --sf-focus: #b36b00;
        --sf-radius: 2px;
        --sf-font: Georgia, 'Times New Roman', serif;
      }
      .brand internship-checklist::part(base) {
        box-shadow: none;
        border-width: 2px;
      }
    </style>
    <div class="brand">
      <internship-checklist storage="none" intern-name="Maya" company="Northwind" end-date=${end}></internship-checklist>
    </div>`,
};

/** `theme="dark"`, with the same brand tokens: each colour token applies in both schemes. */
export const DarkMode: StoryObj = {
  render: () => html`<style>
      .dark-host {
        background: #0b0e14;
        padding: 1rem;
      }
      .dark-host internship-checklist {
        --sf-accent: #6fd3b8;
        --sf-accent-text: #05201a;
        --sf-accent-soft: #12352d;
      }
    </style>
    <div class="dark-host">
      <internship-checklist theme="dark" storage="none" intern-name="Maya" end-date=${end}></internship-checklist>
    </div>`,
};

/** `theme="auto"` follows the reader's system setting (prefers-color-scheme). */
export const FollowTheSystem: StoryObj = {
  render: () => html`<internship-checklist theme="auto" storage="none" end-date=${end}></internship-checklist>`,
};
