import { resolve } from 'node:path';
import { byzantineStakeShares, topStakeIds } from '../../core/config/byzantine-by-stake.ts';
import { LIMITS } from '../../core/limits.ts';
import { STRATEGIES } from '../../model/byzantine/strategies.ts';
import type { ModelConfig } from '../../model/config.ts';
import { latencySvg } from '../../report/latency-svg.ts';
import { PAPER_LATENCY } from '../../sim/latency/paper.ts';
import { type MeasuredDelays, measuredDelays } from '../../sim/latency/ping-matrix.ts';
import { type LeaderChoice, latencyModelConfig, runLatency } from '../../sim/latency/run.ts';
import { parseArgs } from '../args.ts';
import { inputError } from '../errors.ts';
import { fileTargetProblems, writeFileAtomic, writeJsonAtomic } from '../io.ts';
import type { Output } from '../output.ts';
import { StopController } from '../stop.ts';
import { readValidatorSetFile } from '../validator-set.ts';
import { AttackJudge } from './attack.ts';
import { LATENCY_FLAGS, latencyHelp } from './flags.ts';
import { readPingServers, readPings } from './ping-files.ts';
import { latencyReport } from './report.ts';
import { latencyConfig } from './setup.ts';

const TIMEOUT_EXIT = 124;

interface Request {
  readonly setPath: string;
  readonly leader: LeaderChoice;
  readonly slots: number;
  readonly seed: string;
  readonly epoch: number;
  readonly latencyModel: 'geographic' | 'uniform';
  /** --pings and --ping-servers: measured links in place of the latency model. */
  readonly pings: { readonly pings: string; readonly servers: string } | null;
  readonly rotor: 'authors' | 'config';
  readonly output: string;
  readonly svg: string | null;
  readonly timeoutSeconds: number | null;
  readonly byzantine: { readonly ppm: bigint; readonly strategy: string } | null;
}

/**
 * `alpenglow latency`: the white paper's latency figure on a real validator set. Ctrl-C ends it
 * at once (no handler: the run is one synchronous loop, and nothing is written until it ends);
 * --timeout stops the run at the deadline and writes the figures of the slots that finished.
 */
export async function latencyCommand(argv: readonly string[], io: Output): Promise<number> {
  const args = parseArgs(argv, LATENCY_FLAGS);
  if (args.flags.help) {
    io.out(latencyHelp());
    return 0;
  }
  const problems = [...args.problems];
  if (args.positionals.length > 0) problems.push(`unexpected argument "${args.positionals[0]}"`);
  const req = request(args.flags, problems);
  if (problems.length > 0) throw inputError(...problems);
  const validators = readValidatorSetFile(req.setPath, '--validator-set');
  const outside = req.leader.kind === 'fixed' ? req.leader.ranks.filter((r) => r >= validators.length) : [];
  if (outside.length > 0)
    throw inputError(`--leader: rank ${outside[0]} is not in the set (ranks 0..${validators.length - 1})`);
  const byzantine = req.byzantine
    ? {
        ids: topStakeIds(
          validators.map((v) => v.stakeLamports),
          req.byzantine.ppm,
        ),
        strategy: req.byzantine.strategy,
      }
    : undefined;
  const config = latencyConfig(validators, {
    latencyModel: req.latencyModel,
    epoch: req.epoch,
    ...(byzantine ? { byzantine } : {}),
  });
  const stop = new StopController(req.timeoutSeconds, null);
  const measured = req.pings
    ? await measuredLinks(req.pings, config.validator_locations ?? [], io, stop.shouldStop)
    : null;
  if (measured === 'stopped') {
    io.err('latency: stopped while reading --pings (--timeout): nothing was run or written');
    return TIMEOUT_EXIT;
  }
  const judge = byzantine ? new AttackJudge(latencyModelConfig(config, req.leader, req.slots)) : null;
  io.err(
    `latency: ${validators.length} validators, ${req.slots} slots, ${leaderText(req.leader, req.epoch)}, ${measured ? 'measured (--pings)' : req.latencyModel} latency, rotor ${req.rotor}`,
  );
  const startedMs = performance.now();
  const result = runLatency({
    config,
    leader: req.leader,
    slots: req.slots,
    seed: req.seed,
    rotor: req.rotor,
    ...(measured ? { linkMatrixMs: measured.matrixMs } : {}),
    shouldStop: stop.shouldStop,
    ...(judge ? { onStep: judge.onStep } : {}),
  });
  const wallMs = performance.now() - startedMs;
  const attack =
    judge && byzantine
      ? { ...byzantineShares(result.cfg, byzantine), ...judge.verdicts(result.state, result.steps) }
      : null;
  const report = {
    ...latencyReport({ ...req, latencyModel: measured ? 'measured' : req.latencyModel }, result, wallMs),
    ping_data: measured ? pingSummary(req, measured) : null,
    attack,
  };
  writeJsonAtomic(req.output, report);
  if (req.svg !== null) {
    const title = `Finalization latency by stake, ${validators.length} validators, ${leaderText(req.leader, req.epoch)}`;
    writeFileAtomic(req.svg, latencySvg(result.rows, title, PAPER_LATENCY.points));
  }
  for (const line of summaryLines(report)) io.out(line);
  if (attack) for (const line of attackLines(attack)) io.out(line);
  io.out(`wrote ${req.output}${req.svg ? ` and ${req.svg}` : ''}`);
  return result.stoppedEarly ? TIMEOUT_EXIT : 0;
}

type Measured = MeasuredDelays & { readonly rows: number; readonly unknownServerRows: number };

/** Reads the ping files and places the validators at their nearest servers (ping-matrix.ts). */
async function measuredLinks(
  files: NonNullable<Request['pings']>,
  locations: NonNullable<ReturnType<typeof latencyConfig>['validator_locations']>,
  io: Output,
  shouldStop: () => boolean,
): Promise<Measured | 'stopped'> {
  const servers = readPingServers(files.servers);
  io.err(`latency: reading ${files.pings} (${servers.length} ping servers)`);
  const reading = await readPings(files.pings, servers, { shouldStop });
  if (reading === null) return 'stopped';
  const delays = measuredDelays(locations, servers, reading.table);
  if (delays.measuredLinks === 0)
    throw inputError(
      "--pings: no link between the validators' nearest servers was measured (every link would be modelled)",
    );
  const total = delays.measuredLinks + delays.modelledLinks;
  io.err(
    `latency: ${delays.measuredLinks.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} links between data centres from pings, the rest from the geographic model`,
  );
  if (reading.unknownServerRows > 0)
    io.err(
      `latency: ${reading.unknownServerRows} of ${reading.rows} ping rows name a server --ping-servers lacks (skipped)`,
    );
  return { ...delays, rows: reading.rows, unknownServerRows: reading.unknownServerRows };
}

function pingSummary(req: Request, measured: Measured) {
  return {
    pings: req.pings?.pings,
    ping_servers: req.pings?.servers,
    servers_used: new Set(measured.serverOf.filter((s) => s !== null)).size,
    links_from_pings: measured.measuredLinks,
    links_from_model: measured.modelledLinks,
    rows: measured.rows,
    rows_skipped_unknown_server: measured.unknownServerRows,
  };
}

function byzantineShares(cfg: ModelConfig, byzantine: { ids: readonly number[]; strategy: string }) {
  // The sim driver's exact shares (byzantine-by-stake.ts), as a fraction here.
  const { stake_percent } = byzantineStakeShares(cfg.stakes, byzantine.ids);
  return {
    strategy: byzantine.strategy,
    byzantine_ids: byzantine.ids,
    byzantine_stake_share: stake_percent / 100,
  };
}

function attackLines(
  attack: NonNullable<ReturnType<typeof byzantineShares> & ReturnType<AttackJudge['verdicts']>>,
): string[] {
  const broken = Object.entries(attack.safety).filter(([, v]) => v !== null);
  return [
    `  attack: ${attack.byzantine_ids.length} validators (${(attack.byzantine_stake_share * 100).toFixed(3)} % of stake) ${attack.strategy}`,
    broken.length === 0
      ? `  safety: every property holds (${attack.checked_states} states checked, every ${attack.stride.toLocaleString('en-US')}th and the last)`
      : `  safety VIOLATED: ${broken.map(([name, message]) => `${name}: ${message}`).join('; ')}`,
    `  finalized by every correct node up to slot ${attack.finalized_by_every_correct_node}`,
  ];
}

function leaderText(leader: LeaderChoice, epoch: number): string {
  if (leader.kind === 'random') return `random leaders (Solana's schedule, epoch ${epoch})`;
  return leader.ranks.length === 1
    ? `leader rank ${leader.ranks[0]}`
    : `leaders ${leader.ranks.join(', ')} in turn`;
}

function summaryLines(report: ReturnType<typeof latencyReport>): string[] {
  const at = (p: number) => report.percentiles.find((r) => r.percentile === p);
  const ms = (v: number | null | undefined) => (v === undefined || v === null ? '—' : `${v.toFixed(1)} ms`);
  return [
    `  median (p50) ${ms(at(50)?.total_ms)}   p1 ${ms(at(1)?.total_ms)}   p80 ${ms(at(80)?.total_ms)}   p100 ${ms(at(100)?.total_ms)}`,
    `  paper (§3.7, random leaders): median ≈ ${PAPER_LATENCY.medianMs} ms; the authors' plot p1 ≈ 142, p80 ≈ 205, p100 ≈ 300 ms`,
    `  simulated ${report.slots_simulated} slots (${report.slots_counted} counted) in ${(report.wall_ms / 1000).toFixed(1)} s: ${report.simulated_slots_per_second.toFixed(3)} slots/s, ${Math.round(report.events_per_second).toLocaleString('en-US')} events/s`,
  ];
}

function request(flags: Readonly<Record<string, string | number | boolean>>, problems: string[]): Request {
  const setPath = flags['validator-set'] as string | undefined;
  if (setPath === undefined) problems.push('--validator-set: required (a CSV of validators)');
  const output = flags.output as string | undefined;
  if (output === undefined) problems.push('--output: required (FILE.json)');
  else problems.push(...fileTargetProblems(output, '--output'));
  const svg = (flags.svg as string | undefined) ?? null;
  if (svg !== null) problems.push(...fileTargetProblems(svg, '--svg'));
  const inputs = (['validator-set', 'pings', 'ping-servers'] as const).map(
    (flag) => [flag, flags[flag] as string | undefined] as const,
  );
  problems.push(...collisions(inputs, output, svg));
  const slots = flags.slots as number | undefined;
  if (slots !== undefined && slots > LIMITS.maxSlots)
    problems.push(`--slots: must be <= ${LIMITS.maxSlots}, got ${slots}`);
  const epochText = (flags.epoch as string | undefined) ?? '780';
  if (!/^\d{1,15}$/.test(epochText)) problems.push(`--epoch: must be a whole number, got "${epochText}"`);
  const model = (flags['latency-model'] as string | undefined) ?? 'geographic';
  if (model !== 'geographic' && model !== 'uniform')
    problems.push(`--latency-model: must be geographic or uniform, got "${model}"`);
  const pings = (flags.pings as string | undefined) ?? null;
  const pingServers = (flags['ping-servers'] as string | undefined) ?? null;
  if ((pings === null) !== (pingServers === null))
    problems.push(
      pings === null ? '--ping-servers: needs --pings' : '--pings: needs --ping-servers (the servers file)',
    );
  if (pings !== null && flags['latency-model'] !== undefined)
    problems.push('--latency-model: not with --pings (the links are measured)');
  const rotor = (flags.rotor as string | undefined) ?? 'authors';
  if (rotor !== 'authors' && rotor !== 'config')
    problems.push(`--rotor: must be authors or config, got "${rotor}"`);
  return {
    setPath: setPath ?? '',
    leader: leaderChoice((flags.leader as string | undefined) ?? 'random', problems),
    slots: slots ?? 8,
    seed: (flags.seed as string | undefined) ?? 'latency',
    epoch: Number(epochText),
    latencyModel: model as Request['latencyModel'],
    pings: pings !== null && pingServers !== null ? { pings, servers: pingServers } : null,
    rotor: rotor as Request['rotor'],
    output: output ?? '',
    svg,
    timeoutSeconds: (flags.timeout as number | undefined) ?? null,
    byzantine: byzantineRequest(flags, problems),
  };
}

function leaderChoice(text: string, problems: string[]): LeaderChoice {
  if (text === 'random') return { kind: 'random' };
  if (/^\d+(,\d+)*$/.test(text)) return { kind: 'fixed', ranks: text.split(',').map(Number) };
  problems.push(
    `--leader: must be random or validator ranks R[,R…] (0 = largest stake; windows take them in turn), got "${text}"`,
  );
  return { kind: 'random' };
}

function byzantineRequest(
  flags: Readonly<Record<string, string | number | boolean>>,
  problems: string[],
): Request['byzantine'] {
  const text = flags['byzantine-top-stake'] as string | undefined;
  const strategy = (flags['byzantine-strategy'] as string | undefined) ?? 'equivocating_leader';
  if (text === undefined) {
    if (flags['byzantine-strategy'] !== undefined)
      problems.push('--byzantine-strategy: needs --byzantine-top-stake');
    return null;
  }
  const match = /^0?\.(\d{1,6})$/.exec(text) ?? /^(0)$/.exec(text);
  if (match === null) {
    problems.push(
      `--byzantine-top-stake: must be a fraction 0 <= F < 1 with at most 6 decimals, got "${text}"`,
    );
    return null;
  }
  if (!(strategy in STRATEGIES)) {
    const names = Object.keys(STRATEGIES).join(', ');
    problems.push(`--byzantine-strategy: unknown strategy "${strategy}" (one of ${names})`);
  }
  const digits = (match[1] as string).padEnd(6, '0');
  return { ppm: BigInt(digits), strategy };
}

/** Two flags naming one file: a run would overwrite one of its inputs, or one output the other. */
function collisions(
  inputs: readonly (readonly [string, string | undefined])[],
  output: string | undefined,
  svg: string | null,
): string[] {
  const same = (a: string | undefined | null, b: string | undefined | null) =>
    a !== undefined && a !== null && b !== undefined && b !== null && resolve(a) === resolve(b);
  const problems: string[] = [];
  for (const [flag, path] of inputs) {
    if (same(output, path)) problems.push(`--output: is the --${flag} file (it would be overwritten)`);
    if (same(svg, path)) problems.push(`--svg: is the --${flag} file (it would be overwritten)`);
  }
  if (same(svg, output)) problems.push('--svg: is the --output file (give two files)');
  return problems;
}
