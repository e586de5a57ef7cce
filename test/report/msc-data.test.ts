import { describe, expect, it } from 'vitest';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import { TIMED_PROPERTIES } from '../../properties/timed.ts';
import { chartData } from '../../src/report/msc-data.ts';
import { traceChart } from '../../src/report/trace-chart.ts';
import { stepTrace } from '../../src/report/trace-steps.ts';
import { storyTrace } from '../cli/replay-traces.ts';
import { honestTrace, timedRunTrace } from './viewer-traces.ts';

const PROPERTIES = { safety: SAFETY_PROPERTIES, timed: TIMED_PROPERTIES };

describe('chartData', () => {
  const story = traceChart(storyTrace(), PROPERTIES, 'story');

  it('one lane per validator with its role and stake share', () => {
    expect(story.lanes).toEqual(
      [0, 1, 2, 3]
        .map((node) => ({ node, role: 'honest', stakeShare: '20%' }))
        .concat([{ node: 4, role: 'byzantine', stakeShare: '20%' }]),
    );
  });

  it('the status of every property after every step: WindowChain fails from step 6, NotarizationUniqueness from 8', () => {
    const failing = (step: number) =>
      story.steps[step - 1]?.failing.map(([p]) => story.properties[p]?.name).sort();
    expect(failing(5)).toEqual([]);
    expect(failing(6)).toEqual(['WindowChain']);
    expect(failing(8)).toContain('NotarizationUniqueness');
    const [p, m] =
      story.steps[7]?.failing.find(([i]) => story.properties[i]?.name === 'NotarizationUniqueness') ?? [];
    expect(p).toBeDefined();
    expect(story.messages[m as number]).toBe(
      'slot 1: validator 0 holds notar(1a), validator 3 holds notar(1b)',
    );
    expect(story.properties.every((q) => q.judged === 'state')).toBe(true);
  });

  it('the violating step is where the recorded property first fails in the replay', () => {
    expect(story.violation).toEqual({
      property: 'NotarizationUniqueness',
      step: 8,
      message: 'slot 1: validator 0 holds notar(1a), validator 3 holds notar(1b)',
    });
    // A trace that records the wrong step is still highlighted where the property fails.
    const off = traceChart(storyTrace({ violation: { property: 'WindowChain', step: 8 } }), PROPERTIES, 'x');
    expect(off.violation?.step).toBe(6);
  });

  it("each step's changes in the words of replay --state; the Byzantine proposals mark its lane", () => {
    expect(story.steps[2]?.changes).toEqual([
      'v3 slot 1: pool +Notar(1a) by v3; flags +Voted, +VotedNotar(1a), +FirstBlock(1a); casts Notar(1a)',
    ]);
    expect(story.steps[0]?.changes).toEqual([]);
    expect(story.marks.filter((m) => m.kind === 'byzPropose').map((m) => [m.step, m.node])).toEqual([
      [1, 4],
      [2, 4],
    ]);
  });

  it('finalizations are marked on the lane of the validator that finalized, at the step it did', () => {
    const chart = traceChart(timedRunTrace(), PROPERTIES, 'timed');
    const finals = chart.marks.filter((m) => m.kind === 'finalized');
    expect(finals.length).toBeGreaterThanOrEqual(4 * 2); // every validator finalizes both slots
    for (const f of finals)
      expect(f.label).toMatch(new RegExp(`^v${f.node} finalizes \\d[a-z] \\((fast|slow)\\)$`));
    expect(new Set(finals.map((f) => f.node))).toEqual(new Set([0, 1, 2, 3]));
  });

  it('timed: run properties are judged once, on the last step; a healthy run fails none', () => {
    const chart = traceChart(timedRunTrace(), PROPERTIES, 'timed');
    expect(chart.timed).toBe(true);
    expect(chart.properties.filter((p) => p.judged === 'run').map((p) => p.name)).toEqual(
      TIMED_PROPERTIES.map((p) => p.name),
    );
    expect(chart.steps.every((s) => s.failing.length === 0)).toBe(true);
    expect(chart.violation).toBeNull();
  });

  it('timed: a run verdict that fails shows on the last step and is the highlighted one', () => {
    const trace = timedRunTrace();
    const chart = chartData({
      title: 't',
      trace: stepTrace(trace),
      stateProperties: [],
      runVerdicts: [{ name: 'EventualProgress', message: 'stuck' }],
      recorded: { property: 'EventualProgress', step: 3 },
    });
    const last = chart.steps.length;
    expect(chart.steps.filter((s) => s.failing.length > 0).map((s) => s.index)).toEqual([last]);
    expect(chart.violation).toEqual({ property: 'EventualProgress', step: last, message: 'stuck' });
  });

  it('an honest run has no Byzantine lane and no violation', () => {
    const chart = traceChart(honestTrace(), PROPERTIES, 'honest');
    expect(chart.lanes.map((l) => l.role)).toEqual(['honest', 'honest', 'honest', 'honest']);
    expect(chart.violation).toBeNull();
    expect(chart.marks.map((m) => [m.kind, m.node, m.step])).toEqual([['propose', 0, 1]]);
  });
});
