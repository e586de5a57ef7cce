import { describe, expect, it } from 'vitest';
import { tlcAvailability } from '../../src/xval/index.ts';

/**
 * The one switch for tests that need TLC (TLA2TOOLS_JAR naming tla2tools.jar, and a working
 * java; `.ci/run` sets both). Where TLC is missing they are skipped, and say so: the reason is in
 * the skipped tests' names (`vitest --reporter=verbose`) and printed once per test file on stderr,
 * which vitest's default reporter shows beside the file's "skipped" count.
 */
export const TLC = tlcAvailability();

const WHY = TLC.available ? null : TLC.reason.replace(/^TLC is not available: /, '');

/** Appended to the name of every TLC test: "" where TLC runs. */
export const TLC_SKIP_NOTE = WHY === null ? '' : ` (skipped: TLC not available, ${WHY})`;

/** Test files told so far: this module is loaded once per worker, which runs many files. */
const announcedIn = new Set<string | undefined>();

function announceSkip(): void {
  const file = expect.getState().testPath;
  if (WHY === null || announcedIn.has(file)) return;
  announcedIn.add(file);
  console.warn(
    `TLC tests skipped: TLC is not available (${WHY}); set TLA2TOOLS_JAR to a tla2tools.jar (java needed) to run them`,
  );
}

/** A describe block of TLC tests, skipped with the reason where TLC is missing. */
export function describeTlc(name: string, body: () => void): void {
  announceSkip();
  describe.skipIf(WHY !== null)(`${name}${TLC_SKIP_NOTE}`, body);
}

/** One TLC test, skipped with the reason where TLC is missing. */
export function itTlc(name: string, body: () => Promise<void> | void, timeoutMs?: number): void {
  announceSkip();
  it.skipIf(WHY !== null)(`${name}${TLC_SKIP_NOTE}`, body, timeoutMs);
}
