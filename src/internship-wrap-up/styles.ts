import { css } from 'lit';

export const styles = css`
  .head {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0 var(--_space);
    align-items: start;
    padding: var(--_space);
    margin-block-end: var(--_space);
    border-radius: var(--_radius);
    background: var(--_accent-soft);
  }
  .head p {
    margin: 0;
  }
  .days {
    font-weight: 650;
    text-align: end;
  }
  .days.soon {
    color: var(--_danger);
  }
  .edit {
    grid-column: 1 / -1;
    margin-block-start: calc(var(--_space) * 0.75);
  }
  .edit .grid {
    margin-block-start: var(--_space);
  }
  .edit .field {
    margin: 0;
  }
  summary {
    font-weight: 600;
    color: var(--_accent);
    inline-size: fit-content;
  }
  /* Cards in rows that wrap, each at least as wide as its step's longest word, so a name breaks between
     words only ("Agradecimient / os" in equal grid columns at 390 and 1280px). The longest shipped word,
     "Agradecimientos", needs about 190px of the 260px a 320px screen leaves (tests/a11y/layout.test.ts). */
  .overview {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    margin-block-end: var(--_space);
  }
  .overview .card {
    display: grid;
    gap: 0.3rem;
    flex: 1 1 8rem;
    max-inline-size: 100%;
    padding: calc(var(--_space) * 0.6);
    overflow-wrap: break-word;
  }
  .overview .current {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .step-link {
    justify-content: flex-start;
    padding: 0;
    /* A button counts as a "compressible" control whose content adds nothing to its card's minimum
       width: the card must be at least as wide as the step's longest word. */
    min-inline-size: min-content;
    min-block-size: 1.75rem;
    font-weight: 650;
    text-align: start;
  }
  .num {
    display: inline-grid;
    place-items: center;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_accent-text);
    font-size: 0.8em;
    flex: none;
  }
  .tabs {
    display: flex;
    gap: 0.25rem;
    overflow-x: auto;
    /* The rule under the tabs is a shadow, not a border the selected tab overlaps with a negative margin:
       that overlap made the row scroll by 2px (a tiny scrollbar at every width). */
    box-shadow: inset 0 -2px 0 var(--_border);
    scrollbar-width: thin;
  }
  [role='tab'] {
    flex: none;
    border: none;
    border-block-end: 3px solid transparent;
    border-radius: calc(var(--_radius) * 0.75) calc(var(--_radius) * 0.75) 0 0;
    /* No fill, and a hover fill kept off the border: the rule under the row shows under every tab, not
       only in the gaps between them. */
    background: transparent;
    background-clip: padding-box;
    color: var(--_muted);
    white-space: nowrap;
  }
  [role='tab'][aria-selected='true'] {
    color: var(--_text);
    font-weight: 650;
    border-block-end-color: var(--_accent);
  }
  [role='tab']:focus-visible {
    outline-offset: -3px;
  }
  .panel {
    padding-block: var(--_space);
  }
  .about {
    color: var(--_muted);
  }
  .empty {
    padding: calc(var(--_space) * 2) var(--_space);
    text-align: center;
    color: var(--_muted);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  /* A step's code is on its way: room for it (less shift when it arrives) and a quiet moving dot. */
  .loading {
    min-block-size: 12rem;
  }
  .loading::before {
    content: '';
    display: block;
    inline-size: 1rem;
    block-size: 1rem;
    margin: 0 auto var(--_space);
    border-radius: 50%;
    border: 2px solid var(--_border);
    border-block-start-color: currentColor;
    animation: sf-spin 0.8s linear infinite;
  }
  @keyframes sf-spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .loading::before {
      animation: none;
    }
  }
  .file input {
    position: absolute;
    inset: 0;
    opacity: 0;
    inline-size: 100%;
    cursor: pointer;
  }
  .foot {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space);
  }
  .confirm {
    padding: var(--_space);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .restore-confirm {
    border-color: var(--_accent);
  }
  .backup-note {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    margin: 0;
    color: var(--_muted);
  }
  .backup-note .suggest {
    color: var(--_text);
  }
  .print-only {
    display: none;
  }
  @container (max-width: 30rem) {
    .overview {
      grid-template-columns: 1fr 1fr;
      gap: 0.4rem;
    }
    .overview .card {
      padding: 0.4rem;
      font-size: 0.9em;
    }
    .head {
      grid-template-columns: 1fr;
    }
    .days {
      text-align: start;
    }
    .file {
      flex: 1 1 auto;
      justify-content: center;
    }
  }
  @media print {
    .print-only {
      display: inline;
    }
    .panel {
      break-inside: avoid-page;
    }
    .head {
      background: none;
      border: 1px solid #000;
    }
  }
`;
