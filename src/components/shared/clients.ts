import { createClient, type NewsClient } from '../../sdk/client.js';
import { wordpress } from '../../sdk/sources/wordpress.js';

const clients = new Map<string, NewsClient>();

/**
 * One client per API base URL for the whole page, so twenty cards with the same `api` share a
 * cache and their requests batch into one.
 */
export const clientFor = (api: string): NewsClient => {
  const key = api.replace(/\/+$/, '');
  const client = clients.get(key) ?? createClient({ source: wordpress(key) });
  clients.set(key, client);
  return client;
};
