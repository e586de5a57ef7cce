/**
 * A cross-validation input that does not fit (a trace step no TS action reproduces, an unknown
 * trace format). The message is one or more lines for people; the CLI prints it as it is.
 */
export class XvalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XvalError';
  }
}
