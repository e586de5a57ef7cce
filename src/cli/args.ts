import { closestName } from '../core/config/suggest.ts';

export type FlagType = 'string' | 'int' | 'boolean';

export interface FlagSpec {
  readonly name: string;
  readonly type: FlagType;
  readonly value?: string;
  readonly description: string;
  /** Smallest value an int flag takes (0 when absent): `--runs 0` would check nothing and pass. */
  readonly min?: number;
  /** Accepted for compatibility with the original guide's scripts, ignored with a warning. */
  readonly ignoredWithWarning?: string;
}

export interface ParsedArgs {
  readonly positionals: string[];
  readonly flags: Readonly<Record<string, string | number | boolean>>;
  readonly problems: string[];
  readonly warnings: string[];
}

/**
 * A small argument parser: `--flag value` and `--flag=value`, booleans bare or `=true/false`,
 * `-h` for `--help`, unknown flags reported with a "did you mean" hint, a flag given twice
 * refused (which one would win is a guess). Every problem is collected, none thrown.
 */
export function parseArgs(argv: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | number | boolean> = {};
  const problems: string[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] === '-h' && specs.some((s) => s.name === 'help') ? '--help' : (argv[i] as string);
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const spec = specs.find((s) => s.name === name);
    if (!spec) {
      const hint = closestName(
        name,
        specs.map((s) => s.name),
      );
      problems.push(`--${name}: unknown flag${hint ? ` (did you mean --${hint}?)` : ''}`);
      // `--runz 5`: the 5 was meant as its value; reporting it as a stray argument too is noise.
      if (eq === -1 && argv[i + 1] !== undefined && !argv[i + 1]?.startsWith('-')) i++;
      continue;
    }
    if (seen.has(name)) {
      problems.push(`--${name}: given more than once`);
      if (eq === -1 && spec.type !== 'boolean') i++;
      continue;
    }
    seen.add(name);
    let text: string | undefined = eq === -1 ? undefined : arg.slice(eq + 1);
    if (text === undefined && spec.type !== 'boolean') {
      const following = argv[i + 1];
      if (following === undefined || following.startsWith('--')) {
        problems.push(`--${name}: needs a value (${spec.value ?? spec.type})`);
        continue;
      }
      text = following;
      i++;
    }
    const value = convert(spec, text, problems);
    if (value === undefined) continue;
    if (spec.ignoredWithWarning) warnings.push(`--${name}: ${spec.ignoredWithWarning}`);
    else flags[name] = value;
  }
  return { positionals, flags, problems, warnings };
}

function convert(
  spec: FlagSpec,
  text: string | undefined,
  problems: string[],
): string | number | boolean | undefined {
  if (spec.type === 'boolean') {
    if (text === undefined || text === 'true') return true;
    if (text === 'false') return false;
    problems.push(`--${spec.name}: must be true or false, got "${text}"`);
    return undefined;
  }
  if (spec.type === 'int') {
    const n = Number(text);
    const min = spec.min ?? 0;
    if (!/^\d+$/.test(text ?? '') || !Number.isSafeInteger(n) || n < min) {
      const rule = min === 0 ? 'a non-negative integer' : `an integer >= ${min}`;
      problems.push(`--${spec.name}: must be ${rule}, got "${text}"`);
      return undefined;
    }
    return n;
  }
  return text;
}
