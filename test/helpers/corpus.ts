import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Wall-clock fields: when a run started and how long it took differ between any two runs. */
const TIME_KEYS = new Set(['started_at', 'duration_ms']);

function withoutTimes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTimes);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !TIME_KEYS.has(k))
      .map(([k, v]) => [k, withoutTimes(v)]),
  );
}

export function runsLog(dir: string): Record<string, unknown>[] {
  const file = join(dir, 'runs.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
}

/**
 * What a corpus holds, comparable between two corpora: every run (sorted by seed) and every find
 * (its record and its trace, exactly), wall-clock times left out. The reports beside the traces
 * are measurements (durations, memory) and are not compared.
 */
export function corpusContent(dir: string): { runs: unknown[]; finds: Record<string, unknown> } {
  const runs = runsLog(dir)
    .map(withoutTimes)
    .sort((a, b) => ((a as { seed: number }).seed < (b as { seed: number }).seed ? -1 : 1));
  const finds: Record<string, unknown> = {};
  const folder = join(dir, 'finds');
  for (const key of existsSync(folder) ? readdirSync(folder).sort() : []) {
    const read = (f: string) => JSON.parse(readFileSync(join(folder, key, f), 'utf8'));
    finds[key] = { record: withoutTimes(read('record.json')), trace: read('trace.json') };
  }
  return { runs, finds };
}
