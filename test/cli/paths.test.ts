import { execFileSync, spawn } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, REPO, runInProcess, tempDir, writeConfig } from '../helpers/cli.ts';
import { TINY_CONFIG } from '../helpers/fixtures.ts';

/**
 * Output paths under /proc (issue 11, defect 8): mkdir there answers ENOENT for a path whose
 * parent exists, and Node's recursive mkdir retried forever at 100% CPU, deaf to signals. Each
 * command must refuse such a path up front, in one line naming the flag and the path.
 */

/** Kills the child (SIGKILL: a spinning one ignores SIGTERM) after this long; a pass takes ~1 s. */
const HANG_MS = 20_000;

function runBounded(
  args: readonly string[],
): Promise<{ code: number | null; stderr: string; killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.stdout.resume();
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, HANG_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, killed });
    });
  });
}

function expectOneLineRefusal(
  r: { code: number | null; stderr: string; killed: boolean },
  flagAndPath: string,
) {
  expect(r.killed, 'still running after 20 s (the recursive-mkdir spin)').toBe(false);
  expect(r.code, r.stderr).toBe(1);
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^error: ${flagAndPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe.skipIf(!existsSync('/proc/self'))('output paths under /proc are refused up front', () => {
  const dir = tempDir();

  it('verify --out-dir /proc/v', async () => {
    const r = await runBounded(['verify', '--out-dir', '/proc/v', '--scenarios', 'liveness']);
    expectOneLineRefusal(r, '--out-dir /proc/v');
  });

  it('fuzz --corpus /proc/c', async () => {
    const r = await runBounded(['fuzz', '--corpus', '/proc/c', '--duration', '1', '--runs', '1']);
    expectOneLineRefusal(r, '--corpus /proc/c');
  });

  it('report --html /proc/p.html', async () => {
    // A real report, so that only the output path can be wrong.
    const config = writeConfig(dir, 'tiny.json', TINY_CONFIG);
    const report = join(dir, 'tiny.report.json');
    expect(
      (await runInProcess(['safety_properties', '--config', config, '--output', report, '--runs', '1'])).code,
    ).toBe(0);
    const r = await runBounded(['report', report, '--html', '/proc/p.html']);
    expectOneLineRefusal(r, '--html /proc/p.html');
  });

  it('a scenario with --output /proc/x.json', async () => {
    const config = writeConfig(dir, 'tiny2.json', TINY_CONFIG);
    const r = await runBounded([
      'safety_properties',
      '--config',
      config,
      '--output',
      '/proc/x.json',
      '--runs',
      '1',
    ]);
    expectOneLineRefusal(r, '--output /proc/x.json');
  });
});

/**
 * Output targets that exist but are not regular files (issue 11 review): the atomic rename
 * replaced a device node with a regular file and a symlink with a file, leaving its target
 * stale. Device nodes are made with mknod in the test's own temp folder, never a real /dev entry.
 */
describe('output paths that are devices or symlinks', () => {
  const dir = tempDir();
  const config = writeConfig(dir, 'tiny.json', TINY_CONFIG);
  // In this process: neither target can make a run spin (only /proc's did), so no bound is needed.
  const scenario = async (flags: readonly string[]) => ({
    ...(await runInProcess(['safety_properties', '--config', config, '--runs', '5', ...flags])),
    killed: false,
  });

  it.skipIf(process.getuid?.() !== 0)(
    'a device for --output or --junit is refused and left a device',
    async () => {
      const device = join(dir, 'mynull');
      execFileSync('mknod', ['-m', '666', device, 'c', '1', '3']);
      expectOneLineRefusal(await scenario(['--output', device]), `--output ${device}`);
      expectOneLineRefusal(
        await scenario(['--output', join(dir, 'r.json'), '--junit', device]),
        `--junit ${device}`,
      );
      expect(statSync(device).isCharacterDevice()).toBe(true);
      expect(existsSync(join(dir, 'r.json'))).toBe(false);
    },
  );

  it('--output through a symlink writes the target and keeps the link', async () => {
    const target = join(dir, 'target.json');
    writeFileSync(target, 'old');
    symlinkSync('target.json', join(dir, 'link.json'));
    const r = await scenario(['--output', join(dir, 'link.json')]);
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(target, 'utf8')).scenario).toBe('safety_properties');
  });
});
