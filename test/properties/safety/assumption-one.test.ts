import { describe, expect, it } from 'vitest';
import { SAFETY_PROPERTIES } from '../../../properties/safety/index.ts';
import { rngFromSeed } from '../../../src/core/rng.ts';
import { directFinalizations } from '../../../src/model/finality.ts';
import { Run } from '../../helpers/run.ts';

// Under Assumption 1 (Byzantine stake strictly below 20%, F = 0.8, S = 0.6) every safety property
// must hold in every reachable state (reference §7). Seeded random walks through the model, with
// an arbitrary Byzantine validator of 4/24 ≈ 16.7% stake, each state checked.

const WALKS = 40;
const STEPS = 300;

describe('safety under Assumption 1 on seeded random walks', () => {
  it('no property fails, and the walks reach finalizations and fallback votes', () => {
    let walksFinalizing = 0;
    let walksFallingBack = 0;
    for (let seed = 0; seed < WALKS; seed++) {
      const run = Run.of({ stakes: [5, 5, 5, 5, 4], byzantine: [4], leaderOffset: seed % 5 });
      const rng = rngFromSeed(`assumption-one/${seed}`);
      for (let step = 0; step < STEPS; step++) {
        const actions = run.model.actions(run.state);
        if (actions.length === 0) break;
        // Favour correct validators' moves so that windows complete; the adversary still acts.
        const correct = actions.filter((a) => a.type !== 'byzSend' && a.type !== 'byzPropose');
        run.apply(correct.length > 0 && rng.chance(0.7) ? rng.pick(correct) : rng.pick(actions));
        for (const property of SAFETY_PROPERTIES) {
          expect(
            property.check(run.cfg, run.state),
            `${property.name}, seed ${seed}, step ${step}`,
          ).toBeNull();
        }
      }
      if (run.cfg.honest.some((n) => directFinalizations(run.cfg, run.state, n).length > 0))
        walksFinalizing++;
      if (
        run.cfg.honest.some((n) =>
          run.cast(n).some((v) => v.kind === 'notarFallback' || v.kind === 'skipFallback'),
        )
      )
        walksFallingBack++;
    }
    // Without these the walk would pass vacuously.
    expect(walksFinalizing).toBeGreaterThan(0);
    expect(walksFallingBack).toBeGreaterThan(0);
  });
});
