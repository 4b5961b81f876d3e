import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/**
 * `waitUntil` with a 5 s default instead of 1 s: CI machines have two cores shared by two
 * browsers, and a slow tick must not read as a broken feature. The condition is what is tested.
 */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: 5000, ...options });
}
