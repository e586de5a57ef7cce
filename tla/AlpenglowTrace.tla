---------------------------- MODULE AlpenglowTrace ----------------------------
(***************************************************************************)
(* Trace checking: is a given sequence of states a behaviour of Spec?      *)
(*                                                                         *)
(* src/xval (trace-check.ts) generates a root module that EXTENDS this one *)
(* and defines the constants of Alpenglow plus MCTrace, the states of a TS *)
(* counterexample written as records [nodes, blocks, network, castVotes]. *)
(* The behaviour is pinned to those states: the initial state must be an   *)
(* Init state equal to TraceStates[1], and each step a Next step whose     *)
(* successor equals the next state.  Then                                  *)
(*   - TraceIncomplete is violated exactly when every state was followed:  *)
(*     the trace is accepted;                                              *)
(*   - a deadlock (TLC's own check, on for this spec) at step = k means    *)
(*     no Next step leads from state k to state k + 1: rejected there;     *)
(*   - no initial state means TraceStates[1] is not an Init state.         *)
(***************************************************************************)
EXTENDS Alpenglow

CONSTANT TraceStates    \* << [nodes |-> .., blocks |-> .., network |-> .., castVotes |-> ..], ... >>

VARIABLE step           \* how many states of TraceStates the behaviour has followed

Pinned(i) ==
    /\ nodes = TraceStates[i].nodes
    /\ blocks = TraceStates[i].blocks
    /\ network = TraceStates[i].network
    /\ castVotes = TraceStates[i].castVotes

PinnedNext(i) ==
    /\ nodes' = TraceStates[i].nodes
    /\ blocks' = TraceStates[i].blocks
    /\ network' = TraceStates[i].network
    /\ castVotes' = TraceStates[i].castVotes

TraceInit == Init /\ Pinned(1) /\ step = 1

\* Next generates the successors; the pinned equalities keep the one the trace names.
TraceNext == step < Len(TraceStates) /\ Next /\ PinnedNext(step + 1) /\ step' = step + 1

TraceIncomplete == step < Len(TraceStates)
=============================================================================
