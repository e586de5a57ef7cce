import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { tempDir } from '../helpers/cli.ts';

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = tempDir();

/** Exhaustive-only flags on a run without the exhaustive driver: a warning each, and out of the rerun line. */
describe('flags that have no effect on the run are named, not silently accepted (issue 11)', () => {
  it('liveness_properties (sim only) warns about --max-states and --symmetry=false', async () => {
    const r = await cli([
      'liveness_properties',
      ...['--config', 'configs/tiny.json', '--runs', '1', '--seed', '1'],
      ...['--max-states', '5', '--symmetry=false', '--output', join(dir, 'l.json')],
    ]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(
      'warning: --max-states has no effect on liveness_properties (its only mode is sim)',
    );
    expect(r.err).toContain(
      'warning: --symmetry has no effect on liveness_properties (its only mode is sim)',
    );
    const rerun = r.out.split('\n').find((l) => l.startsWith('rerun: ')) ?? '';
    expect(rerun).not.toMatch(/--max-states|--symmetry/);
  });

  it('an explicit --mode pbt warns about --max-in-flight, and keeps it out of the rerun line', async () => {
    const r = await cli([
      'safety_properties',
      ...['--config', 'configs/tiny.json', '--runs', '2', '--depth', '5', '--seed', '1'],
      ...['--mode', 'pbt', '--max-in-flight', '3', '--output', join(dir, 's.json')],
    ]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(
      'warning: --max-in-flight has no effect with --mode pbt (it is for --mode exhaustive)',
    );
    expect(r.out).not.toMatch(/rerun: .*--max-in-flight/);
  });

  it('no warning when the exhaustive driver runs', async () => {
    const r = await cli([
      'safety_properties',
      ...['--config', 'configs/tiny.json', '--depth', '2', '--seed', '1', '--mode', 'exhaustive'],
      ...['--max-states', '50', '--output', join(dir, 'e.json')],
    ]);
    expect(r.err).not.toContain('no effect');
    expect(r.out).toMatch(/rerun: .*--max-states 50/);
  });
});
