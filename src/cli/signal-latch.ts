import type { Output } from './output.ts';

export type StopSignal = 'SIGINT' | 'SIGTERM';

/** The shell's 128 + signal number: what every command exits with when a signal stopped it. */
export const SIGNAL_EXIT_CODES: Readonly<Record<StopSignal, number>> = { SIGINT: 130, SIGTERM: 143 };

/**
 * The first SIGINT or SIGTERM a pipeline of child runs (verify's jobs, fuzz's batches) receives,
 * remembered so the loop stops before starting another child; the running children are told by
 * their own handlers. Said once on stderr; `release` removes the handlers when the loop ends.
 */
export interface SignalLatch {
  readonly signal: StopSignal | null;
  release(): void;
}

export function latchSignals(io: Output, whatStops: string): SignalLatch {
  let signal: StopSignal | null = null;
  const onSignal = (received: StopSignal) => {
    if (signal === null) io.err(`\n${received} received: ${whatStops}`);
    signal ??= received;
  };
  const onInt = () => onSignal('SIGINT');
  const onTerm = () => onSignal('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    get signal() {
      return signal;
    },
    release() {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}
