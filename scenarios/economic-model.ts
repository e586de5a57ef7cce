import { ECONOMIC_PROPERTIES } from '../properties/economics/index.ts';
import { economicParamsFromConfig } from '../src/model/economics/from-config.ts';
import { withDoubleVoters } from '../src/model/economics/inputs.ts';
import { runLedger } from '../src/model/economics/ledger.ts';
import type { Ledger } from '../src/model/economics/ledger-types.ts';
import { makePauser } from '../src/sim/pause.ts';
import { protocolRun } from './economics/protocol-run.ts';
import { EconomicTally } from './economics/tally.ts';
import { castOf, variantsOf } from './economics/variants.ts';
import { mergeResults } from './merge.ts';
import { type DiscoveryCost, propertyOutcome } from './outcome.ts';
import { selectProperties } from './selection.ts';
import type { ScenarioContext, ScenarioDefinition, ScenarioResult } from './types.ts';

/**
 * Alpenglow's money (issue 14): vote rewards (SIMD-0326 "Rewards"; anza-xyz/alpenglow
 * vote_reward.rs, consensus_rewards.rs, reward_certificate.rs), the VAT and admission (SIMD-0357;
 * bank.rs, vote_account.rs), on seeded timed runs of the protocol. Each run's votes and blocks are
 * played out as several ledgers (scenarios/economics/variants.ts: honest, censoring leaders, empty
 * aggregates, a double voter, forging leaders, and the config's own censors) and every money
 * property is judged on each; the report measures what each misbehaviour costs whom.
 */
export const economicModel: ScenarioDefinition = {
  name: 'economic_model',
  description: `vote rewards (SIMD-0326), the VAT and admission (SIMD-0357): the ${ECONOMIC_PROPERTIES.length} money properties on seeded timed runs, honest and with censoring, silent, forging leaders and a double voter`,
  modes: ['sim'],
  properties: ECONOMIC_PROPERTIES.map((p) => p.name),
  defaultRuns: 4,
  run: runEconomics,
};

async function runEconomics(ctx: ScenarioContext): Promise<ScenarioResult> {
  const properties = selectProperties(ctx.selection, ECONOMIC_PROPERTIES);
  if (properties.length === 0) return mergeResults([], {});
  const params = economicParamsFromConfig(ctx.config);
  const pause = makePauser();
  const started = performance.now();
  const tally = new EconomicTally(params);
  const found = new Map<string, { message: string; discovery: DiscoveryCost }>();
  let runs = 0;
  let events = 0;
  let deliveries = 0;
  for (let run = 0; run < ctx.runs && !ctx.shouldStop(); run++) {
    await pause();
    const protocol = protocolRun(ctx.config, params, ctx.seed, run, ctx.shouldStop);
    if (protocol.stoppedEarly) break;
    runs++;
    events += protocol.events;
    deliveries += protocol.deliveries;
    const cast = castOf(ctx.config, protocol.cfg, params);
    const ledgers: Record<string, Ledger> = {};
    for (const v of variantsOf(ctx.config, cast, protocol.cfg)) {
      const ledger = runLedger(params, withDoubleVoters(protocol.inputs, v.doubleVoters), v.behaviour);
      ledgers[v.name] = ledger;
      for (const p of properties) {
        const message = found.has(p.name) ? null : p.check(ledger);
        if (message === null) continue;
        found.set(p.name, {
          message: `run ${run}, ${v.name} ledger: ${message}`,
          discovery: { states: events, ms: performance.now() - started },
        });
        ctx.log(`discovered ${p.name} in run ${run} (${v.name}): ${message}`);
      }
    }
    tally.add(ledgers, cast);
    ctx.progress({ phase: 'economics', runs: run + 1, totalRuns: ctx.runs, states: events });
  }
  const spent = { states: events, ms: performance.now() - started };
  const outcomes = properties.map((p) => {
    const f = found.get(p.name);
    return propertyOutcome({
      property: p.name,
      label: null,
      driver: 'sim',
      ran: runs > 0,
      spent,
      discovery: f?.discovery ?? null,
      // A money violation has no replayable trace of its own yet: the message names run and ledger.
      counterexample: f ? { message: f.message, length: 0, trace: null } : null,
    });
  });
  return {
    properties: outcomes,
    statesExplored: events,
    uniqueStates: null,
    transitions: null,
    stateSpaceCoverage: null,
    byzantineEvents: 0,
    networkEvents: deliveries,
    runs,
    interrupted: runs < ctx.runs,
    extra: { economics: tally.summary() },
  };
}
