import type { NodeId } from '../../src/core/ids.ts';
import { VAT_LAMPORTS } from '../../src/model/economics/constants.ts';
import type { Ledger } from '../../src/model/economics/ledger-types.ts';
import type { EconomicParams } from '../../src/model/economics/params.ts';
import { breakEven, doubleInclusions, income, ppm, totalBurned, totalPaid, zeroEarners } from './figures.ts';
import type { Cast } from './variants.ts';

type Ledgers = Readonly<Record<string, Ledger>>;

/**
 * The report's extra.economics: the first run's books in detail (as configured), and over all
 * runs the measured effects of each misbehaviour, each against the honest ledger of the same
 * protocol run. Amounts are decimal strings of lamports.
 */
export class EconomicTally {
  private first: { ledgers: Ledgers; cast: Cast } | null = null;
  private runs = 0;
  private readonly sums = {
    censoredHonest: 0n,
    censoredCensoring: 0n,
    censorsHonest: 0n,
    censorsCensoring: 0n,
    claims: 0,
    censoredClaims: 0,
    emptyLost: 0n,
    doubleHonest: 0n,
    doubleVoting: 0n,
    doubleTimes: 0,
    doubleExtra: 0n,
    refused: 0,
  };

  constructor(private readonly params: EconomicParams) {}

  add(ledgers: Ledgers, cast: Cast): void {
    this.runs++;
    this.first ??= { ledgers, cast };
    const s = this.sums;
    const honest = ledgers.honest as Ledger;
    const censoring = ledgers.censoring as Ledger;
    s.censoredHonest += income(honest, cast.censored);
    s.censoredCensoring += income(censoring, cast.censored);
    s.censorsHonest += income(honest, cast.censors);
    s.censorsCensoring += income(censoring, cast.censors);
    s.claims += honest.aggregates.length;
    s.censoredClaims += honest.aggregates.filter((a) => cast.censors.includes(a.leader)).length;
    s.emptyLost += totalPaid(honest) - totalPaid(ledgers.empty_aggregates as Ledger);
    s.refused += (ledgers.forging as Ledger).aggregates.reduce((n, a) => n + a.refused.length, 0);
    if (cast.doubleVoter !== null) {
      const dv = ledgers.double_voter as Ledger;
      s.doubleHonest += income(honest, [cast.doubleVoter]);
      s.doubleVoting += income(dv, [cast.doubleVoter]);
      const inc = doubleInclusions(dv, cast.doubleVoter);
      s.doubleTimes += inc.times;
      s.doubleExtra += inc.extraLeaderLamports;
    }
  }

  summary(): Record<string, unknown> {
    if (this.first === null) return { runs: 0 };
    const { ledgers, cast } = this.first;
    const s = this.sums;
    const configured = ledgers.configured as Ledger;
    return {
      runs: this.runs,
      source: 'timed simulation: votes received and cast, blocks produced, the finalized chain',
      epochs: this.params.epochs,
      epoch_slots: this.params.epochSlots,
      first_run: books(configured, this.params),
      censorship: {
        censors: cast.censors,
        censored: cast.censored,
        share_of_claims_by_censors_ppm:
          s.claims === 0 ? null : Math.floor((s.censoredClaims * 1_000_000) / s.claims),
        censored_income_honest_lamports: s.censoredHonest.toString(),
        censored_income_censored_lamports: s.censoredCensoring.toString(),
        censored_loss_lamports: (s.censoredHonest - s.censoredCensoring).toString(),
        censored_loss_ppm: ppm(s.censoredHonest - s.censoredCensoring, s.censoredHonest),
        censors_own_loss_lamports: (s.censorsHonest - s.censorsCensoring).toString(),
      },
      empty_aggregates: { leaders: cast.censors, rewards_not_paid_lamports: s.emptyLost.toString() },
      double_voter: {
        validator: cast.doubleVoter,
        income_voting_once_lamports: s.doubleHonest.toString(),
        income_double_voting_lamports: s.doubleVoting.toString(),
        gain_lamports: (s.doubleVoting - s.doubleHonest).toString(),
        slots_in_both_aggregates: s.doubleTimes,
        implementation_extra_leader_lamports: s.doubleExtra.toString(),
        penalty: 'none: no slashing (SIMD-0204 only logs slashable events); reported as evidence',
      },
      forged_inclusions_refused: s.refused,
      vat: vatFigures(ledgers.honest as Ledger, cast, this.params),
      evidence: {
        double_votes_in_aggregates: s.doubleTimes,
        zero_income_admitted: zeroEarners(configured),
      },
      warnings: admissionWarnings(configured, this.params),
    };
  }
}

/**
 * Validators with stake that an epoch did not admit: the money layer pays them nothing, but the
 * protocol run keeps the configured stakes (admission does not feed back into thresholds or the
 * leader schedule), so they still vote and lead there — a gap worth a note on the console.
 */
function admissionWarnings(ledger: Ledger, params: EconomicParams): string[] {
  const epochsLeftOut = new Map<NodeId, number[]>();
  for (const e of ledger.epochs) {
    for (const [id, stake] of params.stakes.entries()) {
      if (stake > 0n && !e.admitted.includes(id))
        epochsLeftOut.set(id, [...(epochsLeftOut.get(id) ?? []), e.epoch]);
    }
  }
  return [...epochsLeftOut].map(
    ([id, epochs]) =>
      `validator ${id} was not admitted in epoch${epochs.length === 1 ? '' : 's'} ${epochs.join(', ')}: unpaid there, but the protocol run keeps the configured stakes, so it still votes and leads (admission does not feed back into the protocol)`,
  );
}

function books(ledger: Ledger, params: EconomicParams) {
  const perValidator = params.stakes.map((stake, id) => {
    const paid = income(ledger, [id]);
    const vat = ledger.burns.reduce((sum, b) => (b.from === id ? sum + b.amount : sum), 0n);
    return {
      id,
      stake_lamports: stake.toString(),
      income_lamports: paid.toString(),
      vat_lamports: vat.toString(),
      net_lamports: (paid - vat).toString(),
    };
  });
  return {
    blocks_on_chain: ledger.inputs.blocks.filter((b) => b.onChain).length,
    slots_claimed: ledger.aggregates.length,
    epochs_entered: ledger.epochs.length,
    epoch_inflation_lamports: ledger.epochs.map((e) => e.inflation.toString()),
    admitted: ledger.epochs.map((e) => e.admitted),
    supply_before_lamports: ledger.supplyStart.toString(),
    supply_after_lamports: ledger.supplyEnd.toString(),
    rewards_paid_lamports: totalPaid(ledger).toString(),
    vat_burned_lamports: totalBurned(ledger).toString(),
    validators: perValidator,
  };
}

/** The least-staked correct validator's income per epoch against the VAT, and the break-even stake. */
function vatFigures(honest: Ledger, cast: Cast, params: EconomicParams) {
  const epoch0 = honest.epochs[0];
  const small: NodeId | undefined = cast.censored[0];
  const perEpoch = small === undefined ? 0n : income(honest, [small]) / BigInt(params.epochs);
  return {
    vat_per_epoch_lamports: VAT_LAMPORTS.toString(),
    validator: small ?? null,
    income_per_epoch_lamports: perEpoch.toString(),
    vat_share_of_income_ppm: ppm(VAT_LAMPORTS, perEpoch),
    break_even: epoch0 ? breakEven(params, epoch0.inflation, epoch0.totalStake) : null,
  };
}
