/** Characters a POSIX shell passes through unquoted (no spaces, globs, quotes, $, ;, |, &, …). */
const PLAIN = /^[A-Za-z0-9_/.,:=+@%-]+$/;

/**
 * One argument as a POSIX shell must see it, so a printed command runs as printed: plain words
 * as they are, anything else in single quotes (a single quote inside becomes '\'').
 */
export function shellQuote(arg: string): string {
  if (PLAIN.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
