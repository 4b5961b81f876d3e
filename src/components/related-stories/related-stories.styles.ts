import { css } from '../shared/css.js';
import { baseStyles } from '../shared/styles.js';
import { stateStyles } from '../shared/state-styles.js';

export const styles = [
  baseStyles,
  stateStyles,
  css`
    :host {
      --_gap: var(--bs-related-gap, var(--bs-gap, 1em));
    }
    section {
      display: grid;
      gap: var(--_gap);
    }
    .heading {
      margin: 0;
      font-size: var(--bs-related-heading-size, 1.25em);
      font-weight: 700;
      line-height: 1.25;
    }
    ul {
      display: grid;
      gap: var(--_gap);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .grid {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--bs-related-column, 14em)), 1fr));
    }
    .list li + li {
      padding-block-start: var(--_gap);
      border-block-start: var(--bs-related-divider, 1px solid color-mix(in srgb, currentColor 15%, transparent));
    }
  `,
];
