import { named, type RuleInput } from './rules.ts';
import type { ConfigProblem } from './types.ts';

/**
 * Rules of the leader-schedule fields (issue 13). The stake-weighted schedule is what the guide's
 * `vrf_enabled` stands for (Solana has no VRF: its schedule is a seeded draw), so it needs that
 * switch on; `leader_offset` and `leader_schedule_epoch` each mean something under one schedule
 * only, and a value the run would ignore is refused rather than dropped silently.
 */
export function checkScheduleRules(input: RuleInput): ConfigProblem[] {
  const c = input.config;
  const ok = (...fields: string[]) => fields.every((f) => !input.bad.has(f));
  const problems: ConfigProblem[] = [];
  if (!ok('leader_schedule')) return problems;
  const weighted = c.leader_schedule === 'stake_weighted';
  if (weighted && ok('vrf_enabled') && !c.vrf_enabled) {
    problems.push({
      field: 'leader_schedule',
      message: `"stake_weighted" needs vrf_enabled true, and the config has ${named(input, 'vrf_enabled')}: vrf_enabled false keeps the round-robin schedule`,
    });
  }
  if (weighted && ok('leader_offset') && c.leader_offset !== null) {
    problems.push({
      field: 'leader_offset',
      message:
        'rotates the round-robin schedule only; with leader_schedule "stake_weighted" set leader_schedule_epoch instead',
    });
  }
  if (!weighted && ok('leader_schedule_epoch') && c.leader_schedule_epoch !== null) {
    problems.push({
      field: 'leader_schedule_epoch',
      message: `seeds the stake-weighted schedule only; set ${named(input, 'leader_schedule')} to "stake_weighted"`,
    });
  }
  return problems;
}
