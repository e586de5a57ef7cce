import { describe, expect, it } from 'vitest';
import { rewardFormula } from '../../../properties/economics/reward-formula.ts';
import { HONEST_BEHAVIOUR } from '../../../src/model/economics/behaviour.ts';
import { runLedger } from '../../../src/model/economics/ledger.ts';
import { RULES } from '../../../src/model/economics/rules.ts';
import { ceilingReward, smallInputs, smallParams } from '../../helpers/economics.ts';

describe('RewardFormula', () => {
  it('holds for honest and censoring leaders, and when a voter is not admitted in the paying epoch', () => {
    const poor = smallParams({ balances: [10n, 10n, 10n, 2n].map((s) => s * 1_000_000_000n) });
    for (const [params, behaviour] of [
      [smallParams(), HONEST_BEHAVIOUR],
      [smallParams(), { ...HONEST_BEHAVIOUR, censors: [0, 1], censored: [2] }],
      [poor, HONEST_BEHAVIOUR],
    ] as const) {
      expect(rewardFormula.check(runLedger(params, smallInputs(), behaviour))).toBeNull();
    }
  });

  it('fails with a rounding that overpays', () => {
    const l = runLedger(smallParams(), smallInputs(), HONEST_BEHAVIOUR, {
      ...RULES,
      voteReward: ceilingReward,
    });
    expect(rewardFormula.check(l)).toMatch(
      /^validator \d got \d+ lamports \((voter|leader), for validator \d's vote in slot 1\); the formula gives \d+$/,
    );
  });

  it('fails when a payment is missing (voter share dropped)', () => {
    const l = runLedger(smallParams(), smallInputs(), HONEST_BEHAVIOUR);
    const broken = {
      ...l,
      payouts: l.payouts.filter((p) => !(p.role === 'voter' && p.to === 1 && p.rewardSlot === 2)),
    };
    expect(rewardFormula.check(broken)).toMatch(
      /^payment 2\/voter\/1\/1 \(slot\/role\/voter\/to\) of \d+ lamports is missing$/,
    );
  });
});
