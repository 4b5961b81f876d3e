/**
 * Vue 3 with the elements, as the README shows it: `isCustomElement` tells Vue's template
 * compiler the tags are custom elements; Vue then sets properties it finds on an element
 * (`:data`, `:client`) and attributes otherwise, and `@event-name` listens to their events.
 * Vue's browser build compiles the template in the test.
 */
import { expect } from '@open-wc/testing';
import { createApp, nextTick, shallowRef } from 'vue/dist/vue.esm-browser.js';
import { waitUntil } from '../support/wait.js';
import { story, text } from '../components/article-card/support.js';
import '../../src/context/define.js';
import '../../src/components/article-card/define.js';
import '../../src/components/author-bio/define.js';
import '../../src/components/comment-form/define.js';
import type { ArticleCard } from '../../src/components/article-card/article-card.js';
import type { AuthorBio } from '../../src/components/author-bio/author-bio.js';
import type { CommentForm } from '../../src/components/comment-form/comment-form.js';
import { createClient } from '../../src/sdk/client.js';
import { isBroadsheetError } from '../../src/sdk/errors.js';
import { memory } from '../../src/sdk/sources/memory.js';

const TAGS = ['article-card', 'author-bio', 'related-stories', 'comment-form', 'news-source'];

describe('Vue 3', () => {
  it('renders the tags from a template: properties, attributes, slots and events', async () => {
    const articles = [story('1'), story('2')];
    const author = { id: '7', slug: 'saeed-minhas', name: 'Saeed Minhas', url: 'https://journal.example/author/saeed-minhas/', bio: '' };
    const client = createClient({ source: memory({ articles, authors: [], comments: [] }) });
    const events: string[] = [];
    const host = document.createElement('div');
    document.body.append(host);
    const app = createApp({
      // From setup(), not data(): the client and the story stay plain objects, not Vue proxies.
      setup: () => ({ client, author, story: shallowRef(articles[0]), variant: shallowRef('stacked') }),
      methods: {
        onError(e: CustomEvent<{ error: unknown }>) {
          events.push(`broadsheet-error:${isBroadsheetError(e.detail.error) ? e.detail.error.code : '?'}`);
        },
        onSubmitted(e: CustomEvent<{ result: { status: string } }>) {
          events.push(`comment-submitted:${e.detail.result.status}`);
        },
      },
      template: `
        <news-source :client="client">
          <article-card id="a" :data="story" :variant="variant" heading-level="2"></article-card>
          <article-card id="b" article="2"></article-card>
          <article-card id="c" article="404" @broadsheet-error="onError"></article-card>
          <author-bio id="d"><a href="https://journal.example/author/x/">Fallback</a></author-bio>
          <author-bio id="f" :data="author" structured-data></author-bio>
          <comment-form id="e" article="1" :min-fill-ms="0" @comment-submitted="onSubmitted"></comment-form>
        </news-source>`,
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => TAGS.includes(tag);
    const warnings: string[] = [];
    app.config.warnHandler = (msg: string) => void warnings.push(msg);
    const vm = app.mount(host) as unknown as { variant: string };
    try {
      const a = host.querySelector<ArticleCard>('#a')!;
      await a.updateComplete;
      expect(text(a, 'link'), ':data set as a property').to.equal('Story 1');
      expect(a.shadowRoot!.querySelector('[part="headline"]')!.getAttribute('aria-level'), 'attribute').to.equal('2');
      vm.variant = 'hero';
      await nextTick();
      expect(a.getAttribute('variant'), 'follows Vue state').to.equal('hero');

      const b = host.querySelector<ArticleCard>('#b')!;
      await waitUntil(() => b.status === 'ready', 'the card inside <news-source :client> loaded');
      expect(text(b, 'link')).to.equal('Story 2');

      await waitUntil(() => events.includes('broadsheet-error:not-found'), '@broadsheet-error reached Vue');

      const d = host.querySelector<AuthorBio>('#d')!;
      expect(d.querySelector('a')!.assignedSlot, 'the fallback child is slotted').to.not.equal(null);

      const f = host.querySelector<AuthorBio>('#f')!;
      await waitUntil(() => f.querySelector('script[type="application/ld+json"]'), 'a bare structured-data attribute turns it on');

      const e = host.querySelector<CommentForm>('#e')!;
      await e.updateComplete;
      const field = (id: string) => e.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
      field('body').value = 'A comment from Vue.';
      field('name').value = 'Reader';
      field('email').value = 'reader@example.com';
      await e.submit();
      expect(events).to.include('comment-submitted:published');
      expect(warnings, 'Vue did not warn (e.g. about unknown components)').to.deep.equal([]);
    } finally {
      app.unmount();
      host.remove();
    }
  });
});
