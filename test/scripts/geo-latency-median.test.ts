import { describe, expect, it } from 'vitest';
import { medianOneWayMs, parseValidatorCsv, weightedMedian } from '../../scripts/geo-latency-median.ts';
import { SAME_DC_MS, UNKNOWN_LOCATION_MS } from '../../src/sim/timed/geo-latency.ts';

const CSV = `rank,identity,active_stake_lamports,latitude,longitude,data_center,delinquent
0,A,13780932133472796,50.1957,8.6805,20326-DE-Frankfurt am Main,false
1,B,12396545643893238,50.1957,8.6805,20326-DE-Frankfurt am Main,false
2,C,166473781223402,,,0--Unknown,false
`;

describe('scripts/geo-latency-median.ts', () => {
  it('reads stakes exactly (above 2^53) and an empty location as unknown', () => {
    const rows = parseValidatorCsv(CSV);
    expect(rows.map((r) => r.stake)).toEqual([13780932133472796n, 12396545643893238n, 166473781223402n]);
    expect(rows[0]?.location).toEqual({
      lat_deg: 50.1957,
      lon_deg: 8.6805,
      data_center: '20326-DE-Frankfurt am Main',
    });
    expect(rows[2]?.location).toBeNull();
  });

  it('takes the value where the cumulative weight reaches half', () => {
    expect(
      weightedMedian([
        { value: 3, weight: 1n },
        { value: 1, weight: 1n },
        { value: 2, weight: 5n },
      ]),
    ).toBe(2);
    expect(
      weightedMedian([
        { value: 1, weight: 1n },
        { value: 9, weight: 1n },
      ]),
    ).toBe(1);
  });

  it('weights receivers by stake: the two big validators share a data centre', () => {
    const rows = parseValidatorCsv(CSV);
    expect(medianOneWayMs(rows, true)).toBe(SAME_DC_MS);
    // Uniform senders: C sends to A and B with their whole stake, and C's inbound links are
    // unknown too, so just over half the weight is on 18 ms links (26.5 against 26.2 units).
    expect(medianOneWayMs(rows, false)).toBe(UNKNOWN_LOCATION_MS);
    expect(
      medianOneWayMs(
        [rows[0], rows[2]].filter((r) => r !== undefined),
        false,
      ),
    ).toBe(UNKNOWN_LOCATION_MS);
  });
});
