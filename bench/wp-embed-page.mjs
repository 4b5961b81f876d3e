// A WordPress-style iframe embed page (`/?p=ID&embed=true`), the competitor in the "20 cards by
// id" row. What it emulates, from WordPress's embed template (wp-includes/theme-compat/embed*.php):
// a full HTML document per story with the embed stylesheet and the embed script printed INLINE
// in <head> (WordPress prints wp-embed-template.min.css, ~7 kB, and wp-embed-template.min.js,
// ~3 kB, inline), the featured image in a link, the title, the excerpt with "Continue reading",
// and a footer with the site title, a comments link and a share button with its dialog. The
// script posts the document's height to the host page on load (as WordPress's does, with the
// iframe's secret), and the host page's small script sizes and reveals each iframe.
// Conservative towards iframes: no emoji loader, no site icon and no wp-embed.js request (the
// host script is inline), and every page is served gzipped.

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

// Written for this bench in the shape and weight of WordPress's embed stylesheet.
const CSS = `
html,body{padding:0;margin:0}body{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Oxygen-Sans,Ubuntu,Cantarell,"Helvetica Neue",sans-serif}
.screen-reader-text{border:0;clip:rect(1px,1px,1px,1px);-webkit-clip-path:inset(50%);clip-path:inset(50%);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px;word-wrap:normal!important}
.dashicons{display:inline-block;width:20px;height:20px;background-color:transparent;background-repeat:no-repeat;background-size:20px;background-position:center;transition:background .1s ease-in;vertical-align:top}
.dashicons-admin-comments{background-image:url("data:image/svg+xml;charset=utf8,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%20viewBox%3D%220%200%2020%2020%22%3E%3Cg%3E%3Cpath%20d%3D%22M5%202h9q.82%200%201.41.59T16%204v7q0%20.82-.59%201.41T14%2013h-2l-5%205v-5H5q-.82%200-1.41-.59T3%2011V4q0-.82.59-1.41T5%202z%22%20fill%3D%22%2382878c%22%2F%3E%3C%2Fg%3E%3C%2Fsvg%3E")}
.wp-embed-comments a:hover .dashicons-admin-comments{background-image:url("data:image/svg+xml;charset=utf8,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%20viewBox%3D%220%200%2020%2020%22%3E%3Cg%3E%3Cpath%20d%3D%22M5%202h9q.82%200%201.41.59T16%204v7q0%20.82-.59%201.41T14%2013h-2l-5%205v-5H5q-.82%200-1.41-.59T3%2011V4q0-.82.59-1.41T5%202z%22%20fill%3D%22%230073aa%22%2F%3E%3C%2Fg%3E%3C%2Fsvg%3E")}
.dashicons-share{background-image:url("data:image/svg+xml;charset=utf8,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%20viewBox%3D%220%200%2020%2020%22%3E%3Cg%3E%3Cpath%20d%3D%22M14.5%2012q1.24%200%202.12.88T17.5%2015t-.88%202.12-2.12.88-2.12-.88T11.5%2015q0-.34.09-.69l-4.38-2.3Q6.32%2013%205%2013q-1.24%200-2.12-.88T2%2010t.88-2.12T5%207q1.3%200%202.21.99l4.38-2.3q-.09-.35-.09-.69%200-1.24.88-2.12T14.5%202t2.12.88T17.5%205t-.88%202.12T14.5%208q-1.3%200-2.21-.99l-4.38%202.3Q8%209.66%208%2010t-.09.69l4.38%202.3q.89-.99%202.21-.99z%22%20fill%3D%22%2382878c%22%2F%3E%3C%2Fg%3E%3C%2Fsvg%3E");display:none}
.js .dashicons-share{display:inline-block}
.wp-embed-share-dialog-open:focus .dashicons-share,.wp-embed-share-dialog-open:hover .dashicons-share{background-image:url("data:image/svg+xml;charset=utf8,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%20viewBox%3D%220%200%2020%2020%22%3E%3Cg%3E%3Cpath%20d%3D%22M14.5%2012q1.24%200%202.12.88T17.5%2015t-.88%202.12-2.12.88-2.12-.88T11.5%2015q0-.34.09-.69l-4.38-2.3Q6.32%2013%205%2013q-1.24%200-2.12-.88T2%2010t.88-2.12T5%207q1.3%200%202.21.99l4.38-2.3q-.09-.35-.09-.69%200-1.24.88-2.12T14.5%202t2.12.88T17.5%205t-.88%202.12T14.5%208q-1.3%200-2.21-.99l-4.38%202.3Q8%209.66%208%2010t-.09.69l4.38%202.3q.89-.99%202.21-.99z%22%20fill%3D%22%230073aa%22%2F%3E%3C%2Fg%3E%3C%2Fsvg%3E")}
.wp-embed{padding:25px;font-size:14px;font-weight:400;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Oxygen-Sans,Ubuntu,Cantarell,"Helvetica Neue",sans-serif;line-height:1.5;color:#8c8f94;background:#fff;border:1px solid #dcdcde;box-shadow:0 1px 1px rgba(0,0,0,.05);overflow:auto;zoom:1}
.wp-embed a{color:#8c8f94;text-decoration:none}.wp-embed a:hover{text-decoration:underline}
.wp-embed-featured-image{margin-bottom:20px}.wp-embed-featured-image img{width:100%;height:auto;border:none}
.wp-embed-featured-image.square{float:left;max-width:160px;margin-right:20px}
.wp-embed p{margin:0}
p.wp-embed-heading{margin:0 0 15px;font-weight:600;font-size:22px;line-height:1.3}
.wp-embed-heading a{color:#2c3338}
.wp-embed .wp-embed-more{color:#c3c4c7}
.wp-embed-footer{display:table;width:100%;margin-top:30px}
.wp-embed-site-icon{position:absolute;top:50%;left:0;transform:translateY(-50%);height:25px;width:25px;border:0}
.wp-embed-site-title{font-weight:600;line-height:1.78571428}
.wp-embed-site-title a{position:relative;display:inline-block;padding-left:35px}
.wp-embed-meta,.wp-embed-site-title{display:table-cell}
.wp-embed-meta{text-align:right;white-space:nowrap;vertical-align:middle}
.wp-embed-comments,.wp-embed-share{display:inline}
.wp-embed-meta a:hover{text-decoration:none;color:#2271b1}
.wp-embed-comments a{line-height:1.78571428;display:inline-block}
.wp-embed-comments+.wp-embed-share{margin-left:10px}
.wp-embed-share-dialog{position:absolute;top:0;left:0;right:0;bottom:0;background-color:#1d2327;background-color:rgba(0,0,0,.9);color:#fff;opacity:1;transition:opacity .25s ease-in-out}
.wp-embed-share-dialog.hidden{opacity:0;visibility:hidden}
.wp-embed-share-dialog-close,.wp-embed-share-dialog-open{margin:-8px 0 0;padding:0;background:0 0;border:none;cursor:pointer;outline:0}
.wp-embed-share-dialog-close .dashicons,.wp-embed-share-dialog-open .dashicons{padding:4px}
.wp-embed-share-dialog-open .dashicons{top:8px}
.wp-embed-share-dialog-close:focus .dashicons,.wp-embed-share-dialog-open:focus .dashicons{box-shadow:0 0 0 2px #2271b1;outline:2px solid transparent;border-radius:100%}
.wp-embed-share-dialog-close{position:absolute;top:20px;right:20px;font-size:22px}
.wp-embed-share-dialog-close:hover{text-decoration:none}
.wp-embed-share-dialog-close .dashicons{height:24px;width:24px;background-size:24px}
.wp-embed-share-dialog-content{height:100%;transform-style:preserve-3d;overflow:hidden}
.wp-embed-share-dialog-text{margin-top:25px;padding:20px}
.wp-embed-share-tabs{margin:0 0 20px;padding:0;list-style:none}
.wp-embed-share-tab-button{display:inline-block}
.wp-embed-share-tab-button button{margin:0;padding:0;border:none;background:0 0;font-size:16px;line-height:1.3;color:#a7aaad;cursor:pointer;transition:color .1s ease-in}
.wp-embed-share-tab-button [aria-selected=true]{color:#fff}
.wp-embed-share-tab-button button:hover{color:#fff}
.wp-embed-share-tab-button+.wp-embed-share-tab-button{margin:0 0 0 10px;padding:0 0 0 11px;border-left:1px solid #a7aaad}
.wp-embed-share-tab[aria-hidden=true]{display:none}
p.wp-embed-share-description{margin:0;font-size:14px;line-height:1;font-style:italic;color:#a7aaad}
.wp-embed-share-input{box-sizing:border-box;width:100%;border:none;height:28px;margin:0 0 10px;padding:0 5px;font-size:14px;font-weight:400;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Oxygen-Sans,Ubuntu,Cantarell,"Helvetica Neue",sans-serif;line-height:1.5;resize:none;cursor:text}
textarea.wp-embed-share-input{height:72px}
html[dir=rtl] .wp-embed-featured-image.square{float:right;margin-right:0;margin-left:20px}
html[dir=rtl] .wp-embed-site-title a{padding-left:0;padding-right:35px}
html[dir=rtl] .wp-embed-site-icon{margin-right:0;margin-left:10px;left:auto;right:0}
html[dir=rtl] .wp-embed-meta{text-align:left}
html[dir=rtl] .wp-embed-share{margin-left:0;margin-right:10px}
html[dir=rtl] .wp-embed-share-dialog-close{right:auto;left:20px}
html[dir=rtl] .wp-embed-share-tab-button+.wp-embed-share-tab-button{margin:0 10px 0 0;padding:0 11px 0 0;border-left:none;border-right:1px solid #a7aaad}
`.trim();

// Written for this bench in the shape and weight of WordPress's embed script: height messages
// to the host (with the secret from the URL hash), the share dialog, links opening in the top
// window, and re-sending the height on resize.
const JS = `
(function(window,document){'use strict';
var supportedBrowser=!!(document.querySelector&&window.addEventListener),loaded=false,secret,secretTimeout,resizing;
function sendEmbedMessage(message,value){window.parent.postMessage({message:message,value:value,secret:secret},'*');}
function onLoad(){if(loaded){return;}loaded=true;
var share_dialog=document.querySelector('.wp-embed-share-dialog'),share_dialog_open=document.querySelector('.wp-embed-share-dialog-open'),share_dialog_close=document.querySelector('.wp-embed-share-dialog-close'),share_input=document.querySelectorAll('.wp-embed-share-input'),share_dialog_tabs=document.querySelectorAll('.wp-embed-share-tab-button button'),featured_image=document.querySelector('.wp-embed-featured-image img'),i;
if(share_input){for(i=0;i<share_input.length;i++){share_input[i].addEventListener('click',function(e){e.target.select();});}}
function openSharingDialog(){share_dialog.className=share_dialog.className.replace('hidden','');document.querySelector('.wp-embed-share-tab-button [aria-selected="true"]').focus();}
function closeSharingDialog(){share_dialog.className+=' hidden';document.querySelector('.wp-embed-share-dialog-open').focus();}
if(share_dialog_open){share_dialog_open.addEventListener('click',function(){openSharingDialog();});}
if(share_dialog_close){share_dialog_close.addEventListener('click',function(){closeSharingDialog();});}
function shareClickHandler(e){var currentTab=document.querySelector('.wp-embed-share-tab-button [aria-selected="true"]');currentTab.setAttribute('aria-selected','false');document.querySelector('#'+currentTab.getAttribute('aria-controls')).setAttribute('aria-hidden','true');e.target.setAttribute('aria-selected','true');document.querySelector('#'+e.target.getAttribute('aria-controls')).setAttribute('aria-hidden','false');}
function shareKeyHandler(e){var target=e.target,previousSibling=target.parentElement.previousElementSibling,nextSibling=target.parentElement.nextElementSibling,newTab,newTabChild;
if(37===e.keyCode){newTab=previousSibling;}else if(39===e.keyCode){newTab=nextSibling;}else{return false;}
if('rtl'===document.documentElement.getAttribute('dir')){newTab=(newTab===previousSibling)?nextSibling:previousSibling;}
if(newTab){newTabChild=newTab.firstElementChild;target.setAttribute('tabindex','-1');target.setAttribute('aria-selected',false);document.querySelector('#'+target.getAttribute('aria-controls')).setAttribute('aria-hidden','true');newTabChild.setAttribute('tabindex','0');newTabChild.setAttribute('aria-selected','true');newTabChild.focus();document.querySelector('#'+newTabChild.getAttribute('aria-controls')).setAttribute('aria-hidden','false');}}
if(share_dialog_tabs){for(i=0;i<share_dialog_tabs.length;i++){share_dialog_tabs[i].addEventListener('click',shareClickHandler);share_dialog_tabs[i].addEventListener('keydown',shareKeyHandler);}}
document.addEventListener('keydown',function(e){if(27===e.keyCode&&-1===share_dialog.className.indexOf('hidden')){closeSharingDialog();}else if(9===e.keyCode){constrainTabbing(e);}},false);
function constrainTabbing(e){var firstFocusable=document.querySelector('.wp-embed-share-tab-button [aria-selected="true"]');if(share_dialog_close===e.target&&!e.shiftKey){firstFocusable.focus();e.preventDefault();}else if(firstFocusable===e.target&&e.shiftKey){share_dialog_close.focus();e.preventDefault();}}
if(window.self===window.top){return;}
sendEmbedMessage('height',Math.ceil(document.body.getBoundingClientRect().height));
if(featured_image){featured_image.addEventListener('load',function(){sendEmbedMessage('height',Math.ceil(document.body.getBoundingClientRect().height));});}
function linkClickHandler(e){var target=e.target,href;if(target.hasAttribute('href')){href=target.getAttribute('href');}else{href=target.parentElement.getAttribute('href');}
if(event.altKey||event.ctrlKey||event.metaKey||event.shiftKey){return;}
if(href){sendEmbedMessage('link',href);e.preventDefault();}}
document.addEventListener('click',linkClickHandler);}
function onResize(){if(window.self===window.top){return;}clearTimeout(resizing);resizing=setTimeout(function(){sendEmbedMessage('height',Math.ceil(document.body.getBoundingClientRect().height));},100);}
function getSecret(){if(window.self===window.top||!!secret){return;}secret=window.location.hash.replace(/.*secret=([\\d\\w]{10}).*/,'$1');clearTimeout(secretTimeout);secretTimeout=setTimeout(function(){getSecret();},100);}
if(supportedBrowser){getSecret();document.documentElement.className=document.documentElement.className.replace(/\\bno-js\\b/,'')+' js';document.addEventListener('DOMContentLoaded',onLoad,false);window.addEventListener('load',onLoad,false);window.addEventListener('resize',onResize,false);}
})(window,document);
`.trim();

/** The host page's side (WordPress's wp-embed.js in spirit): size and reveal each iframe on its height message. */
export const HOST_JS = `
window.addEventListener('message',function(e){var d=e.data;if(!d||!d.secret||d.message!=='height')return;
var f=document.querySelectorAll('iframe[data-secret="'+d.secret+'"]');for(var i=0;i<f.length;i++){var h=Math.max(200,Math.min(1000,parseInt(d.value,10)||0));
f[i].removeAttribute('style');f[i].height=h;var b=f[i].previousElementSibling;if(b&&b.tagName==='BLOCKQUOTE')b.style.display='none';}});
`.trim();

/** The iframe document for one story (a WordPress post in the bench's WordPress data). */
export function embedPage(post, siteTitle) {
  const title = post.title.rendered;
  const media = post._embedded['wp:featuredmedia']?.[0];
  const sizes = media ? Object.values(media.media_details.sizes).filter((s) => s.width > 150) : [];
  const image = media
    ? `<div class="wp-embed-featured-image rectangular"><a href="${esc(post.link)}" target="_top"><img width="600" height="338" src="${esc(media.source_url)}" class="attachment-rectangular size-rectangular wp-post-image" alt="" decoding="async" srcset="${sizes.map((s) => `${esc(s.source_url)} ${s.width}w`).join(', ')}" sizes="(max-width: 600px) 100vw, 600px"></a></div>`
    : '';
  const count = 0;
  return `<!DOCTYPE html>
<html lang="en-US" class="no-js">
<head>
<title>${title} &#8211; ${esc(siteTitle)}</title>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="robots" content="noindex, follow">
<link rel="canonical" href="${esc(post.link)}">
<style>
${CSS}
</style>
<script>
${JS}
</script>
</head>
<body class="post-template-default single single-post postid-${post.id} single-format-standard">
<div class="wp-embed post-${post.id} post type-post status-publish format-standard has-post-thumbnail hentry">
${image}
<p class="wp-embed-heading"><a href="${esc(post.link)}" target="_top">${title}</a></p>
<div class="wp-embed-excerpt">${post.excerpt.rendered.replace(/<\/p>\s*$/, ` <a href="${esc(post.link)}" class="wp-embed-more" target="_top">Continue reading<span class="screen-reader-text"> ${title}</span></a></p>`)}</div>
<div class="wp-embed-footer">
<div class="wp-embed-site-title"><a href="/" target="_top"><span>${esc(siteTitle)}</span></a></div>
<div class="wp-embed-meta">
<div class="wp-embed-comments"><a href="${esc(post.link)}#comments" target="_top"><span class="dashicons dashicons-admin-comments"></span>${count} Comments</a></div>
<div class="wp-embed-share"><button type="button" class="wp-embed-share-dialog-open" aria-label="Open sharing dialog"><span class="dashicons dashicons-share"></span></button></div>
</div>
</div>
</div>
<div class="wp-embed-share-dialog hidden" role="dialog" aria-label="Sharing options">
<div class="wp-embed-share-dialog-content">
<div class="wp-embed-share-dialog-text">
<ul class="wp-embed-share-tabs" role="tablist">
<li class="wp-embed-share-tab-button wp-embed-share-tab-button-wordpress" role="presentation"><button type="button" role="tab" aria-controls="wp-embed-share-tab-wordpress-${post.id}" aria-selected="true" tabindex="0">WordPress Embed</button></li>
<li class="wp-embed-share-tab-button wp-embed-share-tab-button-html" role="presentation"><button type="button" role="tab" aria-controls="wp-embed-share-tab-html-${post.id}" aria-selected="false" tabindex="-1">HTML Embed</button></li>
</ul>
<div id="wp-embed-share-tab-wordpress-${post.id}" class="wp-embed-share-tab" role="tabpanel" aria-hidden="false">
<input type="text" value="${esc(post.link)}" class="wp-embed-share-input" aria-label="URL" aria-describedby="wp-embed-share-description-wordpress-${post.id}" tabindex="0" readonly>
<p class="wp-embed-share-description" id="wp-embed-share-description-wordpress-${post.id}">Copy and paste this URL into your WordPress site to embed</p>
</div>
<div id="wp-embed-share-tab-html-${post.id}" class="wp-embed-share-tab" role="tabpanel" aria-hidden="true">
<textarea class="wp-embed-share-input" aria-label="HTML" aria-describedby="wp-embed-share-description-html-${post.id}" tabindex="0" readonly>&lt;blockquote class=&quot;wp-embedded-content&quot;&gt;&lt;a href=&quot;${esc(esc(post.link))}&quot;&gt;${esc(title)}&lt;/a&gt;&lt;/blockquote&gt;&lt;iframe sandbox=&quot;allow-scripts&quot; security=&quot;restricted&quot; src=&quot;${esc(esc(post.link))}embed/&quot; width=&quot;600&quot; height=&quot;400&quot; title=&quot;${esc(title)}&quot; frameborder=&quot;0&quot; marginwidth=&quot;0&quot; marginheight=&quot;0&quot; scrolling=&quot;no&quot; class=&quot;wp-embedded-content&quot;&gt;&lt;/iframe&gt;</textarea>
<p class="wp-embed-share-description" id="wp-embed-share-description-html-${post.id}">Copy and paste this code into your site to embed</p>
</div>
</div>
<button type="button" class="wp-embed-share-dialog-close" aria-label="Close sharing dialog"><span class="dashicons dashicons-no"></span></button>
</div>
</div>
</body>
</html>
`;
}

/** What a WordPress post shows for one embed: a fallback blockquote and the hidden iframe until it reports its height. */
export function embedMarkup(post, origin, i) {
  const secret = ('s' + i + 'x'.repeat(10)).slice(0, 10);
  return `<blockquote class="wp-embedded-content" data-secret="${secret}"><a href="${esc(post.link)}">${post.title.rendered}</a></blockquote><iframe sandbox="allow-scripts" security="restricted" style="position:absolute;clip:rect(1px,1px,1px,1px)" title="&#8220;${post.title.rendered}&#8221;" src="${origin}/?p=${post.id}&amp;embed=true#?secret=${secret}" data-secret="${secret}" width="600" height="338" frameborder="0" marginwidth="0" marginheight="0" scrolling="no" class="wp-embedded-content"></iframe>`;
}
