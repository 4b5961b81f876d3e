import { css } from '../shared/css.js';
import { baseStyles } from '../shared/styles.js';

/*
 * The live regions and the posted comment come after the button, so a message arriving late
 * moves nothing the reader is looking at above it. Field messages appear between the label and
 * the input (GOV.UK), only in answer to the reader's own submit or blur.
 */
export const styles = [
  baseStyles,
  css`
    :host {
      --_gap: var(--bs-form-gap, var(--bs-gap, 1em));
      /* Red mixed with the text colour: dark red on a light page, light red on a dark one. */
      --_err: var(--bs-error-color, color-mix(in srgb, red 60%, currentColor));
    }
    .heading {
      margin-block-end: var(--_gap);
      font-size: 1.25em;
      font-weight: 700;
    }
    form,
    .field {
      display: grid;
      gap: var(--_gap);
    }
    .field {
      gap: 0.25em;
    }
    label {
      font-weight: 600;
    }
    p {
      margin: 0;
    }
    .message,
    .alert {
      color: var(--_err);
      font-weight: 600;
    }
    input,
    textarea {
      inline-size: 100%;
      padding: 0.5em 0.625em;
      border: var(--bs-input-border, 1px solid);
      border-radius: var(--bs-radius, 4px);
      background: var(--bs-input-background); /* transparent when unset */
      color: inherit;
      font: inherit;
    }
    textarea {
      resize: block;
    }
    [aria-invalid='true'] {
      border-color: var(--_err);
      box-shadow: inset 0 0 0 1px var(--_err);
    }
    button {
      justify-self: start;
      border-color: var(--bs-accent, currentColor);
      font-weight: 600;
    }
    button[aria-disabled='true'] {
      opacity: 0.6;
      cursor: progress;
    }
    .status:not(:empty),
    .alert:not(:empty),
    .comment {
      margin-block-start: var(--_gap);
    }
    .comment {
      padding-inline-start: 1em;
      border-inline-start: 3px solid var(--bs-accent, currentColor);
    }
    .author {
      font-weight: 700;
    }
    .badge {
      font-style: italic;
    }
    .text {
      white-space: pre-line;
    }
  `,
];
