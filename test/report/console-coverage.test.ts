import { describe, expect, it } from 'vitest';
import { actionCoverageLines } from '../../src/report/console-coverage.ts';
import type { ActionCoverageReport } from '../../src/report/types.ts';

const COVERAGE: ActionCoverageReport = {
  pbt: {
    counts: 'enabled: steps ...',
    kinds: {
      'deliver.vote.notar': { enabled: 107, taken: 22 },
      timeout: { enabled: 80, taken: 9 },
      'byzSend.cert.skip': { enabled: 19, taken: 0 },
      'byzSend.cert.final': { enabled: 4, taken: 0 },
    },
    never_taken: ['byzSend.cert.skip', 'byzSend.cert.final'],
    never_enabled: ['deliver.cert.fastFinal'],
  },
  exhaustive: {
    counts: 'successors ...',
    kinds: { 'deliver.block': { enabled: 3, taken: 12, new_states: 5 } },
    never_taken: [],
    never_enabled: [],
  },
  sim: {
    counts: 'inputs ...',
    kinds: { 'deliver.vote.notar': { enabled: null, taken: 40 }, propose: { enabled: null, taken: 2 } },
    never_taken: [],
    never_enabled: ['deliver.cert.skip'],
  },
};

const report = (coverage: ActionCoverageReport | undefined) => ({
  extra: coverage === undefined ? {} : { action_coverage: coverage },
});

describe('console: per-action coverage', () => {
  it('prints one line per driver, naming kinds enabled but never taken', () => {
    expect(actionCoverageLines(report(COVERAGE), false)).toEqual([
      'action coverage (pbt): 2 of 4 kinds offered were taken, in 31 steps; never taken: byzSend.cert.skip, byzSend.cert.final; never offered: deliver.cert.fastFinal',
      'action coverage (sim): 2 kinds in 42 inputs; never happened: deliver.cert.skip',
      'action coverage (exhaustive): 1 kind, 12 successors (5 new states)',
    ]);
  });

  it('with --verbose, adds a table of every kind with its counts', () => {
    const lines = actionCoverageLines(report({ pbt: COVERAGE.pbt } as ActionCoverageReport), true);
    expect(lines[1]).toBe('    kind                              enabled      taken');
    expect(lines[2]).toBe('    deliver.vote.notar                    107         22');
    expect(lines).toContain('    byzSend.cert.skip                      19          0  never taken');
    const bfs = actionCoverageLines(
      report({ exhaustive: COVERAGE.exhaustive } as ActionCoverageReport),
      true,
    );
    expect(bfs[1]).toBe('    kind                              enabled      taken   new states');
    expect(bfs[2]).toBe('    deliver.block                           3         12            5');
    const sim = actionCoverageLines(report({ sim: COVERAGE.sim } as ActionCoverageReport), true);
    expect(sim[2]).toBe('    deliver.vote.notar                      -         40');
  });

  it('prints nothing for a report without coverage (a run that never reached a driver)', () => {
    expect(actionCoverageLines(report(undefined), true)).toEqual([]);
    expect(actionCoverageLines(report({}), true)).toEqual([]);
  });
});
