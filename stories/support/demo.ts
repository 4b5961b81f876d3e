/*
 * What every story file shares: data clients on the embedded demo dataset (optionally slow,
 * failing or hanging), a <news-source> around the story, container widths and themes.
 * Everything is local: the demo source is in memory and its pictures are bundled files.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js'; // our own constant CSS only
import { createClient, BroadsheetError, type NewsClient } from '../../src/sdk/index.js';
import type { MemoryOptions, MemoryOperation, MemoryCall, MemoryOutcome } from '../../src/sdk/sources/memory.js';
import { demoSource } from '../../src/demo/index.js';
import { registerLabels } from '../../src/components/shared/i18n.js';
import '../../src/context/define.js';

// What a site does once per language: the elements' texts in Urdu, for the RTL stories
// (`lang="ur"` on an ancestor picks them).
registerLabels('ur', {
  loading: 'لوڈ ہو رہا ہے…',
  loadError: 'یہ لوڈ نہیں ہو سکا۔',
  offline: 'یہ لوڈ نہیں ہو سکا۔ اپنا کنکشن چیک کر کے دوبارہ کوشش کریں۔',
  notFound: 'یہ اب دستیاب نہیں ہے۔',
  retry: 'دوبارہ کوشش کریں',
  readingTime: '{time} مطالعہ',
  related: 'متعلقہ خبریں',
  latest: 'تازہ ترین خبریں',
  more: '{name} کی مزید تحریریں',
});

export { BroadsheetError };
export type { MemoryOperation, MemoryCall };

let count = 0;

/**
 * A client on the demo dataset. Each call makes a new client with its own cache and its own
 * source name, so stories never share cached data or saved comment drafts (the draft key
 * includes the source key). No retries and no timeout, so an error shows at once and a
 * hanging source stays in its loading state for as long as the story is open.
 */
export function demoClient(options: MemoryOptions = {}): NewsClient {
  return createClient({
    source: demoSource({ ...options, name: `${options.name ?? 'story'}-${++count}` }),
    retries: 0,
    timeoutMs: 2_000_000_000, // ~23 days: setTimeout's maximum, so "hang" really hangs
  });
}

/** Never answers: the loading state, indefinitely. */
export const hang = (): MemoryOutcome => 'hang';

/**
 * Fails the first `times` calls with `error` (a network error by default), then answers
 * normally: the element shows its error and its retry button really works.
 */
export function failFirst(times = 1, error: () => Error = offline): MemoryOptions['simulate'] {
  let left = times;
  return () => (left-- > 0 ? error() : undefined);
}

export const offline = () => new BroadsheetError('network', 'Failed to fetch (simulated)');
export const serverError = () => new BroadsheetError('http', 'Internal Server Error (simulated)', { status: 500 });

/** Puts `content` inside a `<news-source>` that provides `client`. */
export const withSource = (client: NewsClient, content: unknown): TemplateResult =>
  html`<news-source .client=${client}>${content}</news-source>`;

/** `withSource(demoClient(options), content)`. */
export const demo = (content: unknown, options: MemoryOptions = {}): TemplateResult => withSource(demoClient(options), content);

// ── Containers and themes ────────────────────────────────────────────────────────────────

export type Theme = 'light' | 'dark' | 'brand';

/**
 * Themes are plain CSS custom properties on an ancestor: what a publisher's stylesheet does.
 * The elements inherit font and colour, and read `--bs-*` for the rest.
 */
export const themes: Record<Theme, Record<string, string>> = {
  light: {},
  dark: {
    'color-scheme': 'dark',
    background: '#121417',
    color: '#e8e6e3',
    padding: '1.25rem',
    '--bs-accent': '#8ab4f8',
    '--bs-muted': '#a9adb3',
    '--bs-error-color': '#ffb4ab',
    '--bs-skeleton': 'rgb(255 255 255 / 0.12)',
    '--bs-input-border': '1px solid #8a8f98',
    '--bs-input-background': '#1b1e22',
    '--bs-related-divider': '1px solid #2e3238',
  },
  brand: {
    background: '#fffdf9',
    color: '#2b1d14',
    padding: '1.25rem',
    '--bs-font-family': "Georgia, 'Times New Roman', serif",
    '--bs-accent': '#8a1538',
    '--bs-radius': '0',
    '--bs-gap': '1rem',
    '--bs-focus-ring': '3px solid #8a1538',
    '--bs-card-background': '#f6eee3',
    '--bs-card-padding': '0.75rem',
    '--bs-card-headline-weight': '600',
    '--bs-related-heading-size': '1.5em',
    '--bs-related-divider': '2px solid #8a1538',
    '--bs-author-avatar-size': '5rem',
    '--bs-input-border': '2px solid #2b1d14',
  },
};

/** What custom properties cannot reach is styled through the documented `::part`s. */
const themeCss: Partial<Record<Theme, string>> = {
  brand: `.bs-theme-brand comment-form::part(button) { background: #8a1538; border-color: #8a1538; color: #fff; }`,
};

export interface FrameOptions {
  /** A CSS length, e.g. `320px`; default: the canvas width. */
  width?: string;
  theme?: Theme;
  dir?: 'ltr' | 'rtl';
  lang?: string;
  /** A caption above the content (for matrices of variants). */
  label?: string;
}

/** A container of a given width, theme, direction and language around `content`. */
export function frame(content: unknown, { width, theme = 'light', dir, lang, label }: FrameOptions = {}): TemplateResult {
  const style = { ...themes[theme], ...(width ? { 'inline-size': width, 'max-inline-size': '100%' } : {}) };
  return html`<div class="frame bs-theme-${theme}" style=${styleMap(style)} dir=${dir ?? nothing} lang=${lang ?? nothing}>
    ${themeCss[theme] ? unsafeHTML(`<style>${themeCss[theme]}</style>`) : nothing}${label ? html`<p style="margin:0 0 .5rem;font:600 .75rem/1.2 system-ui,sans-serif;opacity:.8">${label}</p>` : nothing}${content}
  </div>`;
}

/** Cells side by side (wrapping), each with a caption: a matrix of variants or states. */
export function grid(cells: { label: string; content: unknown; width?: string }[], min = '16rem'): TemplateResult {
  return html`<div style="display:grid;gap:1.5rem;align-items:start;grid-template-columns:repeat(auto-fill,minmax(min(100%,${min}),1fr))">
    ${cells.map((c) => frame(c.content, { label: c.label, width: c.width }))}
  </div>`;
}

/** Removes saved comment drafts, so every comment-form story starts empty. */
export function clearDrafts(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith('broadsheet:comment-draft:')) localStorage.removeItem(key);
  } catch {
    /* storage unavailable: nothing saved either */
  }
}
