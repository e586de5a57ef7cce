import { type AlpenglowConfig, DEFAULT_CONFIG } from '../../core/config/index.ts';

/** One validator of a set, as the latency command needs it. */
export interface LatencyValidator {
  readonly stakeLamports: bigint;
  readonly location: {
    readonly lat_deg: number;
    readonly lon_deg: number;
    readonly data_center: string;
  } | null;
}

export interface LatencySetup {
  readonly latencyModel: 'geographic' | 'uniform';
  readonly epoch: number;
  /** Validators that act Byzantine (byzantine/strategies.ts), by id; none on the happy path. */
  readonly byzantine?: { readonly ids: readonly number[]; readonly strategy: string };
}

/**
 * The config of the latency run: the set's stakes (exact decimal strings) and locations, every
 * validator online and correct unless named Byzantine, the paper's thresholds (80 % / 60 %), Solana's stake-weighted
 * leader schedule, Δblock 400 ms, Δtimeout 3Δ (Table 10, with Δ ≈ 400 ms here: timers never fire
 * on this path), 1 Gbit/s where the authors' bandwidths do not apply (rotor "config").
 */
export function latencyConfig(validators: readonly LatencyValidator[], setup: LatencySetup): AlpenglowConfig {
  return {
    ...DEFAULT_CONFIG,
    validators: validators.length,
    byzantine_count: setup.byzantine?.ids.length ?? 0,
    byzantine_validators: setup.byzantine ? [...setup.byzantine.ids] : null,
    ...(setup.byzantine ? { byzantine_strategy: setup.byzantine.strategy } : {}),
    offline_count: 0,
    fast_path_threshold: 0.8,
    slow_path_threshold: 0.6,
    stake_distribution: Object.fromEntries(validators.map((v, i) => [String(i), v.stakeLamports.toString()])),
    validator_locations: validators.map((v) => v.location),
    latency_model: setup.latencyModel,
    network_delay: 50,
    timeout_ms: 1200,
    bandwidth_limit: 125_000_000,
    leader_schedule: 'stake_weighted',
    vrf_enabled: true,
    leader_schedule_epoch: setup.epoch,
  } as unknown as AlpenglowConfig;
}
