import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * .github/workflows/nightly.yml's campaign, read as text (no YAML parser in the dependencies):
 * a matrix of shards of one seed, uniquely named artifacts, merged by `fuzz merge` in a last job.
 */
const workflow = readFileSync(new URL('../../../.github/workflows/nightly.yml', import.meta.url), 'utf8');

/** A GitHub expression as the workflow writes it: `${{ matrix.shard }}`. */
const gh = (expr: string) => `\${{ ${expr} }}`;

function job(name: string): string {
  const start = workflow.indexOf(`\n  ${name}:\n`);
  expect(start, `job ${name}`).toBeGreaterThan(0);
  const next = workflow.slice(start + 1).search(/\n {2}[\w-]+:\n/);
  return next === -1 ? workflow.slice(start) : workflow.slice(start, start + 1 + next);
}

describe('the nightly fuzzing workflow', () => {
  it('runs one shard per matrix entry, all of them of the same seed', () => {
    const fuzz = job('fuzz');
    const shards = /shard: \[([\d, ]+)\]/
      .exec(fuzz)?.[1]
      ?.split(',')
      .map((s) => Number(s.trim()));
    const count = Number(/FUZZ_SHARDS: (\d+)/.exec(fuzz)?.[1]);
    expect(shards).toEqual(Array.from({ length: count }, (_, i) => i));
    expect(fuzz).toContain('fail-fast: false');
    expect(fuzz).toContain(`--shard "${gh('matrix.shard')}/$FUZZ_SHARDS"`);
    expect(fuzz).toContain('--seed "$(date -u +%Y%m%d)"');
    expect(fuzz).toContain('--duration 3600');
  });

  it('uploads each shard under its own name and merges exactly those in a final job', () => {
    const fuzz = job('fuzz');
    const merge = job('fuzz-merge');
    const name =
      /name: (fuzz-\$\{\{ github\.run_id \}\}-\$\{\{ github\.run_attempt \}\}-shard-)\$\{\{ matrix\.shard \}\}/.exec(
        fuzz,
      );
    expect(name, 'artifact name with run, attempt and shard').not.toBeNull();
    expect(merge).toContain(`pattern: ${name?.[1]}*`);
    expect(merge).toContain('needs: fuzz');
    expect(merge).toContain('if: always()');
    expect(merge).toMatch(/alpenglow fuzz merge --corpus (\S+) reports\/fuzz\/shards\/\*/);
    expect(merge).toContain(`name: fuzz-${gh('github.run_id')}-${gh('github.run_attempt')}-merged`);
  });
});
