import type { AlpenglowConfig } from '../../src/core/config/index.ts';
import { rngFromSeed } from '../../src/core/rng.ts';
import { buildModelConfig, type ModelConfig } from '../../src/model/config.ts';
import type { EconomicInputs } from '../../src/model/economics/inputs.ts';
import { type EconomicParams, economicHorizonSlot } from '../../src/model/economics/params.ts';
import { economicInputs, OwnVoteLog } from '../../src/sim/timed/economic-inputs.ts';
import { drawFaultPlan } from '../../src/sim/timed/fault-plan.ts';
import { networkLoss } from '../../src/sim/timed/loss.ts';
import { timedParams } from '../../src/sim/timed/params.ts';
import { simulate } from '../../src/sim/timed/simulator.ts';
import { defaultHorizonMs } from '../../src/sim/timed/timing.ts';

/** Upper bound on events of one run (a runaway run is a bug, not a result). */
const MAX_EVENTS = 5_000_000;

export interface ProtocolRun {
  readonly cfg: ModelConfig;
  readonly inputs: EconomicInputs;
  readonly events: number;
  readonly deliveries: number;
  readonly stoppedEarly: boolean;
}

/**
 * One seeded timed run of the protocol over the economics' horizon (every slot of its epochs plus
 * the 8 that claim the last ones), as the sim driver draws it: leader rotation and fault plan from
 * `seed/econ-<run>`. Its votes received and cast and its blocks become the economics' inputs
 * (src/sim/timed/economic-inputs.ts says why timed runs drive it).
 */
export function protocolRun(
  config: AlpenglowConfig,
  params: EconomicParams,
  seed: number,
  run: number,
  shouldStop: () => boolean,
): ProtocolRun {
  const rng = rngFromSeed(`${seed}/econ-${run}`);
  const leaderOffset = config.leader_offset ?? rng.fork('leader').int(config.validators);
  const cfg = buildModelConfig(config, { leaderOffset, maxSlot: economicHorizonSlot(params) });
  const timed = timedParams(config);
  const activeMs = timed.gstMs + cfg.maxSlot * timed.blockTimeMs;
  const faults = { validators: cfg.validatorCount, partitions: config.network_partitions, activeMs };
  const plan = drawFaultPlan(timed, faults, rng.fork('faults'));
  const own = new OwnVoteLog();
  const result = simulate({
    cfg,
    params: timed,
    plan,
    loss: networkLoss(config),
    horizonMs: defaultHorizonMs(cfg, timed, plan),
    rng: rng.fork('sim'),
    maxEvents: MAX_EVENTS,
    shouldStop,
    onStep: own.onStep,
  });
  return {
    cfg,
    inputs: economicInputs(cfg, result, own),
    events: result.events,
    deliveries: result.observations.deliveries,
    stoppedEarly: result.stoppedEarly,
  };
}
