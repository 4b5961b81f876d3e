import type { Meta, StoryObj, Args } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/related-stories/define.js';
import { createClient } from '../src/sdk/index.js';
import { memory } from '../src/sdk/sources/memory.js';
import { demo, failFirst, frame, hang, withSource, type Theme } from './support/demo';

const list = (args: Args) =>
  html`<related-stories
    article=${args.article || nothing}
    mode=${args.mode ?? nothing}
    limit=${args.limit ?? nothing}
    layout=${args.layout ?? nothing}
    variant=${args.variant || nothing}
    heading=${args.heading || nothing}
    heading-level=${args['heading-level'] ?? nothing}
    @broadsheet-error=${args.onBroadsheetError}
  ></related-stories>`;

const meta: Meta = {
  title: 'Components/related-stories',
  component: 'related-stories',
  args: { article: '101', mode: 'related', limit: 5, layout: 'list', variant: '', heading: '' },
  argTypes: {
    mode: { control: 'select', options: ['related', 'latest'] },
    layout: { control: 'select', options: ['list', 'grid'] },
    variant: { control: 'select', options: ['', 'stacked', 'horizontal', 'compact', 'hero'] },
  },
  render: (args) => demo(frame(list(args), { width: '40rem' })),
};
export default meta;
type Story = StoryObj;

const wide = (args: Args) => demo(frame(list(args), { width: '1040px' }));

// ── Ready ─────────────────────────────────────────────────────────────────────────────────

/** The reference page's five related stories: title and a one-line excerpt each. */
export const Related: Story = {};

/** `mode="latest"`: the newest stories except the current one. */
export const Latest: Story = { args: { mode: 'latest', limit: 4 } };

/** `layout="grid"`: stacked cards in columns of at least `--bs-related-column`. */
export const Grid: Story = { args: { layout: 'grid', limit: 4 }, render: wide };

/** Horizontal cards in a list. */
export const HorizontalCards: Story = { name: 'Horizontal cards', args: { variant: 'horizontal', limit: 3 } };

/** A custom heading at level 3. */
export const CustomHeading: Story = { name: 'Custom heading', args: { heading: 'More on Russia and China', 'heading-level': 3, limit: 3 } };

// ── Loading, empty, error ─────────────────────────────────────────────────────────────────

/** A source that never answers: the real heading over `limit` card skeletons. */
export const Loading: Story = {
  tags: ['loading'],
  render: (args) =>
    html`${demo(frame(list(args), { width: '40rem', label: 'list' }), { simulate: hang })}
    ${demo(frame(list({ ...args, layout: 'grid', limit: 4, heading: 'Related stories (grid)' }), { width: '1040px', label: 'grid' }), { simulate: hang })}`,
};

/** Nothing to show (a site with no other stories): the element renders nothing at all. */
export const Empty: Story = {
  args: { mode: 'latest' },
  render: (args) =>
    frame(
      html`<p>Above the list.</p>
        ${withSource(createClient({ source: memory({ articles: [], authors: [] }, { name: 'empty' }) }), list(args))}
        <p>Below the list: no heading, no gap.</p>`,
      { width: '40rem' },
    ),
};

/** The network fails once: the offline message and "Try again", which loads the list. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) =>
    demo(
      frame(
        html`${list(args)}`,
        { width: '40rem' },
      ),
      { simulate: failFirst(1) },
    ),
};

/** The play function clicks "Try again" and the list appears. */
export const ErrorThenRetry: Story = {
  name: 'Error, then retry',
  render: (args) => demo(frame(list(args), { width: '40rem' }), { simulate: failFirst(1) }),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('related-stories')!;
    await waitFor(() => expect(el.status).toBe('error'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await waitFor(() => expect(el.status).toBe('ready'));
    await expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length).toBe(5);
  },
};

// ── Content ───────────────────────────────────────────────────────────────────────────────

/** Latest stories include the very long headline, the Urdu one and accented ones. */
export const MixedContent: Story = {
  name: 'Long, unicode and RTL titles',
  args: { mode: 'latest', article: '', limit: 8 },
};

/** The list in a right-to-left (Urdu) page, with the Urdu labels the stories register. */
export const RightToLeft: Story = {
  name: 'RTL (Urdu)',
  args: { mode: 'latest', article: '', limit: 4 },
  render: (args) => demo(frame(list(args), { width: '40rem', dir: 'rtl', lang: 'ur' })),
};

// ── Containers and themes ─────────────────────────────────────────────────────────────────

export const Narrow: Story = {
  name: '320 px container',
  render: (args) =>
    html`<div style="display:flex;gap:2rem;flex-wrap:wrap;align-items:start">
      ${demo(frame(list(args), { width: '320px', label: 'list' }))}
      ${demo(frame(list({ ...args, layout: 'grid', limit: 2, heading: 'Related stories (grid)' }), { width: '320px', label: 'grid' }))}
    </div>`,
};

export const Wide: Story = { name: 'Wide container', args: { layout: 'grid' }, render: wide };

const themed = (theme: Theme) => (args: Args) => demo(frame(list(args), { theme, width: '40rem' }));

export const Dark: Story = { name: 'Dark theme', render: themed('dark') };
export const Brand: Story = { name: 'Brand theme', args: { layout: 'grid', limit: 3 }, render: (args) => demo(frame(list(args), { theme: 'brand', width: '1040px' })) };

export const DarkStates: Story = {
  name: 'Dark theme: loading and error',
  tags: ['loading'],
  render: (args) =>
    frame(
      html`${demo(frame(list({ ...args, limit: 3 }), { label: 'loading' }), { simulate: hang })}
      ${demo(frame(list({ ...args, heading: 'Related stories (error)' }), { label: 'error' }), { simulate: failFirst(1) })}`,
      { theme: 'dark', width: '40rem' },
    ),
};
