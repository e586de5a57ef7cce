import type { McHeader } from './tla-header.ts';

/** Which next-state relation a checked-in model runs (tla/README.md, the weak-threshold configs). */
export type McRelation = 'Next' | 'AdversaryNext' | 'NextAdversaryFirst';

/** One checked-in TLC model, tla/<name>.tla and tla/<name>.cfg. */
export interface McModel {
  readonly name: string;
  /** The config, as the fields that differ from DEFAULT_CONFIG; repeated in the module's header. */
  readonly header: McHeader & { readonly desc: string };
  readonly next: McRelation;
  /**
   * NoDeadlockAtHorizon is left out where only the adversary moves (nothing is delivered, so the
   * horizon is never reached by voting) and where the run is expected to fail on safety anyway.
   */
  readonly deadlockInvariant: boolean;
}

const SILENT_2H1O = { validators: 3, offline: [2] };
const STAKED_3_3_1 = { validators: 3, stakes: [3, 3, 1], byz: [2] };
const WEAK_EQUIV = {
  validators: 5,
  byz: [4],
  window: 1,
  maxSlot: 1,
  offset: 4,
  strategy: 'equivocating_leader',
  fast: 0.67,
  slow: 0.51,
};

/**
 * The small configurations kept in tla/ for running TLC by hand (tla/README.md has their state
 * counts). The files are generated from this list (src/xval/mc-files.ts); a test fails when they
 * drift, and `npx vitest run test/xval/mc-files.test.ts -u` rewrites them.
 */
export const MC_MODELS: readonly McModel[] = [
  model('MC_2h1o_s1', {
    ...SILENT_2H1O,
    window: 1,
    maxSlot: 1,
    desc: '2 correct + 1 offline validator, window 1, maxSlot 1',
  }),
  model('MC_2h1o_w1s2', {
    ...SILENT_2H1O,
    window: 1,
    maxSlot: 2,
    desc: '2 correct + 1 offline validator, window 1, maxSlot 2 (two leaders)',
  }),
  model('MC_2h1o_w2s2', {
    ...SILENT_2H1O,
    window: 2,
    maxSlot: 2,
    desc: '2 correct + 1 offline validator, window 2, maxSlot 2',
  }),
  model('MC_2h_w2s2', {
    validators: 2,
    window: 2,
    maxSlot: 2,
    desc: '2 correct validators, window 2, maxSlot 2',
  }),
  model('MC_byz2_equiv_net0', {
    validators: 4,
    stakes: [3, 3, 1, 1],
    byz: [2, 3],
    window: 1,
    maxSlot: 1,
    offset: 2,
    strategy: 'equivocating_leader',
    netMax: 0,
    desc: '2 correct (stake 3 each) + 2 colluding Byzantine (stake 1 each; v2 the equivocating leader of slot 1), maxSlot 1, nothing in flight',
  }),
  model('MC_byz_arbitrary_net1', {
    ...STAKED_3_3_1,
    window: 1,
    maxSlot: 1,
    offset: 2,
    strategy: 'arbitrary',
    netMax: 1,
    desc: '2 correct (stake 3 each) + 1 arbitrary Byzantine leader of slot 1 (stake 1), maxSlot 1, at most 1 message in flight',
  }),
  model('MC_byz_double_s1', {
    validators: 4,
    byz: [3],
    offline: [2],
    window: 1,
    maxSlot: 1,
    offset: 0,
    strategy: 'double_voting',
    desc: '2 correct + 1 offline + 1 Byzantine double voter (correct leader v0), maxSlot 1',
  }),
  model('MC_byz_equiv_s1', {
    validators: 4,
    byz: [3],
    offline: [2],
    window: 1,
    maxSlot: 1,
    offset: 3,
    strategy: 'equivocating_leader',
    desc: '2 correct + 1 offline + 1 Byzantine equivocating leader of slot 1, maxSlot 1',
  }),
  model('MC_byz_fallback_net2', {
    ...STAKED_3_3_1,
    window: 1,
    maxSlot: 1,
    offset: 0,
    strategy: 'fallback_final',
    netMax: 2,
    desc: '2 correct (stake 3 each) + 1 Byzantine fallback_final voter (stake 1), maxSlot 1, at most 2 messages in flight',
  }),
  model('MC_byz_withhold_s1', {
    ...STAKED_3_3_1,
    window: 1,
    maxSlot: 1,
    offset: 2,
    strategy: 'withholding',
    desc: '2 correct (stake 3 each) + 1 Byzantine withholding leader of slot 1 (stake 1, 14%), maxSlot 1',
  }),
  model('MC_byz_withhold_w2s2_net1', {
    ...STAKED_3_3_1,
    window: 2,
    maxSlot: 2,
    offset: 2,
    strategy: 'withholding',
    netMax: 1,
    desc: '2 correct (stake 3 each) + 1 Byzantine withholding leader of window 1 (slots 1-2, stake 1), maxSlot 2, at most 1 message in flight',
  }),
  // protocol "agave" (src/model/protocol-rules.ts): one config per rule at least, both tiny.
  model('MC_agave_2h_s1', {
    validators: 2,
    window: 1,
    maxSlot: 1,
    protocol: 'agave',
    desc: 'protocol agave: 2 correct validators (fast finalization: a received FastFinalization certificate alone), window 1, maxSlot 1',
  }),
  model('MC_agave_byz_fallback_net2', {
    ...STAKED_3_3_1,
    window: 1,
    maxSlot: 1,
    offset: 0,
    strategy: 'fallback_final',
    netMax: 2,
    protocol: 'agave',
    desc: 'protocol agave: 2 correct (stake 3 each) + 1 Byzantine fallback_final voter (stake 1; conflicting vote kinds refused), maxSlot 1, at most 2 messages in flight',
  }),
  // allVersionsPending: one correct node (nothing in flight), so the equivocating leader's two
  // versions of slot 2, on its two versions of slot 1, reach it in every order; a Notar for the
  // second version received is reachable only under agave.
  model('MC_agave_byz_equiv_w2s2', {
    validators: 3,
    stakes: [3, 3, 1],
    byz: [2],
    offline: [1],
    window: 2,
    maxSlot: 2,
    offset: 2,
    strategy: 'equivocating_leader',
    protocol: 'agave',
    desc: 'protocol agave: 1 correct (stake 3) + 1 offline (stake 3) + 1 Byzantine equivocating leader of window 1 (slots 1-2, stake 1; every version pending), maxSlot 2',
  }),
  {
    name: 'MC_weak_equiv',
    header: {
      ...WEAK_EQUIV,
      desc: 'EXPECTED TO FAIL. Guide thresholds 0.67/0.51: 4 correct + 1 Byzantine (20%) equivocating leader of slot 1, maxSlot 1; adversary-scheduled steps only',
    },
    next: 'AdversaryNext',
    deadlockInvariant: false,
  },
  {
    name: 'MC_weak_equiv_full',
    header: {
      ...WEAK_EQUIV,
      desc: 'EXPECTED TO FAIL (about 12 min). Guide thresholds 0.67/0.51: 4 correct + 1 Byzantine (20%) equivocating leader of slot 1, maxSlot 1; the full next-state relation',
    },
    next: 'NextAdversaryFirst',
    deadlockInvariant: false,
  },
];

function model(name: string, header: McModel['header']): McModel {
  return { name, header, next: 'Next', deadlockInvariant: true };
}

/**
 * The safety invariants of tla/Alpenglow.tla, in the reference's order, then the additions (each
 * mirrors the properties/safety file of the same name; TypeOK and NoDeadlockAtHorizon have no TS
 * property, InternalConsistency no TLA+ counterpart).
 */
export const SPEC_SAFETY_INVARIANTS: readonly string[] = [
  'HonestVoteUniqueness',
  'FinalExcludesFallback',
  'FastFinalizationExclusive',
  'NotarizationUniqueness',
  'SlowFinalizationExclusive',
  'FinalizedImpliesNotarized',
  'WindowChain',
  'NoConflictingFinalization',
  'ChainConsistency',
  'CertificateValidity',
  'CertifiedExtendsFinalized',
  'CertifiedHasCorrectNotar',
  'VotesJustified',
  'PendingBlocksRetried',
];
