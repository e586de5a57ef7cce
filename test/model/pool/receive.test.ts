import { describe, expect, it } from 'vitest';
import { GENESIS, NO_BLOCK } from '../../../src/core/ids.ts';
import type { Cert, CertKind } from '../../../src/model/messages.ts';
import { receiveCert } from '../../../src/model/pool/receive.ts';
import { SKIP_VOTE } from '../../../src/model/slot-state.ts';
import { equalStakes } from '../../helpers/config.ts';
import { runAt } from '../../helpers/direct.ts';
import { Run } from '../../helpers/run.ts';

// The pool's reaction to arriving votes and certificates (Def. 12–13, reference §3, P12, P17).

const OBSERVER = 0;
const SLOT = 1;

/** Five validators of stake 1: S = 3, F = 4. Validator 0 correct, 1..4 Byzantine. */
function fiveWithBlock(): { run: Run; b: number; c: number } {
  const run = Run.of({ stakes: equalStakes(5), byzantine: [1, 2, 3, 4], leaderOffset: 1 });
  const b = run.byzBlock(1, SLOT, GENESIS);
  const c = run.byzBlock(1, SLOT, GENESIS);
  return { run, b, c };
}

describe('dropped votes have no effect on certificates (Def. 12 through the model)', () => {
  it('a second Notar from a sender, for another block, is not counted', () => {
    const { run, b, c } = fiveWithBlock();
    run.vote(1, OBSERVER, 'notar', SLOT, b);
    run.vote(1, OBSERVER, 'notar', SLOT, c); // dropped: 1 already has an initial vote
    run.votes([2, 3], OBSERVER, 'notar', SLOT, c);
    expect(run.slot(OBSERVER, SLOT).initialVote[1]).toBe(b);
    // Had the dropped vote counted, c would have 3 of 5 = S.
    expect(run.certsIn(OBSERVER, SLOT)).toEqual([]);
  });

  it('a Skip after the sender’s Notar is not counted', () => {
    const { run, b } = fiveWithBlock();
    run.vote(1, OBSERVER, 'notar', SLOT, b);
    run.vote(1, OBSERVER, 'skip', SLOT); // dropped
    run.votes([2, 3], OBSERVER, 'skip', SLOT);
    expect(run.certsIn(OBSERVER, SLOT)).toEqual([]);
    run.vote(4, OBSERVER, 'skip', SLOT);
    expect(run.certsIn(OBSERVER, SLOT)).toEqual(['skip']);
  });

  it('each correct node keeps the first vote it received: pools may differ', () => {
    const run = Run.of({ stakes: equalStakes(5), byzantine: [3, 4], leaderOffset: 3 });
    const b = run.byzBlock(3, SLOT, GENESIS);
    run.vote(4, 0, 'notar', SLOT, b).vote(4, 0, 'skip', SLOT);
    run.vote(4, 1, 'skip', SLOT).vote(4, 1, 'notar', SLOT, b);
    expect(run.slot(0, SLOT).initialVote[4]).toBe(b);
    expect(run.slot(1, SLOT).initialVote[4]).toBe(SKIP_VOTE);
  });
});

describe('received certificates are checked before they are stored', () => {
  const cert = (kind: CertKind, block: number, signers: number[]): Cert => ({
    kind,
    slot: SLOT,
    block,
    signers,
  });

  it.each<[string, CertKind, number[], boolean]>([
    ['Notarization at S (3 of 5)', 'notar', [1, 2, 3], true],
    ['Notarization below S (2 of 5)', 'notar', [1, 2], false],
    ['Notarization padded with a repeated signer', 'notar', [1, 1, 2], false],
    ['Notarization naming a validator that does not exist', 'notar', [1, 2, 9], false],
    ['FastFinalization at F (4 of 5)', 'fastFinal', [1, 2, 3, 4], true],
    ['FastFinalization below F (3 of 5, although S)', 'fastFinal', [1, 2, 3], false],
    ['NotarFallback below S', 'notarFallback', [3, 4], false],
    ['Skip at S', 'skip', [0, 2, 4], true],
    ['Skip below S', 'skip', [2, 4], false],
    ['Finalization below S', 'final', [1, 4], false],
  ])('%s: stored = %s', (_name, kind, signers, stored) => {
    const { run, b } = fiveWithBlock();
    const block = kind === 'skip' || kind === 'final' ? NO_BLOCK : b;
    const after = runAt(run.cfg, run.state, OBSERVER, (ctx) => receiveCert(ctx, cert(kind, block, signers)));
    const certs = after.nodes[OBSERVER]?.slots[SLOT]?.certs ?? [];
    expect(certs.some((c) => c.kind === kind)).toBe(stored);
  });

  it('the adversary cannot even produce a certificate below threshold', () => {
    const { run, b } = fiveWithBlock();
    const below = { type: 'cert', cert: cert('notar', b, [1, 2]) } as const;
    expect(run.accepts({ type: 'byzSend', node: 1, to: OBSERVER, msg: below })).toBe(false);
  });
});

describe('implied certificates (FastFinalization ⇒ Notarization ⇒ NotarFallback, P12)', () => {
  it('built from Notar votes at F: all three, and BlockNotarized', () => {
    const { run, b } = fiveWithBlock();
    run.votes([1, 2, 3, 4], OBSERVER, 'notar', SLOT, b);
    expect(run.certsIn(OBSERVER, SLOT)).toEqual([`fastFinal:${b}`, `notar:${b}`, `notarFallback:${b}`]);
    expect(run.slot(OBSERVER, SLOT).blockNotarized).toEqual([b]);
  });

  it.each<[CertKind, number[], string[], boolean]>([
    ['fastFinal', [1, 2, 3, 4], ['fastFinal', 'notar', 'notarFallback'], true],
    ['notar', [1, 2, 3], ['notar', 'notarFallback'], true],
    ['notarFallback', [1, 2, 3], ['notarFallback'], false],
  ])('a received %s certificate yields %j (BlockNotarized: %s)', (kind, signers, kinds, notarized) => {
    const { run, b } = fiveWithBlock();
    run.cert(1, OBSERVER, kind, SLOT, b, signers);
    expect(run.certsIn(OBSERVER, SLOT)).toEqual(kinds.map((k) => `${k}:${b}`));
    expect(run.slot(OBSERVER, SLOT).blockNotarized).toEqual(notarized ? [b] : []);
  });

  it('an implied certificate keeps the signers of the one it comes from', () => {
    const { run, b } = fiveWithBlock();
    run.cert(1, OBSERVER, 'fastFinal', SLOT, b, [1, 2, 3, 4]);
    for (const c of run.slot(OBSERVER, SLOT).certs) expect(c.signers).toEqual([1, 2, 3, 4]);
  });

  it('no implication when F < S: a fast certificate below S does not notarize', () => {
    // F = 40%, S = 60% of 5: the two Byzantine signers reach F but not S.
    const run = Run.of({ stakes: equalStakes(5), byzantine: [3, 4], leaderOffset: 3, fast: 0.4 });
    const b = run.byzBlock(3, SLOT, GENESIS);
    run.cert(3, OBSERVER, 'fastFinal', SLOT, b, [3, 4]);
    expect(run.certsIn(OBSERVER, SLOT)).toEqual([`fastFinal:${b}`]);
    expect(run.slot(OBSERVER, SLOT).blockNotarized).toEqual([]);
  });
});

describe('certificates new to a pool are re-broadcast (P17)', () => {
  /** Two correct validators 0 and 1; 2, 3, 4 Byzantine (S = 3 of 5 reachable without 0 and 1). */
  function twoCorrect(): { run: Run; b: number } {
    const run = Run.of({ stakes: equalStakes(5), byzantine: [2, 3, 4], leaderOffset: 2 });
    return { run, b: run.byzBlock(2, SLOT, GENESIS) };
  }
  const certsInFlightTo = (run: Run, to: number) =>
    run.state.network.filter((e) => e.to === to && e.msg.type === 'cert').map((e) => e.msg);

  it('a received certificate goes on to the other correct validators, implied ones do not', () => {
    const { run, b } = twoCorrect();
    run.cert(2, 0, 'notar', SLOT, b, [2, 3, 4]);
    expect(certsInFlightTo(run, 1)).toEqual([
      { type: 'cert', cert: { kind: 'notar', slot: SLOT, block: b, signers: [2, 3, 4] } },
    ]);
    // The receiver derives the implied NotarFallback certificate itself.
    run.deliverAll((e) => e.msg.type === 'cert');
    expect(run.certsIn(1, SLOT)).toEqual([`notar:${b}`, `notarFallback:${b}`]);
  });

  it('a certificate built from votes is broadcast too', () => {
    const { run } = twoCorrect();
    run.votes([2, 3, 4], 0, 'skip', SLOT);
    expect(certsInFlightTo(run, 1)).toHaveLength(1);
  });

  it('a certificate already held is neither stored again nor re-broadcast', () => {
    const { run, b } = twoCorrect();
    run.cert(2, 0, 'notar', SLOT, b, [2, 3, 4]);
    run.deliverAll((e) => e.msg.type === 'cert');
    const network = run.state.network;
    const certs = run.slot(1, SLOT).certs;
    // Another signer set for the same (kind, slot, block) is accepted by the adversary's rules
    // but adds nothing to a pool that has one.
    const after = runAt(run.cfg, run.state, 1, (ctx) =>
      receiveCert(ctx, { kind: 'notar', slot: SLOT, block: b, signers: [0, 2, 3, 4] }),
    );
    expect(after.nodes[1]?.slots[SLOT]?.certs).toEqual(certs);
    expect(after.network).toEqual(network);
  });
});
