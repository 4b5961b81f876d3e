/**
 * A site that imports the element classes (not the registration modules) and registers them
 * under its own names. This file must never import a `define` module of the card: the page
 * would then have `<article-card>` registered, and a class can be registered only once.
 */
import { html, expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { ArticleCard } from '../../../src/components/article-card/article-card.js';
import { RelatedStories } from '../../../src/components/related-stories/related-stories.js';
import { NewsSource } from '../../../src/context/news-source.js';
import { createClient } from '../../../src/sdk/client.js';
import { memory } from '../../../src/sdk/sources/memory.js';
import { demoDataset } from '../../../src/demo/dataset.js';
import { mount, $$, part, text, story } from '../article-card/support.js';

customElements.define('site-source', NewsSource);
customElements.define('site-card', ArticleCard);
customElements.define('site-related', RelatedStories);

describe('<related-stories> with the card class registered under another name', () => {
  it('renders <site-card> elements when the site registered ArticleCard as site-card', async () => {
    const client = createClient({ source: memory(demoDataset), retries: 0 });
    const wrapper = await mount(html`<div style="inline-size:640px">
      <site-source .client=${client}><site-related article="101"></site-related></site-source>
    </div>`);
    const el = wrapper.querySelector<RelatedStories>('site-related')!;
    await waitUntil(() => el.status === 'ready', 'did not load', { timeout: 5000 });
    await el.updateComplete;

    const items = $$(el, 'li > *');
    expect(items.map((c) => c.localName)).to.deep.equal(['site-card', 'site-card', 'site-card', 'site-card']);
    expect(items.every((c) => c instanceof ArticleCard), 'upgraded cards').to.be.true;
    await Promise.all(items.map((c) => (c as ArticleCard).updateComplete));
    expect(text(items[0], 'headline')).to.equal(demoDataset.articles.find((a) => a.id === '104')!.title);
    expect(customElements.get('article-card'), 'the default tag was not registered behind the site’s back').to.be.undefined;
    await expect(el).to.be.accessible();
  });

  it('a subclass of RelatedStories can render its own card subclass (static card)', async () => {
    class BrandCard extends ArticleCard {}
    customElements.define('brand-card', BrandCard);
    customElements.define('brand-related', class extends RelatedStories {
      static override card = BrandCard;
    });
    const el = await mount<RelatedStories>(html`<brand-related .data=${[story('1')]}></brand-related>`);
    const [c] = $$(el, 'li > *');
    expect(c.localName).to.equal('brand-card');
    await (c as ArticleCard).updateComplete;
    expect(part(c, 'headline')).to.exist;
  });

  it('with the card class registered nowhere, the cards register it under its default tag', async () => {
    class Unregistered extends ArticleCard {}
    customElements.define('plain-related', class extends RelatedStories {
      static override card = Unregistered;
    });
    const el = await mount<RelatedStories>(html`<plain-related .data=${[story('1')]}></plain-related>`);
    const [c] = $$(el, 'li > *');
    expect(c.localName).to.equal('article-card');
    expect(customElements.get('article-card')).to.equal(Unregistered);
  });

  it('without customElements.getName (Chrome before 117, Safari before 17), the site’s card name is still found', async () => {
    class OldBrowserCard extends ArticleCard {}
    customElements.define('old-browser-card', OldBrowserCard);
    customElements.define('old-browser-related', class extends RelatedStories {
      static override card = OldBrowserCard;
    });
    Object.defineProperty(customElements, 'getName', { value: undefined, configurable: true });
    try {
      const el = await mount<RelatedStories>(html`<old-browser-related .data=${[story('1')]}></old-browser-related>`);
      const [c] = $$(el, 'li > *');
      expect(c.localName).to.equal('old-browser-card');
      expect(c instanceof OldBrowserCard, 'an upgraded card').to.be.true;
    } finally {
      delete (customElements as { getName?: unknown }).getName;
    }
    expect(customElements.getName, 'the browser’s own method is back').to.be.a('function');
  });
});
