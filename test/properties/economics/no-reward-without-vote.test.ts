import { describe, expect, it } from 'vitest';
import { noRewardWithoutVote } from '../../../properties/economics/no-reward-without-vote.ts';
import { HONEST_BEHAVIOUR } from '../../../src/model/economics/behaviour.ts';
import { runLedger } from '../../../src/model/economics/ledger.ts';
import { RULES } from '../../../src/model/economics/rules.ts';
import { smallInputs, smallParams } from '../../helpers/economics.ts';

describe('NoRewardWithoutVote', () => {
  const forging = { ...HONEST_BEHAVIOUR, forgers: [3] };

  it('holds, also when a leader tries to include a validator it has no vote from (refused)', () => {
    const l = runLedger(smallParams(), smallInputs(), forging);
    expect(l.aggregates.flatMap((a) => a.refused)).toEqual([1]);
    expect(noRewardWithoutVote.check(l)).toBeNull();
  });

  it('fails when a fallback vote earns', () => {
    const l = runLedger(smallParams(), smallInputs(), HONEST_BEHAVIOUR, {
      ...RULES,
      earns: (kind) => kind !== 'final' && kind !== 'skipFallback',
    });
    expect(noRewardWithoutVote.check(l)).toMatch(
      /^validator 1 was paid \d+ lamports \(voter\) for slot 7, but leader 3 held no Notar or Skip vote of validator 1 for it/,
    );
  });

  it('fails with a reward to a non-voter (an aggregate not verified against the signatures)', () => {
    const l = runLedger(smallParams(), smallInputs(), forging, { ...RULES, verifiesSignatures: false });
    expect(noRewardWithoutVote.check(l)).toMatch(/^validator 1 was paid \d+ lamports \(voter\) for slot 7/);
  });
});
