import type { SafetyProperty } from '../types.ts';

export const finalExcludesFallback: SafetyProperty = {
  name: 'FinalExcludesFallback',
  kind: 'safety',
  // Stable: it reads the cast log, which only grows.
  stable: true,
  reference: 'reference §7.2; white paper Lemma 22',
  description:
    'A correct node never casts Final(s) together with Skip(s), NotarFallback(s, ·) or SkipFallback(s) (ItsOver and BadWindow exclude each other).',
  check(cfg, state) {
    for (const node of cfg.honest) {
      const votes = state.castVotes[node] ?? [];
      for (const final of votes) {
        if (final.kind !== 'final') continue;
        const clash = votes.find(
          (v) =>
            v.slot === final.slot &&
            (v.kind === 'skip' || v.kind === 'notarFallback' || v.kind === 'skipFallback'),
        );
        if (clash)
          return `validator ${node} cast Final(${final.slot}) and ${clash.kind} in slot ${final.slot}`;
      }
    }
    return null;
  },
};
