import type { Meta, StoryObj, Args } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/article-card/define.js';
import type { ArticleCardVariant } from '../src/components/article-card/define.js';
import { demoDataset } from '../src/demo/index.js';
import { demo, failFirst, frame, grid, hang, serverError, type Theme } from './support/demo';

const VARIANTS: ArticleCardVariant[] = ['stacked', 'horizontal', 'compact', 'hero'];

/** One card from the args (the Controls panel drives every attribute). */
const card = (args: Args) =>
  html`<article-card
    article=${args.article ?? nothing}
    variant=${args.variant ?? nothing}
    heading-level=${args['heading-level'] ?? nothing}
    hide=${args.hide || nothing}
    sizes=${args.sizes || nothing}
    @broadsheet-error=${args.onBroadsheetError}
  ></article-card>`;

/** The four variants side by side, for the same article. */
const variants = (args: Args, width?: string) =>
  grid(
    VARIANTS.map((variant) => ({ label: variant, content: card({ ...args, variant }), width })),
    width ? width : '16rem',
  );

const meta: Meta = {
  title: 'Components/article-card',
  component: 'article-card',
  args: { article: '101', variant: 'stacked', 'heading-level': 3, hide: '', sizes: '' },
  argTypes: {
    variant: { control: 'select', options: VARIANTS },
    hide: { control: 'text' },
  },
  render: (args) => demo(frame(card(args), { width: '22rem' })),
};
export default meta;
type Story = StoryObj;

// ── Ready ─────────────────────────────────────────────────────────────────────────────────

/** The reference article, stacked (the default variant). Use the controls to try the rest. */
export const Ready: Story = {};

export const Horizontal: Story = { args: { variant: 'horizontal' }, render: (args) => demo(frame(card(args), { width: '36rem' })) };
export const Compact: Story = { args: { variant: 'compact' } };
export const Hero: Story = { args: { variant: 'hero' }, render: (args) => demo(frame(card(args), { width: '48rem' })) };

/** Every variant of the same story. */
export const AllVariants: Story = { name: 'All variants', render: (args) => demo(variants(args)) };

/** `.data` set directly: no `<news-source>`, no fetching at all. */
export const DataProperty: Story = {
  name: 'Data property (no source)',
  render: (args) => frame(html`<article-card .data=${demoDataset.articles[2]} variant=${args.variant}></article-card>`, { width: '22rem' }),
};

/** `hide` leaves out parts of the card. */
export const HiddenParts: Story = {
  name: 'Hidden parts',
  args: { hide: 'image excerpt reading-time' },
  render: (args) => demo(grid([{ label: `hide="${args.hide}"`, content: card(args) }, { label: 'hide="section author date"', content: card({ ...args, hide: 'section author date' }) }])),
};

// ── Loading, empty, error ─────────────────────────────────────────────────────────────────

/** A source that never answers: the skeleton of each variant, at its final size. */
export const Loading: Story = {
  tags: ['loading'],
  render: (args) => demo(variants(args), { simulate: hang }),
};

/** A deleted story (`not-found`): "This is no longer available.", no retry, and the light-DOM fallback link. */
export const NotFound: Story = {
  name: 'Empty (not found)',
  args: { article: 'no-such-story' },
  render: (args) =>
    demo(
      frame(
        html`<article-card article=${args.article} variant=${args.variant}><a href="https://demo.broadsheet.invalid/">Read the story</a></article-card>`,
        { width: '22rem' },
      ),
    ),
};

/** The network fails once: each variant shows the offline message; "Try again" loads it. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) => demo(variants(args), { simulate: failFirst(1) }),
};

/** A server error (HTTP 500): the generic message and a retry. */
export const ServerError: Story = {
  name: 'Error (server)',
  render: (args) => demo(frame(card(args), { width: '22rem' }), { simulate: failFirst(1, serverError) }),
};

/** The retry button really retries: the play function clicks it and the card appears. */
export const ErrorThenRetry: Story = {
  name: 'Error, then retry',
  render: (args) => demo(frame(card(args), { width: '22rem' }), { simulate: failFirst(1) }),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('article-card')!;
    await waitFor(() => expect(el.status).toBe('error'));
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!;
    retry.click();
    await waitFor(() => expect(el.status).toBe('ready'));
    await expect(el.shadowRoot!.querySelector('[part~="link"]')?.textContent).toContain("Russia's China Dilemma");
  },
};

/** A slow source (1.5 s): the skeleton, then the card in the same space. */
export const Slow: Story = {
  name: 'Slow source (1.5 s)',
  render: (args) => demo(variants(args), { latencyMs: 1500 }),
};

// ── Content ───────────────────────────────────────────────────────────────────────────────

/** The demo's very long headline: clamped to the reserved lines in every variant. */
export const LongTitle: Story = { name: 'Long title', args: { article: '108' }, render: (args) => demo(variants(args)) };

/** Accented Latin text: "Café Prices and the Cocoa Squeeze in Côte d’Ivoire", "Tomás Ibáñez". */
export const Unicode: Story = { args: { article: '114' }, render: (args) => demo(variants(args)) };

/** The Urdu story in a right-to-left page (`dir="rtl" lang="ur"`): layout mirrors; dates, numbers and labels in Urdu (`registerLabels('ur', …)`). */
export const RightToLeft: Story = {
  name: 'RTL (Urdu)',
  args: { article: '109' },
  render: (args) => demo(frame(variants(args), { dir: 'rtl', lang: 'ur' })),
};

/**
 * The Urdu headline inside an English, left-to-right page: the model has no language or
 * direction per story, so the text runs right to left inside a left-aligned box.
 */
export const RtlInLtrPage: Story = { name: 'Urdu headline in an LTR page', args: { article: '109' }, render: (args) => demo(variants(args)) };

/** A story with no picture: no empty picture box. */
export const NoImage: Story = { name: 'No image', args: { article: '110' }, render: (args) => demo(variants(args)) };

/** Two authors, joined in the reader's language. */
export const TwoAuthors: Story = { name: 'Two authors', args: { article: '112' } };

/** `lang="fr"`: the date and reading time in French. */
export const French: Story = { name: 'Localised (fr)', render: (args) => demo(frame(card(args), { width: '22rem', lang: 'fr' })) };

// ── Containers and themes ─────────────────────────────────────────────────────────────────

/** Every variant in a 320 px container (a small phone). */
export const Narrow: Story = { name: '320 px container', render: (args) => demo(variants(args, '320px')) };

/** Every variant in a wide (1040 px) container. */
export const Wide: Story = {
  name: 'Wide container',
  render: (args) => demo(html`${VARIANTS.map((variant) => frame(card({ ...args, variant }), { width: '1040px', label: variant }))}`),
};

const themed = (theme: Theme) => (args: Args) => demo(frame(variants(args), { theme }));

/** A dark page: the card inherits the text colour; `--bs-accent`, `--bs-muted`, `--bs-skeleton` adjust the rest. */
export const Dark: Story = { name: 'Dark theme', render: themed('dark') };

/** A publisher's brand through `--bs-*` custom properties: serif type, square corners, tinted cards. */
export const Brand: Story = { name: 'Brand theme', render: themed('brand') };

/** The dark theme while loading and after an error. */
export const DarkStates: Story = {
  name: 'Dark theme: loading and error',
  tags: ['loading'],
  render: (args) =>
    frame(
      grid([
        { label: 'loading', content: demo(card(args), { simulate: hang }) },
        { label: 'error', content: demo(card(args), { simulate: failFirst(1) }) },
      ]),
      { theme: 'dark' },
    ),
};
