import type { BlockId, NodeId, Slot } from '../../core/ids.ts';
import type { Block } from '../../model/block.ts';
import type { ModelConfig } from '../../model/config.ts';
import type { TimedObservations } from '../../model/observations.ts';

/**
 * One correct node's finalization latency for one slot's block, split into the stages of the
 * white paper's latency plot (§3.7): from the moment the leader sends the block —
 *   network: the direct one-way delay leader → node (what a block could not beat);
 *   rotor: the rest of the block's arrival (two hops through relays, γ of Γ shreds);
 *   notarization: from holding the block to holding a Notarization (or FastFinalization);
 *   finalization: from then to finalizing it (fast: at once; slow: the Final votes' round).
 * Stages a node skipped (a certificate before the block) count 0, so the four always sum to the
 * total. A block finalized only through a descendant (Def. 14) takes that descendant's time.
 */
export interface LatencySample {
  readonly node: NodeId;
  readonly slot: Slot;
  readonly leader: NodeId;
  readonly totalMs: number;
  readonly networkMs: number;
  readonly rotorMs: number;
  readonly notarizationMs: number;
  readonly finalizationMs: number;
}

export interface BreakdownInput {
  readonly cfg: ModelConfig;
  readonly obs: TimedObservations;
  readonly blocks: readonly (Block | undefined)[];
  readonly linkDelayMs: (from: NodeId, to: NodeId) => number;
}

/** Every (correct node, produced slot) whose block the node finalized. */
export function latencySamples(input: BreakdownInput): LatencySample[] {
  const { cfg, obs } = input;
  const arrival = firstTimes(obs.blockArrivals.map((a) => ({ key: `${a.node}/${a.block}`, atMs: a.atMs })));
  const notarized = firstTimes(
    obs.certs
      .filter((c) => c.kind === 'notar' || c.kind === 'fastFinal')
      .map((c) => ({ key: `${c.node}/${c.block}`, atMs: c.atMs })),
  );
  const finalizedAt = finalizationTimes(input);
  const samples: LatencySample[] = [];
  for (const p of obs.proposals) {
    if (cfg.roles[p.node] !== 'honest') continue;
    for (const node of cfg.honest) {
      const fin = finalizedAt.get(`${node}/${p.block}`);
      if (fin === undefined) continue;
      const key = `${node}/${p.block}`;
      const got = Math.min(node === p.node ? p.atMs : (arrival.get(key) ?? fin), fin);
      const notar = Math.min(Math.max(got, notarized.get(key) ?? fin), fin);
      const networkMs = Math.min(input.linkDelayMs(p.node, node), got - p.atMs);
      samples.push({
        node,
        slot: p.slot,
        leader: p.node,
        totalMs: fin - p.atMs,
        networkMs,
        rotorMs: got - p.atMs - networkMs,
        notarizationMs: notar - got,
        finalizationMs: fin - notar,
      });
    }
  }
  return samples;
}

function firstTimes(entries: readonly { key: string; atMs: number }[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const { key, atMs } of entries) {
    const known = first.get(key);
    if (known === undefined || atMs < known) first.set(key, atMs);
  }
  return first;
}

/** `node/block` → when the node finalized the block or a descendant of it, whichever first. */
function finalizationTimes(input: BreakdownInput): Map<string, number> {
  const times = new Map<string, number>();
  for (const f of input.obs.finalized) {
    for (let b: BlockId | undefined = f.block; b !== undefined && b !== 0; b = input.blocks[b]?.parent) {
      const key = `${f.node}/${b}`;
      const known = times.get(key);
      if (known !== undefined && known <= f.atMs) break; // ancestors are at least as early
      times.set(key, f.atMs);
    }
  }
  return times;
}
