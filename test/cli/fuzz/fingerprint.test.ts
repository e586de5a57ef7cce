import { describe, expect, it } from 'vitest';
import { traceFingerprint } from '../../../src/cli/fuzz/fingerprint.ts';
import { DEFAULT_CONFIG } from '../../../src/core/config/index.ts';
import type { Action } from '../../../src/model/actions/types.ts';
import { buildTrace } from '../../../src/sim/trace.ts';

const A: Action = { type: 'timeout', node: 0, slot: 1 };
const B: Action = { type: 'timeout', node: 1, slot: 1 };
const C: Action = { type: 'propose', node: 1, slot: 1, parent: 0 };

function trace(actions: Action[], extra: { seed?: number; depth?: number; validators?: number } = {}) {
  return buildTrace({
    config: {
      ...DEFAULT_CONFIG,
      seed: extra.seed ?? 1,
      exploration_depth: extra.depth ?? 100,
      validators: extra.validators ?? 5,
    },
    seed: extra.seed ?? 1,
    actions,
    violation: { property: 'NotarizationUniqueness', step: actions.length, message: `m${extra.seed}` },
    explained: actions.map((_, i) => `step ${i} of seed ${extra.seed}`),
    found_by: { driver: 'pbt', run: extra.seed },
  });
}

describe('the fingerprint of a minimal trace', () => {
  it('is the same for the same trace found by another seed with another depth budget', () => {
    expect(traceFingerprint(trace([A, C], { seed: 1, depth: 100 }))).toBe(
      traceFingerprint(trace([A, C], { seed: 99, depth: 300 })),
    );
  });

  it('is the same for the same steps in another order', () => {
    expect(traceFingerprint(trace([A, B, C]))).toBe(traceFingerprint(trace([B, C, A])));
  });

  it('differs for other steps, another config or another property', () => {
    const base = traceFingerprint(trace([A, C]));
    expect(traceFingerprint(trace([B, C]))).not.toBe(base);
    expect(traceFingerprint(trace([A, C], { validators: 6 }))).not.toBe(base);
    expect(traceFingerprint(trace([A, A, C]))).not.toBe(base);
    const other = { ...trace([A, C]), violation: { property: 'WindowChain', step: 2 } };
    expect(traceFingerprint(other)).not.toBe(base);
  });

  it('is 16 hex digits', () => {
    expect(traceFingerprint(trace([A]))).toMatch(/^[0-9a-f]{16}$/);
  });
});
