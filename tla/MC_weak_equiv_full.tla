---------------------------- MODULE MC_weak_equiv_full ----------------------------
(* EXPECTED TO FAIL (about 12 min). Guide thresholds 0.67/0.51: 4 correct + 1 Byzantine (20%) equivocating leader of slot 1, maxSlot 1; the full next-state relation *)
(* Generated from the TS ModelConfig: {"validators":5,"byz":[4],"window":1,"maxSlot":1,"offset":4,"strategy":"equivocating_leader","fast":0.67,"slow":0.51,"desc":"EXPECTED TO FAIL (about 12 min). Guide thresholds 0.67/0.51: 4 correct + 1 Byzantine (20%) equivocating leader of slot 1, maxSlot 1; the full next-state relation"} *)
EXTENDS Alpenglow

\* Validators 0..4: stakes and roles (ModelConfig.stakes, ModelConfig.roles).
MCStake == [v \in 0 .. 4 |-> << 1, 1, 1, 1, 1 >>[v + 1]]
MCRole == [v \in 0 .. 4 |-> << "honest", "honest", "honest", "honest", "byzantine" >>[v + 1]]
\* strategy.voteKinds of "equivocating_leader"
MCVoteKinds == {"notar", "final"}

\* Next with its disjuncts in another order: the same next-state relation (a disjunction does
\* not depend on the order of its disjuncts), but TLC generates the Byzantine successors of each
\* state first. The search is the full one; it still takes about twelve minutes.
NextAdversaryFirst ==
    \/ \E z \in Byzantine, to \in Honest : \E m \in ByzMessages(z, to) : ByzSend(z, to, m)
    \/ \E z \in Byzantine, s \in 1 .. MaxSlot, p \in DOMAIN blocks : ByzPropose(z, s, p)
    \/ \E n \in Honest, s \in 1 .. MaxSlot, p \in DOMAIN blocks : Propose(n, s, p)
    \/ \E n \in Honest, s \in 1 .. MaxSlot : Timeout(n, s)
    \/ \E env \in network : Deliver(env)
=============================================================================
