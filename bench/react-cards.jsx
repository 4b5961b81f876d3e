// The React 19 side of the bench: the same card markup as <article-card variant="stacked">
// renders into its shadow root, written as a React component the way a React widget would be
// (light DOM, the same stylesheet on the page, formatters cached per language), rendered with
// react-dom/client. Bundled by scripts/bench.mjs with esbuild (production React) into .tmp/bench/.
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { memo } from 'react';

const formats = new Map();
const cached = (key, make) => formats.get(key) ?? formats.set(key, make()).get(key);
const date = (iso, lang) => cached('d' + lang, () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' })).format(new Date(iso));
const minutes = (n, lang) => cached('m' + lang, () => new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'short' })).format(n);
const list = (names, lang) => cached('l' + lang, () => new Intl.ListFormat(lang)).format(names);
const safeUrl = (u) => {
  try {
    const url = new URL(u);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
};
const srcset = ({ src, width, srcset = [] }) =>
  [...srcset, ...(width && !srcset.some((c) => c.width == width) ? [{ src, width }] : [])]
    .flatMap((c) => {
      const url = safeUrl(c.src);
      return url && c.width > 0 ? [`${url} ${c.width}w`] : [];
    })
    .join(', ') || undefined;

const Card = memo(function Card({ a, lang = 'en' }) {
  const src = a.image && safeUrl(a.image.src);
  const image = src ? a.image : undefined;
  const section = a.sections[0]?.name;
  const authors = a.authors.map((x) => x.name).filter(Boolean);
  return (
    <div className="ac" variant="stacked">
      <article className={`card ${image ? 'img' : ''}`} part="card">
        {image && (
          <div className="media" part="media">
            <img
              part="image"
              src={src}
              alt={image.alt ?? ''}
              width={image.width}
              height={image.height}
              srcSet={srcset(image)}
              sizes="(min-width: 48em) 33vw, 100vw"
              loading="lazy"
              decoding="async"
            />
          </div>
        )}
        <div className="body" part="body">
          <div className="section line" part="section">{section || null}</div>
          <div className="headline" part="headline" role="heading" aria-level={3}>
            <a part="link" href={safeUrl(a.url)}>{a.title}</a>
          </div>
          <p className="excerpt" part="excerpt">{a.excerpt}</p>
          <p className="meta line" part="meta">
            {authors.length ? <span>{list(authors, lang)}</span> : null}
            <span><time dateTime={a.publishedAt}>{date(a.publishedAt, lang)}</time></span>
            {a.readingTimeMinutes ? <span>{`${minutes(a.readingTimeMinutes, lang)} read`}</span> : null}
          </p>
        </div>
      </article>
    </div>
  );
});

function Cards({ items }) {
  return items.map((a, i) => <Card key={i} a={a} />);
}

let root;
window.BenchReact = {
  /** Renders `items` synchronously (flushSync), as a React app's first render of the list. */
  render(container, items) {
    root ??= createRoot(container);
    flushSync(() => root.render(<Cards items={items} />));
  },
  /** Unmounts the list (the root stays). */
  clear() {
    flushSync(() => root?.render(null));
  },
  unmount() {
    root?.unmount();
    root = undefined;
  },
};
