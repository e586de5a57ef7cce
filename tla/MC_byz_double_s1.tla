---------------------------- MODULE MC_byz_double_s1 ----------------------------
(* 2 correct + 1 offline + 1 Byzantine double voter (correct leader v0), maxSlot 1 *)
(* Generated from the TS ModelConfig: {"validators":4,"byz":[3],"offline":[2],"window":1,"maxSlot":1,"offset":0,"strategy":"double_voting","desc":"2 correct + 1 offline + 1 Byzantine double voter (correct leader v0), maxSlot 1"} *)
EXTENDS Alpenglow

\* Validators 0..3: stakes and roles (ModelConfig.stakes, ModelConfig.roles).
MCStake == [v \in 0 .. 3 |-> << 1, 1, 1, 1 >>[v + 1]]
MCRole == [v \in 0 .. 3 |-> << "honest", "honest", "offline", "byzantine" >>[v + 1]]
\* strategy.voteKinds of "double_voting"
MCVoteKinds == {"notar", "skip", "final"}
=============================================================================
