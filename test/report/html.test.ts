import { describe, expect, it } from 'vitest';
import { reportHtml } from '../../src/report/html.ts';
import { exhaustiveReport, report } from './fixture.ts';

/** Where the page is made (the commands on these pages are not under test here). */
const HERE = { cwd: '/' };

describe('report page verdicts', () => {
  it('a bounded exhaustive search is "no violation up to depth N (search incomplete)" in the heading and per property', () => {
    const html = reportHtml(
      exhaustiveReport({ complete: false, checked_depth: 4, stop_reason: 'depthBound' }),
      HERE,
    );
    expect(html).toContain(
      '<h1>safety_properties: <span class="warn">no violation up to depth 4 (search incomplete: depth bound reached)</span></h1>',
    );
    expect(html).toContain(
      '<td>HonestVoteUniqueness</td><td><span class="warn">no violation up to depth 4</span></td>',
    );
    expect(html).not.toMatch(/PASS|>holds</);
  });

  it('only a complete search is a PASS, and it says so', () => {
    const html = reportHtml(
      exhaustiveReport({ complete: true, checked_depth: 6, stop_reason: 'exhausted' }),
      HERE,
    );
    expect(html).toContain(
      '<h1>safety_properties: <span class="ok">PASS (exhaustive: 85 states, complete)</span></h1>',
    );
    expect(html).toContain('<td>HonestVoteUniqueness</td><td><span class="ok">holds</span></td>');
  });

  it('a report written before `search` existed still renders as before', () => {
    const html = reportHtml(report(), HERE);
    expect(html).toContain('<h1>safety_properties: <span class="bad">VIOLATION</span></h1>');
    expect(html).toContain('<td>HonestVoteUniqueness</td><td><span class="ok">holds</span></td>');
  });
});
