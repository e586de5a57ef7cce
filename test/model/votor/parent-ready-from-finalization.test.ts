import { describe, expect, it } from 'vitest';
import { SAFETY_PROPERTIES } from '../../../properties/safety/index.ts';
import type { ProtocolName } from '../../../src/core/config/index.ts';
import { GENESIS, NO_BLOCK } from '../../../src/core/ids.ts';
import { enabledActions } from '../../../src/model/actions/enabled.ts';
import { equalStakes } from '../../helpers/config.ts';
import { Run } from '../../helpers/run.ts';

// Rule parentReadyFromFinalization (src/model/protocol-rules.ts), agave's
// add_missing_parent_ready (votor/src/event_handler.rs): a node that finalized a block b in a
// later slot of a window, holds b itself, and has no ParentReady for the window's start (or any
// later slot), records ParentReady(slot(b), parent(b)) and sets that slot's timers, so it can
// skip the window and take part in its fallback instead of staying silent. The paper (Def. 15)
// raises ParentReady only for a window's first slot, from certificates of earlier slots.
// Five validators of stake 1 (F = 4); 0 correct, 1..4 Byzantine; window 2: v1 leads slots 3-4.

const OBSERVER = 0;

function finalizedInWindow2(protocol: ProtocolName) {
  const run = Run.of({
    stakes: equalStakes(5),
    byzantine: [1, 2, 3, 4],
    windowSize: 2,
    maxSlot: 4,
    leaderOffset: 0,
    protocol,
  });
  const b3 = run.byzBlock(1, 3, GENESIS);
  const b4 = run.byzBlock(1, 4, b3);
  return { run, b3, b4 };
}

const fastFinal = (run: Run, slot: number, block: number) =>
  run.cert(1, OBSERVER, 'fastFinal', slot, block, [1, 2, 3, 4]);

function timeoutsOffered(run: Run): number[] {
  return enabledActions(run.cfg, run.state).flatMap((a) =>
    a.type === 'timeout' && a.node === OBSERVER ? [a.slot] : [],
  );
}

function violated(run: Run): string[] {
  return SAFETY_PROPERTIES.flatMap((p) => {
    const problem = p.check(run.cfg, run.state);
    return problem === null ? [] : [`${p.name}: ${problem}`];
  });
}

describe('a finalized block in a window that never became parent-ready', () => {
  it('whitepaper: raises no ParentReady, so the node has no timer for the window', () => {
    const { run, b4 } = finalizedInWindow2('whitepaper');
    run.sendBlock(1, OBSERVER, b4);
    fastFinal(run, 4, b4);
    expect(run.slot(OBSERVER, 4).parentReady).toEqual([]);
    expect(run.slot(OBSERVER, 4).timeoutsSet).toBe(false);
    expect(timeoutsOffered(run)).toEqual([1]); // window 1's only
  });

  it('agave: yields ParentReady(slot(b), parent(b)), whose timer skips the window', () => {
    const { run, b3, b4 } = finalizedInWindow2('agave');
    run.sendBlock(1, OBSERVER, b4);
    fastFinal(run, 4, b4);
    expect(run.slot(OBSERVER, 4).parentReady).toEqual([b3]);
    expect(run.slot(OBSERVER, 4).timeoutsSet).toBe(true);
    expect(run.slot(OBSERVER, 3).parentReady).toEqual([]);
    // Agave's timers for slot 4 cover slots 4.. of the window: Timeout(4) is the one offered.
    expect(timeoutsOffered(run)).toEqual([1, 4]);
    expect(run.accepts({ type: 'timeout', node: OBSERVER, slot: 3 })).toBe(false);
    run.timeout(OBSERVER, 4);
    // try_skip_window skips every unvoted slot of the window, the earlier one too.
    expect(run.castIn(OBSERVER, 3)).toEqual(['skip']);
    expect(run.castIn(OBSERVER, 4)).toEqual(['skip']);
    expect(violated(run)).toEqual([]);
  });

  it('agave: also when the block completes after the finalization (the Block event path)', () => {
    const { run, b3, b4 } = finalizedInWindow2('agave');
    fastFinal(run, 4, b4);
    expect(run.slot(OBSERVER, 4).parentReady).toEqual([]); // the block is missing: nothing yet
    run.sendBlock(1, OBSERVER, b4);
    expect(run.slot(OBSERVER, 4).parentReady).toEqual([b3]);
  });

  it('agave: slow finalization (Finalization + Notarization) counts too', () => {
    const { run, b3, b4 } = finalizedInWindow2('agave');
    run.sendBlock(1, OBSERVER, b4);
    run.cert(1, OBSERVER, 'final', 4, NO_BLOCK, [1, 2, 3]);
    expect(run.slot(OBSERVER, 4).parentReady).toEqual([]);
    run.cert(1, OBSERVER, 'notar', 4, b4, [1, 2, 3]);
    expect(run.slot(OBSERVER, 4).parentReady).toEqual([b3]);
  });

  it('agave: not when the window start is already parent-ready', () => {
    const { run, b4 } = finalizedInWindow2('agave');
    run.cert(1, OBSERVER, 'skip', 1, NO_BLOCK, [1, 2, 3]);
    run.cert(1, OBSERVER, 'skip', 2, NO_BLOCK, [1, 2, 3]);
    expect(run.slot(OBSERVER, 3).parentReady).toEqual([GENESIS]);
    run.sendBlock(1, OBSERVER, b4);
    fastFinal(run, 4, b4);
    expect(run.slot(OBSERVER, 4).parentReady).toEqual([]);
  });

  it("agave: not for the window's first slot", () => {
    const { run, b3 } = finalizedInWindow2('agave');
    run.sendBlock(1, OBSERVER, b3);
    fastFinal(run, 3, b3);
    expect(run.slot(OBSERVER, 3).parentReady).toEqual([]);
    expect(run.slot(OBSERVER, 4).parentReady).toEqual([]);
  });
});
