import { describe, expect, it } from 'vitest';
import type { ProtocolName } from '../../../src/core/config/index.ts';
import { timedParams } from '../../../src/sim/timed/params.ts';
import { timerEvents } from '../../../src/sim/timed/timers.ts';
import { testConfig } from '../../helpers/config.ts';
import { timedConfig } from '../../helpers/timed.ts';

// What one ParentReady's timers schedule (src/sim/timed/timers.ts). Four validators, window 2:
// v0 leads slots 1-2, v1 slots 3-4. Δtimeout 600 ms, Δblock 400 ms, ParentReady at 1,000 ms.

const params = timedParams(timedConfig({ timeout_ms: 600 }));
const cfg = (protocol: ProtocolName) =>
  testConfig({ stakes: [1, 1, 1, 1], windowSize: 2, maxSlot: 4, protocol });

function scheduled(
  protocol: ProtocolName,
  node: number,
  slot: number,
  durations = { timeoutMs: params.timeoutMs, blockMs: params.blockTimeMs },
): string[] {
  return timerEvents(cfg(protocol), params, { node, slot, ...durations }, 1_000).map(
    ({ atMs, event }) => `${atMs} ${event.type}(${event.slot})`,
  );
}

describe('timerEvents', () => {
  it("whitepaper: Def. 17's timeouts, and the leader's blocks one Δblock apart", () => {
    expect(scheduled('whitepaper', 1, 3)).toEqual([
      '2000 timeout(3)',
      '2400 timeout(4)',
      '1400 produce(3)',
      '1800 produce(4)',
    ]);
    expect(scheduled('whitepaper', 0, 3)).toEqual(['2000 timeout(3)', '2400 timeout(4)']);
  });

  it('agave: TimeoutCrashedLeader first, Δblock before the first Timeout', () => {
    expect(scheduled('agave', 0, 3)).toEqual(['1600 crashedLeader(3)', '2000 timeout(3)', '2400 timeout(4)']);
  });

  it('a ParentReady of a later slot (parentReadyFromFinalization) times that slot on, and produces nothing', () => {
    expect(scheduled('agave', 1, 4)).toEqual(['1600 crashedLeader(4)', '2000 timeout(4)']);
  });

  it("grown durations (adaptive_timeouts) stretch the timeouts; the leader's blocks keep the base Δblock", () => {
    // 1.05^2: Δtimeout 600 -> 661, Δblock 400 -> 441 (floored: 661.5, 441).
    const grown = { timeoutMs: 661, blockMs: 441 };
    expect(scheduled('whitepaper', 1, 3, grown)).toEqual([
      '2102 timeout(3)',
      '2543 timeout(4)',
      '1400 produce(3)',
      '1800 produce(4)',
    ]);
    expect(scheduled('agave', 0, 3, grown)).toEqual([
      '1661 crashedLeader(3)',
      '2102 timeout(3)',
      '2543 timeout(4)',
    ]);
  });
});
