import { describe, expect, it } from 'vitest';
import { slowFinalizationExclusive } from '../../../properties/safety/slow-finalization-exclusive.ts';
import { NO_BLOCK } from '../../../src/core/ids.ts';
import { directFinalizations } from '../../../src/model/finality.ts';
import {
  byzantineSupermajority,
  equivocationAtTwentyPercent,
  oneNodeTimesOut,
} from '../../helpers/scenarios.ts';

// Reference §7.5 (Lemma 26): if b is slow-finalized in s, no other block of s has a NotarFallback
// (or Notarization) certificate and s has no Skip certificate.

describe('SlowFinalizationExclusive', () => {
  it('holds when correct nodes slow-finalize and one of them fell back for the same block', () => {
    const { run } = oneNodeTimesOut();
    expect(directFinalizations(run.cfg, run.state, 0).map((f) => f.path)).toEqual(['slow']);
    expect(slowFinalizationExclusive.check(run.cfg, run.state)).toBeNull();
  });

  it('fails at exactly 20% Byzantine stake: another correct pool notarized the other version', () => {
    const { run } = equivocationAtTwentyPercent();
    expect(slowFinalizationExclusive.check(run.cfg, run.state)).toBe(
      'validator 0 slow-finalized 1a but validator 2 holds notar(1b)',
    );
  });

  it('fails when the pool also holds a Skip certificate for the slot (80% Byzantine)', () => {
    const { run, b1 } = byzantineSupermajority();
    run.cert(1, 0, 'notar', 1, b1, [1, 2, 3]);
    run.cert(1, 0, 'final', 1, NO_BLOCK, [1, 2, 3]);
    expect(slowFinalizationExclusive.check(run.cfg, run.state)).toBeNull();
    run.cert(1, 0, 'skip', 1, NO_BLOCK, [2, 3, 4]);
    expect(slowFinalizationExclusive.check(run.cfg, run.state)).toBe(
      'validator 0 slow-finalized 1a but validator 0 holds skip(slot 1)',
    );
  });
});
