import { expect } from '@open-wc/testing';
import { decodeEntities, htmlToText, readingTime, safeUrl } from '../../src/sdk/text.js';

describe('text: decodeEntities', () => {
  it('decodes decimal and hex numeric entities (wptexturize output)', () => {
    expect(decodeEntities('Russia&#8217;s &#8220;deal&#8221; &#x2014; &#X2013; &#xe9;')).to.equal('Russia’s “deal” — – é');
  });

  it('decodes astral code points', () => {
    expect(decodeEntities('&#128512; &#x1F600;')).to.equal('😀 😀');
  });

  it('turns invalid code points into U+FFFD', () => {
    expect(decodeEntities('&#0;|&#xD800;|&#57343;|&#1114112;|&#99999999999999999999;')).to.equal('�|�|�|�|�');
  });

  it('decodes the named entities WordPress emits (esc_html, the editors, the excerpt’s [&hellip;])', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&apos;&nbsp;&hellip; [&hellip;]')).to.equal('&<>"\'\u00a0… […]');
  });

  it('leaves other names, prototype names, wrong-case names and bare ampersands alone', () => {
    expect(decodeEntities('&bogus; &mdash; &constructor; &toString; &__proto__; &Hellip; AT&T &amp')).to.equal(
      '&bogus; &mdash; &constructor; &toString; &__proto__; &Hellip; AT&T &amp',
    );
  });

  it('decodes once (no double decoding)', () => {
    expect(decodeEntities('&amp;lt;')).to.equal('&lt;');
  });
});

describe('text: htmlToText', () => {
  it('strips tags and decodes entities', () => {
    expect(htmlToText('<p>Russia&#8217;s <em>China</em> Dilemma</p>\n')).to.equal('Russia’s China Dilemma');
  });

  it('drops script and style contents, and comments', () => {
    expect(htmlToText('a<script type="x">alert("<p>")</script>b<style>p{color:red}</style>c<!-- <p>hidden</p> -->d')).to.equal('abcd');
    expect(htmlToText('safe<SCRIPT>never closed')).to.equal('safe');
  });

  it('turns block elements and <br> into line breaks, collapsing runs', () => {
    expect(htmlToText('<p>One</p>\n\n<p>Two<br/>Three</p><ul><li>a</li><li>b</li></ul>')).to.equal('One\nTwo\nThree\na\nb');
  });

  it('breaks lines on whole block tag names only', () => {
    expect(htmlToText('a<param name="x">b<pre>c</pre>d<progress>e</progress><H2>f</H2><tr>g<time>h')).to.equal('ab\nc\nde\nf\ngh');
  });

  it('collapses source whitespace (newlines in the HTML are spaces) and trims', () => {
    expect(htmlToText('  <p>  word\n\t  other   <b> bold </b>  </p>  ')).to.equal('word other bold');
  });

  it('keeps non-breaking spaces from entities', () => {
    expect(htmlToText('10&nbsp;km')).to.equal('10\u00a0km');
  });

  it('keeps encoded markup as text, never as tags', () => {
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).to.equal('<script>alert(1)</script>');
  });

  it('handles ">" inside quoted attributes and a literal "<" in text', () => {
    expect(htmlToText('<a title="a > b" href=\'x>y\'>link</a> 1 < 2')).to.equal('link 1 < 2');
  });

  it('stays fast on hostile unclosed tags and quotes', () => {
    const start = performance.now();
    const text = htmlToText('<a "x '.repeat(40_000) + "<b 'y ".repeat(40_000));
    expect(performance.now() - start).to.be.below(500);
    expect(text.length).to.be.above(0);
  });

  it('returns an empty string for empty input', () => {
    expect(htmlToText('')).to.equal('');
    expect(htmlToText('<p></p>\n')).to.equal('');
  });
});

describe('text: safeUrl', () => {
  it('accepts absolute http and https URLs, normalized', () => {
    expect(safeUrl('https://example.org/a b')).to.equal('https://example.org/a%20b');
    expect(safeUrl('HTTP://Example.ORG')).to.equal('http://example.org/');
    expect(safeUrl('  https://example.org/x  ')).to.equal('https://example.org/x');
  });

  it('drops dangerous and non-web schemes', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>', 'vbscript:msgbox', 'file:///etc/passwd', 'ftp://x.org/', 'mailto:a@b.c']) {
      expect(safeUrl(bad), bad).to.equal(undefined);
    }
  });

  it('drops whitespace and control-character obfuscations', () => {
    for (const bad of [' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '\x01javascript:alert(1)', 'javascript\x00:alert(1)', '&#106;avascript:alert(1)']) {
      expect(safeUrl(bad), JSON.stringify(bad)).to.equal(undefined);
    }
  });

  it('drops credentials (https://trusted@evil)', () => {
    expect(safeUrl('https://bank.example@evil.example/')).to.equal(undefined);
  });

  it('drops relative URLs without a base, and non-strings', () => {
    expect(safeUrl('/about')).to.equal(undefined);
    expect(safeUrl('//evil.example/x')).to.equal(undefined);
    expect(safeUrl(undefined)).to.equal(undefined);
    expect(safeUrl(42)).to.equal(undefined);
    expect(safeUrl('')).to.equal(undefined);
  });

  it('drops protocol-relative and backslash tricks', () => {
    for (const bad of ['//evil.example/x', '/\\evil.example/x', '\\\\evil.example/x', ' //evil.example', '/\t/evil.example']) {
      expect(safeUrl(bad), JSON.stringify(bad)).to.equal(undefined);
    }
  });
});

describe('text: readingTime', () => {
  const words = (n: number) => `<p>${'word '.repeat(n)}</p>`;

  it('is at least one minute', () => {
    expect(readingTime('')).to.equal(1);
    expect(readingTime(words(10))).to.equal(1);
  });

  it('counts words of the text at 230 a minute, rounded', () => {
    expect(readingTime(words(460))).to.equal(2);
    expect(readingTime(words(2300))).to.equal(10);
    expect(readingTime(words(800))).to.equal(3);
  });

  it('ignores markup and scripts', () => {
    expect(readingTime(`<div class="a b c d e f g">${'<span>w</span> '.repeat(230)}<script>${'x '.repeat(5000)}</script></div>`)).to.equal(1);
  });
});
