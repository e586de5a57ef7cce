import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportHtml } from '../../src/report/html.ts';
import { runInProcess, tempDir, writeConfig } from '../helpers/cli.ts';
import { TWENTY_PERCENT_EQUIVOCATION } from '../helpers/fixtures.ts';
import { report } from '../report/fixture.ts';

describe('alpenglow report --html', () => {
  it('renders a report and a trace as self-contained pages', async () => {
    const dir = tempDir();
    const config = writeConfig(dir, 'weak.json', TWENTY_PERCENT_EQUIVOCATION);
    const output = join(dir, 'r.json');
    await runInProcess([
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
    expect((await runInProcess(['report', output, '--html', page])).code).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('<h1>safety_properties: <span class="bad">VIOLATION</span></h1>');
    // Self-contained: the viewer's script and SVG are inline, nothing is fetched (file:// works).
    expect(html).not.toMatch(/\s(?:src|href)=|@import|url\((?!#)|https?:/);
    expect(html).toContain('<section class="chart"');
    const report = JSON.parse(readFileSync(output, 'utf8'));
    const trace = report.property_results.find(
      (p: { counterexample: string | null }) => p.counterexample,
    ).counterexample;
    const tracePage = join(dir, 't.html');
    expect((await runInProcess(['report', trace, '--html', tracePage])).code).toBe(0);
    const traceHtml = readFileSync(tracePage, 'utf8');
    expect(traceHtml).toMatch(/<g class="step violating" data-step="\d+">/);
    expect(traceHtml).toContain(' violated at step ');
  });

  it('refuses a file that is neither a report nor a trace', async () => {
    const dir = tempDir();
    const r = await runInProcess([
      'report',
      writeConfig(dir, 'x.json', { hello: 1 }),
      '--html',
      join(dir, 'x.html'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('neither a TestReport nor a trace (native, ITF or TLC)');
  });
});

describe("report --html: the page's commands run from where the page is made", () => {
  const ran = (runDirectory?: string) => {
    const r = report({ reproduce: './bin/alpenglow safety_properties --config c.json --seed 7' });
    return { ...r, metadata: { ...r.metadata, ...(runDirectory ? { run_directory: runDirectory } : {}) } };
  };

  it("made in the run's directory: each command as the run printed it", () => {
    const html = reportHtml(ran('/work/x'), { cwd: '/work/x' });
    expect(html).toContain(
      '<th>rerun</th><td>./bin/alpenglow safety_properties --config c.json --seed 7</td>',
    );
    expect(html).toContain('<code>alpenglow replay r/a.WindowChain.trace.json</code>');
    expect(html).not.toContain('cd ');
  });

  it("made elsewhere: each command goes to the run's directory first, quoted for the shell", () => {
    const html = reportHtml(ran("/tmp/my run's"), { cwd: '/work/x' });
    const cd = 'cd &#39;/tmp/my run&#39;\\&#39;&#39;s&#39; &#38;&#38; ';
    expect(html).toContain(`<th>rerun</th><td>${cd}./bin/alpenglow safety_properties`);
    expect(html).toContain(`<code>${cd}alpenglow replay r/a.WindowChain.trace.json</code>`);
    expect(html).toContain('<th>run directory</th><td>/tmp/my run&#39;s</td>');
  });

  it('a report that does not record its directory: the page says where its commands run', () => {
    const html = reportHtml(ran(), { cwd: '/work/x' });
    expect(html).toContain('commands run from the directory the scenario ran in');
    expect(html).not.toContain('cd ');
  });
});
