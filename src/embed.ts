// The CDN entry (dist/embed.js): one self-contained module that registers every element.
export * from './index.js';
