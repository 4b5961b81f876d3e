/**
 * Authors from a real WordPress, through the real SDK: bio (user description), role (the
 * `broadsheet_role` REST field the test mu-plugin registers), avatar renditions, website link.
 */
import { expect } from '@open-wc/testing';
import { isBroadsheetError } from '../../../src/sdk/index.js';
import { countingClient, data, rejection, seed, to, user } from './support.js';

describe('authors.get', () => {
  it('by id and by slug: name, bio, role, avatar srcset, website, author page', async () => {
    const { client, requests } = countingClient();
    const byId = await client.authors.get(user('saeed-minhas'));
    const bySlug = await client.authors.get('saeed-minhas');
    expect(bySlug).to.deep.equal(byId);
    const seeded = data.authors.find((a) => a.slug == 'saeed-minhas')!;
    expect(byId).to.include({ id: user('saeed-minhas'), slug: 'saeed-minhas', name: 'Saeed Minhas', role: 'Chief Editor (National)' });
    expect(byId.bio).to.equal(seeded.bio);
    expect(byId.url).to.equal(`${seed.baseUrl}/author/saeed-minhas/`);
    expect(byId.links).to.deep.equal([{ label: 'Website', url: seeded.website }]);
    // WordPress's avatar_urls {24, 48, 96} (gravatar): the widest is the src, all three the srcset.
    const avatar = byId.avatar!;
    expect(avatar.src).to.match(/^https?:\/\/\d\.gravatar\.com\/avatar\/[0-9a-f]+\?s=96/);
    expect([avatar.width, avatar.height, avatar.alt]).to.deep.equal([96, 96, '']);
    expect(avatar.srcset!.map((c) => c.width)).to.deep.equal([24, 48, 96]);
    expect(to(requests, '/wp/v2/users')).to.have.length(2);
  });

  it('every seeded author: bio, and a role with an ampersand kept as text', async () => {
    const { client } = countingClient();
    for (const seeded of data.authors) {
      const a = await client.authors.get(seeded.slug);
      expect(a.name, seeded.slug).to.equal(seeded.name);
      expect(a.bio, seeded.slug).to.equal(seeded.bio);
      expect(a.role, seeded.slug).to.equal(seeded.role);
      expect(a.links, seeded.slug).to.deep.equal(seeded.website ? [{ label: 'Website', url: seeded.website }] : undefined);
    }
    expect((await client.authors.get('farah-qadri')).role).to.equal('Climate & Environment Correspondent');
    expect((await client.authors.get('tomas-ibanez')).name).to.equal('Tomás Ibáñez');
  });

  it('an author the public may not see (the admin: 401 on /users/1) or does not exist → not-found', async () => {
    const { client } = countingClient();
    for (const key of [String(seed.admin.id), 'admin', 'nobody', '999999']) {
      const e = await rejection(client.authors.get(key));
      expect(isBroadsheetError(e), String(e)).to.equal(true);
      expect(e.code, key).to.equal('not-found');
    }
  });
});
