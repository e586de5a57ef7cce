import { describe, expect, it } from 'vitest';
import type { FindRecord, RunRecord } from '../../../src/cli/fuzz/records.ts';
import { summarize } from '../../../src/cli/fuzz/summary.ts';

function run(
  group: string,
  expect: 'hold' | 'break',
  finds: string[],
  status: RunRecord['status'] = 'pass',
): RunRecord {
  const [family, driver, protocol] = group.split('/') as [never, never, string];
  return {
    seed: 1,
    setting_id: 'x',
    group,
    setting: {
      family,
      expect,
      driver,
      protocol,
      budget: { runs: 1, depth: 1, maxStates: 0, maxInFlight: null },
      config: {},
    },
    status: finds.length > 0 ? 'violation' : status,
    finds: finds.map((fingerprint) => ({ property: 'WindowChain', fingerprint })),
    error: null,
    states: 1,
    commit: null,
    started_at: '',
    duration_ms: 0,
  };
}

function find(fingerprint: string, from: RunRecord, count: number): [string, FindRecord] {
  const record = {
    format: 'alpenglow-fuzz-find',
    version: 1,
    property: 'WindowChain',
    fingerprint,
    count,
    seeds: [],
    run: { ...from, length: 3, discovery_length: null },
  } as unknown as FindRecord;
  return [`WindowChain.${fingerprint}`, record];
}

describe('the campaign summary', () => {
  it('counts runs and finds by setting, finds found twice once among the unique ones', () => {
    const a = run('guide/pbt/whitepaper', 'break', ['f1']);
    const runs = [a, run('guide/pbt/whitepaper', 'break', ['f1']), run('paper/sim/agave', 'hold', [])];
    const s = summarize(runs, new Map([find('f1', a, 2)]));
    expect(s).toMatchObject({ runs: 3, runs_with_finds: 2, finds: 2, unique_finds: 1, unexpected: [] });
    expect(s.by_setting['guide/pbt/whitepaper']).toMatchObject({
      runs: 2,
      runs_with_finds: 2,
      finds: 2,
      unique_finds: 1,
      properties: { WindowChain: 1 },
    });
    expect(s.by_setting['paper/sim/agave']).toMatchObject({ expect: 'hold', runs: 1, finds: 0 });
  });

  it('lists finds in settings expected to hold as unexpected', () => {
    const bug = run('paper/pbt/whitepaper', 'hold', ['f9']);
    const s = summarize([bug], new Map([find('f9', bug, 1)]));
    expect(s.unexpected).toEqual([
      { key: 'WindowChain.f9', property: 'WindowChain', count: 1, group: 'paper/pbt/whitepaper' },
    ]);
  });

  it('flags a campaign whose canary ran and found nothing, not one that has not drawn it yet', () => {
    expect(summarize([run('canary/pbt/whitepaper', 'break', [])], new Map()).canary).toEqual({
      runs: 1,
      runs_with_finds: 0,
      silent: true,
    });
    expect(summarize([run('paper/pbt/whitepaper', 'hold', [])], new Map()).canary.silent).toBe(false);
    const found = summarize([run('canary/pbt/whitepaper', 'break', ['c'])], new Map()).canary;
    expect(found).toEqual({ runs: 1, runs_with_finds: 1, silent: false });
  });

  it('counts failed runs', () => {
    expect(summarize([run('weak/exhaustive/agave', 'break', [], 'error')], new Map()).errors).toBe(1);
  });
});
