import { type AlpenglowConfig, DEFAULT_CONFIG, validateConfig } from '../core/config/index.ts';
import { inputError } from './errors.ts';
import { readJsonFile } from './io.ts';

/** Loads and validates a config file: every problem one line, naming the file and the field. */
export function loadConfig(path: string | undefined): AlpenglowConfig {
  if (path === undefined) return { ...DEFAULT_CONFIG };
  const result = validateConfig(readJsonFile(path, 'config'));
  if (!result.ok) throw inputError(...result.problems.map((p) => `config ${path}: ${p.field}: ${p.message}`));
  return result.config;
}
