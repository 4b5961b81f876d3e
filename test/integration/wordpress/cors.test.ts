/**
 * CORS, plainly: this page (WTR's dev server) and WordPress are two 127.0.0.1 ports, so two
 * origins. WordPress's REST API echoes the page's Origin and exposes its pagination headers; a
 * JSON POST is preflighted (OPTIONS) and then allowed; error bodies are readable too.
 */
import { expect } from '@open-wc/testing';
import { deleteComments, post, REST, SCRATCH, seed, unique } from './support.js';

const created: string[] = [];
after(() => deleteComments(created));

describe('CORS from another 127.0.0.1 port', () => {
  it('the page and WordPress are different origins on loopback', () => {
    const page = new URL(location.href), wp = new URL(REST);
    expect([page.hostname, wp.hostname]).to.deep.equal(['127.0.0.1', '127.0.0.1']);
    expect(page.port).to.not.equal(wp.port);
  });

  it('GET: a CORS response whose X-WP-Total, X-WP-TotalPages and Link headers the page can read', async () => {
    const r = await fetch(`${REST}/wp/v2/posts?per_page=2&_fields=id`);
    expect([r.status, r.type]).to.deep.equal([200, 'cors']);
    expect(r.headers.get('X-WP-Total')).to.equal(String(seed.totals.posts));
    expect(r.headers.get('X-WP-TotalPages')).to.equal(String(Math.ceil(seed.totals.posts / 2)));
    expect(r.headers.get('Link')).to.contain('rel="next"');
    expect(await r.json()).to.have.length(2);
  });

  it('POST with a JSON body (preflighted): 201 and the comment; the same again: 409 with WordPress’s error body', async () => {
    const body = JSON.stringify({
      post: Number(post(SCRATCH)),
      author_name: 'Cross Origin',
      author_email: 'cors@example.com',
      content: unique('Posted from another origin.'),
    });
    const send = () => fetch(`${REST}/wp/v2/comments`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    const r = await send();
    const c = await r.json();
    expect([r.status, r.type, c.status], JSON.stringify(c)).to.deep.equal([201, 'cors', 'approved']);
    created.push(String(c.id));
    const again = await send();
    expect([again.status, (await again.json()).code]).to.deep.equal([409, 'comment_duplicate']);
  });

  it('errors are readable: 404 rest_post_invalid_id, 400 rest_comment_author_data_required', async () => {
    const r = await fetch(`${REST}/wp/v2/posts/999999`);
    expect([r.status, (await r.json()).code]).to.deep.equal([404, 'rest_post_invalid_id']);
    const p = await fetch(`${REST}/wp/v2/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ post: Number(post(SCRATCH)), content: unique('no author') }),
    });
    expect([p.status, (await p.json()).code]).to.deep.equal([400, 'rest_comment_author_data_required']);
  });
});
