import type { Ledger } from '../../src/model/economics/ledger-types.ts';

/**
 * A property of a run's money (issue 14), judged on its ledger (src/model/economics): the
 * payments, burns, aggregates and epochs it recorded, against the inputs it was driven by. Each
 * recomputes what it needs from the sources' rules itself instead of calling the ledger's code,
 * so a bug there cannot hide from it.
 */
export interface EconomicProperty {
  readonly kind: 'economic';
  readonly name: string;
  readonly reference: string;
  readonly description: string;
  check(ledger: Ledger): string | null;
}
