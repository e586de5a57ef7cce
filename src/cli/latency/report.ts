import { PAPER_LATENCY } from '../../sim/latency/paper.ts';
import type { LatencyResult, LeaderChoice } from '../../sim/latency/run.ts';

interface ReportRequest {
  readonly setPath: string;
  readonly leader: LeaderChoice;
  readonly slots: number;
  readonly seed: string;
  readonly epoch: number;
  readonly latencyModel: string;
  readonly rotor: string;
}

const round = (ms: number) => (Number.isNaN(ms) ? null : Math.round(ms * 100) / 100);

/** The figures as JSON (snake_case like the TestReport): what was run, p1 … p100, the paper's. */
export function latencyReport(req: ReportRequest, result: LatencyResult, wallMs: number) {
  const { cfg } = result;
  const slotsSimulated = result.stoppedEarly ? result.slotsCounted : req.slots;
  return {
    command: 'latency',
    validator_set: req.setPath,
    validators: cfg.validatorCount,
    total_stake_lamports: cfg.totalStake.toString(),
    leader: req.leader.kind === 'random' ? 'random' : req.leader.ranks,
    leader_schedule_epoch: req.leader.kind === 'random' ? req.epoch : null,
    leaders: result.leaders,
    slots: req.slots,
    seed: req.seed,
    latency_model: req.latencyModel,
    rotor: req.rotor,
    block_slices: result.params.blockSlices ?? 1,
    block_bytes: result.params.blockBytes,
    stopped_early: result.stoppedEarly,
    slots_counted: result.slotsCounted,
    percentiles: result.rows.map((r) => ({
      percentile: r.percentile,
      total_ms: round(r.totalMs),
      network_ms: round(r.networkMs),
      rotor_ms: round(r.rotorMs),
      notarization_ms: round(r.notarizationMs),
      finalization_ms: round(r.finalizationMs),
    })),
    paper: {
      median_ms: PAPER_LATENCY.medianMs,
      authors_plot: PAPER_LATENCY.points.map((p) => ({ percentile: p.percentile, total_ms: p.totalMs })),
      zurich_leader: {
        median_ms: PAPER_LATENCY.zurichMedianMs,
        last_node_ms_below: PAPER_LATENCY.zurichLastMs,
      },
    },
    events: result.events,
    wall_ms: Math.round(wallMs),
    slots_simulated: slotsSimulated,
    simulated_slots_per_second: slotsSimulated / (wallMs / 1000),
    events_per_second: result.events / (wallMs / 1000),
  };
}
