// `npm test`: the browser suites (web-test-runner) and the Node suites (node --test), then one
// plain `N passed, N failed` line over both, so any CI log reader can count them.
// Extra arguments go to web-test-runner (e.g. `npm test -- --files test/sdk/client.test.ts`).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';

const tmp = '.tmp';
mkdirSync(tmp, { recursive: true });
const summaryFile = `${tmp}/wtr-summary.json`;

function run(cmd, args, env = {}, onLine) {
  return new Promise((done) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    let buf = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      if (!onLine) return;
      buf += chunk;
      const lines = buf.split('\n');
      buf = lines.pop();
      lines.forEach(onLine);
    });
    child.on('close', (code) => {
      if (onLine && buf) onLine(buf);
      done(code ?? 1);
    });
  });
}

const totals = { passed: 0, failed: 0, skipped: 0 };

const wtrCode = await run('npx', ['web-test-runner', ...process.argv.slice(2)], { WTR_SUMMARY_FILE: summaryFile });
if (existsSync(summaryFile)) {
  const s = JSON.parse(readFileSync(summaryFile, 'utf8'));
  totals.passed += s.passed; totals.failed += s.failed; totals.skipped += s.skipped;
} else if (wtrCode !== 0) totals.failed += 1;

let nodeCode = 0;
const nodeTests = ['test/node', 'test/ssr', 'test/react'].flatMap((dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).map((f) => `${dir}/${f}`) : []));
if (nodeTests.length && process.argv.length <= 2) {
  const counts = { pass: 0, fail: 0, skipped: 0 };
  const tap = `${tmp}/node-tests.tap`;
  rmSync(tap, { force: true });
  // Readable output on screen, TAP in a file for the counts.
  nodeCode = await run('node', ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...nodeTests]);
  for (const line of existsSync(tap) ? readFileSync(tap, 'utf8').split('\n') : []) {
    const m = /^# (pass|fail|skipped) (\d+)/.exec(line);
    if (m) counts[m[1]] = Number(m[2]);
  }
  totals.passed += counts.pass; totals.failed += counts.fail; totals.skipped += counts.skipped;
  if (nodeCode !== 0 && counts.fail === 0) totals.failed += 1;
}

console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(wtrCode || nodeCode ? 1 : 0);
