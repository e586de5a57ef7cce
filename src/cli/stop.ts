import { SIGNAL_EXIT_CODES, type StopSignal } from './signal-latch.ts';
import { processStartEpochMs, sharedStopFlag } from './worker-channel.ts';

/**
 * Why a run should stop early: a deadline (`--timeout`) or a signal. `shouldStop` is polled by
 * every long loop (each step of a run, each successor of an expansion, every 64 simulator events,
 * each shrink test), so it must stay cheap: a clock read and, in a worker, one atomic load.
 *
 * In a worker thread (src/cli/worker-host.ts) the main thread receives the signals and sets a
 * shared flag that this reads; on the main thread it listens to SIGINT/SIGTERM itself, and then
 * sees them only when the event loop runs.
 */
export class StopController {
  signal: StopSignal | null = null;
  deadlineHit = false;
  private readonly deadlineMs: number | null;
  private readonly handlers: [NodeJS.Signals, () => void][] = [];

  constructor(
    timeoutSeconds: number | null,
    private readonly shared: Int32Array | null = sharedStopFlag(),
  ) {
    // Counted from the process's start (start-up and loading included): that is the time a
    // user or a CI step sees. In performance.now() terms of this thread.
    const startMs = processStartEpochMs() - performance.timeOrigin;
    this.deadlineMs = timeoutSeconds === null ? null : startMs + timeoutSeconds * 1000;
  }

  /** The deadline as wall-clock epoch milliseconds (null without --timeout), for the host's watchdog. */
  deadlineEpochMs(): number | null {
    return this.deadlineMs === null ? null : performance.timeOrigin + this.deadlineMs;
  }

  /** On the main thread: handle SIGINT/SIGTERM. In a worker the host does, and says so itself. */
  listen(onSignal: (signal: string) => void): void {
    if (this.shared) return;
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const handler = () => {
        if (this.signal) process.exit(SIGNAL_EXIT_CODES[signal]); // a second signal: leave now
        this.signal = signal;
        onSignal(signal);
      };
      process.on(signal, handler);
      this.handlers.push([signal, handler]);
    }
  }

  dispose(): void {
    for (const [signal, handler] of this.handlers) process.off(signal, handler);
  }

  /** Milliseconds left before the deadline (null without --timeout). */
  remainingMs(): number | null {
    return this.deadlineMs === null ? null : Math.max(0, this.deadlineMs - performance.now());
  }

  readonly shouldStop = (): boolean => {
    if (this.signal === null && this.shared !== null) {
      const code = Atomics.load(this.shared, 0);
      if (code !== 0) this.signal = code === 1 ? 'SIGINT' : 'SIGTERM';
    }
    if (this.signal) return true;
    if (this.deadlineMs !== null && performance.now() >= this.deadlineMs) this.deadlineHit = true;
    return this.deadlineHit;
  };
}
