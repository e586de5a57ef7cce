/**
 * Which properties a run checks (`--properties A,B` or `--skip-properties A,B`, as TLC's
 * INVARIANTS and Quint's `--invariant` choose): `only` the named ones, or all but `skip`. The
 * drivers filter their property lists through it before they start, so an unselected property
 * is never evaluated, not merely left out of the report. Names are bare property names; a
 * scenario that labels its verdicts (a sweep cell, a driver) selects every label of a name.
 */
export interface PropertySelection {
  readonly only: readonly string[] | null;
  readonly skip: readonly string[];
}

export function isSelected(selection: PropertySelection | undefined, name: string): boolean {
  if (selection === undefined) return true;
  if (selection.only !== null && !selection.only.includes(name)) return false;
  return !selection.skip.includes(name);
}

/** The properties the selection keeps, in their own order. */
export function selectProperties<P extends { readonly name: string }>(
  selection: PropertySelection | undefined,
  properties: readonly P[],
): P[] {
  return properties.filter((p) => isSelected(selection, p.name));
}
