import { describe, expect, it } from 'vitest';
import { admissionRule } from '../../../properties/economics/admission-rule.ts';
import type { Candidate } from '../../../src/model/economics/admission.ts';
import { HONEST_BEHAVIOUR } from '../../../src/model/economics/behaviour.ts';
import { runLedger } from '../../../src/model/economics/ledger.ts';
import { RULES } from '../../../src/model/economics/rules.ts';
import { smallInputs, smallParams } from '../../helpers/economics.ts';

/** A plausible bug: at the cap, sort by stake and keep the first `cap` (a tie at the cut admits one). */
function admitWithTiebreak(candidates: readonly Candidate[], minimum: bigint, cap: number): number[] {
  const eligible = candidates.filter((c) => c.stake > 0n && c.balance >= minimum);
  const sorted = [...eligible].sort((a, b) =>
    a.stake === b.stake ? a.id - b.id : a.stake > b.stake ? -1 : 1,
  );
  return sorted
    .slice(0, cap)
    .map((c) => c.id)
    .sort((a, b) => a - b);
}

describe('AdmissionRule', () => {
  const tied = smallParams({
    stakes: [40n, 30n, 30n, 10n].map((s) => s * 1_000_000_000_000n),
    maxAdmitted: 2,
  });

  it('holds: a tie at the cap excludes both; a balance below VAT (+ rent with the switch) excludes', () => {
    const l = runLedger(tied, smallInputs(), HONEST_BEHAVIOUR);
    expect(l.epochs[0]?.admitted).toEqual([0]);
    expect(admissionRule.check(l)).toBeNull();
    const exact = smallParams({
      balances: [10n, 10n, 10n, 0n].map((s) => s * 1_000_000_000n + 1_600_000_000n),
      rentInAdmission: true,
    });
    const rent = runLedger(exact, smallInputs(), HONEST_BEHAVIOUR);
    expect(rent.admissions[0]?.admitted).toEqual([0, 1, 2]);
    expect(admissionRule.check(rent)).toBeNull();
  });

  it('fails when a tie at the cap admits one', () => {
    const l = runLedger(tied, smallInputs(), HONEST_BEHAVIOUR, { ...RULES, admit: admitWithTiebreak });
    expect(admissionRule.check(l)).toBe('epoch 0 admitted [0, 1]; the rule admits [0]');
  });

  it('fails when the rent is ignored while the switch asks for it', () => {
    const exact = smallParams({
      balances: [10n, 10n, 10n, 0n].map((s) => s * 1_000_000_000n + 1_600_000_000n),
      rentInAdmission: true,
    });
    const l = runLedger(exact, smallInputs(), HONEST_BEHAVIOUR, {
      ...RULES,
      admit: (c, _min, cap) => RULES.admit(c, 1_600_000_000n, cap),
    });
    expect(admissionRule.check(l)).toBe('epoch 0 admitted [0, 1, 2, 3]; the rule admits [0, 1, 2]');
  });
});
