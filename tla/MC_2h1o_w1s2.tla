---------------------------- MODULE MC_2h1o_w1s2 ----------------------------
(* 2 correct + 1 offline validator, window 1, maxSlot 2 (two leaders) *)
(* Generated from the TS ModelConfig: {"validators":3,"offline":[2],"window":1,"maxSlot":2,"desc":"2 correct + 1 offline validator, window 1, maxSlot 2 (two leaders)"} *)
EXTENDS Alpenglow

\* Validators 0..2: stakes and roles (ModelConfig.stakes, ModelConfig.roles).
MCStake == [v \in 0 .. 2 |-> << 1, 1, 1 >>[v + 1]]
MCRole == [v \in 0 .. 2 |-> << "honest", "honest", "offline" >>[v + 1]]
\* strategy.voteKinds of "silent"
MCVoteKinds == {}
=============================================================================
