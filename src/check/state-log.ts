import { assert } from '../core/assert.ts';
import { Int32Vec } from './int32-vec.ts';

/** Where a state came from: the initial state it descends from and the action indices taken. */
export interface StatePath {
  readonly root: number;
  readonly actionIndices: number[];
}

/**
 * Per distinct state, in discovery order: its parent's index and the index of the action (in the
 * parent's `actions()` list) that produced it. A root's parent is -1 and its "action" is its index
 * in `init()`. Eight bytes per state, no objects: states themselves can be dropped once expanded,
 * and any state is rebuilt from its parent. BFS assigns indices level by level and logs the
 * children of one parent together, so parents are non-decreasing within a level.
 */
export class StateLog {
  private readonly parents = new Int32Vec();
  private readonly actions = new Int32Vec();

  get size(): number {
    return this.parents.length;
  }

  get bytes(): number {
    return this.parents.bytes + this.actions.bytes;
  }

  addRoot(initIndex: number): number {
    this.actions.push(initIndex);
    return this.parents.push(-1);
  }

  add(parent: number, actionIndex: number): number {
    assert(parent >= 0 && parent < this.size, () => `parent ${parent} not logged`);
    this.actions.push(actionIndex);
    return this.parents.push(parent);
  }

  parentOf(index: number): number {
    return this.parents.get(index);
  }

  /** The action index that produced the state (for a root: its index in `init()`). */
  actionOf(index: number): number {
    return this.actions.get(index);
  }

  /** The path from a root to `index`; `maxDepth` bounds the walk (parents always precede children). */
  pathTo(index: number, maxDepth: number): StatePath {
    const reversed: number[] = [];
    let current = index;
    for (let steps = 0; steps <= maxDepth; steps++) {
      const parent = this.parents.get(current);
      if (parent < 0) return { root: this.actions.get(current), actionIndices: reversed.reverse() };
      assert(parent < current, 'a parent is logged before its children');
      reversed.push(this.actions.get(current));
      current = parent;
    }
    throw new Error(`state ${index} is deeper than ${maxDepth}`);
  }
}
