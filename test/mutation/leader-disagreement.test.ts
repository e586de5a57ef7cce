import { describe, expect, it, vi } from 'vitest';
import type { BlockId, NodeId, Slot } from '../../src/core/ids.ts';
import type { ModelConfig } from '../../src/model/config.ts';
import { leaderOf } from '../../src/model/schedule.ts';
import type { State } from '../../src/model/state.ts';
import { exhaustiveRun, pbtRun, whitepaperConfig } from './drivers.ts';

/**
 * Class 3 of issue 10: correct nodes that disagree must fail a property, not crash the tool. The
 * seeded bug: each correct node computes the leader schedule rotated by its own id, so in some
 * windows every correct node believes it leads and proposes. More versions of a slot than the
 * block table holds fail an assertion inside `next`; that used to stop the drivers with an
 * internal error and no trace. The model now records the anomaly and InternalConsistency
 * reports it, with the schedule that led there.
 */
const bug = vi.hoisted(() => ({ on: false }));

vi.mock('../../src/model/actions/honest.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/model/actions/honest.ts')>();
  return {
    ...original,
    proposeEnabled(cfg: ModelConfig, state: State, node: NodeId, slot: Slot, parent: BlockId) {
      if (!bug.on) return original.proposeEnabled(cfg, state, node, slot, parent);
      // The mutation: the node's own view of the schedule, rotated by its id.
      const own = { ...cfg, leaderOffset: (cfg.leaderOffset + node) % cfg.validatorCount };
      return leaderOf(own, slot) === node && original.proposeEnabled(own, state, node, slot, parent);
    },
  };
});

const PBT = whitepaperConfig({ byzantine_strategy: 'arbitrary' });
const RUNS = { seed: 3, runs: 100, depth: 150 };
/** Five correct validators, one slot: five proposals exceed the four versions a slot may have. */
const FIVE = whitepaperConfig({
  validators: 5,
  byzantine_count: 0,
  max_rounds: 1,
  leader_window_size: 1,
  leader_offset: 0,
});
const SEARCH = { depth: 5, maxStates: 150_000 };

describe('leader disagreement (class 3)', () => {
  it('pbt and the exhaustive search report the anomaly as an InternalConsistency violation', async () => {
    bug.on = true;
    try {
      const run = await pbtRun(PBT, { ...RUNS, until: 'InternalConsistency' });
      expect(run.violated).toContain('InternalConsistency');
      const message = run.result.discoveries.find((d) => d.property === 'InternalConsistency')?.message;
      expect(message).toMatch(/more than 4 versions of slot/);
      const search = await exhaustiveRun(FIVE, SEARCH);
      expect(search.violated).toContain('InternalConsistency');
      const found = search.result.properties.find((p) => p.name === 'InternalConsistency');
      expect(found?.counterexampleLength).toBe(5);
    } finally {
      bug.on = false;
    }
  }, 60_000);

  it('without the bug the same runs report nothing', async () => {
    expect((await pbtRun(PBT, RUNS)).violated).toEqual([]);
    expect((await exhaustiveRun(FIVE, SEARCH)).violated).toEqual([]);
  }, 60_000);
});
