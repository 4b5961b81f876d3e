/**
 * The hardening suites pass when their instruments find nothing, so the instruments must be
 * shown to find things: a payload that runs, a `javascript:` URL, an injected element, a long
 * word that overflows, text piled on text, text pushed out of its box.
 */
import { expect } from '@open-wc/testing';
import { audit, canary, clearStages, drain, overflow, srcsetUrls, stage } from './support.js';
import { linesOutside, overlappingLines, visibleTextArea } from './legibility.js';

afterEach(() => clearStages());

/** A host element with `html` in its shadow root (written by the test, so innerHTML is fine here). */
function host(html: string, width = 200): HTMLElement {
  const s = stage(width);
  const el = document.createElement('div');
  el.attachShadow({ mode: 'open' }).innerHTML = html;
  s.append(el);
  return el;
}

describe('the hardening instruments', () => {
  it('the canary records a payload that runs and an alert', async () => {
    const c = canary();
    try {
      host(`<img src="data:," onerror="window.__pwned='ran'"><img src="data:," onerror="alert('x')">`);
      await drain();
      await drain();
      expect(c.hits).to.include('ran').and.include('alert(x)');
    } finally {
      c.stop();
    }
  });

  it('the audit reports scripts, handlers, inline styles and every non-http(s) URL, srcset candidates too', () => {
    const el = host(`
      <a href="javascript:alert(1)">a</a><a href="https://ok.example/">ok</a>
      <img src="https://ok.example/a.jpg" srcset="https://ok.example/a.jpg 1x, data:image/png;base64,AA 2x">
      <img src="vbscript:x"><script>1</script><span onclick="x" style="color:red">s</span>`);
    const found = audit(el);
    expect(found).to.have.length(7);
    expect(found.join('\n')).to.include('href="javascript:alert(1)"').and.include('<a> resolves to javascript:').and.include('srcset="data:image/png;base64,AA"').and.include('src="vbscript:x"').and.include('<script>').and.include('onclick=').and.include('style=');
  });

  it('srcset parsing follows the standard: commas inside a URL stay in it', () => {
    expect(srcsetUrls('a.jpg 1x, b.jpg 2x')).to.deep.equal(['a.jpg', 'b.jpg']);
    expect(srcsetUrls('https://x/a.jpg,data:text/html,<p> 400w')).to.deep.equal(['https://x/a.jpg,data:text/html,<p>']);
    expect(srcsetUrls('a.jpg, b.jpg,c.jpg 3x')).to.deep.equal(['a.jpg', 'b.jpg,c.jpg']);
    expect(srcsetUrls('a.jpg,, b.jpg 2x,')).to.deep.equal(['a.jpg', 'b.jpg']);
  });

  it('the layout check reports an unbroken word that runs out of the box', () => {
    const el = host(`<div part="card">${'x'.repeat(200)}</div>`);
    expect(overflow(el).join('\n')).to.include('scrolls sideways');
  });

  it('the legibility checks report text piled up, text pushed away and text clipped to nothing', () => {
    const piled = host(`<p style="line-height:0;margin:0">${'Word '.repeat(40)}</p>`);
    expect(overlappingLines(piled).length).to.be.greaterThan(0);
    const pushed = host(`<p style="text-indent:-9999px">Gone</p>`);
    expect(visibleTextArea(pushed)).to.be.greaterThan(0);
    expect(linesOutside(pushed, pushed.parentElement!).length).to.be.greaterThan(0);
    const clipped = host(`<div style="overflow:hidden;block-size:2em"><p style="text-indent:-9999px;margin:0">Gone</p></div>`);
    expect(visibleTextArea(clipped)).to.equal(0);
    const fine = host(`<p style="margin:0">${'Word '.repeat(40)}</p>`);
    expect(overlappingLines(fine)).to.deep.equal([]);
    expect(linesOutside(fine, fine.parentElement!)).to.deep.equal([]);
  });
});
