import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

const schema = JSON.parse(
  readFileSync(new URL('../../reports/schema/test-report.schema.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

/** Validates a report against reports/schema/test-report.schema.json; returns the errors as text. */
export function reportSchemaErrors(report: unknown): string[] {
  if (validate(report)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

export function readReport(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8'));
}
