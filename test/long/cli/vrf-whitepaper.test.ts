import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDir } from '../../helpers/cli.ts';
import { readReport } from '../../helpers/schema.ts';

// Issue 13's acceptance: a white-paper-threshold config with vrf_enabled and the stake-weighted
// schedule (configs/vrf-whitepaper.json, unequal stakes) passes safety_properties and
// liveness_properties. Long: about 50 s of one worker at these budgets (300 random schedules, 12 timed runs).

describe('safety and liveness under the stake-weighted schedule', () => {
  it('a white-paper-threshold config with vrf_enabled and the schedule passes both', async () => {
    const dir = tempDir();
    const safety = await runInProcess([
      'safety_properties',
      '--config',
      'configs/vrf-whitepaper.json',
      '--runs',
      '300',
      '--seed',
      '2',
      '--output',
      join(dir, 's.json'),
    ]);
    expect(safety.code, safety.stdout + safety.stderr).toBe(0);
    const liveness = await runInProcess([
      'liveness_properties',
      '--config',
      'configs/vrf-whitepaper.json',
      '--runs',
      '12',
      '--seed',
      '2',
      '--output',
      join(dir, 'l.json'),
    ]);
    expect(liveness.code, liveness.stdout + liveness.stderr).toBe(0);
    expect(readReport(join(dir, 'l.json')).config).toMatchObject({ leader_schedule: 'stake_weighted' });
  });
});
