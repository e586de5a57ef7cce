import { describe, expect, it } from 'vitest';
import { noSpuriousSkip, timeoutsFit } from '../../../properties/adaptive/no-spurious-skip.ts';
import type { ProtocolName } from '../../../src/core/config/index.ts';
import { leaderOf } from '../../../src/model/schedule.ts';
import { editable, slowNetwork } from '../../helpers/adaptive-runs.ts';

// NoSpuriousSkip (properties/adaptive/no-spurious-skip.ts): when Δ + Rotor fit in Δtimeout, no
// correct node skips in a correct leader's window. Four validators, window 2, v1 silent
// Byzantine (it leads windows 2 and 6: those are skipped, rightly), δ 100 ms, Δtimeout 600 ms.

const fits = (protocol: ProtocolName) =>
  slowNetwork({
    protocol,
    network_delay: 100,
    leader_window_size: 2,
    max_rounds: 12,
    byzantine_count: 1,
    byzantine_validators: [1],
    byzantine_strategy: 'silent',
  });

describe('NoSpuriousSkip', () => {
  it.each<ProtocolName>(['whitepaper', 'agave'])(
    '%s: holds; the only Skips are in the silent leader’s windows',
    (protocol) => {
      const run = fits(protocol);
      expect(timeoutsFit(run)).toBe(true);
      expect(run.obs.skipVotes.length).toBeGreaterThan(0);
      expect(run.obs.skipVotes.every((s) => leaderOf(run.cfg, s.slot) === 1)).toBe(true);
      expect(noSpuriousSkip.check(run)).toBeNull();
    },
  );

  it('fails for a Skip in a correct window (timers that fire early, say)', () => {
    const ctx = editable(fits('agave'));
    const atMs = ctx.obs.parentReady.find((p) => p.node === 2 && p.slot === 5)?.atMs ?? NaN;
    ctx.obs.skipVotes.push({ node: 2, slot: 5, atMs: atMs + 300 });
    expect(noSpuriousSkip.check(ctx)).toMatch(
      /^window 5 \(correct leader\): validator 2 cast Skip for slot 5 at [\d.]+ ms, though Δ \+ Rotor \([\d.]+ ms\) fit in Δtimeout 600 ms$/,
    );
  });

  it('is not judged when the delay does not fit the timeouts (then Skips are the protocol working)', () => {
    const slow = slowNetwork({ max_rounds: 12 });
    expect(timeoutsFit(slow)).toBe(false);
    expect(slow.obs.skipVotes.length).toBeGreaterThan(0);
    expect(noSpuriousSkip.check(slow)).toBeNull();
  });
});
