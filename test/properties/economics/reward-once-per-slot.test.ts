import { describe, expect, it } from 'vitest';
import { rewardOncePerSlot } from '../../../properties/economics/reward-once-per-slot.ts';
import { HONEST_BEHAVIOUR } from '../../../src/model/economics/behaviour.ts';
import { withDoubleVoters } from '../../../src/model/economics/inputs.ts';
import { runLedger } from '../../../src/model/economics/ledger.ts';
import { RULES } from '../../../src/model/economics/rules.ts';
import { smallInputs, smallParams } from '../../helpers/economics.ts';

describe('RewardOncePerSlot', () => {
  const inputs = withDoubleVoters(smallInputs(), [2]);

  it('holds: a double voter in both aggregates is paid once', () => {
    const l = runLedger(smallParams(), inputs, HONEST_BEHAVIOUR);
    expect(l.aggregates[0]?.skipVoters).toContain(2);
    expect(rewardOncePerSlot.check(l)).toBeNull();
  });

  it('fails when the voter is paid twice (each list entry paid, as the implementation appends both bitmaps)', () => {
    const l = runLedger(smallParams(), inputs, HONEST_BEHAVIOUR, { ...RULES, payOncePerSlot: false });
    expect(rewardOncePerSlot.check(l)).toBe('validator 2 was paid twice as a voter for slot 1');
  });
});
