/**
 * The hostile corpus: strings a compromised or careless CMS (or a reader) can put in any field.
 * Every payload that could run code tries to call `window.__pwn(tag)` or set `window.__pwned`;
 * `canary()` (support.ts) records both, so one execution anywhere is seen.
 */

const p = (tag: string) => `window.__pwned='${tag}'`;

/** Text fields: titles, excerpts, names, bios, alt text, term names, comment bodies. */
export const TEXT: string[] = [
  `<script>${p('script')}</script>`,
  `<img src=x onerror="${p('img-onerror')}">`,
  `<svg/onload=${p('svg-onload')}>`,
  `"><img src=x onerror=${p('attr-break')}>`,
  `'><script>${p('quote-break')}</script>`,
  `<iframe src="javascript:${p('iframe')}"></iframe>`,
  `<a href="javascript:${p('anchor')}">click me</a>`,
  // Entity tricks: decoded to text that looks like markup — and must stay text.
  `&lt;script&gt;${p('entity-script')}&lt;/script&gt;`,
  `&#60;img src=x onerror=${p('numeric-entity')}&#62;`,
  `&#x3C;svg onload=${p('hex-entity')}&#x3E;`,
  `<img src=x onerror=&#x77;indow.__pwned='entity-in-handler'>`,
  // Broken and nested HTML.
  `<scr<script>ipt>${p('nested')}</scr</script>ipt>`,
  `<<img src=x onerror=${p('double-lt')}>`,
  `<img src=x onerror=${p('unclosed')}`,
  `<!--<img src=x onerror=${p('in-comment')}>-->`,
  `<!--><img src=x onerror=${p('comment-break')}>-->`,
  `<style>*{display:none!important}</style><b>bold</b>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${p('mxss')}>`,
  `<noscript><p title="</noscript><img src=x onerror=${p('noscript')}>">`,
  `<svg><script>${p('svg-script')}</script></svg>`,
  `<details open ontoggle=${p('ontoggle')}>`,
  `<object data="javascript:${p('object')}"></object>`,
  `<base href="javascript:/"><a href="/x">relative</a>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${p('meta-refresh')}">`,
  `<form><button formaction=javascript:${p('formaction')}>x</button></form>`,
  `<div style="background:url(javascript:${p('css-url')})">styled</div>`,
  // Template syntaxes of other libraries.
  `{{constructor.constructor("${p('template')}")()}}`,
  '${' + p('template-literal') + '}',
  // Bidi overrides (terminated and not), zero-width characters.
  '\u202Egnp.exe\u202C is a picture',
  '\u202EUnterminated override',
  'Zero\u200Bwidth\u200Djoiner\u2060word\uFEFF',
  // Long: a 10 kB title, and unbroken words.
  'The quick brown fox jumps over the lazy dog. '.repeat(233),
  'Supercalifragilisticexpialidocious'.repeat(60),
  'https://very.long.example/' + 'path/'.repeat(400),
  // Emoji, flags, ZWJ sequences, combining marks (Zalgo).
  '👩‍👩‍👧‍👦 🏳️‍🌈 🇵🇰 🇩🇪 👍🏽 ' + '😀'.repeat(200),
  'Z̸̢̡̛̗̘̙̜̝̞̟̠̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼͇͈͉͍͎̀́̂̃̄̅̆̇̈̉̊̋̌̍̎̏̐̑̒̓̔̽̾̿̀́͂̓̈́͆͊͋͌̕̚ͅa̵̧̨̛l̶̢g̷o̴ ' + 'e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308'.repeat(50),
  // Null bytes and other control characters.
  'A\u0000B<scr\u0000ipt>' + p('nul') + '</script>',
  'Tab\tvertical\u000Bform\u000Cfeed\u001Bescape\u007Fdelete',
  // Right-to-left text, mixed.
  'سعید منہاس — Chief Editor (National)',
];

/** An http(s) URL with credentials: `https://trusted.example@evil.example/` reads as the trusted site. */
export const CREDENTIALS_URL = 'https://trusted.example:password@evil.example/credentials';

/** URL fields: links, image sources, avatars, author sites. Only absolute http(s) may come out. */
export const BAD_URLS: string[] = [
  `javascript:${p('js-url')}`,
  `JaVaScRiPt:${p('js-case')}`,
  ` javascript:${p('js-space')}`,
  `\tjava\tscript:${p('js-tab')}`,
  `java\nscript:${p('js-newline')}`,
  `java\rscript:${p('js-cr')}`,
  `\u0000javascript:${p('js-nul')}`,
  `\u0001javascript:${p('js-c0')}`,
  `&#x6A;avascript:${p('js-hex-entity')}`,
  `&#106;avascript:${p('js-dec-entity')}`,
  `javascript&colon;${p('js-colon-entity')}`,
  `jav&#x09;ascript:${p('js-tab-entity')}`,
  `javascript://%0a${p('js-comment')}`,
  `data:text/html,<script>${p('data-html')}</script>`,
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0nZGF0YS1iNjQnPC9zY3JpcHQ+',
  `DATA:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${p('data-svg')}"/>`,
  'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
  'vbscript:msgbox("pwned")',
  'VBScript:Execute("pwned")',
  ' vbscript:msgbox(1)',
  '//evil.example/protocol-relative',
  '/relative/path',
  'relative/path',
  '#fragment',
  CREDENTIALS_URL,
  'file:///etc/passwd',
  'ftp://files.example/x',
  'blob:https://evil.example/0000',
  'about:blank',
  'mailto:editor@example.com',
  'tel:+15550100',
  '',
];

/**
 * Absolute http(s) URLs that are allowed through but carry markup or srcset syntax: they must
 * end up escaped in an attribute, never as markup or as a second srcset candidate. Their host
 * is a closed local port, so a picture that tries to load fails at once, with no DNS lookup.
 */
export const TRICKY_HTTP_URLS: string[] = [
  `http://127.0.0.1:9/"><img src=x onerror=${p('href-break')}>`,
  `http://127.0.0.1:9/x.jpg 1x, javascript:${p('srcset')} 2x`,
  `http://127.0.0.1:9/x.jpg,data:text/html,<script>${p('srcset-comma')}</script>`,
  `http://127.0.0.1:9/'onmouseover='${p('single-quote')}`,
  'http://127.0.0.1:9/\u202Egnp.exe',
];
