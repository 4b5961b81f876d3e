import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Lit's `css` for our styles, which hold no `${}`: the same CSSResult, without the code that
 * checks interpolated values (none here), which every page would otherwise download. A `${}`
 * in one of them is a type error (one argument expected).
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);
