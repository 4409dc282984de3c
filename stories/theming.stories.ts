import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Theming/Tokens',
  parameters: { docs: { description: { component: 'Every public `--sf-*` token, read with a fallback; no wrapper needed.' } } },
};
export default meta;

const TOKENS = ['--sf-accent', '--sf-accent-text', '--sf-text', '--sf-muted', '--sf-surface', '--sf-surface-alt', '--sf-border', '--sf-danger', '--sf-success', '--sf-focus', '--sf-radius', '--sf-font', '--sf-font-size', '--sf-space'];

export const TokenList: StoryObj = {
  render: () => html`<table>
    <caption>Public tokens (each applies in light and dark mode)</caption>
    <thead><tr><th scope="col">Token</th></tr></thead>
    <tbody>${TOKENS.map((t) => html`<tr><td><code>${t}</code></td></tr>`)}</tbody>
  </table>`,
};
