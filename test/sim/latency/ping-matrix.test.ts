import { describe, expect, it } from 'vitest';
import type { ValidatorLocation } from '../../../src/core/config/index.ts';
import {
  measuredDelays,
  nearestServer,
  type PingTable,
  roundTripMs,
} from '../../../src/sim/latency/ping-matrix.ts';
import { baseOneWayMs, SAME_DC_MS, UNKNOWN_LOCATION_MS } from '../../../src/sim/timed/geo-latency.ts';

const SERVERS = [
  { id: 7, latDeg: 52.3, lonDeg: 4.7 }, // Amsterdam
  { id: 29, latDeg: 50.1167, lonDeg: 8.6833 }, // Frankfurt
  { id: 35, latDeg: 47.369, lonDeg: 8.538 }, // Zurich
];
const at = (lat_deg: number, lon_deg: number, data_center: string): ValidatorLocation => ({
  lat_deg,
  lon_deg,
  data_center,
});
const table = (rows: [number, number, number][]): PingTable => {
  const t = new Map<number, Map<number, number>>();
  for (const [a, b, ms] of rows) (t.get(a) ?? t.set(a, new Map()).get(a)!).set(b, ms);
  return t;
};

describe('measured link delays (the authors’ ping data)', () => {
  it('places a validator at the nearest ping server', () => {
    expect(nearestServer(at(50.0, 8.5, 'x'), SERVERS).id).toBe(29); // near Frankfurt
    expect(nearestServer(at(47.0, 8.0, 'x'), SERVERS).id).toBe(35); // near Zurich
    expect(nearestServer(at(53.0, 5.0, 'x'), SERVERS).id).toBe(7);
    expect(() => nearestServer(at(0, 0, 'x'), [])).toThrow(/no ping servers/);
  });

  it('halves the directed average round trip, falling back to the reverse direction', () => {
    const t = table([
      [29, 35, 10],
      [35, 29, 12],
      [7, 29, 8],
    ]);
    expect(roundTripMs(t, 29, 35)).toBe(10);
    expect(roundTripMs(t, 29, 7)).toBe(8); // only 7 -> 29 was measured
    expect(roundTripMs(t, 7, 35)).toBeUndefined();
    const locations = [at(50.1, 8.7, 'fra'), at(47.4, 8.5, 'zrh'), at(52.3, 4.8, 'ams')];
    const d = measuredDelays(locations, SERVERS, t);
    const n = 3;
    expect(d.serverOf).toEqual([29, 35, 7]);
    expect(d.matrixMs[0 * n + 1]).toBe(5); // Frankfurt -> Zurich: 10 / 2
    expect(d.matrixMs[1 * n + 0]).toBe(6); // Zurich -> Frankfurt: its own 12 / 2
    expect(d.matrixMs[2 * n + 0]).toBe(4);
    expect(d.matrixMs[0 * n + 2]).toBe(4); // the reverse measurement
    // Amsterdam <-> Zurich was never measured: the geographic model fills in, and is counted.
    expect(d.matrixMs[1 * n + 2]).toBe(
      baseOneWayMs(locations[1] as ValidatorLocation, locations[2] as ValidatorLocation),
    );
    expect(d.measuredLinks).toBe(4);
    expect(d.modelledLinks).toBe(2);
  });

  it('keeps the model for one data centre, one city and unknown locations', () => {
    const t = table([[29, 35, 10]]);
    const sameDc = at(50.1, 8.7, 'fra-1');
    const sameCity = at(50.12, 8.68, 'fra-2'); // another data centre at the same server
    const locations = [sameDc, at(50.1, 8.7, 'fra-1'), sameCity, null, at(47.4, 8.5, 'zrh')];
    const d = measuredDelays(locations, SERVERS, t);
    const n = 5;
    expect(d.matrixMs[0 * n + 1]).toBe(SAME_DC_MS);
    expect(d.matrixMs[0 * n + 2]).toBe(baseOneWayMs(sameDc, sameCity));
    expect(d.matrixMs[0 * n + 3]).toBe(UNKNOWN_LOCATION_MS);
    expect(d.matrixMs[3 * n + 4]).toBe(UNKNOWN_LOCATION_MS);
    expect(d.matrixMs[2 * n + 4]).toBe(5);
    expect(d.serverOf[3]).toBeNull();
    for (let a = 0; a < n; a++) expect(d.matrixMs[a * n + a]).toBe(0);
  });
});
