import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core/config/index.ts';
import { buildModelConfig } from '../../src/model/config.ts';
import { testConfig } from '../helpers/config.ts';

// buildModelConfig resolves a config into what the model needs: stakes, roles, exact quorums.

describe('buildModelConfig quorums (reference §1)', () => {
  it.each([
    // [stakes, F, S, fast, slow, fallback (S − f), minOwn (f)]
    [[1, 1, 1, 1, 1], 0.8, 0.6, 4, 3, 2, 1],
    [[10, 20, 30, 40], 0.8, 0.6, 80, 60, 40, 20],
    [[1, 1, 1, 1, 1, 1, 1], 0.8, 0.6, 6, 5, 3, 2],
    [[1, 1, 1, 1, 1], 0.67, 0.51, 4, 3, 1, 2],
  ])('stakes %j with F=%d, S=%d', (stakes, fast, slow, qFast, qSlow, qFallback, qMinOwn) => {
    const cfg = testConfig({ stakes, fast, slow });
    const quorum = { fast: qFast, slow: qSlow, fallback: qFallback, minOwn: qMinOwn };
    expect(cfg.quorum).toEqual(Object.fromEntries(Object.entries(quorum).map(([k, q]) => [k, BigInt(q)])));
    expect(cfg.totalStake).toBe(BigInt(stakes.reduce((a, b) => a + b, 0)));
  });
});

describe('buildModelConfig roles', () => {
  it('places Byzantine validators at the highest ids and offline ones just below (design.md §5)', () => {
    const cfg = buildModelConfig({ ...DEFAULT_CONFIG, validators: 6, byzantine_count: 2, offline_count: 1 });
    expect(cfg.roles).toEqual(['honest', 'honest', 'honest', 'offline', 'byzantine', 'byzantine']);
    expect(cfg.honest).toEqual([0, 1, 2]);
    expect(cfg.byzantine).toEqual([4, 5]);
  });

  it('uses explicit id lists when given', () => {
    const cfg = testConfig({ stakes: [1, 1, 1, 1], byzantine: [0], offline: [2] });
    expect(cfg.roles).toEqual(['byzantine', 'honest', 'offline', 'honest']);
  });

  it('gives stake 1 to every validator without a stake distribution', () => {
    const cfg = buildModelConfig({ ...DEFAULT_CONFIG, validators: 3, byzantine_count: 0, offline_count: 0 });
    expect(cfg.stakes).toEqual([1n, 1n, 1n]);
    expect(cfg.totalStake).toBe(3n);
  });
});

describe('buildModelConfig protocol (issue 12)', () => {
  it('runs the white paper, with no implementation rule, when the config does not say', () => {
    const cfg = buildModelConfig(DEFAULT_CONFIG);
    expect(cfg.protocol).toBe('whitepaper');
    expect(cfg.rules).toEqual({
      voteConflicts: false,
      fastFinalizationAlone: false,
      crashedLeaderTimer: false,
      parentReadyFromFinalization: false,
      allVersionsPending: false,
    });
  });

  it('applies every agave rule under protocol "agave"', () => {
    const cfg = buildModelConfig({ ...DEFAULT_CONFIG, protocol: 'agave' });
    expect(cfg.protocol).toBe('agave');
    expect(cfg.rules).toEqual({
      voteConflicts: true,
      fastFinalizationAlone: true,
      crashedLeaderTimer: true,
      parentReadyFromFinalization: true,
      allVersionsPending: true,
    });
  });
});
