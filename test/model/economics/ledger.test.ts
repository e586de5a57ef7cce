import { describe, expect, it } from 'vitest';
import { HONEST_BEHAVIOUR } from '../../../src/model/economics/behaviour.ts';
import { VAT_LAMPORTS } from '../../../src/model/economics/constants.ts';
import { withDoubleVoters } from '../../../src/model/economics/inputs.ts';
import { runLedger } from '../../../src/model/economics/ledger.ts';
import { SKIPPED_SLOT, smallInputs, smallParams } from '../../helpers/economics.ts';

describe('runLedger', () => {
  const params = smallParams();
  const honest = runLedger(params, smallInputs(), HONEST_BEHAVIOUR);

  it('claims slot s in the chain block of s + 8 only; a skipped s + 8 pays nothing for s', () => {
    expect(honest.aggregates.map((a) => a.rewardSlot)).toEqual([
      1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    ]);
    expect(honest.payouts.some((p) => p.rewardSlot === SKIPPED_SLOT - 8)).toBe(false);
    expect(honest.payouts.every((p) => p.paidSlot === p.rewardSlot + 8)).toBe(true);
  });

  it('pays Notar and Skip votes only: a NotarFallback or a Final earns nothing', () => {
    const slot7 = honest.aggregates.find((a) => a.rewardSlot === 7);
    expect(slot7?.notarVoters).toEqual([0, 2, 3]);
    const slot6 = honest.aggregates.find((a) => a.rewardSlot === 6);
    expect([slot6?.notarVoters, slot6?.skipVoters]).toEqual([[0, 1, 2], [3]]);
  });

  it('pays exactly: the whole of M/N when everyone is included, voter floor(r/2), leader the rest', () => {
    const m = honest.epochs[0]?.inflation as bigint;
    const slot1 = honest.payouts.filter((p) => p.rewardSlot === 1);
    const sum = slot1.reduce((s, p) => s + p.amount, 0n);
    expect(sum * 8n).toBeLessThanOrEqual(m);
    expect(sum).toBe([40n, 30n, 20n, 10n].reduce((s, st) => s + (m * st) / (8n * 100n), 0n));
    const v0 = slot1.find((p) => p.role === 'voter' && p.to === 0)?.amount;
    expect(v0).toBe((m * 40n) / 800n / 2n);
  });

  it('burns one VAT per admitted validator at each boundary from epoch 2 on, and the supply follows', () => {
    // Boundaries into epochs 1 and 2 admit for epochs 2 and 3: 4 validators each.
    expect(honest.burns.map((b) => b.epoch)).toEqual([2, 2, 2, 2, 3, 3, 3, 3]);
    const paid = honest.payouts.reduce((s, p) => s + p.amount, 0n);
    expect(honest.supplyEnd - honest.supplyStart).toBe(paid - 8n * VAT_LAMPORTS);
  });

  it('a validator that cannot pay the VAT is not admitted and earns nothing in that epoch', () => {
    const poor = smallParams({ balances: [10n, 10n, 10n, 2n].map((s) => s * 1_000_000_000n) });
    const l = runLedger(poor, smallInputs(), HONEST_BEHAVIOUR);
    // Admitted for epoch 2 (2 SOL at the boundary into epoch 1), not for epoch 3 (0.4 SOL + rewards).
    expect(l.admissions.map((a) => [a.epoch, a.admitted])).toEqual([
      [0, [0, 1, 2, 3]],
      [1, [0, 1, 2, 3]],
      [2, [0, 1, 2, 3]],
      [3, [0, 1, 2]],
    ]);
    expect(l.burns.filter((b) => b.from === 3).map((b) => b.epoch)).toEqual([2]);
  });

  it('censorship: the censored voter and the censor (its leader share) lose; forged inclusions are refused', () => {
    const censored = runLedger(params, smallInputs(), { ...HONEST_BEHAVIOUR, censors: [1], censored: [3] });
    const income = (l: typeof honest, v: number) =>
      l.payouts.reduce((s, p) => (p.to === v ? s + p.amount : s), 0n);
    expect(income(censored, 3)).toBeLessThan(income(honest, 3));
    expect(income(censored, 1)).toBeLessThan(income(honest, 1));
    expect(income(censored, 0)).toBe(income(honest, 0));
    const forged = runLedger(params, smallInputs(), { ...HONEST_BEHAVIOUR, forgers: [3] });
    expect(forged.aggregates.find((a) => a.rewardSlot === 11)?.refused).toEqual([]);
    expect(forged.aggregates.find((a) => a.rewardSlot === 7)?.refused).toEqual([1]);
    expect(income(forged, 1)).toBe(income(honest, 1));
  });

  it('a double voter is in both aggregates and paid once', () => {
    const l = runLedger(params, withDoubleVoters(smallInputs(), [2]), HONEST_BEHAVIOUR);
    const a1 = l.aggregates.find((a) => a.rewardSlot === 1);
    expect(a1?.skipVoters).toContain(2);
    expect(a1?.notarVoters).toContain(2);
    const income = (x: typeof l) => x.payouts.reduce((s, p) => (p.to === 2 ? s + p.amount : s), 0n);
    expect(income(l)).toBe(income(honest));
  });
});
