import type { BlockId, NodeId, Slot } from '../../core/ids.ts';
import type { RewardBehaviour } from './behaviour.ts';
import type { ProducedBlock, VoteSighting } from './inputs.ts';
import type { EconomicRules } from './rules.ts';

/** The aggregates one block posts for its reward slot (SIMD-0326 "Rewards": a notarization and/or a skip aggregate). */
export interface Aggregates {
  readonly rewardSlot: Slot;
  readonly paidSlot: Slot;
  readonly leader: NodeId;
  /** The block the notar aggregate is for (NO block: -1 when there is none). */
  readonly notarBlock: BlockId;
  readonly notarVoters: readonly NodeId[];
  readonly skipVoters: readonly NodeId[];
  /** Validators a forging leader tried to add without holding their vote: refused. */
  readonly refused: readonly NodeId[];
}

/**
 * What the leader of `block` posts for slot `rewardSlot`: from the votes it saw before producing
 * the block, the earning ones (rules.earns) of validators in the reward slot's rank map. The notar
 * aggregate is for the block with the most voters ("picking the block_id with the most votes",
 * votor/src/consensus_rewards/entry/notar_entry.rs `build_cert`; ties: the lowest block id here,
 * a HashMap's order there). A voter whose Notar and Skip were both seen is in both aggregates, as
 * the code's two partial certificates keep them apart (entry.rs).
 */
export function buildAggregates(
  block: ProducedBlock,
  rewardSlot: Slot,
  sightings: readonly VoteSighting[],
  rankMap: ReadonlySet<NodeId>,
  behaviour: RewardBehaviour,
  rules: EconomicRules,
): Aggregates {
  const leader = block.leader;
  const base = { rewardSlot, paidSlot: block.slot, leader };
  if (behaviour.emptyAggregators.includes(leader)) {
    return { ...base, notarBlock: -1, notarVoters: [], skipVoters: [], refused: [] };
  }
  const seen = sightings.filter(
    (s) => s.seer === leader && s.slot === rewardSlot && s.step < block.step && rankMap.has(s.voter),
  );
  const earning = seen.filter((s) => rules.earns(s.kind));
  const omitted = behaviour.censors.includes(leader) ? behaviour.censored : [];
  const keep = (voter: NodeId) => !omitted.includes(voter);
  const skipVoters = distinct(earning.filter((s) => s.kind === 'skip').map((s) => s.voter)).filter(keep);
  const byBlock = new Map<BlockId, NodeId[]>();
  for (const s of earning.filter((v) => v.kind !== 'skip'))
    byBlock.set(s.block, [...(byBlock.get(s.block) ?? []), s.voter]);
  let notarBlock: BlockId = -1;
  let notarVoters: NodeId[] = [];
  for (const [b, voters] of [...byBlock].sort((x, y) => x[0] - y[0])) {
    const d = distinct(voters);
    if (d.length > notarVoters.length) [notarBlock, notarVoters] = [b, d];
  }
  notarVoters = notarVoters.filter(keep);
  const forged = behaviour.forgers.includes(leader) ? forgedAttempts(rankMap, earning, leader) : [];
  // Without verification (a plausible bug) the forged voters would go into the skip aggregate.
  if (!rules.verifiesSignatures)
    return {
      ...base,
      notarBlock,
      notarVoters,
      skipVoters: distinct([...skipVoters, ...forged]),
      refused: [],
    };
  return { ...base, notarBlock, notarVoters, skipVoters, refused: forged };
}

/**
 * The validators a forger tries to add: everyone in the rank map it holds no earning vote from.
 * Each is refused: an aggregate is a BLS aggregate of the listed voters' signatures over the Notar
 * or Skip vote itself, and a leader holds no such signature of a validator whose vote it never
 * received (a NotarFallback or Final signature is over another message).
 */
function forgedAttempts(
  rankMap: ReadonlySet<NodeId>,
  seen: readonly VoteSighting[],
  leader: NodeId,
): NodeId[] {
  const signed = new Set(seen.map((s) => s.voter));
  return [...rankMap].filter((v) => v !== leader && !signed.has(v)).sort((a, b) => a - b);
}

function distinct(ids: readonly NodeId[]): NodeId[] {
  return [...new Set(ids)].sort((a, b) => a - b);
}
