/**
 * The CDN build, dist/embed.js, on a real WordPress: a page that has nothing but the script tag
 * and the tags, in an iframe (its own document and custom-element registry). Needs `npm run build`
 * (the runner checks it).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { article, post, REST, RUSSIA, texturized } from './support.js';

type Loadable = HTMLElement & { status?: string; value?: any };

/** A page with `body` and dist/embed.js, the script before or after the tags. */
async function page(body: string, script: 'before' | 'after'): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 1500px';
  const tag = '<script type="module" src="/dist/embed.js"></script>';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${script == 'before' ? tag : ''}</head>
    <body>${body}${script == 'after' ? tag : ''}</body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await waitUntil(() => win.customElements.get('news-source') && win.customElements.get('comment-form'), 'embed.js registered the tags');
  return frame.contentDocument!;
}

const tags = () => `<news-source api="${REST}">
  <article-card article="${post(RUSSIA)}"></article-card>
  <author-bio author="saeed-minhas"></author-bio>
  <related-stories article="${post(RUSSIA)}"></related-stories>
  <comment-form article="${post(RUSSIA)}"></comment-form>
</news-source>`;

async function expectRendered(doc: Document) {
  const loadables = [...doc.querySelectorAll<Loadable>('article-card, author-bio, related-stories')];
  await waitUntil(() => loadables.every((e) => e.status && e.status != 'loading'), 'the elements never got data: ' + loadables.map((e) => `${e.localName}:${e.status}`).join(' '), {
    timeout: 10000,
  });
  expect(loadables.map((e) => e.status)).to.deep.equal(['ready', 'ready', 'ready']);
  const card = doc.querySelector<Loadable>('article-card')!;
  expect(card.shadowRoot!.querySelector('[part~=link]')!.textContent!.trim()).to.equal(texturized(article(RUSSIA).title));
  expect(doc.querySelector<Loadable>('author-bio')!.value.role).to.equal('Chief Editor (National)');
  expect(doc.querySelector('comment-form')!.shadowRoot!.querySelector('form')).to.not.equal(null);
}

describe('dist/embed.js on WordPress', () => {
  it('tags added after the script ran: every element renders WordPress’s data', async () => {
    const doc = await page('', 'before');
    doc.body.innerHTML = tags();
    await expectRendered(doc);
  });

  // The publisher's case, and a regression test: the tags upgrade as the script registers them and
  // ask for their client (a @lit/context request) before <news-source> may exist; they must still get
  // it (they used to stay in the loading skeleton forever, with no request and no error).
  it('tags in the page’s HTML before the script (the publisher’s case): every element renders', async () => {
    const doc = await page(tags(), 'after');
    await expectRendered(doc);
  });
});
