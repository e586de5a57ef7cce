import type { Invariant } from '../../core/model-contract.ts';
import type { ModelConfig } from '../../model/config.ts';
import { StepEffects } from '../../model/effects.ts';
import { initialStep } from '../../model/model.ts';
import { emptyObservations, type LivenessTiming, type TimedObservations } from '../../model/observations.ts';
import type { State } from '../../model/state.ts';
import { ObservationRecorder } from './record.ts';
import type { TimedInput } from './simulator.ts';
import type { GrowthParams } from './standstill.ts';

/**
 * A property over a timed run: the core contract over a run's config, timing and observations
 * (every `LivenessProperty` of properties/ is one, structurally).
 */
export type TimedProperty = Invariant<{ cfg: ModelConfig; timing: LivenessTiming; obs: TimedObservations }>;

/**
 * Re-executes recorded timed inputs (no network model needed: the trace holds every delivery with
 * its time) and rebuilds the observations, ending the clock at `endMs`.
 */
export function reexecute(
  cfg: ModelConfig,
  growth: GrowthParams,
  inputs: readonly TimedInput[],
  endMs: number,
): { state: State; obs: TimedObservations } {
  const obs = emptyObservations();
  const recorder = new ObservationRecorder(obs, cfg, growth);
  const init = initialStep(cfg, new StepEffects());
  recorder.record(init.effects as StepEffects, 0);
  let state = init.state;
  for (const { atMs, input } of inputs) state = recorder.apply(cfg, state, input, atMs).state;
  obs.endMs = endMs;
  return { state, obs };
}

/**
 * The shortest prefix of a timed run that still violates `property`: the earliest cut time T (an
 * input's time, or the run's end) such that the inputs before T, observed until T, violate it.
 * Properties here are monotone in T (a missed deadline stays missed), so a binary search works;
 * the result is checked once more.
 */
export function shortestViolatingPrefix(
  cfg: ModelConfig,
  timing: LivenessTiming,
  inputs: readonly TimedInput[],
  endMs: number,
  property: TimedProperty,
): { inputs: TimedInput[]; endMs: number; message: string } | null {
  // Candidate cuts: every input's time, plus a grid after the last input — a stall is shown by
  // time passing without events, so its counterexample may end between inputs and the horizon.
  const lastInputMs = inputs.at(-1)?.atMs ?? 0;
  const grid = Array.from({ length: 64 }, (_, k) =>
    Math.ceil(lastInputMs + ((endMs - lastInputMs) * (k + 1)) / 64),
  );
  const cuts = [...new Set([...inputs.map((i) => i.atMs), ...grid, endMs])].sort((a, b) => a - b);
  // Each evaluation re-executes a prefix from scratch; the search asks for some cuts twice.
  const evaluated = new Map<number, { kept: TimedInput[]; message: string | null }>();
  const violation = (cut: number) => {
    let verdict = evaluated.get(cut);
    if (verdict === undefined) {
      const kept = inputs.filter((i) => i.atMs < cut);
      const { obs } = reexecute(cfg, timing, kept, cut);
      verdict = { kept, message: property.check({ cfg, timing: { ...timing, horizonMs: cut }, obs }) };
      evaluated.set(cut, verdict);
    }
    return verdict;
  };
  if (violation(endMs).message === null) return null;
  let lo = 0;
  let hi = cuts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (violation(cuts[mid] as number).message !== null) hi = mid;
    else lo = mid + 1;
  }
  const cut = cuts[lo] as number;
  const shortest = violation(cut);
  return shortest.message === null ? null : { inputs: shortest.kept, endMs: cut, message: shortest.message };
}
