import { css } from './css.js';

/**
 * The loading and error states of the elements that load data. A module of its own, so
 * <comment-form>, which has neither, does not carry it.
 */
export const stateStyles = css`
  :host {
    --_sk: var(--bs-skeleton, color-mix(in srgb, currentColor 10%, transparent));
  }
  .skeleton {
    display: block;
    border-radius: var(--bs-radius, 4px);
    background: var(--_sk);
  }
  /* The border is in currentColor: the error colour. */
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0.75em 1em;
    border: 1px solid;
    border-radius: var(--bs-radius, 4px);
    /* Red mixed with the text colour: dark red on a light page, light red on a dark one. */
    color: var(--bs-error-color, color-mix(in srgb, red 60%, currentColor));
    /* Unset, a custom property leaves the background at its initial value: transparent. */
    background: var(--bs-surface);
  }
  .error p {
    margin: 0;
  }
  /* Forced colours (high contrast) would paint the bars in the page's own background. */
  @media (forced-colors: active) {
    :host {
      --_sk: GrayText;
    }
    .skeleton {
      forced-color-adjust: none;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: bs-pulse 1.5s ease-in-out infinite;
    }
    @keyframes bs-pulse {
      50% {
        opacity: 0.55;
      }
    }
  }
`;
