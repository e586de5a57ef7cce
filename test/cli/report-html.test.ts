import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, writeConfig } from '../helpers/cli.ts';
import { TWENTY_PERCENT_EQUIVOCATION } from '../helpers/fixtures.ts';

describe('alpenglow report --html', () => {
  it('renders a report and a trace as self-contained pages', async () => {
    const dir = tempDir();
    const config = writeConfig(dir, 'weak.json', TWENTY_PERCENT_EQUIVOCATION);
    const output = join(dir, 'r.json');
    await runCli([
      'safety_properties',
      '--config',
      config,
      '--output',
      output,
      '--runs',
      '200',
      '--seed',
      '4',
    ]);
    const page = join(dir, 'r.html');
    expect((await runCli(['report', output, '--html', page])).code).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('<h1>safety_properties: <span class="bad">VIOLATION</span></h1>');
    expect(html).not.toMatch(/<script|https?:/);
    const report = JSON.parse(readFileSync(output, 'utf8'));
    const trace = report.property_results.find(
      (p: { counterexample: string | null }) => p.counterexample,
    ).counterexample;
    const tracePage = join(dir, 't.html');
    expect((await runCli(['report', trace, '--html', tracePage])).code).toBe(0);
    const traceHtml = readFileSync(tracePage, 'utf8');
    expect(traceHtml).toContain('<li class="hit">');
    expect(traceHtml).toContain('violated:');
  });

  it('refuses a file that is neither a report nor a trace', async () => {
    const dir = tempDir();
    const r = await runCli([
      'report',
      writeConfig(dir, 'x.json', { hello: 1 }),
      '--html',
      join(dir, 'x.html'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('neither a TestReport nor an alpenglow trace');
  });
});
