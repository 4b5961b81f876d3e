/**
 * Legibility checks for the hostile-host-CSS suite: is a piece of text actually visible (not
 * clipped away, not pushed off the box, not zero-sized), do text lines overlap each other (a
 * collapsed line height), and do controls fit in the element. Geometry comes from Range client
 * rects (one per line fragment), clipped by every ancestor that clips (in the flat tree).
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const area = (b: Box) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);
const intersect = (a: Box, b: Box): Box => ({ left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) });
const box = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

/** The parent in the flat tree: the parent element, or the host of a shadow root. */
const up = (n: Node): Element | null => (n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentElement);

/** The area `node` can paint in: the viewport-independent intersection of every clipping ancestor. */
export function clipOf(node: Node): Box {
  let clip: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
  for (let el = node instanceof Element ? node : up(node); el; el = up(el)) {
    const s = getComputedStyle(el);
    if (s.display == 'none') return { left: 0, top: 0, right: 0, bottom: 0 };
    if (s.visibility == 'hidden' || s.visibility == 'collapse' || Number(s.opacity) == 0) return { left: 0, top: 0, right: 0, bottom: 0 };
    if (s.overflowX != 'visible' || s.overflowY != 'visible' || s.clip.startsWith('rect') || /paint|strict|content/.test(s.contain)) {
      clip = intersect(clip, box(el.getBoundingClientRect()));
    }
  }
  return clip;
}

/** The visible line fragments of every text node under `el` (its shadow roots included). */
export function visibleLines(el: Element): { text: string; box: Box }[] {
  const out: { text: string; box: Box }[] = [];
  const walk = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n instanceof Element) {
        if (n.shadowRoot) walk(n.shadowRoot);
        continue;
      }
      const t = n as Text;
      if (!t.data.trim()) continue;
      const clip = clipOf(t);
      const range = document.createRange();
      range.selectNodeContents(t);
      for (const r of range.getClientRects()) {
        const b = intersect(box(r), clip);
        // Visually hidden text (a 1px clipped box) is for screen readers: not a line to read.
        if (area(b) > 4) out.push({ text: t.data.trim().slice(0, 40), box: b });
      }
    }
  };
  walk(el);
  if (el.shadowRoot) walk(el.shadowRoot);
  return out;
}

/** How much of `el`'s text is visible, in px² (0: none of it can be seen). */
export const visibleTextArea = (el: Element) => visibleLines(el).reduce((sum, l) => sum + area(l.box), 0);

/**
 * Visible glyphs sampled from every text node under `el` (about 40 per node, spaces skipped):
 * each one a single character's box, clipped. Single characters, unlike line fragments, never
 * overlap each other in text that is laid out properly.
 */
export function visibleGlyphs(el: Element): { text: string; box: Box }[] {
  const out: { text: string; box: Box }[] = [];
  const range = document.createRange();
  const walk = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n instanceof Element) {
        if (n.shadowRoot) walk(n.shadowRoot);
        continue;
      }
      const t = n as Text;
      if (!t.data.trim()) continue;
      const clip = clipOf(t);
      const step = Math.max(1, Math.floor(t.data.length / 40));
      for (let i = 0; i < t.data.length; i += step) {
        if (/\s/.test(t.data[i]) || /[\udc00-\udfff]/.test(t.data[i])) continue;
        range.setStart(t, i);
        range.setEnd(t, Math.min(t.data.length, i + (/[\ud800-\udbff]/.test(t.data[i]) ? 2 : 1)));
        const b = intersect(box(range.getBoundingClientRect()), clip);
        if (area(b) > 2) out.push({ text: `${t.data[i]} in "${t.data.trim().slice(0, 30)}"`, box: b });
      }
    }
  };
  walk(el);
  if (el.shadowRoot) walk(el.shadowRoot);
  return out;
}

/**
 * Visible glyphs drawn on top of each other (more than a third of the smaller one covered):
 * lines piled up by a collapsed line height, text over text.
 */
export function overlappingLines(el: Element): string[] {
  const glyphs = visibleGlyphs(el);
  const found: string[] = [];
  for (let i = 0; i < glyphs.length; i++) {
    for (let j = i + 1; j < glyphs.length; j++) {
      const a = glyphs[i].box;
      const b = glyphs[j].box;
      if (area(intersect(a, b)) > Math.min(area(a), area(b)) / 3) {
        found.push(`${glyphs[i].text} overlaps ${glyphs[j].text}`);
        if (found.length >= 4) return found;
      }
    }
  }
  return found;
}

/** Visible glyphs outside `container`'s box sideways (text pushed or running off the element). */
export function linesOutside(host: Element, container: Element): string[] {
  const c = container.getBoundingClientRect();
  return visibleGlyphs(host)
    .filter((g) => g.box.left < c.left - 1 || g.box.right > c.right + 1)
    .map((g) => `${g.text} at ${Math.round(g.box.left)}–${Math.round(g.box.right)}, outside ${Math.round(c.left)}–${Math.round(c.right)}`)
    .slice(0, 4);
}
