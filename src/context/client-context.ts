import { createContext } from '@lit/context';
import type { NewsClient } from '../sdk/client.js';

/** The client that `<news-source>` provides to every Broadsheet element inside it. */
export const clientContext = createContext<NewsClient | undefined>(Symbol.for('broadsheet-client'));
