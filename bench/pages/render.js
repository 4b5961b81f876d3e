// The in-page side of the rendering rows. scripts/bench.mjs loads render.html fresh for every
// sample and calls these through page.evaluate.
//
// What one sample measures (`frame`): the page is loaded and idle; inside a requestAnimationFrame
// callback (so we start at the top of a frame, with no wait for vsync) t0 is taken, the cards
// are created and inserted; the frame then runs its own style, layout and paint (Lit renders in
// the microtasks right after the callback, before that frame's style and layout; React renders
// inside flushSync). A message posted from the callback runs right after that frame: t1. Then
// one more frame is timed the same way (its rAF callback to the message after it), because
// content-visibility:auto decides which cards are on screen during the first frame and may
// render them in the next one; the sample is (t1 − t0) + (second frame's work), leaving out the
// idle wait for the second vsync.
const root = document.getElementById('root');
const ready = Promise.all([
  fetch('/bench/articles.json').then((r) => r.json()),
  fetch('/bench/static.json').then((r) => (r.ok ? r.json() : undefined)),
  customElements.whenDefined('article-card'),
]);

const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
const afterFrame = (start) =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const t0 = performance.now();
      start?.();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now() - t0);
      ch.port2.postMessage(0);
    }),
  );
/** Work started inside a frame, timed through that frame and the next (see above). */
const timed = async (work) => {
  await frame();
  const first = await afterFrame(work);
  const second = await afterFrame();
  return first + second;
};

let articles, statics;
const item = (i) => articles[i % articles.length];
let cards = [];

const broadsheet = {
  prepare() {},
  render(n) {
    const frag = document.createDocumentFragment();
    cards = [];
    for (let i = 0; i < n; i++) {
      const c = document.createElement('article-card');
      c.data = item(i);
      cards.push(c);
      frag.append(c);
    }
    root.append(frag);
  },
  update(i, a) {
    cards[i].data = a;
  },
  clear() {
    root.replaceChildren();
    cards = [];
  },
};
const variants = {
  broadsheet,
  // The same with the card's containment turned off (`--bs-card-visibility: visible`):
  // what skipping offscreen cards saves. (Pictures are still made only near the viewport.)
  'broadsheet-visible': {
    ...broadsheet,
    prepare() {
      root.style.setProperty('--bs-card-visibility', 'visible');
    },
  },
  static: staticVariant(''),
  'static-cv': staticVariant(' cv'),
  react: {
    prepare() {
      document.getElementById('card-css').textContent = statics.css;
    },
    render(n) {
      this.items = Array.from({ length: n }, (_, i) => item(i));
      window.BenchReact.render(root, this.items);
    },
    update(i, a) {
      this.items = this.items.slice();
      this.items[i] = a;
      window.BenchReact.render(root, this.items);
    },
    clear() {
      window.BenchReact.clear();
      this.items = undefined;
    },
  },
};

function staticVariant(extra) {
  return {
    prepare(n) {
      document.getElementById('card-css').textContent = statics.css;
      this.html = Array.from({ length: n }, (_, i) => this.one(i % articles.length)).join('');
    },
    one(k) {
      return `<div class="ac${extra}" variant="stacked">${statics.markup[k]}</div>`;
    },
    render() {
      root.innerHTML = this.html;
    },
    update(i, _a, k) {
      root.children[i].innerHTML = statics.markup[k];
    },
    clear() {
      root.replaceChildren();
      this.html = undefined;
    },
  };
}

/** Checks (untimed) that the variant really rendered `n` cards with their headlines. */
function check(variant, n) {
  const lit = variant.startsWith('broadsheet');
  const hosts = lit ? cards : [...root.children];
  if (hosts.length != n) throw new Error(`${variant}: ${hosts.length} cards, expected ${n}`);
  for (const i of [0, n >> 1, n - 1]) {
    const scope = lit ? hosts[i].shadowRoot : hosts[i];
    const text = scope?.querySelector('.headline a')?.textContent;
    if (text != item(i).title) throw new Error(`${variant}: card ${i} shows ${JSON.stringify(text)}`);
  }
}

window.bench = {
  ready: ready.then(([a, s]) => {
    articles = a;
    statics = s;
    return true;
  }),

  /** One timed render of `n` cards. */
  async render(variant, n) {
    const v = variants[variant];
    v.prepare(n);
    const ms = await timed(() => v.render(n));
    check(variant, n);
    return ms;
  },

  /** Renders `n` cards (untimed), then times replacing card `i`'s data with another story. */
  async update(variant, n, i = n >> 1) {
    const v = variants[variant];
    v.prepare(n);
    v.render(n);
    await frame();
    await frame();
    const k = (i + 7) % articles.length;
    const next = { ...articles[k] };
    const ms = await timed(() => v.update(i, next, k));
    const host = variant.startsWith('broadsheet') ? cards[i].shadowRoot : root.children[i];
    const text = host.querySelector('.headline a')?.textContent;
    if (text != next.title) throw new Error(`${variant}: updated card shows ${JSON.stringify(text)}`);
    return ms;
  },

  /** Renders `n` cards and waits two frames (for the heap row; GC and reading the heap are done over CDP). */
  async fill(variant, n) {
    const v = variants[variant];
    v.prepare(n);
    v.render(n);
    await frame();
    await frame();
    check(variant, n);
  },
  async clear(variant) {
    variants[variant].clear();
    await frame();
    await frame();
  },

  /** Setup page only: the card's shadow markup per story, its stylesheet for light DOM, and its height. */
  async capture() {
    const markup = [];
    for (const a of articles) {
      const c = document.createElement('article-card');
      c.data = a;
      // One card at a time, in view: a card makes its <img> once its picture box renders.
      root.replaceChildren(c);
      await c.updateComplete;
      for (let i = 0; i < 100 && a.image && !c.shadowRoot.querySelector('img'); i++) await frame();
      if (a.image && !c.shadowRoot.querySelector('img')) throw new Error(`capture: no picture on card ${a.id}`);
      // The markup Lit produced, without its marker comments.
      markup.push(c.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, ''));
    }
    for (const a of articles) root.append(Object.assign(document.createElement('article-card'), { data: a }));
    await frame();
    await frame();
    const height = Math.round(Math.max(...[...root.children].map((c) => c.getBoundingClientRect().height)));
    // The card's own stylesheet, without any containment it may declare: the static and React
    // variants are plain markup; `.cv` adds the containment for the static+containment one.
    const styles = customElements
      .get('article-card')
      .elementStyles.map((s) => s.cssText ?? s.toString())
      .join('\n')
      .replace(/(content-visibility|contain-intrinsic-[\w-]+|contain)\s*:[^;}]*;?/g, '');
    // :host → the wrapper div each static card gets; :host([attr]) → .ac[attr].
    const css =
      styles.replace(/:host\(([^)]*)\)/g, '.ac$1').replace(/:host/g, '.ac') +
      `\n.cv { content-visibility: auto; contain-intrinsic-size: auto ${height}px; }`;
    root.replaceChildren();
    return { markup, css, height };
  },
};
