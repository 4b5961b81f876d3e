import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
// Written by `npm run analyze` (run by `npm start` and `npm run build-storybook`).
import manifest from '../custom-elements.json';
import { argTypesFor, type CemManifest } from './cem';
import { clearDrafts } from '../stories/support/demo';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'alpha' },
    docs: {
      // Our own mapping from the manifest (see cem.ts): attributes, properties, methods,
      // events, slots, CSS custom properties and parts, each in its own row.
      extractArgTypes: (tagName: string) => argTypesFor(manifest as CemManifest, tagName),
      toc: true,
    },
    // Violations show as failures in the Accessibility panel; CI runs axe on every story too
    // (scripts/test-storybook.mjs).
    a11y: { test: 'error' },
    options: {
      storySort: { order: ['Pages', 'Components', ['news-source', 'article-card', 'author-bio', 'related-stories', 'comment-form']] },
    },
  },
  // Saved comment drafts would carry text from one story into the next.
  beforeEach: () => clearDrafts(),
  decorators: [
    // CSS custom property controls (`--bs-*` rows in the Controls panel) apply to the story.
    (story, { args }) => {
      const vars = Object.fromEntries(Object.entries(args).filter(([k, v]) => k.startsWith('--') && v !== undefined && v !== ''));
      return Object.keys(vars).length ? html`<div style=${styleMap(vars as Record<string, string>)}>${story()}</div>` : story();
    },
  ],
};
export default preview;
