import type { ValidatorLocation } from '../../core/config/types.ts';

/**
 * The geographic latency model (`latency_model: "geographic"`): the one-way delay between two
 * validators from where they are. Pure: no I/O, no clock; the only randomness is the per-link
 * jitter, drawn by the caller from the run's 'links' stream.
 *
 *   one-way ms = great-circle km / FIBRE_KM_PER_MS × ROUTE_INFLATION + PATH_OVERHEAD_MS
 *   same data centre (same `data_center` key): SAME_DC_MS
 *   either location unknown (null): UNKNOWN_LOCATION_MS
 *   each directed link then × (1 + u · JITTER_FRACTION), u uniform in [0, 1), drawn once per run.
 *
 * This is a model, not measurements: the white paper's simulation used a public ping data set
 * that is not available here. test/sim/timed/geo-latency.test.ts compares it with published
 * city-pair round trips.
 */

export type { ValidatorLocation };

/** Mean Earth radius (IUGG), km: the haversine distance is on a sphere of this radius. */
export const EARTH_RADIUS_KM = 6371;

/**
 * Light in silica fibre: c / n with n ≈ 1.47–1.5 gives 200–204 km per ms (the round "5 µs per km";
 * Hibernia quotes 203,000 km/s). 200 is the slower end.
 */
export const FIBRE_KM_PER_MS = 200;

/**
 * How much longer the route is than the great circle (cables follow coasts and conduits, routing
 * follows peering). Bozkurt et al., "Dissecting Latency in the Internet's Fiber Infrastructure"
 * (2017, arXiv:1811.10737): the usual rule of thumb for Internet paths is 2.1 × line of sight at
 * fibre speed (Singla et al., "The Internet at the Speed of Light", HotNets 2014, measure a
 * median ping RTT ≈ 3.2 × the c-latency, i.e. ≈ 2.1 × fibre, end hosts included), while the
 * fibre conduits themselves allow 1.3 in the median. Validators sit in data centres on good
 * backbones: 1.4 (with PATH_OVERHEAD_MS) puts the model within 21 % of the data-centre round trips
 * in the test over 1,000–11,000 km; 2.1 would overshoot New York–London by 60 %.
 */
export const ROUTE_INFLATION = 1.4;

/** Routers, switches, NICs and the host stack on one path, one way (fits the short pairs better). */
export const PATH_OVERHEAD_MS = 2;

/**
 * Same `data_center` key (same AS in the same city: one facility or one metro): one way 0.5 ms,
 * a metro round trip of 1 ms (AWS inter-AZ pings are 0.25–3.4 ms, xkyle.com).
 */
export const SAME_DC_MS = 0.5;

/**
 * A validator with no location (7 of the 1,292 in epoch 780): every link to it takes this, the
 * stake-weighted median one-way delay the model gives on the epoch-780 set from a uniformly drawn
 * sender (17.4 ms before jitter, scripts/geo-latency-median.ts), rounded: an unknown validator is
 * a typical one, neither in the busiest data centre nor across an ocean.
 */
export const UNKNOWN_LOCATION_MS = 18;

/** Fixed per-link spread (route and queueing differences that last a run): up to +10 %. */
export const JITTER_FRACTION = 0.1;

const RAD_PER_DEG = Math.PI / 180;

/** Great-circle distance on the mean-radius sphere (haversine: exact for small angles too). */
export function haversineKm(a: ValidatorLocation, b: ValidatorLocation): number {
  const dLat = (b.lat_deg - a.lat_deg) * RAD_PER_DEG;
  const dLon = (b.lon_deg - a.lon_deg) * RAD_PER_DEG;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat_deg * RAD_PER_DEG) * Math.cos(b.lat_deg * RAD_PER_DEG) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The one-way delay of the link before jitter, ms (fractional). */
export function baseOneWayMs(a: ValidatorLocation | null, b: ValidatorLocation | null): number {
  if (a === null || b === null) return UNKNOWN_LOCATION_MS;
  if (a.data_center === b.data_center) return SAME_DC_MS;
  return (haversineKm(a, b) / FIBRE_KM_PER_MS) * ROUTE_INFLATION + PATH_OVERHEAD_MS;
}

/** The jittered one-way delay for a draw `u` in [0, 1) from the 'links' stream. */
export function jitteredMs(baseMs: number, u: number): number {
  return baseMs * (1 + u * JITTER_FRACTION);
}

/** Base delays of every pair as a flat n×n matrix (row `from`, column `to`; 0 on the diagonal). */
export function baseDelayMatrix(locations: readonly (ValidatorLocation | null)[]): Float64Array {
  const n = locations.length;
  const matrix = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const ms = baseOneWayMs(locations[a] ?? null, locations[b] ?? null);
      matrix[a * n + b] = ms;
      matrix[b * n + a] = ms;
    }
  }
  return matrix;
}

/** The shortest base link and the longest link any jitter can make, ms (n ≥ 2). */
export interface DelayRange {
  readonly minMs: number;
  readonly maxMs: number;
}

export function delayRange(locations: readonly (ValidatorLocation | null)[]): DelayRange {
  const range = matrixRange(cachedBaseMatrix(locations), locations.length);
  return { minMs: range.minMs, maxMs: jitteredMs(range.maxMs, 1) };
}

/** The shortest and the longest directed link of an n×n delay matrix (0 and 0 below 2 validators). */
export function matrixRange(matrix: Float64Array, n: number): DelayRange {
  if (n < 2) return { minMs: 0, maxMs: 0 };
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      if (a === b) continue;
      const ms = matrix[a * n + b] as number;
      if (ms < min) min = ms;
      if (ms > max) max = ms;
    }
  }
  return { minMs: min, maxMs: max };
}

// One matrix per locations list: scenarios build params and a network for every run of the same
// config (13 MB and ~50 ms at 1,292 validators, so once, not per run). Keyed by identity, so a
// new list is a new matrix and nothing is kept once the list is gone.
const matrices = new WeakMap<readonly (ValidatorLocation | null)[], Float64Array>();

export function cachedBaseMatrix(locations: readonly (ValidatorLocation | null)[]): Float64Array {
  let matrix = matrices.get(locations);
  if (matrix === undefined) {
    matrix = baseDelayMatrix(locations);
    matrices.set(locations, matrix);
  }
  return matrix;
}
