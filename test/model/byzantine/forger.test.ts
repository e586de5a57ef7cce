import { describe, expect, it } from 'vitest';
import type { ByzantineStrategyName } from '../../../src/core/config/strategies.ts';
import { GENESIS } from '../../../src/core/ids.ts';
import type { Action } from '../../../src/model/actions/types.ts';
import { SKIP_VOTE } from '../../../src/model/index.ts';
import { equalStakes } from '../../helpers/config.ts';
import { Run } from '../../helpers/run.ts';

// Six equal validators, v5 Byzantine (16.7%) and leader of window 1 (slots 1–2).
function setup(strategy: ByzantineStrategyName): Run {
  return Run.of({
    stakes: equalStakes(6),
    byzantine: [5],
    leaderOffset: 5,
    windowSize: 2,
    maxSlot: 2,
    strategy,
  });
}

const offered = (run: Run, pick: (a: Action) => boolean) => run.model.actions(run.state).filter(pick);
const voteTo = (to: number, kind: string, slot: number, block: number) => (a: Action) =>
  a.type === 'byzSend' &&
  a.to === to &&
  a.msg.type === 'vote' &&
  a.msg.vote.kind === kind &&
  a.msg.vote.slot === slot &&
  a.msg.vote.block === block;
const shortCert = (a: Action) =>
  a.type === 'byzSend' && a.msg.type === 'cert' && a.msg.cert.signers.length === 1;

describe('the forger strategy (messages a correct receiver must refuse)', () => {
  it('votes for block ids no one created; the receiver stores the vote but never the block', () => {
    const run = setup('forger');
    const phantom = 4; // slot 1, version 0: no block exists yet
    expect(offered(run, voteTo(0, 'notar', 1, phantom))).toHaveLength(1);
    run.vote(5, 0, 'notar', 1, phantom);
    expect(run.slot(0, 1).initialVote[5]).toBe(phantom);
    expect(run.state.blocks[phantom]).toBeUndefined();
    expect(offered(setup('arbitrary'), voteTo(0, 'notar', 1, phantom))).toHaveLength(0);
  });

  it('sends Notar after Skip to one validator, and the pool keeps the first (Def. 12)', () => {
    const run = setup('forger');
    const b = run.byzBlock(5, 1, GENESIS);
    run.vote(5, 0, 'skip', 1);
    expect(offered(run, voteTo(0, 'notar', 1, b))).toHaveLength(1);
    const before = run.state;
    run.vote(5, 0, 'notar', 1, b);
    expect(run.slot(0, 1).initialVote[5]).toBe(SKIP_VOTE);
    expect(run.model.fingerprint(run.state)).toBe(run.model.fingerprint(before));
    // No other strategy offers a vote the pool would refuse.
    const other = setup('arbitrary');
    const c = other.byzBlock(5, 1, GENESIS);
    other.vote(5, 0, 'skip', 1);
    expect(offered(other, voteTo(0, 'notar', 1, c))).toHaveLength(0);
  });

  it('sends certificates whose signers fall short, and the receiver refuses them', () => {
    const run = setup('forger');
    const forged = offered(run, shortCert);
    expect(forged.length).toBeGreaterThan(0);
    for (const action of forged) {
      const after = run.model.next(run.state, action);
      expect(run.model.fingerprint(after)).toBe(run.model.fingerprint(run.state));
    }
    expect(offered(setup('arbitrary'), shortCert)).toHaveLength(0);
  });
});
