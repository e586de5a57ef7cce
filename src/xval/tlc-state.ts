import { parseTlaValue } from './tla-parse.ts';
import type { TlaValue } from './tla-value.ts';

const CONJUNCT = /^\/\\ ([A-Za-z_][A-Za-z0-9_]*) = (.*)$/;
const SINGLE = /^([A-Za-z_][A-Za-z0-9_]*) = (.*)$/;

/**
 * One state as TLC prints it in an error trace or a -dump file: `/\ var = value` conjuncts, each
 * value possibly spread over indented lines (a one-variable spec prints `var = value`). Values
 * are indented, so a new conjunct is recognised by its first column.
 */
export function parseTlcState(lines: readonly string[]): Map<string, TlaValue> {
  const texts: [string, string[]][] = [];
  for (const line of lines) {
    const m = CONJUNCT.exec(line) ?? (texts.length === 0 ? SINGLE.exec(line) : null);
    if (m) texts.push([m[1] as string, [m[2] as string]]);
    else if (texts.length > 0) texts[texts.length - 1]?.[1].push(line);
    else if (line.trim() !== '') throw new Error(`not a TLC state line: ${line.slice(0, 80)}`);
  }
  return new Map(texts.map(([name, body]) => [name, parseTlaValue(body.join('\n'))]));
}

/** A "State N: <label>" header line, as in traces and dumps. */
export const STATE_HEADER = /^State (\d+):\s*(.*)$/;
