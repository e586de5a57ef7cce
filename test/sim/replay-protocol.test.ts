import { describe, expect, it } from 'vitest';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import type { ProtocolName } from '../../src/core/config/index.ts';
import { NO_VOTE, SKIP_VOTE } from '../../src/model/slot-state.ts';
import { replayTrace } from '../../src/sim/replay-trace.ts';
import { parseNativeTrace } from '../../src/sim/trace-parse.ts';

// A trace records its config, protocol included, and replay runs under it (issue 12): the same
// actions give the pool the agave rules refuse under "agave" and the paper's under "whitepaper".
// Byzantine 3 sends correct 0 a Final vote and then a Skip vote in slot 1 (voteConflicts).

const vote = (kind: 'final' | 'skip') => ({
  type: 'byzSend',
  node: 3,
  to: 0,
  msg: { type: 'vote', vote: { kind, slot: 1, block: -1, voter: 3 } },
});

function traceJson(protocol: ProtocolName | undefined): unknown {
  return {
    format: 'alpenglow-trace',
    version: 1,
    config: {
      validators: 4,
      byzantine_count: 1,
      offline_count: 0,
      max_rounds: 1,
      leader_window_size: 1,
      fast_path_threshold: 0.8,
      slow_path_threshold: 0.6,
      leader_offset: 0,
      ...(protocol === undefined ? {} : { protocol }),
    },
    seed: null,
    actions: [vote('final'), vote('skip')],
    violation: null,
  };
}

function replayedEntry(protocol: ProtocolName | undefined): number {
  const parsed = parseNativeTrace(traceJson(protocol));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const result = replayTrace(parsed.trace, SAFETY_PROPERTIES);
  expect(result.rejectedAt).toBeNull();
  expect(result.cfg.protocol).toBe(protocol ?? 'whitepaper');
  return result.finalState.nodes[0]?.slots[1]?.initialVote[3] as number;
}

describe('replay uses the protocol a trace recorded', () => {
  it('agave: the Skip after the Final is refused', () => {
    expect(replayedEntry('agave')).toBe(NO_VOTE);
  });

  it('whitepaper: the Skip is stored', () => {
    expect(replayedEntry('whitepaper')).toBe(SKIP_VOTE);
  });

  it('a trace written before the field replays as the white paper', () => {
    expect(replayedEntry(undefined)).toBe(SKIP_VOTE);
  });
});
