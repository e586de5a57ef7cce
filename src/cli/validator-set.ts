import type { ValidatorLocation } from '../core/config/index.ts';
import { inputError, listedRowProblems } from './errors.ts';
import { readTextFile } from './io.ts';

/**
 * A real validator set as CSV (issue 15), in the columns of ../shared/data/mainnet-epoch780-
 * validators.csv: rank, identity, active_stake_lamports, latitude, longitude, data_center,
 * delinquent (other columns are ignored). Validator id i is the row of rank i, so the ranks must
 * be 0..n-1 in file order. Stakes are read exactly (bigint: the largest pass 2^53). Empty
 * latitude and longitude mean an unknown location. Delinquent validators are kept with their
 * stake, as the white paper's figure used the whole set; the flag is only reported.
 */

export interface ValidatorSetRow {
  readonly rank: number;
  readonly identity: string;
  readonly stakeLamports: bigint;
  readonly location: ValidatorLocation | null;
  readonly delinquent: boolean;
}

export interface ParsedValidatorSet {
  readonly rows: ValidatorSetRow[];
  /** One line per bad row (the first few; then a count), naming `what`, the file line and column. */
  readonly problems: string[];
}

export const VALIDATOR_SET_COLUMNS = [
  'rank',
  'identity',
  'active_stake_lamports',
  'latitude',
  'longitude',
  'data_center',
  'delinquent',
] as const;

type Column = (typeof VALIDATOR_SET_COLUMNS)[number];

/** Parses the text of a validator set CSV; `what` names it in problems (`validator_set`, `--validator-set`). */
export function parseValidatorSet(text: string, what = 'validator_set'): ParsedValidatorSet {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  while (lines.length > 0 && lines.at(-1)?.trim() === '') lines.pop();
  const header = lines[0];
  if (header === undefined) return fail(`${what}: the file is empty (a header and one row per validator)`);
  const names = header.split(',').map((h) => h.trim());
  const missing = VALIDATOR_SET_COLUMNS.find((c) => !names.includes(c));
  if (missing !== undefined)
    return fail(
      `${what} line 1: the header has no column ${missing} (needs ${VALIDATOR_SET_COLUMNS.join(', ')})`,
    );
  if (lines.length === 1) return fail(`${what}: no validators after the header`);
  const index = Object.fromEntries(VALIDATOR_SET_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<
    Column,
    number
  >;
  const rows: ValidatorSetRow[] = [];
  const problems: string[] = [];
  const identities = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const cells = (lines[i] as string).split(',');
    const result =
      cells.length === names.length
        ? parseRow((c) => (cells[index[c]] as string).trim(), i - 1, identities, i + 1)
        : `has ${cells.length} columns, the header ${names.length}`;
    if (typeof result === 'string') problems.push(`${what} line ${i + 1}: ${result}`);
    else {
      identities.set(result.identity, i + 1);
      rows.push(result);
    }
  }
  return { rows, problems: listedRowProblems(problems, what) };
}

function fail(problem: string): ParsedValidatorSet {
  return { rows: [], problems: [problem] };
}

/** One row, or its first problem. `expectedRank` is the row's place in the file (a bad row shifts no other). */
function parseRow(
  cell: (c: Column) => string,
  expectedRank: number,
  identities: ReadonlyMap<string, number>,
  line: number,
): ValidatorSetRow | string {
  const quoted = (c: Column) => `${c} ${JSON.stringify(cell(c))}`;
  const rank = cell('rank');
  if (!/^(0|[1-9][0-9]*)$/.test(rank)) return `${quoted('rank')} is not an integer`;
  const stake = cell('active_stake_lamports');
  if (!/^[0-9]+$/.test(stake)) return `${quoted('active_stake_lamports')} is not an integer`;
  if (BigInt(stake) === 0n) return `${quoted('active_stake_lamports')} must be positive`;
  if (Number(rank) !== expectedRank)
    return `${quoted('rank')} must be ${expectedRank} (ranks are 0..n-1 in file order: id i is rank i)`;
  const identity = cell('identity');
  if (identity === '') return 'identity is empty';
  const first = identities.get(identity);
  if (first !== undefined && first !== line) return `${quoted('identity')} repeats line ${first}`;
  const location = parseLocation(cell);
  if (typeof location === 'string') return location;
  const delinquent = cell('delinquent');
  if (delinquent !== 'true' && delinquent !== 'false') return `${quoted('delinquent')} must be true or false`;
  return {
    rank: expectedRank,
    identity,
    stakeLamports: BigInt(stake),
    location,
    delinquent: delinquent === 'true',
  };
}

function parseLocation(cell: (c: Column) => string): ValidatorLocation | null | string {
  const lat = cell('latitude');
  const lon = cell('longitude');
  if (lat === '' && lon === '') return null;
  if (lat === '' || lon === '')
    return 'latitude and longitude must be both empty (unknown location) or both given';
  const degrees = (c: Column, text: string, limit: number) => {
    const v = Number(text);
    return /^-?[0-9]+(\.[0-9]+)?$/.test(text) && Math.abs(v) <= limit
      ? v
      : `${c} ${JSON.stringify(text)} must be a number from -${limit} to ${limit}`;
  };
  const latDeg = degrees('latitude', lat, 90);
  if (typeof latDeg === 'string') return latDeg;
  const lonDeg = degrees('longitude', lon, 180);
  if (typeof lonDeg === 'string') return lonDeg;
  return { lat_deg: latDeg, lon_deg: lonDeg, data_center: cell('data_center') };
}

/** Reads and parses a validator set file; any problem is an InputError of one line each. */
export function readValidatorSetFile(path: string, what: string): ValidatorSetRow[] {
  const parsed = parseValidatorSet(readTextFile(path, what), what);
  if (parsed.problems.length > 0) throw inputError(...parsed.problems);
  return parsed.rows;
}
