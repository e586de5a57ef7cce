import type { NodeId } from '../../src/core/ids.ts';
import { VAT_LAMPORTS, VOTE_ACCOUNT_RENT_EXEMPT_LAMPORTS } from '../../src/model/economics/constants.ts';
import type { Admission, Ledger } from '../../src/model/economics/ledger-types.ts';
import type { EconomicProperty } from './types.ts';

/**
 * Each epoch's admitted set is the rule applied to the balances it was computed from: stake > 0,
 * balance ≥ VAT (+ rent with vat_requires_rent), and at most `maxAdmitted` by stake, every
 * validator tied with the first one left out excluded too (SIMD-0357 steps 3–4;
 * vote/src/vote_account.rs `clone_and_filter_for_alpenglow`). Every validator admitted at a
 * boundary pays exactly one VAT for it, and no one else does (steps 5–6).
 */
export const admissionRule: EconomicProperty = {
  kind: 'economic',
  name: 'AdmissionRule',
  reference: 'SIMD-0357 Detailed Design; vote_account.rs clone_and_filter_for_alpenglow',
  description:
    'admitted sets follow stake > 0, balance >= VAT (+ rent), top 2,000 by stake with ties at the cut excluded; each admitted validator pays one VAT',
  check(ledger) {
    const byEpoch = new Map(ledger.admissions.map((a) => [a.epoch, a]));
    for (const a of ledger.admissions) {
      const want = admitted(ledger, a);
      if (want.join(',') !== sorted(a.admitted).join(',')) {
        return `epoch ${a.epoch} admitted [${a.admitted.join(', ')}]; the rule admits [${want.join(', ')}]`;
      }
      // Epochs 0 and 1 come from the start state without a VAT (genesis).
      if (a.atSlot === null) continue;
      const payers = ledger.burns.filter((b) => b.epoch === a.epoch);
      const ids = sorted(payers.map((b) => b.from));
      if (ids.join(',') !== want.join(',') || payers.some((b) => b.amount !== VAT_LAMPORTS)) {
        return `epoch ${a.epoch}: VAT taken from [${ids.join(', ')}], the admitted are [${want.join(', ')}] (one VAT of ${VAT_LAMPORTS} each)`;
      }
    }
    for (const e of ledger.epochs) {
      const a = byEpoch.get(e.epoch);
      if (a === undefined || sorted(a.admitted).join(',') !== sorted(e.admitted).join(','))
        return `epoch ${e.epoch} ran with [${e.admitted.join(', ')}], not the set admitted to it`;
    }
    const stray = ledger.burns.find((b) => byEpoch.get(b.epoch)?.atSlot == null);
    return stray
      ? `validator ${stray.from} paid a VAT for epoch ${stray.epoch}, which had no admission at a boundary`
      : null;
  },
};

function sorted(ids: readonly NodeId[]): NodeId[] {
  return [...ids].sort((a, b) => a - b);
}

function admitted(ledger: Ledger, admission: Admission): NodeId[] {
  const { stakes, rentInAdmission, maxAdmitted } = ledger.params;
  const minimum = rentInAdmission ? VAT_LAMPORTS + VOTE_ACCOUNT_RENT_EXEMPT_LAMPORTS : VAT_LAMPORTS;
  const eligible = stakes
    .map((stake, id) => ({ id, stake }))
    .filter(({ id, stake }) => stake > 0n && (admission.balances[id] ?? 0n) >= minimum);
  let kept = eligible;
  if (eligible.length > maxAdmitted) {
    const descending = eligible.map((e) => e.stake).sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
    const cut = descending[maxAdmitted] as bigint;
    kept = eligible.filter((e) => e.stake > cut);
  }
  return kept.map((e) => e.id).sort((a, b) => a - b);
}
