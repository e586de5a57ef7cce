import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { baseOneWayMs, JITTER_FRACTION, type ValidatorLocation } from '../src/sim/timed/geo-latency.ts';

/**
 * `npx tsx scripts/geo-latency-median.ts [FILE.csv]`: a sanity figure of the geographic latency
 * model on a validator set (default: the epoch-780 set in ../shared/data): the stake-weighted
 * median one-way delay from a random validator to the others, with the sender drawn uniformly and
 * drawn by stake (a leader under Solana's schedule). Reads the CSV itself (columns rank, identity,
 * active_stake_lamports, latitude, longitude, data_center, delinquent), stakes as bigint.
 */

const DEFAULT_CSV = new URL('../../shared/data/mainnet-epoch780-validators.csv', import.meta.url);

export interface Row {
  readonly stake: bigint;
  readonly location: ValidatorLocation | null;
}

export function parseValidatorCsv(text: string): Row[] {
  const [header, ...lines] = text.trim().split('\n');
  const cols = (header ?? '').split(',');
  const col = (name: string) => cols.indexOf(name);
  const [stake, lat, lon, dc] = ['active_stake_lamports', 'latitude', 'longitude', 'data_center'].map(col);
  return lines.map((line) => {
    // Only the identity-free numeric columns and the data centre (which has no comma) are read.
    const f = line.split(',');
    const latText = f[lat as number] ?? '';
    const lonText = f[lon as number] ?? '';
    const location =
      latText === '' || lonText === ''
        ? null
        : { lat_deg: Number(latText), lon_deg: Number(lonText), data_center: f[dc as number] ?? '' };
    return { stake: BigInt(f[stake as number] ?? '0'), location };
  });
}

/** The weighted median of `values` (the smallest value whose cumulative weight reaches half). */
export function weightedMedian(entries: readonly { value: number; weight: bigint }[]): number {
  const sorted = [...entries].sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, e) => sum + e.weight, 0n);
  let cumulative = 0n;
  for (const e of sorted) {
    cumulative += e.weight;
    if (2n * cumulative >= total) return e.value;
  }
  return Number.NaN;
}

/** Pairs (sender a, receiver b ≠ a) weighted by the receiver's stake, times the sender's if `byStake`. */
export function medianOneWayMs(rows: readonly Row[], byStake: boolean): number {
  const entries: { value: number; weight: bigint }[] = [];
  for (const [a, from] of rows.entries()) {
    for (const [b, to] of rows.entries()) {
      if (a === b) continue;
      entries.push({
        value: baseOneWayMs(from.location, to.location),
        weight: (byStake ? from.stake : 1n) * to.stake,
      });
    }
  }
  return weightedMedian(entries);
}

function main(): void {
  const file = process.argv[2] ?? DEFAULT_CSV;
  const rows = parseValidatorCsv(readFileSync(file, 'utf8'));
  const unknown = rows.filter((r) => r.location === null).length;
  const meanJitter = 1 + JITTER_FRACTION / 2;
  console.log(`${rows.length} validators (${unknown} without a location)`);
  for (const [label, byStake] of [
    ['uniform sender', false],
    ['stake-weighted sender', true],
  ] as const) {
    const ms = medianOneWayMs(rows, byStake);
    console.log(
      `stake-weighted median one-way delay, ${label}: ${ms.toFixed(1)} ms before jitter, ~${(ms * meanJitter).toFixed(1)} ms with the mean jitter`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
