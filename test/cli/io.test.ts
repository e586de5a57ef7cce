import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileTargetProblems, folderTargetProblems, readJsonFile, writeFileAtomic } from '../../src/cli/io.ts';
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

/**
 * A target that exists but is not a regular file (issue 11 review): renaming a temp file over a
 * device, a FIFO or a socket would replace it with a regular file. Only nodes made in a temp
 * folder of the test's own: never a real /dev entry (a test that hit /dev/full destroyed it).
 */
describe('a target that is not a regular file is refused', () => {
  const dir = tempDir();
  const isRoot = process.getuid?.() === 0;

  it.skipIf(!isRoot)('a character device (mknod in a temp folder)', () => {
    const device = join(dir, 'mynull');
    execFileSync('mknod', ['-m', '666', device, 'c', '1', '3']);
    expect(fileTargetProblems(device, '--output')).toEqual([
      `--output ${device}: is a character device, not a regular file`,
    ]);
    // Through a symlink too: the write would land on the device.
    const link = join(dir, 'to-null');
    symlinkSync(device, link);
    expect(fileTargetProblems(link, '--junit')).toEqual([
      `--junit ${link}: is a character device, not a regular file`,
    ]);
    expect(statSync(device).isCharacterDevice()).toBe(true);
  });

  it('a FIFO', () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(fileTargetProblems(fifo, '--itf')).toEqual([`--itf ${fifo}: is a FIFO, not a regular file`]);
  });

  it('a socket', async () => {
    const path = join(dir, 'sock');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path, resolve));
    try {
      expect(fileTargetProblems(path, '--html')).toEqual([`--html ${path}: is a socket, not a regular file`]);
    } finally {
      server.close();
    }
  });

  it('a symlink loop', () => {
    const a = join(dir, 'loop-a');
    const b = join(dir, 'loop-b');
    symlinkSync(b, a);
    symlinkSync(a, b);
    expect(fileTargetProblems(a, '--output')).toEqual([`--output ${a}: cannot resolve the path (ELOOP)`]);
  });

  it('writeFileAtomic refuses one too (a race after the check), leaving it as it was', () => {
    const fifo = join(dir, 'pipe2');
    execFileSync('mkfifo', [fifo]);
    expect(() => writeFileAtomic(fifo, 'x')).toThrow(/not a regular file/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});

describe('writeFileAtomic through a symlink', () => {
  it('keeps the link and writes its target (relative links, chains, a link to a file not made yet)', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'target.json'), 'old');
    symlinkSync(join('real', 'target.json'), join(dir, 'link.json'));
    symlinkSync('link.json', join(dir, 'link2.json'));
    expect(fileTargetProblems(join(dir, 'link2.json'), '--output')).toEqual([]);
    writeFileAtomic(join(dir, 'link2.json'), 'new');
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, 'link2.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.json'))).toBe(join('real', 'target.json'));
    expect(readFileSync(join(dir, 'real', 'target.json'), 'utf8')).toBe('new');
    // A dangling link: the file it names is created, the link stays.
    symlinkSync(join(dir, 'real', 'later.json'), join(dir, 'dangling.json'));
    writeFileAtomic(join(dir, 'dangling.json'), 'made');
    expect(lstatSync(join(dir, 'dangling.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real', 'later.json'), 'utf8')).toBe('made');
    // No temporary file left beside the link or the target.
    expect(readdirSync(dir).sort()).toEqual(['dangling.json', 'link.json', 'link2.json', 'real']);
    expect(readdirSync(join(dir, 'real')).sort()).toEqual(['later.json', 'target.json']);
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
