import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';
import { VIEWER_PROPERTIES } from '../../src/cli/viewer.ts';
import { traceHtml } from '../../src/report/html.ts';
import { traceChart } from '../../src/report/trace-chart.ts';
import type { NativeTrace } from '../../src/sim/trace.ts';
import { CHROMIUM_PATH, itBrowser } from '../helpers/chromium.ts';
import { REPO, runInProcess, tempDir, writeConfig } from '../helpers/cli.ts';
import { TWENTY_PERCENT_EQUIVOCATION } from '../helpers/fixtures.ts';
import { longTrace } from './viewer-traces.ts';

/**
 * Issue 16's acceptance: a real counterexample page, the one a failing run writes beside its
 * report, rendered by headless Chromium (one launch for the file). The screenshot is kept in
 * test-artifacts/ (git-ignored).
 */
const ARTIFACTS = join(REPO, 'test-artifacts');
let browser: Browser | undefined;
afterAll(async () => browser?.close());

async function open(file: string): Promise<{ page: Page; errors: string[] }> {
  browser ??= await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(pathToFileURL(file).href);
  return { page, errors };
}

const deliveries = (t: NativeTrace) => t.actions.filter((a) => a.type === 'deliver' || a.type === 'byzSend');
const current = (page: Page) =>
  page.locator('section.chart:not([hidden]) g.step.on').getAttribute('data-step');

itBrowser(
  "a failing run's page in Chromium: lanes, arrows, the violating step, navigation",
  async () => {
    const dir = tempDir('alpenglow-browser-');
    const attack = writeConfig(dir, 'attack.json', { ...TWENTY_PERCENT_EQUIVOCATION, leader_offset: 4 });
    const output = join(dir, 'r.json');
    const run = await runInProcess([
      'safety_properties',
      '--config',
      attack,
      '--runs',
      '5',
      '--seed',
      '1',
      '--output',
      output,
    ]);
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(readFileSync(output, 'utf8'));
    const traces: NativeTrace[] = report.property_results
      .filter(
        (p: { passed: boolean; counterexample: string | null }) => p.passed === false && p.counterexample,
      )
      .map((p: { counterexample: string }) => JSON.parse(readFileSync(p.counterexample, 'utf8')));
    expect(traces.length).toBeGreaterThan(1);
    const first = traces[0] as NativeTrace;

    const { page, errors } = await open(join(dir, 'r.html'));
    const chart = page.locator('section.chart:not([hidden])');
    expect(await chart.locator('g.lane').count()).toBe(first.config.validators);
    expect(await chart.locator('g.arrow').count()).toBe(deliveries(first).length);
    const violating = first.violation?.step;
    expect(await chart.locator('g.step.violating').count()).toBe(1);
    expect(await chart.locator('g.step.violating').getAttribute('data-step')).toBe(String(violating));
    expect(await current(page)).toBe(String(violating)); // the page opens at the violation
    mkdirSync(ARTIFACTS, { recursive: true });
    await chart.screenshot({ path: join(ARTIFACTS, 'viewer.png') });

    // Navigation moves the highlight: keys, buttons, a click on a row; the panel follows.
    await page.keyboard.press('Home');
    expect(await current(page)).toBe('1');
    await chart.locator('button[data-go="next"]').click();
    expect(await current(page)).toBe('2');
    await page.keyboard.press('ArrowDown');
    expect(await current(page)).toBe('3');
    expect(await chart.locator('.detail h3').textContent()).toBe(`Step 3 of ${first.actions.length}`);
    await chart.locator('g.step[data-step="1"] text.st').click();
    expect(await current(page)).toBe('1');
    await page.keyboard.press('v');
    expect(await current(page)).toBe(String(violating));
    expect(await chart.locator('.detail td.bad').count()).toBeGreaterThan(0); // a property fails there

    // Another counterexample of the report: its own chart.
    const second = traces[1] as NativeTrace;
    await page.selectOption('#pick', '1');
    const other = page.locator('section.chart:not([hidden])');
    expect(await other.getAttribute('id')).toBe('chart-1');
    expect(await other.locator('g.arrow').count()).toBe(deliveries(second).length);
    expect(errors).toEqual([]);
  },
  60_000,
);

itBrowser(
  'hundreds of steps: filters by validator and kind; navigation skips what is filtered out',
  async () => {
    const trace = longTrace(300);
    const file = join(tempDir('alpenglow-browser-'), 'long.html');
    writeFileSync(file, traceHtml({ chart: traceChart(trace, VIEWER_PROPERTIES, 'long'), facts: [] }));
    const started = performance.now();
    const { page, errors } = await open(file);
    const loadedMs = Math.round(performance.now() - started);
    const arrows = page.locator('g.arrow');
    const total = deliveries(trace).length;
    expect(await arrows.count()).toBe(total);
    await page.keyboard.press('End');
    expect(await current(page)).toBe(String(trace.actions.length));

    // Only v0's messages: every arrow left on screen has v0 at one end.
    for (const node of [1, 2, 3, 4, 5]) await page.locator(`input[data-node="${node}"]`).uncheck();
    const shown = await page
      .locator('g.arrow:not(.hid)')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-from'), e.getAttribute('data-to')]));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(total);
    expect(shown.every(([from, to]) => from === '0' || to === '0')).toBe(true);
    // Votes hidden too: stepping from the first step lands on the first step still shown.
    for (const box of await page.locator('input[data-kind^="vote-"]').all()) await box.uncheck();
    const firstShown = await page.locator('g.step:not(.dim)').first().getAttribute('data-step');
    await page.keyboard.press('Home');
    expect(await current(page)).toBe(firstShown);
    expect(await page.locator('g.arrow.t-vote:not(.hid)').count()).toBe(0);
    expect(errors).toEqual([]);
    console.info(
      `viewer: ${trace.actions.length} steps, ${total} arrows, page loaded in Chromium in ${loadedMs} ms`,
    );
  },
  60_000,
);
