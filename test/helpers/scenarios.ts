import { GENESIS } from '../../src/core/ids.ts';
import type { Cert, Vote } from '../../src/model/messages.ts';
import type { State } from '../../src/model/state.ts';
import { equalStakes } from './config.ts';
import { Run } from './run.ts';

/**
 * Whole runs the safety-property tests check: one where everything goes right, one attack the
 * reference describes, and hand edits for states no action can reach.
 */

/** Four correct validators; leader 0 proposes the chain of window 1..4; every message delivered. */
export function allCorrectWindow(): { run: Run; chain: number[] } {
  const run = Run.of({ stakes: equalStakes(4), maxSlot: 4 });
  const chain: number[] = [];
  let parent = GENESIS;
  for (let slot = 1; slot <= 4; slot++) {
    parent = run.propose(0, slot, parent);
    chain.push(parent);
  }
  run.deliverAll();
  return { run, chain };
}

/**
 * Four correct validators; leader 0 proposes slot 1, but validator 3 times out first and skips
 * the window. Everything is delivered: 0, 1, 2 notarize (75%), cast Final and finalize slowly;
 * validator 3 drops the late block and, once it sees 75% Notar, falls back with NotarFallback.
 */
export function oneNodeTimesOut(): { run: Run; b1: number } {
  const run = Run.of({ stakes: equalStakes(4), maxSlot: 4 });
  const b1 = run.propose(0, 1, GENESIS);
  run.timeout(3, 1);
  run.deliverAll();
  return { run, b1 };
}

/**
 * The reference's pitfall (§8): exactly 20% Byzantine stake with F = 0.8, S = 0.6. Five validators
 * of stake 1; Byzantine 4 leads window 1 and shows block b to 0 and 1, block c to 2 and 3, voting
 * Notar for each on its side. 40% correct + 20% Byzantine = 60% notarizes both; every correct
 * node casts Final(1); Final votes carry no block, so 0 and 1 finalize b, 2 and 3 finalize c.
 */
export function equivocationAtTwentyPercent(): { run: Run; b: number; c: number } {
  const run = Run.of({ stakes: equalStakes(5), byzantine: [4], leaderOffset: 4, maxSlot: 4 });
  const b = run.byzBlock(4, 1, GENESIS);
  const c = run.byzBlock(4, 1, GENESIS);
  const sides = [
    [b, [0, 1]],
    [c, [2, 3]],
  ] as const;
  for (const [block, group] of sides) {
    for (const to of group) run.sendBlock(4, to, block).vote(4, to, 'notar', 1, block);
  }
  // Notar votes only within each side; then every Final vote everywhere.
  const sameSide = (voter: number, to: number) => voter < 2 === to < 2;
  run.deliverAll(
    (e) => e.msg.type === 'vote' && e.msg.vote.kind === 'notar' && sameSide(e.msg.vote.voter, e.to),
  );
  run.deliverAll((e) => e.msg.type === 'vote' && e.msg.vote.kind === 'final');
  return { run, b, c };
}

/** One correct validator (0) and four Byzantine ones (80%), who can sign any certificate. */
export function byzantineSupermajority(): { run: Run; b1: number; b2: number; g2: number } {
  const run = Run.of({ stakes: equalStakes(5), byzantine: [1, 2, 3, 4], leaderOffset: 1, maxSlot: 4 });
  const b1 = run.byzBlock(1, 1, GENESIS);
  const b2 = run.byzBlock(1, 2, b1);
  const g2 = run.byzBlock(1, 2, GENESIS); // a slot-2 block that does not descend from b1
  return { run, b1, b2, g2 };
}

/** The state with one more vote in a correct validator's ghost log (no action casts it). */
export function withCastVote(state: State, vote: Vote): State {
  const castVotes = state.castVotes.map((log, node) => (node === vote.voter ? [...log, vote] : log));
  return { ...state, castVotes };
}

/** The state with one more certificate in a correct validator's pool (no action stores it). */
export function withCert(state: State, node: number, cert: Cert): State {
  const nodes = state.nodes.map((n, id) => {
    if (id !== node || n === null) return n;
    const slots = n.slots.map((s, slot) => (slot === cert.slot ? { ...s, certs: [...s.certs, cert] } : s));
    return { ...n, slots };
  });
  return { ...state, nodes };
}
