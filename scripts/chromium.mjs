// Debian's Chromium, headless, as every test runner, script and benchmark here starts it.
// CHROME_PATH overrides the binary.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromeArgs = [
  '--no-sandbox', // required as root ("Running as root without --no-sandbox is not supported")
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage', // Debian's wrapper fails to add it on some mounts
  '--disable-background-networking', // this machine's network is closed: no calls home
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

/** Browser profiles, caches and temp files stay inside the project (as .ci/run does). */
export function keepBrowserFilesIn(root) {
  for (const [name, dir] of [['XDG_CACHE_HOME', '.cache'], ['XDG_CONFIG_HOME', '.config'], ['TMPDIR', '.tmp']]) {
    process.env[name] ||= join(root, dir);
    mkdirSync(process.env[name], { recursive: true });
  }
}
