import { describe, expect, it } from 'vitest';
import { SAFETY_PROPERTIES } from '../../../properties/safety/index.ts';
import type { LivenessProperty, SafetyProperty } from '../../../properties/types.ts';
import { runExhaustive } from '../../../scenarios/drivers/exhaustive.ts';
import { runPbt } from '../../../scenarios/drivers/pbt.ts';
import { runSim } from '../../../scenarios/drivers/sim.ts';
import { selectProperties } from '../../../scenarios/selection.ts';
import { DEFAULT_CONFIG } from '../../../src/core/config/index.ts';
import { scenarioContext } from '../../helpers/scenario-context.ts';
import { timedConfig } from '../../helpers/timed.ts';

/** A safety property that fails in every state and counts how often it was asked. */
function alwaysViolated(name: string): SafetyProperty & { calls: number } {
  const p = {
    kind: 'safety' as const,
    name,
    reference: 'test',
    description: 'fails everywhere',
    calls: 0,
    check: () => {
      p.calls++;
      return 'violated by construction';
    },
  };
  return p;
}

function countingHolds(name: string): SafetyProperty & { calls: number } {
  const p = { ...alwaysViolated(name), description: 'holds everywhere' };
  p.check = () => {
    p.calls++;
    return null;
  };
  return p;
}

function countingLiveness(name: string): LivenessProperty & { calls: number } {
  const p = {
    kind: 'liveness' as const,
    name,
    reference: 'test',
    description: 'fails on every run',
    calls: 0,
    check: () => {
      p.calls++;
      return 'violated by construction';
    },
  };
  return p;
}

const SMALL = {
  ...DEFAULT_CONFIG,
  validators: 4,
  byzantine_count: 0,
  offline_count: 0,
  max_rounds: 1,
  leader_window_size: 1,
  leader_offset: 0,
  fast_path_threshold: 0.8,
  slow_path_threshold: 0.6,
};

describe('property selection', () => {
  it('keeps the listed properties (--properties) or all but the listed ones (--skip-properties), in order', () => {
    const names = (sel: Parameters<typeof selectProperties>[0]) =>
      selectProperties(sel, SAFETY_PROPERTIES).map((p) => p.name);
    expect(names(undefined)).toEqual(SAFETY_PROPERTIES.map((p) => p.name));
    expect(names({ only: ['WindowChain', 'HonestVoteUniqueness'], skip: [] })).toEqual([
      'HonestVoteUniqueness',
      'WindowChain',
    ]);
    expect(names({ only: null, skip: ['WindowChain'] })).toEqual(
      SAFETY_PROPERTIES.map((p) => p.name).filter((n) => n !== 'WindowChain'),
    );
  });
});

describe('drivers check only the selected properties', () => {
  it('pbt: a skipped property is never evaluated, so its violation is never reported', async () => {
    const bad = alwaysViolated('Bad');
    const good = countingHolds('Good');
    const traces: string[] = [];
    const ctx = scenarioContext(SMALL, { selection: { only: null, skip: ['Bad'] }, traces });
    const result = await runPbt({ ctx, config: SMALL, properties: [bad, good], runs: 3, label: null });
    expect(bad.calls).toBe(0);
    expect(good.calls).toBeGreaterThan(0);
    expect(result.properties.map((p) => [p.name, p.passed])).toEqual([['Good', true]]);
    expect(traces).toEqual([]);
  });

  it('pbt: without the selection the same property is reported violated (the test can fail)', async () => {
    const bad = alwaysViolated('Bad');
    const ctx = scenarioContext(SMALL);
    const result = await runPbt({ ctx, config: SMALL, properties: [bad], runs: 1, label: null });
    expect(result.properties.map((p) => [p.name, p.passed])).toEqual([['Bad', false]]);
  });

  it('exhaustive: a skipped property is never evaluated', async () => {
    const bad = alwaysViolated('Bad');
    const good = countingHolds('Good');
    const ctx = scenarioContext(SMALL, {
      mode: 'exhaustive',
      depth: 3,
      selection: { only: ['Good'], skip: [] },
    });
    const result = await runExhaustive({ ctx, config: SMALL, properties: [bad, good] });
    expect(bad.calls).toBe(0);
    expect(good.calls).toBeGreaterThan(0);
    expect(result.properties.map((p) => p.name)).toEqual(['Good']);
  });

  it('sim: skipped liveness and safety properties are never evaluated', async () => {
    const config = timedConfig({ validators: 4, max_rounds: 2, leader_window_size: 1 });
    const live = countingLiveness('Live');
    const bad = alwaysViolated('Bad');
    const good = countingHolds('Good');
    const ctx = scenarioContext(config, { mode: 'sim', selection: { only: ['Good'], skip: [] } });
    const result = await runSim({ ctx, config, runs: 1, liveness: [live], safety: [bad, good] });
    expect(live.calls).toBe(0);
    expect(bad.calls).toBe(0);
    // Not declared stable: checked on each state of the run (scenarios/drivers/timed-safety.ts).
    expect(good.calls).toBeGreaterThan(1);
    expect(result.properties.map((p) => [p.name, p.passed])).toEqual([['Good', true]]);
  });

  it('a driver left with nothing to check does not run at all', async () => {
    const bad = alwaysViolated('Bad');
    const ctx = scenarioContext(SMALL, { selection: { only: ['Elsewhere'], skip: [] } });
    const pbt = await runPbt({ ctx, config: SMALL, properties: [bad], runs: 3, label: null });
    const bfs = await runExhaustive({
      ctx: { ...ctx, mode: 'exhaustive' },
      config: SMALL,
      properties: [bad],
    });
    for (const r of [pbt, bfs]) {
      expect(r.properties).toEqual([]);
      expect(r.runs).toBe(0);
      expect(r.statesExplored).toBe(0);
      expect(r.interrupted).toBe(false);
    }
  });
});
