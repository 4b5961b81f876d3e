/**
 * WordPress's own generated REST fixture (tests/qunit/fixtures/wp-api-generated.js in
 * wordpress-develop), loaded as data. It is a script that fills `mockedApiResponse`.
 */
export type WpFixture = Record<string, any>;

let loaded: Promise<WpFixture> | undefined;

export function loadWpFixture(): Promise<WpFixture> {
  loaded ??= fetch(new URL('../fixtures/wordpress/wp-api-generated.js', import.meta.url))
    .then((r) => r.text())
    .then((text) => new Function(`${text}\nreturn mockedApiResponse;`)() as WpFixture);
  // Each caller gets its own copy so a test can mutate it freely.
  return loaded.then((f) => structuredClone(f));
}
