import { describe, expect, it } from 'vitest';
import {
  baseDelayMatrix,
  baseOneWayMs,
  delayRange,
  haversineKm,
  JITTER_FRACTION,
  SAME_DC_MS,
  UNKNOWN_LOCATION_MS,
  type ValidatorLocation,
} from '../../../src/sim/timed/geo-latency.ts';

const at = (lat_deg: number, lon_deg: number, data_center: string): ValidatorLocation => ({
  lat_deg,
  lon_deg,
  data_center,
});

// City centres (decimal degrees); each its own data centre key.
const CITY = {
  newYork: at(40.7128, -74.006, 'NY'),
  london: at(51.5074, -0.1278, 'LON'),
  ashburn: at(39.0438, -77.4874, 'ASH'),
  frankfurt: at(50.1109, 8.6821, 'FRA'),
  dublin: at(53.3498, -6.2603, 'DUB'),
  tokyo: at(35.6762, 139.6503, 'TYO'),
  losAngeles: at(34.0522, -118.2437, 'LAX'),
  sanJose: at(37.3382, -121.8863, 'SJC'),
  singapore: at(1.3521, 103.8198, 'SIN'),
  paris: at(48.8566, 2.3522, 'PAR'),
  dallas: at(32.7767, -96.797, 'DAL'),
  milan: at(45.4642, 9.19, 'MIL'),
  zurich: at(47.3769, 8.5417, 'ZRH'),
  seoul: at(37.5665, 126.978, 'SEL'),
} as const;

type City = keyof typeof CITY;

/** Round trip of the model without jitter: twice the one-way base delay. */
const modelRttMs = (a: City, b: City) => 2 * baseOneWayMs(CITY[a], CITY[b]);

/**
 * Published round trips between data centres (ms). Sources:
 * - AWS inter-region pings (2017): "Latency Between AWS Global Regions" as tabulated in
 *   https://acomputerscientistlearnsaws.blogspot.com/2017/04/aws-regions.html — US East (N. Virginia,
 *   i.e. Ashburn)–Frankfurt 88.66, Ireland (Dublin)–Frankfurt 19.56, US West (N. California, San Jose)
 *   –Tokyo 102.5, Tokyo–Singapore 73.79, N. Virginia–N. California 72.74.
 * - geocables.com/internet-latency, "typical real RTT": London–New York 70–80, Los Angeles–Tokyo
 *   100–115, London–Singapore 160–180 (midpoints used).
 * - WonderProxy, "Miles per Millisecond" (2011), https://wonderproxy.com/blog/miles-per-milisecond/ —
 *   New York–Paris 78.33, Dallas–New York 39.46.
 */
const LONG_HAUL: readonly [City, City, number][] = [
  ['newYork', 'london', 75],
  ['ashburn', 'frankfurt', 88.66],
  ['dublin', 'frankfurt', 19.56],
  ['tokyo', 'losAngeles', 107.5],
  ['tokyo', 'sanJose', 102.5],
  ['london', 'singapore', 170],
  ['newYork', 'paris', 78.33],
  ['dallas', 'newYork', 39.46],
  ['tokyo', 'singapore', 73.79],
  ['ashburn', 'sanJose', 72.74],
];

/** Tolerance of the comparison: the model is a distance rule, not a route map. */
const TOLERANCE = 0.3;

describe('geographic latency model', () => {
  it('haversine: known distances on the 6,371 km sphere', () => {
    expect(haversineKm(CITY.newYork, CITY.newYork)).toBe(0);
    // A quarter of a meridian: π/2 · R.
    expect(haversineKm(at(0, 0, 'a'), at(90, 0, 'b'))).toBeCloseTo((Math.PI / 2) * 6371, 6);
    // Antipodes: half the circumference (the asin argument is clamped at 1).
    expect(haversineKm(at(0, 0, 'a'), at(0, 180, 'b'))).toBeCloseTo(Math.PI * 6371, 6);
    expect(haversineKm(CITY.newYork, CITY.london)).toBeGreaterThan(5550);
    expect(haversineKm(CITY.newYork, CITY.london)).toBeLessThan(5590);
    expect(haversineKm(CITY.london, CITY.newYork)).toBe(haversineKm(CITY.newYork, CITY.london));
  });

  it.each(LONG_HAUL)('%s–%s: model round trip within 30 %% of the published %d ms', (a, b, publishedMs) => {
    const ratio = modelRttMs(a, b) / publishedMs;
    expect(ratio).toBeGreaterThan(1 - TOLERANCE);
    expect(ratio).toBeLessThan(1 + TOLERANCE);
  });

  it('is above the fastest New York–London cable (Hibernia Express, tested 58.95 ms round trip)', () => {
    // thebroadcastbridge.com, "Trans-Atlantic Network Latency Reduced" (2015): a latency-optimised
    // cable is a floor that ordinary routes do not reach.
    expect(modelRttMs('newYork', 'london')).toBeGreaterThan(58.95);
  });

  it('under-estimates short detoured routes (a known limit, stated here rather than hidden)', () => {
    // WonderProxy 2011: Milan–Paris 21.29 ms, Milan–Zurich 11.17 ms; AWS 2017: Tokyo–Seoul 31.44 ms.
    // Below ~1,000 km routing detours dominate distance; the model gives 60-65 % of these.
    for (const [a, b, publishedMs] of [
      ['milan', 'paris', 21.29],
      ['milan', 'zurich', 11.17],
      ['tokyo', 'seoul', 31.44],
    ] as const) {
      expect(modelRttMs(a, b)).toBeLessThan(publishedMs);
      expect(modelRttMs(a, b)).toBeGreaterThan(0.5 * publishedMs);
    }
  });

  it('a shared data centre key is a same-site link; an unknown location the fallback', () => {
    const a = at(50.1, 8.68, '20326-DE-Frankfurt am Main');
    const b = at(50.2, 8.7, '20326-DE-Frankfurt am Main');
    const c = at(50.2, 8.7, '24940-DE-Frankfurt am Main');
    expect(baseOneWayMs(a, b)).toBe(SAME_DC_MS);
    expect(baseOneWayMs(a, c)).toBeGreaterThan(SAME_DC_MS);
    expect(baseOneWayMs(a, null)).toBe(UNKNOWN_LOCATION_MS);
    expect(baseOneWayMs(null, null)).toBe(UNKNOWN_LOCATION_MS);
  });

  it('the matrix is symmetric with a zero diagonal, and delayRange bounds every jittered link', () => {
    const locations = [CITY.tokyo, CITY.frankfurt, null, CITY.singapore, CITY.london];
    const m = baseDelayMatrix(locations);
    const n = locations.length;
    for (let a = 0; a < n; a++) {
      expect(m[a * n + a]).toBe(0);
      for (let b = 0; b < n; b++) expect(m[a * n + b]).toBe(m[b * n + a]);
    }
    const range = delayRange(locations);
    const offDiagonal = [...m].filter((_, i) => i % (n + 1) !== 0);
    expect(range.minMs).toBe(Math.min(...offDiagonal));
    expect(range.maxMs).toBeCloseTo(Math.max(...offDiagonal) * (1 + JITTER_FRACTION), 9);
  });
});
