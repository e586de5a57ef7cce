import { type AlpenglowConfig, validateConfig } from '../core/config/index.ts';
import type { NativeTrace } from '../sim/trace.ts';
import { XvalError } from './errors.ts';
import { fromItf, toItf } from './itf-value.ts';
import { nativeTraceFor } from './native.ts';
import { resolveModel } from './resolve.ts';
import { specState } from './state-canon.ts';
import { SPEC_VARIABLES } from './state-tla.ts';
import type { TlaValue } from './tla-value.ts';
import { matchStates, statesOfActions } from './trace-import.ts';
import type { ImportOptions } from './trace-text.ts';

/** Apalache-style types of the variables (Apalache reads them from #meta.varTypes). */
const VOTE = '{ kind: Str, slot: Int, block: Int, voter: Int }';
const CERT = '{ kind: Str, slot: Int, block: Int, signers: Set(Int) }';
const SLOT =
  '{ initialVote: Int -> Int, notarFallbackVotes: Set(<<Int, Int>>), skipFallbackVoters: Set(Int), ' +
  `finalVoters: Set(Int), certs: Set(${CERT}), parentReady: Set(Int), voted: Bool, votedNotar: Int, ` +
  'blockNotarized: Set(Int), itsOver: Bool, badWindow: Bool, pending: Int, firstBlock: Int, ' +
  'versions: Seq(Int), ' +
  'safeToNotarRaised: Set(Int), safeToSkipRaised: Bool, timeoutsSet: Bool }';
export const ITF_VAR_TYPES: Readonly<Record<string, string>> = {
  nodes: `Int -> (Int -> ${SLOT})`,
  blocks: 'Int -> { id: Int, slot: Int, parent: Int, proposer: Int, variant: Int }',
  // A message record holds `type` and the one field its type names (vote, cert or block).
  network: `Set({ to: Int, msg: { type: Str, vote: ${VOTE}, cert: ${CERT}, block: Int } })`,
  castVotes: `Int -> Set(${VOTE})`,
};

/** The ITF document of a native trace: the states its actions pass through, initial state first. */
export function exportItf(trace: NativeTrace): Record<string, unknown> {
  const { config, cfg } = resolveModel(trace.config);
  const states = statesOfActions(cfg, trace.actions);
  return {
    '#meta': {
      format: 'ITF',
      'format-description': 'https://apalache-mc.org/docs/adr/015adr-trace.html',
      source: 'alpenglow-check src/xval (the untimed model of tla/Alpenglow.tla)',
      description: `${trace.actions.length}-step trace${trace.violation ? `, violating ${trace.violation.property}` : ''}`,
      varTypes: ITF_VAR_TYPES,
      alpenglow: { config, violation: trace.violation },
    },
    vars: [...SPEC_VARIABLES],
    states: states.map((s, index) => ({ '#meta': { index }, ...(toItf(s) as Record<string, unknown>) })),
  };
}

/**
 * An ITF trace back to a native trace: its states are matched to TS actions one by one. The config
 * defaults to the one exportItf stores in #meta.alpenglow.
 */
export function importItf(json: unknown, opts: ImportOptions = {}): NativeTrace {
  const doc = json as { '#meta'?: { alpenglow?: { config?: unknown; violation?: { property?: unknown } } } };
  const config = opts.config ?? itfConfig(doc['#meta']?.alpenglow?.config);
  const resolved = resolveModel(config);
  const matched = matchStates(resolved.cfg, itfStates(json), 'ITF');
  const claimed = doc['#meta']?.alpenglow?.violation?.property;
  return nativeTraceFor(resolved, matched, {
    source: 'itf',
    claimed: typeof claimed === 'string' ? claimed : null,
    ...(opts.properties ? { properties: opts.properties } : {}),
  });
}

/** The spec states of an ITF document, each as a record of the four variables. */
export function itfStates(json: unknown): TlaValue[] {
  const states = (json as { states?: unknown }).states;
  if (!Array.isArray(states)) throw new XvalError('ITF: "states" must be a list');
  return states.map((s, i) => {
    if (s === null || typeof s !== 'object') throw new XvalError(`ITF: states[${i}] must be an object`);
    const vars = new Map<string, TlaValue>();
    for (const [k, v] of Object.entries(s)) if (k !== '#meta') vars.set(k, fromItf(v, `states[${i}].${k}`));
    return specState(vars);
  });
}

function itfConfig(raw: unknown): AlpenglowConfig {
  if (raw === undefined)
    throw new XvalError(
      'ITF: no config (#meta.alpenglow.config); give one with alpenglow replay --config FILE',
    );
  const checked = validateConfig(raw);
  if (!checked.ok) {
    throw new XvalError(
      checked.problems.map((p) => `ITF #meta.alpenglow.config.${p.field}: ${p.message}`).join('\n'),
    );
  }
  return checked.config;
}
