------------------------------ MODULE Alpenglow ------------------------------
(***************************************************************************)
(* The untimed Alpenglow (Votor) model of src/model, action for action and *)
(* variable for variable, with the same guards.  The TypeScript code is    *)
(* the source of truth; every operator below names the TS function it      *)
(* mirrors (see tla/README.md for the full mapping table).                 *)
(*                                                                         *)
(* One step of a correct node is atomic, exactly as runNode in             *)
(* src/model/votor/run.ts: the input (a delivered message, a timer, an own *)
(* proposal) is processed, then every event it raises, in FIFO order,      *)
(* until the queue is empty.  In TLA+ that imperative code is written as   *)
(* pure operators over a "context" record                                  *)
(*                                                                         *)
(*   ctx = [ node   |-> the acting correct validator,                      *)
(*           blocks |-> the block table (read only inside a step),         *)
(*           sl     |-> its per-slot states (NodeState.slots),             *)
(*           net    |-> the in-flight network,                             *)
(*           cast   |-> its ghost log of cast votes,                       *)
(*           q      |-> its event queue (NodeCtx.queue) ]                  *)
(*                                                                         *)
(* which each operator takes and returns (the TS Draft + NodeCtx).         *)
(* Sequential statements become LET chains c1, c2, ...; loops become       *)
(* RECURSIVE operators that walk slots in the same order as the TS loops.  *)
(***************************************************************************)
EXTENDS Integers, Sequences, FiniteSets

CONSTANTS
    N,                  \* validatorCount; validators are 0..N-1
    Stake,              \* stakes: [0..N-1 -> positive integer]
    Role,               \* roles:  [0..N-1 -> {"honest", "byzantine", "offline"}]
    WindowSize,         \* windowSize (leader_window_size)
    MaxSlot,            \* maxSlot: highest slot a run may reach
    LeaderOffset,       \* leaderOffset, already reduced mod N
    QFast,              \* quorum.fast     (F)
    QSlow,              \* quorum.slow     (S)
    QFallback,          \* quorum.fallback (S - f)
    QMinOwn,            \* quorum.minOwn   (f)
    FastPpm,            \* fastPpm: used only by the properties (they recompute thresholds)
    SlowPpm,            \* slowPpm: idem
    BlocksPerSlot,      \* strategy.blocksPerSlot
    VoteKinds,          \* strategy.voteKinds (a set)
    VotesForeignBlocks, \* strategy.votesForeignBlocks
    SendsCertificates,  \* strategy.sendsCertificates
    MaxNotarFallbackPerVoter, \* MAX_NOTAR_FALLBACK_PER_VOTER (src/core/limits.ts), set by the generated .cfg
    PROTOCOL            \* protocol: "whitepaper" or "agave" (ModelConfig.protocol)

VARIABLES
    nodes,      \* State.nodes:     [Honest -> [0..MaxSlot -> SlotState record]]
    blocks,     \* State.blocks:    [ids in use -> Block record], sparse: id = slot * 4 + version, 0 = genesis
    network,    \* State.network:   set of [to, msg] envelopes
    castVotes   \* State.castVotes: [Honest -> set of Vote records] (ghost)

vars == <<nodes, blocks, network, castVotes>>

-----------------------------------------------------------------------------
(* Basic sets and arithmetic (src/core)                                     *)

Validators == 0 .. N - 1
Honest == {v \in Validators : Role[v] = "honest"}
Byzantine == {v \in Validators : Role[v] = "byzantine"}
Slots == 0 .. MaxSlot

PPM == 1000000
Genesis == 0                \* GENESIS
NoBlock == -1               \* NO_BLOCK
NoVote == -2                \* NO_VOTE  (initialVote entry)
SkipVote == -1              \* SKIP_VOTE (initialVote entry)

Min(S) == CHOOSE x \in S : \A y \in S : x <= y
Max(S) == CHOOSE x \in S : \A y \in S : x >= y

RECURSIVE StakeOf(_)
\* signerStake / sumStake: total stake of a set of validators.
StakeOf(S) == IF S = {} THEN 0
              ELSE LET v == CHOOSE x \in S : TRUE IN Stake[v] + StakeOf(S \ {v})

TotalStake == StakeOf(Validators)

\* quorumStake: smallest q with q * 1e6 >= total * ppm.
QuorumStake(total, ppm) == (total * ppm + PPM - 1) \div PPM
\* meetsPpm / exceedsPpm (the properties recompute thresholds from ppm).
MeetsPpm(stake, ppm) == stake * PPM >= TotalStake * ppm
ExceedsPpm(stake, ppm) == stake * PPM > TotalStake * ppm

\* The precomputed quorums must be the ones buildModelConfig derives.
ASSUME QFast = QuorumStake(TotalStake, FastPpm)
ASSUME QSlow = QuorumStake(TotalStake, SlowPpm)
ASSUME QFallback = QuorumStake(TotalStake, Max({0, SlowPpm - (PPM - FastPpm)}))
ASSUME QMinOwn = QuorumStake(TotalStake, PPM - FastPpm)
ASSUME LeaderOffset \in Validators /\ WindowSize >= 1 /\ MaxSlot >= 1
\* Draft.addBlock asserts fewer than 4 versions per slot (LIMITS.maxBlocksPerSlot = 3).
ASSUME BlocksPerSlot \in 0 .. 3
\* canStoreVote (pool/votes.ts): the cap Def. 12 puts on NotarFallback votes per voter and slot.
ASSUME MaxNotarFallbackPerVoter \in Nat /\ MaxNotarFallbackPerVoter >= 1

-----------------------------------------------------------------------------
(* Protocol variants (protocol-rules.ts)                                    *)

\* PROTOCOL_VARIANTS: the rules each variant applies (test/xval/mc-files.test.ts compares).
\* crashedLeaderTimer is timed only (src/sim/timed): no Applies("crashedLeaderTimer") below.
ProtocolVariants == [whitepaper |-> {}, agave |-> {"voteConflicts", "fastFinalizationAlone", "crashedLeaderTimer", "parentReadyFromFinalization", "allVersionsPending"}]
ASSUME PROTOCOL \in DOMAIN ProtocolVariants
\* cfg.rules[rule]
Applies(rule) == rule \in ProtocolVariants[PROTOCOL]

-----------------------------------------------------------------------------
(* Leader windows and schedule (schedule.ts)                                *)

WindowStart(s) == 1 + WindowSize * ((s - 1) \div WindowSize)
IsWindowStart(s) == s >= 1 /\ (s - 1) % WindowSize = 0
WindowEnd(s) == Min({WindowStart(s) + WindowSize - 1, MaxSlot})
WindowSlots(s) == WindowStart(s) .. WindowEnd(s)
LeaderOf(s) == ((s - 1) \div WindowSize + LeaderOffset) % N

-----------------------------------------------------------------------------
(* Blocks (block.ts, Draft.addBlock)                                        *)

GenesisBlock == [id |-> 0, slot |-> 0, parent |-> -1, proposer |-> -1, variant |-> 0]

\* BLOCK_ID_STRIDE and blockIdFor (core/ids.ts): a block's id names (slot, version).
BlockIdStride == 4
BlockIdFor(slot, version) == slot * BlockIdStride + version

\* The number of blocks of a slot so far: the variant (version) of the next one.
VersionsOf(tbl, slot) == Cardinality({i \in DOMAIN tbl : i # 0 /\ tbl[i].slot = slot})

\* The id Draft.addBlock gives the next block of a slot.
NewBlockId(tbl, slot) == BlockIdFor(slot, VersionsOf(tbl, slot))

\* Draft.addBlock: variant = versions of the slot so far, id = slot * 4 + variant (a sparse
\* table: the domain is the set of ids in use).
AddBlock(tbl, slot, parent, proposer) ==
    LET variant == VersionsOf(tbl, slot)
        id == BlockIdFor(slot, variant)
        new == [id |-> id, slot |-> slot, parent |-> parent, proposer |-> proposer, variant |-> variant]
    IN [i \in DOMAIN tbl \cup {id} |-> IF i = id THEN new ELSE tbl[i]]

RECURSIVE AncestorsOf(_, _)
\* The block and its whole parent chain down to genesis.
AncestorsOf(tbl, b) == IF b = Genesis THEN {Genesis} ELSE {b} \cup AncestorsOf(tbl, tbl[b].parent)

\* isAncestor (reflexive, Def. 5).
IsAncestor(tbl, a, d) == a \in AncestorsOf(tbl, d)

-----------------------------------------------------------------------------
(* Messages (messages.ts)                                                   *)

CertKinds == {"fastFinal", "notar", "notarFallback", "skip", "final"}
AllVoteKinds == {"notar", "notarFallback", "skip", "skipFallback", "final"}

IsBlockVote(kind) == kind \in {"notar", "notarFallback"}
IsBlockCert(kind) == kind \in {"fastFinal", "notar", "notarFallback"}

Vote(kind, slot, block, voter) == [kind |-> kind, slot |-> slot, block |-> block, voter |-> voter]
VoteMsg(v) == [type |-> "vote", vote |-> v]
CertMsg(c) == [type |-> "cert", cert |-> c]
BlockMsg(b) == [type |-> "block", block |-> b]

\* votesCountingFor (Def. 11, Table 6).
VotesCountingFor(kind) ==
    CASE kind \in {"fastFinal", "notar"} -> {"notar"}
      [] kind = "notarFallback"          -> {"notar", "notarFallback"}
      [] kind = "skip"                   -> {"skip", "skipFallback"}
      [] kind = "final"                  -> {"final"}

-----------------------------------------------------------------------------
(* One node's view of one slot (slot-state.ts)                              *)

EmptySlot ==
    [ initialVote         |-> [v \in Validators |-> NoVote],
      notarFallbackVotes  |-> {},      \* set of <<voter, block>>
      skipFallbackVoters  |-> {},      \* TS skipFallbackVote[v] = 1
      finalVoters         |-> {},      \* TS finalVote[v] = 1
      certs               |-> {},      \* set of [kind, slot, block, signers]
      parentReady         |-> {},
      voted               |-> FALSE,
      votedNotar          |-> NoBlock,
      blockNotarized      |-> {},
      itsOver             |-> FALSE,
      badWindow           |-> FALSE,
      pending             |-> NoBlock,
      firstBlock          |-> NoBlock,
      versions            |-> << >>,   \* a sequence: arrival order (allVersionsPending)
      safeToNotarRaised   |-> {},
      safeToSkipRaised    |-> FALSE,
      timeoutsSet         |-> FALSE ]

SeqHas(seq, x) == \E i \in 1 .. Len(seq) : seq[i] = x

\* isNewVersion (votor/versions.ts): receiving block id raises a Block event (and is recorded).
IsNewVersion(view, id) ==
    \/ view.firstBlock = NoBlock
    \/ Applies("allVersionsPending") /\ ~view.voted /\ ~SeqHas(view.versions, id)

\* pendingVersions (votor/versions.ts): the slot's pending blocks, in the order they are retried.
PendingVersions(view) ==
    IF Applies("allVersionsPending") THEN (IF view.voted THEN << >> ELSE view.versions)
    ELSE IF view.pending = NoBlock THEN << >> ELSE << view.pending >>

\* hasReceived (votor/versions.ts)
HasReceived(view, b) == view.firstBlock = b \/ SeqHas(view.versions, b)

-----------------------------------------------------------------------------
(* Pool vote storage (pool/votes.ts)                                        *)

\* AGAVE_CONFLICTING_KINDS (pool/conflicts.ts): conflicting_types of votor/src/common.rs.
ConflictingKinds(kind) ==
    CASE kind = "final"         -> {"notarFallback", "skip", "skipFallback"}
      [] kind = "notar"         -> {"skip", "notarFallback"}
      [] kind = "notarFallback" -> {"final", "notar"}
      [] kind = "skip"          -> {"final", "notar", "skipFallback"}
      [] kind = "skipFallback"  -> {"skip", "final"}

\* hasStored: a stored vote of `kind` from v, for block b when sameBlock, else for any block.
HasStored(view, v, kind, b, sameBlock) ==
    CASE kind = "notar" -> IF sameBlock THEN view.initialVote[v] = b ELSE view.initialVote[v] >= 0
      [] kind = "notarFallback" -> \E p \in view.notarFallbackVotes : p[1] = v /\ (~sameBlock \/ p[2] = b)
      [] kind = "skip" -> view.initialVote[v] = SkipVote
      [] kind = "skipFallback" -> v \in view.skipFallbackVoters
      [] kind = "final" -> v \in view.finalVoters

\* hasConflictingVote: two block votes conflict only for the same block.
HasConflictingVote(view, vote) ==
    \E k \in ConflictingKinds(vote.kind) :
        HasStored(view, vote.voter, k, vote.block, IsBlockVote(k) /\ IsBlockVote(vote.kind))

CanStoreVote(view, vote) ==
    LET v == vote.voter IN
    /\ ~(Applies("voteConflicts") /\ HasConflictingVote(view, vote))
    /\ CASE vote.kind \in {"notar", "skip"} -> view.initialVote[v] = NoVote
         [] vote.kind = "notarFallback" ->
               /\ <<v, vote.block>> \notin view.notarFallbackVotes
               /\ Cardinality({p \in view.notarFallbackVotes : p[1] = v}) < MaxNotarFallbackPerVoter
         [] vote.kind = "skipFallback" -> v \notin view.skipFallbackVoters
         [] vote.kind = "final" -> v \notin view.finalVoters

StoreVote(view, vote) ==
    LET v == vote.voter IN
    CASE vote.kind = "notar"         -> [view EXCEPT !.initialVote[v] = vote.block]
      [] vote.kind = "skip"          -> [view EXCEPT !.initialVote[v] = SkipVote]
      [] vote.kind = "notarFallback" -> [view EXCEPT !.notarFallbackVotes = @ \cup {<<v, vote.block>>}]
      [] vote.kind = "skipFallback"  -> [view EXCEPT !.skipFallbackVoters = @ \cup {v}]
      [] vote.kind = "final"         -> [view EXCEPT !.finalVoters = @ \cup {v}]

\* notarStake, skipStake; TalliedBlocks = the blocks of notarTallies.
NotarStake(view, b) == StakeOf({v \in Validators : view.initialVote[v] = b})
SkipStake(view) == StakeOf({v \in Validators : view.initialVote[v] = SkipVote})
TalliedBlocks(view) == {view.initialVote[v] : v \in Validators} \ {NoVote, SkipVote}

-----------------------------------------------------------------------------
(* Certificates (pool/certs.ts)                                             *)

CertQuorum(kind) == IF kind = "fastFinal" THEN QFast ELSE QSlow

CountsFor(view, kind, b, v) ==
    CASE kind \in {"fastFinal", "notar"} -> view.initialVote[v] = b
      [] kind = "notarFallback" -> view.initialVote[v] = b \/ <<v, b>> \in view.notarFallbackVotes
      [] kind = "skip"  -> view.initialVote[v] = SkipVote \/ v \in view.skipFallbackVoters
      [] kind = "final" -> v \in view.finalVoters

EligibleSigners(view, kind, b) == {v \in Validators : CountsFor(view, kind, b, v)}

\* certIsValid: well formed (a block certificate names a non-genesis block of its slot, a Skip
\* or Finalization certificate names none), signers are validators (a set here, so the TS
\* "strictly ascending" check holds by construction) and their stake reaches the threshold.
CertIsValid(tbl, cert) ==
    /\ IF IsBlockCert(cert.kind)
       THEN cert.block \in DOMAIN tbl /\ cert.block # Genesis /\ tbl[cert.block].slot = cert.slot
       ELSE cert.block = NoBlock
    /\ cert.signers \subseteq Validators
    /\ StakeOf(cert.signers) >= CertQuorum(cert.kind)

\* findCert(...) /= undefined
HasCert(view, kind, b) == \E c \in view.certs : c.kind = kind /\ c.block = b
HasNotarFallbackLike(view, b) == \E c \in view.certs : c.block = b /\ c.kind \notin {"skip", "final"}
HasSkipCert(view) == \E c \in view.certs : c.kind = "skip"
CertifiedBlocks(view, kinds) == {c.block : c \in {x \in view.certs : x.kind \in kinds}}

\* slotFinalizes (finality.ts): fast, or Finalization with the block's Notarization.
SlotFinalizes(view, b) ==
    \/ HasCert(view, "fastFinal", b)
    \/ (\E c \in view.certs : c.kind = "final") /\ HasCert(view, "notar", b)

-----------------------------------------------------------------------------
(* Node context (votor/context.ts)                                          *)

Event(type, slot, block) == [type |-> type, slot |-> slot, block |-> block]

Blk(c, id) == c.blocks[id]

\* sendToOthers: every other correct, online validator.
SendToOthers(c, msg) == [c EXCEPT !.net = @ \cup {[to |-> t, msg |-> msg] : t \in Honest \ {c.node}}]

Push(c, e) == [c EXCEPT !.q = Append(@, e)]

\* isQueued: events of one type all have the same shape (block = -1 when blockless).
IsQueued(c, e) == \E i \in 1 .. Len(c.q) : c.q[i] = e

RECURSIVE SortedSeq(_)
SortedSeq(S) == IF S = {} THEN << >> ELSE LET m == Min(S) IN <<m>> \o SortedSeq(S \ {m})

\* The events (type, slot, b) for the blocks b of S, in ascending block order.
EventsFor(type, slot, S) == LET bs == SortedSeq(S) IN [i \in 1 .. Len(bs) |-> Event(type, slot, bs[i])]

-----------------------------------------------------------------------------
(* Pool events (pool/events.ts)                                             *)

RECURSIVE ParentReadyDown(_, _, _, _)
\* raiseParentReady's loop: k runs down from w-1; candidates of slot k in ascending id order.
\* Candidates of one k are distinct blocks and different k hold different blocks, so
\* filtering against the queue first and then appending all is the TS loop exactly.
ParentReadyDown(c, w, flags, k) ==
    LET view == c.sl[k]
        cands == IF k = 0 THEN {Genesis}
                 ELSE CertifiedBlocks(view, {"fastFinal", "notar", "notarFallback"})
        new == {b \in cands : b \notin flags /\ ~IsQueued(c, Event("parentReady", w, b))}
        c1 == [c EXCEPT !.q = @ \o EventsFor("parentReady", w, new)]
    IN IF k = 0 \/ ~HasSkipCert(view) THEN c1 ELSE ParentReadyDown(c1, w, flags, k - 1)

RaiseParentReady(c, w) == ParentReadyDown(c, w, c.sl[w].parentReady, w - 1)

RECURSIVE RaiseParentReadyFrom(_, _)
\* raiseParentReadyFrom: window starts reachable from t through Skip certificates.
RaiseParentReadyFrom(c, t) ==
    IF t > MaxSlot THEN c
    ELSE LET c1 == IF IsWindowStart(t) THEN RaiseParentReady(c, t) ELSE c
         IN IF ~HasSkipCert(c1.sl[t]) THEN c1 ELSE RaiseParentReadyFrom(c1, t + 1)

\* parentCertified: the parent of b is genesis or holds a NotarFallback-like certificate.
ParentCertified(c, b) ==
    LET p == Blk(c, Blk(c, b).parent)
    IN p.id = Genesis \/ HasNotarFallbackLike(c.sl[p.slot], p.id)

\* raiseFallbackEvents: SafeToNotar(s, b) for each qualifying block (ascending), then SafeToSkip(s).
RaiseFallbackEvents(c, s) ==
    IF s < 1 \/ s > MaxSlot THEN c
    ELSE IF ~c.sl[s].voted THEN c
    ELSE
      LET view == c.sl[s]
          tallied == TalliedBlocks(view)
          skip == SkipStake(view)
          notar(b) == NotarStake(view, b)
          qualifies(b) ==
              /\ view.votedNotar # b
              /\ b \notin view.safeToNotarRaised
              /\ \/ notar(b) >= QFallback
                 \/ skip + notar(b) >= QSlow /\ notar(b) >= QMinOwn
              /\ IsWindowStart(s) \/ ParentCertified(c, b)
          stn == {b \in tallied : qualifies(b)}
          c1 == [c EXCEPT !.sl[s].safeToNotarRaised = @ \cup stn,
                          !.q = @ \o EventsFor("safeToNotar", s, stn)]
          \* safeToSkipStake: skip(s) + sum_b notar(b) - max_b notar(b)
          total == StakeOf({v \in Validators : view.initialVote[v] >= 0})
          top == IF tallied = {} THEN 0 ELSE Max({notar(b) : b \in tallied})
      IN IF /\ view.votedNotar # NoBlock
            /\ ~view.safeToSkipRaised
            /\ skip + total - top >= QFallback
         THEN [c1 EXCEPT !.sl[s].safeToSkipRaised = TRUE,
                         !.q = Append(@, Event("safeToSkip", s, NoBlock))]
         ELSE c1

\* childSlots (pool/receive.ts): the slots of b's children, each once, in the order of their
\* first child in the block table (ascending id).
ChildSlots(c, b) ==
    LET kids == {i \in DOMAIN c.blocks : i # Genesis /\ c.blocks[i].parent = b}
        firstIds == {Min({i \in kids : c.blocks[i].slot = s}) : s \in {c.blocks[i].slot : i \in kids}}
        ids == SortedSeq(firstIds)
    IN [k \in 1 .. Len(ids) |-> c.blocks[ids[k]].slot]

RECURSIVE RaiseFallbackEventsIn(_, _)
\* raiseFallbackEvents for each slot of a sequence, in order.
RaiseFallbackEventsIn(c, slots) ==
    IF slots = << >> THEN c
    ELSE RaiseFallbackEventsIn(RaiseFallbackEvents(c, Head(slots)), Tail(slots))

\* raiseFinalized: rule parentReadyFromFinalization, agave's Finalized(s, b) events for the blocks
\* cert finalizes, in ascending id order, each unless already queued.
RaiseFinalized(c, cert) ==
    IF ~Applies("parentReadyFromFinalization") THEN c
    ELSE LET view == c.sl[cert.slot]
             hasFinal == \E x \in view.certs : x.kind = "final"
             bs == IF cert.kind = "fastFinal" \/ (cert.kind = "notar" /\ hasFinal) THEN {cert.block}
                   ELSE IF cert.kind = "final" THEN CertifiedBlocks(view, {"notar"})
                   ELSE {}
             new == {b \in bs : ~IsQueued(c, Event("finalized", cert.slot, b))}
         IN [c EXCEPT !.q = @ \o EventsFor("finalized", cert.slot, new)]

-----------------------------------------------------------------------------
(* The pool's reaction to votes and certificates (pool/receive.ts)          *)

\* derivesImplied: rule fastFinalizationAlone, a received FastFinalization certificate implies nothing.
DerivesImplied(cert, origin) ==
    ~(Applies("fastFinalizationAlone") /\ origin = "received" /\ cert.kind = "fastFinal")

RECURSIVE StoreCert(_, _, _)
\* storeCert: store a certificate new to this pool, re-broadcast it unless it is implied (origin
\* "built", "received" or "implied"), store the weaker ones its signers also prove (not
\* re-broadcast), raise the events it enables.
StoreCert(c, cert, origin) ==
    IF HasCert(c.sl[cert.slot], cert.kind, cert.block) THEN c
    ELSE
      LET c1 == [c EXCEPT !.sl[cert.slot].certs = @ \cup {cert}]
          c2a == IF origin # "implied" THEN SendToOthers(c1, CertMsg(cert)) ELSE c1
          \* agave: Finalized for FastFinalization before the ParentReady events, the others after.
          c2 == IF cert.kind = "fastFinal" THEN RaiseFinalized(c2a, cert) ELSE c2a
          Implied(cc, kind) ==
              IF StakeOf(cert.signers) >= CertQuorum(kind)
              THEN StoreCert(cc, [cert EXCEPT !.kind = kind], "implied")
              ELSE cc
          c3 == IF ~DerivesImplied(cert, origin) THEN c2
                ELSE CASE cert.kind = "fastFinal" -> Implied(Implied(c2, "notar"), "notarFallback")
                       [] cert.kind = "notar"     -> Implied(c2, "notarFallback")
                       [] OTHER                   -> c2
          c4 == IF cert.kind = "notar"
                THEN Push(c3, Event("blockNotarized", cert.slot, cert.block))
                ELSE c3
          c5a == IF cert.kind # "final" THEN RaiseParentReadyFrom(c4, cert.slot + 1) ELSE c4
          c5 == IF cert.kind \in {"notar", "final"} THEN RaiseFinalized(c5a, cert) ELSE c5a
      IN IF cert.kind \notin {"final", "skip"}
         THEN RaiseFallbackEventsIn(c5, ChildSlots(c5, cert.block))
         ELSE c5

\* tryBuildCert
TryBuildCert(c, s, kind, b) ==
    IF HasCert(c.sl[s], kind, b) THEN c
    ELSE LET signers == EligibleSigners(c.sl[s], kind, b)
         IN IF StakeOf(signers) < CertQuorum(kind) THEN c
            ELSE StoreCert(c, [kind |-> kind, slot |-> s, block |-> b, signers |-> signers], "built")

\* receiveVote
ReceiveVote(c, vote) ==
    LET s == vote.slot
        b == vote.block
    IN IF s < 1 \/ s > MaxSlot THEN c
       ELSE IF ~CanStoreVote(c.sl[s], vote) THEN c
       ELSE
         LET c1 == [c EXCEPT !.sl[s] = StoreVote(@, vote)] IN
         CASE vote.kind = "notar" ->
                 RaiseFallbackEvents(
                     TryBuildCert(TryBuildCert(TryBuildCert(c1, s, "fastFinal", b),
                                               s, "notar", b),
                                  s, "notarFallback", b),
                     s)
           [] vote.kind = "notarFallback" -> TryBuildCert(c1, s, "notarFallback", b)
           [] vote.kind = "skip" -> RaiseFallbackEvents(TryBuildCert(c1, s, "skip", NoBlock), s)
           [] vote.kind = "skipFallback" -> TryBuildCert(c1, s, "skip", NoBlock)
           [] vote.kind = "final" -> TryBuildCert(c1, s, "final", NoBlock)

\* receiveCert
ReceiveCert(c, cert) ==
    IF cert.slot < 1 \/ cert.slot > MaxSlot \/ ~CertIsValid(c.blocks, cert) THEN c
    ELSE StoreCert(c, cert, "received")

-----------------------------------------------------------------------------
(* Votor: Algorithm 1 and 2 (votor/cast.ts, votor/try.ts, votor/handlers.ts) *)

\* castVote: record in the ghost log, broadcast, store in the own pool at once (P16).
CastVote(c, kind, s, b) ==
    LET vote == Vote(kind, s, b, c.node)
    IN ReceiveVote(SendToOthers([c EXCEPT !.cast = @ \cup {vote}], VoteMsg(vote)), vote)

\* tryFinal
TryFinal(c, s, b) ==
    LET view == c.sl[s] IN
    IF b \notin view.blockNotarized \/ view.votedNotar # b \/ view.badWindow \/ view.itsOver
    THEN c
    ELSE CastVote([c EXCEPT !.sl[s].itsOver = TRUE], "final", s, NoBlock)

\* tryNotar's guard (its boolean result).
TryNotarOk(c, s, b) ==
    /\ ~c.sl[s].voted
    /\ LET parent == Blk(c, b).parent
       IN IF IsWindowStart(s) THEN parent \in c.sl[s].parentReady
          ELSE c.sl[s - 1].votedNotar = parent

\* tryNotar's effect.
TryNotar(c, s, b) ==
    IF ~TryNotarOk(c, s, b) THEN c
    ELSE TryFinal(CastVote([c EXCEPT !.sl[s].voted = TRUE,
                                     !.sl[s].votedNotar = b,
                                     !.sl[s].pending = NoBlock], "notar", s, b),
                  s, b)

RECURSIVE SkipWindowFrom(_, _, _)
SkipWindowFrom(c, k, last) ==
    IF k > last THEN c
    ELSE LET c1 == IF c.sl[k].voted THEN c
                   ELSE CastVote([c EXCEPT !.sl[k].voted = TRUE,
                                           !.sl[k].badWindow = TRUE,
                                           !.sl[k].pending = NoBlock], "skip", k, NoBlock)
         IN SkipWindowFrom(c1, k + 1, last)

\* trySkipWindow: every still-unvoted slot of the window of s, in slot order.
TrySkipWindow(c, s) == SkipWindowFrom(c, WindowStart(s), WindowEnd(s))

RECURSIVE TryVersions(_, _, _, _)
\* checkPending's inner loop: the slot's pending versions in order, until one is voted on.
TryVersions(c, s, ps, i) ==
    IF i > Len(ps) THEN c
    ELSE IF TryNotarOk(c, s, ps[i]) THEN TryNotar(c, s, ps[i])
    ELSE TryVersions(c, s, ps, i + 1)

RECURSIVE PendingFrom(_, _)
PendingFrom(c, s) ==
    IF s > MaxSlot THEN c
    ELSE PendingFrom(TryVersions(c, s, PendingVersions(c.sl[s]), 1), s + 1)

\* checkPending: parked blocks retried in increasing slot order.
CheckPending(c) == PendingFrom(c, 1)

\* handleEvent's ParentReady case (timers: only the first sets them; setting TRUE again is the same).
HandleParentReady(c, s, b) ==
    [CheckPending([c EXCEPT !.sl[s].parentReady = @ \cup {b}]) EXCEPT !.sl[s].timeoutsSet = TRUE]

\* missingParentReady (votor/missing-parent-ready.ts): the parent that b's finalization makes
\* ready for slot(b) = s, or NoBlock.
MissingParentReady(c, s, b) ==
    IF \/ IsWindowStart(s)
       \/ \E t \in WindowStart(s) .. MaxSlot : c.sl[t].parentReady # {}
       \/ ~SlotFinalizes(c.sl[s], b)
       \/ ~HasReceived(c.sl[s], b)
    THEN NoBlock
    ELSE Blk(c, b).parent

\* addMissingParentReady (votor/handlers.ts): rule parentReadyFromFinalization.
AddMissingParentReady(c, s, b) ==
    IF ~Applies("parentReadyFromFinalization") THEN c
    ELSE LET p == MissingParentReady(c, s, b)
         IN IF p = NoBlock THEN c ELSE HandleParentReady(c, s, p)

\* handleEvent (Algorithm 1).
HandleEvent(c, e) ==
    LET s == e.slot
        b == e.block
    IN CASE e.type = "block" ->
              LET c1 == IF TryNotarOk(c, s, b) THEN CheckPending(TryNotar(c, s, b))
                        ELSE IF ~Applies("allVersionsPending") /\ ~c.sl[s].voted
                        THEN [c EXCEPT !.sl[s].pending = b]
                        ELSE c
              IN AddMissingParentReady(c1, s, b)
         [] e.type = "finalized" -> AddMissingParentReady(c, s, b)
         [] e.type = "timeout" ->
              IF ~c.sl[s].voted THEN TrySkipWindow(c, s) ELSE c
         [] e.type = "blockNotarized" ->
              TryFinal([c EXCEPT !.sl[s].blockNotarized = @ \cup {b}], s, b)
         [] e.type = "parentReady" -> HandleParentReady(c, s, b)
         [] e.type = "safeToNotar" ->
              LET c1 == TrySkipWindow(c, s) IN
              IF c1.sl[s].itsOver THEN c1
              ELSE CastVote([c1 EXCEPT !.sl[s].badWindow = TRUE], "notarFallback", s, b)
         [] e.type = "safeToSkip" ->
              LET c1 == TrySkipWindow(c, s) IN
              IF c1.sl[s].itsOver THEN c1
              ELSE CastVote([c1 EXCEPT !.sl[s].badWindow = TRUE], "skipFallback", s, NoBlock)

RECURSIVE Drain(_)
\* runNode's loop: handle queued events in FIFO order until the queue is empty.
Drain(c) == IF c.q = << >> THEN c ELSE Drain(HandleEvent([c EXCEPT !.q = Tail(@)], Head(c.q)))

\* receiveBlock (Blokstor: only the first complete block of a slot raises a Block event; under
\* allVersionsPending every version received while the slot is unvoted, recorded in versions).
ReceiveBlock(c, id) ==
    LET s == Blk(c, id).slot IN
    IF s < 1 \/ s > MaxSlot THEN c
    ELSE IF ~IsNewVersion(c.sl[s], id) THEN c
    ELSE LET view == c.sl[s]
             c1 == IF view.firstBlock = NoBlock THEN [c EXCEPT !.sl[s].firstBlock = id] ELSE c
             c2 == IF Applies("allVersionsPending") /\ ~view.voted
                   THEN [c1 EXCEPT !.sl[s].versions = Append(@, id)]
                   ELSE c1
         IN Push(c2, Event("block", s, id))

\* receiveMessage
ReceiveMessage(c, m) ==
    CASE m.type = "vote"  -> ReceiveVote(c, m.vote)
      [] m.type = "cert"  -> ReceiveCert(c, m.cert)
      [] m.type = "block" -> ReceiveBlock(c, m.block)

\* createNodeCtx over the current state (with the given network and block table).
Ctx(n, net, tbl) ==
    [node |-> n, blocks |-> tbl, sl |-> nodes[n], net |-> net, cast |-> castVotes[n], q |-> << >>]

\* Draft.finish for a step in which correct node c.node ran.
Commit(c) ==
    /\ nodes' = [nodes EXCEPT ![c.node] = c.sl]
    /\ network' = c.net
    /\ castVotes' = [castVotes EXCEPT ![c.node] = c.cast]

-----------------------------------------------------------------------------
(* Initial state (model.ts initialState): every correct node runs            *)
(* raiseParentReadyFrom(1) on a blank state.  The runs of different nodes    *)
(* touch disjoint slots and ghost logs and only add to the network, so       *)
(* running them one after the other (as TS does) or side by side is the same.*)

InitBlocks == [i \in {0} |-> GenesisBlock]

InitCtx(n) ==
    Drain(RaiseParentReadyFrom([node |-> n, blocks |-> InitBlocks,
                                sl |-> [s \in Slots |-> EmptySlot],
                                net |-> {}, cast |-> {}, q |-> << >>], 1))

Init ==
    LET cs == [n \in Honest |-> InitCtx(n)] IN
    /\ blocks = InitBlocks
    /\ nodes = [n \in Honest |-> cs[n].sl]
    /\ network = UNION {cs[n].net : n \in Honest}
    /\ castVotes = [n \in Honest |-> cs[n].cast]

-----------------------------------------------------------------------------
(* Guards of the correct nodes' own actions (actions/honest.ts)             *)

\* timeoutEnabled: s is the earliest unvoted slot of its window that timers cover (from the
\* window start, or from a later slot's ParentReady under parentReadyFromFinalization).
TimeoutEnabled(n, s) ==
    /\ s \in 1 .. MaxSlot
    /\ LET covered == {k \in WindowSlots(s) : \E j \in WindowSlots(s) : j <= k /\ nodes[n][j].timeoutsSet}
           unvoted == {k \in covered : ~nodes[n][k].voted}
       IN unvoted # {} /\ Min(unvoted) = s

OwnBlocks(n, s) == {i \in DOMAIN blocks : i # Genesis /\ blocks[i].slot = s /\ blocks[i].proposer = n}

\* proposeEnabled
ProposeEnabled(n, s, parent) ==
    /\ s \in 1 .. MaxSlot
    /\ LeaderOf(s) = n
    /\ OwnBlocks(n, s) = {}
    /\ IF IsWindowStart(s) THEN parent \in nodes[n][s].parentReady
       ELSE OwnBlocks(n, s - 1) # {} /\ parent = Min(OwnBlocks(n, s - 1))

-----------------------------------------------------------------------------
(* Byzantine capabilities (byzantine/capabilities.ts, byzantine/actions.ts) *)

\* hasCast (ghost.ts)
HasCast(v, kind, s, b) == Vote(kind, s, b, v) \in castVotes[v]

\* mayVote: Byzantine validators collude, so "own blocks" are blocks any of them proposed
\* (the signer z does not matter; kept as a parameter to read like the TS call sites).
MayVote(z, kind, s, b) ==
    /\ kind \in VoteKinds
    /\ s \in 1 .. MaxSlot
    /\ IF IsBlockVote(kind)
       THEN /\ b \in DOMAIN blocks
            /\ b # Genesis
            /\ blocks[b].slot = s
            /\ VotesForeignBlocks \/ Role[blocks[b].proposer] = "byzantine"
       ELSE b = NoBlock

\* mayPropose
MayPropose(z, s, parent) ==
    /\ s \in 1 .. MaxSlot
    /\ LeaderOf(s) = z
    /\ parent \in DOMAIN blocks
    /\ blocks[parent].slot < s
    /\ Cardinality({i \in DOMAIN blocks : blocks[i].slot = s /\ blocks[i].proposer = z}) < BlocksPerSlot

\* targets
Targets(s, blockKind) ==
    IF blockKind THEN {i \in DOMAIN blocks : i # Genesis /\ blocks[i].slot = s} ELSE {NoBlock}

\* availableSigners
AvailableSigners(kind, s, b) ==
    {v \in Validators :
        \E k \in VotesCountingFor(kind) :
            LET bb == IF IsBlockVote(k) THEN b ELSE NoBlock IN
            IF Role[v] = "honest" THEN HasCast(v, k, s, bb)
            ELSE Role[v] = "byzantine" /\ MayVote(v, k, s, bb)}

\* signableVotes
SignableVotes(z) ==
    {vote \in UNION {{Vote(k, s, b, z) : b \in Targets(s, IsBlockVote(k))} : s \in 1 .. MaxSlot, k \in VoteKinds} :
        MayVote(z, vote.kind, vote.slot, vote.block)}

\* assemblableCerts: all signers the adversary can name, when they reach the threshold.
AssemblableCerts ==
    {cert \in UNION {{[kind |-> k, slot |-> s, block |-> b, signers |-> AvailableSigners(k, s, b)]
                        : b \in Targets(s, IsBlockCert(k))} : s \in 1 .. MaxSlot, k \in CertKinds} :
        cert.signers # {} /\ StakeOf(cert.signers) >= CertQuorum(cert.kind)}

\* byzantineActions' byzSend candidates from z to correct node `to`, with the no-op sends
\* (block for a slot the recipient has, vote it would not store, certificate it holds) left out.
ByzMessages(z, to) ==
    {BlockMsg(i) : i \in {i \in DOMAIN blocks :
                             /\ blocks[i].proposer = z
                             /\ blocks[i].slot <= MaxSlot
                             /\ IsNewVersion(nodes[to][blocks[i].slot], i)}}
    \cup {VoteMsg(v) : v \in {v \in SignableVotes(z) : CanStoreVote(nodes[to][v.slot], v)}}
    \cup (IF SendsCertificates
          THEN {CertMsg(c) : c \in {c \in AssemblableCerts : ~HasCert(nodes[to][c.slot], c.kind, c.block)}}
          ELSE {})

-----------------------------------------------------------------------------
(* Actions (actions/types.ts, actions/apply.ts, actions/enabled.ts)         *)

\* deliver: the network hands one in-flight message to its recipient.
Deliver(env) ==
    /\ env \in network
    /\ Commit(Drain(ReceiveMessage(Ctx(env.to, network \ {env}, blocks), env.msg)))
    /\ UNCHANGED blocks

\* timeout: a correct node's timer for slot s fires.
Timeout(n, s) ==
    /\ TimeoutEnabled(n, s)
    /\ Commit(Drain(Push(Ctx(n, network, blocks), Event("timeout", s, NoBlock))))
    /\ UNCHANGED blocks

\* propose: a correct leader produces its block for s on parent and disseminates it.
Propose(n, s, parent) ==
    /\ ProposeEnabled(n, s, parent)
    /\ LET tbl == AddBlock(blocks, s, parent, n)
           id == NewBlockId(blocks, s)
       IN /\ blocks' = tbl
          /\ Commit(Drain(ReceiveBlock(SendToOthers(Ctx(n, network, tbl), BlockMsg(id)), id)))

\* byzPropose: a Byzantine leader creates a new version of its block for s.
ByzPropose(z, s, parent) ==
    /\ MayPropose(z, s, parent)
    /\ blocks' = AddBlock(blocks, s, parent, z)
    /\ UNCHANGED <<nodes, network, castVotes>>

\* byzSend: a Byzantine validator hands one message it can produce to one correct validator.
ByzSend(z, to, m) ==
    /\ m \in ByzMessages(z, to)
    /\ Commit(Drain(ReceiveMessage(Ctx(to, network, blocks), m)))
    /\ UNCHANGED blocks

Next ==
    \/ \E env \in network : Deliver(env)
    \/ \E n \in Honest, s \in 1 .. MaxSlot : Timeout(n, s)
    \/ \E n \in Honest, s \in 1 .. MaxSlot, p \in DOMAIN blocks : Propose(n, s, p)
    \/ \E z \in Byzantine, s \in 1 .. MaxSlot, p \in DOMAIN blocks : ByzPropose(z, s, p)
    \/ \E z \in Byzantine, to \in Honest : \E m \in ByzMessages(z, to) : ByzSend(z, to, m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Type invariant (a sanity check of the representation)                    *)

TypeOK ==
    /\ DOMAIN nodes = Honest
    /\ \A n \in Honest : DOMAIN nodes[n] = Slots
    /\ Genesis \in DOMAIN blocks /\ blocks[Genesis] = GenesisBlock
    /\ \A i \in DOMAIN blocks \ {Genesis} :
          /\ blocks[i].id = i
          /\ i = BlockIdFor(blocks[i].slot, blocks[i].variant)
          /\ blocks[i].slot \in 1 .. MaxSlot
          /\ blocks[i].parent \in DOMAIN blocks
          /\ blocks[blocks[i].parent].slot < blocks[i].slot
    /\ \A e \in network : e.to \in Honest
    /\ DOMAIN castVotes = Honest
    /\ \A n \in Honest : \A v \in castVotes[n] : v.voter = n /\ v.kind \in AllVoteKinds

-----------------------------------------------------------------------------
(* Safety properties (properties/safety/*.ts)                               *)

\* correctCerts (observed.ts): the certificates held in correct pools.
HeldCerts == UNION {nodes[n][s].certs : n \in Honest, s \in Slots}

\* directFinalizations (finality.ts)
DirectFinalizations(n) ==
    UNION {
      LET view == nodes[n][s]
          slow == \E c \in view.certs : c.kind = "final"
      IN {[slot |-> s, block |-> c.block, path |-> "fast"] : c \in {x \in view.certs : x.kind = "fastFinal"}}
         \cup {[slot |-> s, block |-> c.block, path |-> "slow"] : c \in {x \in view.certs : slow /\ x.kind = "notar"}}
      : s \in 1 .. MaxSlot}

\* finalizedBlocks (finality.ts): direct finalizations and all their ancestors, genesis included.
FinalizedBlocks(n) == {Genesis} \cup UNION {AncestorsOf(blocks, f.block) : f \in DirectFinalizations(n)}

\* allFinalized (finalized-set.ts): (node, block) pairs, genesis left out.
AllFinalized == UNION {{[node |-> n, block |-> b] : b \in FinalizedBlocks(n) \ {Genesis}} : n \in Honest}

\* HonestVoteUniqueness (honest-vote-uniqueness.ts)
HonestVoteUniqueness ==
    \A n \in Honest : \A v1, v2 \in castVotes[n] :
        (v1.kind \in {"notar", "skip"} /\ v2.kind \in {"notar", "skip"} /\ v1.slot = v2.slot) => v1 = v2

\* FinalExcludesFallback (final-excludes-fallback.ts)
FinalExcludesFallback ==
    \A n \in Honest : \A f \in castVotes[n] :
        f.kind = "final" =>
            ~\E v \in castVotes[n] : v.slot = f.slot /\ v.kind \in {"skip", "notarFallback", "skipFallback"}

\* FastFinalizationExclusive (fast-finalization-exclusive.ts)
FastFinalizationExclusive ==
    \A fast \in HeldCerts : fast.kind = "fastFinal" =>
        ~\E c \in HeldCerts :
            /\ c.slot = fast.slot
            /\ \/ c.kind = "skip"
               \/ c.kind \in {"notar", "notarFallback"} /\ c.block # fast.block

\* NotarizationUniqueness (notarization-uniqueness.ts)
NotarizationUniqueness ==
    \A c1, c2 \in HeldCerts :
        (c1.kind = "notar" /\ c2.kind = "notar" /\ c1.slot = c2.slot) => c1.block = c2.block

\* SlowFinalizationExclusive (slow-finalization-exclusive.ts)
SlowFinalizationExclusive ==
    \A n \in Honest : \A f \in DirectFinalizations(n) : f.path = "slow" =>
        ~\E c \in HeldCerts :
            /\ c.slot = f.slot
            /\ \/ c.kind = "skip"
               \/ c.kind # "final" /\ c.block # f.block

\* FinalizedImpliesNotarized (finalized-implies-notarized.ts)
FinalizedImpliesNotarized ==
    \A n \in Honest : \A f \in DirectFinalizations(n) :
        /\ \E c \in HeldCerts : c.block = f.block /\ c.kind \in {"notar", "fastFinal"}
        /\ MeetsPpm(StakeOf({v \in Validators :
                                IF Role[v] = "honest" THEN HasCast(v, "notar", f.slot, f.block)
                                ELSE Role[v] = "byzantine" /\ MayVote(v, "notar", f.slot, f.block)}),
                    SlowPpm)

\* WindowChain (window-chain.ts): votesChain /\ certifiedChain
FallbackPpm == Max({0, SlowPpm - (PPM - FastPpm)})

WindowChainVotes ==
    \A n \in Honest : \A v \in castVotes[n] :
        (v.kind = "notar" /\ ~IsWindowStart(v.slot)) =>
            LET p == blocks[blocks[v.block].parent]
            IN p.slot = v.slot - 1 /\ HasCast(n, "notar", p.slot, p.id)

\* enoughCorrectSupport: more than S - f correct Notar stake (f = 1 - F); at least S when F = 1.
EnoughCorrectSupport(stake) ==
    IF PPM - FastPpm > 0 THEN ExceedsPpm(stake, FallbackPpm) ELSE MeetsPpm(stake, SlowPpm)

\* Lemma 30's backing of one window ancestor.
WindowBacked(blk) ==
    \/ EnoughCorrectSupport(StakeOf({v \in Honest : HasCast(v, "notar", blk.slot, blk.id)}))
    \/ \E v \in Honest : HasCast(v, "notarFallback", blk.slot, blk.id)

RECURSIVE WindowAncestryOk(_)
WindowAncestryOk(b) ==
    LET blk == blocks[b] IN
    /\ WindowBacked(blk)
    /\ \/ IsWindowStart(blk.slot)
       \/ /\ blocks[blk.parent].slot = blk.slot - 1
          /\ WindowAncestryOk(blk.parent)

WindowChainCerts ==
    \A c \in HeldCerts : c.kind \in {"notar", "notarFallback"} => WindowAncestryOk(c.block)

WindowChain == WindowChainVotes /\ WindowChainCerts

\* NoConflictingFinalization (no-conflicting-finalization.ts)
NoConflictingFinalization ==
    \A f1, f2 \in AllFinalized :
        blocks[f1.block].slot = blocks[f2.block].slot => f1.block = f2.block

\* ChainConsistency (chain-consistency.ts): consecutive pairs of the slot-sorted list there,
\* all ordered pairs here (equivalent: ancestry is transitive).
ChainConsistency ==
    \A f1, f2 \in AllFinalized :
        blocks[f1.block].slot <= blocks[f2.block].slot => IsAncestor(blocks, f1.block, f2.block)

\* CertificateValidity (certificate-validity.ts)
SignerBacked(cert, v) ==
    \E k \in VotesCountingFor(cert.kind) :
        LET bb == IF IsBlockVote(k) THEN cert.block ELSE NoBlock IN
        IF Role[v] = "honest" THEN HasCast(v, k, cert.slot, bb)
        ELSE Role[v] = "byzantine" /\ MayVote(v, k, cert.slot, bb)

CertificateValidity ==
    \A c \in HeldCerts :
        /\ c.signers \subseteq Validators
        /\ \A v \in c.signers : SignerBacked(c, v)
        /\ MeetsPpm(StakeOf(c.signers), IF c.kind = "fastFinal" THEN FastPpm ELSE SlowPpm)

\* CertifiedExtendsFinalized (certified-extends-finalized.ts)
CertifiedExtendsFinalized ==
    \A n \in Honest : \A f \in DirectFinalizations(n) : \A c \in HeldCerts :
        (c.kind \in {"notar", "notarFallback"} /\ c.slot >= f.slot) => IsAncestor(blocks, f.block, c.block)

\* CertifiedHasCorrectNotar (certified-has-correct-notar.ts): white paper Lemma 27.
CertifiedHasCorrectNotar ==
    \A c \in HeldCerts : c.kind \in {"notar", "notarFallback"} =>
        \E v \in Honest : HasCast(v, "notar", c.slot, c.block)

\* VotesJustified (votes-justified.ts): each vote a correct node cast has a cause in its own
\* state (Algorithms 1-2, Def. 15-18). Def. 16 is recomputed from the pool, not taken from the
\* raised-event flags; castVotes is read as a set (no casting order needed).
CastNotarIn(n, s) == \E v \in castVotes[n] : v.kind = "notar" /\ v.slot = s
CastInitial(n, s) == CastNotarIn(n, s) \/ Vote("skip", s, NoBlock, n) \in castVotes[n]

ParentFallbackCertified(n, b) ==
    /\ b \in DOMAIN blocks
    /\ LET p == blocks[b].parent
       IN p = Genesis \/ (p \in DOMAIN blocks /\ HasNotarFallbackLike(nodes[n][blocks[p].slot], p))

SafeToNotarHolds(n, s, b) ==
    LET view == nodes[n][s]
        notar == NotarStake(view, b)
        skip == SkipStake(view)
    IN /\ \/ MeetsPpm(notar, FallbackPpm)
          \/ MeetsPpm(skip + notar, SlowPpm) /\ MeetsPpm(notar, PPM - FastPpm)
       /\ IsWindowStart(s) \/ ParentFallbackCertified(n, b)

SafeToSkipHolds(n, s) ==
    LET view == nodes[n][s]
        tallied == TalliedBlocks(view)
        total == StakeOf({v \in Validators : view.initialVote[v] >= 0})
        top == IF tallied = {} THEN 0 ELSE Max({NotarStake(view, b) : b \in tallied})
    IN MeetsPpm(SkipStake(view) + total - top, FallbackPpm)

SkipCaused(n, s) ==
    \/ \E k \in WindowSlots(s) : nodes[n][k].timeoutsSet
    \/ \E k \in WindowSlots(s) \ {s} :
          /\ CastInitial(n, k)
          /\ \/ CastNotarIn(n, k) /\ SafeToSkipHolds(n, k)
             \/ \E b \in TalliedBlocks(nodes[n][k]) :
                   Vote("notar", k, b, n) \notin castVotes[n] /\ SafeToNotarHolds(n, k, b)

Justified(n, v) ==
    LET s == v.slot
        view == nodes[n][s]
    IN CASE v.kind = "notar" ->
              /\ v.block \in DOMAIN blocks
              /\ blocks[v.block].slot = s
              /\ IF Applies("allVersionsPending") THEN HasReceived(view, v.block)
                 ELSE view.firstBlock = v.block
              /\ IF IsWindowStart(s) THEN blocks[v.block].parent \in view.parentReady
                 ELSE Vote("notar", s - 1, blocks[v.block].parent, n) \in castVotes[n]
         [] v.kind = "skip" -> SkipCaused(n, s)
         [] v.kind = "notarFallback" ->
              /\ CastInitial(n, s)
              /\ Vote("notar", s, v.block, n) \notin castVotes[n]
              /\ SafeToNotarHolds(n, s, v.block)
         [] v.kind = "skipFallback" -> CastNotarIn(n, s) /\ SafeToSkipHolds(n, s)
         [] v.kind = "final" ->
              \E o \in castVotes[n] : o.kind = "notar" /\ o.slot = s /\ HasCert(view, "notar", o.block)

VotesJustified == \A n \in Honest : \A v \in castVotes[n] : Justified(n, v)

\* PendingBlocksRetried (pending-blocks-retried.ts): no parked block a correct node could vote for.
PendingBlocksRetried ==
    \A n \in Honest, s \in 1 .. MaxSlot :
        LET view == nodes[n][s]
            ps == PendingVersions(view)
            Votable(p) == IF IsWindowStart(s) THEN blocks[p].parent \in view.parentReady
                          ELSE Vote("notar", s - 1, blocks[p].parent, n) \in castVotes[n]
        IN /\ view.pending # NoBlock => ~view.voted
           /\ \A i \in 1 .. Len(ps) : ~Votable(ps[i])

-----------------------------------------------------------------------------
(* Not one of properties/safety: the horizon is not a deadlock (design.md §9). *)

\* No action is enabled (~ENABLED Next, written out: Deliver needs a message in flight, the
\* commit part of every action is always satisfiable).
Quiescent ==
    /\ network = {}
    /\ ~\E n \in Honest, s \in 1 .. MaxSlot : TimeoutEnabled(n, s)
    /\ ~\E n \in Honest, s \in 1 .. MaxSlot, p \in DOMAIN blocks : ProposeEnabled(n, s, p)
    /\ ~\E z \in Byzantine, s \in 1 .. MaxSlot, p \in DOMAIN blocks : MayPropose(z, s, p)
    /\ ~\E z \in Byzantine, to \in Honest : ByzMessages(z, to) # {}

\* A state where nothing can happen any more has every correct node voted in every slot up to
\* the horizon (a stuck correct node would be a modelling error, not a protocol property).
NoDeadlockAtHorizon == Quiescent => \A n \in Honest, s \in 1 .. MaxSlot : nodes[n][s].voted

\* The fourteen with a TLA+ counterpart, in the order of properties/safety/index.ts
\* (InternalConsistency has none: tla/README.md, "TS-only additions").
Safety ==
    /\ HonestVoteUniqueness
    /\ FinalExcludesFallback
    /\ FastFinalizationExclusive
    /\ NotarizationUniqueness
    /\ SlowFinalizationExclusive
    /\ FinalizedImpliesNotarized
    /\ WindowChain
    /\ NoConflictingFinalization
    /\ ChainConsistency
    /\ CertificateValidity
    /\ CertifiedExtendsFinalized
    /\ CertifiedHasCorrectNotar
    /\ VotesJustified
    /\ PendingBlocksRetried

=============================================================================
