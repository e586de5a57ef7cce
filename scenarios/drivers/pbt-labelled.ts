import { assert } from '../../src/core/assert.ts';
import { type LabelledResult, labelText, type OutcomeLabel, reportName } from '../outcome.ts';
import { type PbtRequest, runPbt } from './pbt.ts';

/**
 * The pbt driver with its verdicts carrying property and label as data, like the other drivers'.
 * Transitional: scenarios/drivers/pbt.ts still formats its outcome names itself (from the label's
 * text); once it builds them with propertyOutcome() (scenarios/outcome.ts) and takes an
 * OutcomeLabel, call it directly and remove this file.
 */
export async function runPbtLabelled(
  req: Omit<PbtRequest, 'label'>,
  label: OutcomeLabel | null,
): Promise<LabelledResult> {
  const result = await runPbt(label === null ? req : { ...req, label: labelText(label) });
  // runPbt reports one verdict per requested property, in the order requested.
  assert(result.properties.length === req.properties.length, 'pbt: one verdict per property');
  const properties = result.properties.map((outcome, i) => {
    const property = (req.properties[i] as { name: string }).name;
    assert(
      outcome.name === reportName(property, label),
      () => `pbt: verdict ${outcome.name} for ${property}`,
    );
    return { ...outcome, property, label };
  });
  return { ...result, properties };
}
