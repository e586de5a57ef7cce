/**
 * Names of the Byzantine strategies a config may ask for. The strategies themselves are data in
 * src/model/byzantine/strategies.ts, keyed by these names (the compiler checks both lists agree).
 */
export const BYZANTINE_STRATEGY_NAMES = [
  'silent',
  'withholding',
  'equivocating_leader',
  'double_voting',
  'fallback_final',
  'arbitrary',
  'forger',
] as const;

export type ByzantineStrategyName = (typeof BYZANTINE_STRATEGY_NAMES)[number];

export function isStrategyName(name: string): name is ByzantineStrategyName {
  return (BYZANTINE_STRATEGY_NAMES as readonly string[]).includes(name);
}
