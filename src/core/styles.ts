import { css } from 'lit';

/**
 * Shared styles for every widget.
 *
 * Public tokens (`--sf-*`) are always read with a fallback, so no theme wrapper or global stylesheet is
 * needed; private tokens (`--_*`) are what the rules use. A public colour token applies in light and
 * dark mode alike; the defaults pick their dark variant through `light-dark()`. Inherited properties are set again on the
 * base container so a host's `* { … !important }` rules on our tag can't reach inside.
 *
 * Every element honours every token below: scripts/cem-tokens-plugin.mjs lists them in each element's
 * `cssProperties` in custom-elements.json (an element's own `@cssprop` line, when it has one, wins), and
 * tests/node/manifest-styles.test.mjs fails on a token the styles read that the manifest does not list.
 * @cssprop --sf-accent - Buttons, links, progress bars, the selected tab; the default focus ring.
 * @cssprop --sf-accent-text - Text on `--sf-accent` (primary buttons, the selected tab); ≥ 4.5:1 against it.
 * @cssprop --sf-accent-soft - Soft highlights behind text in `--sf-text` (selected chips, today's row); ≥ 4.5:1 with it, in dark mode too.
 * @cssprop --sf-text - Body text.
 * @cssprop --sf-muted - Secondary text (hints, dates, counts); ≥ 4.5:1 on `--sf-surface` and `--sf-surface-alt`.
 * @cssprop --sf-surface - Background of the widget.
 * @cssprop --sf-surface-alt - Background of panels, rows and inputs' surroundings.
 * @cssprop --sf-border - Borders of the card, inputs and lists (≥ 3:1 where it marks a control).
 * @cssprop --sf-danger - Errors and destructive actions.
 * @cssprop --sf-success - "Saved" and done states.
 * @cssprop --sf-warning-bg - Background of warnings (storage notices, due items).
 * @cssprop --sf-warning-text - Text of warnings, on `--sf-warning-bg`.
 * @cssprop --sf-focus - The keyboard focus ring (defaults to `--sf-accent`); ≥ 3:1 against `--sf-surface` (WCAG 1.4.11).
 * @cssprop --sf-radius - Corner radius (default 8px).
 * @cssprop --sf-font - Font family (default the system UI font).
 * @cssprop --sf-font-size - Base font size (default `medium`, the reader's own size).
 * @cssprop --sf-space - Base spacing (default 0.75rem).
 */
export const tokens = css`
  :host {
    --_accent: var(--sf-accent, light-dark(#1d4ed8, #8fb3ff));
    --_accent-text: var(--sf-accent-text, light-dark(#fff, #0b1220));
    --_accent-soft: var(--sf-accent-soft, light-dark(#e8efff, #1e2a44));
    --_text: var(--sf-text, light-dark(#1c2230, #e7eaf0));
    --_muted: var(--sf-muted, light-dark(#555e70, #aab2c0));
    --_surface: var(--sf-surface, light-dark(#fff, #161a22));
    --_surface-alt: var(--sf-surface-alt, light-dark(#f4f6fa, #1f2430));
    --_border: var(--sf-border, light-dark(#c9cfdb, #3b4252));
    --_danger: var(--sf-danger, light-dark(#b42318, #ff8a80));
    --_success: var(--sf-success, light-dark(#0f7b3f, #6fdc9c));
    --_warning-bg: var(--sf-warning-bg, light-dark(#fff4d6, #3d2e05));
    --_warning-text: var(--sf-warning-text, light-dark(#5c3b00, #ffe4a0));
    --_focus: var(--sf-focus, var(--_accent));
    --_radius: var(--sf-radius, 8px);
    --_font: var(--sf-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_font-size: var(--sf-font-size, medium); /* the reader's default size, whatever the host sets on html */
    --_space: var(--sf-space, 0.75rem);
    display: block;
    container-type: inline-size;
    /* light-dark() above follows this: one set of tokens serves both schemes. */
    color-scheme: light;
  }
  :host([hidden]) {
    display: none !important;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
`;

/** Controls and layout pieces every widget uses. */
export const controls = css`
  .base {
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    overflow-wrap: anywhere;
    visibility: visible;
  }
  /* Set by <internship-wrap-up> on the widgets it hosts: no card inside its card. */
  :host([embedded]) .base {
    border: none;
    padding: 0;
    background: transparent;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Content of a <details> inherits from its ::details-content box (Chromium 131+), which no selector above
     reaches: it would be content-box, and every full-width field in "Add a person" stuck out of its card. */
  ::details-content {
    box-sizing: inherit;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 calc(var(--_space) * 0.5);
    line-height: 1.25;
    font-weight: 650;
  }
  h2 {
    font-size: 1.3em;
  }
  h3 {
    font-size: 1.1em;
  }
  h4 {
    font-size: 1em;
  }
  p {
    margin: 0 0 var(--_space);
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
  }
  .intro,
  .muted,
  .hint {
    color: var(--_muted);
  }
  .hint {
    font-size: 0.875em;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    text-transform: none;
    margin: 0;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.35em;
    min-block-size: 2.25rem;
    min-inline-size: 2.25rem;
    padding: 0.35em 0.8em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
    line-height: 1.2;
    visibility: visible;
    opacity: 1;
  }
  button:hover {
    background: var(--_surface-alt);
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
  }
  button.primary:hover {
    filter: brightness(1.08);
  }
  button.ghost {
    border-color: transparent;
    background: transparent;
  }
  button.danger {
    color: var(--_danger);
  }
  button[disabled],
  button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  button[aria-pressed='true'] {
    background: var(--_accent-soft);
    border-color: var(--_accent);
  }
  input[type='text'],
  input[type='email'],
  input[type='url'],
  input[type='date'],
  input[type='time'],
  input[type='number'],
  input[type='search'],
  input:not([type]),
  select,
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 2.25rem;
    padding: 0.35em 0.55em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
  }
  textarea {
    min-block-size: 4.5em;
    resize: vertical;
  }
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.15rem;
    block-size: 1.15rem;
    accent-color: var(--_accent);
    flex: none;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  label {
    cursor: default;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin-block-end: var(--_space);
  }
  .field > label,
  .label {
    font-weight: 600;
    font-size: 0.925em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    align-items: center;
  }
  .grid {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    align-items: center;
    margin-block: var(--_space);
  }
  .spacer {
    flex: 1 1 auto;
  }
  /* A link that opens the mail app, drawn like a primary button. */
  a.button {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.25rem;
    padding: 0.35em 0.8em;
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_accent);
    color: var(--_accent-text);
    text-decoration: none;
    line-height: 1.2;
  }
  /* A file picker that looks like a button: the real input covers it, so it stays keyboard-usable. */
  .file {
    position: relative;
    display: inline-flex;
    align-items: center;
    min-block-size: 2.25rem;
    padding: 0.35em 0.8em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    cursor: pointer;
  }
  .file:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
  }
  .chip {
    display: inline-block;
    padding: 0.05em 0.55em;
    border-radius: 999px;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    font-size: 0.85em;
  }
  .badge-due,
  .badge-overdue,
  .badge-done {
    font-size: 0.85em;
    font-weight: 600;
    padding: 0 0.4em;
    border-radius: 4px;
  }
  .badge-overdue {
    color: var(--_danger);
    border: 1px solid currentColor;
  }
  .badge-due {
    color: var(--_warning-text);
    background: var(--_warning-bg);
  }
  .badge-done {
    color: var(--_success);
  }
  .notice {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    margin-block: var(--_space);
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    background: var(--_warning-bg);
    color: var(--_warning-text);
    border: 1px solid currentColor;
  }
  /* The "Removed … Undo" bar of UndoController, in every element. */
  .undo {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
    padding: 0.5rem var(--_space);
    border-radius: var(--_radius);
    background: var(--_accent-soft);
    margin-block: var(--_space);
  }
  /* "Not saved yet": the edit is kept; calmer than an alert. */
  .notice.pending {
    background: var(--_surface-alt);
    color: var(--_text);
    border-color: var(--_border);
  }
  /* Saved work could not be loaded: what is shown is not the intern's, and the notice stays in view. */
  [part~='base'][data-not-loaded] {
    outline: 2px dashed var(--_muted);
    outline-offset: 2px;
  }
  [part~='base'][data-not-loaded] > .sf-storage {
    position: sticky;
    top: 0;
    z-index: 1;
  }
  .saved {
    font-size: 0.85em;
    color: var(--_muted);
  }
  /* A native <progress>: accessible by default and needs no inline style (strict CSP forbids style attributes). */
  progress.progress {
    appearance: none;
    display: block;
    inline-size: 100%;
    block-size: 0.6rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-alt);
    overflow: hidden;
    color: var(--_accent);
  }
  progress.progress::-webkit-progress-bar {
    background: var(--_surface-alt);
  }
  progress.progress::-webkit-progress-value {
    background: var(--_accent);
    transition: inline-size 0.3s ease;
  }
  progress.progress::-moz-progress-bar {
    background: var(--_accent);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    margin: -1px !important;
    padding: 0 !important;
    border: 0 !important;
  }
  details > summary {
    cursor: pointer;
  }
  /* "Add to Google Calendar or Outlook" links beside an .ics export (core/controllers/calendar-links.ts). */
  .calendar-link-list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  .calendar-link-list li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
    overflow-wrap: anywhere;
  }
  .calendar-link-list a {
    display: inline-flex;
    align-items: center;
    min-block-size: 1.5rem;
  }
  .preview {
    white-space: pre-wrap;
    background: var(--_surface-alt);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  /* Icons that show a direction mirror in right-to-left languages. */
  [dir='rtl'] .mirror {
    transform: scaleX(-1);
    display: inline-block;
  }
  @container (max-width: 30rem) {
    .base {
      padding: var(--_space);
    }
    .toolbar > button {
      flex: 1 1 auto;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    .base {
      border: none;
      padding: 0;
      color: #000;
      background: #fff;
    }
    .no-print,
    button,
    .toolbar {
      display: none !important;
    }
  }
  /* The keys of a list with one Tab stop (RovingController), shown while it has keyboard focus. */
  .keys-hint {
    position: sticky;
    inset-block-end: 0;
    margin: 0.4rem 0;
    padding: 0.3rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.875em;
  }
  .keys-hint[hidden] {
    display: none;
  }
  /* A confirmation shown beside the control that acted (Announcer.renderShown). */
  .shown {
    margin: 0.4rem 0 0;
    color: var(--_success);
    font-weight: 600;
  }
  /* The print view (PrintController): a document made from the Markdown export, shown only on paper. */
  .print-view {
    display: none;
  }
  @media print {
    /* PrintController marks the host while its print view is rendered. */
    :host([printing]) .base > :not(.print-view) {
      display: none !important;
    }
    .print-view {
      display: block;
      font-size: 11pt;
      line-height: 1.4;
      color: #000;
    }
    .print-view :is(h1, h2, h3, h4, h5, h6) {
      margin: 0.8em 0 0.3em;
      line-height: 1.2;
      break-after: avoid;
    }
    .print-view h1 {
      font-size: 16pt;
    }
    .print-view h2 {
      font-size: 13.5pt;
    }
    .print-view :is(h3, h4, h5, h6) {
      font-size: 11.5pt;
    }
    .print-view :is(p, ul) {
      margin: 0 0 0.5em;
    }
    .print-view ul {
      padding-inline-start: 1.2em;
    }
    .print-view li {
      break-inside: avoid;
    }
    .print-view li:has(.box) {
      list-style: none;
    }
    .print-view .box {
      margin-inline-start: -1.2em;
    }
  }
`;

export const sharedStyles = [tokens, controls];
