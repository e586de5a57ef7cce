import { describe, expect, it } from 'vitest';
import { mergeResults } from '../../scenarios/merge.ts';
import {
  labelText,
  type OutcomeLabel,
  propertyOutcome,
  reportName,
  traceName,
  withLabel,
} from '../../scenarios/outcome.ts';
import type { ScenarioResult } from '../../scenarios/types.ts';

const cell: OutcomeLabel = { kind: 'cell', strategy: 'silent', byzantine: 1 };
const base = { property: 'WindowChain', label: null, driver: 'exhaustive', ran: true } as const;
const spent = { states: 500, ms: 1234.6 };

function result(properties: ScenarioResult['properties']): ScenarioResult {
  return {
    properties,
    statesExplored: 1,
    uniqueStates: 1,
    transitions: 1,
    stateSpaceCoverage: null,
    byzantineEvents: 0,
    networkEvents: 0,
    runs: 1,
    interrupted: false,
  };
}

describe('outcome labels', () => {
  it('formats report and trace names from the label, bare without one', () => {
    expect(labelText(cell)).toBe('silent.b1');
    expect(labelText({ kind: 'driver', driver: 'pbt' })).toBe('pbt');
    expect(reportName('WindowChain', cell)).toBe('WindowChain [silent.b1]');
    expect(reportName('WindowChain', null)).toBe('WindowChain');
    expect(traceName('WindowChain', cell)).toBe('silent.b1.WindowChain');
    expect(traceName('WindowChain', null)).toBe('WindowChain');
  });
});

describe('propertyOutcome', () => {
  it('charges a property that held the whole run', () => {
    expect(propertyOutcome({ ...base, spent, discovery: null, counterexample: null })).toEqual({
      name: 'WindowChain',
      property: 'WindowChain',
      label: null,
      passed: true,
      statesExplored: 500,
      durationMs: 1235,
      error: null,
      counterexampleLength: null,
      counterexample: null,
      driver: 'exhaustive',
    });
  });

  it('charges a violated property until its discovery and reports its counterexample', () => {
    const o = propertyOutcome({
      ...base,
      label: cell,
      spent,
      discovery: { states: 40, ms: 12.2 },
      counterexample: { message: 'broken', length: 6, trace: 't.json', oneMinimal: true },
    });
    expect(o).toMatchObject({
      name: 'WindowChain [silent.b1]',
      property: 'WindowChain',
      label: cell,
      passed: false,
      statesExplored: 40,
      durationMs: 12,
      error: 'broken',
      counterexampleLength: 6,
      counterexample: 't.json',
      oneMinimal: true,
    });
  });

  it('says "not checked" when the driver ran nothing, and sets oneMinimal only when known', () => {
    const o = propertyOutcome({ ...base, ran: false, spent, discovery: null, counterexample: null });
    expect(o.passed).toBeNull();
    expect('oneMinimal' in o).toBe(false);
  });
});

describe('labels through merges', () => {
  it('relabels a result and keeps each part’s verdicts apart when merged', () => {
    const held = propertyOutcome({ ...base, spent, discovery: null, counterexample: null });
    const sim = withLabel(result([held]), { kind: 'driver', driver: 'sim' });
    const exhaustive = withLabel(result([held]), { kind: 'driver', driver: 'exhaustive' });
    const merged = mergeResults([sim, exhaustive], {});
    expect(merged.properties.map((p) => p.name)).toEqual(['WindowChain [sim]', 'WindowChain [exhaustive]']);
    expect(merged.properties.map((p) => p.property)).toEqual(['WindowChain', 'WindowChain']);
  });
});
