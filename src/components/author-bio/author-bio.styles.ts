import { css } from '../shared/css.js';
import { baseStyles } from '../shared/styles.js';
import { stateStyles } from '../shared/state-styles.js';

/*
 * Size reservation (no layout shift): in `full` the text column is at least
 * name (1.25em) + role + N bio lines + one line of links, plus the three gaps between them,
 * whatever has arrived; the skeleton draws inside the same column, and the bio never takes
 * more than its N lines (unless the author has no page to send readers to: then it is whole).
 * `lh` follows the host's line height, so the reserve scales with the site's typography.
 */
export const styles = [
  baseStyles,
  stateStyles,
  css`
    :host {
      --_a: var(--bs-author-avatar-size, 4rem);
      --_n: var(--bs-author-bio-lines, 3);
      --_h: calc((var(--_n) + 4.25) * 1lh + 0.75em);
    }
    /* No bio lines: the skeleton draws one bar. */
    :host([variant='compact']) {
      --_a: var(--bs-author-avatar-size, 2.5rem);
      --_h: var(--_a);
      --_n: -1;
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
    }
    .text {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
      min-block-size: var(--_h);
    }
    /* Only the heading's UA font size and weight to undo: the page's CSS does not reach it. */
    .name {
      font-size: 1.25em;
      font-weight: 700;
      margin: 0;
    }
    .role {
      color: var(--bs-muted, color-mix(in srgb, currentColor 72%, transparent));
    }
    /* At most N lines (or every line: below), each paragraph starting a line of its own, so N
       lines are exactly N lines of text. */
    .bio {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: var(--_n);
      overflow: hidden;
    }
    /* An author without a page to send readers to: the whole bio. */
    .text:not(:has(.more)) > .bio {
      display: block;
    }
    p {
      margin: 0;
    }
    /* One line, so it takes its reserved line at any width: the links keep their width (they
       wrap among themselves only when they alone are wider than the column) and "More from"
       gives way, ending in an ellipsis, down to a few letters; in a column too narrow even for
       that (large text on a phone), it takes a line of its own: never a focus stop with
       nothing to see. */
    .foot,
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
    }
    ul {
      flex: none;
      max-inline-size: 100%;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .more {
      flex: 1 1 3em;
      min-inline-size: min(3em, 100%);
      text-align: end;
      white-space: nowrap;
      font-weight: 600;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    a {
      color: var(--bs-accent, inherit);
    }
    /* The skeleton: a circle, and a bar on each line of the name, the role and the bio. */
    .skeleton.avatar {
      background: var(--_sk);
    }
    .lines {
      block-size: calc((var(--_n) + 2) * 1lh);
      inline-size: min(24em, 100%);
      background: linear-gradient(var(--_sk) 0 70%, #0000 0) 0 0 / 100% 1lh;
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
    :host([variant='compact']) :is(.name, .role) {
      font-size: 1em;
      min-inline-size: 0;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    :host([variant='compact']) .role {
      min-inline-size: min(4em, 40%);
    }
    :host([variant='compact']) :is(.error, button) {
      padding-block: 0;
    }
  `,
];
