import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvFields, parsePingServers, readPings } from '../../../src/cli/latency/ping-files.ts';
import { tempDir } from '../../helpers/cli.ts';

const SERVERS_HEADER =
  '"id","name","title","location","state","country","state_abbv","continent","latitude","longitude"';
const PINGS_HEADER = '"source","destination","timestamp","min","avg","max","mdev"';
const servers = parsePingServers(
  [
    SERVERS_HEADER,
    '"7","Amsterdam","Amsterdam","Haarlemmermeer","North Holland","Netherlands","NH","3","52.3","4.7"',
    '"29","Frankfurt","Frankfurt, Main","Frankfurt","Hesse","Germany","HE","3","50.1167","8.6833"',
  ].join('\n'),
);

const pingsFile = (rows: string[]) => {
  const path = join(tempDir(), 'pings.csv');
  writeFileSync(path, `${[PINGS_HEADER, ...rows].join('\n')}\n`);
  return path;
};

describe("WonderProxy's ping files", () => {
  it('splits quoted CSV fields, commas and doubled quotes inside them', () => {
    expect(csvFields('"1","a, b","say ""hi""",3')).toEqual(['1', 'a, b', 'say "hi"', '3']);
    expect(csvFields('1,,2')).toEqual(['1', '', '2']);
  });

  it('reads server ids and coordinates', () => {
    expect(servers).toEqual([
      { id: 7, latDeg: 52.3, lonDeg: 4.7 },
      { id: 29, latDeg: 50.1167, lonDeg: 8.6833 },
    ]);
  });

  it('refuses a bad server row, a repeated id and a missing column, one line each', () => {
    expect(() =>
      parsePingServers(
        [
          SERVERS_HEADER,
          '"1","a","a","a","a","a","a","3","95","4"',
          '"2","b","b","b","b","b","b","3","1","x"',
        ].join('\n'),
      ),
    ).toThrow(
      /--ping-servers line 2: latitude "95" must be a number from -90 to 90\n--ping-servers line 3: longitude "x"/,
    );
    expect(() =>
      parsePingServers([SERVERS_HEADER, '"1",,,,,,,,"1","1"', '"1",,,,,,,,"2","2"'].join('\n')),
    ).toThrow('--ping-servers line 3: id 1 repeats');
    expect(() => parsePingServers('"id","latitude"\n"1","2"')).toThrow(
      /line 1: the header has no column longitude/,
    );
  });

  it('averages repeated measurements of a directed pair', async () => {
    const reading = await readPings(
      pingsFile([
        '"7","29","2020-07-20 00:00:17.000","7.1","8.0","9.3","0.4"',
        '"7","29","2020-07-20 01:00:17.000","7.2","10.0","12.0","0.5"',
        '"29","7","2020-07-20 00:00:18.000","7.0","7.5","8.0","0.2"',
      ]),
      servers,
    );
    expect(reading?.table.get(7)?.get(29)).toBe(9);
    expect(reading?.table.get(29)?.get(7)).toBe(7.5);
    expect(reading?.rows).toBe(3);
  });

  it('refuses a bad average (line named), skips and counts rows of unknown servers', async () => {
    const path = pingsFile([
      '"7","29","t","1","8.0","9","0"',
      '"7","99","t","1","8.0","9","0"',
      '"29","7","t","1","-3","9","0"',
      `"29","7","t","1","1${'0'.repeat(400)}","9","0"`, // Number() of it is Infinity
    ]);
    await expect(readPings(path, servers)).rejects.toThrow(
      /--pings line 4: avg "-3" must be a round trip above 0 and at most 60000 ms\n--pings line 5: avg "10+"/,
    );
    const lenient = await readPings(
      pingsFile(['"7","29","t","1","8.0","9","0"', '"7","99","t","1","8","9","0"']),
      servers,
    );
    expect(lenient?.unknownServerRows).toBe(1);
    expect(lenient?.table.get(7)?.get(29)).toBe(8);
    await expect(readPings(pingsFile(['"7","99","t","1","8","9","0"']), servers)).rejects.toThrow(
      '--pings: no measurement between servers of --ping-servers (1 rows)',
    );
    await expect(readPings(join(tempDir(), 'missing.csv'), servers)).rejects.toThrow(/--pings: cannot read/);
  });

  it('names file lines through blank lines, and stops when told to', async () => {
    expect(() => parsePingServers([SERVERS_HEADER, '', '"1",,,,,,,,"91","1"'].join('\n'))).toThrow(
      /^--ping-servers line 3: latitude "91"/,
    );
    const many = pingsFile(Array.from({ length: 25_000 }, () => '"7","29","t","1","8.0","9","0"'));
    expect(await readPings(many, servers, { shouldStop: () => true })).toBeNull();
    expect((await readPings(many, servers, { shouldStop: () => false }))?.rows).toBe(25_000);
  });
});
