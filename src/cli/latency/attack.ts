import { SAFETY_PROPERTIES } from '../../../properties/safety/index.ts';
import { expectedInputs } from '../../../scenarios/drivers/sim-scale.ts';
import { safetyStride, safetyStrideAtScale, TimedSafety } from '../../../scenarios/drivers/timed-safety.ts';
import type { ModelConfig } from '../../model/config.ts';
import { finalizedBlocks } from '../../model/finality.ts';
import type { State } from '../../model/state.ts';

/**
 * Safety of a latency run (issue 15: adversaries at mainnet scale). Every safety property is
 * checked on the last state, and those that are not stable on about 32 states of the run too, as
 * the scenario drivers check a run at scale (scenarios/drivers/timed-safety.ts): at a thousand
 * validators one check of every property costs seconds, a slot of deliveries tens of seconds. The
 * sample is coarse — a violation that heals between two samples is missed — and the report says
 * how many states were checked.
 */
export class AttackJudge {
  private readonly safety: TimedSafety;
  readonly stride: number;

  constructor(private readonly cfg: ModelConfig) {
    this.stride = Math.max(safetyStride(cfg), safetyStrideAtScale(expectedInputs(cfg)));
    this.safety = new TimedSafety(cfg, SAFETY_PROPERTIES, this.stride, () => false);
  }

  readonly onStep = (state: State, step: number, changed: boolean): void => {
    this.safety.onStep(state, step, changed);
  };

  /** Each property's verdict (null: holds), and the highest slot every correct node finalized. */
  verdicts(state: State, steps: number) {
    this.safety.finish(state, steps);
    const violations = this.safety.violations();
    const safety = Object.fromEntries(
      SAFETY_PROPERTIES.map((p) => [p.name, violations.get(p.name)?.message ?? null]),
    );
    let finalizedByAll = Number.POSITIVE_INFINITY;
    for (const node of this.cfg.honest) {
      const slots = [...finalizedBlocks(this.cfg, state, node)].map((b) => state.blocks[b]?.slot ?? 0);
      finalizedByAll = Math.min(finalizedByAll, Math.max(0, ...slots));
    }
    return {
      safety,
      checked_states: this.safety.checkedStates,
      stride: this.stride,
      finalized_by_every_correct_node: finalizedByAll,
    };
  }
}
