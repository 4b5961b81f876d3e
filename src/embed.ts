// The CDN entry (dist/embed.js): one self-contained module that registers every element.
// It exports nothing: a page only needs the tags. Apps that want classes or the SDK use npm.
import './context/define.js';
import './components/article-card/define.js';
import './components/author-bio/define.js';
import './components/related-stories/define.js';
import './components/comment-form/define.js';
