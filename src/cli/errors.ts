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
