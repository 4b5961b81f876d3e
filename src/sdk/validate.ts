/**
 * Runtime checks for JSON from a backend. The strict readers throw
 * `BroadsheetError('invalid-response')` naming the path (e.g. `posts[2].title.rendered`);
 * `maybe()` turns a failed check into `undefined`, for optional parts that should degrade
 * instead of failing the whole result.
 */
import { BroadsheetError, type BroadsheetErrorOptions } from './errors.js';

export type Json = Record<string, any>;

/** Throws the `invalid-response` error for `path` (in the message too, e.g. `Invalid response at posts[2].title.rendered`). */
export function fail(path: string, options?: BroadsheetErrorOptions): never {
  throw new BroadsheetError('invalid-response', 'Invalid response at ' + path, { path, ...options });
}

/** An object (an array passes too: its fields then fail their own checks). */
export const obj = (v: unknown, path: string): Json => (v && typeof v == 'object' ? (v as Json) : fail(path));
export const arr = (v: unknown, path: string): unknown[] => (Array.isArray(v) ? v : fail(path));
export const str = (v: unknown, path: string): string => (typeof v == 'string' ? v : fail(path));

/** A finite number, or `undefined`. */
export const optNum = (v: unknown): number | undefined => (Number.isFinite(v) ? (v as number) : undefined);
/** An array, or `[]` for anything else. */
export const list = (v: unknown): any[] => (Array.isArray(v) ? v : []);

/** Runs a strict reader; a failed check (an `invalid-response`) gives `undefined`. */
export function maybe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof BroadsheetError)) throw e;
  }
}

/** Drops keys whose value is `undefined`, so results are clean plain JSON. */
export function compact<T extends object>(o: T): T {
  for (const k in o) if (o[k] === undefined) delete o[k];
  return o;
}
