import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core/config/index.ts';
import { parseNativeTrace } from '../../src/sim/trace-parse.ts';

const good = {
  format: 'alpenglow-trace',
  version: 1,
  config: { ...DEFAULT_CONFIG, seed: 1 },
  seed: 1,
  actions: [{ type: 'byzPropose', node: 4, slot: 1, parent: 0 }],
  violation: { property: 'WindowChain', step: 1 },
};

describe('native trace parsing', () => {
  it('accepts a well-formed trace', () => {
    expect(parseNativeTrace(good).ok).toBe(true);
  });

  it('names every problem by its field', () => {
    const bad = {
      ...good,
      format: 'x',
      config: { ...DEFAULT_CONFIG, validators: 0 },
      actions: [{ type: 'teleport' }, { type: 'deliver', to: 1 }],
    };
    const result = parseNativeTrace(bad);
    expect(result.ok).toBe(false);
    const fields = result.ok ? [] : result.problems.map((p) => p.field);
    expect(fields).toEqual(['format', 'config.validators', 'actions[0]', 'actions[1].msg']);
  });

  it('refuses a recorded violation after the last action (a cut or edited file)', () => {
    const cut = { ...good, violation: { property: 'WindowChain', step: 10 } };
    const result = parseNativeTrace(cut);
    expect(result.ok ? [] : result.problems).toEqual([
      { field: 'violation.step', message: 'is 10, but the trace has only 1 actions' },
    ]);
  });

  it('checks the timed part of a simulation trace', () => {
    const result = parseNativeTrace({
      ...good,
      timed: { params: {}, plan: {}, end_ms: 'soon', inputs: [{ at_ms: 1, input: { type: 'warp' } }] },
    });
    expect(result.ok).toBe(false);
    const fields = result.ok ? [] : result.problems.map((p) => p.field);
    expect(fields).toContain('timed.params.delayMs');
    expect(fields).toContain('timed.end_ms');
    expect(fields).toContain('timed.inputs[0]');
  });
});
