import { createHash } from 'node:crypto';
import type { NativeTrace } from '../../sim/trace.ts';

/**
 * What makes two finds the same bug: the property and the minimal trace itself (config, actions
 * or timed inputs, violating step). The actions are taken as a multiset: shrunk traces of one
 * attack often differ only in the order of steps that do not depend on each other (two timeouts,
 * a timeout and a Byzantine send), and a 1-minimal trace keeps no step it does not need, so the
 * same steps in another order are the same find. Timed inputs keep their order (each has its
 * time). Left out is what differs between runs that found the same trace: the seed, the depth
 * budget the search had (`exploration_depth`, which replay ignores), the explanation lines and
 * provenance (`found_by`), the message (a function of the rest). 16 hex digits of SHA-256 over
 * the canonical JSON (keys sorted at every level).
 */
export function traceFingerprint(trace: NativeTrace): string {
  const { seed: _seed, exploration_depth: _depth, ...config } = trace.config;
  const essence = {
    property: trace.violation?.property ?? null,
    step: trace.violation?.step ?? null,
    config,
    actions: trace.actions.map(canonicalJson).sort(),
    timed: trace.timed ?? null,
  };
  return createHash('sha256').update(canonicalJson(essence)).digest('hex').slice(0, 16);
}

/** JSON with object keys sorted, so equal values give equal text whatever order they were built in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A short stable id of any JSON value (a setting, say): 12 hex digits of its canonical JSON's SHA-256. */
export function valueId(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 12);
}
