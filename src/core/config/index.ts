export { BYZANTINE_STRATEGY_NAMES, type ByzantineStrategyName, isStrategyName } from './strategies.ts';
export * from './types.ts';
export { type ConfigResult, validateConfig } from './validate.ts';
