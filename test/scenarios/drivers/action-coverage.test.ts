import { describe, expect, it } from 'vitest';
import { LIVENESS_PROPERTIES } from '../../../properties/liveness/index.ts';
import { SAFETY_PROPERTIES } from '../../../properties/safety/index.ts';
import { runExhaustive } from '../../../scenarios/drivers/exhaustive.ts';
import { runPbt } from '../../../scenarios/drivers/pbt.ts';
import { runSim } from '../../../scenarios/drivers/sim.ts';
import { mergeResults } from '../../../scenarios/merge.ts';
import { DEFAULT_CONFIG } from '../../../src/core/config/index.ts';
import { TWENTY_PERCENT_EQUIVOCATION } from '../../helpers/fixtures.ts';
import { scenarioContext } from '../../helpers/scenario-context.ts';
import { timedConfig } from '../../helpers/timed.ts';

const ATTACK = { ...DEFAULT_CONFIG, ...TWENTY_PERCENT_EQUIVOCATION, leader_offset: 4 };
const sumOf = (kinds: Record<string, { taken: number }>) =>
  Object.values(kinds).reduce((a, k) => a + k.taken, 0);

describe('per-action coverage of the drivers', () => {
  it('pbt: one action taken per step of every run; Byzantine kinds offered and taken', async () => {
    const ctx = scenarioContext(ATTACK, { runs: 5, depth: 30 });
    // HonestVoteUniqueness holds here, so no run ends early and nothing is shrunk.
    const properties = SAFETY_PROPERTIES.filter((p) => p.name === 'HonestVoteUniqueness');
    const result = await runPbt({ ctx, config: ATTACK, properties, runs: 5, label: null });
    const table = result.actionCoverage?.pbt?.table();
    expect(table).toBeDefined();
    const kinds = table?.kinds ?? {};
    // Every run checks its initial state and one state per step taken.
    expect(sumOf(kinds)).toBe(result.statesExplored - result.runs);
    for (const [kind, k] of Object.entries(kinds))
      expect(k.taken, kind).toBeLessThanOrEqual(k.enabled as number);
    expect(kinds.byzPropose?.taken).toBeGreaterThan(0);
    expect(kinds['deliver.vote.notar']?.enabled).toBeGreaterThan(0);
    expect(table?.never_taken).toEqual(
      Object.entries(kinds)
        .filter(([, k]) => k.taken === 0)
        .map(([n]) => n),
    );
  });

  it('exhaustive: successors generated per kind add up to the transitions, new states to the distinct states', async () => {
    const ctx = scenarioContext(ATTACK, { mode: 'exhaustive', depth: 3 });
    const result = await runExhaustive({ ctx, config: ATTACK, properties: SAFETY_PROPERTIES });
    const kinds = result.actionCoverage?.exhaustive?.table().kinds ?? {};
    expect(sumOf(kinds)).toBe(result.transitions);
    const fresh = Object.values(kinds).reduce((a, k) => a + (k.new_states ?? 0), 0);
    expect(fresh).toBe((result.uniqueStates ?? 0) - 1); // every stored state but the initial one
    expect(kinds['byzSend.block']?.taken).toBeGreaterThan(0);
  });

  it('sim: deliveries per kind add up to the deliveries the run counted', async () => {
    const config = timedConfig({ validators: 4, max_rounds: 2, leader_window_size: 1 });
    const ctx = scenarioContext(config, { mode: 'sim' });
    const result = await runSim({ ctx, config, runs: 2, liveness: LIVENESS_PROPERTIES, safety: [] });
    const table = result.actionCoverage?.sim?.table();
    const deliveries = Object.entries(table?.kinds ?? {})
      .filter(([kind]) => kind.startsWith('deliver.'))
      .reduce((a, [, k]) => a + k.taken, 0);
    expect(deliveries).toBe(result.networkEvents);
    expect(table?.kinds.propose?.taken).toBeGreaterThan(0);
    expect(table?.kinds.propose?.enabled).toBeNull();
  });

  it('merging results adds up the coverage of each driver (sweep cells)', async () => {
    const ctx = scenarioContext(ATTACK, { runs: 2, depth: 10 });
    const properties = SAFETY_PROPERTIES.filter((p) => p.name === 'HonestVoteUniqueness');
    const a = await runPbt({ ctx, config: ATTACK, properties, runs: 2, label: null });
    const b = await runPbt({ ctx, config: ATTACK, properties, runs: 2, label: null });
    const merged = mergeResults([a, b], {});
    const taken = (r: typeof a) => r.actionCoverage?.pbt?.totalTaken ?? 0;
    expect(taken(merged)).toBe(taken(a) + taken(b));
    expect(merged.actionCoverage?.exhaustive).toBeUndefined();
  });
});
