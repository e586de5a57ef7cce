import type { Action } from '../model/actions/types.ts';
import { envelopeKey, type Message, votesCountingFor } from '../model/messages.ts';
import type { State } from '../model/state.ts';
import { replayLenient } from './lenient-replay.ts';
import type { BoundModel } from './setup.ts';

/**
 * The causal past of a violation (Lamport's happens-before over a schedule of the untimed model):
 * an action depends on the earlier actions of the validator it changes, on the action that put
 * the message it delivers in flight, and — for what a Byzantine validator sends or proposes — on
 * the actions that created the blocks and cast the correct votes its message is built from.
 *
 * A violation is a predicate over the states of some validators, not all: the slice is the causal
 * past of the last action together with the last actions of the fewest correct validators (none,
 * one, then two) that still violates when replayed. Conflicting finalization needs two, a bad
 * certificate at one node needs one. If none of those slices violates, the schedule is kept whole.
 */
export function causalSlice(
  bound: BoundModel,
  actions: readonly Action[],
  property: string,
  shouldStop: () => boolean = () => false,
): Action[] {
  if (actions.length === 0) return [];
  const graph = dependencyGraph(bound, actions, shouldStop);
  if (graph === null) return actions.slice(); // a model error, or a stop: keep the schedule whole
  const last = actions.length - 1;
  const targets: number[][] = [[]];
  const honest = bound.cfg.honest.slice(0, MAX_TARGET_NODES);
  for (const a of honest) targets.push([a]);
  for (const a of honest) for (const b of honest) if (a < b) targets.push([a, b]);
  for (const nodes of targets) {
    if (shouldStop()) break;
    const roots = [last, ...nodes.map((n) => graph.lastAt.get(n) ?? -1).filter((i) => i >= 0)];
    const kept = closure(graph.deps, roots);
    if (kept.length === actions.length) continue;
    const slice = kept.map((i) => actions[i] as Action);
    if (replayLenient(bound, slice, property, shouldStop).message !== null) return slice;
  }
  return actions.slice();
}

/** Correct validators tried as the violation's subjects: at most 12 (78 pairs), a count not a config's size. */
const MAX_TARGET_NODES = 12;

interface DependencyGraph {
  /** deps[i]: indices of the earlier actions action i depends on directly. */
  readonly deps: number[][];
  /** The last action that changed each validator's state. */
  readonly lastAt: Map<number, number>;
}

function dependencyGraph(
  bound: BoundModel,
  actions: readonly Action[],
  shouldStop: () => boolean,
): DependencyGraph | null {
  const sentBy = new Map<string, number>(); // envelope key → the action that put it in flight
  const blockBy = new Map<number, number>(); // block id → the action that created it
  const castBy = new Map<string, number>(); // voter/kind/slot/block → the action that cast it
  const lastAt = new Map<number, number>();
  const deps: number[][] = [];
  let state = bound.model.init()[0] as State;
  for (let i = 0; i < actions.length; i++) {
    if (shouldStop()) return null;
    const action = actions[i] as Action;
    const direct: number[] = [];
    const add = (j: number | undefined) => {
      if (j !== undefined && j >= 0) direct.push(j);
    };
    const actor = actorOf(action);
    if (actor !== null) add(lastAt.get(actor));
    if (action.type === 'deliver') add(sentBy.get(envelopeKey(action.to, action.msg)));
    if (action.type === 'byzSend') for (const j of sourcesOf(state, action.msg, blockBy, castBy)) add(j);
    if (action.type === 'byzPropose') add(blockBy.get(action.parent));
    deps.push(direct);
    const before = state;
    try {
      state = bound.model.next(state, action);
    } catch {
      return null; // the schedule of a ModelAssertion ends with the action that threw
    }
    recordCreations(before, state, i, sentBy, blockBy, castBy);
    if (actor !== null) lastAt.set(actor, i);
  }
  return { deps, lastAt };
}

/** The validator whose protocol state an action changes (a Byzantine proposal changes none). */
function actorOf(action: Action): number | null {
  switch (action.type) {
    case 'deliver':
    case 'byzSend':
      return action.to;
    case 'timeout':
    case 'propose':
      return action.node;
    case 'byzPropose':
      return null;
  }
}

/** What a Byzantine message is made of: its block, and the correct votes a certificate aggregates. */
function sourcesOf(
  state: State,
  msg: Message,
  blockBy: Map<number, number>,
  castBy: Map<string, number>,
): (number | undefined)[] {
  if (msg.type === 'block') return [blockBy.get(msg.block)];
  if (msg.type === 'vote') return [blockBy.get(msg.vote.block)];
  const { cert } = msg;
  const out = [blockBy.get(cert.block)];
  for (const signer of cert.signers) {
    for (const vote of state.castVotes[signer] ?? []) {
      const counts = votesCountingFor(cert.kind).includes(vote.kind);
      if (counts && vote.slot === cert.slot && (vote.block === cert.block || vote.block < 0))
        out.push(castBy.get(voteKey(signer, vote.kind, vote.slot, vote.block)));
    }
  }
  return out;
}

function recordCreations(
  before: State,
  after: State,
  i: number,
  sentBy: Map<string, number>,
  blockBy: Map<number, number>,
  castBy: Map<string, number>,
): void {
  if (after.network !== before.network) {
    const had = new Set(before.network.map((e) => e.key));
    for (const e of after.network) if (!had.has(e.key)) sentBy.set(e.key, i);
  }
  for (let id = 0; id < after.blocks.length; id++)
    if (after.blocks[id] !== undefined && before.blocks[id] === undefined) blockBy.set(id, i);
  after.castVotes.forEach((log, voter) => {
    for (let k = before.castVotes[voter]?.length ?? 0; k < log.length; k++) {
      const v = log[k];
      if (v) castBy.set(voteKey(voter, v.kind, v.slot, v.block), i);
    }
  });
}

function voteKey(voter: number, kind: string, slot: number, block: number): string {
  return `${voter}/${kind}/${slot}/${block}`;
}

/** Indices reachable from `roots` over `deps`, ascending (the slice keeps the schedule's order). */
function closure(deps: readonly number[][], roots: readonly number[]): number[] {
  const seen = new Set<number>();
  const stack = [...roots];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    if (seen.has(i)) continue;
    seen.add(i);
    for (const j of deps[i] ?? []) stack.push(j);
  }
  return [...seen].sort((a, b) => a - b);
}
