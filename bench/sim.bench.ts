import { Bench } from 'tinybench';
import { DEFAULT_CONFIG } from '../src/core/config/index.ts';
import { rngFromSeed } from '../src/core/rng.ts';
import { buildModelConfig } from '../src/model/config.ts';
import { NO_FAULTS } from '../src/sim/timed/fault-plan.ts';
import { timedParams } from '../src/sim/timed/params.ts';
import { simulate } from '../src/sim/timed/simulator.ts';

/**
 * Timed simulator throughput: simulated events per second of wall time, and simulated time per
 * wall time, for 10 and 100 validators (all correct, the paper's thresholds, δ = 50 ms).
 */
function setup(validators: number, slots: number) {
  const config = {
    ...DEFAULT_CONFIG,
    validators,
    byzantine_count: 0,
    offline_count: 0,
    fast_path_threshold: 0.8,
    slow_path_threshold: 0.6,
    network_delay: 50,
    timeout_ms: 600,
    bandwidth_limit: 100_000_000,
    max_rounds: slots,
  };
  const cfg = buildModelConfig(config, { leaderOffset: 0 });
  return () =>
    simulate({
      cfg,
      params: timedParams(config),
      plan: NO_FAULTS,
      horizonMs: 1e9,
      rng: rngFromSeed('bench'),
      maxEvents: 1e9,
    });
}

export async function run(): Promise<void> {
  const cases = [
    { name: '10 validators, 400 slots', run: setup(10, 400) },
    { name: '100 validators, 12 slots', run: setup(100, 12) },
  ];
  const bench = new Bench({ time: 3000, warmupTime: 500, iterations: 3 });
  const stats = new Map<string, { events: number; simulatedMs: number }>();
  for (const c of cases) {
    bench.add(c.name, () => {
      const r = c.run();
      stats.set(c.name, { events: r.events, simulatedMs: r.inputs.at(-1)?.atMs ?? 0 });
    });
  }
  await bench.run();
  console.log('\nsim: timed simulator');
  for (const task of bench.tasks) {
    const meanMs = (task.result as { latency?: { mean: number } } | undefined)?.latency?.mean;
    const s = stats.get(task.name);
    if (!meanMs || !s) continue;
    const eventsPerSec = Math.round((s.events / meanMs) * 1000);
    const ratio = (s.simulatedMs / meanMs).toFixed(1);
    console.log(
      `  ${task.name.padEnd(28)} ${s.events} events in ${meanMs.toFixed(0)} ms: ${eventsPerSec.toLocaleString('en-US')} events/s, simulated/wall time ${ratio}x, 1,000,000 events ≈ ${(1e6 / eventsPerSec).toFixed(1)} s`,
    );
  }
}
