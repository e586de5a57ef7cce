import { describe, expect, it } from 'vitest';
import { LivenessWindowsTally } from '../../../properties/liveness/liveness-windows.ts';

describe("LivenessWindowsTally (the report's liveness_windows over many runs)", () => {
  it('counts per window the runs that judged it and keeps the first reason of the others', () => {
    const tally = new LivenessWindowsTally();
    tally.add({ judged: [1, 5], not_judged: [{ window: 9, reason: 'lost' }] });
    tally.add({
      judged: [5],
      not_judged: [
        { window: 1, reason: 'ended' },
        { window: 9, reason: 'other' },
      ],
    });
    expect(tally.summary()).toEqual({
      runs: 2,
      judged: [
        { window: 1, runs: 1 },
        { window: 5, runs: 2 },
      ],
      not_judged: [
        { window: 1, reason: 'ended', runs: 1 },
        { window: 9, reason: 'lost', runs: 2 },
      ],
    });
  });
});
