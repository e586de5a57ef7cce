import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * `npm test`: the developer suite. Fixed seeds and fixed run counts, reduced budgets for the
 * acceptance checks (test/helpers/seed.ts `testRuns`); the long runs are in vitest.long.config.ts
 * (`npm run test:long`). Timeouts are generous: no test here should come near a third of them
 * on a machine three times slower than an idle 2-core one.
 */
export const LONG_ONLY = [
  'test/long/**',
  // The big TS-explorer-vs-TLC cross-validations (minutes of TLC); test/xval/tlc-quick.test.ts
  // keeps a small one of each kind in this suite.
  'test/xval/tlc.test.ts',
  // TLC under protocol agave (two configs, about 30 s of one worker): agreement is checked in
  // test:long, the developer loop keeps tlc-quick's whitepaper configs.
  'test/xval/tlc-agave.test.ts',
  // Deadlines and signals in every phase on a 30-validator run (issue 10's acceptance, 25 s of
  // spawned runs); the developer loop keeps exit-codes' SIGINT and verify's/fuzz's signal tests.
  'test/cli/stop.test.ts',
];

/**
 * Test files that mock modules (vi.mock, vi.doMock): they need modules of their own, so they run
 * isolated. Found by reading the files, so a new mocking test cannot land among the shared ones.
 */
export const MOCKING = readdirSync('test', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => join('test', file))
  .filter((file) => /\bvi\.(do)?[mM]ock\(/.test(readFileSync(file, 'utf8')));

export default defineConfig({
  test: {
    exclude: ['**/node_modules/**', ...LONG_ONLY],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // vitest's default on 2 cores is one worker; some files wait on CLI subprocesses.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // One module graph per worker, not per file: a fresh fork and module load per file was
        // about a third of the suite's CPU. Safe because the code under test keeps no state
        // between calls but caches keyed by object identity (WeakMaps).
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: MOCKING, isolate: false },
      },
      { extends: true, test: { name: 'mocking', include: MOCKING } },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**', 'properties/**', 'arbitraries/**', 'scenarios/**'],
      reporter: ['text-summary', 'json-summary'],
    },
  },
});
