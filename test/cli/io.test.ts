import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileTargetProblems, folderTargetProblems, readJsonFile } from '../../src/cli/io.ts';
import { tempDir } from '../helpers/cli.ts';

describe('output targets are checked before a run', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'file.json'), '{}');

  it('accepts a new file, in a folder that does not exist yet', () => {
    expect(fileTargetProblems(join(dir, 'new', 'deeper', 'r.json'), '--output')).toEqual([]);
    expect(fileTargetProblems(join(dir, 'file.json'), '--output')).toEqual([]);
  });

  it('names the flag and the reason for each unusable path', () => {
    expect(fileTargetProblems('', '--output')).toEqual(['--output: must not be empty']);
    expect(fileTargetProblems(join(dir, 'folder'), '--output')).toEqual([
      `--output ${join(dir, 'folder')}: is a folder, not a file`,
    ]);
    expect(fileTargetProblems(join(dir, 'file.json', 'r.json'), '--output')).toEqual([
      `--output ${join(dir, 'file.json', 'r.json')}: ${join(dir, 'file.json')} is a file, not a folder`,
    ]);
    expect(folderTargetProblems(join(dir, 'file.json'), '--out-dir')).toEqual([
      `--out-dir ${join(dir, 'file.json')}: ${join(dir, 'file.json')} is a file, not a folder`,
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('says when a folder cannot be written', () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    expect(fileTargetProblems(join(locked, 'r.json'), '--output')).toEqual([
      `--output ${join(locked, 'r.json')}: cannot write in ${locked} (no permission)`,
    ]);
    chmodSync(locked, 0o700);
  });
  // /proc passes the permission check (as root) but refuses new files: only trying tells.
  it.skipIf(!existsSync('/proc/self'))('says when a folder takes no new files (/proc)', () => {
    expect(folderTargetProblems('/proc/v', '--out-dir')).toEqual([
      '--out-dir /proc/v: cannot create files in /proc (ENOENT)',
    ]);
    expect(fileTargetProblems('/proc/p.html', '--html')).toEqual([
      '--html /proc/p.html: cannot create files in /proc (ENOENT)',
    ]);
  });

  it('leaves nothing behind when it tries a folder', () => {
    const clean = join(dir, 'clean');
    mkdirSync(clean);
    expect(folderTargetProblems(join(clean, 'new'), '--out-dir')).toEqual([]);
    expect(readdirSync(clean)).toEqual([]);
  });
});

describe('readJsonFile (report inputs)', () => {
  it('drops a byte order mark and refuses a repeated key, in visible characters', () => {
    const dir = tempDir();
    const bom = join(dir, 'bom.json');
    writeFileSync(bom, '\ufeff{"a": 1}');
    expect(readJsonFile(bom, 'input')).toEqual({ a: 1 });
    const twice = join(dir, 'twice.json');
    writeFileSync(twice, '{"a": 1,\n "a": 2}');
    expect(() => readJsonFile(twice, 'input')).toThrow(/duplicate key "a" at \$ \(line 2/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"a\u200b": }');
    expect(() => readJsonFile(broken, 'input')).toThrow(/not valid JSON/);
    try {
      readJsonFile(broken, 'input');
    } catch (error) {
      expect((error as Error).message).not.toMatch(/[\u200b\ufeff]/);
    }
  });
});
