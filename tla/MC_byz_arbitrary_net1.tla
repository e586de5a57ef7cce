---------------------------- MODULE MC_byz_arbitrary_net1 ----------------------------
(* 2 correct (stake 3 each) + 1 arbitrary Byzantine leader of slot 1 (stake 1), maxSlot 1, at most 1 message in flight *)
(* Generated from the TS ModelConfig: {"validators":3,"stakes":[3,3,1],"byz":[2],"window":1,"maxSlot":1,"offset":2,"strategy":"arbitrary","netMax":1,"desc":"2 correct (stake 3 each) + 1 arbitrary Byzantine leader of slot 1 (stake 1), maxSlot 1, at most 1 message in flight"} *)
EXTENDS Alpenglow

\* Validators 0..2: stakes and roles (ModelConfig.stakes, ModelConfig.roles).
MCStake == [v \in 0 .. 2 |-> << 3, 3, 1 >>[v + 1]]
MCRole == [v \in 0 .. 2 |-> << "honest", "honest", "byzantine" >>[v + 1]]
\* strategy.voteKinds of "arbitrary"
MCVoteKinds == {"notar", "notarFallback", "skip", "skipFallback", "final"}

\* State constraint (search bound, mirrored by the TS cross-check BFS): at most 1 messages
\* in flight. TLC neither counts nor expands a state that breaks it.
MCInFlightBound == Cardinality(network) <= 1

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
