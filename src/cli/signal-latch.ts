import type { Output } from './output.ts';

export type StopSignal = 'SIGINT' | 'SIGTERM';

/** The shell's 128 + signal number: what every command exits with when a signal stopped it. */
export const SIGNAL_EXIT_CODES: Readonly<Record<StopSignal, number>> = { SIGINT: 130, SIGTERM: 143 };

/**
 * The first SIGINT or SIGTERM a pipeline of child runs (verify's jobs, fuzz's runs) receives,
 * remembered so the loop stops before starting another child; `onFirst` tells the running ones
 * (fuzz's stop flag), or their own handlers do (verify's workers). Said once on stderr;
 * `release` removes the handlers when the loop ends.
 *
 * The latch is only read when the loop's thread gets back to its event loop: a loop whose
 * children finish in microtasks must yield between them (see fuzz/campaign.ts), or the signal
 * waits for the loop to end.
 */
export interface SignalLatch {
  readonly signal: StopSignal | null;
  release(): void;
}

export interface LatchOptions {
  /** A second signal exits at once with its code (everything on disk is written whole anyway). */
  readonly exitOnSecond?: boolean;
  /** Called once, on the first signal. */
  readonly onFirst?: (signal: StopSignal) => void;
}

export function latchSignals(io: Output, whatStops: string, options: LatchOptions = {}): SignalLatch {
  let signal: StopSignal | null = null;
  const onSignal = (received: StopSignal) => {
    if (signal !== null) {
      if (options.exitOnSecond) process.exit(SIGNAL_EXIT_CODES[received]);
      return;
    }
    signal = received;
    io.err(`\n${received} received: ${whatStops}`);
    options.onFirst?.(received);
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
