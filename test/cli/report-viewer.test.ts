import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportItf } from '../../src/xval/index.ts';
import { runInProcess, tempDir, writeConfig } from '../helpers/cli.ts';
import { TWENTY_PERCENT_EQUIVOCATION } from '../helpers/fixtures.ts';
import { timedRunTrace } from '../report/viewer-traces.ts';
import { rawTlcText, storyTrace, TLC_TEXT, writeTrace } from './replay-traces.ts';

/** The counterexample page (issue 16): written by every failing run, and by `report` for every trace format. */

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;
const dir = tempDir('alpenglow-viewer-');

async function page(input: string, ...flags: string[]): Promise<string> {
  const out = join(dir, `${Math.random().toString(36).slice(2)}.html`);
  const r = await runInProcess(['report', input, '--html', out, ...flags]);
  expect(r.code, r.stderr).toBe(0);
  return readFileSync(out, 'utf8');
}

describe('a failing scenario run writes its counterexample page beside its report', () => {
  it('r.json → r.html: the report, and a chart of its trace with one arrow per delivery', async () => {
    // The 20% attack with the Byzantine leader first: WindowChain falls at depth 4 (exhaustive).
    const attack = writeConfig(dir, 'attack.json', { ...TWENTY_PERCENT_EQUIVOCATION, leader_offset: 4 });
    const output = join(dir, 'fail', 'r.json');
    const r = await runInProcess([
      'safety_properties',
      ...['--config', attack, '--mode', 'exhaustive', '--depth', '4', '--output', output],
    ]);
    expect(r.code, r.stderr).toBe(1);
    const html = join(dir, 'fail', 'r.html');
    expect(r.stdout).toContain(`page: ${html}\n`);
    const text = readFileSync(html, 'utf8');
    const trace = JSON.parse(readFileSync(join(dir, 'fail', 'r.WindowChain.trace.json'), 'utf8'));
    const deliveries = trace.actions.filter(
      (a: { type: string }) => a.type === 'deliver' || a.type === 'byzSend',
    );
    expect(text).toContain('<h1>safety_properties: <span class="bad">VIOLATION</span></h1>');
    expect(count(text, /<section class="chart"/)).toBe(1);
    expect(count(text, /<g class="lane /)).toBe(5);
    expect(count(text, /<g class="arrow /)).toBe(deliveries.length);
    expect(text).toContain(`<g class="step violating" data-step="${trace.violation.step}">`);
  });

  it('a passing run writes none', async () => {
    const output = join(dir, 'pass', 'r.json');
    const config = writeConfig(dir, 'tiny.json', {
      validators: 3,
      byzantine_count: 0,
      offline_count: 0,
      max_rounds: 1,
    });
    const r = await runInProcess([
      'safety_properties',
      '--config',
      config,
      '--runs',
      '2',
      '--seed',
      '1',
      '--output',
      output,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'pass', 'r.html'))).toBe(false);
    expect(r.stdout).not.toContain('page:');
  });
});

describe('report --html opens every trace format', () => {
  it('a native untimed trace: the README story, violated at step 8', async () => {
    const html = await page(writeTrace(dir, 'story.json', storyTrace()));
    expect(count(html, /<g class="arrow /)).toBe(6);
    expect(html).toContain('<g class="step violating" data-step="8">');
  });

  it('a timed trace: time downward, one arrow per received message', async () => {
    const trace = timedRunTrace();
    const html = await page(writeTrace(dir, 'timed.json', trace));
    const receives = trace.timed?.inputs.filter((i) => i.input.type === 'receive').length;
    expect(count(html, /<g class="arrow /)).toBe(receives);
    expect(count(html, /<g class="lane /)).toBe(4);
    expect(html).toContain('time runs downward');
  });

  it('an ITF trace (the story exported): the same chart as the native trace', async () => {
    const itf = await page(writeConfig(dir, 'story.itf.json', exportItf(storyTrace())));
    expect(count(itf, /<g class="arrow /)).toBe(6);
    expect(itf).toContain('<g class="step violating" data-step="8">');
  });

  it('TLC error-trace text, with its config line or given --config', async () => {
    const withLine = await page(writeConfig(dir, 'tlc.txt', TLC_TEXT));
    expect(withLine).toMatch(/<g class="step violating" data-step="\d+">/);
    expect(withLine).toContain('FinalizedImpliesNotarized');
    const raw = rawTlcText();
    const config = writeConfig(dir, 'tlc-config.json', raw.config);
    const given = await page(writeConfig(dir, 'raw-tlc.txt', raw.text), '--config', config);
    expect(count(given, /<g class="arrow /)).toBe(count(withLine, /<g class="arrow /));
    const missing = await runInProcess(['report', join(dir, 'raw-tlc.txt'), '--html', join(dir, 'no.html')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error: trace .*raw-tlc\.txt: TLC trace: no config; .*--config FILE\n$/);
  });

  it('--config with a native trace or a report is refused, one line, nothing written', async () => {
    const config = writeConfig(dir, 'c.json', {});
    const out = join(dir, 'refused.html');
    const story = writeTrace(dir, 'story-2.json', storyTrace());
    const r = await runInProcess(['report', story, '--html', out, '--config', config]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: --config: .*story-2\.json is not a TLC or ITF trace/);
    expect(existsSync(out)).toBe(false);
  });
});
