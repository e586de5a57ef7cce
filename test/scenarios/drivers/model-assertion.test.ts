import { describe, expect, it } from 'vitest';
import type { SafetyProperty } from '../../../properties/types.ts';
import { runPbt } from '../../../scenarios/drivers/pbt.ts';
import { MODEL_ASSERTION } from '../../../src/sim/step-engine.ts';
import { scenarioContext } from '../../helpers/scenario-context.ts';
import { whitepaperConfig } from '../../mutation/drivers.ts';

/**
 * An exception inside the model's own code (here: while a property is checked, once a block has
 * been proposed) is the pseudo-property ModelAssertion: the pbt driver must report it as a
 * violation with a trace, never drop it because it is not one of the properties asked for.
 */
const throwsAfterDelivery: SafetyProperty = {
  kind: 'safety',
  name: 'ThrowsAfterDelivery',
  reference: 'test',
  description: 'throws once a block beyond genesis exists',
  check(_cfg, state) {
    if (state.blocks.filter(Boolean).length > 1) throw new Error('seeded model error');
    return null;
  },
};

describe('the pbt driver and model errors', () => {
  it('reports ModelAssertion as violated, with a saved trace, when the model throws', async () => {
    const traces: string[] = [];
    const ctx = scenarioContext(whitepaperConfig(), { runs: 5, depth: 40, traces });
    const result = await runPbt({
      ctx,
      config: ctx.config,
      properties: [throwsAfterDelivery],
      runs: 5,
      label: null,
    });
    const assertion = result.properties.find((p) => p.name === MODEL_ASSERTION);
    expect(assertion?.passed).toBe(false);
    expect(assertion?.error).toMatch(/seeded model error/);
    expect(assertion?.counterexample).toMatch(/ModelAssertion/);
    expect(traces.some((t) => t.includes(MODEL_ASSERTION))).toBe(true);
  });

  it('reports no ModelAssertion when the model does not throw', async () => {
    const ctx = scenarioContext(whitepaperConfig(), { runs: 5, depth: 40 });
    const quiet: SafetyProperty = { ...throwsAfterDelivery, name: 'Quiet', check: () => null };
    const result = await runPbt({ ctx, config: ctx.config, properties: [quiet], runs: 5, label: null });
    expect(result.properties.map((p) => p.name)).toEqual(['Quiet']);
  });
});
