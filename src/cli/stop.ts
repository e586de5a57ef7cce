/**
 * Why a run should stop early: a deadline (`--timeout`) or a signal. SIGINT/SIGTERM set a flag
 * that the search polls between runs, so the report is still written.
 */
export class StopController {
  signal: 'SIGINT' | 'SIGTERM' | null = null;
  deadlineHit = false;
  private readonly deadlineMs: number | null;
  private readonly handlers: [NodeJS.Signals, () => void][] = [];

  constructor(timeoutSeconds: number | null) {
    this.deadlineMs = timeoutSeconds === null ? null : performance.now() + timeoutSeconds * 1000;
  }

  listen(onSignal: (signal: string) => void): void {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const handler = () => {
        if (this.signal) process.exit(signal === 'SIGINT' ? 130 : 143); // a second signal: leave now
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
    if (this.signal) return true;
    if (this.deadlineMs !== null && performance.now() >= this.deadlineMs) this.deadlineHit = true;
    return this.deadlineHit;
  };
}
