import { describe, expect, it, vi } from 'vitest';
import { LIVENESS_PROPERTIES } from '../../../../properties/liveness/index.ts';
import { SAFETY_PROPERTIES } from '../../../../properties/safety/index.ts';
import { runSim } from '../../../../scenarios/drivers/sim.ts';
import { SKIP_VOTE } from '../../../../src/model/slot-state.ts';
import { scenarioContext } from '../../../helpers/scenario-context.ts';
import { runTimed, timedConfig } from '../../../helpers/timed.ts';

// A planted pool bug (Def. 12, storage rule 1: one Notar-or-Skip vote per voter and slot): the
// pool stores a Notar unless the voter cast Skip, so a second Notar of one voter is stored and
// its stake counted again. Correct validators never send one, so with Byzantine validators silent
// the timed driver cannot see the bug; a forger that sends its Notar twice (policies.ts) makes a
// the pool count its stake twice, which the model's tally check catches (InternalConsistency).
vi.mock('../../../../src/model/pool/votes.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../src/model/pool/votes.ts')>();
  const { setTally, tallyAfter } = await import('../../../../src/model/pool/tally.ts');
  const secondNotar = (initial: number | undefined, kind: string) =>
    kind === 'notar' && initial !== undefined && initial >= 0;
  return {
    ...original,
    canStoreVote: ((slot, vote, rules) =>
      vote.kind === 'notar' && slot.initialVote[vote.voter] !== SKIP_VOTE
        ? true
        : original.canStoreVote(slot, vote, rules)) as typeof original.canStoreVote,
    storeVoteInDraft: ((draft, node, vote) => {
      const before = draft.readSlot(node, vote.slot);
      if (!secondNotar(before.initialVote[vote.voter], vote.kind))
        return original.storeVoteInDraft(draft, node, vote);
      const tally = tallyAfter(draft.cfg, before, vote);
      draft.array(node, vote.slot, 'initialVote')[vote.voter] = vote.block;
      setTally(draft.readSlot(node, vote.slot), tally);
    }) as typeof original.storeVoteInDraft,
  };
});

/** 7 validators, 6 Byzantine (1/7 of the stake); windows of 2 slots from leader 0, so 6 leads 13–14. */
const config = (strategy: string) =>
  timedConfig({
    validators: 7,
    byzantine_count: 1,
    byzantine_strategy: strategy,
    max_rounds: 14,
    leader_window_size: 2,
    leader_offset: 0,
  });

async function failedProperties(strategy: string): Promise<string[]> {
  const c = config(strategy);
  const result = await runSim({
    ctx: scenarioContext(c, { runs: 1, seed: 3 }),
    config: c,
    runs: 1,
    liveness: LIVENESS_PROPERTIES,
    safety: SAFETY_PROPERTIES,
  });
  return result.properties.filter((p) => p.passed === false).map((p) => p.name);
}

describe('a planted pool bug the timed driver finds only because Byzantine validators act', () => {
  it('passes every property with the Byzantine validator silent', async () => {
    expect(await failedProperties('silent')).toEqual([]);
  });

  it('fails with a forger sending its Notar votes twice (its stake counted twice)', async () => {
    const failed = await failedProperties('forger');
    // The pool's tally, counted as votes are stored, no longer matches its votes: the model's own
    // consistency check stops the run (InternalConsistency), and liveness fails after it.
    expect(failed).toContain('InternalConsistency');
    const stopped = runTimed(config('forger'), { seed: 'x' }).run.state.anomaly;
    expect(stopped).toMatch(/^pool tally \d+ for notar of slot \d+/);
  });
});
