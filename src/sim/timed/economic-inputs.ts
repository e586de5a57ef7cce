import type { NodeId } from '../../core/ids.ts';
import { type Block, blocksOfSlot } from '../../model/block.ts';
import type { ModelConfig } from '../../model/config.ts';
import type { EconomicInputs, ProducedBlock, VoteSighting } from '../../model/economics/inputs.ts';
import { finalizedBlocks } from '../../model/finality.ts';
import type { State } from '../../model/state.ts';
import type { TimedRunResult } from './simulator.ts';

/**
 * Economics is driven by timed runs, not by the untimed model's states, for three reasons. A
 * leader builds its aggregates when it produces block s + 8 from the votes it has received by
 * then, in a container apart from its pool (votor/src/consensus_rewards.rs, fed every verified
 * Notar and Skip vote); a timed run orders every receipt and every production by input step. The
 * untimed pool keeps only the first Notar-or-Skip vote of each voter (Def. 12) and a state has
 * no "by then", so a double voter's second vote and the timing of the claim would be lost.
 * And money needs epochs: tens of slots, which a timed run covers in milliseconds, where random
 * untimed schedules of five validators stall after a few slots.
 *
 * Own votes: a node does not receive its own votes, so the cast log (the `castVotes` ghost) is
 * read after every input (simulate's onStep) and each new entry is a sighting by its signer.
 */
export class OwnVoteLog {
  readonly sightings: VoteSighting[] = [];
  private lengths: number[] = [];

  readonly onStep = (state: State, step: number): void => {
    for (const [node, log] of state.castVotes.entries()) {
      const before = this.lengths[node] ?? 0;
      for (const vote of log.slice(before)) this.sightings.push({ seer: node, step, ...vote });
      this.lengths[node] = log.length;
    }
  };
}

/**
 * A timed run as economic inputs: every vote received or cast, every block produced, the finalized
 * chain. A Byzantine leader's blocks count like a correct one's: every bank processes a finalized
 * block whoever made it, so epoch boundaries and claims sit on it and its leader half goes to its
 * leader (vote_reward.rs pays the block's leader; fees are not modelled). What a Byzantine leader
 * posts is its choice; the one modelled here is the one that pays it most: every earning vote
 * sent before its block (it receives nothing in a timed run, but the model's adversary reads the
 * network). A leader that posts nothing is the empty_aggregates variant's.
 */
export function economicInputs(cfg: ModelConfig, run: TimedRunResult, own: OwnVoteLog): EconomicInputs {
  const chain = bankChain(cfg, run.state);
  const received: VoteSighting[] = [];
  const blocks: ProducedBlock[] = [];
  const versions = new Map<string, number>();
  for (const [step, { input }] of run.inputs.entries()) {
    if (input.type === 'receive' && input.msg.type === 'vote')
      received.push({ seer: input.to, step, ...input.msg.vote });
    if (input.type !== 'propose' && input.type !== 'byzPropose') continue;
    const key = `${input.node}/${input.slot}`;
    const version = versions.get(key) ?? 0;
    versions.set(key, version + 1);
    const block = producedBlock(run.state, input.node, input.slot, version);
    if (block !== null)
      blocks.push({ slot: input.slot, block, leader: input.node, step, onChain: chain.has(block) });
  }
  const sightings = [...received, ...own.sightings].sort((a, b) => a.step - b.step);
  const byzantineLeaders = new Set(blocks.map((b) => b.leader).filter((v) => cfg.roles[v] === 'byzantine'));
  return { blocks, sightings: withNetworkReaders(sightings, [...byzantineLeaders]) };
}

/**
 * The chain a bank processes: the highest block any correct node finalized (ties: lowest id) and
 * its ancestors. Under safety that is every finalized block; beyond Assumption 1 a node may hold
 * conflicting versions of a slot finalized, and counting both would claim a slot twice.
 */
function bankChain(cfg: ModelConfig, state: State): Set<number> {
  let tip: Block | undefined;
  for (const node of cfg.honest)
    for (const id of finalizedBlocks(cfg, state, node)) {
      const b = state.blocks[id];
      if (b && (!tip || b.slot > tip.slot || (b.slot === tip.slot && b.id < tip.id))) tip = b;
    }
  const chain = new Set<number>();
  for (let b = tip; b !== undefined; b = state.blocks[b.parent]) chain.add(b.id);
  return chain;
}

/**
 * The `version`-th block `leader` produced for `slot` (a correct leader makes one; a Byzantine
 * leader's versions get ids in the order it made them, draft.ts addBlock).
 */
function producedBlock(state: State, leader: NodeId, slot: number, version: number): number | null {
  const own = blocksOfSlot(state.blocks, slot).filter((b) => b.proposer === leader);
  return own[version]?.id ?? null;
}

/** Each vote as seen by each of `readers` at the first step anyone held it (sightings sorted by step). */
function withNetworkReaders(sightings: readonly VoteSighting[], readers: readonly NodeId[]): VoteSighting[] {
  if (readers.length === 0) return [...sightings];
  const first = new Map<string, VoteSighting>();
  for (const s of sightings) {
    const key = `${s.voter}/${s.kind}/${s.slot}/${s.block}`;
    if (!first.has(key)) first.set(key, s);
  }
  const read = readers.flatMap((seer) => [...first.values()].map((s) => ({ ...s, seer })));
  return [...sightings, ...read].sort((a, b) => a.step - b.step);
}
