import { Bench } from 'tinybench';
import { ALL_SAFETY, recordWorkload } from './fixtures.ts';
import { printRates } from './report.ts';

/**
 * Model throughput for 5 validators (1 Byzantine, 4 slots): `next` alone, and a full checked step
 * as the step engine does it (enumerate enabled actions, apply one, check every safety property).
 * Each task iteration replays a batch of recorded steps; the rate is steps per second.
 */
export async function run(): Promise<void> {
  const w = recordWorkload(5, 1, 4, 100);
  const batch = w.states.length;
  const bench = new Bench({ time: 2000, warmupTime: 300 });
  bench.add('model.next (5 validators)', () => {
    for (let i = 0; i < batch; i++) w.model.next(w.states[i]!, w.actions[i]!);
  });
  bench.add('model.actions (5 validators)', () => {
    for (let i = 0; i < batch; i++) w.model.actions(w.states[i]!);
  });
  bench.add(`checked step: actions + next + ${ALL_SAFETY.length} properties`, () => {
    for (let i = 0; i < batch; i++) {
      w.model.actions(w.states[i]!);
      const s = w.model.next(w.states[i]!, w.actions[i]!);
      for (const p of ALL_SAFETY) p.check(w.cfg, s);
    }
  });
  await bench.run();
  printRates('model', bench, batch, 'steps');
}
