import type { ModelConfig } from '../model/config.ts';
import type { State } from '../model/state.ts';
import { canonicalText } from './canonical.ts';
import { specState } from './state-canon.ts';
import { stateKey } from './state-key.ts';
import { stateToTla } from './state-tla.ts';
import { prettyState } from './tla-print.ts';
import type { TlaValue } from './tla-value.ts';
import { collectTsStates, type TsSearchOptions } from './ts-search.ts';

export interface SetComparison {
  readonly equal: boolean;
  /** Distinct states TLC dumped / the TS side reached, as canonical keys. */
  readonly tlcStates: number;
  readonly tsStates: number;
  readonly tlcOnly: number;
  readonly tsOnly: number;
  /** The first state found on one side only, printed as TLC prints states. */
  readonly firstDifference?: string;
}

/**
 * Takes TLC's dumped states one by one (as runTlc streams them) and checks each against the TS
 * key set, keeping the first TLC-only state for the report.
 */
export class DumpMatcher {
  readonly seen = new Set<string>();
  private tlcOnly = 0;
  private example: string | undefined;

  constructor(private readonly tsKeys: ReadonlySet<string>) {}

  readonly visit = (vars: ReadonlyMap<string, TlaValue>): void => {
    const state = specState(vars);
    const key = stateKey(canonicalText(state));
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (this.tsKeys.has(key)) return;
    this.tlcOnly++;
    this.example ??= prettyState(state);
  };

  /** The verdict; finding a TS-only state to print costs one more TS search, so only on mismatch. */
  async compare(cfg: ModelConfig, opts: TsSearchOptions): Promise<SetComparison> {
    const tsOnly = [...this.tsKeys].filter((k) => !this.seen.has(k)).length;
    const base = { tlcStates: this.seen.size, tsStates: this.tsKeys.size, tlcOnly: this.tlcOnly, tsOnly };
    if (this.tlcOnly > 0) {
      return {
        ...base,
        equal: false,
        firstDifference: `a state only TLC reaches (${this.tlcOnly} such):\n${this.example}`,
      };
    }
    if (tsOnly === 0) return { ...base, equal: true };
    const state = await this.firstTsOnly(cfg, opts);
    const shown = state ? prettyState(stateToTla(cfg, state)) : '(not found again)';
    return {
      ...base,
      equal: false,
      firstDifference: `a state only the TS model reaches (${tsOnly} such):\n${shown}`,
    };
  }

  private async firstTsOnly(cfg: ModelConfig, opts: TsSearchOptions): Promise<State | undefined> {
    let found: State | undefined;
    await collectTsStates(cfg, opts, (key, state) => {
      if (found === undefined && !this.seen.has(key)) found = state;
    });
    return found;
  }
}
