import { describe, expect, it } from 'vitest';
import { standstillRecovers } from '../../../properties/adaptive/standstill-recovers.ts';
import { issue13638, issue13638SingleNode, slowNetwork } from '../../helpers/adaptive-runs.ts';

// StandstillRecovers (properties/adaptive/standstill-recovers.ts) on agave #13638's shape: the
// correct validator 0 behind a dropping partition while 30 + 21 cannot certify anything alone.

const highestReady = (ctx: ReturnType<typeof issue13638>, v: number) =>
  Math.max(0, ...ctx.obs.parentReady.filter((p) => p.node === v).map((p) => p.slot));

describe('StandstillRecovers on the agave #13638 shape', () => {
  const on = issue13638();
  const off = issue13638({ standstill_rebroadcast: false });

  it('holds with the standstill re-broadcast: every node moves on and finalizes the later windows', () => {
    expect(on.obs.standstills.length).toBeGreaterThan(0);
    for (const v of on.cfg.honest) expect(highestReady(on, v)).toBe(21);
    expect(standstillRecovers.check(on)).toBeNull();
  });

  it('fails without it: the votes cast during the partition are lost and everyone stays at ParentReady(1)', () => {
    for (const v of off.cfg.honest) expect(highestReady(off, v)).toBe(1);
    expect(standstillRecovers.check(off)).toMatch(
      /^validator 0: from the heal at 4000 ms to [\d.]+ ms no finalization after slot 3$/,
    );
  });

  it('is not judged without a partition, or with random loss', () => {
    expect(standstillRecovers.check(slowNetwork({ max_rounds: 8 }))).toBeNull();
    const lossy = issue13638({ standstill_rebroadcast: false, message_loss: 0.01 });
    expect(lossy.timing.lossPpm).toBe(10_000);
    expect(standstillRecovers.check(lossy)).toBeNull();
  });
});

describe('StandstillRecovers on #13638 as reported: only the cut-off node stalls', () => {
  it('fails for validator 2 without the re-broadcast while 0 and 1 finalize on, and holds with it', () => {
    const off = issue13638SingleNode({ standstill_rebroadcast: false });
    expect(highestReady(off, 2)).toBe(1);
    expect(highestReady(off, 0)).toBeGreaterThan(4);
    expect(standstillRecovers.check(off)).toMatch(/^validator 2: from the heal at 4000 ms to [\d.]+ ms no /);
    const on = issue13638SingleNode();
    expect(highestReady(on, 2)).toBe(highestReady(on, 0));
    expect(standstillRecovers.check(on)).toBeNull();
    expect(standstillRecovers.judged?.(on)).toBe(3);
  });
});
