---------------------------- MODULE MC_byz_withhold_s1 ----------------------------
(* 2 correct (stake 3 each) + 1 Byzantine withholding leader of slot 1 (stake 1, 14%), maxSlot 1 *)
(* Generated from the TS ModelConfig: {"validators":3,"stakes":[3,3,1],"byz":[2],"window":1,"maxSlot":1,"offset":2,"strategy":"withholding","desc":"2 correct (stake 3 each) + 1 Byzantine withholding leader of slot 1 (stake 1, 14%), maxSlot 1"} *)
EXTENDS Alpenglow

\* Validators 0..2: stakes and roles (ModelConfig.stakes, ModelConfig.roles).
MCStake == [v \in 0 .. 2 |-> << 3, 3, 1 >>[v + 1]]
MCRole == [v \in 0 .. 2 |-> << "honest", "honest", "byzantine" >>[v + 1]]
\* strategy.voteKinds of "withholding"
MCVoteKinds == {"notar", "final"}
=============================================================================
