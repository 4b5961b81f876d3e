/**
 * Hostile host CSS: pages whose global CSS was written without us in mind (universal resets,
 * `* { all: unset }`, tag rules that hide divs, links and pictures, content-box sizing, huge
 * type, a zero line height, right-aligned, unwrapped or indented-away text). Every element
 * must stay legible: its key text visible, no two lines on top of each other, nothing pushed
 * out of its box, and the comment form's controls usable.
 *
 * What we take from the host on purpose (see SECURITY.md, "Host page CSS"): font family, size,
 * weight and style, colour, letter and word spacing, text transform, direction and language.
 * What we pin: box sizing, line height (themable with --bs-line-height), text alignment
 * (start), wrapping (white-space), text indent, and every margin, list and link style inside
 * the shadow root.
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/context/define.js';
import '../../src/components/article-card/define.js';
import '../../src/components/author-bio/define.js';
import '../../src/components/related-stories/define.js';
import '../../src/components/comment-form/define.js';
import type { NewsSource } from '../../src/context/define.js';
import { createClient } from '../../src/sdk/client.js';
import { demoDataset, demoSource } from '../../src/demo/index.js';
import { clearStages, make, settle, stage } from './support.js';
import { linesOutside, overlappingLines, visibleTextArea } from './legibility.js';

const SCENARIOS: [name: string, css: string][] = [
  // The control: the checks pass on a page without hostile CSS.
  ['none (the control)', ''],
  [
    'a universal reset: *, *::before, *::after { all: unset }',
    `*, *::before, *::after { all: unset; }
     head, script, style, title, meta, link, template { display: none !important; }`,
  ],
  [
    'tag rules that hide divs, paragraphs, links, pictures and form controls, and content-box sizing everywhere',
    `div, p, span, a, img, ul, li, section, article, form, input, textarea, button, label, h1, h2, h3, h4, h5, h6 { display: none !important; }
     * , *::before, *::after { box-sizing: content-box !important; padding: 3px; border: 2px solid; }`,
  ],
  [
    'hostile typography on <body>: huge type, line-height 0, right-aligned, unwrapped, indented away',
    `html { font-size: 40px; }
     body { font-size: 48px; line-height: 0; text-align: right; white-space: nowrap; text-indent: -9999px;
            letter-spacing: 0.2em; word-spacing: 0.5em; text-transform: uppercase; font-style: italic; }`,
  ],
  [
    'the same on every element, !important',
    `* { font-size: 32px !important; line-height: 0 !important; text-align: right !important; white-space: nowrap !important;
         text-indent: -9999px !important; letter-spacing: 0.2em !important; word-spacing: 0.5em !important; text-transform: uppercase !important; }`,
  ],
  [
    'the classic resets: * { margin: 0; padding: 0; font: inherit; vertical-align: baseline } and line-height: 1',
    `* { margin: 0; padding: 0; border: 0; font: inherit; vertical-align: baseline; }
     html { line-height: 1; -webkit-text-size-adjust: 100%; } ol, ul { list-style: none; }
     a { text-decoration: none; color: inherit; display: none; } img { display: none; max-width: 100%; }`,
  ],
];

const articles = demoDataset.articles.slice(0, 4);
const author = demoDataset.articles[0].authors[0];
const sr = (el: Element) => el.shadowRoot!;
const parts = (el: Element, name: string) => [...sr(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

let sheet: HTMLStyleElement | undefined;
afterEach(() => {
  sheet?.remove();
  sheet = undefined;
  clearStages();
});

/** Every legibility problem of `host` (in `container`) and of the parts named in `key`. */
function problems(host: HTMLElement, container: HTMLElement, key: [el: Element, what: string][]): string[] {
  const out: string[] = [];
  for (const [el, what] of key) if (!(visibleTextArea(el) > 0)) out.push(`${what}: no visible text`);
  out.push(...overlappingLines(host).map((p) => `lines overlap: ${p}`));
  out.push(...linesOutside(host, container).map((p) => `text outside the box: ${p}`));
  return out;
}

for (const [name, css] of SCENARIOS) {
  describe(`hostile host CSS: ${name}`, () => {
    let s: HTMLElement;
    beforeEach(() => {
      sheet = document.createElement('style');
      sheet.textContent = css;
      document.head.append(sheet);
      s = stage(360);
    });

    it('<article-card>: headline, excerpt and meta visible in every variant, lines apart, inside the card', async () => {
      const cards = ['stacked', 'horizontal', 'compact', 'hero'].map((variant, i) => make<HTMLElement>(s, 'article-card', { data: articles[i] }, { variant }));
      await settle(s);
      for (const card of cards) {
        const v = card.getAttribute('variant');
        const key: [Element, string][] = ['headline', 'excerpt', 'meta'].map((p) => [parts(card, p)[0], `${v} ${p}`]);
        expect(problems(card, s, key), `${v} card`).to.deep.equal([]);
      }
    });

    it('<author-bio>: name, role and bio visible, full and compact', async () => {
      const bios = ['full', 'compact'].map((variant) => make<HTMLElement>(s, 'author-bio', { data: author }, { variant }));
      await settle(s);
      for (const bio of bios) {
        const v = bio.getAttribute('variant');
        const key: [Element, string][] = (v == 'full' ? ['name', 'role', 'text'] : ['name', 'role']).map((p) => [parts(bio, p)[0], `${v} ${p}`]);
        expect(problems(bio, s, key), `${v} bio`).to.deep.equal([]);
      }
    });

    it('<related-stories>: heading and every card headline visible, list and grid', async () => {
      const lists = ['list', 'grid'].map((layout) => make<HTMLElement>(s, 'related-stories', { data: articles }, { layout }));
      await settle(s);
      for (const list of lists) {
        const cards = [...sr(list).querySelectorAll('article-card')];
        const key: [Element, string][] = [[parts(list, 'heading')[0], 'heading'], ...cards.map((c, i): [Element, string] => [parts(c, 'headline')[0], `card ${i} headline`])];
        expect(problems(list, s, key), `${list.getAttribute('layout')}`).to.deep.equal([]);
      }
    });

    it('<comment-form>: labels visible, inputs sized inside the form and usable, the answer readable', async () => {
      const source = make<NewsSource>(s, 'news-source', {
        client: createClient({ source: demoSource({ name: `css-${Math.random().toString(36).slice(2, 8)}` }) }),
      });
      const form = make<HTMLElement>(source, 'comment-form', {}, { article: '101', 'min-fill-ms': '0' });
      await settle(s);
      const key: [Element, string][] = [[parts(form, 'heading')[0], 'heading'], ...parts(form, 'label').map((l, i): [Element, string] => [l, `label ${i}`]), [parts(form, 'button')[0], 'button']];
      expect(problems(form, s, key), 'the form').to.deep.equal([]);
      const box = s.getBoundingClientRect();
      const controls = [...sr(form).querySelectorAll<HTMLElement>('input:not(#hp), textarea, button')];
      for (const c of controls) {
        const r = c.getBoundingClientRect();
        expect(r.width, `${c.id || c.localName}: width`).to.be.at.least(40);
        expect(r.height, `${c.id || c.localName}: height`).to.be.at.least(12);
        expect(r.left >= box.left - 1 && r.right <= box.right + 1, `${c.id || c.localName} inside the form (${r.left}–${r.right} in ${box.left}–${box.right})`).to.be.true;
        c.focus();
        expect(sr(form).activeElement, `${c.id || c.localName} takes focus`).to.equal(c);
      }
      const values = { body: 'Still readable.', name: 'Ann Reader', email: 'ann@example.com' };
      for (const [f, v] of Object.entries(values)) {
        const input = sr(form).querySelector<HTMLInputElement>('#' + f)!;
        input.value = v;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      }
      const done = oneEvent(form, 'comment-submitted');
      parts(form, 'button')[0].click();
      await done;
      await settle(s);
      const answer: [Element, string][] = [[parts(form, 'status')[0], 'status'], [parts(form, 'comment')[0], 'the posted comment']];
      expect(problems(form, s, answer), 'after sending').to.deep.equal([]);
    });
  });
}
