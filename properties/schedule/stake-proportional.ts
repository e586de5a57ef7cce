import type { NodeId } from '../../src/core/ids.ts';
import { normalQuantile } from './normal-quantile.ts';
import type { ScheduleAlgorithm, StakeEntry } from './types.ts';

export const STAKE_PROPORTIONAL = 'StakeProportional';

export interface StakeProportionalRequest {
  /** Stake of validator i at index i. */
  readonly stakes: readonly bigint[];
  readonly epochs: readonly bigint[];
  readonly windowsPerEpoch: number;
  /** Family-wise significance level α: the chance that the real algorithm fails the test. */
  readonly significance: number;
  readonly algorithm: ScheduleAlgorithm;
}

export interface ValidatorShare {
  readonly id: NodeId;
  readonly stake_share: number;
  readonly windows_led: number;
  readonly share_led: number;
  /** (led − n·p) / √(n·p·(1−p)); null for a share of 0 or 1 (no variance: led must be 0 or n). */
  readonly z: number | null;
}

export interface StakeProportionalResult {
  readonly epochs: number;
  readonly windows: number;
  readonly significance: number;
  /** Two-sided Bonferroni critical value Φ⁻¹(1 − α / 2k) over the k validators tested. */
  readonly critical_z: number;
  /** max |z| over the validators: the largest deviation from stake share, in standard deviations. */
  readonly largest_deviation_sd: number;
  readonly largest_deviation_validator: NodeId | null;
  /** Whether every tested validator has n·p·(1−p) ≥ 10, where the normal approximation is good. */
  readonly normal_approximation_ok: boolean;
  readonly per_validator: ValidatorShare[];
  readonly violation: string | null;
}

/**
 * StakeProportional: over many epochs, the windows each validator leads follow its stake share.
 * The draws are independent with replacement (one uniform draw per window, a fresh ChaCha stream
 * per epoch), so validator i's windows over E epochs of W windows are Binomial(n = E·W, p_i) with
 * p_i = stake_i / total. Each validator with 0 < p_i < 1 gets z_i = (led_i − n·p_i) / √(n·p_i·(1−p_i)),
 * and the test rejects when some |z_i| exceeds Φ⁻¹(1 − α / 2k) (two-sided, Bonferroni over the k
 * validators): the real algorithm fails with probability at most α. A ±1-window bound per epoch is
 * not a property of the real algorithm (a 1% validator leads 1,080 ± 33 windows of 108,000).
 * Fails for a biased draw, e.g. a cumulative search that stops at a weight equal to the draw.
 */
export function checkStakeProportional(req: StakeProportionalRequest): StakeProportionalResult {
  const entries: StakeEntry[] = req.stakes.map((stake, id) => ({ id, stake }));
  const led = new Array<number>(entries.length).fill(0);
  for (const epoch of req.epochs) {
    for (const leader of req.algorithm(entries, epoch, req.windowsPerEpoch, 1)) {
      led[leader] = (led[leader] ?? 0) + 1;
    }
  }
  const n = req.epochs.length * req.windowsPerEpoch;
  const total = req.stakes.reduce((a, b) => a + b, 0n);
  const perValidator = entries.map(({ id, stake }): ValidatorShare => {
    const p = Number(stake) / Number(total);
    const x = led[id] as number;
    const varianceTimesN = n * p * (1 - p);
    const z = stake === 0n || stake === total ? null : (x - n * p) / Math.sqrt(varianceTimesN);
    return { id, stake_share: p, windows_led: x, share_led: n === 0 ? 0 : x / n, z };
  });
  const tested = perValidator.filter((v) => v.z !== null);
  const criticalZ = normalQuantile(1 - req.significance / (2 * Math.max(1, tested.length)));
  let worst: ValidatorShare | null = null;
  for (const v of tested)
    if (worst === null || Math.abs(v.z as number) > Math.abs(worst.z as number)) worst = v;
  const largest = worst === null ? 0 : Math.abs(worst.z as number);
  const degenerate = perValidator.find(
    (v) => v.z === null && v.windows_led !== Math.round(v.stake_share) * n,
  );
  return {
    epochs: req.epochs.length,
    windows: n,
    significance: req.significance,
    critical_z: criticalZ,
    largest_deviation_sd: largest,
    largest_deviation_validator: worst?.id ?? null,
    normal_approximation_ok: tested.every((v) => n * v.stake_share * (1 - v.stake_share) >= 10),
    per_validator: perValidator,
    violation: degenerate
      ? `validator ${degenerate.id} (stake share ${degenerate.stake_share}) led ${degenerate.windows_led} of ${n} windows`
      : largest > criticalZ && worst
        ? `validator ${worst.id} led ${worst.windows_led} of ${n} windows, ${(worst.z as number).toFixed(2)} standard deviations from its stake share ${worst.stake_share.toPrecision(4)} (critical |z| ${criticalZ.toFixed(2)} at α = ${req.significance}, Bonferroni over ${tested.length})`
        : null,
  };
}
