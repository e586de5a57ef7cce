import type { AlpenglowConfig } from '../../core/config/index.ts';
import { type DelayRange, delayRange, matrixRange, type ValidatorLocation } from './geo-latency.ts';

/**
 * Time and size parameters of the timed simulator, derived from a config (reference §1, notes
 * Table 10/11). All times are integer milliseconds.
 */
export interface TimedParams {
  /** δ: base one-way delay between two validators (`network_delay`). */
  readonly delayMs: number;
  /** Per-link spread added to δ (links are fixed per run, drawn from the seed); Δ = δ + jitter. */
  readonly jitterMs: number;
  /** Δ_block: the slot time (paper: 400 ms). */
  readonly blockTimeMs: number;
  /** Δ_timeout: slack between ParentReady and the first slot's timeout (`timeout_ms`). */
  readonly timeoutMs: number;
  /** GST: before it delays are arbitrary (but finite), after it every message arrives within Δ. */
  readonly gstMs: number;
  /** Per-validator uplink bandwidth (`bandwidth_limit`), bytes per second. */
  readonly bandwidthBytesPerSec: number;
  /** Rotor erasure code: any `shredsNeeded` of `shreds` rebuild a block (`erasure_coding` [γ, Γ]). */
  readonly shredsNeeded: number;
  readonly shreds: number;
  readonly blockBytes: number;
  readonly voteBytes: number;
  readonly certBytes: number;
  /** Extra one-way delay on every link of a validator (a slow or far-away validator), by id. */
  readonly slowExtraMs: readonly number[];
  /** Δstandstill (`standstill_ms`): time without a new finalization before a node re-broadcasts. */
  readonly standstillMs: number;
  /** `adaptive_timeouts`: timers set during a standstill grow 5 % per window (timeout-growth.ts). */
  readonly timeoutGrowth: boolean;
  /**
   * Rotor slices per block (Def. 2–3: each slice is Γ shreds, any γ rebuild it, relays sampled
   * anew per slice). Absent: 1, the block is one slice. The latency figure uses the authors' 40.
   */
  readonly blockSlices?: number;
  /** Per-validator uplink bandwidth (bytes per second), overriding bandwidthBytesPerSec by sender. */
  readonly uplinkBytesPerSec?: readonly number[];
  /**
   * Under `latency_model: "geographic"` only (absent otherwise, so uniform params and traces are
   * as before): the validators' locations, from which the network derives every link
   * (geo-latency.ts). δ and the jitter then describe the range of those links (timedParams).
   */
  readonly geoLocations?: readonly (ValidatorLocation | null)[];
  /**
   * Every directed link's one-way delay, n×n ms, used as it is (no jitter draws): measured pings
   * (`alpenglow latency --pings`, src/sim/latency/ping-matrix.ts). Replaces geoLocations.
   */
  readonly linkMatrixMs?: Float64Array;
}

/** The paper's example code Γ = 64, γ = 32 (not scaled with the validator count). */
export const DEFAULT_ERASURE: readonly [number, number] = [32, 64];

export function timedParams(config: AlpenglowConfig): TimedParams {
  const [shredsNeeded, shreds] = config.erasure_coding ?? DEFAULT_ERASURE;
  const base: TimedParams = {
    delayMs: config.network_delay,
    jitterMs: Math.floor(config.network_delay / 4),
    blockTimeMs: 400,
    timeoutMs: config.timeout_ms,
    gstMs: config.gst_ms,
    bandwidthBytesPerSec: config.bandwidth_limit,
    shredsNeeded,
    shreds,
    blockBytes: 64 * 1024,
    voteBytes: 196,
    certBytes: 384,
    slowExtraMs: [],
    standstillMs: config.standstill_ms,
    timeoutGrowth: config.adaptive_timeouts,
  };
  const locations = config.validator_locations;
  if (config.latency_model !== 'geographic' || locations === null) return base;
  // δ = the shortest link (whole ms, rounded down), δ + jitter = the longest link any jitter draw
  // can make (rounded up), so deltaBoundMs stays a true upper bound of every post-GST link and
  // the liveness bounds (timing.ts) and a replayed trace need nothing but these two numbers.
  return { ...base, ...boundsOf(delayRange(locations)), geoLocations: locations };
}

/** δ and the jitter that make [δ, δ + jitter] cover every link of the range, in whole ms. */
function boundsOf(range: DelayRange): { delayMs: number; jitterMs: number } {
  const delayMs = Math.floor(range.minMs);
  return { delayMs, jitterMs: Math.ceil(range.maxMs) - delayMs };
}

/**
 * Params whose links are the given matrix: δ its shortest link (rounded down), δ + jitter its
 * longest (rounded up), so deltaBoundMs stays a true bound, as for the geographic model.
 */
export function withLinkMatrix(params: TimedParams, matrixMs: Float64Array, n: number): TimedParams {
  const { geoLocations: _replaced, ...rest } = params;
  return { ...rest, ...boundsOf(matrixRange(matrixMs, n)), linkMatrixMs: matrixMs };
}

/** Δ: the post-GST bound on the delay between correct validators, bandwidth aside. */
export function deltaBoundMs(p: TimedParams): number {
  return p.delayMs + p.jitterMs;
}

/** Bytes of one shred: each slice of the block split into γ data shreds (any γ of the Γ rebuild it). */
export function shredBytes(p: TimedParams): number {
  return Math.ceil(p.blockBytes / ((p.blockSlices ?? 1) * p.shredsNeeded));
}

/** Time the sender's uplink is busy with `bytes` (fractional ms; sizes from the paper's Table 11). */
export function transmitMs(p: TimedParams, bytes: number, sender?: number): number {
  const bandwidth =
    (sender === undefined ? undefined : p.uplinkBytesPerSec?.[sender]) ?? p.bandwidthBytesPerSec;
  return (bytes * 1000) / bandwidth;
}
