import { css } from 'lit';

export const styles = css`
  section {
    margin-block: calc(var(--_space) * 1.5);
  }
  .big {
    font-size: 1.6em;
    margin: 0;
    color: var(--_accent);
  }
  .inline {
    max-inline-size: 16rem;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    list-style: none;
    margin-block: 0.5rem;
  }
  .chip button {
    min-block-size: 1.5rem;
    min-inline-size: 1.5rem;
    padding: 0;
  }
  .list {
    list-style: none;
  }
  .list > li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
    padding-block: 0.45rem;
    border-block-end: 1px solid var(--_border);
    content-visibility: auto;
    contain-intrinsic-size: auto 3rem;
  }
  /* Why the kit ticked it: a line of its own under the milestone, aligned with its text. */
  .list > li > .auto-why {
    flex-basis: 100%;
    color: var(--_success);
    margin-block-start: -0.35rem;
    margin-inline-start: 1.65rem;
  }
  .history > li {
    justify-content: flex-start;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    flex: 1 1 16rem;
    min-inline-size: 0;
  }
  .check input {
    margin-block-start: 0.2rem;
  }
  .done .check span {
    text-decoration: line-through;
    color: var(--_muted);
  }
  .when {
    display: flex;
    gap: 0.4rem;
    align-items: center;
    flex-wrap: wrap;
  }
  .when input {
    inline-size: auto;
  }
  .add {
    display: grid;
    gap: 0 var(--_space);
    grid-template-columns: minmax(0, 1fr) auto auto;
    align-items: end;
    margin-block-start: var(--_space);
  }
  .add button {
    margin-block-end: var(--_space);
  }
  .split {
    display: grid;
    gap: var(--_space);
  }
  .editor {
    display: grid;
    gap: var(--_space);
    align-content: start;
  }
  fieldset {
    margin: 0;
    min-inline-size: 0;
  }
  legend {
    font-weight: 650;
    padding-inline: 0.3rem;
  }
  .doc {
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    align-self: start;
  }
  .doc h5 {
    font-size: 1em;
    margin: var(--_space) 0 0.25rem;
  }
  .doc dl {
    margin: 0;
  }
  .doc dt {
    font-weight: 600;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .doc dd {
    margin: 0 0 0.4rem;
    white-space: pre-wrap;
  }
  .undo {
    background: var(--_accent-soft);
    padding: 0.4rem 0.6rem;
    border-radius: var(--_radius);
  }
  .streak {
    font-weight: 600;
    color: var(--_success);
  }
  @container (min-width: 52rem) {
    .split {
      grid-template-columns: 1fr 1fr;
    }
  }
  @container (max-width: 30rem) {
    .add {
      grid-template-columns: 1fr;
    }
    /* One line where it fits; longer dates and labels (Arabic, Spanish) wrap between the date and the
       buttons instead of pushing "Move" and ✕ past the edge. */
    .when {
      gap: 0.15rem;
      margin-inline-start: 1.65rem;
    }
    .when > span {
      white-space: nowrap;
    }
    .when .hint {
      display: none;
    }
    .when button {
      padding-inline: 0.45em;
    }
    /* Another step's task: its source chip goes under the date rather than past the edge. */
    .from .when {
      flex-wrap: wrap;
      white-space: normal;
    }
    /* The strip is scaled down to the phone's width: larger marks and labels keep it readable. */
    .strip .label {
      font-size: 40px;
    }
    .strip .mark {
      r: 12px;
    }
  }
  /* The timeline strip: drawn with the tokens, so dark mode and print follow. */
  .strip {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  .strip svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  .strip .axis,
  .strip .tick {
    stroke: var(--_border);
    stroke-width: 2;
  }
  .strip .label {
    fill: var(--_muted);
    font-size: 18px;
  }
  .strip .today {
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  .strip .last {
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .strip .mark,
  .strip .key {
    fill: var(--_accent);
    background: var(--_accent);
  }
  .strip .mark.done,
  .strip .key.done {
    fill: var(--_success);
    background: var(--_success);
  }
  .strip .mark.overdue,
  .strip .key.overdue {
    fill: var(--_danger);
    background: var(--_danger);
  }
  .strip .key {
    display: inline-block;
    inline-size: 0.7em;
    block-size: 0.7em;
    border-radius: 50%;
    margin-inline: 0.6em 0.25em;
    forced-color-adjust: none;
  }
  .strip .key.today-key {
    border-radius: 0;
    inline-size: 2px;
    block-size: 1em;
    background: var(--_text);
    vertical-align: middle;
  }
  @media print {
    .strip .mark,
    .strip .key {
      print-color-adjust: exact;
    }
  }
`;
