import { describe, expect, it } from 'vitest';
import { livenessAssumptionWarnings } from '../../../scenarios/drivers/assumptions.ts';
import { buildModelConfig } from '../../../src/model/config.ts';
import { NO_FAULTS } from '../../../src/sim/timed/fault-plan.ts';
import { timedParams } from '../../../src/sim/timed/params.ts';
import { livenessTiming } from '../../../src/sim/timed/timing.ts';
import { timedConfig } from '../../helpers/timed.ts';

function warningsFor(overrides: Parameters<typeof timedConfig>[0]): string[] {
  const config = timedConfig(overrides);
  const cfg = buildModelConfig(config, { leaderOffset: 0 });
  return livenessAssumptionWarnings(cfg, livenessTiming(cfg, timedParams(config), NO_FAULTS, 0));
}

describe('liveness assumption warnings', () => {
  it('says nothing when the premises of Theorem 2 hold', () => {
    expect(warningsFor({ validators: 5, offline_count: 2 })).toEqual([]);
  });

  it('names a timeout below 3Δ', () => {
    const [warning] = warningsFor({ validators: 5, timeout_ms: 100 });
    expect(warning).toMatch(/^timeout_ms 100 is below 3Δ = \d+ ms/);
  });

  it('names correct online stake below S, and no Byzantine validators when there are none', () => {
    expect(warningsFor({ validators: 5, offline_count: 3 })).toEqual([
      'correct online stake 2 of 5 is below the slow threshold: no certificate can form and a stall is expected',
    ]);
  });

  it('says certificates then need Byzantine votes, which the strategy may withhold, when there are some', () => {
    // Byzantine validators act in timed runs (src/sim/timed/byzantine): their votes may complete
    // a certificate, so a stall is possible, not certain.
    expect(warningsFor({ validators: 5, byzantine_count: 1, offline_count: 2 })).toEqual([
      'correct online stake 2 of 5 is below the slow threshold: a certificate needs the votes of the 1 Byzantine validator, which its strategy may withhold, so a stall may come',
    ]);
  });
});
