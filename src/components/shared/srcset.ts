import { safeUrl } from '../../sdk/text.js';

/**
 * A `srcset` from a picture's candidates: http(s) URLs and positive widths only (`.data` can
 * come from anywhere). A space or comma in a URL is escaped, so it cannot end the URL early or
 * start a candidate of its own.
 */
export const srcsetOf = (candidates: readonly { src: string; width: number }[]): string =>
  candidates
    .flatMap((c) => {
      const url = safeUrl(c.src);
      return url && c.width > 0 ? [`${url.replace(/[\s,]/g, encodeURIComponent)} ${Math.round(c.width)}w`] : [];
    })
    .join(', ');
