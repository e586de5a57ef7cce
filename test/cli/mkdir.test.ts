import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolders } from '../../src/cli/mkdir.ts';
import { tempDir } from '../helpers/cli.ts';

describe('makeFolders: mkdir -p one level at a time', () => {
  const dir = tempDir();

  it('creates every missing level and accepts a folder that exists', () => {
    const deep = join(dir, 'a', 'b', 'c');
    makeFolders(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    makeFolders(deep);
    makeFolders(dir);
    expect(statSync(deep).isDirectory()).toBe(true);
  });

  it('says which level is a file', () => {
    writeFileSync(join(dir, 'file'), '');
    expect(() => makeFolders(join(dir, 'file', 'x'))).toThrow(`${join(dir, 'file')} is a file, not a folder`);
    expect(() => makeFolders(join(dir, 'file'))).toThrow(`${join(dir, 'file')} is a file, not a folder`);
  });

  // Node's mkdirSync(..., { recursive: true }) loops forever here (mkdir answers ENOENT although
  // the parent exists); this must fail at the first level, naming it.
  it.skipIf(!existsSync('/proc/self'))(
    'fails at once under /proc, naming the level it could not create',
    () => {
      expect(() => makeFolders('/proc/v/w')).toThrow('cannot create folder /proc/v (ENOENT)');
      expect(existsSync('/proc/v')).toBe(false);
    },
  );
});
