import { describe, expect, it } from 'vitest';
import { rngFromSeed } from '../../../src/core/rng.ts';
import { NO_FAULTS } from '../../../src/sim/timed/fault-plan.ts';
import { baseOneWayMs, JITTER_FRACTION, type ValidatorLocation } from '../../../src/sim/timed/geo-latency.ts';
import { NetworkTiming } from '../../../src/sim/timed/network.ts';
import { deltaBoundMs, timedParams } from '../../../src/sim/timed/params.ts';
import { runTimed, timedConfig } from '../../helpers/timed.ts';

const LOCATIONS: (ValidatorLocation | null)[] = [
  { lat_deg: 50.1109, lon_deg: 8.6821, data_center: 'FRA-1' },
  { lat_deg: 50.1109, lon_deg: 8.6821, data_center: 'FRA-1' },
  { lat_deg: 52.3676, lon_deg: 4.9041, data_center: 'AMS' },
  { lat_deg: 39.0438, lon_deg: -77.4874, data_center: 'ASH' },
  { lat_deg: 35.6762, lon_deg: 139.6503, data_center: 'TYO' },
  null,
];

const config = timedConfig({
  validators: LOCATIONS.length,
  latency_model: 'geographic',
  validator_locations: LOCATIONS,
  max_rounds: 8,
});

/** Every link's delay as the network gives it: a message leaving at 0 arrives at ceil(link). */
function arrivals(seed: string): number[] {
  const n = LOCATIONS.length;
  const net = new NetworkTiming(timedParams(config), NO_FAULTS, n, rngFromSeed(seed));
  const out: number[] = [];
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) out.push(net.travel(a, b, 0) as number);
  return out;
}

describe('latency_model "geographic" in the timed network', () => {
  it('each link takes its location-derived delay plus at most 10 % jitter', () => {
    const n = LOCATIONS.length;
    const got = arrivals('geo');
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < n; b++) {
        const base = a === b ? 0 : baseOneWayMs(LOCATIONS[a] ?? null, LOCATIONS[b] ?? null);
        expect(got[a * n + b]).toBeGreaterThanOrEqual(Math.ceil(base));
        expect(got[a * n + b]).toBeLessThanOrEqual(Math.ceil(base * (1 + JITTER_FRACTION)));
      }
    }
    // Same data centre: one ms after rounding; Frankfurt–Tokyo (9,340 km) 67-74 ms.
    expect(got[0 * n + 1]).toBe(1);
    expect(got[0 * n + 4]).toBeGreaterThanOrEqual(67);
    expect(got[0 * n + 4]).toBeLessThanOrEqual(74);
  });

  it('same seed, same links; another seed, other jitter', () => {
    expect(arrivals('geo')).toEqual(arrivals('geo'));
    expect(arrivals('geo')).not.toEqual(arrivals('other'));
  });

  it('Δ (deltaBoundMs) is at least every link, and δ at most every link', () => {
    const p = timedParams(config);
    const links = arrivals('geo').filter((_, i) => i % (LOCATIONS.length + 1) !== 0);
    expect(deltaBoundMs(p)).toBeGreaterThanOrEqual(Math.max(...links));
    expect(p.delayMs).toBeLessThanOrEqual(Math.min(...links));
    expect(p.geoLocations).toBe(LOCATIONS);
  });

  it('the uniform default puts no locations in the params (so its traces stay as they were)', () => {
    const p = timedParams({ ...config, latency_model: 'uniform' });
    expect('geoLocations' in p).toBe(false);
    expect(p.delayMs).toBe(config.network_delay);
  });

  it('a geographic timed run finalizes, and the same seed gives the same run', () => {
    const a = runTimed(config, { seed: 'geo-run' });
    const b = runTimed(config, { seed: 'geo-run' });
    expect(JSON.stringify(a.run.inputs)).toBe(JSON.stringify(b.run.inputs));
    expect(Math.max(...a.obs.finalized.map((f) => f.slot))).toBe(config.max_rounds);
    expect(Object.entries(a.verdicts).filter(([, v]) => v !== null)).toEqual([]);
    const uniform = runTimed({ ...config, latency_model: 'uniform' }, { seed: 'geo-run' });
    expect(JSON.stringify(uniform.run.inputs)).not.toBe(JSON.stringify(a.run.inputs));
  });
});
