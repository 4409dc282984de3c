import { css } from 'lit';

export const styles = css`
  .list {
    list-style: none;
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin-block: var(--_space);
  }
  .item {
    display: grid;
    gap: 0.5rem;
  }
  .question {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0 0 var(--_space);
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.25rem;
  }
  footer {
    display: flex;
  }
  @media print {
    .toolbar,
    .choice:has(input[type='checkbox']) {
      display: none;
    }
  }
`;
