// The article page for the layout-shift row: the demo's reference page (DESIGN.md; the same
// page as stories/article-page.stories.ts) on the local WordPress-format API, with Broadsheet's
// elements for related stories, the author box, latest stories and the comment form.
//
// `article-naive` is the same page where a plain script fetches the same API and writes the
// lists and the author box in when the answers arrive, without reserving their space: what
// Broadsheet's reserved sizes are compared with.
//
// Both set `window.bsReady` when their data is on the page; bench.mjs then waits for the
// network to go quiet (the late pictures) and reads `window.cls`, the sum of every
// `layout-shift` entry without recent input since the page started.

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

const STYLE = `<style>
  body { margin: 0; }
  .bs-page { box-sizing: border-box; inline-size: min(1200px, 100%); margin-inline: auto; padding: 1.25rem; font: 1rem/1.6 system-ui, sans-serif; color: #1d1d1f; --bs-accent: #0b57d0; container-type: inline-size; }
  .masthead { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; flex-wrap: wrap; padding-block-end: .75rem; border-block-end: 3px solid #1d1d1f; }
  .site { font: 700 1.5rem/1.2 Georgia, serif; color: inherit; text-decoration: none; }
  nav ol { display: flex; flex-wrap: wrap; gap: .25rem .5rem; margin: 1rem 0 0; padding: 0; list-style: none; font-size: .875rem; }
  h1 { margin: .75rem 0 .5rem; font: 700 2.5rem/1.15 Georgia, serif; }
  .standfirst { margin: 0 0 1rem; font-size: 1.2rem; }
  figure { margin: 0 0 1.5rem; } figure img { display: block; inline-size: 100%; block-size: auto; }
  .related { display: block; margin-block: 0 2rem; padding: 1rem; border: 1px solid #d9d9de; border-radius: 6px; background: #f7f7f9; }
  .body h2 { font: 700 1.4rem/1.3 Georgia, serif; margin: 2rem 0 .5rem; } .body p { margin: 0 0 1rem; }
  .author { display: block; margin-block: 2rem; padding-block: 1.5rem; border-block: 1px solid #d9d9de; }
  .latest, .comments { display: block; margin-block: 2rem; }
  @container (min-width: 62rem) { .columns { display: grid; grid-template-columns: minmax(0, 1fr) 20rem; gap: 3rem; align-items: start; } }
  .naive-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem; } .naive-list img { max-inline-size: 8rem; }
</style>`;

const CLS = `<script>
  window.cls = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.cls += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
</script>`;

export function articlePage(name, data, origin) {
  const post = data.posts[0]; // 101, the reference article
  const article = data.articles[0];
  const author = post._embedded.author[0];
  const media = post._embedded['wp:featuredmedia'][0];
  const naive = name == 'article-naive';
  const api = `${origin}/wp-json/wp/v2`;

  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${post.title.rendered}</title><link rel="icon" href="data:,">${CLS}${STYLE}${
    naive ? '' : '<script type="module" src="/dist/embed.js"></script>'
  }</head><body>`;
  const hero = `<figure><img src="${esc(media.source_url)}" width="${media.media_details.width}" height="${media.media_details.height}" alt="${esc(media.alt_text)}"></figure>`;
  const top = `<header class="masthead"><a class="site" href="/">The Broadsheet Demo Journal</a><p>Sunday, May 26, 2024</p></header>
<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/latest/">Latest</a></li><li aria-current="page">${post.title.rendered}</li></ol></nav>`;
  const intro = `<h1>${post.title.rendered}</h1><p class="standfirst">${esc(article.excerpt)}</p>${hero}`;
  const body = `<div class="body">${article.contentHtml}</div>`;

  if (!naive) {
    return `${head}<news-source api="${origin}/wp-json"><div class="bs-page">${top}<div class="columns"><main><article>${intro}
<related-stories class="related" article="${post.id}" limit="5"></related-stories>${body}
<author-bio class="author" author="${author.slug}"></author-bio></article>
<comment-form class="comments" article="${post.id}"></comment-form></main>
<aside aria-label="Latest stories"><related-stories class="latest" mode="latest" article="${post.id}" limit="5"></related-stories></aside></div></div></news-source>
<script type="module">
  const els = [...document.querySelectorAll('related-stories, author-bio')];
  await Promise.all(['related-stories', 'author-bio', 'comment-form'].map((t) => customElements.whenDefined(t)));
  const ready = () => els.every((e) => e.status == 'ready');
  while (!ready()) await new Promise((r) => setTimeout(r, 20));
  await Promise.all(els.map((e) => e.updateComplete));
  window.bsReady = true;
</script></body></html>`;
  }

  // The naive page: same layout, a plain script that writes the lists and the author box in
  // when the API answers; nothing reserves their space and pictures have no size.
  return `${head}<div class="bs-page">${top}<div class="columns"><main><article>${intro}
<div class="related" id="related"></div>${body}<div class="author" id="author"></div></article>
<div class="comments"><h2>Leave a comment</h2><form><label>Comment<textarea rows="6"></textarea></label><label>Name<input></label><label>Email<input></label><button>Post comment</button></form></div></main><aside aria-label="Latest stories"><div class="latest" id="latest"></div></aside></div></div>
<script type="module">
  const api = ${JSON.stringify(api)};
  const get = (q) => fetch(api + q).then((r) => r.json());
  const item = (p) => {
    const m = p._embedded?.['wp:featuredmedia']?.[0];
    return '<li>' + (m ? '<img alt="" src="' + m.media_details.sizes.medium.source_url + '">' : '') + '<h3><a href="' + p.link + '">' + p.title.rendered + '</a></h3>' + p.excerpt.rendered + '</li>';
  };
  const list = (title, posts) => '<h2>' + title + '</h2><ul class="naive-list">' + posts.map(item).join('') + '</ul>';
  await Promise.all([
    get('/posts?categories=${post.categories.join(',')}&tags=${post.tags.join(',')}&tax_relation=OR&exclude=${post.id}&per_page=5&_embed=1').then((p) => (document.getElementById('related').innerHTML = list('Related stories', p))),
    get('/posts?exclude=${post.id}&per_page=5&_embed=1').then((p) => (document.getElementById('latest').innerHTML = list('Latest stories', p))),
    get('/users?slug=${author.slug}').then(([u]) => (document.getElementById('author').innerHTML = '<img alt="" src="' + u.avatar_urls[96] + '"><h2>' + u.name + '</h2><p>' + u.description + '</p>')),
  ]);
  window.bsReady = true;
</script></body></html>`;
}
