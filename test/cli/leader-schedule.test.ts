import { describe, expect, it } from 'vitest';
import { leaderScheduleCommand } from '../../src/cli/commands/leader-schedule.ts';
import { main } from '../../src/cli/main.ts';

function run(args: string[]) {
  let out = '';
  let err = '';
  const io = { out: (l: string) => (out += `${l}\n`), err: (l: string) => (err += `${l}\n`) };
  return main(['leader-schedule', ...args], io).then((code) => ({ code, out, err }));
}

describe('alpenglow leader-schedule (issue 13 point 3)', () => {
  it('--json prints agave’s exact order: epoch 1, stakes 10,20,30, 12 slots, one slot per leader', async () => {
    const r = await run([
      '--epoch',
      '1',
      '--stakes',
      '10,20,30',
      '--slots',
      '12',
      '--window-size',
      '1',
      '--json',
    ]);
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.leaders).toEqual([1, 1, 2, 1, 1, 0, 0, 1, 2, 1, 0, 1]);
    expect(json).toMatchObject({ epoch: '1', stakes: ['10', '20', '30'], slots: 12, window_size: 1 });
  });

  it('windows of 4 slots by default; stakes beyond 2^53 stay exact; the last window cut at --slots', async () => {
    const r = await run([
      '--epoch=18446744073709551615',
      '--stakes=9007199254740993,0,1',
      '--slots=10',
      '--json',
    ]);
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.stakes).toEqual(['9007199254740993', '0', '1']);
    expect(json.leaders).toHaveLength(10);
    expect(json.leaders.slice(0, 4).every((v: number) => v === json.leaders[0])).toBe(true);
    expect(json.leaders).not.toContain(1);
  });

  it('without --json: a per-validator summary, windows led against stake share', async () => {
    const r = await run(['--epoch', '7', '--stakes', '1,1,2', '--slots', '4000']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/not a VRF/);
    expect(r.out).toMatch(/epoch 7: 4000 slots, 1000 windows of 4 slots/);
    expect(r.out).toMatch(/^ +2 +2 +0\.5000 +\d+ +0\.\d{4} +-?\d+\.\d\d$/m);
  });

  it('reports every bad input, one line naming the flag, exit 1', async () => {
    const r = await run(['--epoch', '-1', '--stakes', '1,x,0', '--slots', '0', '--window-size', '0']);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual([
      'error: --slots: must be an integer >= 1, got "0"',
      'error: --window-size: must be an integer >= 1, got "0"',
      'error: --epoch: must be a u64 (a decimal integer 0..18446744073709551615), got "-1"',
      'error: --stakes: stake 1 ("x") must be a u64 (a decimal integer 0..18446744073709551615)',
    ]);
    const none = await run(['--stakes', '0,0']);
    expect(none.code).toBe(1);
    expect(none.err.trim().split('\n')).toEqual([
      'error: --epoch: required (the epoch number, a u64)',
      'error: --stakes: no validator has stake (a schedule needs at least one)',
      'error: --slots: required (how many slots to schedule)',
    ]);
  });

  it('--help says the schedule is a seeded deterministic draw', () => {
    let out = '';
    expect(leaderScheduleCommand(['--help'], { out: (l) => (out += l), err: () => {} })).toBe(0);
    expect(out).toMatch(/seeded\sdeterministic draw, not a VRF/);
  });
});
