// The build's squeezing of css`` and html`` templates (rollup.config.js): what it may change
// must render exactly as written. Run: node --test test/node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { squeezeCss, squeezeHtml, squeezeHtmlParts, squeezeTags } from '../../rollup.config.js';

test('css: comments and spaces go; calc() keeps the spaces around + and -, not around *', () => {
  assert.equal(
    squeezeCss(`
      /* a comment */
      :host {
        --_h: calc((var(--_n) + 4.25) * 1lh - 0.75em);
        margin: 0 0.5em;
      }
      .a > .b ~ .c,
      .d { color: red !important; inline-size: calc(2em * var(--_k)); }
      .e * .f, .g * { x: 1 }`),
    ':host{--_h:calc((var(--_n) + 4.25)*1lh - .75em);margin:0 .5em}.a>.b~.c,.d{color:red!important;inline-size:calc(2em*var(--_k))}.e * .f,.g *{x:1}',
  );
});

test('css: `transparent` becomes #0000, but not inside a name', () => {
  assert.equal(
    squeezeCss('a { background: linear-gradient(red 0 70%, transparent 0); color: var(--bs-transparent-ink, transparent); }'),
    'a{background:linear-gradient(red 0 70%,#0000 0);color:var(--bs-transparent-ink,#0000)}',
  );
});

test('css: identifier attribute values lose their quotes; other quoted strings stay as written', () => {
  assert.equal(
    squeezeCss(`:host([variant='compact']) .x::before { content: '· '; } [title="a b"] { x: 1 } [data-x='1a'] { y: 2 }`),
    `:host([variant=compact]) .x::before{content:'· '}[title="a b"]{x:1}[data-x='1a']{y:2}`,
  );
});

test('html: a whitespace run holding a line break becomes one line break', () => {
  assert.equal(squeezeHtml('<p>\n    <span>a</span>  b\n\n   c</p>'), '<p>\n<span>a</span>  b\nc</p>');
});

test('html: what <textarea>, <pre>, <script> and <style> hold is left as written; their tags are squeezed', () => {
  assert.deepEqual(
    squeezeHtmlParts(['<div>\n    <textarea\n      id=', '\n      rows="2"\n    >  keep\n\n   this  </textarea>\n    <p>\n  a</p>\n  <PRE class=x>\n  b\n</pre>\n  </div>']),
    ['<div>\n<textarea\nid=', '\nrows="2"\n>  keep\n\n   this  </textarea>\n<p>\na</p>\n<PRE class=x>\n  b\n</pre>\n</div>'],
  );
  // Content that spans an expression stays as written on both sides of it.
  assert.deepEqual(squeezeHtmlParts(['<pre>\n  a ', '\n  b</pre>\n  c']), ['<pre>\n  a ', '\n  b</pre>\nc']);
});

test('html: inside tags, whitespace between attributes becomes a space; the space and `/` before `>` go', () => {
  assert.deepEqual(
    squeezeTags(['<img\npart="image"\nsrc=', '\n/>\n<input id=hp />\n<br class=x/>\n<i\n>a  \n b</i>']),
    ['<img part="image" src=', '>\n<input id=hp>\n<br class=x/>\n<i>a  \n b</i>'],
  );
  // Quoted values (across expressions too), comments and what <textarea>, <script>, <style>
  // and <title> hold are left as written.
  assert.deepEqual(
    squeezeTags(['<p id="', '-x\n  y" title=\'a  />\'>1 > 0 <!-- <b\n /> --></p><textarea\n>  <b\n /></textarea\n>']),
    ['<p id="', '-x\n  y" title=\'a  />\'>1 > 0 <!-- <b\n /> --></p><textarea>  <b\n /></textarea>'],
  );
});

test('html: a `/` right after a binding stays (Lit joins it to the value: `src=${x}/>` is x + "/")', () => {
  assert.deepEqual(squeezeTags(['<img src=', '/>']), ['<img src=', '/>']);
  assert.deepEqual(squeezeTags(['<img src=', ' />']), ['<img src=', '>']);
});
