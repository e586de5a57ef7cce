import { describe, expect, it } from 'vitest';
import { CampaignProgress } from '../../../src/cli/fuzz/progress-line.ts';

describe("the campaign's progress line", () => {
  it('shows runs, runs/s, finds, unique finds and elapsed time', () => {
    const line = new CampaignProgress(false, 0);
    line.update({ runs: 30, finds: 12, unique: 5 });
    expect(line.text(12_000)).toBe('fuzz: 30 runs  2.50 runs/s  12 finds  5 unique  elapsed 12s');
    line.dispose();
  });

  it('draws nothing when stderr is not a terminal', () => {
    const writes: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((chunk: string) => {
      writes.push(chunk);
      return true;
    }) as typeof process.stderr.write;
    try {
      const line = new CampaignProgress(false);
      line.update({ runs: 1, finds: 0, unique: 0 });
      line.dispose();
    } finally {
      process.stderr.write = write;
    }
    expect(writes).toEqual([]);
  });
});
