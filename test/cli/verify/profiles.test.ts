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

  // Beyond the paper's assumptions a violation is the right answer (issue 11): the boundary
  // profile says which of its jobs must find one, so that it can gate CI.
  it('boundary: the jobs beyond the assumptions expect a violation of the right family, the others none', () => {
    const jobs = PROFILES.boundary?.jobs([...DEFAULT_PIPELINE_SCENARIOS, 'integration_tests']) ?? [];
    const expected = Object.fromEntries(
      jobs.filter((j) => j.expect === 'violation').map((j) => [j.id, j.expectedFamily]),
    );
    expect(expected).toEqual({
      'safety_properties@byzantine_at_limit': 'safety',
      'byzantine_resilience@byzantine_at_limit': 'safety',
      'integration_tests@byzantine_at_limit': 'safety',
      // Byzantine validators act in timed runs (e14d453): the timed scenarios find these too.
      'adaptive_timeouts@byzantine_at_limit': 'safety',
      'liveness_properties@offline_at_limit': 'liveness',
      'integration_tests@offline_at_limit': 'liveness',
      'adaptive_timeouts@offline_at_limit': 'liveness',
      'vrf_leader_selection@offline_at_limit': 'liveness',
      'byzantine_resilience@thresholds_at_limit': 'safety',
      'safety_properties@guide_thresholds': 'safety',
      'byzantine_resilience@guide_thresholds': 'safety',
      'integration_tests@guide_thresholds': 'safety',
      'liveness_properties@guide_thresholds': 'safety',
      'adaptive_timeouts@guide_thresholds': 'safety',
      'vrf_leader_selection@guide_thresholds': 'safety',
    });
    for (const job of jobs.filter((j) => j.expect)) expect(job.expectedBecause, job.id).toBeTruthy();
    // 2 of 7 Byzantine: adaptive_timeouts' 30 runs missed CertifiedHasCorrectNotar on seed 1 of 10.
    const adaptive = jobs.find((j) => j.id === 'adaptive_timeouts@byzantine_at_limit');
    expect(adaptive?.runs).toBe(60);
    for (const name of ['small', 'medium', 'large', 'stress'])
      expect(jobsOf(name).filter((j) => j.expect)).toEqual([]);
  });
});
