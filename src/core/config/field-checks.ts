import type { ConfigProblem } from './types.ts';
import { visible } from './visible.ts';

/**
 * Type checks for single config fields. Each returns a problem or null, so that validation can
 * collect every problem of a file at once.
 */
export type FieldCheck = (field: string, value: unknown) => ConfigProblem | null;

export const integerAtLeast =
  (minimum: number): FieldCheck =>
  (field, value) => {
    if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
      return { field, message: `must be at most ${Number.MAX_SAFE_INTEGER}, got ${show(value)}` };
    }
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= minimum
      ? null
      : { field, message: `must be an integer >= ${minimum}, got ${show(value)}` };
  };

export const nullableIntegerAtLeast =
  (minimum: number): FieldCheck =>
  (field, value) =>
    value === null ? null : integerAtLeast(minimum)(field, value);

export const isBoolean: FieldCheck = (field, value) =>
  typeof value === 'boolean' ? null : { field, message: `must be true or false, got ${show(value)}` };

export const isThreshold: FieldCheck = (field, value) => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 1) {
    return { field, message: `must be a number with 0 < value <= 1, got ${show(value)}` };
  }
  const ppm = value * 1_000_000;
  return Math.abs(ppm - Math.round(ppm)) < 1e-6
    ? null
    : { field, message: `must have at most 6 decimals, got ${value}` };
};

/**
 * A probability in [0, 1) with at most 6 decimals: the simulator uses it as an integer number of
 * parts per million, so a loss draw is an integer comparison, the same on every machine.
 */
export const isProbabilityBelowOne: FieldCheck = (field, value) => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value >= 1) {
    return { field, message: `must be a number with 0 <= value < 1, got ${show(value)}` };
  }
  const ppm = value * 1_000_000;
  return Math.abs(ppm - Math.round(ppm)) < 1e-6
    ? null
    : { field, message: `must have at most 6 decimals, got ${value}` };
};

export const isString: FieldCheck = (field, value) =>
  typeof value === 'string' ? null : { field, message: `must be a string, got ${show(value)}` };

/** One of a fixed list of names; the message lists them all, so the fix is on the same line. */
export const oneOf =
  (names: readonly string[]): FieldCheck =>
  (field, value) =>
    typeof value === 'string' && names.includes(value)
      ? null
      : { field, message: `must be one of ${names.map((n) => `"${n}"`).join(', ')}, got ${show(value)}` };

/** A value as a message quotes it: short, one line, visible characters only. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  // JSON.stringify would say "null" for Infinity (what JSON.parse makes of 1e400).
  if (typeof value === 'number') return String(value);
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch {
    // Nesting JSON.parse accepts can still overflow JSON.stringify's stack.
    text = Array.isArray(value) ? '[...]' : '{...}';
  }
  text = visible(text);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/**
 * A number JSON.parse could not represent (1e400 becomes Infinity) in a field or one level down
 * (list items, stake entries: config values are no deeper), as a problem naming where it is.
 */
export function outOfRange(field: string, value: unknown): ConfigProblem | null {
  const entries: [string, unknown][] = [[field, value]];
  if (Array.isArray(value)) for (const [i, v] of value.entries()) entries.push([`${field}[${i}]`, v]);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) entries.push([`${field}.${visible(k)}`, v]);
  for (const [where, v] of entries) {
    if (typeof v === 'number' && !Number.isFinite(v))
      return { field: where, message: `is out of range: the number is not finite (read as ${v})` };
  }
  return null;
}
