import { describe, expect, it } from 'vitest';
import type { LivenessProperty } from '../../../properties/types.ts';
import { runSim } from '../../../scenarios/drivers/sim.ts';
import { AT_SCALE_INPUTS, expectedInputs, runScale } from '../../../scenarios/drivers/sim-scale.ts';
import { SAFETY_CHECKS_AT_SCALE, safetyStride } from '../../../scenarios/drivers/timed-safety.ts';
import type { ScenarioResult } from '../../../scenarios/types.ts';
import { buildModelConfig } from '../../../src/model/config.ts';
import { buildReport } from '../../../src/report/build.ts';
import { scenarioContext } from '../../helpers/scenario-context.ts';
import { reportSchemaErrors } from '../../helpers/schema.ts';
import { timedConfig } from '../../helpers/timed.ts';
import { transient } from '../../helpers/transient-property.ts';

// A timed run at scale (scenarios/drivers/sim-scale.ts) is stepped in place without its inputs:
// decided by counts before it starts, its violations reported with a note instead of a trace.

describe('the at-scale decision', () => {
  const small = buildModelConfig(timedConfig({ validators: 4, max_rounds: 4 }));
  const below = buildModelConfig(timedConfig({ validators: 100, max_rounds: 32 }));
  const above = buildModelConfig(timedConfig({ validators: 300, max_rounds: 8 }));

  it('counts about 5 deliveries per validator pair and slot', () => {
    expect(expectedInputs(small)).toBe(320);
    expect(expectedInputs(above)).toBe(3_600_000);
  });

  it('keeps a trace below the bound, with the bounds and stride as before', () => {
    for (const cfg of [small, below]) {
      const scale = runScale(cfg);
      expect(scale.atScale).toBe(false);
      expect(scale.safetyStride).toBe(safetyStride(cfg));
    }
    expect(runScale(small).maxEvents).toBe(5_000_000);
    expect(expectedInputs(below)).toBeLessThanOrEqual(AT_SCALE_INPUTS);
  });

  it('is at scale above it: the event bound grows with the run, safety is checked a fixed number of times', () => {
    const scale = runScale(above);
    expect(scale.atScale).toBe(true);
    expect(scale.maxEvents).toBe(20 * 3_600_000);
    expect(scale.safetyStride).toBe(Math.ceil(3_600_000 / SAFETY_CHECKS_AT_SCALE));
  });

  it('takes a lowered bound (tests reach the at-scale path on a small config)', () => {
    expect(runScale(small, 319).atScale).toBe(true);
    expect(runScale(small, 320).atScale).toBe(false);
  });
});

/** Violated by any run whose last finalization comes after 1 ms of simulated time (every run). */
const impatient: LivenessProperty = {
  name: 'Impatient',
  kind: 'liveness',
  reference: 'test only',
  description: 'everything finalized within 1 ms',
  check: ({ obs }) => (obs.finalized.some((f) => f.atMs > 1) ? 'a finalization after 1 ms' : null),
};

async function simulateSmall(atScaleInputs?: number) {
  const config = timedConfig({ validators: 4, max_rounds: 4, leader_window_size: 2 });
  const traces: string[] = [];
  const ctx = scenarioContext(config, { runs: 1, mode: 'sim', traces });
  const req = { ctx, config, runs: 1, liveness: [impatient], safety: [transient] };
  const result = await runSim(atScaleInputs === undefined ? req : { ...req, atScaleInputs });
  return { config, result, traces };
}

const simulationOf = (r: ScenarioResult) => (r.extra as { simulation: Record<string, unknown> }).simulation;

describe('a violation found at scale', () => {
  it('is reported without a trace, saying why, and the report stays schema-valid', async () => {
    const { config, result, traces } = await simulateSmall(0);
    expect(traces).toEqual([]);
    for (const name of ['Impatient', 'Transient']) {
      const verdict = result.properties.find((p) => p.property === name);
      expect(verdict?.passed).toBe(false);
      expect(verdict?.counterexample).toBeNull();
      expect(verdict?.counterexampleLength).toBeNull();
      expect(verdict?.error).toContain('no counterexample trace: run 0 was at scale');
      expect(verdict?.error).toContain('the same seed reproduces the run');
    }
    expect(result.properties.find((p) => p.property === 'Transient')?.error).toMatch(
      /^validator \d finalized slot 1 but not slot 2 \(first seen after input \d+\)/,
    );
    const atScale = simulationOf(result).at_scale as Record<string, unknown>;
    expect(atScale).toMatchObject({ runs: 1, expected_inputs_per_run: 320, bound_inputs: 0 });
    expect(String(atScale.note)).toContain('not replayable at this scale');
    // Its inputs were not kept: no action coverage to claim.
    expect(result.actionCoverage).toEqual({});
    const report = buildReport(
      {
        scenario: 'liveness_properties',
        config,
        seed: 1,
        mode: 'sim',
        exitCode: 1,
        reproduce: 'x',
        cli: 'x',
      },
      result,
      {
        durationMs: 1,
        peakMemoryBytes: null,
        cpuTimeMs: null,
        timedOut: false,
        timestamp: '2025-01-01T00:00:00.000Z',
        metadata: {
          rust_version: null,
          stateright_version: null,
          node_version: process.version,
          tool_version: '0',
          hostname: 'h',
          environment: {},
          git_commit: null,
        },
      },
    );
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.property_results.every((p) => p.reproduce === null)).toBe(true);
  });

  it('is the same run as below scale: stepping in place without inputs changes no figure', async () => {
    const traced = await simulateSmall();
    const inPlace = await simulateSmall(0);
    expect(traced.traces.sort()).toEqual(['Impatient', 'Transient']);
    expect(inPlace.result.statesExplored).toBe(traced.result.statesExplored);
    expect(inPlace.result.networkEvents).toBe(traced.result.networkEvents);
    const figures = (r: ScenarioResult) => {
      const {
        wall_ms,
        simulated_to_wall_ratio,
        events_per_second,
        at_scale,
        safety_checked_every_states,
        ...rest
      } = simulationOf(r);
      return rest;
    };
    expect(figures(inPlace.result)).toEqual(figures(traced.result));
    expect(simulationOf(traced.result).at_scale).toBeUndefined();
  });
});

describe('a run a stop cuts short', () => {
  it('is judged up to the cut, and the driver reports itself interrupted', async () => {
    const config = timedConfig({ validators: 4, max_rounds: 4 });
    let polls = 0;
    // Polled before the run and at its events 0, 64, …: true from the third poll (event 64).
    const ctx = { ...scenarioContext(config, { runs: 1, mode: 'sim' }), shouldStop: () => ++polls > 2 };
    const result = await runSim({
      ctx,
      config,
      runs: 1,
      liveness: [],
      safety: [transient],
      atScaleInputs: 0,
    });
    expect(result.runs).toBe(1);
    expect(result.statesExplored).toBe(64);
    expect(result.interrupted).toBe(true);
    expect(simulationOf(result).runs_stopped_at_event_bound).toBe(0);
  });
});
