import type { Meta, StoryObj, Args } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/author-bio/define.js';
import type { Author } from '../src/sdk/model.js';
import { demoDataset } from '../src/demo/index.js';
import { demo, failFirst, frame, grid, hang, type Theme } from './support/demo';

const VARIANTS = ['full', 'compact'] as const;

const bio = (args: Args) =>
  html`<author-bio
    author=${args.author ?? nothing}
    variant=${args.variant ?? nothing}
    heading-level=${args['heading-level'] ?? nothing}
    @broadsheet-error=${args.onBroadsheetError}
  ></author-bio>`;

const variants = (args: Args, width?: string) =>
  grid(
    VARIANTS.map((variant) => ({ label: variant, content: bio({ ...args, variant }), width })),
    width ?? '22rem',
  );

const saeed = demoDataset.authors.find((a) => a.slug === 'saeed-minhas')!;

const meta: Meta = {
  title: 'Components/author-bio',
  component: 'author-bio',
  args: { author: 'saeed-minhas', variant: 'full' },
  argTypes: { variant: { control: 'select', options: VARIANTS } },
  render: (args) => demo(frame(bio(args), { width: '40rem' })),
};
export default meta;
type Story = StoryObj;

// ── Ready ─────────────────────────────────────────────────────────────────────────────────

/** The reference page's author box: Saeed Minhas, Chief Editor (National). */
export const Ready: Story = {};

/** Avatar, name and role on one line. */
export const Compact: Story = { args: { variant: 'compact' } };

/** Both variants. */
export const AllVariants: Story = { name: 'All variants', render: (args) => demo(variants(args)) };

/** An author with no links: no link row. */
export const NoLinks: Story = { name: 'No links', args: { author: 'lena-vogt-adeyemi' }, render: (args) => demo(variants(args)) };

/** No picture: the initials stand in for the avatar. Given as `.data` (no source). */
export const NoAvatar: Story = {
  name: 'No avatar (initials), data property',
  render: () => {
    const { avatar: _none, ...author } = saeed;
    return grid(VARIANTS.map((variant) => ({ label: variant, content: html`<author-bio .data=${author as Author} variant=${variant}></author-bio>` })));
  },
};

// ── Loading, empty, error ─────────────────────────────────────────────────────────────────

/** A source that never answers: the skeleton reserves the final size. */
export const Loading: Story = { tags: ['loading'], render: (args) => demo(variants(args), { simulate: hang }) };

/** No `author` and no `.data`: the publisher's fallback (light DOM) stays. */
export const Empty: Story = {
  render: () =>
    demo(frame(html`<author-bio><a href="https://demo.broadsheet.invalid/author/saeed-minhas/">Saeed Minhas</a></author-bio>`, { width: '40rem' })),
};

/** An author who no longer exists: "This is no longer available." and no retry. */
export const NotFound: Story = { name: 'Not found', args: { author: 'nobody' }, render: (args) => demo(variants(args)) };

/** The network fails once: the offline message with "Try again", which loads it. */
export const ErrorState: Story = { name: 'Error', render: (args) => demo(variants(args), { simulate: failFirst(1) }) };

/** The play function clicks "Try again" and the author appears. */
export const ErrorThenRetry: Story = {
  name: 'Error, then retry',
  render: (args) => demo(frame(bio(args), { width: '40rem' }), { simulate: failFirst(1) }),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('author-bio')!;
    await waitFor(() => expect(el.status).toBe('error'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await waitFor(() => expect(el.status).toBe('ready'));
    await expect(el.shadowRoot!.querySelector('[part~="name"]')?.textContent).toContain('Saeed Minhas');
  },
};

// ── Content ───────────────────────────────────────────────────────────────────────────────

/** Accented names: "Tomás Ibáñez". */
export const Unicode: Story = { args: { author: 'tomas-ibanez' }, render: (args) => demo(variants(args)) };

const urduAuthor: Author = {
  id: 'ur-1',
  slug: 'salman-ahmed',
  name: 'سلمان احمد',
  url: 'https://demo.broadsheet.invalid/author/salman-ahmed/',
  role: 'نامہ نگار، کراچی',
  // "Salman Ahmed reports on the coast, energy and fishing communities of Karachi."
  bio: 'سلمان احمد کراچی کے ساحل، توانائی اور ماہی گیر بستیوں کے بارے میں رپورٹنگ کرتے ہیں۔',
  links: [{ label: 'ویب سائٹ', url: 'https://salman.example.com/' }],
};

/** An Urdu author in a right-to-left page: the avatar moves to the right. */
export const RightToLeft: Story = {
  name: 'RTL (Urdu)',
  render: () =>
    frame(grid(VARIANTS.map((variant) => ({ label: variant, content: html`<author-bio .data=${urduAuthor} variant=${variant}></author-bio>` }))), {
      dir: 'rtl',
      lang: 'ur',
    }),
};

const longBio = {
  ...saeed,
  bio: `${saeed.bio}\nBefore that he spent a decade as a reporter and sub-editor, covering parliament, the courts and three general elections, and taught reporting to journalism students in Lahore and Islamabad.\nHe writes about foreign policy, federal politics and the relationship between the state and the press.`,
};

/**
 * A bio longer than the reserved three lines: three lines and an ellipsis, the rest on the
 * author's page ("More from"); with `--bs-author-bio-lines: 8`, all of it; an author without a
 * page shows the whole bio.
 */
export const LongBio: Story = {
  name: 'Long bio',
  render: () =>
    frame(
      grid([
        { label: 'default: 3 lines', content: html`<author-bio .data=${longBio}></author-bio>` },
        { label: '--bs-author-bio-lines: 8', content: html`<author-bio style="--bs-author-bio-lines: 8" .data=${longBio}></author-bio>` },
        { label: 'no author page: whole', content: html`<author-bio .data=${{ ...longBio, url: undefined }}></author-bio>` },
      ]),
      { width: '40rem' },
    ),
};

// ── Containers and themes ─────────────────────────────────────────────────────────────────

export const Narrow: Story = { name: '320 px container', render: (args) => demo(variants(args, '320px')) };

export const Wide: Story = {
  name: 'Wide container',
  render: (args) => demo(html`${VARIANTS.map((variant) => frame(bio({ ...args, variant }), { width: '1040px', label: variant }))}`),
};

const themed = (theme: Theme) => (args: Args) => demo(frame(variants(args), { theme }));

export const Dark: Story = { name: 'Dark theme', render: themed('dark') };
export const Brand: Story = { name: 'Brand theme', render: themed('brand') };

export const DarkStates: Story = {
  name: 'Dark theme: loading and error',
  tags: ['loading'],
  render: (args) =>
    frame(
      grid([
        { label: 'loading', content: demo(bio(args), { simulate: hang }) },
        { label: 'error', content: demo(bio(args), { simulate: failFirst(1) }) },
      ]),
      { theme: 'dark' },
    ),
};
