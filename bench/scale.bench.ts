import { existsSync } from 'node:fs';
import { latencyConfig } from '../src/cli/latency/setup.ts';
import { readValidatorSetFile } from '../src/cli/validator-set.ts';
import { runLatency } from '../src/sim/latency/run.ts';

/**
 * The timed simulator at mainnet scale (issue 15): the largest n validators of the epoch-780 set
 * (exact stakes, geographic latency, the authors' Rotor: 40 slices), every vote, certificate and
 * shred delivered, stepped in place without a trace — as `alpenglow latency` runs. Prints slots/s
 * and events/s at 10, 100 and 1,292 validators, and how events per slot grow (∝ n²: every
 * correct node broadcasts about five messages a slot to every other). One run each: a run at
 * 1,292 is minutes, not milliseconds, so tinybench's repetition would add nothing but time.
 */
const SET = new URL('../../shared/data/mainnet-epoch780-validators.csv', import.meta.url).pathname;
const CASES = [
  { validators: 10, slots: 40 },
  { validators: 100, slots: 8 },
  { validators: 1292, slots: 2 },
] as const;

export async function run(): Promise<void> {
  console.log('\nscale: timed simulator on the epoch-780 set (alpenglow latency)');
  if (!existsSync(SET)) {
    console.log(`  skipped: ${SET} not found`);
    return;
  }
  const all = readValidatorSetFile(SET, 'bench');
  let last: { n: number; perSlot: number } | null = null;
  for (const c of CASES) {
    const config = latencyConfig(all.slice(0, c.validators), { latencyModel: 'geographic', epoch: 780 });
    const started = performance.now();
    const r = runLatency({
      config,
      leader: { kind: 'random' },
      slots: c.slots,
      seed: 'bench',
      rotor: 'authors',
    });
    const seconds = (performance.now() - started) / 1000;
    const perSlot = r.events / c.slots;
    const growth = last
      ? ` (× ${(perSlot / last.perSlot).toFixed(0)} for × ${(c.validators / last.n).toFixed(1)} validators)`
      : '';
    const heapMb = Math.round(process.memoryUsage().heapUsed / 1e6);
    console.log(
      `  ${String(c.validators).padStart(5)} validators, ${c.slots} slots: ${(c.slots / seconds).toFixed(3)} slots/s, ${Math.round(r.events / seconds).toLocaleString('en-US')} events/s, ${Math.round(perSlot).toLocaleString('en-US')} events/slot${growth}, heap ${heapMb} MB, p50 ${r.rows[49]?.totalMs.toFixed(1)} ms`,
    );
    last = { n: c.validators, perSlot };
  }
}
