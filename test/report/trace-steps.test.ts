import { describe, expect, it } from 'vitest';
import { stepTrace } from '../../src/report/trace-steps.ts';
import { storyTrace } from '../cli/replay-traces.ts';
import { honestTrace, timedRunTrace } from './viewer-traces.ts';

describe('stepTrace', () => {
  it("untimed: each action's kind, actor and delivery; a Byzantine hand-over names its sender", () => {
    const stepped = stepTrace(storyTrace());
    expect(stepped.timed).toBe(false);
    expect(stepped.steps.map((s) => [s.index, s.kind, s.actor])).toEqual([
      [1, 'byzPropose', 4],
      [2, 'byzPropose', 4],
      [3, 'byzSend', 3],
      [4, 'byzSend', 2],
      [5, 'byzSend', 1],
      [6, 'byzSend', 3],
      [7, 'byzSend', 0],
      [8, 'byzSend', 0],
    ]);
    expect(stepped.steps[2]?.delivery).toMatchObject({ to: 3, byzantineFrom: 4, msg: { type: 'block' } });
    expect(stepped.steps[0]?.text).toBe('Byzantine v4 creates a version of slot 1 on G');
    expect(stepped.rejectedAt).toBeNull();
  });

  it('untimed: what a step sent is what it added to the in-flight set, each recipient once', () => {
    const stepped = stepTrace(honestTrace());
    const [propose, block, vote] = stepped.steps;
    expect(propose?.kind).toBe('propose');
    // the block to everyone else, and the leader's own Notar vote for it
    expect(propose?.sent.map((e) => `${e.msg.type}>${e.to}`).sort()).toEqual([
      'block>1',
      'block>2',
      'block>3',
      'vote>1',
      'vote>2',
      'vote>3',
    ]);
    // v1 gets the block and votes Notar: its vote goes to v0, v2 and v3
    expect(block?.sent.filter((e) => e.msg.type === 'vote').map((e) => e.to)).toEqual([0, 2, 3]);
    expect(vote?.delivery).toMatchObject({ to: 2, byzantineFrom: null, msg: { type: 'vote' } });
    expect(vote?.before).toBe(block?.state);
  });

  it("timed: every input in order with its time; a receive's sender sent it no later", () => {
    const trace = timedRunTrace();
    const stepped = stepTrace(trace);
    const inputs = trace.timed?.inputs ?? [];
    expect(stepped.timed).toBe(true);
    expect(stepped.steps.length).toBe(inputs.length);
    expect(stepped.steps.map((s) => s.atMs)).toEqual(inputs.map((i) => i.at_ms));
    expect(stepped.steps.filter((s) => s.kind === 'deliver').length).toBe(
      inputs.filter((i) => i.input.type === 'receive').length,
    );
    expect(stepped.steps.some((s) => s.sent.length > 0)).toBe(true);
    expect(stepped.endMs).toBe(trace.timed?.end_ms);
  });
});
