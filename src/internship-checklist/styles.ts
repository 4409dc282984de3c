import { css } from 'lit';

export const styles = css`
  header .intro {
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .lastday {
    font-weight: 600;
  }
  .lastday-field {
    max-inline-size: 20rem;
  }
  .overall {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .overall .progress {
    flex: 1;
    block-size: 0.8rem;
  }
  .count {
    font-size: 0.875em;
    color: var(--_muted);
    white-space: nowrap;
  }
  .section {
    border-block-start: 1px solid var(--_border);
    padding-block: var(--_space);
  }
  /* From the third section on, skip layout and paint until it nears the viewport. Not the first two:
     whatever is on screen when the widget upgrades must not change size afterwards (layout shift:
     0 at 320×1800, 1280×900 and 1280×2400 with a reserved height; 0.003 on a 1920×3000 screen). */
  .section:nth-of-type(n + 3) {
    content-visibility: auto;
    contain-intrinsic-size: auto 20rem;
  }
  @media print {
    .section:nth-of-type(n + 3),
    .items.long > .item {
      content-visibility: visible;
    }
  }
  .section-head {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .section-head h3 {
    margin: 0;
    flex: 1;
  }
  .toggle {
    font: inherit;
    font-weight: 650;
    padding-inline: 0.25em;
    justify-content: flex-start;
    text-align: start;
  }
  .caret {
    inline-size: 1em;
  }
  .section > .progress {
    block-size: 0.35rem;
    margin-block: 0.35rem 0.5rem;
  }
  .items {
    list-style: none;
  }
  .item {
    display: grid;
    grid-template-columns: auto auto 1fr auto;
    gap: 0.25rem 0.6rem;
    align-items: start;
    padding-block: 0.5rem;
    border-block-end: 1px solid var(--_surface-alt);
  }
  /* Only long sections skip off-screen rows: on the default 17 items the estimated 4rem rows moved the
     content once after the first paint (layout shift 0.002 in npm run bench). */
  .items.long > .item {
    content-visibility: auto;
    contain-intrinsic-size: auto 4rem;
  }
  .item.editing,
  .items.long > .item.editing {
    display: block;
    content-visibility: visible;
  }
  .item > input {
    margin-block-start: 0.2rem;
  }
  .grip {
    cursor: grab;
    color: var(--_muted);
    user-select: none;
    line-height: 1.5;
  }
  .body {
    display: grid;
    gap: 0.1rem;
    min-inline-size: 0;
  }
  .text {
    font-weight: 550;
    white-space: pre-wrap;
  }
  .done .text {
    text-decoration: line-through;
    color: var(--_muted);
  }
  .note {
    white-space: pre-wrap;
    font-size: 0.925em;
  }
  /* Why the kit ticked it: set apart from the item's own hint, in the colour of done things. */
  .auto-why {
    font-size: 0.875em;
    color: var(--_success);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: center;
    font-size: 0.875em;
  }
  .meta time::before {
    content: '· ';
  }
  .meta:empty {
    display: none;
  }
  .actions {
    display: flex;
    gap: 0.1rem;
  }
  .actions button {
    min-inline-size: 2rem;
    padding-inline: 0.3em;
  }
  .lists {
    margin-block-start: var(--_space);
  }
  .mini ul {
    list-style: none;
    display: grid;
    gap: 0.35rem;
    margin-block-end: 0.5rem;
  }
  .entry,
  .add-entry {
    flex-wrap: nowrap;
  }
  .entry input,
  .add-entry input {
    flex: 1;
    min-inline-size: 0;
  }
  .more {
    margin-block-start: 0.5rem;
  }
  .undo {
    margin-block-start: 0;
  }
  .add {
    margin-block-start: var(--_space);
  }
  footer {
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space);
    margin-block-end: 0;
  }
  @container (max-width: 30rem) {
    .item {
      grid-template-columns: auto 1fr;
    }
    .grip {
      display: none;
    }
    .actions {
      grid-column: 2;
    }
  }
`;
