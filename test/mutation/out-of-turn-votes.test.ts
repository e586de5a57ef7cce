import { describe, expect, it, vi } from 'vitest';
import { GENESIS, NO_BLOCK, type Slot } from '../../src/core/ids.ts';
import { hasNotarFallbackLike } from '../../src/model/pool/certs.ts';
import { notarTallies, skipStake } from '../../src/model/pool/votes.ts';
import { isWindowStart } from '../../src/model/schedule.ts';
import type { NodeCtx } from '../../src/model/votor/context.ts';
import { exhaustiveRun, pbtRun, whitepaperConfig } from './drivers.ts';

/**
 * Class 2 of issue 10: a correct node that votes out of turn, or not when it should. Seeded bugs:
 * SafeToNotar/SafeToSkip raised before the node's own first vote in the slot (pitfall P5: the
 * node then skips and casts NotarFallback where it should have waited), and checkPendingBlocks
 * never called (a parked block is never voted on). Both passed every property before
 * VotesJustified and PendingBlocksRetried.
 */
const bug = vi.hoisted(() => ({ earlyFallback: false, noRetry: false }));

vi.mock('../../src/model/pool/events.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/model/pool/events.ts')>();
  return {
    ...original,
    raiseFallbackEvents: (ctx: NodeCtx, slot: Slot) =>
      bug.earlyFallback ? raiseWithoutVotedGuard(ctx, slot) : original.raiseFallbackEvents(ctx, slot),
  };
});

vi.mock('../../src/model/votor/try.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/model/votor/try.ts')>();
  return {
    ...original,
    checkPending: (ctx: NodeCtx) => (bug.noRetry ? undefined : original.checkPending(ctx)),
  };
});

/** pool/events.ts raiseFallbackEvents with one line removed: `if (!view.voted) return;`. */
function raiseWithoutVotedGuard(ctx: NodeCtx, slot: Slot): void {
  if (slot < 1 || slot > ctx.cfg.maxSlot) return;
  const view = ctx.draft.readSlot(ctx.node, slot);
  const q = ctx.cfg.quorum;
  const tallies = notarTallies(ctx.cfg, view);
  const skip = skipStake(ctx.cfg, view);
  for (const [block, notar] of tallies) {
    if (view.votedNotar === block || view.safeToNotarRaised.includes(block)) continue;
    if (!(notar >= q.fallback || (skip + notar >= q.slow && notar >= q.minOwn))) continue;
    if (!isWindowStart(slot, ctx.cfg.windowSize) && !parentCertified(ctx, block)) continue;
    ctx.draft.array(ctx.node, slot, 'safeToNotarRaised').push(block);
    ctx.queue.push({ type: 'safeToNotar', slot, block });
  }
  const total = tallies.reduce((sum, [, stake]) => sum + stake, 0n);
  let max = 0n;
  for (const [, stake] of tallies) if (stake > max) max = stake;
  if (view.votedNotar !== NO_BLOCK && !view.safeToSkipRaised && skip + total - max >= q.fallback) {
    ctx.draft.slot(ctx.node, slot).safeToSkipRaised = true;
    ctx.queue.push({ type: 'safeToSkip', slot });
  }
}

function parentCertified(ctx: NodeCtx, block: number): boolean {
  const known = ctx.draft.blockTable[block];
  if (known === undefined) return false;
  const parent = ctx.draft.block(known.parent);
  return parent.id === GENESIS || hasNotarFallbackLike(ctx.draft.readSlot(ctx.node, parent.slot), parent.id);
}

const CONFIG = whitepaperConfig({ byzantine_strategy: 'arbitrary' });
// Seed 1 finds the early NotarFallback in its 39th schedule and the unretried block in its 8th
// (with the equivocation profile of arbitraries/run-input.ts; before it, seed 5 found the first in
// its 39th). Measured over seeds 1-4, 6, 7 at 150 schedules: found on 3 of 6 both before and after
// that profile (at 39, 68, 143 now): the bug is rare on any one seed, so the test names the seed.
// The clean runs below are those same 50.
const RUNS = { seed: 1, runs: 50, depth: 200 };
/** 2 correct validators and 1 offline, windows of 1 slot, 2 slots: 27,223 states, searched to the end. */
const TINY = whitepaperConfig({
  validators: 3,
  byzantine_count: 0,
  offline_count: 1,
  max_rounds: 2,
  leader_window_size: 1,
  leader_offset: 0,
});

describe('out-of-turn votes (class 2)', () => {
  it('pbt reports a NotarFallback raised before the node’s own first vote (VotesJustified)', async () => {
    bug.earlyFallback = true;
    try {
      const run = await pbtRun(CONFIG, { ...RUNS, until: 'VotesJustified' });
      expect(run.violated).toEqual(['VotesJustified']);
      expect(run.traces.get('VotesJustified')?.length).toBeGreaterThan(0);
    } finally {
      bug.earlyFallback = false;
    }
  });

  it('pbt and the exhaustive search report a pending block never retried (PendingBlocksRetried)', async () => {
    bug.noRetry = true;
    try {
      const run = await pbtRun(CONFIG, { ...RUNS, until: 'PendingBlocksRetried' });
      expect(run.violated).toContain('PendingBlocksRetried');
      const search = await exhaustiveRun(TINY, { depth: 40, maxStates: 60_000 });
      expect(search.violated).toContain('PendingBlocksRetried');
    } finally {
      bug.noRetry = false;
    }
  });

  it('without the bugs the same runs report nothing', async () => {
    expect((await pbtRun(CONFIG, RUNS)).violated).toEqual([]);
    const search = await exhaustiveRun(TINY, { depth: 40, maxStates: 60_000 });
    expect(search.violated).toEqual([]);
    expect(search.result.stateSpaceCoverage).toBe(1);
  });
});
