/**
 * Errors the CLI reports to people: each problem one line, no stack trace, exit 1
 * (design.md §4). Anything else that escapes is a bug and is reported as such.
 */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

export function inputError(...problems: string[]): InputError {
  return new InputError(problems);
}

/** Bad rows of a file listed one by one up to this many; beyond, a count (a file in the wrong format would print thousands). */
export const LISTED_ROW_PROBLEMS = 20;

/** The first LISTED_ROW_PROBLEMS problems, then one line counting the rest (`what` names the file). */
export function listedRowProblems(problems: readonly string[], what: string): string[] {
  const more = problems.length - LISTED_ROW_PROBLEMS;
  return more > 0
    ? [...problems.slice(0, LISTED_ROW_PROBLEMS), `${what}: ${more} more bad rows not listed`]
    : [...problems];
}
