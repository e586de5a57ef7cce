import type { LivenessContext } from '../../properties/types.ts';
import type { AlpenglowConfig } from '../../src/core/config/index.ts';
import { rngFromSeed } from '../../src/core/rng.ts';
import { buildModelConfig } from '../../src/model/config.ts';
import type { FaultPlan } from '../../src/sim/timed/fault-plan.ts';
import { networkLoss } from '../../src/sim/timed/loss.ts';
import { timedParams } from '../../src/sim/timed/params.ts';
import { simulate } from '../../src/sim/timed/simulator.ts';
import { livenessTiming } from '../../src/sim/timed/timing.ts';
import { timedConfig } from './timed.ts';

/**
 * Timed runs the adaptive_timeouts properties are judged on (issue 12 point 5), with the context
 * a property checks. `slowNetwork`: four validators, one-slot windows, δ 900 ms against Δtimeout
 * 600 ms (fast uplinks): the base timeouts expire before any block arrives, so every window is
 * skipped until the timeouts have grown (n* = 36 windows by the bounds; growth gets there sooner).
 * Re-broadcast is off there: nothing is lost, and it keeps the run small.
 */
export function slowNetwork(overrides: Partial<AlpenglowConfig> = {}): LivenessContext {
  return judgedRun(
    timedConfig({
      validators: 4,
      network_delay: 900,
      timeout_ms: 600,
      max_rounds: 50,
      leader_window_size: 1,
      bandwidth_limit: 1_000_000_000,
      standstill_rebroadcast: false,
      ...overrides,
    }),
    { partitions: [], spikes: [] },
    200_000,
  );
}

/**
 * agave #13638's shape: stakes 30/30/21/19, the 19 silent Byzantine, the correct validator 0 (30)
 * behind a dropping partition from 1.5 s to 4 s. Without it 30 + 21 is below the 60 % threshold,
 * so the whole cluster waits, and the votes cast meanwhile are lost: every node stays at
 * ParentReady(1) unless certificates and votes are sent again. Fast uplinks, so the timing bounds fit (the premise of
 * StandstillRecovers); six windows (leaders 0, 1, 2, 3, 0, 1), so correct ones follow the one the
 * cut-off node leads.
 */
export function issue13638(overrides: Partial<AlpenglowConfig> = {}): LivenessContext {
  return judgedRun(
    issue13638Config({ partition_mode: 'drop', ...overrides }),
    { partitions: [{ fromMs: 1500, toMs: 4000, side: [0] }], spikes: [] },
    60_000,
  );
}

/**
 * #13638 as its report tells it: the correct 21 (validator 2) cut off, while 30 + 30 go on without
 * it; four windows (leaders 0, 1, 2, 3), so after the heal no later window's certificates bring it
 * back: it is stuck at ParentReady(1) unless what it missed is sent again.
 */
export function issue13638SingleNode(overrides: Partial<AlpenglowConfig> = {}): LivenessContext {
  return judgedRun(
    issue13638Config({ partition_mode: 'drop', max_rounds: 16, ...overrides }),
    { partitions: [{ fromMs: 1500, toMs: 4000, side: [2] }], spikes: [] },
    60_000,
  );
}

/** The #13638 config without its partition (a scenario's dropping_partition regime draws one). */
export function issue13638Config(overrides: Partial<AlpenglowConfig> = {}): AlpenglowConfig {
  return timedConfig({
    validators: 4,
    stake_distribution: { '0': 30, '1': 30, '2': 21, '3': 19 },
    byzantine_count: 1,
    byzantine_validators: [3],
    byzantine_strategy: 'silent',
    max_rounds: 24,
    bandwidth_limit: 1_000_000_000,
    ...overrides,
  });
}

/** A run and its context, without judging the liveness properties (runTimed does that: slow here). */
function judgedRun(config: AlpenglowConfig, plan: FaultPlan, horizonMs: number): LivenessContext {
  const cfg = buildModelConfig(config, { leaderOffset: 0 });
  const params = timedParams(config);
  const loss = networkLoss(config);
  const rng = rngFromSeed('adaptive-test');
  const run = simulate({ cfg, params, plan, loss, horizonMs, rng, maxEvents: 1_000_000 });
  const timing = livenessTiming(cfg, params, plan, run.observations.endMs, loss);
  return { cfg, timing, obs: run.observations };
}

/** A copy of a context whose observations a test may change (a bug it plants). */
export function editable(ctx: LivenessContext): LivenessContext {
  return { ...ctx, obs: structuredClone(ctx.obs) };
}
