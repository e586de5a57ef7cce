import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../../scenarios/index.ts';
import { DEFAULT_PIPELINE_SCENARIOS, PROFILES } from '../../../src/cli/verify/profiles.ts';
import { validateConfig } from '../../../src/core/config/index.ts';

const jobsOf = (name: string) => PROFILES[name]?.jobs(DEFAULT_PIPELINE_SCENARIOS) ?? [];

describe('verify profiles', () => {
  it.each(Object.keys(PROFILES))('%s: every job config passes validation', (name) => {
    for (const job of jobsOf(name)) expect(validateConfig(job.config).ok, job.id).toBe(true);
  });

  // With one window the only ParentReady is genesis's: a broken Skip-certificate chain in
  // ParentReady passed every profile until they reached a second window.
  it.each(Object.keys(PROFILES))('%s: every job reaches a second leader window', (name) => {
    const jobs = jobsOf(name).filter((j) => j.config.validators > 1);
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) {
      expect(job.config.max_rounds, job.id).toBeGreaterThan(job.config.leader_window_size);
    }
  });

  it('stress forces the simulator and lists only scenarios that have it', () => {
    const stress = PROFILES.stress;
    expect(stress?.onlyMode).toBe('sim');
    for (const job of jobsOf('stress')) expect(job.config.validators).toBeGreaterThanOrEqual(100);
    expect(SCENARIOS.liveness_properties.modes).toContain('sim');
  });
});
