import { css } from 'lit';

export const styles = css`
  .layout {
    display: grid;
    gap: var(--_space);
    align-items: start;
  }
  @container (min-width: 44rem) {
    .layout {
      grid-template-columns: minmax(13rem, 17rem) minmax(0, 1fr);
    }
  }
  .side {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .side > * {
    margin: 0;
    min-inline-size: 0;
  }
  /* The side column is narrow: its add form is one column, so no field sticks out of the card. */
  .side .grid {
    grid-template-columns: minmax(0, 1fr);
  }
  .people {
    list-style: none;
    display: grid;
    gap: 0.25rem;
  }
  .person {
    inline-size: 100%;
    justify-content: space-between;
    text-align: start;
    gap: 0.5em;
  }
  .person[aria-current='true'] {
    background: var(--_accent-soft);
    border-color: var(--_accent);
    font-weight: 600;
  }
  .pname {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .st {
    flex: none;
    font-size: 0.8em;
    font-weight: 600;
    padding: 0 0.45em;
    border-radius: 999px;
    border: 1px solid var(--_border);
    color: var(--_muted);
  }
  .st-drafted {
    color: var(--_warning-text);
    background: var(--_warning-bg);
  }
  .st-sent {
    color: var(--_success);
    border-color: currentColor;
  }
  .full {
    inline-size: 100%;
  }
  .add summary {
    font-weight: 650;
  }
  .add[open] summary {
    margin-block-end: var(--_space);
  }
  .grid {
    align-items: start;
  }
  .empty {
    color: var(--_muted);
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    margin: 0;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space);
    padding: var(--_space);
    min-inline-size: 0;
  }
  legend {
    font-weight: 650;
    padding-inline: 0.25em;
  }
  textarea.short {
    min-block-size: 2.6em;
  }
  .draft {
    min-block-size: 12em;
  }
  .choices {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }
  .radios label {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    margin-inline-end: 1em;
    min-block-size: 2rem;
  }
  .ideas summary {
    font-size: 0.875em;
    color: var(--_accent);
  }
  .ideas ul {
    list-style: none;
    display: grid;
    gap: 0.35rem;
    margin-block-start: 0.35rem;
  }
  .ideas li {
    display: flex;
    gap: 0.5em;
    align-items: center;
    justify-content: space-between;
    font-size: 0.9em;
  }
  .count {
    font-size: 0.875em;
    color: var(--_muted);
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .count.over {
    color: var(--_danger);
    font-weight: 600;
  }
  .count span {
    margin-inline-start: 0.5em;
  }
  .warn {
    margin-block-start: 0;
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .team {
    margin-block-start: var(--_space);
  }
  .team .grid {
    margin-block-end: var(--_space);
  }
  .team .wide {
    grid-column: 1 / -1;
  }
  a {
    color: var(--_accent);
  }
  .toolbar .saved {
    margin-inline-start: auto;
  }
  @container (max-width: 30rem) {
    .toolbar > a.button {
      flex: 1 1 auto;
      justify-content: center;
    }
  }
`;
