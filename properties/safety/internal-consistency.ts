import type { SafetyProperty } from '../types.ts';

/**
 * Not a lemma of the paper: the model's own consistency. When a step fails an internal assertion
 * (src/model/anomaly.ts) — correct nodes that disagree, e.g. on who leads a slot, can make more
 * versions of a slot than the block table holds — the model records why and stops. This property
 * turns that record into a violation with a trace, instead of an internal error with none.
 */
export const internalConsistency: SafetyProperty = {
  name: 'InternalConsistency',
  kind: 'safety',
  // Stable: an anomaly stops the model for good.
  stable: true,
  reference: "design.md §3 (assertions on the model's own data structures); no white paper lemma",
  description:
    "Every step completes without failing one of the model's internal assertions (no correct node is driven into a state the model cannot represent).",
  check(_cfg, state) {
    return state.anomaly === undefined ? null : `the model could not complete a step: ${state.anomaly}`;
  },
};
