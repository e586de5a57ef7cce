import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { PingServer, PingTable } from '../../sim/latency/ping-matrix.ts';
import { inputError, listedRowProblems } from '../errors.ts';
import { readTextFile } from '../io.ts';

/**
 * WonderProxy's public ping data set ("A day in the life of the Internet", 2020-07-19/20: the
 * one the white paper's latency figure was made with), as its two CSV files come:
 *   servers: "id","name","title","location","state","country","state_abbv","continent","latitude","longitude"
 *   pings:   "source","destination","timestamp","min","avg","max","mdev"   (round trips, ms)
 * Only id/latitude/longitude and source/destination/avg are read. Repeated measurements of a
 * pair are averaged, as the authors' ping_data.rs does. The pings file is about 3 million rows,
 * so it is streamed line by line. Problems: one line each, naming the flag and the file line.
 */

/** Splits one CSV line; fields may be quoted ("a, b" and "" inside quotes). */
export function csvFields(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      while (i < line.length && !(line[i] === '"' && line[i + 1] !== '"')) {
        value += line[i] === '"' ? '"' : line[i];
        i += line[i] === '"' ? 2 : 1;
      }
      fields.push(value);
      i += 2; // the closing quote and the comma
    } else {
      const end = line.indexOf(',', i);
      const stop = end === -1 ? line.length : end;
      fields.push(line.slice(i, stop).trim());
      i = stop + 1;
    }
  }
  return fields;
}

function columns(
  header: string,
  needed: readonly string[],
  what: string,
  lineNo: number,
): Map<string, number> | string {
  const names = csvFields(header.replace(/^\ufeff/, ''));
  const missing = needed.find((c) => !names.includes(c));
  if (missing !== undefined)
    return `${what} line ${lineNo}: the header has no column ${missing} (needs ${needed.join(', ')})`;
  return new Map(needed.map((c) => [c, names.indexOf(c)]));
}

const NUMBER = /^-?[0-9]+(\.[0-9]+)?$/;

export function parsePingServers(text: string, what = '--ping-servers'): PingServer[] {
  // File line numbers kept through blank lines, so a problem names the line an editor shows.
  const lines = text
    .split(/\r?\n/)
    .map((line, i) => ({ line, no: i + 1 }))
    .filter((l) => l.line.trim() !== '');
  const index = columns(lines[0]?.line ?? '', ['id', 'latitude', 'longitude'], what, lines[0]?.no ?? 1);
  if (typeof index === 'string') throw inputError(index);
  const servers: PingServer[] = [];
  const problems: string[] = [];
  const seen = new Set<number>();
  for (let i = 1; i < lines.length; i++) {
    const { line, no } = lines[i] as { line: string; no: number };
    const f = csvFields(line);
    const [id, lat, lon] = ['id', 'latitude', 'longitude'].map((c) => f[index.get(c) as number] ?? '');
    const bad = !/^[0-9]+$/.test(id as string)
      ? `id ${JSON.stringify(id)} is not an integer`
      : seen.has(Number(id))
        ? `id ${id} repeats`
        : !NUMBER.test(lat as string) || Math.abs(Number(lat)) > 90
          ? `latitude ${JSON.stringify(lat)} must be a number from -90 to 90`
          : !NUMBER.test(lon as string) || Math.abs(Number(lon)) > 180
            ? `longitude ${JSON.stringify(lon)} must be a number from -180 to 180`
            : null;
    if (bad !== null) problems.push(`${what} line ${no}: ${bad}`);
    else {
      seen.add(Number(id));
      servers.push({ id: Number(id), latDeg: Number(lat), lonDeg: Number(lon) });
    }
  }
  if (problems.length === 0 && servers.length === 0) problems.push(`${what}: no servers after the header`);
  if (problems.length > 0) throw inputError(...listedRowProblems(problems, what));
  return servers;
}

export function readPingServers(path: string): PingServer[] {
  return parsePingServers(readTextFile(path, '--ping-servers'));
}

/** Round trips above this are no measurement (a ping times out long before): refused, not used. */
export const MAX_ROUND_TRIP_MS = 60_000;

/** How often the reader looks at the stop flag (--timeout, Ctrl-C), in lines. */
const STOP_CHECK_LINES = 10_000;

export interface PingReading {
  readonly table: PingTable;
  /** Rows naming a server the servers file does not list: skipped, as the authors' reader does. */
  readonly unknownServerRows: number;
  readonly rows: number;
}

/** One data row: its three cells, or its problem. */
function pingRow(
  f: readonly string[],
  index: ReadonlyMap<string, number>,
): [number, number, number] | string {
  const [src, dst, avg] = ['source', 'destination', 'avg'].map((c) => f[index.get(c) as number] ?? '');
  if (!/^[0-9]+$/.test(src as string)) return `source ${JSON.stringify(src)} is not a server id`;
  if (!/^[0-9]+$/.test(dst as string)) return `destination ${JSON.stringify(dst)} is not a server id`;
  const ms = Number(avg);
  if (!NUMBER.test(avg as string) || !(ms > 0 && ms <= MAX_ROUND_TRIP_MS))
    return `avg ${JSON.stringify(avg)} must be a round trip above 0 and at most ${MAX_ROUND_TRIP_MS} ms`;
  return [Number(src), Number(dst), ms];
}

/**
 * Streams the pings file into average round trips per (source, destination). Null when
 * `shouldStop` said so before the end (nothing of a half-read file is used).
 */
export async function readPings(
  path: string,
  servers: readonly PingServer[],
  options: { what?: string; shouldStop?: () => boolean } = {},
): Promise<PingReading | null> {
  const what = options.what ?? '--pings';
  const known = new Set(servers.map((s) => s.id));
  const sums = new Map<number, Map<number, { sum: number; count: number }>>();
  const problems: string[] = [];
  let index: Map<string, number> | null = null;
  let lineNo = 0;
  let rows = 0;
  let unknownServerRows = 0;
  const lines = createInterface({
    input: createReadStream(path, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  try {
    for await (const line of lines) {
      lineNo++;
      if (lineNo % STOP_CHECK_LINES === 0 && options.shouldStop?.()) {
        lines.close();
        return null;
      }
      if (line.trim() === '') continue;
      if (index === null) {
        const found = columns(line, ['source', 'destination', 'avg'], what, lineNo);
        if (typeof found === 'string') throw inputError(found);
        index = found;
        continue;
      }
      const row = pingRow(csvFields(line), index);
      if (typeof row === 'string') {
        problems.push(`${what} line ${lineNo}: ${row}`);
        continue;
      }
      rows++;
      const [src, dst, ms] = row;
      if (!known.has(src) || !known.has(dst)) {
        unknownServerRows++;
        continue;
      }
      const bySource = sums.get(src) ?? sums.set(src, new Map()).get(src)!;
      const cell = bySource.get(dst) ?? { sum: 0, count: 0 };
      bySource.set(dst, { sum: cell.sum + ms, count: cell.count + 1 });
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== undefined)
      throw inputError(`${what}: cannot read ${path}: ${(error as Error).message}`);
    throw error;
  }
  if (index === null) problems.push(`${what}: the file is empty (a header and one row per measurement)`);
  else if (problems.length === 0 && rows === unknownServerRows)
    problems.push(`${what}: no measurement between servers of --ping-servers (${rows} rows)`);
  if (problems.length > 0) throw inputError(...listedRowProblems(problems, what));
  const table = new Map(
    [...sums].map(([src, row]) => [src, new Map([...row].map(([dst, c]) => [dst, c.sum / c.count]))]),
  );
  return { table, unknownServerRows, rows };
}
