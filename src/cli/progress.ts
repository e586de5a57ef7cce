/**
 * A progress line on stderr, only when stderr is a terminal, redrawn at most ten times a second:
 * runs, states, states/s and an ETA from the run budget.
 */
export class ProgressLine {
  private lastDrawMs = 0;
  private readonly startMs = performance.now();
  private drawn = false;

  constructor(private readonly enabled: boolean) {}

  update(fields: { phase: string; runs: number; totalRuns: number; states: number; depth?: number }): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.lastDrawMs < 100) return;
    this.lastDrawMs = now;
    const seconds = (now - this.startMs) / 1000;
    const rate = seconds > 0 ? Math.round(fields.states / seconds) : 0;
    const eta =
      fields.runs > 0 ? Math.round((seconds / fields.runs) * (fields.totalRuns - fields.runs)) : null;
    const depth = fields.depth === undefined ? '' : `  depth ${fields.depth}`;
    const line = `${fields.phase}: run ${fields.runs}/${fields.totalRuns}  ${fields.states} states  ${rate} states/s${depth}  ETA ${eta ?? '?'}s`;
    process.stderr.write(`\r${line.padEnd(100)}`);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) process.stderr.write(`\r${' '.repeat(100)}\r`);
    this.drawn = false;
  }
}
