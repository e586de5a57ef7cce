import type { AlpenglowConfig } from '../../src/core/config/index.ts';
import type { NodeId } from '../../src/core/ids.ts';
import type { ModelConfig } from '../../src/model/config.ts';
import { HONEST_BEHAVIOUR, type RewardBehaviour } from '../../src/model/economics/behaviour.ts';
import type { EconomicParams } from '../../src/model/economics/params.ts';

/** One way the run's money is played out: who misbehaves with aggregates, who double votes. */
export interface Variant {
  readonly name: string;
  readonly behaviour: RewardBehaviour;
  readonly doubleVoters: readonly NodeId[];
}

/** Who is censored, by whom, and who double votes, in the measured variants. */
export interface Cast {
  readonly censors: readonly NodeId[];
  readonly censored: readonly NodeId[];
  readonly doubleVoter: NodeId | null;
}

/**
 * The cast of the measurements: the config's censors and censored when it names them; otherwise
 * the correct validator with the least stake (highest id among equals) is censored by the first
 * half (rounded up) of the other correct validators, by id. The double voter is the highest-id
 * correct validator that is not censored. Byzantine validators act in timed runs (their blocks
 * and votes are in the inputs, a Byzantine leader's finalized blocks claim: economic-inputs.ts),
 * but every actor here is a validator the protocol run treats as correct: the question is what
 * correct validators' money does under these behaviours, and aggregates and a second vote's
 * effect on money are outside what Votor checks.
 */
export function castOf(config: AlpenglowConfig, cfg: ModelConfig, params: EconomicParams): Cast {
  const honest = cfg.honest;
  const byStake = [...honest].sort((a, b) => {
    const d = (params.stakes[a] ?? 0n) - (params.stakes[b] ?? 0n);
    return d === 0n ? b - a : d < 0n ? -1 : 1;
  });
  const target = byStake[0];
  const censored = config.reward_censored ?? (target === undefined ? [] : [target]);
  const others = honest.filter((v) => !censored.includes(v));
  const censors = config.reward_censors ?? others.slice(0, Math.ceil(others.length / 2));
  const doubleVoter = [...others].reverse()[0] ?? null;
  return { censors, censored, doubleVoter };
}

/**
 * The ledgers every run is judged on: as configured (the config's censors, if any), all honest,
 * censoring leaders, leaders that post no aggregate, a double voter, forging leaders. Every
 * property is checked on each; the measurements compare them on the same protocol run.
 */
export function variantsOf(config: AlpenglowConfig, cast: Cast, cfg: ModelConfig): Variant[] {
  const configured: RewardBehaviour = {
    ...HONEST_BEHAVIOUR,
    censors: config.reward_censors ?? [],
    censored: config.reward_censored ?? [],
  };
  const censoring = { ...HONEST_BEHAVIOUR, censors: cast.censors, censored: cast.censored };
  return [
    { name: 'configured', behaviour: configured, doubleVoters: [] },
    { name: 'honest', behaviour: HONEST_BEHAVIOUR, doubleVoters: [] },
    { name: 'censoring', behaviour: censoring, doubleVoters: [] },
    {
      name: 'empty_aggregates',
      behaviour: { ...HONEST_BEHAVIOUR, emptyAggregators: cast.censors },
      doubleVoters: [],
    },
    {
      name: 'double_voter',
      behaviour: HONEST_BEHAVIOUR,
      doubleVoters: cast.doubleVoter === null ? [] : [cast.doubleVoter],
    },
    { name: 'forging', behaviour: { ...HONEST_BEHAVIOUR, forgers: cfg.honest }, doubleVoters: [] },
  ];
}
