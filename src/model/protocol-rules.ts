import { assert } from '../core/assert.ts';
import type { ProtocolName } from '../core/config/index.ts';

/**
 * The protocol variants as data (issue 12). The model follows the white paper v1.1; the Votor that
 * ships (Anza's `votor/` in anza-xyz/alpenglow, read at master-backup 9f284c9, upstreamed to agave
 * `votor/`) differs from it in places. Each difference is one named rule here, with where the
 * paper and the implementation say what they do; the pool and the handlers ask `cfg.rules` by
 * name, and a variant is the list of rules it applies — a new variant is one entry.
 */
export type ProtocolRuleName =
  | 'voteConflicts'
  | 'fastFinalizationAlone'
  | 'crashedLeaderTimer'
  | 'parentReadyFromFinalization'
  | 'allVersionsPending';

export interface ProtocolRule {
  readonly name: ProtocolRuleName;
  /** What a correct node does when the rule applies (one line: README's list). */
  readonly rule: string;
  /** What the white paper does instead, and where. */
  readonly whitepaper: string;
  /** Where the implementation does it (anza-xyz/alpenglow). */
  readonly agave: string;
  /**
   * A rule about when a timer fires, which only the timed simulator (src/sim/timed) applies: the
   * untimed model lets any armed timer fire at any time, so its states already include the rule's
   * (tla/Alpenglow.tla has no counterpart either).
   */
  readonly timedOnly: boolean;
}

export const PROTOCOL_RULES: Readonly<Record<ProtocolRuleName, ProtocolRule>> = {
  voteConflicts: {
    name: 'voteConflicts',
    rule:
      'the pool refuses a vote when its sender already has a vote of a conflicting kind stored in ' +
      'the slot: Final vs Skip, SkipFallback or NotarFallback; Notar(b) vs NotarFallback(b); ' +
      'Skip vs SkipFallback; Notar vs Skip (each in both orders: 12 ordered pairs)',
    whitepaper: 'Def. 12 refuses only a second Notar-or-Skip vote (one shared entry): Notar vs Skip',
    agave:
      '`votor/src/common.rs` (`conflicting_types`), `votor/src/consensus_pool.rs` ' +
      '(`has_conflicting_vote`: two block votes conflict only for the same block)',
    timedOnly: false,
  },
  fastFinalizationAlone: {
    name: 'fastFinalizationAlone',
    rule:
      'a received FastFinalization certificate is stored alone: it implies no Notarization, so it ' +
      'raises no BlockNotarized and the node casts no Final vote on it (it still finalizes the ' +
      'block and makes it a parent for ParentReady and SafeToNotar)',
    whitepaper:
      'Def. 13 (remark) and Def. 15: it implies Notarization and NotarFallback, BlockNotarized ' +
      'follows and tryFinal (Algorithm 2) may cast Final',
    agave: '`votor/src/consensus_pool.rs` (`insert_certificate`, the `FinalizeFast` branch)',
    timedOnly: false,
  },
  crashedLeaderTimer: {
    name: 'crashedLeaderTimer',
    rule:
      "at ParentReady + Δtimeout (the first slot's Timeout follows at + Δblock) a node that has seen " +
      'no shred of the ParentReady slot and has not voted in it skips the window (`TimeoutCrashedLeader`)',
    whitepaper: 'Def. 17: the first timeout of a window is at ParentReady + Δtimeout + Δblock',
    agave:
      '`votor/src/timer_manager/timers.rs` (`TimerState`: `WaitDeltaTimeout` yields ' +
      '`TimeoutCrashedLeader`), `votor/src/event_handler.rs` (skip unless `voted` or `received_shred`)',
    timedOnly: true,
  },
  parentReadyFromFinalization: {
    name: 'parentReadyFromFinalization',
    rule:
      'a node that finalizes a block b of a later slot of a window, holds b, and has no ParentReady ' +
      'for the window start or any later slot records ParentReady(slot(b), parent(b)) and sets the ' +
      "timers of slot(b)'s window from slot(b) on; checked when b is finalized and when b arrives",
    whitepaper: "Def. 15: ParentReady is raised only for a window's first slot, from certificates",
    agave:
      '`votor/src/event_handler.rs` (`add_missing_parent_ready`, called on `Finalized` and `Block`; ' +
      '`Finalized` raised by `insert_certificate` in `votor/src/consensus_pool.rs`)',
    timedOnly: false,
  },
  allVersionsPending: {
    name: 'allVersionsPending',
    rule:
      'every complete version of a slot a node receives while it has not voted there stays pending, ' +
      'in arrival order, and each is retried (and can be voted on) when its parent qualifies',
    whitepaper:
      'Def. 10: Blokstor emits a Block event only for the first complete block of a slot, so ' +
      'Algorithm 1 never votes on a later version',
    agave:
      '`votor/src/event_handler.rs` (`pending_blocks`: a list per slot; `check_pending_blocks` ' +
      'retries them all)',
    timedOnly: false,
  },
};

/** Which rules each variant applies. */
export const PROTOCOL_VARIANTS: Readonly<Record<ProtocolName, readonly ProtocolRuleName[]>> = {
  whitepaper: [],
  agave: [
    'voteConflicts',
    'fastFinalizationAlone',
    'crashedLeaderTimer',
    'parentReadyFromFinalization',
    'allVersionsPending',
  ],
};

/** Per rule, whether the model applies it (ModelConfig.rules). */
export type ProtocolRules = Readonly<Record<ProtocolRuleName, boolean>>;

export function protocolRules(protocol: ProtocolName): ProtocolRules {
  const on = PROTOCOL_VARIANTS[protocol];
  assert(on !== undefined, `unknown protocol ${String(protocol)} (validateConfig lists the names)`);
  const rules = {} as Record<ProtocolRuleName, boolean>;
  for (const name of Object.keys(PROTOCOL_RULES) as ProtocolRuleName[]) rules[name] = on.includes(name);
  return rules;
}

/** The paper's rules: what a caller without a config (a unit test of the pool) gets. */
export const WHITEPAPER_RULES: ProtocolRules = protocolRules('whitepaper');

/** README's "Protocol variants" list (Modelling choices), written from the table, 100 columns. */
export function protocolVariantsMarkdown(): string {
  const variants = (Object.entries(PROTOCOL_VARIANTS) as [ProtocolName, readonly ProtocolRuleName[]][])
    .map(
      ([name, rules]) =>
        `\`${name}\`: ${rules.length === 0 ? 'none' : rules.map((r) => `\`${r}\``).join(', ')}`,
    )
    .join('; ');
  const intro =
    'Protocol variants: config `protocol` (default `whitepaper`) picks the rules of ' +
    "`src/model/protocol-rules.ts` where Anza's votor (anza-xyz/alpenglow) differs from the " +
    `paper: ${variants}.`;
  const lines = wrap(intro, '- ', '  ');
  for (const r of Object.values(PROTOCOL_RULES)) {
    lines.push(
      ...wrap(
        `\`${r.name}\`${r.timedOnly ? ' (timed simulator only)' : ''}: ${r.rule}. Paper: ${r.whitepaper}. Agave: ${r.agave}.`,
        '  - ',
        '    ',
      ),
    );
  }
  return lines.join('\n');
}

const README_COLUMNS = 100;

function wrap(text: string, first: string, rest: string): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(' ')) {
    const prefix = lines.length === 0 ? first : rest;
    if (line.length > prefix.length && line.length + 1 + word.length > README_COLUMNS) {
      lines.push(line);
      line = rest + word;
    } else line = line.length > prefix.length ? `${line} ${word}` : line + word;
  }
  lines.push(line);
  return lines;
}
