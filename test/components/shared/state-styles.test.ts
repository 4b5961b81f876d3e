// The loading skeletons in Windows' forced colours (high contrast): the browser replaces
// author colours with the user's and drops gradients, which would leave every bar invisible.
import { html, expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/components/article-card/define.js';
import '../../../src/components/author-bio/define.js';
import '../../../src/components/related-stories/define.js';

/** Every element with class `skeleton` in `root`'s shadow tree, and in the shadow trees inside it. */
const skeletons = (root: Element): Element[] => {
  const sr = root.shadowRoot!;
  return [...sr.querySelectorAll('.skeleton'), ...[...sr.querySelectorAll('*')].filter((e) => e.shadowRoot).flatMap(skeletons)];
};

/** An rgb()/rgba() colour's channels. */
const rgba = (c: string) => c.match(/[\d.]+/g)!.map(Number).concat(1).slice(0, 4);

describe('loading skeletons in forced colours', () => {
  before(async function () {
    if (!(await executeServerCommand('forced-colors', true))) this.skip(); // not emulated in this browser
  });
  after(() => executeServerCommand('forced-colors', false));

  it('stay visible: each bar keeps a colour of its own, not the page background, and lines stay bars', async () => {
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.be.true;
    const page = await fixture<HTMLElement>(html`<div style="inline-size:320px">
      <article-card></article-card>
      <author-bio author="someone"></author-bio>
      <related-stories limit="2"></related-stories>
      <i style="background: Canvas"></i>
    </div>`);
    await new Promise(requestAnimationFrame);
    const canvas = getComputedStyle(page.querySelector('i')!).backgroundColor;
    for (const el of page.querySelectorAll('article-card, author-bio, related-stories')) {
      const bars = skeletons(el);
      expect(bars.length, `${el.localName} shows a skeleton`).to.be.greaterThan(0);
      for (const bar of bars) {
        const s = getComputedStyle(bar);
        const [r, g, b, a] = rgba(s.backgroundColor);
        const what = `${el.localName} .${bar.className.replace(/ /g, '.')}: ${s.backgroundColor} / ${s.backgroundImage} on ${canvas}`;
        // Lines of text are drawn as bars (a gradient with gaps between them), not as one block.
        if (/gradient/.test(s.backgroundImage)) expect(a, `${what}: bars, not a block`).to.equal(0);
        else expect(a > 0.5 && `rgb(${r}, ${g}, ${b})` != canvas, what).to.be.true;
      }
    }
  });
});
