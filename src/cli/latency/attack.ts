import { SAFETY_PROPERTIES } from '../../../properties/safety/index.ts';
import { TimedSafety } from '../../../scenarios/drivers/timed-safety.ts';
import type { ModelConfig } from '../../model/config.ts';
import { finalizedBlocks } from '../../model/finality.ts';
import type { State } from '../../model/state.ts';

/**
 * Safety of a latency run (issue 15: adversaries at mainnet scale). Every safety property is
 * checked on the last state, and those that are not stable on every `STRIDE`-th state too: at a
 * thousand validators a run is millions of steps and one check of every property costs about as
 * much as a slot of deliveries, so the sample is coarse — a violation that heals between two
 * samples is missed, and the report says so (`checked_states`).
 */
const STRIDE = 250_000;

export class AttackJudge {
  private readonly safety: TimedSafety;
  checkedStates = 0;

  constructor(private readonly cfg: ModelConfig) {
    this.safety = new TimedSafety(cfg, SAFETY_PROPERTIES, STRIDE, () => false);
  }

  readonly onStep = (state: State, step: number, changed: boolean): void => {
    if (step % STRIDE === 0) this.checkedStates++;
    this.safety.onStep(state, step, changed);
  };

  /** Each property's verdict (null: holds), and the highest slot every correct node finalized. */
  verdicts(state: State, steps: number) {
    this.safety.finish(state, steps);
    this.checkedStates++;
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
      checked_states: this.checkedStates,
      stride: STRIDE,
      finalized_by_every_correct_node: finalizedByAll,
    };
  }
}
