import type { StoryObj } from '@storybook/web-components-vite';
import { addDays, todayISO } from '../src/core/dates.js';

/**
 * A story whose controls are the element's own API: Storybook builds the controls from
 * custom-elements.json (the meta's `component`), and this render applies every arg: kebab-case names
 * and observed attributes as attributes, the rest as properties, functions (actions) as listeners.
 * Each widget's stories file adds it with one line: `export const Playground = playground('tag');`.
 */
export function playground(tag: string): StoryObj {
  return {
    args: {
      'intern-name': 'Maya Chen',
      company: 'Northwind',
      supervisor: 'Jordan Alvarez',
      'end-date': addDays(todayISO(), 21),
      theme: 'light',
      storage: 'none',
    },
    render: (args) => {
      const el = document.createElement(tag) as HTMLElement & Record<string, unknown>;
      const observed: string[] = (customElements.get(tag) as unknown as { observedAttributes?: string[] })?.observedAttributes ?? [];
      for (const [key, value] of Object.entries(args)) {
        if (value === undefined || value === null || value === '') continue;
        if (typeof value === 'function') el.addEventListener(key.replace(/^on(?=[A-Z])/, '').toLowerCase(), value as EventListener);
        else if (key.includes('-') || observed.includes(key)) el.setAttribute(key, String(value));
        else if (key in el) el[key] = value;
      }
      return el;
    },
  };
}
