import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rngFromSeed } from '../../../src/core/rng.ts';
import { drawFaultPlan } from '../../../src/sim/timed/fault-plan.ts';
import { timedParams } from '../../../src/sim/timed/params.ts';
import { runTimed, timedConfig } from '../../helpers/timed.ts';

/** sha256 of a run's inputs (every delivery, timer and block with its time) and its params. */
function fingerprint(config: Parameters<typeof runTimed>[0], seed: string, withPlan: boolean): string {
  const params = timedParams(config);
  const faults = { validators: config.validators, partitions: true, activeMs: 10_000 };
  const plan = withPlan ? drawFaultPlan(params, faults, rngFromSeed('golden-plan')) : undefined;
  const run = runTimed(config, { seed, ...(plan ? { plan } : {}) }).run;
  const text = JSON.stringify({ params, inputs: run.inputs, lost: run.lost });
  return createHash('sha256').update(text).digest('hex');
}

// Recorded on commit d440e3f, before latency_model existed: the default ("uniform") must give
// these runs byte for byte (same link draws from the 'links' stream, same arrival times).
describe('latency_model "uniform" (the default) leaves timed runs unchanged', () => {
  it('a 5-validator run without faults', () => {
    expect(fingerprint(timedConfig({ validators: 5, max_rounds: 8 }), 'golden-a', false)).toBe(
      '94a826d2e4bd1f0992e5f993612d262db688abfc9ab4339d845b194dcbacd3fe',
    );
  });

  it('a 7-validator run with partitions, GST and message loss', () => {
    const config = timedConfig({ validators: 7, network_partitions: true, gst_ms: 1500, message_loss: 0.01 });
    expect(fingerprint(config, 'golden-b', true)).toBe(
      'a3a51188b7d3a50da593ba386290a70f3f7757edb282219b97dc5415b5e11e4d',
    );
  });
});
