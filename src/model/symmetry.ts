import type { ModelConfig } from './config.ts';
import { fingerprintState } from './fingerprint.ts';
import { type Permutation, StatePermuter } from './permute.ts';
import type { State } from './state.ts';
import { groupPermutations, interchangeableClasses } from './symmetry-classes.ts';
import { validatorSignatures } from './symmetry-signature.ts';

/**
 * Symmetry reduction for the explorer. The group is every renaming of validators that the
 * configuration allows (symmetry-classes.ts). A state's representative is, among its images under
 * the renamings that leave each class sorted by signature (symmetry-signature.ts), the one with
 * the lexicographically smallest fingerprint. Signatures move with their validator, so renaming a
 * state renames its candidate set too: every state of a class has the same candidate images and
 * hence the same minimum — two states get equal representatives exactly when one is a renaming of
 * the other. Usually one candidate is left and no fingerprint is compared at all.
 */
export interface Symmetry {
  /** The interchangeable validator classes (empty: no reduction). */
  readonly classes: readonly (readonly number[])[];
  /** Order of the group, identity included. */
  readonly groupOrder: number;
  canonical(state: State): State;
}

export function createSymmetry(cfg: ModelConfig): Symmetry {
  const classes = interchangeableClasses(cfg);
  const perms = groupPermutations(cfg.validatorCount, classes);
  const permuter = new StatePermuter(perms);
  return {
    classes,
    groupOrder: perms.length,
    canonical(state) {
      if (perms.length === 1) return state;
      const sigs = validatorSignatures(state);
      let best: State | null = null;
      let bestText = '';
      for (let k = 0; k < perms.length; k++) {
        if (!sortsClasses(perms[k] as Permutation, classes, sigs)) continue;
        const image = k === 0 ? state : permuter.apply(state, k);
        if (best === null) {
          best = image;
          continue;
        }
        bestText ||= fingerprintState(best);
        const text = fingerprintState(image);
        if (text < bestText) [best, bestText] = [image, text];
      }
      return best ?? state;
    },
  };
}

/**
 * Does renaming by p leave every class sorted by signature? After renaming, id c holds the
 * validator p⁻¹(c); the class's ids, ascending, must then carry non-decreasing signatures.
 */
function sortsClasses(p: Permutation, classes: readonly (readonly number[])[], sigs: string[]): boolean {
  for (const members of classes) {
    let previous: string | null = null;
    for (const c of members) {
      const sig = sigs[p.indexOf(c)] as string;
      if (previous !== null && sig < previous) return false;
      previous = sig;
    }
  }
  return true;
}

const byConfig = new WeakMap<ModelConfig, Symmetry>();

/** The canonical representative of `state` under `cfg`'s symmetry (group built once per config). */
export function canonical(cfg: ModelConfig, state: State): State {
  let symmetry = byConfig.get(cfg);
  if (!symmetry) {
    symmetry = createSymmetry(cfg);
    byConfig.set(cfg, symmetry);
  }
  return symmetry.canonical(state);
}
