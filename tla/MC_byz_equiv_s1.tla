---------------------------- MODULE MC_byz_equiv_s1 ----------------------------
(* 2 correct + 1 offline + 1 Byzantine equivocating leader of slot 1, maxSlot 1 *)
(* Generated from the TS ModelConfig: {"validators":4,"byz":[3],"offline":[2],"window":1,"maxSlot":1,"offset":3,"strategy":"equivocating_leader","desc":"2 correct + 1 offline + 1 Byzantine equivocating leader of slot 1, maxSlot 1"} *)
EXTENDS Alpenglow

\* Validators 0..3: stakes and roles (ModelConfig.stakes, ModelConfig.roles).
MCStake == [v \in 0 .. 3 |-> << 1, 1, 1, 1 >>[v + 1]]
MCRole == [v \in 0 .. 3 |-> << "honest", "honest", "offline", "byzantine" >>[v + 1]]
\* strategy.voteKinds of "equivocating_leader"
MCVoteKinds == {"notar", "final"}
=============================================================================
