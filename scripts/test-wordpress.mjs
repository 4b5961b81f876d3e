#!/usr/bin/env node
// `npm run test:wordpress`: the integration tests against a real WordPress.
//
//   1. checks that dist/ is built and that seed-data.json matches the built demo dataset;
//   2. brings a WordPress up on 127.0.0.1 (test/integration/wordpress/wp-up.sh; its own state dir
//      and port, so a server you started with `npm run wp:up` is left alone);
//   3. runs test/integration/wordpress/*.test.ts in headless Chromium (web-test-runner.wordpress.config.js),
//      then once per other browser in WP_BROWSERS;
//   4. ALWAYS tears the server down and deletes its state (also on failure, Ctrl-C or SIGTERM);
//   5. prints `N passed, N failed` and exits non-zero on any failure.
//
// Environment:
//   WP_TEST_PORT      WordPress port (default 8282)
//   WPCI_DIR          state dir (default .tmp/wordpress-test)
//   WP_BROWSERS       comma-separated: chromium (default), firefox
//   WP_KEEP=1         tear down without deleting the state (the next run starts in ~2 s instead of ~5 s)
//   WPCI_DISABLE_FLOOD  default 1: the tests switch WordPress's flood throttle on only to test it
// Extra arguments go to web-test-runner, e.g. `npm run test:wordpress -- --files test/integration/wordpress/authors.test.ts`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
process.chdir(repo);
const here = 'test/integration/wordpress';
const port = process.env.WP_TEST_PORT || '8282';
const stateDir = resolve(process.env.WPCI_DIR || '.tmp/wordpress-test');
const browsers = (process.env.WP_BROWSERS || 'chromium').split(',').map((b) => b.trim()).filter(Boolean);
const serverEnv = { ...process.env, WPCI_DIR: stateDir, WPCI_DISABLE_FLOOD: process.env.WPCI_DISABLE_FLOOD ?? '1' };
const t0 = Date.now();
const secs = (t = t0) => `${((Date.now() - t) / 1000).toFixed(1)} s`;
const log = (msg) => console.log(`[test:wordpress ${secs()}] ${msg}`);

let started = false;
let tornDown = false;
/** Stops the server (synchronously: also runs from signal handlers). Idempotent. */
function teardown() {
  if (!started || tornDown) return;
  tornDown = true;
  const t = Date.now();
  const args = [`${here}/wp-down.sh`, ...(process.env.WP_KEEP === '1' ? [] : ['--purge'])];
  const r = spawnSync('bash', args, { env: serverEnv, stdio: ['ignore', 'inherit', 'inherit'] });
  log(`server down${args.length > 1 ? ' and purged' : ''} (${secs(t)})${r.status ? `: wp-down.sh exited ${r.status}` : ''}`);
}
let child;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    log(`${sig}: stopping`);
    child?.kill(sig);
    teardown();
    process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 }[sig] ?? 0));
  });
}
process.on('exit', teardown);

function run(cmd, args, options = {}) {
  return new Promise((done) => {
    child = spawn(cmd, args, { stdio: 'inherit', ...options });
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    child.on('close', (code, signal) => {
      child = undefined;
      done({ code: code ?? (signal ? 1 : 0), out });
    });
  });
}

function finish(passed, failed, why, skipped = 0) {
  if (why) console.error(`test:wordpress: ${why}`);
  teardown();
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(failed || why ? 1 : 0);
}

// 1. The build and the seed data.
if (!existsSync('dist/demo/dataset.js') || !existsSync('dist/embed.js')) {
  finish(0, 1, 'dist/ is not built: run `npm run build` first');
}
{
  const r = await run('node', [`${here}/export-seed.mjs`, '--check']);
  if (r.code !== 0) {
    finish(0, 1, `${here}/seed-data.json is stale (the demo dataset in dist/ changed): run \`npm run wp:seed-data\` and commit it`);
  }
}

// 2. The server.
log(`bringing WordPress up on 127.0.0.1:${port} (state dir ${stateDir})`);
started = true;
const up = await run('bash', [`${here}/wp-up.sh`, port], { env: serverEnv, stdio: ['ignore', 'pipe', 'inherit'] });
if (up.code !== 0) finish(0, 1, `wp-up.sh failed (exit ${up.code}); logs in ${stateDir}/log`);
const wpEnv = Object.fromEntries(up.out.split('\n').filter((l) => /^WP_[A-Z_]+=/.test(l)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
if (!wpEnv.WP_REST_URL || !wpEnv.WP_SEED_JSON) finish(0, 1, `wp-up.sh printed no WP_REST_URL / WP_SEED_JSON:\n${up.out}`);
log(`WordPress is up: ${wpEnv.WP_REST_URL}`);

// 3. The tests, one browser at a time (they flip site-wide settings).
mkdirSync('.tmp', { recursive: true });
let passed = 0, failed = 0, skipped = 0;
for (const browser of browsers) {
  if (browser === 'firefox' && !existsSync(process.env.FIREFOX_PATH || '/usr/bin/firefox-esr')) {
    log('firefox-esr is not installed: skipping Firefox');
    continue;
  }
  const summary = resolve(`.tmp/wtr-wordpress-${browser}.json`);
  rmSync(summary, { force: true });
  const t = Date.now();
  log(`running the tests in ${browser}`);
  const r = await run('npx', ['web-test-runner', '--config', 'web-test-runner.wordpress.config.js', ...process.argv.slice(2)], {
    env: { ...process.env, ...wpEnv, WTR_BROWSERS: browser, WTR_SUMMARY_FILE: summary },
  });
  if (existsSync(summary)) {
    const s = JSON.parse(readFileSync(summary, 'utf8'));
    passed += s.passed;
    failed += s.failed;
    skipped += s.skipped;
    if (r.code !== 0 && !s.failed) failed += 1;
    log(`${browser}: ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''} (${secs(t)})`);
  } else if (r.code !== 0) {
    failed += 1;
    log(`${browser}: web-test-runner exited ${r.code} without a summary`);
  }
}

// 4. + 5.
finish(passed, failed, undefined, skipped);
