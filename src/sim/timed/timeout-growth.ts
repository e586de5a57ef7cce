import { assert } from '../../core/assert.ts';

/**
 * Timeout growth during a standstill (config `adaptive_timeouts`; paper §3.4 "dynamic timeouts",
 * ε = 5 % per leader window; agave `calculate_timeout_multiplier` and `TimerState::new` in
 * votor/src/timer_manager/timers.rs): Δtimeout and Δblock of a timer set for slot s are multiplied
 * by 1.05^w, w = ⌊(s − standstill slot) / window⌋ leader windows, and each is capped at 3,600 s.
 * Agave multiplies f64 seconds; here 1.05 is the exact ratio 21/20 in bigint, floored to whole
 * milliseconds, so every machine draws the same timers.
 */
export const GROWTH_NUMERATOR = 21n;
export const GROWTH_DENOMINATOR = 20n;

/** agave MAX_TIMEOUT_SECS = 3600 (votor/src/timer_manager/timers.rs). */
export const MAX_TIMEOUT_MS = 3_600_000;

/**
 * Past this many windows every base of at least 1 ms is at the cap (1.05^311 > 3.6e6), so the
 * power need not grow further: it keeps the bigints small for any standstill length.
 */
export const CAP_WINDOWS = 311;

/** Leader windows since the standstill began, for a timer set for `slot` (0 outside a standstill). */
export function windowsSinceStandstill(
  slot: number,
  standstillSlot: number | null,
  windowSize: number,
): number {
  if (standstillSlot === null) return 0;
  return Math.floor(Math.max(0, slot - standstillSlot) / windowSize);
}

/** A base duration after `windows` windows of growth: ⌊base · 1.05^windows⌋, at most the cap. */
export function grownMs(baseMs: number, windows: number): number {
  assert(Number.isSafeInteger(baseMs) && baseMs >= 0, `base ${baseMs} ms is not a whole number of ms`);
  assert(Number.isSafeInteger(windows) && windows >= 0, `windows ${windows} is not a count`);
  const n = BigInt(Math.min(windows, CAP_WINDOWS));
  const grown = (BigInt(baseMs) * GROWTH_NUMERATOR ** n) / GROWTH_DENOMINATOR ** n;
  return grown < BigInt(MAX_TIMEOUT_MS) ? Number(grown) : MAX_TIMEOUT_MS;
}

/** The multiplier 1.05^windows as a decimal for reports (never used to compute a timer). */
export function multiplierForReport(windows: number): number {
  return Math.round(1.05 ** Math.min(windows, CAP_WINDOWS) * 1e6) / 1e6;
}
