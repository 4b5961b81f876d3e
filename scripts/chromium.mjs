// Debian's Chromium, headless, as every test runner, script and benchmark here starts it.
// CHROME_PATH overrides the binary.
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
