import type { ModelConfig } from '../model/config.ts';
import type { State } from '../model/state.ts';
import { canonicalText } from './canonical.ts';
import { XvalError } from './errors.ts';
import { SPEC_VARIABLES, stateToTla } from './state-tla.ts';
import { type TlaValue, tRec } from './tla-value.ts';

/** Canonical text of a TS state, comparable with `canonicalSpecState` of a TLC or ITF state. */
export function canonicalTsState(cfg: ModelConfig, state: State): string {
  return canonicalText(stateToTla(cfg, state));
}

/**
 * Canonical text of a spec state given as variable → value. Variables the spec does not have
 * (a trace module's step counter) are dropped, so a state of the trace-check spec compares too.
 */
export function canonicalSpecState(vars: ReadonlyMap<string, TlaValue>): string {
  return canonicalText(specState(vars));
}

/** The spec variables of a parsed state as one record [nodes, blocks, network, castVotes]. */
export function specState(vars: ReadonlyMap<string, TlaValue>): TlaValue {
  const fields: Record<string, TlaValue> = {};
  for (const name of SPEC_VARIABLES) {
    const v = vars.get(name);
    if (v === undefined)
      throw new XvalError(`state has no variable ${name} (has ${[...vars.keys()].join(', ')})`);
    fields[name] = v;
  }
  return tRec(fields);
}
