import { Bench } from 'tinybench';
import { explore } from '../src/check/explore.ts';
import { FingerprintSet } from '../src/check/fingerprint-set.ts';
import { hash64 } from '../src/check/hash64.ts';
import type { ExploreOptions } from '../src/check/index.ts';
import { fingerprintState } from '../src/model/fingerprint.ts';
import type { State } from '../src/model/state.ts';
import type { BoundModel } from '../src/sim/setup.ts';
import { benchModel, inFlightAtMost } from './alpenglow-configs.ts';
import { printRates } from './report.ts';

/**
 * Explorer throughput on a tiny Alpenglow config that it exhausts in well under a second:
 * 3 correct validators, one slot, at most 5 messages in flight, all safety invariants checked.
 * Rates are generated states (duplicates included) per second, with and without symmetry
 * reduction, and the fingerprint path alone (hash64 + table insert) on real state texts.
 */
export async function run(): Promise<void> {
  const { model, invariants } = benchModel(3);
  const options = (symmetry: boolean): ExploreOptions<State> => ({
    maxDepth: 1000,
    symmetry,
    constraint: inFlightAtMost(5),
  });
  for (const symmetry of [false, true]) {
    const probe = explore(model, invariants, options(symmetry));
    const bench = new Bench({ time: 3000, warmupTime: 500 });
    const name = `explore 3 validators${symmetry ? ' + symmetry' : ''} (${probe.uniqueStates} distinct)`;
    bench.add(name, () => {
      explore(model, invariants, options(symmetry));
    });
    await bench.run();
    printRates(`explorer${symmetry ? ' (symmetry)' : ''}`, bench, probe.statesExplored, 'states');
  }
  await fingerprintBench(model);
}

async function fingerprintBench(model: BoundModel['model']): Promise<void> {
  const texts: string[] = [];
  let state = model.init()[0] as State;
  for (let i = 0; i < 2000; i++) {
    const actions = model.actions(state);
    if (actions.length === 0) state = model.init()[0] as State;
    else state = model.next(state, actions[i % actions.length]!);
    texts.push(fingerprintState(state));
  }
  const out = new Uint32Array(2);
  const bench = new Bench({ time: 2000, warmupTime: 300 });
  bench.add('hash64 + FingerprintSet.add', () => {
    const set = new FingerprintSet();
    for (const text of texts) {
      hash64(text, out);
      set.add(out[0] as number, out[1] as number);
    }
  });
  await bench.run();
  printRates('fingerprints', bench, texts.length, 'states');
}
