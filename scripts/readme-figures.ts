import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm run figures`: runs the commands whose timings and counts README quotes, as README prints
 * them (output paths moved to a temporary folder), and prints what they measured. README's
 * figures come from this script on an idle 2-core machine; the per-step rates README quotes come
 * from `npm run bench -- model` instead (a tight loop over one step, no I/O, no shrinking), which
 * is why they are higher than the states/s a CLI summary shows (see `statesPerSecond` below).
 */

const repo = new URL('..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'alpenglow-figures-'));

/** CPU seconds of this process's waited-for children (Linux /proc/self/stat cutime + cstime). */
function childrenCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  // After the ") " ending the command name, field 3 of proc_pid_stat(5) is index 0, so field n is
  // index n - 3: cutime is field 16, cstime 17.
  const ticks = Number(fields[13]) + Number(fields[14]);
  return ticks / 100; // USER_HZ is 100 on Linux
}

interface Measured {
  readonly wallS: number;
  readonly cpuS: number;
  readonly exit: number | null;
  readonly stdout: string;
}

function measure(args: readonly string[]): Measured {
  const cpu0 = childrenCpuSeconds();
  const t0 = performance.now();
  const r = spawnSync('./bin/alpenglow', args, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
  return {
    wallS: (performance.now() - t0) / 1000,
    cpuS: childrenCpuSeconds() - cpu0,
    exit: r.status,
    stdout: r.stdout,
  };
}

const rows: [string, string, string][] = [];
const fmt = (s: number) => `${s.toFixed(1)} s`;

// 1. npm start: `alpenglow verify --profile small` (README: Quick start, `alpenglow verify`).
const start = measure(['verify', '--profile', 'small', '--out-dir', join(out, 'verify')]);
const sessions = spawnSync('ls', [join(out, 'verify')], { encoding: 'utf8' })
  .stdout.trim()
  .split('\n');
const summary = JSON.parse(readFileSync(join(out, 'verify', sessions[0] ?? '', 'summary.json'), 'utf8')) as {
  scenarios?: { id: string; duration_ms: number }[];
};
const perScenario = (summary.scenarios ?? [])
  .map((s) => `${s.id} ${Math.round(s.duration_ms / 1000)} s`)
  .join(', ');
rows.push([
  'npm start (verify --profile small)',
  'Quick start, `alpenglow verify`',
  `${fmt(start.wallS)} wall, ${fmt(start.cpuS)} CPU, exit ${start.exit} (${perScenario})`,
]);

// 2. The exhaustive example (README: Exhaustive exploration).
const exh = measure([
  'safety_properties',
  '--mode',
  'exhaustive',
  '--config',
  'configs/equivocation-20-percent.json',
  '--depth',
  '8',
  '--output',
  join(out, 'exhaustive.json'),
]);
const exhReport = JSON.parse(readFileSync(join(out, 'exhaustive.json'), 'utf8')) as {
  states_explored: number;
  metrics: { coverage: { unique_states: number | null } };
};
const distinct = exhReport.metrics.coverage.unique_states ?? 0;
rows.push([
  'exhaustive example, depth 8',
  'Exhaustive exploration',
  `${fmt(exh.wallS)} wall, ${fmt(exh.cpuS)} CPU, ${distinct.toLocaleString('en-US')} distinct states (${exhReport.states_explored.toLocaleString('en-US')} checked), exit ${exh.exit}`,
]);

// 3. The counterexample example (README: Reading a counterexample): how many properties fail.
const eq = measure([
  'safety_properties',
  '--config',
  'configs/equivocation-20-percent.json',
  '--output',
  join(out, 'eq.json'),
  '--seed',
  '7',
  '--runs',
  '2000',
]);
const eqReport = JSON.parse(readFileSync(join(out, 'eq.json'), 'utf8')) as {
  property_results: { passed: boolean | null }[];
  states_explored: number;
  duration_ms: number;
  metrics: { states_per_second: number };
};
const failing = eqReport.property_results.filter((p) => p.passed === false).length;
rows.push([
  'properties failing in the counterexample example',
  'Reading a counterexample',
  `${failing} (exit ${eq.exit}, ${fmt(eq.wallS)} wall)`,
]);
rows.push([
  'states/s of that run (whole run: search, shrinking, traces)',
  'Tests, long runs and benchmarks',
  `${Math.round(eqReport.metrics.states_per_second).toLocaleString('en-US')} states/s`,
]);
for (const line of eq.stdout.split('\n').filter((l) => /VIOLATED/.test(l))) {
  rows.push(['summary line', 'Reading a counterexample', line.trim()]);
}

rmSync(out, { recursive: true, force: true });
console.log('| figure | README section | measured |\n|---|---|---|');
for (const [figure, where, value] of rows) console.log(`| ${figure} | ${where} | ${value} |`);
