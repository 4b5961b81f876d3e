import { css } from './css.js';

/**
 * Styles every element shares. Custom properties all start with `--bs-`; component-level ones
 * (`--bs-card-…`) fall back to these system-level ones, which fall back to the host page's
 * inherited font and colour.
 *
 * What we take from the host on purpose: `font-family`, `color`, `direction`, `lang`. What we
 * pin: box sizing, line heights, margins, list and link resets inside the shadow root, so a
 * page's global CSS cannot collapse the layout.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--bs-font-family, inherit);
    color: var(--bs-color, inherit);
    /* Pinned even against the page's !important rules on the host (an !important in the
       shadow root's :host wins over the page's): the page cannot collapse, misalign, unwrap or
       indent away our text. The line height stays themable through --bs-line-height. */
    line-height: var(--bs-line-height, 1.45) !important;
    text-align: start !important;
    text-indent: 0 !important;
    white-space: normal !important;
    overflow-wrap: anywhere;
    /* -webkit-text-size-adjust is left to the page (inherited): our text scales with its own. */
  }
  :host([hidden]) {
    display: none;
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  a {
    color: inherit;
  }
  :focus-visible {
    outline: var(--bs-focus-ring, 2px solid var(--bs-accent, currentColor));
    outline-offset: 2px;
  }
  /* Out of the flow and clipped to nothing, still read out. */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button {
    font: inherit;
    cursor: pointer;
    padding: 0.4em 1em;
    border: 1px solid;
    border-radius: var(--bs-radius, 4px);
    background: var(--bs-button-background); /* transparent when unset */
    color: inherit;
  }
`;
