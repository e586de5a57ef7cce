---------------------------- MODULE MC_weak_equiv ----------------------------
(* EXPECTED TO FAIL. Guide thresholds 0.67/0.51: 4 correct + 1 Byzantine (20%) equivocating leader of slot 1, maxSlot 1; adversary-scheduled steps only *)
(* Generated from the TS ModelConfig: {"validators":5,"byz":[4],"window":1,"maxSlot":1,"offset":4,"strategy":"equivocating_leader","fast":0.67,"slow":0.51,"desc":"EXPECTED TO FAIL. Guide thresholds 0.67/0.51: 4 correct + 1 Byzantine (20%) equivocating leader of slot 1, maxSlot 1; adversary-scheduled steps only"} *)
EXTENDS Alpenglow

\* Validators 0..4: stakes and roles (ModelConfig.stakes, ModelConfig.roles).
MCStake == [v \in 0 .. 4 |-> << 1, 1, 1, 1, 1 >>[v + 1]]
MCRole == [v \in 0 .. 4 |-> << "honest", "honest", "honest", "honest", "byzantine" >>[v + 1]]
\* strategy.voteKinds of "equivocating_leader"
MCVoteKinds == {"notar", "final"}

\* Only the adversary moves (ByzPropose, ByzSend): the network delivers nothing and no timer
\* fires, which partial synchrony allows before GST. Every step of AdversaryNext is a step of
\* Next, so every behaviour here is a behaviour of Spec and a violation found here is one of
\* Spec; it only keeps the delivery interleavings out of the search so TLC finds it in a minute.
AdversaryNext ==
    \/ \E z \in Byzantine, s \in 1 .. MaxSlot, p \in DOMAIN blocks : ByzPropose(z, s, p)
    \/ \E z \in Byzantine, to \in Honest : \E m \in ByzMessages(z, to) : ByzSend(z, to, m)
=============================================================================
