import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInvocation } from '../../src/cli/command-line.ts';
import { BIN, REPO } from '../helpers/cli.ts';

/** No npm variables: how bin/alpenglow sees its environment when a user runs it directly. */
const DIRECT = {};

describe('cliInvocation: how to run bin/alpenglow from a directory', () => {
  it('is ./bin/alpenglow from the repository root', () => {
    expect(cliInvocation(REPO, DIRECT)).toBe('./bin/alpenglow');
  });

  it('climbs with ../ from a directory inside the repository', () => {
    expect(cliInvocation(join(REPO, 'test', 'cli'), DIRECT)).toBe('../../bin/alpenglow');
  });

  it('is the absolute path from outside the repository (a path that works from anywhere)', () => {
    expect(cliInvocation('/', DIRECT)).toBe(BIN);
  });

  it('is the npm script itself when launched by `npm run alpenglow` (npm runs it at the package root)', () => {
    const npm = {
      npm_lifecycle_event: 'alpenglow',
      INIT_CWD: join(REPO, 'reports'),
      npm_package_json: join(REPO, 'package.json'),
    };
    expect(cliInvocation(REPO, npm)).toBe('npm run -s alpenglow --');
  });

  it('is the npm script under `npm start` or `npm run fuzz:nightly` typed in a subdirectory (./bin/alpenglow would not run there)', () => {
    for (const event of ['start', 'fuzz:nightly']) {
      const below = { npm_lifecycle_event: event, INIT_CWD: join(REPO, 'reports') };
      expect(cliInvocation(REPO, below)).toBe('npm run -s alpenglow --');
    }
  });

  it('is not the npm script under another npm script, or under another package\'s "alpenglow" script', () => {
    const start = { npm_lifecycle_event: 'start', INIT_CWD: REPO };
    expect(cliInvocation(REPO, start)).toBe('./bin/alpenglow');
    const other = { npm_lifecycle_event: 'alpenglow', npm_package_json: '/elsewhere/package.json' };
    expect(cliInvocation(REPO, other)).toBe('./bin/alpenglow');
  });
});
