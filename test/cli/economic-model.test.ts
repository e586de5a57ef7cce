import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDir, writeConfig } from '../helpers/cli.ts';
import { readReport, reportSchemaErrors } from '../helpers/schema.ts';

// Issue 14's acceptance through the CLI: `alpenglow economic_model` on the guide's example config
// and on a stake_distribution with censoring leaders: exit 0, a schema-valid report, real numbers.

interface Economics {
  first_run: Record<string, string | number>;
  censorship: Record<string, unknown>;
  double_voter: Record<string, unknown>;
  forged_inclusions_refused: number;
}

function economicsOf(path: string): Economics {
  const report = readReport(path);
  expect(reportSchemaErrors(report)).toEqual([]);
  expect(report.success).toBe(true);
  return (report.extra as { economics: Economics }).economics;
}

describe('alpenglow economic_model', () => {
  it("on the guide's example config: exit 0, supply before and after, rewards and VAT in lamports", async () => {
    const output = join(tempDir(), 'eco.json');
    const r = await runInProcess([
      'economic_model',
      '--config',
      'configs/small_stateright.json',
      '--runs',
      '2',
      '--seed',
      '1',
      '--output',
      output,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const e = economicsOf(output);
    const f = e.first_run;
    const lamports = (key: string) => BigInt(f[key] as string);
    const before = lamports('supply_before_lamports');
    const after = lamports('supply_after_lamports');
    const paid = lamports('rewards_paid_lamports');
    const burned = lamports('vat_burned_lamports');
    expect(before).toBe(600_000_000_000_000_000n);
    expect(paid).toBeGreaterThan(0n);
    // 5 validators admitted at the boundaries into epochs 1, 2, 3 (for epochs 2, 3, 4): 15 VATs of 1.6 SOL.
    expect(burned).toBe(24_000_000_000n);
    expect(after - before).toBe(paid - burned);
    expect(Number(f.slots_claimed)).toBeGreaterThan(10);
    expect(BigInt(e.double_voter.gain_lamports as string)).toBe(0n);
    expect(e.forged_inclusions_refused).toBeGreaterThan(0);
    expect(r.stdout).toMatch(/SupplyConservation +holds/);
    expect(r.stdout).not.toMatch(/note: validator \d+ was not admitted/);
  });

  it('says so when a validator is not admitted (its vote account below the VAT) but still acts in the protocol run', async () => {
    const dir = tempDir();
    const config = writeConfig(dir, 'poor.json', { vote_balances: { '0': 1_000_000_000 } });
    const output = join(dir, 'poor-report.json');
    const r = await runInProcess([
      'economic_model',
      '--config',
      config,
      '--runs',
      '1',
      '--seed',
      '1',
      '--output',
      output,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /note: validator 0 was not admitted in epochs? [\d, ]+: unpaid there, but the protocol run keeps the configured stakes/,
    );
    const warnings = (readReport(output).extra as { economics: { warnings: string[] } }).economics.warnings;
    expect(warnings).toHaveLength(1);
  });

  it('with a stake_distribution and censoring leaders: still exit 0, and the censored validator loses', async () => {
    const dir = tempDir();
    const config = writeConfig(dir, 'censor.json', {
      validators: 5,
      byzantine_count: 0,
      offline_count: 0,
      fast_path_threshold: 0.8,
      slow_path_threshold: 0.6,
      network_delay: 50,
      timeout_ms: 600,
      stake_distribution: { 0: 30, 1: 25, 2: 20, 3: 15, 4: 10 },
      reward_censors: [0, 1],
      reward_censored: [4],
    });
    const output = join(dir, 'eco.json');
    const r = await runInProcess([
      'economic_model',
      '--config',
      config,
      '--runs',
      '2',
      '--seed',
      '2',
      '--output',
      output,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const e = economicsOf(output);
    expect(e.censorship.censors).toEqual([0, 1]);
    expect(BigInt(e.censorship.censored_loss_lamports as string)).toBeGreaterThan(0n);
    expect(e.censorship.censored_loss_ppm).toBeGreaterThan(0);
  });
});
