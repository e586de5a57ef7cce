import {
  checkStakeProportional,
  type StakeProportionalResult,
} from '../../../properties/schedule/stake-proportional.ts';
import { SOLANA_SCHEDULE, type StakeEntry } from '../../../properties/schedule/types.ts';
import { type FlagSpec, parseArgs } from '../args.ts';
import { inputError } from '../errors.ts';
import { flagTable } from '../help.ts';
import type { Output } from '../output.ts';

export const LEADER_SCHEDULE_FLAGS: readonly FlagSpec[] = [
  {
    name: 'epoch',
    type: 'string',
    value: 'E',
    description: 'the epoch number (u64): the only seed of the draw',
  },
  {
    name: 'stakes',
    type: 'string',
    value: 'S0,S1,…',
    description: 'stake of validator 0, 1, … (u64 each; 0: never leads)',
  },
  {
    name: 'slots',
    type: 'int',
    value: 'N',
    min: 1,
    description: 'slots to schedule (the last window is cut at N)',
  },
  {
    name: 'window-size',
    type: 'int',
    value: 'W',
    min: 1,
    description: 'slots per leader window, one draw each (default 4)',
  },
  {
    name: 'json',
    type: 'boolean',
    description: 'print the leader of every slot as JSON instead of the summary',
  },
  { name: 'help', type: 'boolean', description: 'show this help' },
];

/** Slots one call may schedule (an agave epoch has 432,000). */
const MAX_SLOTS = 10_000_000;
const U64_MAX = 2n ** 64n - 1n;
const U64_RULE = `a u64 (a decimal integer 0..${U64_MAX})`;

export function leaderScheduleHelp(): string {
  return `alpenglow leader-schedule --epoch E --stakes S0,S1,… --slots N [--window-size W] [--json]

Solana's leader schedule, exactly as agave computes it (ledger/src/leader_schedule.rs): a seeded
deterministic draw, not a VRF. Validators with stake are sorted by stake (equal stakes by id,
descending, for agave's vote address); ChaCha20 keyed by the epoch draws one leader per window,
with probability stake / total stake. Validators are the indices of --stakes, in the order given.
Without --json: per validator, windows led against its stake share (z: standard deviations from
the expected count under Binomial(windows, share)).

flags:
${flagTable(LEADER_SCHEDULE_FLAGS)}`;
}

function u64(text: string): bigint | null {
  if (!/^\d+$/.test(text)) return null;
  const value = BigInt(text);
  return value <= U64_MAX ? value : null;
}

interface Request {
  readonly epoch: bigint;
  readonly stakes: bigint[];
  readonly slots: number;
  readonly windowSize: number;
}

function request(flags: Readonly<Record<string, string | number | boolean>>, problems: string[]): Request {
  const epochText = flags.epoch as string | undefined;
  const epoch = epochText === undefined ? null : u64(epochText);
  if (epochText === undefined) problems.push('--epoch: required (the epoch number, a u64)');
  else if (epoch === null) problems.push(`--epoch: must be ${U64_RULE}, got "${epochText}"`);
  const stakesText = flags.stakes as string | undefined;
  const stakes: bigint[] = [];
  if (stakesText === undefined) problems.push('--stakes: required (S0,S1,…)');
  else {
    stakesText.split(',').forEach((part, i) => {
      const stake = u64(part.trim());
      if (stake === null) problems.push(`--stakes: stake ${i} ("${part}") must be ${U64_RULE}`);
      else stakes.push(stake);
    });
    const total = stakes.reduce((a, b) => a + b, 0n);
    if (stakes.length === stakesText.split(',').length && total === 0n)
      problems.push('--stakes: no validator has stake (a schedule needs at least one)');
    if (total > U64_MAX) problems.push('--stakes: the total stake must fit a u64');
  }
  if (flags.slots === undefined && !problems.some((p) => p.startsWith('--slots')))
    problems.push('--slots: required (how many slots to schedule)');
  if ((flags.slots as number) > MAX_SLOTS) problems.push(`--slots: must be <= ${MAX_SLOTS}`);
  return {
    epoch: epoch ?? 0n,
    stakes,
    slots: flags.slots as number,
    windowSize: (flags['window-size'] as number) ?? 4,
  };
}

export function leaderScheduleCommand(argv: readonly string[], io: Output): number {
  const args = parseArgs(argv, LEADER_SCHEDULE_FLAGS);
  if (args.flags.help) {
    io.out(leaderScheduleHelp());
    return 0;
  }
  if (args.positionals.length > 0) args.problems.push(`unexpected argument "${args.positionals[0]}"`);
  const problems = [...args.problems];
  const req = request(args.flags, problems);
  if (problems.length > 0) throw inputError(...problems);
  const entries: StakeEntry[] = req.stakes.map((stake, id) => ({ id, stake }));
  const windows = Math.ceil(req.slots / req.windowSize);
  const leaders = SOLANA_SCHEDULE(entries, req.epoch, windows * req.windowSize, req.windowSize).slice(
    0,
    req.slots,
  );
  if (args.flags.json) {
    const json = {
      epoch: String(req.epoch),
      stakes: req.stakes.map(String),
      slots: req.slots,
      window_size: req.windowSize,
      leaders,
    };
    io.out(JSON.stringify(json));
    return 0;
  }
  // The summary counts windows, the draws: one epoch, so the statistics are of this schedule only.
  const stats = checkStakeProportional({
    stakes: req.stakes,
    epochs: [req.epoch],
    windowsPerEpoch: windows,
    significance: 0.001,
    algorithm: SOLANA_SCHEDULE,
  });
  io.out(summary(req, windows, stats));
  return 0;
}

function summary(req: Request, windows: number, stats: StakeProportionalResult): string {
  const head = [
    "Solana's stake-weighted leader schedule (agave): a seeded deterministic draw, not a VRF",
    `epoch ${req.epoch}: ${req.slots} slots, ${windows} windows of ${req.windowSize} slots`,
    '',
    `${'validator'.padStart(9)} ${'stake'.padStart(20)} ${'share'.padStart(7)} ${'windows'.padStart(8)} ${'led'.padStart(7)} ${'z'.padStart(7)}`,
  ];
  const rows = stats.per_validator.map((v) =>
    [
      String(v.id).padStart(9),
      String(req.stakes[v.id]).padStart(20),
      v.stake_share.toFixed(4).padStart(7),
      String(v.windows_led).padStart(8),
      v.share_led.toFixed(4).padStart(7),
      (v.z === null ? '—' : v.z.toFixed(2)).padStart(7),
    ].join(' '),
  );
  const tail = `largest deviation: ${stats.largest_deviation_sd.toFixed(2)} standard deviations (validator ${stats.largest_deviation_validator ?? '—'})`;
  return [...head, ...rows, '', tail].join('\n');
}
