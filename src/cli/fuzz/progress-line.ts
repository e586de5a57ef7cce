/**
 * The campaign's live line on stderr, only when stderr is a terminal (like src/cli/progress.ts,
 * whose line is per scenario run): runs, runs/s, finds, unique finds and elapsed time, redrawn at
 * most ten times a second and once a second while a long run keeps the counts still.
 */
export class CampaignProgress {
  private lastDrawMs = 0;
  private drawn = false;
  private counts = { runs: 0, finds: 0, unique: 0 };
  private readonly timer: NodeJS.Timeout | null;

  constructor(
    private readonly enabled: boolean,
    private readonly startMs = performance.now(),
  ) {
    this.timer = enabled ? setInterval(() => this.draw(true), 1000) : null;
    this.timer?.unref();
  }

  update(counts: { runs: number; finds: number; unique: number }): void {
    this.counts = counts;
    this.draw(false);
  }

  /** The line's text (also what a test of it reads). */
  text(nowMs = performance.now()): string {
    const seconds = (nowMs - this.startMs) / 1000;
    const rate = seconds > 0 ? (this.counts.runs / seconds).toFixed(2) : '0.00';
    const { runs, finds, unique } = this.counts;
    return `fuzz: ${runs} runs  ${rate} runs/s  ${finds} finds  ${unique} unique  elapsed ${Math.floor(seconds)}s`;
  }

  clear(): void {
    if (this.drawn) process.stderr.write(`\r${' '.repeat(100)}\r`);
    this.drawn = false;
  }

  dispose(): void {
    if (this.timer) clearInterval(this.timer);
    this.clear();
  }

  private draw(force: boolean): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (!force && now - this.lastDrawMs < 100) return;
    this.lastDrawMs = now;
    process.stderr.write(`\r${this.text(now).padEnd(100)}`);
    this.drawn = true;
  }
}
