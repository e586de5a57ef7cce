import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core/config/index.ts';
import { buildTrace } from '../../src/sim/trace.ts';
import { BIN, REPO, runInProcess, tempDir } from '../helpers/cli.ts';

/**
 * Issue 11, defect 2: every command the tool prints must run as printed, from the directory the
 * user ran it in. Each test runs the real CLI from a chosen cwd, takes the printed `reproduce:` and
 * `rerun:` lines, and runs them verbatim with `sh -c` from that same cwd. Pages made from the
 * repository root, which only show commands, are made in this process (runInProcess).
 */

/** 3 of 5 validators offline: correct stake below S, so one timed run stalls (cheap and certain). */
const STALL = {
  validators: 5,
  byzantine_count: 0,
  offline_count: 3,
  fast_path_threshold: 0.8,
  slow_path_threshold: 0.6,
};

interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(command: string, args: readonly string[], cwd: string): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const cli = (args: readonly string[], cwd: string) => run(process.execPath, [BIN, ...args], cwd);
const shell = (line: string, cwd: string) => run('sh', ['-c', line], cwd);

/** The commands after `prefix: ` on stdout, in order. */
function printed(stdout: string, prefix: 'reproduce' | 'rerun'): string[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith(`${prefix}: `))
    .map((l) => l.slice(prefix.length + 2));
}

const stall = (cwd: string, config: string, output: string) =>
  cli(['liveness_properties', '--config', config, '--output', output, '--runs', '1', '--seed', '1'], cwd);

describe('printed commands run as printed', () => {
  // One stalled run from the repository root, with absolute paths, shared by the first and third test.
  const dir = tempDir();
  const output = join(dir, 'r.json');
  let fromRoot: Ran;
  beforeAll(async () => {
    const config = join(dir, 'stall.json');
    writeFileSync(config, JSON.stringify(STALL));
    fromRoot = await stall(REPO, config, output);
  });

  it('from the repository root: ./bin/alpenglow replay <trace>, which reproduces', async () => {
    expect(fromRoot.code, fromRoot.stderr).toBe(1);
    const [reproduce] = printed(fromRoot.stdout, 'reproduce');
    expect(reproduce).toBe(`./bin/alpenglow replay ${join(dir, 'r.EventualProgress.trace.json')}`);
    const again = await shell(reproduce as string, REPO);
    expect(again.code, again.stderr).toBe(1);
    expect(again.stdout).toContain('recorded violation EventualProgress: reproduced');
  });

  it('from a directory outside the repository, with relative paths and a space in one', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'stall.json'), JSON.stringify(STALL));
    mkdirSync(join(cwd, 'my out'));
    const r = await stall(cwd, 'stall.json', 'my out/r.json');
    expect(r.code, r.stderr).toBe(1);
    const [reproduce] = printed(r.stdout, 'reproduce');
    expect(reproduce).toBe(`${BIN} replay 'my out/r.EventualProgress.trace.json'`);
    const again = await shell(reproduce as string, cwd);
    expect(again.code, again.stderr).toBe(1);
    expect(again.stdout).toContain('recorded violation EventualProgress: reproduced');
    const [rerun] = printed(r.stdout, 'rerun');
    expect(rerun).toContain('--config stall.json');
    const repeated = await shell(rerun as string, cwd);
    expect(repeated.code, repeated.stderr).toBe(1);
    expect(printed(repeated.stdout, 'rerun')).toEqual([rerun]);
    expect(repeated.stdout).toMatch(/EventualProgress +VIOLATED/);
  });

  it('report --html shows the same commands; a timed trace opens too, with the command that replays it', async () => {
    const [reproduce] = printed(fromRoot.stdout, 'reproduce');
    const [rerun] = printed(fromRoot.stdout, 'rerun');
    const page = join(dir, 'r.html');
    expect((await runInProcess(['report', output, '--html', page])).code).toBe(0);
    const html = readFileSync(page, 'utf8');
    const escaped = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    expect(html).toContain(escaped(rerun as string));
    expect(html).toContain(escaped(reproduce as string));
    const trace = join(dir, 'r.EventualProgress.trace.json');
    const shown = await runInProcess(['report', trace, '--html', join(dir, 't.html')]);
    expect(shown.code, shown.stderr).toBe(0);
    expect(readFileSync(join(dir, 't.html'), 'utf8')).toContain(`./bin/alpenglow replay ${trace}`);
  });

  it('report --html of an untimed trace names the replay command, quoted when the path has a space', async () => {
    const dir = tempDir();
    const trace = join(dir, 'my trace.json');
    const config = { ...DEFAULT_CONFIG, leader_offset: 0, seed: 1 };
    writeFileSync(trace, JSON.stringify(buildTrace({ config, seed: 1, actions: [], violation: null })));
    const page = join(dir, 't.html');
    const shown = await runInProcess(['report', trace, '--html', page]);
    expect(shown.code, shown.stderr).toBe(0);
    expect(readFileSync(page, 'utf8')).toContain(`./bin/alpenglow replay &#39;${trace}&#39;`);
  });

  it('through `npm run alpenglow` from a subdirectory: npm run -s alpenglow -- …, which runs there', async () => {
    // npm runs the script at the package root, so the user's paths are relative to it; the printed
    // commands keep those paths and go back through npm, which works from any directory of the package.
    const sub = join(REPO, 'test', 'cli');
    const config = relative(REPO, join(dir, 'stall.json'));
    const out = relative(REPO, join(dir, 'npm.json'));
    const args = ['--config', config, '--output', out, '--runs', '1', '--seed', '1'];
    const r = await run('npm', ['run', '-s', 'alpenglow', '--', 'liveness_properties', ...args], sub);
    expect(r.code, r.stderr).toBe(1);
    const [reproduce] = printed(r.stdout, 'reproduce');
    expect(reproduce).toBe(
      `npm run -s alpenglow -- replay ${out.replace('.json', '.EventualProgress.trace.json')}`,
    );
    const [rerun] = printed(r.stdout, 'rerun');
    expect(rerun).toMatch(/^npm run -s alpenglow -- liveness_properties /);
    // In parallel (each npm start costs ~1 s): the rerun rewrites the trace atomically, same bytes.
    const [again, repeated, typo] = await Promise.all([
      shell(reproduce as string, sub),
      shell(rerun as string, sub),
      run('npm', ['run', '-s', 'alpenglow', '--', 'safety'], sub),
    ]);
    expect(again.code, again.stderr).toBe(1);
    expect(again.stdout).toContain('recorded violation EventualProgress: reproduced');
    expect(repeated.code, repeated.stderr).toBe(1);
    expect(printed(repeated.stdout, 'rerun')).toEqual([rerun]);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain("see 'npm run -s alpenglow -- --help'");
  });

  it('report --html made in another directory: every command on the page runs from there', async () => {
    // The reviewer's case: a report of a run with relative paths, its page made elsewhere.
    const ranIn = tempDir();
    writeFileSync(join(ranIn, 'stall.json'), JSON.stringify(STALL));
    expect((await stall(ranIn, 'stall.json', 'r.json')).code).toBe(1);
    const madeIn = tempDir();
    const fresh = await pageCommands(join(ranIn, 'r.json'), madeIn);
    expect(fresh.commands).toHaveLength(3); // rerun, and the two stalled properties' replays
    const [rerun, ...replays] = await Promise.all(fresh.commands.map((c) => shell(c, madeIn)));
    expect(rerun?.code, rerun?.stderr).toBe(1);
    expect(rerun?.stdout).toMatch(/EventualProgress +VIOLATED/);
    for (const replay of replays) {
      expect(replay.code, replay.stderr).toBe(1);
      expect(replay.stdout).toMatch(/recorded violation \w+: reproduced/);
    }
  });
});

/** `report INPUT --html` run in `cwd`: the page's commands (rerun row, then each reproduce), unescaped. */
async function pageCommands(input: string, cwd: string): Promise<{ commands: string[] }> {
  const page = join(cwd, 'page.html');
  const made = await cli(['report', input, '--html', page], cwd);
  expect(made.code, made.stderr).toBe(0);
  const html = readFileSync(page, 'utf8');
  const fromEntities = (s: string) => s.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));
  const rerun = /<th>rerun<\/th><td>(.*?)<\/td>/.exec(html)?.[1];
  const reproduce = [...html.matchAll(/<code>(.*?)<\/code>/g)].map((m) => m[1] as string);
  return { commands: [rerun as string, ...reproduce].map(fromEntities) };
}
