import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript (it runs before any TypeScript loader), no declarations.
import { buildBundle, freshBundle } from '../../bin/cli-bundle.mjs';
import { runCli, tempDir } from '../helpers/cli.ts';

/**
 * bin/cli-bundle.mjs: the CLI's fast start may only ever run the code the sources say. The
 * freshness rule is tested on a bundle built into a temporary folder (never by touching the
 * sources, which other tests run from); the equivalence of both start paths on real commands.
 */
describe('the CLI bundle cache', () => {
  const dir = tempDir('alpenglow-bundle-');
  const built: Promise<string> = buildBundle(dir);
  const manifestPath = join(dir, 'manifest.json');
  const manifest = async () => {
    await built;
    return JSON.parse(readFileSync(manifestPath, 'utf8'));
  };
  const withManifest = async (edit: (m: Record<string, unknown>) => void) => {
    const m = await manifest();
    edit(m);
    writeFileSync(manifestPath, JSON.stringify(m));
  };

  it('records every source the bundle is built from, and no package', async () => {
    const paths: string[] = (await manifest()).inputs.map((i: { path: string }) => i.path);
    for (const source of [
      'src/cli/launch.ts',
      'src/cli/main.ts',
      'src/model/pool/votes.ts',
      'src/cli/fuzz/run-one.ts',
    ])
      expect(paths).toContain(source);
    expect(paths.some((p) => p.includes('node_modules'))).toBe(false);
  });

  it('is reused while every input is unchanged, and stale on any change', async () => {
    const path = await built;
    expect(freshBundle(dir)).toBe(path);
    const original = readFileSync(manifestPath, 'utf8');
    // A source edited since the build: its size or time no longer matches.
    await withManifest((m) => {
      (m.inputs as { mtimeMs: number }[])[3]!.mtimeMs -= 1;
    });
    expect(freshBundle(dir)).toBeNull();
    writeFileSync(manifestPath, original);
    await withManifest((m) => {
      (m.inputs as { size: number }[])[0]!.size += 1;
    });
    expect(freshBundle(dir)).toBeNull();
    writeFileSync(manifestPath, original);
    // A source deleted (or renamed) since the build.
    await withManifest((m) => {
      (m.inputs as { path: string }[]).push({ path: 'src/no-such-file.ts', size: 1, mtimeMs: 1 } as never);
    });
    expect(freshBundle(dir)).toBeNull();
    // Built with other options.
    writeFileSync(manifestPath, original);
    await withManifest((m) => {
      m.format = -1;
    });
    expect(freshBundle(dir)).toBeNull();
    writeFileSync(manifestPath, original);
    expect(freshBundle(dir)).toBe(path);
  });

  it('runs commands exactly as the sources do: help, and a scenario with its worker thread', async () => {
    const out = tempDir();
    const stall = join(out, 'stall.json');
    writeFileSync(stall, JSON.stringify({ validators: 5, byzantine_count: 0, offline_count: 3 }));
    const scenario = (name: string) =>
      [
        'liveness_properties',
        '--config',
        stall,
        '--output',
        join(out, name),
        '--runs',
        '1',
        '--seed',
        '3',
      ] as const;
    const [bundled, sources, bundledHelp, sourcesHelp] = await Promise.all([
      runCli(scenario('a.json')),
      runCli(scenario('b.json'), { env: { ALPENGLOW_NO_BUNDLE: '1' } }),
      runCli(['safety_properties', '--help']),
      runCli(['safety_properties', '--help'], { env: { ALPENGLOW_NO_BUNDLE: '1' } }),
    ]);
    expect(bundledHelp.stdout).toBe(sourcesHelp.stdout);
    expect(bundledHelp.stdout).toContain('--config');
    expect(bundled.code, bundled.stderr).toBe(1);
    expect(sources.code, sources.stderr).toBe(1);
    // Wall-clock figures differ from run to run; everything else must be the same bytes.
    const same = (s: string) =>
      s
        .replaceAll(/[\d.]+ states\/s|\d+(\.\d+)? ?ms\b|\d+(\.\d+)? s\b/g, 'T')
        .replaceAll('b.json', 'a.json')
        .replaceAll('/b.', '/a.');
    expect(same(bundled.stdout)).toBe(same(sources.stdout));
    expect(bundled.stdout).toMatch(/CrashedLeaderSkipped +VIOLATED/);
    expect(readFileSync(join(out, 'a.CrashedLeaderSkipped.trace.json'), 'utf8')).toBe(
      readFileSync(join(out, 'b.CrashedLeaderSkipped.trace.json'), 'utf8'),
    );
  });
});
