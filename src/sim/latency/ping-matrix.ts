import type { ValidatorLocation } from '../../core/config/index.ts';
import { baseOneWayMs, haversineKm } from '../timed/geo-latency.ts';

/**
 * Link delays from measured pings (`alpenglow latency --pings`), as the white paper's authors
 * made theirs (qkniep/alpenglow src/network/simulated/ping_data.rs and stake_distribution.rs):
 * each validator is placed at the ping server nearest to it (great circle), and a link's one-way
 * delay is the average round trip between the two servers, halved. Where the measurements say
 * nothing, the geographic model (geo-latency.ts) fills in, and the result counts how often:
 *   - the same data centre: SAME_DC_MS, as under the geographic model;
 *   - the same server, other data centres (one city): the geographic model (the authors' table
 *     has no server-to-itself pings, so they got 0 ms there);
 *   - a pair with no measurement in either direction: the geographic model;
 *   - a validator without a location: UNKNOWN_LOCATION_MS (the authors dropped such validators).
 * Averages are used as they are: no jitter (they already average two days of pings).
 */

export interface PingServer {
  readonly id: number;
  readonly latDeg: number;
  readonly lonDeg: number;
}

/** Average round trips by (source, destination) server id, ms. */
export type PingTable = ReadonlyMap<number, ReadonlyMap<number, number>>;

export interface MeasuredDelays {
  /** n×n one-way delays, ms (row `from`, column `to`; 0 on the diagonal). */
  readonly matrixMs: Float64Array;
  /** Per validator: the id of the server it was placed at, or null (no location). */
  readonly serverOf: readonly (number | null)[];
  /** Directed links between located validators in other data centres: from pings, or from the model. */
  readonly measuredLinks: number;
  readonly modelledLinks: number;
}

/** The server nearest a location (the first of equals, in the servers' order). */
export function nearestServer(location: ValidatorLocation, servers: readonly PingServer[]): PingServer {
  let best: PingServer | undefined;
  let bestKm = Number.POSITIVE_INFINITY;
  for (const s of servers) {
    const km = haversineKm(location, { lat_deg: s.latDeg, lon_deg: s.lonDeg, data_center: '' });
    if (km < bestKm) {
      best = s;
      bestKm = km;
    }
  }
  if (best === undefined) throw new Error('nearestServer: no ping servers');
  return best;
}

/** The average round trip between two servers: a → b if measured, else b → a, else undefined. */
export function roundTripMs(table: PingTable, a: number, b: number): number | undefined {
  return table.get(a)?.get(b) ?? table.get(b)?.get(a);
}

export function measuredDelays(
  locations: readonly (ValidatorLocation | null)[],
  servers: readonly PingServer[],
  table: PingTable,
): MeasuredDelays {
  const n = locations.length;
  const serverOf = locations.map((l) => (l === null ? null : nearestServer(l, servers).id));
  const matrixMs = new Float64Array(n * n);
  let measuredLinks = 0;
  let modelledLinks = 0;
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      if (a === b) continue;
      const la = locations[a] ?? null;
      const lb = locations[b] ?? null;
      // Pings can speak only of located validators in two data centres at two servers; everything
      // else (and an unmeasured pair) is the geographic model's, unknown locations and one data
      // centre included. Directed, as the authors' get_ping(sender, receiver).
      const between = la !== null && lb !== null && la.data_center !== lb.data_center;
      const [sa, sb] = [serverOf[a] ?? null, serverOf[b] ?? null];
      const rtt = between && sa !== sb ? roundTripMs(table, sa as number, sb as number) : undefined;
      if (between && rtt === undefined) modelledLinks++;
      if (rtt !== undefined) measuredLinks++;
      matrixMs[a * n + b] = rtt === undefined ? baseOneWayMs(la, lb) : rtt / 2;
    }
  }
  return { matrixMs, serverOf, measuredLinks, modelledLinks };
}
