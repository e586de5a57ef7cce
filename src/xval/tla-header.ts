import {
  type AlpenglowConfig,
  DEFAULT_CONFIG,
  type ProtocolName,
  validateConfig,
} from '../core/config/index.ts';
import { XvalError } from './errors.ts';
import { CONFIG_MARKER } from './mc-module.ts';

/**
 * The config a TLC text trace belongs to, found in the text itself: the marker line that
 * generated modules carry (`alpenglow-config: {...}`), or the header of a hand-written
 * tla/MC_*.tla (`Generated from the TS ModelConfig: {...}`) pasted above TLC's output.
 * null when neither is there (the caller must then supply the config).
 */
export function configInText(text: string): AlpenglowConfig | null {
  const raw = rawConfigInText(text);
  return raw === null ? null : checked(raw.config, raw.where);
}

/**
 * The same, before validation. Some hand-written tla/MC_* configs break the config rules (e.g.
 * one Byzantine validator of three), which the model itself does not need.
 */
export function rawConfigInText(text: string): { config: AlpenglowConfig; where: string } | null {
  const marker = text.indexOf(CONFIG_MARKER);
  if (marker >= 0)
    return { config: jsonAt(text, marker + CONFIG_MARKER.length) as AlpenglowConfig, where: CONFIG_MARKER };
  const header = text.indexOf('Generated from the TS ModelConfig:');
  if (header >= 0) return { config: fromMcHeader(jsonAt(text, header)), where: 'MC header' };
  return null;
}

/** The JSON object starting at the first "{" after `from`, up to its matching "}". */
function jsonAt(text: string, from: number): unknown {
  const start = text.indexOf('{', from);
  let depth = 0;
  for (let i = start; i >= 0 && i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) {
      try {
        return JSON.parse(text.slice(start, i + 1));
      } catch {
        break;
      }
    }
  }
  throw new XvalError('the config JSON in the trace text cannot be read');
}

/** The header config of a checked-in tla/MC_*.tla (src/xval/mc-catalog.ts): the fields that differ from DEFAULT_CONFIG. */
export interface McHeader {
  validators: number;
  stakes?: number[];
  byz?: number[];
  offline?: number[];
  window: number;
  maxSlot: number;
  offset?: number;
  strategy?: string;
  fast?: number;
  slow?: number;
  /** The protocol variant (default "whitepaper"). */
  protocol?: ProtocolName;
  /** At most this many messages in flight (a CONSTRAINT; not part of the config). */
  netMax?: number;
  desc?: string;
}

/** tla/README.md: buildModelConfig of these fields over DEFAULT_CONFIG, thresholds 0.8/0.6 by default. */
export function fromMcHeader(raw: unknown): AlpenglowConfig {
  const h = raw as McHeader;
  const byz = h.byz ?? [];
  const offline = h.offline ?? [];
  return {
    ...DEFAULT_CONFIG,
    validators: h.validators,
    byzantine_count: byz.length,
    offline_count: offline.length,
    byzantine_validators: byz,
    offline_validators: offline,
    stake_distribution: h.stakes ? Object.fromEntries(h.stakes.map((s, i) => [String(i), s])) : null,
    leader_window_size: h.window,
    max_rounds: h.maxSlot,
    leader_offset: h.offset ?? 0,
    byzantine_strategy: h.strategy ?? 'silent',
    fast_path_threshold: h.fast ?? 0.8,
    slow_path_threshold: h.slow ?? 0.6,
    protocol: h.protocol ?? 'whitepaper',
  };
}

function checked(raw: unknown, where: string): AlpenglowConfig {
  const result = validateConfig(raw);
  if (result.ok) return result.config;
  throw new XvalError(result.problems.map((p) => `${where} config: ${p.field}: ${p.message}`).join('\n'));
}
