---------------------------- MODULE MC_2h_w2s2 ----------------------------
(* 2 correct validators, window 2, maxSlot 2 *)
(* Generated from the TS ModelConfig: {"validators":2,"window":2,"maxSlot":2,"desc":"2 correct validators, window 2, maxSlot 2"} *)
EXTENDS Alpenglow

\* Validators 0..1: stakes and roles (ModelConfig.stakes, ModelConfig.roles).
MCStake == [v \in 0 .. 1 |-> << 1, 1 >>[v + 1]]
MCRole == [v \in 0 .. 1 |-> << "honest", "honest" >>[v + 1]]
\* strategy.voteKinds of "silent"
MCVoteKinds == {}
=============================================================================
