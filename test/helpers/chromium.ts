import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';

/**
 * The one switch for browser tests: Debian's Chromium (`apt-get install -y chromium`) driven by
 * playwright-core, which downloads no browser. Locally a missing Chromium skips them and says so;
 * under CI=true (`.ci/run`, which installs Chromium with apt when it is missing) they are
 * required: a missing browser fails them, so a CI run cannot pass without the browser test.
 */
export const CHROMIUM_PATH = process.env.ALPENGLOW_CHROMIUM ?? '/usr/bin/chromium';

const present = existsSync(CHROMIUM_PATH);
const required = process.env.CI === 'true';
const WHY = present || required ? null : `no Chromium at ${CHROMIUM_PATH}`;

/** Test files told so far (this module is loaded once per worker, which runs many files). */
const announcedIn = new Set<string | undefined>();

/** One browser test: skipped with the reason where Chromium is missing, unless CI=true. */
export function itBrowser(name: string, body: () => Promise<void>, timeoutMs?: number): void {
  const file = expect.getState().testPath;
  if (WHY !== null && !announcedIn.has(file)) {
    announcedIn.add(file);
    console.warn(
      `browser tests skipped: ${WHY}; install it with \`apt-get install -y chromium\` (or set ALPENGLOW_CHROMIUM), CI=true makes them required`,
    );
  }
  it.skipIf(WHY !== null)(
    `${name}${WHY === null ? '' : ` (skipped: ${WHY})`}`,
    async () => {
      if (!present)
        throw new Error(
          `CI=true: the browser tests need Chromium at ${CHROMIUM_PATH} (.ci/run installs it with apt)`,
        );
      await body();
    },
    timeoutMs,
  );
}
