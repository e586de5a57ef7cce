import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { TlaValue } from './tla-value.ts';
import { parseTlcState, STATE_HEADER } from './tlc-state.ts';

/**
 * Streams the states of a `tlc2.TLC -dump FILE` output ("State N:" then `/\ var = value` lines,
 * a blank line between states) to `visit`, one at a time: a dump holds a few kB per state, so
 * large ones are never read into memory whole. Returns the number of states.
 */
export async function forEachDumpState(
  file: string,
  visit: (vars: ReadonlyMap<string, TlaValue>, index: number) => void,
): Promise<number> {
  const lines = createInterface({
    input: createReadStream(file, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let block: string[] | null = null;
  let count = 0;
  const flush = () => {
    if (block === null) return;
    visit(parseTlcState(block), ++count);
    block = null;
  };
  for await (const line of lines) {
    if (STATE_HEADER.test(line)) {
      flush();
      block = [];
    } else if (line.trim() === '') flush();
    else block?.push(line);
  }
  flush();
  return count;
}
