import { assert } from '../core/assert.ts';
import { LIMITS } from '../core/limits.ts';

/**
 * Delta debugging (Zeller's ddmin): shrinks a failing sequence to a 1-minimal one — removing any
 * single element makes it pass. `stillFails` must be deterministic and hold for `items`.
 * Generic: it knows nothing of the model. `budget` bounds the number of `stillFails` calls; when
 * it runs out the result still fails but may not be 1-minimal (reported through `minimal`).
 * `pause` lets a caller yield to its event loop between tests (signals stay responsive);
 * `shouldStop` ends the search at once with what it has (then `minimal` is false).
 */
export interface DdminResult<T> {
  readonly items: T[];
  readonly minimal: boolean;
  readonly tests: number;
}

export async function ddmin<T>(
  items: readonly T[],
  stillFails: (candidate: T[]) => boolean,
  budget = 20_000,
  pause: () => Promise<void> = async () => {},
  shouldStop: () => boolean = () => false,
): Promise<DdminResult<T>> {
  let current = items.slice();
  let tests = 0;
  const test = async (candidate: T[]): Promise<boolean> => {
    tests++;
    await pause();
    return stillFails(candidate);
  };
  let granularity = 2;
  let passes = 0;
  while (current.length >= 2 && tests < budget && !shouldStop()) {
    assert(++passes <= LIMITS.maxShrinkPasses * 1000, 'ddmin did not converge');
    const chunk = Math.ceil(current.length / granularity);
    let reduced = false;
    for (let start = 0; start < current.length && tests < budget && !shouldStop(); start += chunk) {
      const complement = [...current.slice(0, start), ...current.slice(start + chunk)];
      if (await test(complement)) {
        current = complement;
        granularity = Math.max(granularity - 1, 2);
        reduced = true;
        break;
      }
    }
    if (reduced) continue;
    if (granularity >= current.length) break;
    granularity = Math.min(granularity * 2, current.length);
  }
  // Confirm 1-minimality explicitly: no single element can go.
  for (let i = 0; i < current.length; ) {
    if (tests >= budget || shouldStop()) return { items: current, minimal: false, tests };
    const without = [...current.slice(0, i), ...current.slice(i + 1)];
    if (await test(without)) {
      current = without;
      i = 0;
    } else {
      i++;
    }
  }
  return { items: current, minimal: true, tests };
}
