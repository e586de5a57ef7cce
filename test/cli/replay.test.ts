import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { runCli, tempDir, writeConfig } from '../helpers/cli.ts';
import { rawTlcText, STORY, storyTrace, TLC_TEXT, timedTrace, writeTrace } from './replay-traces.ts';

/** `alpenglow ARGV` in this process (the same dispatch bin/alpenglow reaches for replay). */
async function replay(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['replay', ...argv], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, stdout: out.map((l) => `${l}\n`).join(''), stderr: err.map((l) => `${l}\n`).join('') };
}

const dir = tempDir('alpenglow-replay-');
const story = writeTrace(dir, 'story.json', storyTrace());

describe('replay exit codes: 0 nothing violated, 1 a violation reproduced, 2 bad input', () => {
  it('exits 1 when the recorded violation reproduces', async () => {
    const r = await replay(story);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('recorded violation NotarizationUniqueness at step 8: reproduced\n');
    expect(r.stdout).not.toMatch(/^reproduced:/m);
  });

  it('exits 0 when no property is violated any more', async () => {
    const clean = writeTrace(dir, 'clean.json', storyTrace({ actions: STORY.slice(0, 3), violation: null }));
    const r = await replay(clean);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no property is violated by this trace');
  });

  it.each([
    ['an unreadable file', () => [join(dir, 'missing.json')], /^error: .*missing\.json/],
    ['invalid JSON', () => [writeConfig(dir, 'bad.json', '{"format": "alpenglow-trace",')], /not valid JSON/],
    [
      'an invalid trace (one line per field)',
      () => [writeTrace(dir, 'v2.json', { ...storyTrace(), version: 2, seed: 'x' })],
      /^error: trace .*v2\.json: version: must be 1\nerror: trace .*v2\.json: seed: must be an integer or null\n$/,
    ],
    [
      'a native trace with no config (the field named, not "config.(config)")',
      () => {
        const { config: _dropped, ...noConfig } = storyTrace();
        return [writeTrace(dir, 'noconfig.json', noConfig)];
      },
      /^error: trace .*noconfig\.json: config: missing \(a native trace records its config; for a raw TLC or ITF trace give --config FILE\)\n$/,
    ],
    [
      'a config that is not an object',
      () => [writeTrace(dir, 'strconfig.json', { ...storyTrace(), config: 'tiny' })],
      /^error: trace .*strconfig\.json: config: must be a JSON object, got "tiny"\n$/,
    ],
    [
      'an action the model does not enable',
      () => [writeTrace(dir, 'rejected.json', storyTrace({ actions: STORY.slice(2), violation: null }))],
      /action 1 is not enabled in this model/,
    ],
    [
      'an unknown flag',
      () => [story, '--verbos'],
      /^error: --verbos: unknown flag \(did you mean --verbose\?\)\n$/,
    ],
    ['no TRACE', () => [], /^error: replay needs exactly one TRACE file\n$/],
    ['two TRACEs', () => [story, story], /^error: replay needs exactly one TRACE file\n$/],
  ])('exits 2 on %s, one line per problem and no stack trace', async (_what, args, stderr) => {
    const r = await replay(...args());
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stderr).toMatch(stderr);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 through bin/alpenglow too (one process start)', async () => {
    const bad = await runCli(['replay', join(dir, 'missing.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: trace .*missing\.json: /);
  });

  it('other commands keep exit 1 for a bad flag', async () => {
    const quiet = { out: () => undefined, err: () => undefined };
    expect(await main(['report', '--verbos'], quiet)).toBe(1);
    expect(await main(['verify', '--verbos'], quiet)).toBe(1);
  });
});

describe('which property reproduced', () => {
  it('names the reproduced properties when the recorded one does not reproduce', async () => {
    const other = writeTrace(
      dir,
      'other.json',
      storyTrace({ violation: { property: 'NoConflictingFinalization', step: 8 } }),
    );
    const r = await replay(other);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('recorded violation NoConflictingFinalization at step 8: NOT reproduced\n');
    expect(r.stdout).toContain(
      'reproduced: WindowChain, NotarizationUniqueness (the trace recorded NoConflictingFinalization)\n',
    );
  });

  it('says so when the recorded property reproduces at another step', async () => {
    const early = writeTrace(
      dir,
      'early.json',
      storyTrace({ violation: { property: 'NotarizationUniqueness', step: 7 } }),
    );
    const r = await replay(early);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'reproduced: NotarizationUniqueness at step 8 (the trace recorded it at step 7)\n',
    );
  });

  it('names them when the trace recorded no violation', async () => {
    const none = writeTrace(dir, 'none.json', storyTrace({ violation: null }));
    const r = await replay(none);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('reproduced: WindowChain, NotarizationUniqueness (the trace recorded none)\n');
  });
});

describe('timed traces', () => {
  const timed = writeTrace(dir, 'timed.json', timedTrace());

  it('replays (exit 0: an empty run violates nothing within its horizon)', async () => {
    const r = await replay(timed);
    expect(r.stdout + r.stderr).toContain('replaying timed trace');
  });

  it('refuses --itf with exit 2: ITF holds untimed spec states, a timed trace has none', async () => {
    const itf = join(dir, 'timed.itf.json');
    const r = await replay(timed, '--itf', itf);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: --itf: .*timed trace/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses --state with exit 2', async () => {
    const r = await replay(timed, '--state');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: --state: .*timed trace/);
  });

  it('refuses a timed trace whose slowExtraMs is not a list of integers, naming the field', async () => {
    const raw = timedTrace();
    const bad = { ...raw, timed: { ...raw.timed, params: { ...raw.timed?.params, slowExtraMs: 'x' } } };
    const r = await replay(writeTrace(dir, 'slow.json', bad));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/timed\.params\.slowExtraMs: must be a list of non-negative integers/);
  });
});

describe('TLC traces and --config', () => {
  it('replays raw TLC output (no alpenglow-config line) against --config FILE', async () => {
    const raw = rawTlcText();
    const text = writeConfig(dir, 'raw-tlc.txt', raw.text);
    const config = writeConfig(dir, 'tlc-config.json', raw.config);
    const r = await replay(text, '--config', config);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('VIOLATION FinalizedImpliesNotarized at step 3');
    expect(r.stdout).toContain('recorded violation FinalizedImpliesNotarized at step 3: reproduced');
  });

  it('without --config says which flag gives the config, exit 2', async () => {
    const text = writeConfig(dir, 'raw-tlc-2.txt', rawTlcText().text);
    const r = await replay(text);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no config; .*--config FILE/);
  });

  it('refuses --config for a native trace, which carries its own config', async () => {
    const config = writeConfig(dir, 'c.json', { validators: 4 });
    const r = await replay(story, '--config', config);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: --config: .*native trace carries its own config/);
  });

  it('a bad --config file is bad input (exit 2), named by field', async () => {
    const config = writeConfig(dir, 'bad-config.json', { validator: 3 });
    const r = await replay(writeConfig(dir, 'tlc.txt', TLC_TEXT), '--config', config);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/config .*bad-config\.json: validator: unknown field/);
  });
});

describe('replay --verbose --state', () => {
  it("prints after each step what changed in each validator's pool and flags", async () => {
    const r = await replay(story, '--verbose', '--state');
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const step4 = lines.indexOf('     4. Byzantine v4 sends block 1b to v2');
    expect(step4).toBeGreaterThan(0);
    // v2 gets 1b, votes Notar(1b) and stores its own vote; nothing else changes at that step.
    expect(lines[step4 + 1]).toMatch(
      /^ {10}v2 slot 1: pool \+Notar\(1b\) by v2; flags .*\+Voted, \+VotedNotar\(1b\).*; casts Notar\(1b\)$/,
    );
    expect(lines[step4 + 2]).toBe('     5. Byzantine v4 sends block 1b to v1');
    // The Byzantine proposals change no correct validator: no state line after steps 1 and 2.
    expect(lines[lines.indexOf('     1. Byzantine v4 creates a version of slot 1 on G') + 1]).toBe(
      '     2. Byzantine v4 creates a version of slot 1 on G',
    );
    // Step 8 gives v0 the certificate: stored, the block notarized, and v0 votes Final.
    const step8 = lines.findIndex((l) => l.startsWith('     8. '));
    expect(lines[step8 + 1]).toMatch(
      /^ {10}v0 slot 1: pool .*\+NotarizationCert\(1a; v0,v3,v4\).*; flags \+BlockNotarized\(1a\), \+ItsOver; casts Final\(1\)$/,
    );
    expect(lines[step8 + 2]).toMatch(/^ {8}\^ NotarizationUniqueness violated: /);
  });

  it('--state alone implies --verbose', async () => {
    const r = await replay(story, '--state');
    expect(r.stdout).toContain(
      '     4. Byzantine v4 sends block 1b to v2\n          v2 slot 1: pool +Notar(1b)',
    );
  });

  it('--verbose alone prints no state lines', async () => {
    const r = await replay(story, '--verbose');
    expect(r.stdout).toContain('     4. Byzantine v4 sends block 1b to v2\n     5. ');
  });
});
