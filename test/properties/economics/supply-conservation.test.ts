import { describe, expect, it } from 'vitest';
import { supplyConservation } from '../../../properties/economics/supply-conservation.ts';
import { HONEST_BEHAVIOUR } from '../../../src/model/economics/behaviour.ts';
import { runLedger } from '../../../src/model/economics/ledger.ts';
import { RULES } from '../../../src/model/economics/rules.ts';
import { smallInputs, smallParams } from '../../helpers/economics.ts';

describe('SupplyConservation', () => {
  it('holds: the supply and the vote accounts change by rewards paid − VAT burned', () => {
    expect(supplyConservation.check(runLedger(smallParams(), smallInputs(), HONEST_BEHAVIOUR))).toBeNull();
  });

  it('fails when the VAT is taken from the accounts but not burned', () => {
    const l = runLedger(smallParams(), smallInputs(), HONEST_BEHAVIOUR, { ...RULES, burnVat: false });
    expect(supplyConservation.check(l)).toMatch(
      /^supply changed by \d+ lamports, but rewards paid \d+ lamports − VAT taken 12800000000 lamports/,
    );
  });
});
