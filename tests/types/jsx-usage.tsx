// Plain tags typed by strong-finish/jsx (global JSX namespace), with a neutral JSX factory.
import type {} from '../../dist/jsx.js';
declare const h: (...args: unknown[]) => unknown;
void h;

export const tags = [
  <internship-checklist end-date="2026-12-18" theme="auto" storage="session" on:sf-export={(e) => e.detail.tag} />,
  <reflection-journal intern-name="Maya" value={undefined} />,
  <keep-in-touch storage-key="second" />,
  // @ts-expect-error: not a theme
  <internship-wrap-up theme="blue" />,
];
