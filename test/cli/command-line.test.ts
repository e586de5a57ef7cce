import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInvocation } from '../../src/cli/command-line.ts';
import { BIN, REPO } from '../helpers/cli.ts';

describe('cliInvocation: how to run bin/alpenglow from a directory', () => {
  it('is ./bin/alpenglow from the repository root', () => {
    expect(cliInvocation(REPO)).toBe('./bin/alpenglow');
  });

  it('climbs with ../ from a directory inside the repository', () => {
    expect(cliInvocation(join(REPO, 'test', 'cli'))).toBe('../../bin/alpenglow');
  });

  it('is the absolute path from outside the repository (a path that works from anywhere)', () => {
    expect(cliInvocation('/')).toBe(BIN);
  });
});
