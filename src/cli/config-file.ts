import { type AlpenglowConfig, DEFAULT_CONFIG, validateConfig } from '../core/config/index.ts';
import { visible } from '../core/config/visible.ts';
import { inputError } from './errors.ts';
import { readTextFile } from './io.ts';
import { duplicateMessage, parseJsonStrict } from './json-strict.ts';

/**
 * Loads and validates a config file: every problem one line, naming the file and the field (or,
 * for a repeated key, its JSON path and line), in visible characters only.
 */
export function loadConfig(path: string | undefined): AlpenglowConfig {
  if (path === undefined) return { ...DEFAULT_CONFIG };
  const where = `config ${path}`;
  const parsed = parseJsonStrict(readTextFile(path, 'config'));
  if (!parsed.ok) throw inputError(visible(`${where}: not valid JSON (${parsed.error})`));
  const result = validateConfig(parsed.value);
  const problems = [
    ...parsed.duplicates.map(duplicateMessage),
    ...(result.ok ? [] : result.problems.map((p) => `${p.field}: ${p.message}`)),
  ];
  if (problems.length > 0 || !result.ok) throw inputError(...problems.map((p) => visible(`${where}: ${p}`)));
  return result.config;
}
