import { describe, expect, it } from 'vitest';
import { parseValidatorSet } from '../../src/cli/validator-set.ts';

// The CSV of a real validator set (columns of ../shared/data/mainnet-epoch780-validators.csv):
// id i is the row of rank i; every bad row is one line naming its file line and column.

const HEADER = 'rank,identity,active_stake_lamports,latitude,longitude,data_center,delinquent';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe('parseValidatorSet', () => {
  it('reads stakes exactly, locations (empty latitude/longitude: unknown) and delinquency', () => {
    const r = parseValidatorSet(
      csv(
        '0,HEL1USMZ,13780932133472796,50.1957,8.6805,20326-DE-Frankfurt am Main,false',
        '1,DRpbCBMx,12396545643893238,,,0--Unknown,true',
        '2,DtdSSG8Z,7,-33.8688,151.2093,AS1-AU-Sydney,false',
      ),
    );
    expect(r.problems).toEqual([]);
    expect(r.rows.map((v) => v.stakeLamports)).toEqual([
      13_780_932_133_472_796n,
      12_396_545_643_893_238n,
      7n,
    ]);
    expect(r.rows.map((v) => v.location)).toEqual([
      { lat_deg: 50.1957, lon_deg: 8.6805, data_center: '20326-DE-Frankfurt am Main' },
      null,
      { lat_deg: -33.8688, lon_deg: 151.2093, data_center: 'AS1-AU-Sydney' },
    ]);
    expect(r.rows.map((v) => v.delinquent)).toEqual([false, true, false]);
    expect(r.rows.map((v) => v.identity)).toEqual(['HEL1USMZ', 'DRpbCBMx', 'DtdSSG8Z']);
  });

  it('takes a byte order mark, CRLF line ends and a final newline', () => {
    const r = parseValidatorSet(
      `\ufeff${csv('0,A,5,1,2,dc,false', '1,B,3,,,dc,false')}\r\n`.replace(/\n/g, '\r\n'),
    );
    expect(r.problems).toEqual([]);
    expect(r.rows).toHaveLength(2);
  });

  it('reports every bad row, one line each, by file line and column', () => {
    const r = parseValidatorSet(
      csv(
        '0,A,100,1,2,dc,false',
        '1,B,abc,1,2,dc,false',
        '2,C,0,1,2,dc,false',
        '4,D,5,1,2,dc,false',
        '4,E,5,91,2,dc,false',
        '5,F,5,1,,dc,false',
        '6,G,5,1,2,dc,maybe',
        '7,H,5,1,2',
        '8,A,5,1,2,dc,false',
        '9,I,1.5e3,1,2,dc,false',
      ),
    );
    expect(r.problems).toEqual([
      'validator_set line 3: active_stake_lamports "abc" is not an integer',
      'validator_set line 4: active_stake_lamports "0" must be positive',
      'validator_set line 5: rank "4" must be 3 (ranks are 0..n-1 in file order: id i is rank i)',
      'validator_set line 6: latitude "91" must be a number from -90 to 90',
      'validator_set line 7: latitude and longitude must be both empty (unknown location) or both given',
      'validator_set line 8: delinquent "maybe" must be true or false',
      'validator_set line 9: has 5 columns, the header 7',
      'validator_set line 10: identity "A" repeats line 2',
      'validator_set line 11: active_stake_lamports "1.5e3" is not an integer',
    ]);
  });

  it('names a missing column of the header, and an empty file', () => {
    expect(
      parseValidatorSet('rank,identity,latitude,longitude,data_center,delinquent\n0,A,1,2,dc,false').problems,
    ).toEqual([
      'validator_set line 1: the header has no column active_stake_lamports (needs rank, identity, active_stake_lamports, latitude, longitude, data_center, delinquent)',
    ]);
    expect(parseValidatorSet('').problems).toEqual([
      'validator_set: the file is empty (a header and one row per validator)',
    ]);
    expect(parseValidatorSet(HEADER).problems).toEqual(['validator_set: no validators after the header']);
  });

  it('stops listing after 20 bad rows with a count of the rest', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `${i},V${i},x,1,2,dc,false`);
    const p = parseValidatorSet(csv(...rows)).problems;
    expect(p).toHaveLength(21);
    expect(p[20]).toBe('validator_set: 10 more bad rows not listed');
  });
});
