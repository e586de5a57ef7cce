import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_BLOCK } from '../../../src/core/ids.ts';
import { Draft } from '../../../src/model/draft.ts';
import { StepEffects } from '../../../src/model/effects.ts';
import type { Vote, VoteKind } from '../../../src/model/messages.ts';
import { certTally, tallyOf } from '../../../src/model/pool/tally.ts';
import { canStoreVote, storeVoteInDraft } from '../../../src/model/pool/votes.ts';
import type { SlotState } from '../../../src/model/slot-state.ts';
import { blankState, type State } from '../../../src/model/state.ts';
import { testConfig } from '../../helpers/config.ts';
import { TEST_SEED } from '../../helpers/seed.ts';

const STAKES = [7, 1, 30, 12, 5, 45];
const cfg = testConfig({ stakes: STAKES });
const KINDS: readonly VoteKind[] = ['notar', 'notarFallback', 'skip', 'skipFallback', 'final'];

/** Every certificate kind's eligible stake, recounted from the stored votes (Table 6), per block. */
function recount(slot: SlotState, block: number) {
  let notar = 0n;
  let fallback = 0n;
  let skip = 0n;
  let final = 0n;
  STAKES.map(BigInt).forEach((stake, v) => {
    if (slot.initialVote[v] === block) notar += stake;
    const nf = slot.notarFallbackVotes.some(([w, b]) => w === v && b === block);
    if (slot.initialVote[v] === block || nf) fallback += stake;
    if (slot.initialVote[v] === -1 || slot.skipFallbackVote[v] === 1) skip += stake;
    if (slot.finalVote[v] === 1) final += stake;
  });
  return { notar, fallback, skip, final };
}

const voteArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  voter: fc.integer({ min: 0, max: STAKES.length - 1 }),
  block: fc.constantFrom(4, 5, 6),
});

describe('pool stake tallies', () => {
  for (const inPlace of [false, true]) {
    it(`equal a recount after any sequence of stored votes (${inPlace ? 'in place' : 'copy-on-write'})`, () => {
      fc.assert(
        fc.property(fc.array(voteArb, { maxLength: 40 }), (arrivals) => {
          let state: State = blankState(cfg);
          for (const a of arrivals) {
            const isBlock = a.kind === 'notar' || a.kind === 'notarFallback';
            const vote: Vote = { kind: a.kind, slot: 1, voter: a.voter, block: isBlock ? a.block : NO_BLOCK };
            const node = 0;
            if (!canStoreVote(state.nodes[node]?.slots[1] as SlotState, vote)) continue;
            const draft = new Draft(cfg, state, new StepEffects(), inPlace);
            storeVoteInDraft(draft, node, vote);
            state = draft.finish();
            const slot = state.nodes[node]?.slots[1] as SlotState;
            const t = tallyOf(cfg, slot);
            for (const b of [4, 5, 6]) {
              const r = recount(slot, b);
              expect(certTally(t, 'notar', b)).toBe(r.notar);
              expect(certTally(t, 'fastFinal', b)).toBe(r.notar);
              expect(certTally(t, 'notarFallback', b)).toBe(r.fallback);
              expect(certTally(t, 'skip', NO_BLOCK)).toBe(r.skip);
              expect(certTally(t, 'final', NO_BLOCK)).toBe(r.final);
            }
            expect(t.skip).toBe(
              STAKES.reduce((sum, s, v) => sum + (slot.initialVote[v] === -1 ? BigInt(s) : 0n), 0n),
            );
          }
        }),
        { seed: TEST_SEED, numRuns: 200 },
      );
    });
  }

  it('are rebuilt for a slot state made without a Draft (a copy, a TLC state)', () => {
    const state = blankState(cfg);
    const draft = new Draft(cfg, state, new StepEffects());
    storeVoteInDraft(draft, 0, { kind: 'notar', slot: 1, voter: 2, block: 4 });
    storeVoteInDraft(draft, 0, { kind: 'notarFallback', slot: 1, voter: 5, block: 4 });
    const copy = structuredClone(draft.finish().nodes[0]?.slots[1] as SlotState);
    expect(certTally(tallyOf(cfg, copy), 'notarFallback', 4)).toBe(75n);
    expect(certTally(tallyOf(cfg, copy), 'notar', 4)).toBe(30n);
  });
});
