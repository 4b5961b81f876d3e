import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/context/define.js';
import '../src/components/article-card/define.js';
import '../src/components/author-bio/define.js';
import { demoClient, frame, grid } from './support/demo';

const meta: Meta = {
  title: 'Components/news-source',
  component: 'news-source',
};
export default meta;
type Story = StoryObj;

const content = html`${grid([
  { label: 'article-card article="103"', content: html`<article-card article="103"></article-card>` },
  { label: 'article-card article="104" variant="compact"', content: html`<article-card article="104" variant="compact"></article-card>` },
  { label: 'author-bio author="farah-qadri" variant="compact"', content: html`<author-bio author="farah-qadri" variant="compact"></author-bio>` },
])}`;

/**
 * `source="demo"`: the embedded demo dataset, loaded on demand; what a page uses to try the
 * elements without a backend. (`api="https://site/wp-json"` reads a WordPress site instead; an
 * element's own `api` attribute wins over the enclosing source.)
 */
export const DemoSource: Story = {
  name: 'source="demo"',
  render: () => html`<news-source source="demo">${content}</news-source>`,
};

/** `.client`: any client made with `createClient()` (here the demo source, 800 ms slow). */
export const ClientProperty: Story = {
  name: '.client (slow source)',
  render: () => html`<news-source .client=${demoClient({ latencyMs: 800 })}>${content}</news-source>`,
};

/** Nested sources: the inner one wins for what it contains. */
export const Nested: Story = {
  render: () =>
    html`<news-source source="demo">
      ${frame(html`<article-card article="101" variant="compact"></article-card>`, { label: 'outer: source="demo"' })}
      <news-source .client=${demoClient({ name: 'inner' })}>
        ${frame(html`<article-card article="107" variant="compact"></article-card>`, { label: 'inner: .client' })}
      </news-source>
    </news-source>`,
};
