import { describe, expect, it } from 'vitest';
import { type FlagSpec, parseArgs } from '../../src/cli/args.ts';

const SPECS: readonly FlagSpec[] = [
  { name: 'runs', type: 'int', min: 1, description: 'runs' },
  { name: 'seed', type: 'int', description: 'seed' },
  { name: 'config', type: 'string', description: 'config' },
  { name: 'verbose', type: 'boolean', description: 'verbose' },
  { name: 'help', type: 'boolean', description: 'help' },
];

describe('parseArgs', () => {
  it('reads --flag value, --flag=value, bare booleans and positionals', () => {
    const r = parseArgs(['--runs', '5', '--config=a.json', '--verbose', 'TRACE'], SPECS);
    expect(r).toEqual({
      positionals: ['TRACE'],
      flags: { runs: 5, config: 'a.json', verbose: true },
      problems: [],
      warnings: [],
    });
  });

  it('refuses values below a flag minimum (--runs 0 would check nothing and pass)', () => {
    expect(parseArgs(['--runs', '0'], SPECS).problems).toEqual(['--runs: must be an integer >= 1, got "0"']);
    expect(parseArgs(['--seed', '0'], SPECS).problems).toEqual([]);
    expect(parseArgs(['--seed', '-1'], SPECS).problems).toEqual([
      '--seed: must be a non-negative integer, got "-1"',
    ]);
    expect(parseArgs(['--seed', 'abc'], SPECS).problems).toEqual([
      '--seed: must be a non-negative integer, got "abc"',
    ]);
  });

  it('takes -h for --help', () => {
    expect(parseArgs(['-h'], SPECS).flags).toEqual({ help: true });
  });

  it('refuses a flag given twice instead of guessing which one wins', () => {
    const r = parseArgs(['--config', 'a.json', '--config', 'b.json'], SPECS);
    expect(r.problems).toEqual(['--config: given more than once']);
    expect(r.positionals).toEqual([]);
  });

  it('reports an unknown flag once, with a hint, and not its value as a stray argument', () => {
    const r = parseArgs(['--runz', '5'], SPECS);
    expect(r.problems).toEqual(['--runz: unknown flag (did you mean --runs?)']);
    expect(r.positionals).toEqual([]);
  });
});
