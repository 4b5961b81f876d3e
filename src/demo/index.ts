/**
 * The embedded demo: the reference page's content (DESIGN.md) served by the memory source, so
 * `npm start`, Storybook, docs and `<news-source source="demo">` work with no backend and no
 * network. Import it only where the demo is wanted: it carries the dataset and names its
 * pictures (shipped beside it in `images/`).
 */
import { memory } from '../sdk/sources/memory.js';
import type { MemoryOptions } from '../sdk/sources/memory.js';
import type { Source } from '../sdk/source.js';
import { demoDataset } from './dataset.js';

export { demoDataset, demoSections, demoTags } from './dataset.js';

/**
 * A source on the demo dataset (key `memory:demo`). Options pass through to `memory()`:
 * `latencyMs` to see loading states, `moderation` to hold comments, `simulate` to force errors.
 */
export function demoSource(options: MemoryOptions = {}): Source {
  return memory(demoDataset, { name: 'demo', ...options });
}
