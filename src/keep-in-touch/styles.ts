import { css } from 'lit';

export const styles = css`
  .summary {
    font-weight: 600;
  }
  .summary:empty {
    display: none;
  }
  .filters {
    display: grid;
    grid-template-columns: 2fr 1fr;
    gap: var(--_space);
  }
  .list {
    list-style: none;
    display: grid;
    gap: var(--_space);
  }
  .contact {
    content-visibility: auto;
    contain-intrinsic-size: auto 12rem;
  }
  .contact p {
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: baseline;
  }
  .head h3 {
    margin: 0;
    font-size: 1.1em;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1em;
    align-items: center;
  }
  a {
    color: var(--_accent);
  }
  .notes {
    white-space: pre-wrap;
  }
  .ask {
    overflow-wrap: anywhere;
  }
  .ask.notice-soft {
    margin: 0 0 var(--_space);
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_accent);
    background: var(--_accent-soft);
    border-radius: calc(var(--_radius) * 0.5);
  }
  .snooze {
    margin-block: 0.25rem;
  }
  .tag-cadences {
    margin-block: var(--_space);
  }
  .panel {
    margin-block: var(--_space);
    background: var(--_surface-alt);
  }
  .actions button {
    font-size: 0.9em;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: center;
    margin-block-end: var(--_space);
  }
  .undo {
    align-items: center;
    justify-content: space-between;
  }
  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .more {
    margin-block-start: var(--_space);
    inline-size: 100%;
  }
  .exports-title {
    margin-block-start: calc(var(--_space) * 2);
  }
  .file {
    border-style: dashed;
  }
  .import,
  .report {
    margin-block: var(--_space);
  }
  .scroll {
    overflow-x: auto;
    margin-block: var(--_space);
  }
  table {
    border-collapse: collapse;
    font-size: 0.9em;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.3em 0.5em;
    text-align: start;
    vertical-align: top;
    min-inline-size: 8rem;
  }
  .problems {
    padding-inline-start: 1.2em;
    margin-block-end: var(--_space);
  }
  .log {
    padding-inline-start: 1.2em;
    font-size: 0.9em;
  }
  footer {
    margin-block-start: var(--_space);
  }
  @container (max-width: 30rem) {
    .filters {
      grid-template-columns: 1fr;
      gap: 0;
    }
    .actions button {
      flex: 1 1 auto;
    }
  }
  /* Where a contact's panel listens for Escape: no box of its own. */
  .panel-host {
    display: contents;
  }
`;
