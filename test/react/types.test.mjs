// The TSX samples type-check with tsc: broadsheet/react's components and the plain tags' JSX
// types in React 19 (sample.tsx, and the test app app.tsx) and Preact (preact-sample.tsx),
// against the built package's .d.ts files (`npm run build` first). The samples' own
// `@ts-expect-error` lines are the mistakes the types must reject.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

test('the React and Preact TSX samples type-check', () => {
  const tsc = fileURLToPath(import.meta.resolve('typescript/bin/tsc'));
  const project = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
  const listed = spawnSync(process.execPath, [tsc, '-p', project, '--listFilesOnly'], { encoding: 'utf8' });
  for (const f of ['test/react/sample.tsx', 'test/react/preact-sample.tsx', 'test/react/app.tsx', 'dist/types/jsx.d.ts', 'dist/types/preact.d.ts', 'dist/react/index.d.ts']) {
    assert.ok(listed.stdout.includes(f), `tsc checks ${f}`);
  }
  const run = spawnSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
});
