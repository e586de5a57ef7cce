import { describe, expect, it, vi } from 'vitest';
import { exhaustiveRun, whitepaperConfig } from '../../mutation/drivers.ts';

/**
 * The exhaustive half of test/mutation/leader-disagreement.test.ts (class 3 of issue 10): with
 * every correct node reading the leader schedule rotated by its own id, breadth-first search
 * reports the five proposals of one slot as InternalConsistency, at the shortest length, 5. It
 * searches 150,000 states (about 15 s of one core), so it runs in test:long; npm test keeps pbt's
 * find of the same bug and the clean exhaustive search.
 */
const bug = vi.hoisted(() => ({ on: true }));

vi.mock('../../../src/model/actions/honest.ts', async (importOriginal) => {
  const { withRotatedLeaders } = await import('../../mutation/leader-disagreement-bug.ts');
  return withRotatedLeaders(await importOriginal(), bug);
});

/** Five correct validators, one slot: five proposals exceed the four versions a slot may have. */
const FIVE = whitepaperConfig({
  validators: 5,
  byzantine_count: 0,
  max_rounds: 1,
  leader_window_size: 1,
  leader_offset: 0,
});

describe('leader disagreement (class 3), exhaustive search', () => {
  it('reports the anomaly as an InternalConsistency violation of 5 steps', async () => {
    const search = await exhaustiveRun(FIVE, { depth: 5, maxStates: 150_000 });
    expect(search.violated).toContain('InternalConsistency');
    const found = search.result.properties.find((p) => p.name === 'InternalConsistency');
    expect(found?.counterexampleLength).toBe(5);
  });
});
