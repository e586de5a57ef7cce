import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import { replayTrace } from '../../src/sim/replay-trace.ts';
import { buildTrace } from '../../src/sim/trace.ts';
import { parseNativeTrace } from '../../src/sim/trace-parse.ts';
import { detectTraceFormat, exportItf, importTrace, XvalError } from '../../src/xval/index.ts';
import { resolveModel } from '../../src/xval/resolve.ts';
import { prettyState } from '../../src/xval/tla-print.ts';
import { statesOfActions } from '../../src/xval/trace-import.ts';
import { EQUIV_V0, TWO_CORRECT, walk } from './helpers.ts';

const tlcTrace = readFileSync(new URL('./fixtures/tlc-fast-below-slow.txt', import.meta.url), 'utf8');

/** TLC-style error-trace text for a TS action sequence. */
function asTlcText(config: typeof TWO_CORRECT, actions = walk(config, 25)): string {
  const states = statesOfActions(resolveModel(config).cfg, actions);
  const blocks = states.map((s, i) => `State ${i + 1}: <Next line 1>\n${prettyState(s)}\n`);
  return `Error: Invariant WindowChain is violated.\nError: The behavior up to this point is:\n${blocks.join('\n')}\n`;
}

describe('trace import', () => {
  it("turns TLC's printed error trace into a native trace that replays (real TLC output)", () => {
    expect(detectTraceFormat(tlcTrace)).toBe('tlc');
    const trace = importTrace(tlcTrace, { properties: SAFETY_PROPERTIES });
    expect(trace.actions).toHaveLength(3);
    expect(trace.violation).toMatchObject({ property: 'FinalizedImpliesNotarized', step: 3 });
    expect(trace.found_by).toMatchObject({ driver: 'tlc', claimed_violation: 'FinalizedImpliesNotarized' });
    // What `alpenglow replay` does with it: parse as a native trace, re-execute, same violation.
    const parsed = parseNativeTrace(JSON.parse(JSON.stringify(trace)));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(replayTrace(parsed.trace, SAFETY_PROPERTIES).matchesRecorded).toBe(true);
  });

  it('without properties records the violation TLC claims', () => {
    expect(importTrace(tlcTrace).violation).toEqual({ property: 'FinalizedImpliesNotarized', step: 3 });
  });

  it('matches long TLC-style traces with Byzantine steps, given the config explicitly', () => {
    const actions = walk(EQUIV_V0, 30);
    const trace = importTrace(asTlcText(EQUIV_V0, actions), { config: resolveModel(EQUIV_V0).config });
    expect(trace.actions).toEqual(actions);
    expect(trace.explained).toHaveLength(actions.length);
  });

  it('names the step no TS action reproduces', () => {
    const text = asTlcText(TWO_CORRECT, walk(TWO_CORRECT, 6));
    // Dropping state 4 makes state 5 follow state 3: two steps in one, which no action does.
    const cut = text.replace(/State 4: [\s\S]*?(?=State 5:)/, '');
    expect(() => importTrace(cut, { config: TWO_CORRECT })).toThrow(
      /TLC trace: step 3 \(state 3 → state 4\): none of the \d+ enabled TS actions leads to state 4/,
    );
  });

  it('detects native, ITF and TLC text, and rejects anything else with one clear line', () => {
    const native = buildTrace({
      config: resolveModel(TWO_CORRECT).config,
      seed: 7,
      actions: walk(TWO_CORRECT, 3),
      violation: null,
    });
    const text = JSON.stringify(native);
    expect(detectTraceFormat(text)).toBe('native');
    expect(importTrace(text).actions).toEqual(native.actions);
    expect(detectTraceFormat(JSON.stringify(exportItf(native)))).toBe('itf');
    expect(() => importTrace('hello')).toThrow(XvalError);
    expect(() => importTrace('{"format": "alpenglow-trace", "version": 2}')).toThrow(/version: must be 1/);
    expect(() => importTrace('State 1: <Initial predicate>\n/\\ x = 1\n')).toThrow(/no config/);
  });
});
