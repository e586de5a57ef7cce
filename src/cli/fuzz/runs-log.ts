import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { inputError } from '../errors.ts';
import { writeFileAtomic } from '../io.ts';
import type { RunRecord } from './records.ts';

/**
 * The runs log, `runs.jsonl`: one JSON line per run, appended with one write when the run and its
 * finds are saved. A kill can leave at most a last line without its newline; reading drops it
 * (that run was not finished), and `repairRunsLog` cuts it off before new lines are appended.
 */
export function readRunsLog(path: string): RunRecord[] {
  if (!existsSync(path)) return [];
  return completeLines(readFileSync(path, 'utf8')).map((line, i) => {
    try {
      return JSON.parse(line) as RunRecord;
    } catch {
      throw inputError(`corpus runs log ${path}: line ${i + 1} is not valid JSON`);
    }
  });
}

/** Removes a half-written last line, if a kill left one; the complete lines stay as they are. */
export function repairRunsLog(path: string): void {
  if (!existsSync(path)) return;
  const text = readFileSync(path, 'utf8');
  if (text === '' || text.endsWith('\n')) return;
  writeFileAtomic(path, text.slice(0, text.lastIndexOf('\n') + 1));
}

export function appendRun(path: string, record: RunRecord): void {
  appendFileSync(path, `${JSON.stringify(record)}\n`);
}

/** Lines ended by a newline: the last one without it is a write a kill interrupted. */
function completeLines(text: string): string[] {
  const lines = text.split('\n');
  lines.pop(); // '' after the last newline, or the unfinished line
  return lines;
}
