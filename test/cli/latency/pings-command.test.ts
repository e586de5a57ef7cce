import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDir } from '../../helpers/cli.ts';

/**
 * `alpenglow latency --pings --ping-servers`: links from measured round trips. Four equal
 * validators in four cities, a ping server at each, round trips from server 10 (the leader's) of
 * 100, 200 and 300 ms: the network stage (the leader's direct delay to a node) must be their
 * halves, whatever the geographic model would have said of these distances.
 */
const SET = [
  'rank,identity,active_stake_lamports,latitude,longitude,data_center,delinquent',
  '0,A,1000,50.11,8.68,dc-a,false',
  '1,B,1000,40.71,-74.0,dc-b,false',
  '2,C,1000,35.68,139.65,dc-c,false',
  '3,D,1000,-33.87,151.21,dc-d,false',
];
const SERVERS = [
  '"id","name","title","location","state","country","state_abbv","continent","latitude","longitude"',
  '"10","Frankfurt","Frankfurt","Frankfurt","Hesse","Germany","HE","3","50.1167","8.6833"',
  '"20","NewYork","New York","New York","New York","United States","NY","1","40.7128","-74.006"',
  '"30","Tokyo","Tokyo","Tokyo","Tokyo","Japan","","4","35.6762","139.6503"',
  '"40","Sydney","Sydney","Sydney","NSW","Australia","NSW","5","-33.8688","151.2093"',
];
const ROUND_TRIPS: [number, number, number][] = [
  [10, 20, 100],
  [10, 30, 200],
  [10, 40, 300],
  [20, 30, 150],
  [20, 40, 210],
  [30, 40, 120],
];

function files() {
  const dir = tempDir();
  const write = (name: string, lines: string[]) => {
    writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
    return join(dir, name);
  };
  const pings = ROUND_TRIPS.flatMap(([a, b, ms]) => [
    `"${a}","${b}","t","1","${ms}","1","0"`,
    `"${b}","${a}","t","1","${ms}","1","0"`,
  ]);
  return {
    dir,
    set: write('set.csv', SET),
    servers: write('servers.csv', SERVERS),
    pings: write('pings.csv', ['"source","destination","timestamp","min","avg","max","mdev"', ...pings]),
  };
}

describe('alpenglow latency with measured pings', () => {
  it("takes each link from the servers' average round trip, halved", async () => {
    const f = files();
    const out = join(f.dir, 'lat.json');
    const r = await runInProcess([
      'latency',
      '--validator-set',
      f.set,
      '--pings',
      f.pings,
      '--ping-servers',
      f.servers,
      '--leader',
      '0',
      '--slots',
      '4',
      '--output',
      out,
    ]);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('measured (--pings) latency');
    expect(r.stderr).toContain('12 of 12 links between data centres from pings');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.latency_model).toBe('measured');
    expect(report.ping_data).toMatchObject({ servers_used: 4, links_from_pings: 12, links_from_model: 0 });
    // Equal stakes: p1-p25 is the leader itself (0 ms), then 50, 100 and 150 ms.
    const network = (p: number) => report.percentiles[p - 1].network_ms;
    expect([network(25), network(50), network(75), network(100)]).toEqual([0, 50, 100, 150]);
  });

  it('refuses --pings without its servers, with --latency-model, or as the output', async () => {
    const f = files();
    const base = ['latency', '--validator-set', f.set];
    const lone = await runInProcess([...base, '--pings', f.pings, '--output', join(f.dir, 'o.json')]);
    expect(lone.code).toBe(1);
    expect(lone.stderr).toContain('--pings: needs --ping-servers');
    const both = await runInProcess([
      ...base,
      '--pings',
      f.pings,
      '--ping-servers',
      f.servers,
      '--latency-model',
      'uniform',
      '--output',
      f.pings,
    ]);
    expect(both.code).toBe(1);
    expect(both.stderr.trim().split('\n')).toEqual([
      'error: --output: is the --pings file (it would be overwritten)',
      'error: --latency-model: not with --pings (the links are measured)',
    ]);
    expect(readFileSync(f.pings, 'utf8')).toContain('"source"');
  });
});
