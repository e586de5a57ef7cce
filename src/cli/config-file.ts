import { dirname, resolve } from 'node:path';
import { type AlpenglowConfig, DEFAULT_CONFIG, validateConfig } from '../core/config/index.ts';
import { visible } from '../core/config/visible.ts';
import { stakeToJson } from '../core/stake.ts';
import { InputError, inputError } from './errors.ts';
import { readTextFile } from './io.ts';
import { duplicateMessage, parseJsonStrict } from './json-strict.ts';
import { readValidatorSetFile } from './validator-set.ts';

/**
 * Loads and validates a config file: every problem one line, naming the file and the field (or,
 * for a repeated key, its JSON path and line), in visible characters only.
 */
export function loadConfig(path: string | undefined): AlpenglowConfig {
  if (path === undefined) return { ...DEFAULT_CONFIG };
  const where = `config ${path}`;
  const parsed = parseJsonStrict(readTextFile(path, 'config'));
  if (!parsed.ok) throw inputError(visible(`${where}: not valid JSON (${parsed.error})`));
  const expanded = withValidatorSet(parsed.value, path);
  const result = expanded.problems.length > 0 ? null : validateConfig(expanded.raw);
  const problems = [
    ...parsed.duplicates.map(duplicateMessage),
    ...expanded.problems,
    ...(result === null || result.ok ? [] : result.problems.map((p) => `${p.field}: ${p.message}`)),
  ];
  if (problems.length > 0 || result === null || !result.ok)
    throw inputError(...problems.map((p) => visible(`${where}: ${p}`)));
  return result.config;
}

/** Fields a validator set file gives: the config must not give them too. */
const FROM_VALIDATOR_SET = [
  'validators',
  'stake_distribution',
  'validator_locations',
  'stake_unit_lamports',
] as const;

/**
 * `validator_set: "FILE.csv"` (issue 15): the file, relative to the config's folder, gives the
 * validators (id i = rank i), their lamport stakes (a unit of 1 lamport) and their locations. The
 * resolved config holds those and `validator_set: null`, so a report's or trace's config is whole
 * without the file (and validates again with no I/O).
 */
function withValidatorSet(raw: unknown, configPath: string): { raw: unknown; problems: string[] } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { raw, problems: [] };
  const fields = raw as Record<string, unknown>;
  const setPath = fields.validator_set;
  if (typeof setPath !== 'string') return { raw, problems: [] };
  const problems = FROM_VALIDATOR_SET.filter((f) => fields[f] !== undefined).map((f) =>
    f === 'stake_unit_lamports'
      ? `${f}: cannot be given with validator_set (its stakes are lamports: the unit is 1)`
      : `${f}: cannot be given with validator_set (the file gives the validators, their stakes and locations)`,
  );
  if (problems.length > 0) return { raw, problems };
  let rows: ReturnType<typeof readValidatorSetFile>;
  try {
    rows = readValidatorSetFile(resolve(dirname(configPath), setPath), 'validator_set');
  } catch (error) {
    if (error instanceof InputError) return { raw, problems: [...error.problems] };
    throw error;
  }
  return {
    raw: {
      ...fields,
      validator_set: null,
      validators: rows.length,
      stake_distribution: Object.fromEntries(rows.map((r, id) => [String(id), stakeToJson(r.stakeLamports)])),
      validator_locations: rows.map((r) => r.location),
      stake_unit_lamports: 1,
    },
    problems: [],
  };
}
