import type { NodeId } from '../../core/ids.ts';
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

/** A timed run as economic inputs: every vote received or cast, every block produced, the finalized chain. */
export function economicInputs(cfg: ModelConfig, run: TimedRunResult, own: OwnVoteLog): EconomicInputs {
  const chain = new Set<number>();
  for (const node of cfg.honest) for (const b of finalizedBlocks(cfg, run.state, node)) chain.add(b);
  const sightings: VoteSighting[] = [];
  const blocks: ProducedBlock[] = [];
  for (const [step, { input }] of run.inputs.entries()) {
    if (input.type === 'receive' && input.msg.type === 'vote')
      sightings.push({ seer: input.to, step, ...input.msg.vote });
    if (input.type === 'propose') {
      const block = producedBlock(run.state, input.node, input.slot);
      if (block !== null)
        blocks.push({ slot: input.slot, block, leader: input.node, step, onChain: chain.has(block) });
    }
  }
  return { blocks, sightings: [...sightings, ...own.sightings].sort((a, b) => a.step - b.step) };
}

/** The block `leader` produced for `slot` (a correct leader makes one). */
function producedBlock(state: State, leader: NodeId, slot: number): number | null {
  for (const b of state.blocks) if (b !== undefined && b.slot === slot && b.proposer === leader) return b.id;
  return null;
}
