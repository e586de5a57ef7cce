import { describe, expect, it } from 'vitest';
import { slotRewardBound } from '../../../properties/economics/slot-reward-bound.ts';
import { HONEST_BEHAVIOUR } from '../../../src/model/economics/behaviour.ts';
import { withDoubleVoters } from '../../../src/model/economics/inputs.ts';
import { runLedger } from '../../../src/model/economics/ledger.ts';
import { RULES } from '../../../src/model/economics/rules.ts';
import { ceilingReward, smallInputs, smallParams } from '../../helpers/economics.ts';

describe('SlotRewardBound', () => {
  it('holds, even with a double voter (paid once)', () => {
    const inputs = withDoubleVoters(smallInputs(), [0]);
    expect(slotRewardBound.check(runLedger(smallParams(), inputs, HONEST_BEHAVIOUR))).toBeNull();
  });

  it('fails with a rounding that overpays (r rounded up)', () => {
    const l = runLedger(smallParams(), smallInputs(), HONEST_BEHAVIOUR, {
      ...RULES,
      voteReward: ceilingReward,
    });
    expect(slotRewardBound.check(l)).toMatch(
      /^slot 1 paid \d+ lamports, more than M\/N = \d+\/8 \(epoch 0\)$/,
    );
  });

  it('fails when a double voter is paid per list entry, as the implementation lists it', () => {
    const inputs = withDoubleVoters(smallInputs(), [0]);
    const l = runLedger(smallParams(), inputs, HONEST_BEHAVIOUR, { ...RULES, payOncePerSlot: false });
    expect(slotRewardBound.check(l)).toMatch(/^slot 1 paid/);
  });
});
