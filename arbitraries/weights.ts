import fc from 'fast-check';
import type { CategoryWeights } from '../src/sim/choose.ts';

/**
 * How often each kind of action is picked in one run (swarm testing). Drawn per run, so that some
 * runs rarely time out (and reach certificates and finalization) while others time out eagerly,
 * some keep the two groups of the partition apart, and some give the Byzantine validators many
 * moves. Uniform picking over all enabled actions would let timeouts skip nearly every window
 * before a block arrives.
 */
export function weightsArb(): fc.Arbitrary<CategoryWeights> {
  return fc.record({
    deliverNear: fc.integer({ min: 1, max: 16 }),
    deliverFar: fc.integer({ min: 0, max: 8 }),
    timeout: fc.integer({ min: 0, max: 4 }),
    propose: fc.integer({ min: 1, max: 6 }),
    byzPropose: fc.integer({ min: 0, max: 6 }),
    byzBlockAligned: fc.integer({ min: 0, max: 6 }),
    byzBlockOther: fc.integer({ min: 0, max: 3 }),
    byzVoteAligned: fc.integer({ min: 0, max: 6 }),
    byzVoteOther: fc.integer({ min: 0, max: 4 }),
    byzCert: fc.integer({ min: 0, max: 4 }),
  });
}
