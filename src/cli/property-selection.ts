import { SCENARIOS } from '../../scenarios/index.ts';
import type { PropertySelection } from '../../scenarios/selection.ts';
import type { ScenarioName } from '../../scenarios/types.ts';
import { closestName } from '../core/config/suggest.ts';
import { inputError } from './errors.ts';

type Flags = Readonly<Record<string, string | number | boolean>>;

/**
 * `--properties A,B` / `--skip-properties A,B` checked against the properties the scenario
 * checks: every problem at once, one line each (an unknown name gets a "did you mean", or the
 * scenarios that do check it, then one line listing the valid names). Undefined without either
 * flag: every property.
 */
export function resolveSelection(name: ScenarioName, flags: Flags): PropertySelection | undefined {
  const only = flags.properties as string | undefined;
  const skip = flags['skip-properties'] as string | undefined;
  if (only !== undefined && skip !== undefined)
    throw inputError('--properties, --skip-properties: give one or the other, not both');
  if (only === undefined && skip === undefined) return undefined;
  const flag = only !== undefined ? '--properties' : '--skip-properties';
  const text = (only ?? skip) as string;
  const available = SCENARIOS[name].properties;
  const names = text.split(',').map((n) => n.trim());
  if (names.some((n) => n === '')) throw inputError(`${flag}: empty name in "${text}"`);
  const problems = names.filter((n) => !available.includes(n)).map((n) => unknownName(flag, n, name));
  if (problems.length > 0) throw inputError(...problems, `${flag}: ${name} checks ${available.join(', ')}`);
  const unique = [...new Set(names)];
  const selection: PropertySelection =
    only !== undefined ? { only: unique, skip: [] } : { only: null, skip: unique };
  if (unique.length === available.length && selection.only === null)
    throw inputError(`${flag}: skips every property ${name} checks; nothing would be checked`);
  return selection;
}

function unknownName(flag: string, property: string, scenario: ScenarioName): string {
  const elsewhere = Object.values(SCENARIOS)
    .filter((s) => s.name !== scenario && s.properties.includes(property))
    .map((s) => s.name);
  if (elsewhere.length > 0)
    return `${flag}: ${property} is not checked by ${scenario} (${elsewhere.join(', ')} check it)`;
  const available = SCENARIOS[scenario].properties;
  const match = closestName(property, available);
  return `${flag}: unknown property "${property}"${match ? ` (did you mean "${match}"?)` : ''}`;
}
