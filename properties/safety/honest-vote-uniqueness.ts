import type { SafetyProperty } from '../types.ts';
import { nameOf } from './observed.ts';

export const honestVoteUniqueness: SafetyProperty = {
  name: 'HonestVoteUniqueness',
  kind: 'safety',
  // Stable: it reads the cast log, which only grows.
  stable: true,
  reference: 'reference §7.1; white paper Lemma 20',
  description:
    'A correct node casts at most one initial vote (Notar or Skip) per slot, never both, never two.',
  check(cfg, state) {
    for (const node of cfg.honest) {
      const first = new Map<number, string>();
      for (const vote of state.castVotes[node] ?? []) {
        if (vote.kind !== 'notar' && vote.kind !== 'skip') continue;
        const text = vote.kind === 'notar' ? `Notar(${nameOf(state, vote.block)})` : `Skip(${vote.slot})`;
        const earlier = first.get(vote.slot);
        if (earlier) return `validator ${node} cast ${earlier} and ${text} in slot ${vote.slot}`;
        first.set(vote.slot, text);
      }
    }
    return null;
  },
};
