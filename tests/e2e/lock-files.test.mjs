// Every `make` target installs its npm packages with `npm ci`, which refuses a
// lock file that no longer matches its package.json. Catch that here, in
// `make test`, rather than on a newcomer's first `make bench`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

for (const folder of ['.', 'tests/bench']) {
  test(`the npm lock file in ${folder} installs exactly as written`, async () => {
    // --dry-run checks the lock against package.json and resolves every entry, installing nothing.
    const run = promisify(execFile)('npm', ['ci', '--dry-run', '--no-audit', '--no-fund'], { cwd: path.join(ROOT, folder) });
    await assert.doesNotReject(run, `npm ci would fail in ${folder}: regenerate its lock with npm install --package-lock-only`);
  });
}
