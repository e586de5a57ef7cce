import { describe, expect, it } from 'vitest';
import { SAFETY_PROPERTIES } from '../../../properties/safety/index.ts';
import type { ProtocolName } from '../../../src/core/config/index.ts';
import { GENESIS, NO_BLOCK } from '../../../src/core/ids.ts';
import { enabledActions } from '../../../src/model/actions/enabled.ts';
import { equalStakes } from '../../helpers/config.ts';
import { Run } from '../../helpers/run.ts';

// Rule allVersionsPending (src/model/protocol-rules.ts). The white paper's Blokstor hands Votor
// only the first complete block of a slot (notes §3.6): a second version is never voted on. Agave
// queues every version that completes replay while the slot is unvoted (`pending_blocks`, a list
// per slot, in votor/src/event_handler.rs) and check_pending_blocks retries them all, so the
// second version is voted on once its parent qualifies and the first's does not.
// Five validators of stake 1 (S = 3); 0 correct, 1..4 Byzantine; window 1; v1 leads slot 1, v2 slot 2.

const OBSERVER = 0;

function twoVersionsOfSlot2(protocol: ProtocolName) {
  const run = Run.of({
    stakes: equalStakes(5),
    byzantine: [1, 2, 3, 4],
    windowSize: 1,
    maxSlot: 2,
    leaderOffset: 1,
    protocol,
  });
  const a1 = run.byzBlock(1, 1, GENESIS);
  const onA1 = run.byzBlock(2, 2, a1); // 2a: its parent 1a never gets a certificate here
  const onGenesis = run.byzBlock(2, 2, GENESIS); // 2b: becomes votable once slot 1 is skipped
  run.sendBlock(2, OBSERVER, onA1);
  return { run, onA1, onGenesis };
}

/** Slot 1 skipped by the Byzantine signers: ParentReady(2, G) for the observer. */
function skipSlot1(run: Run): void {
  run.cert(1, OBSERVER, 'skip', 1, NO_BLOCK, [1, 2, 3]);
  expect(run.slot(OBSERVER, 2).parentReady).toEqual([GENESIS]);
}

function violated(run: Run): string[] {
  return SAFETY_PROPERTIES.flatMap((p) => {
    const problem = p.check(run.cfg, run.state);
    return problem === null ? [] : [`${p.name}: ${problem}`];
  });
}

describe('a second complete version of a slot', () => {
  it('whitepaper: only the first one received is pending; the second is never voted on', () => {
    const { run, onA1, onGenesis } = twoVersionsOfSlot2('whitepaper');
    run.sendBlock(2, OBSERVER, onGenesis);
    skipSlot1(run);
    expect(run.slot(OBSERVER, 2).pending).toBe(onA1);
    expect(run.castIn(OBSERVER, 2)).toEqual([]);
    expect(violated(run)).toEqual([]);
  });

  it('agave: every version stays pending and the one whose parent becomes ready is voted on', () => {
    const { run, onA1, onGenesis } = twoVersionsOfSlot2('agave');
    run.sendBlock(2, OBSERVER, onGenesis);
    expect(run.slot(OBSERVER, 2).versions).toEqual([onA1, onGenesis]);
    expect(run.castIn(OBSERVER, 2)).toEqual([]);
    skipSlot1(run);
    expect(run.castIn(OBSERVER, 2)).toEqual([`notar:${onGenesis}`]);
    // VotesJustified accepts a Notar for a received version that was not the first one.
    expect(violated(run)).toEqual([]);
  });

  it('agave: a version whose parent is already ready when it arrives is voted on at once', () => {
    const { run, onGenesis } = twoVersionsOfSlot2('agave');
    skipSlot1(run);
    expect(run.castIn(OBSERVER, 2)).toEqual([]);
    run.sendBlock(2, OBSERVER, onGenesis);
    expect(run.castIn(OBSERVER, 2)).toEqual([`notar:${onGenesis}`]);
  });

  it.each<[ProtocolName, boolean]>([
    ['whitepaper', false],
    ['agave', true],
  ])(
    '%s: the adversary is offered the second version (a send that changes something): %s',
    (protocol, offered) => {
      const { run, onGenesis } = twoVersionsOfSlot2(protocol);
      const sendsOf = (block: number) =>
        enabledActions(run.cfg, run.state).filter(
          (a) => a.type === 'byzSend' && a.to === OBSERVER && a.msg.type === 'block' && a.msg.block === block,
        );
      expect(sendsOf(onGenesis).length > 0).toBe(offered);
      // Once the observer voted in the slot, no version of it changes anything any more.
      skipSlot1(run);
      run.sendBlock(2, OBSERVER, onGenesis);
      expect(sendsOf(onGenesis)).toEqual([]);
    },
  );

  it('agave: the same version received twice is kept once', () => {
    const { run, onA1 } = twoVersionsOfSlot2('agave');
    const before = run.state;
    run.sendBlock(2, OBSERVER, onA1);
    expect(run.slot(OBSERVER, 2).versions).toEqual([onA1]);
    expect(run.model.fingerprint(run.state)).toBe(run.model.fingerprint(before));
  });

  it('agave: PendingBlocksRetried sees a parked version whose parent qualifies', () => {
    const { run, onGenesis } = twoVersionsOfSlot2('agave');
    run.sendBlock(2, OBSERVER, onGenesis);
    skipSlot1(run);
    // A node that failed to retry: the vote undone, the version still parked.
    const slots = [...(run.state.nodes[OBSERVER]?.slots ?? [])];
    const view = slots[2];
    if (!view) throw new Error('no slot 2');
    slots[2] = { ...view, voted: false, votedNotar: NO_BLOCK };
    const nodes = [...run.state.nodes];
    nodes[OBSERVER] = { slots };
    const castVotes = [...run.state.castVotes];
    castVotes[OBSERVER] = (castVotes[OBSERVER] ?? []).filter((v) => v.slot !== 2);
    run.state = { ...run.state, nodes, castVotes };
    expect(violated(run)).toEqual([
      `PendingBlocksRetried: validator 0 holds 2b pending although its parent qualifies (never retried)`,
    ]);
  });
});
