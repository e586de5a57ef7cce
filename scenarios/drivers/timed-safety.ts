import type { SafetyProperty } from '../../properties/types.ts';
import type { ModelConfig } from '../../src/model/config.ts';
import type { State } from '../../src/model/state.ts';

/**
 * Safety on the states of a timed run, not only its last one. Several properties are not stable:
 * a vote whose justification (VotesJustified, WindowChain), a certificate whose signers' votes
 * (CertificateValidity, CertifiedHasCorrectNotar, FinalizedImpliesNotarized) or a pending block's
 * retry (PendingBlocksRetried) is missing at one state can look fine once later inputs supply it,
 * so a check of the final state alone would miss the bug. Those are checked on every `stride`-th
 * state (1 for small configs; larger ones, whose checks cost more than their steps, are sampled —
 * the report says how), the stable ones (Property.stable) on the final state, which is always
 * checked; the first violating step gives the trace prefix.
 */
export class TimedSafety {
  private readonly first = new Map<string, { step: number; message: string }>();
  private checks = 0;
  /** Whether a step changed the state since the last check (the first state is always checked). */
  private dirty = true;

  constructor(
    private readonly cfg: ModelConfig,
    private readonly properties: readonly SafetyProperty[],
    readonly stride: number,
    private readonly known: (name: string) => boolean,
  ) {}

  /**
   * A state the run reached (`changed`: whether its step changed anything): the properties that
   * are not stable, every `stride`-th state. A state no step changed since the last check (a
   * duplicate delivered again, say: the standstill re-broadcast makes many) keeps every verdict.
   */
  onStep(state: State, step: number, changed: boolean): void {
    this.dirty ||= changed;
    if (step % this.stride !== 0 || !this.dirty) return;
    this.dirty = false;
    this.check(state, step, false);
  }

  /**
   * The final state, whatever the stride, for every property: a stable one's first violation is
   * reported at the last step (its trace is the whole run, as before per-state checks).
   */
  finish(state: State, steps: number): void {
    this.check(state, steps - 1, true);
  }

  /** Each property's first violation in this run: the step that reached the state, and the message. */
  violations(): ReadonlyMap<string, { step: number; message: string }> {
    return this.first;
  }

  /** States checked so far (per-state samples and the last). */
  get checkedStates(): number {
    return this.checks;
  }

  private check(state: State, step: number, stableToo: boolean): void {
    this.checks++;
    for (const p of this.properties) {
      if ((p.stable && !stableToo) || this.first.has(p.name) || this.known(p.name)) continue;
      const message = p.check(this.cfg, state);
      if (message) this.first.set(p.name, { step, message });
    }
  }
}

/**
 * Every state of runs whose validators × slots is at most 256; beyond, every k-th state so the
 * checks cost about what a 256-cell run's do (counts, not time: the same on every machine).
 */
export function safetyStride(cfg: ModelConfig): number {
  return Math.max(1, Math.ceil((cfg.validatorCount * cfg.maxSlot) / 256));
}

/**
 * Checks of the properties that are not stable in a run at scale (sim-scale.ts). There the steps
 * grow with validators² × slots, not validators × slots, and so does one check: at the 1,292
 * validators of epoch 780, after one slot, they took 2.0 s (CertificateValidity 1.3 s, WindowChain
 * 0.5 s) beside 82 s for the slot's 8.3 million inputs (on this loaded machine). A fixed number of
 * checks per run then costs a fixed share of the run: 32 checks, at half the run's slots on
 * average, about 40% (a few hundred would cost several times the run).
 */
export const SAFETY_CHECKS_AT_SCALE = 32;

/** Every k-th state of a run at scale: about SAFETY_CHECKS_AT_SCALE checks over its expected inputs. */
export function safetyStrideAtScale(expectedInputs: number): number {
  return Math.max(1, Math.ceil(expectedInputs / SAFETY_CHECKS_AT_SCALE));
}
