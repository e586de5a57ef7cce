import { describe, expect, it } from 'vitest';
import { GENESIS } from '../../src/core/ids.ts';
import { createAlpenglowModel } from '../../src/model/model.ts';
import { testConfig } from '../helpers/config.ts';

// The model's initial state: genesis is notarized and finalized at slot 0, so every correct
// node starts with ParentReady(1, genesis) and timers for window 1 (notes §1.2).

describe('createAlpenglowModel(cfg).init', () => {
  const cfg = testConfig({ stakes: [3, 1, 4, 1, 5], byzantine: [4], offline: [3] });
  const [state] = createAlpenglowModel(cfg).init();

  it('has one initial state with the genesis block only and an empty network', () => {
    expect(createAlpenglowModel(cfg).init()).toHaveLength(1);
    expect(state?.blocks).toEqual([{ id: 0, slot: 0, parent: -1, proposer: -1, variant: 0 }]);
    expect(state?.network).toEqual([]);
    expect(state?.castVotes).toEqual([[], [], [], [], []]);
  });

  it('gives protocol state to correct validators only', () => {
    expect(cfg.roles).toEqual(['honest', 'honest', 'honest', 'offline', 'byzantine']);
    expect(state?.nodes.map((n) => n !== null)).toEqual([true, true, true, false, false]);
  });

  it('every correct node has ParentReady(1, genesis) and the window-1 timers, nothing else', () => {
    for (const node of cfg.honest) {
      const slots = state?.nodes[node]?.slots ?? [];
      expect(slots).toHaveLength(cfg.maxSlot + 1);
      expect(slots[1]?.parentReady).toEqual([GENESIS]);
      expect(slots[1]?.timeoutsSet).toBe(true);
      for (let s = 2; s <= cfg.maxSlot; s++) expect(slots[s]?.parentReady).toEqual([]);
    }
  });
});
