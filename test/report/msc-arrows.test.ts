import { describe, expect, it } from 'vitest';
import { deliveryArrows } from '../../src/report/msc-arrows.ts';
import { stepTrace } from '../../src/report/trace-steps.ts';
import { storyTrace } from '../cli/replay-traces.ts';
import { honestTrace, timedRunTrace } from './viewer-traces.ts';

describe('deliveryArrows', () => {
  it('one arrow per delivery; a Byzantine hand-over goes from its sender in the same step', () => {
    const arrows = deliveryArrows(stepTrace(storyTrace()));
    expect(arrows.map((a) => [a.step, a.sentStep, a.from, a.to, a.type, a.kind])).toEqual([
      [3, 3, 4, 3, 'block', 'block'],
      [4, 4, 4, 2, 'block', 'block'],
      [5, 5, 4, 1, 'block', 'block'],
      [6, 6, 4, 3, 'cert', 'notar'],
      [7, 7, 4, 0, 'block', 'block'],
      [8, 8, 4, 0, 'cert', 'notar'],
    ]);
    expect(arrows[3]?.label).toBe('NotarizationCert(1b; v1,v2,v4)');
  });

  it('a network delivery starts at the lane and step that sent it', () => {
    const arrows = deliveryArrows(stepTrace(honestTrace()));
    expect(arrows.map((a) => [a.step, a.sentStep, a.from, a.to, a.type, a.kind])).toEqual([
      [2, 1, 0, 1, 'block', 'block'], // v0 proposed at step 1
      [3, 2, 1, 2, 'vote', 'notar'], // v1 voted when the block arrived, at step 2
    ]);
  });

  it('timed: every receive is an arrow from a known sender that sent it no later', () => {
    const stepped = stepTrace(timedRunTrace());
    const arrows = deliveryArrows(stepped);
    const atMs = (step: number) => (step === 0 ? 0 : (stepped.steps[step - 1]?.atMs as number));
    expect(arrows.length).toBe(stepped.steps.filter((s) => s.delivery !== null).length);
    expect(arrows.length).toBeGreaterThan(20);
    for (const a of arrows) {
      expect(a.from, `step ${a.step}`).not.toBeNull();
      expect(a.from).not.toBe(a.to);
      expect(a.sentStep).toBeLessThan(a.step);
      expect(atMs(a.sentStep)).toBeLessThanOrEqual(atMs(a.step));
    }
  });
});
