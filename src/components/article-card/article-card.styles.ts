import { css } from '../shared/css.js';
import { baseStyles } from '../shared/styles.js';
import { stateStyles } from '../shared/state-styles.js';

/**
 * Every text row has a fixed height of `--n` lines of `--lh` (clamped, and reserved when the
 * text is shorter), and the picture a 16:9 box, so the skeleton and the card are the same size.
 */
export const styles = [
  baseStyles,
  stateStyles,
  css`
    :host {
      --_gap: var(--bs-card-gap, var(--bs-gap, 0.75em));
      --_radius: var(--bs-card-radius, var(--bs-radius, 4px));
      --_hl: var(--bs-card-headline-lines, 3);
      --_xl: var(--bs-card-excerpt-lines, 1);
      --_hs: var(--bs-card-headline-size, 1.2em);
    }
    :host([variant='compact']) {
      --_hl: var(--bs-card-headline-lines, 2);
      --_hs: var(--bs-card-headline-size, 1.05em);
    }
    :host([variant='horizontal']) {
      --_w: var(--bs-card-media-size, 38%);
    }
    :host([variant='hero']) {
      --_xl: var(--bs-card-excerpt-lines, 2);
      --_hs: var(--bs-card-headline-size, 1.75em);
    }
    .card {
      position: relative;
      padding: var(--bs-card-padding, 0);
      border-radius: var(--_radius);
      background: var(--bs-card-background); /* transparent when unset */
    }
    /*
     * Offscreen, everything inside the card's padding skips style, layout and paint: a long
     * list costs what the cards in view do. Its size meanwhile is exact, so a card coming into
     * view moves nothing: every text row has a fixed height (their sum is \`--_b\`), and the
     * picture's room is padding, a percentage of this box's width (16:9 above the text, or
     * beside it in the horizontal variant, where the taller of the two sets the height).
     */
    .c {
      position: relative;
      content-visibility: var(--bs-card-visibility, auto);
      contain-intrinsic-size: auto none auto var(--_b);
      --_b: calc(1.25 * var(--_hl) * var(--_hs) + var(--_s, 0px) + var(--_e, 0px) + var(--_m, 0px));
      /* a one-line row (section, meta) and the gap above or below it */
      --_l: calc(1.1375em + var(--_gap) / 2);
    }
    .c:has(> .media) {
      padding-top: calc(56.25% + var(--_gap));
    }
    :host([variant='horizontal']) .c:has(> .media) {
      padding: 0 0 max(0px, var(--_w) * 9 / 16 - var(--_b));
    }
    /* Beside the picture (horizontal; elsewhere \`--_w\` is unset and so is this margin). */
    .media ~ .body {
      margin-inline-start: calc(var(--_w) + var(--_gap));
    }
    a:not(:hover) {
      text-decoration: none;
    }
    /* The headline's link covers the card (inside its padding): one link, one tab stop. */
    a::after {
      content: '';
      position: absolute;
      inset: 0;
    }
    a:focus-visible {
      outline: none;
    }
    .card:has(a:focus-visible) {
      outline: var(--bs-focus-ring, 2px solid var(--bs-accent, currentColor));
      outline-offset: 2px;
    }
    /*
     * Its <img> is made when the card first renders (see \`_seen\`). Contained on its own too:
     * it tells when that happens when \`--bs-card-visibility\` is not \`auto\`.
     */
    .media {
      content-visibility: auto;
      position: absolute;
      inset: 0 auto auto;
      inline-size: var(--_w, 100%);
      aspect-ratio: 16 / 9;
      overflow: hidden;
      border-radius: var(--_radius);
      background: var(--_sk);
    }
    img {
      display: block;
      inline-size: 100%;
      block-size: 100%;
      object-fit: cover;
    }
    .body {
      display: grid;
      gap: calc(var(--_gap) / 2);
    }
    .c:has(.section) {
      --_s: var(--_l);
    }
    .c:has(.meta:not([hidden])) {
      --_m: var(--_l);
    }
    .c:has(.excerpt) {
      --_e: calc(1.4em * var(--_xl) + var(--_gap) / 2);
    }
    .body > * {
      --lh: 1.4;
      --n: 1;
      margin: 0;
      overflow: hidden;
      line-height: var(--lh);
      block-size: calc(var(--lh) * var(--n) * 1em);
    }
    .headline {
      --lh: 1.25;
      --n: var(--_hl);
      font-size: var(--_hs);
      font-weight: var(--bs-card-headline-weight, 700);
    }
    .excerpt {
      --n: var(--_xl);
    }
    .excerpt,
    .meta {
      color: var(--bs-muted, color-mix(in srgb, currentColor 72%, transparent));
    }
    .headline,
    .excerpt {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: var(--n);
    }
    .line {
      font-size: 0.8125em;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .section {
      font-weight: 600;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--bs-accent, inherit);
    }
    .meta span:not([hidden]) ~ span::before {
      content: '· ';
    }
    /* One bar per reserved line. */
    .body > .skeleton {
      display: block;
      background: linear-gradient(var(--_sk) 0 70%, transparent 0) 0 0 / 100% calc(var(--lh) * 1em);
    }
  `,
];
