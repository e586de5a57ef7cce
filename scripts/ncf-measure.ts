/**
 * Issue 10 experiment: on the guide config, per seed, is NoConflictingFinalization found by 1,000
 * generated runs, and how long are the counterexamples before and after shrinking. `screen` counts
 * violating runs without shrinking (fast); `full` is the long test's harness (pbtRun, default budget).
 * Usage: npx tsx scripts/ncf-measure.ts screen|full 7,1,2,3,4,5 [runs]
 */
import { writeFileSync } from 'node:fs';
import { runInputArb } from '../arbitraries/run-input.ts';
import { SAFETY_PROPERTIES } from '../properties/safety/index.ts';
import { loadConfig } from '../src/cli/config-file.ts';
import { searchSafety } from '../src/sim/pbt.ts';
import { bindModel, type SafetySetup } from '../src/sim/setup.ts';
import { DEFAULT_SHRINK_BUDGET } from '../src/sim/shrink.ts';
import { pbtRun } from '../test/mutation/drivers.ts';

const NCF = 'NoConflictingFinalization';
const SHOWN = [NCF, 'ChainConsistency', 'CertifiedExtendsFinalized', 'FastFinalizationExclusive'];
const guide = loadConfig(new URL('../configs/small_stateright.json', import.meta.url).pathname);
const [mode = 'screen', seedList = '7,1,2,3,4,5', runsArg = '1000'] = process.argv.slice(2);
const runs = Number(runsArg);

async function screen(seed: number): Promise<string> {
  const depth = guide.exploration_depth;
  const setup: SafetySetup = { config: guide, maxSlot: guide.max_rounds, properties: SAFETY_PROPERTIES };
  const hits = new Map<string, number[]>();
  await searchSafety({
    setup,
    arbitrary: runInputArb({
      validators: guide.validators,
      leaderOffset: guide.leader_offset,
      preferredLeaders: bindModel(setup, 0).cfg.byzantine,
      maxChoices: depth,
    }),
    seed,
    numRuns: runs,
    maxSteps: depth,
    onRun: (_i, outcome) => {
      for (const v of outcome.violations) hits.set(v.property, [...(hits.get(v.property) ?? []), v.step]);
    },
    shrinkBudget: { ddminTests: 0, searchStates: 0 },
  });
  return SHOWN.map((p) => {
    const steps = hits.get(p) ?? [];
    return `${p}: ${steps.length} runs${steps.length ? `, min ${Math.min(...steps)}` : ''}`;
  }).join('; ');
}

async function full(seed: number): Promise<string> {
  const { result } = await pbtRun(guide, {
    seed,
    runs,
    depth: guide.exploration_depth,
    shrinkBudget: DEFAULT_SHRINK_BUDGET,
  });
  const byName = new Map(result.counterexamples.map((cx) => [cx.property, cx]));
  const dump = process.env.NCF_DUMP;
  if (dump) writeFileSync(`${dump}-${seed}.json`, JSON.stringify(result.counterexamples, null, 1));
  return SHOWN.map((p) => {
    const cx = byName.get(p);
    return cx
      ? `${p} ${cx.originalLength}->${cx.actions.length}${cx.oneMinimal ? '' : ' (not 1-min)'}`
      : `${p} -`;
  }).join('; ');
}

for (const seed of seedList.split(',').map(Number)) {
  const start = performance.now();
  const line = mode === 'full' ? await full(seed) : await screen(seed);
  console.log(`seed ${seed} [${((performance.now() - start) / 1000).toFixed(1)} s] ${line}`);
}
