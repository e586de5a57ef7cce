/**
 * Assertions on the data structures themselves (TigerBeetle style): a failed assert is a bug in
 * this tool, never a protocol violation. Protocol violations are reported by properties.
 */
export class AssertionFailure extends Error {
  override readonly name = 'AssertionFailure';
}

export function assert(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition) {
    throw new AssertionFailure(typeof message === 'string' ? message : message());
  }
}

/** Exhaustiveness check for discriminated unions. */
export function unreachable(value: never): never {
  throw new AssertionFailure(`unreachable: ${JSON.stringify(value)}`);
}
