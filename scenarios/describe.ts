import { LIVENESS_PROPERTIES } from '../properties/liveness/index.ts';
import { SAFETY_PROPERTIES } from '../properties/safety/index.ts';

/** Safety properties numbered in the reference's §7 (its items 1–10), by their `reference` field. */
const FROM_REFERENCE = SAFETY_PROPERTIES.filter((p) => /^reference §7\.\d+;/.test(p.reference)).length;

/**
 * "the 15 safety properties (reference §7's 10 invariants and 5 more)": counted from the registry,
 * so a scenario's description (help, README) cannot drift when a property is added.
 */
export function safetyPropertiesText(): string {
  const more = SAFETY_PROPERTIES.length - FROM_REFERENCE;
  return `the ${SAFETY_PROPERTIES.length} safety properties (reference §7's ${FROM_REFERENCE} invariants and ${more} more)`;
}

export function livenessPropertiesText(): string {
  return `the ${LIVENESS_PROPERTIES.length} liveness and latency properties`;
}
