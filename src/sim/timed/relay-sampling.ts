import { assert } from '../../core/assert.ts';
import type { Rng } from '../../core/rng.ts';

/**
 * Rotor relay sampling, partition sampling "PS-P" (white paper §3.1, Def. 46): a validator with
 * stake fraction ρ gets ⌊ρ·Γ⌋ guaranteed relay slots; the left-over stake of everyone is laid out
 * in a fixed order and cut into the remaining bins of exactly 1/Γ of the stake each, and each bin
 * picks one validator in proportion to its share of that bin. Integer arithmetic throughout:
 * validator i holds stake_i·Γ units and every bin holds `total` units.
 * Returns Γ relay ids (a validator may hold several shreds).
 */
export function sampleRelays(stakes: readonly number[], shreds: number, rng: Rng): number[] {
  assert(Number.isInteger(shreds) && shreds >= 1, `shreds ${shreds}`);
  const total = stakes.reduce((a, b) => a + b, 0);
  const relays: number[] = [];
  const leftovers: number[] = [];
  stakes.forEach((stake, id) => {
    const units = stake * shreds;
    const guaranteed = Math.floor(units / total);
    for (let k = 0; k < guaranteed; k++) relays.push(id);
    leftovers.push(units - guaranteed * total);
  });
  const bins = shreds - relays.length;
  let id = 0;
  let remainingOfCurrent = leftovers[0] ?? 0;
  for (let bin = 0; bin < bins; bin++) {
    // Walk `total` units of left-over stake; pick a point in them uniformly.
    const point = rng.int(total);
    let walked = 0;
    let chosen = -1;
    let need = total;
    while (need > 0) {
      while (remainingOfCurrent === 0) {
        id++;
        assert(id < stakes.length, 'PS-P ran out of left-over stake');
        remainingOfCurrent = leftovers[id] as number;
      }
      const take = Math.min(need, remainingOfCurrent);
      if (chosen === -1 && point < walked + take) chosen = id;
      walked += take;
      need -= take;
      remainingOfCurrent -= take;
    }
    relays.push(chosen);
  }
  assert(relays.length === shreds, 'PS-P produced the wrong number of relays');
  return relays;
}
