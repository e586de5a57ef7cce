---------------------------- MODULE MC_byz2_equiv_net0 ----------------------------
(* 2 correct (stake 3 each) + 2 colluding Byzantine (stake 1 each; v2 the equivocating leader of slot 1), maxSlot 1, nothing in flight *)
(* Generated from the TS ModelConfig: {"validators":4,"stakes":[3,3,1,1],"byz":[2,3],"window":1,"maxSlot":1,"offset":2,"strategy":"equivocating_leader","netMax":0,"desc":"2 correct (stake 3 each) + 2 colluding Byzantine (stake 1 each; v2 the equivocating leader of slot 1), maxSlot 1, nothing in flight"} *)
EXTENDS Alpenglow

\* Validators 0..3: stakes and roles (ModelConfig.stakes, ModelConfig.roles).
MCStake == [v \in 0 .. 3 |-> << 3, 3, 1, 1 >>[v + 1]]
MCRole == [v \in 0 .. 3 |-> << "honest", "honest", "byzantine", "byzantine" >>[v + 1]]
\* strategy.voteKinds of "equivocating_leader"
MCVoteKinds == {"notar", "final"}

\* State constraint (search bound, mirrored by the TS cross-check BFS): at most 0 messages
\* in flight. TLC neither counts nor expands a state that breaks it.
MCInFlightBound == Cardinality(network) <= 0

\* TLC also evaluates invariants on successors that break the constraint (it only does not count
\* or expand them); the TS explorer checks states within it only. Guarding the invariants with the
\* bound makes both verdicts speak about the same states.
Bounded(P) == MCInFlightBound => P
BoundedTypeOK == Bounded(TypeOK)
BoundedHonestVoteUniqueness == Bounded(HonestVoteUniqueness)
BoundedFinalExcludesFallback == Bounded(FinalExcludesFallback)
BoundedFastFinalizationExclusive == Bounded(FastFinalizationExclusive)
BoundedNotarizationUniqueness == Bounded(NotarizationUniqueness)
BoundedSlowFinalizationExclusive == Bounded(SlowFinalizationExclusive)
BoundedFinalizedImpliesNotarized == Bounded(FinalizedImpliesNotarized)
BoundedWindowChain == Bounded(WindowChain)
BoundedNoConflictingFinalization == Bounded(NoConflictingFinalization)
BoundedChainConsistency == Bounded(ChainConsistency)
BoundedCertificateValidity == Bounded(CertificateValidity)
BoundedCertifiedExtendsFinalized == Bounded(CertifiedExtendsFinalized)
BoundedCertifiedHasCorrectNotar == Bounded(CertifiedHasCorrectNotar)
BoundedNoDeadlockAtHorizon == Bounded(NoDeadlockAtHorizon)
=============================================================================
