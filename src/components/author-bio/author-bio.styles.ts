import { css } from 'lit';
import { baseStyles } from '../shared/styles.js';
import { stateStyles } from '../shared/state-styles.js';

/*
 * Size reservation (no layout shift): in `full` the text column is at least
 * name (1.25em) + role + N bio lines + one line of links, plus the three gaps between them,
 * whatever has arrived; the skeleton draws inside the same column. `lh` follows the host's
 * line height, so the reserve scales with the site's typography.
 */
export const styles = [
  baseStyles,
  stateStyles,
  css`
    :host {
      --_a: var(--bs-author-avatar-size, 4rem);
      --_h: calc((var(--bs-author-bio-lines, 3) + 4.25) * 1lh + 0.75em);
    }
    :host([variant='compact']) {
      --_a: var(--bs-author-avatar-size, 2.5rem);
      --_h: var(--_a);
    }
    .box {
      display: grid;
      grid-template-columns: var(--_a) minmax(0, 1fr);
      gap: var(--bs-author-gap, var(--bs-gap, 1em));
      align-items: start;
    }
    .avatar {
      display: block;
      inline-size: var(--_a);
      block-size: var(--_a);
      border-radius: 50%;
      object-fit: cover;
      background: color-mix(in srgb, var(--bs-accent, currentColor) 12%, transparent);
    }
    .initials {
      display: grid;
      place-items: center;
      font-size: calc(var(--_a) * 0.38);
      font-weight: 700;
      line-height: 1;
      color: var(--bs-accent, inherit);
      user-select: none;
    }
    .text {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
      min-block-size: var(--_h);
    }
    .name {
      font: inherit;
      font-size: 1.25em;
      font-weight: 700;
      margin: 0;
    }
    .role {
      color: var(--bs-muted, color-mix(in srgb, currentColor 72%, transparent));
    }
    .bio p {
      margin: 0;
    }
    .bio p + p {
      margin-block-start: 0.5em;
    }
    .foot,
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .more {
      margin-inline-start: auto;
      font-weight: 600;
    }
    a {
      color: var(--bs-accent, inherit);
    }
    .line {
      block-size: 1em;
      margin-block: calc((1lh - 1em) / 2);
      inline-size: 100%;
    }
    .line.name {
      inline-size: min(12em, 60%);
    }
    .line.role {
      inline-size: min(14em, 70%);
    }
    .short {
      max-inline-size: 60%;
    }
    .error {
      min-block-size: var(--_h);
    }

    :host([variant='compact']) .box {
      align-items: center;
    }
    :host([variant='compact']) .text {
      flex-direction: row;
      align-items: baseline;
      gap: 0 0.6em;
      min-block-size: 0;
      white-space: nowrap;
    }
    /* One line: a name or role too long for it is cut with an ellipsis, never pushed out of
       the box; the role keeps a few letters. */
    :host([variant='compact']) .name {
      font-size: 1em;
      min-inline-size: 0;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    :host([variant='compact']) .role {
      min-inline-size: min(4em, 40%);
      overflow: hidden;
      text-overflow: ellipsis;
    }
    :host([variant='compact']) .error,
    :host([variant='compact']) button {
      padding-block: 0;
    }
    :host([variant='compact']) .line {
      inline-size: 9em;
      flex-shrink: 1;
    }
  `,
];
