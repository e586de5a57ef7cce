import { describe, expect, it } from 'vitest';
import { SAFETY_PROPERTIES } from '../../properties/safety/index.ts';
import { TIMED_PROPERTIES } from '../../properties/timed.ts';
import { reportHtml, traceHtml } from '../../src/report/html.ts';
import { traceChart } from '../../src/report/trace-chart.ts';
import { storyTrace } from '../cli/replay-traces.ts';
import { report } from './fixture.ts';
import { timedRunTrace } from './viewer-traces.ts';

const PROPERTIES = { safety: SAFETY_PROPERTIES, timed: TIMED_PROPERTIES };
const story = () => ({
  chart: traceChart(storyTrace(), PROPERTIES, 'NotarizationUniqueness: 8 steps'),
  facts: [['seed', '7']] as [string, string][],
});
const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;

/** Anything that would make the page load something: it must open from file:// with no network. */
const EXTERNAL = /\s(?:src|href)=|@import|url\((?!#)|https?:|<link|<iframe|<img/;

describe('the counterexample page', () => {
  const html = traceHtml(story());

  it('is self-contained: inline style, SVG and script, nothing fetched', () => {
    expect(html).not.toMatch(EXTERNAL);
    expect(count(html, /<script>/)).toBe(1);
    expect(html).toMatch(/^<!doctype html>/);
  });

  it('draws one lane per validator, one arrow per delivery, the violating step marked', () => {
    expect(count(html, /<g class="lane /)).toBe(5);
    expect(count(html, /<g class="arrow /)).toBe(6); // the six byzSend actions
    expect(count(html, /<g class="step violating"/)).toBe(1);
    expect(html).toContain('<g class="step violating" data-step="8">');
    expect(html).toContain('data-from="4" data-to="0" data-type="cert" data-kind="notar"');
    expect(count(html, /<input type="checkbox" data-node=/)).toBe(5);
  });

  it("embeds each step's words, changes and statuses as JSON the script reads", () => {
    const json = /<script type="application\/json" class="data">(.*?)<\/script>/.exec(html)?.[1] as string;
    const data = JSON.parse(json);
    expect(data.steps).toHaveLength(8);
    expect(data.steps[2].changes[0]).toMatch(/^v3 slot 1: pool \+Notar\(1a\) by v3/);
    expect(data.violation.step).toBe(8);
    expect(data.properties.map((p: { name: string }) => p.name)).toEqual(
      SAFETY_PROPERTIES.map((p) => p.name),
    );
  });

  it('text from a trace cannot end the script element or inject markup', () => {
    const section = story();
    const hostile = {
      ...section.chart,
      steps: section.chart.steps.map((s) => ({ ...s, text: '</script><b>x' })),
    };
    const page = traceHtml({ chart: hostile, facts: [['file', '<i>']] });
    expect(page).not.toContain('</script><b>');
    expect(page).not.toContain('<b>x');
    expect(page).not.toContain('<i>');
    expect(count(page, /<\/script>/)).toBe(2); // the JSON and the script, nothing else closes
  });

  it('a timed trace shows its times beside the steps', () => {
    const timed = traceHtml({ chart: traceChart(timedRunTrace(), PROPERTIES, 'timed'), facts: [] });
    expect(timed).toMatch(/<text class="ms" x="\d+" y="[\d.]+">[\d,.]+ ms<\/text>/);
    expect(timed).toContain('time runs downward');
  });

  it('a report page holds the chart of each counterexample, a chooser, and the ones it could not read', () => {
    const page = reportHtml(report(), { cwd: '/' }, [
      { property: 'NotarizationUniqueness', section: story() },
      { property: 'WindowChain', section: story() },
      { property: 'ChainConsistency', problem: 'trace r/x.json: cannot read (no such file)' },
    ]);
    expect(count(page, /<section class="chart"/)).toBe(2);
    expect(page).toContain('<section class="chart" id="chart-1" hidden>');
    expect(count(page, /<option /)).toBe(2);
    expect(page).toContain(
      'ChainConsistency: <span class="warn">trace r/x.json: cannot read (no such file)</span>',
    );
    expect(page).toContain('<h2>Properties</h2>');
    expect(page).not.toMatch(EXTERNAL);
  });

  it('a report without counterexamples has no script', () => {
    expect(reportHtml(report(), { cwd: '/' })).not.toContain('<script');
  });
});
