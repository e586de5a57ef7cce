import { traceHtml } from '../../report/html.ts';
import type { TestReport } from '../../report/types.ts';
import { detectTraceFormat } from '../../xval/index.ts';
import { type FlagSpec, parseArgs } from '../args.ts';
import { loadConfig } from '../config-file.ts';
import { inputError } from '../errors.ts';
import { flagTable } from '../help.ts';
import { fileTargetProblems, readJsonFile, readTextFile, writeFailure, writeFileAtomic } from '../io.ts';
import type { Output } from '../output.ts';
import { loadAnyTrace, reportPage, traceSection } from '../viewer.ts';

export const REPORT_FLAGS: readonly FlagSpec[] = [
  { name: 'html', type: 'string', value: 'FILE', description: 'where the self-contained HTML page goes' },
  {
    name: 'config',
    type: 'string',
    value: 'FILE',
    description: 'the config of a TLC or ITF trace that does not carry its own',
  },
  { name: 'help', type: 'boolean', description: 'show this help' },
];

export function reportHelp(): string {
  return `alpenglow report REPORT_OR_TRACE --html FILE — a self-contained HTML page (no network: it opens from file://)

For a trace (native untimed or timed, ITF, or TLC error-trace text): a message-sequence chart, one
lane per validator, step (or, for a timed trace, time) downward; every delivery an arrow from its
sender to its recipient coloured by kind, finalizations marked, the violating step highlighted.
Step through it with the buttons or keys (↓/j, ↑/k, Home, End, v): each step shows what changed in
each correct validator's pool and flags and the status of every property. Filters by validator
and by message kind. For a TestReport: its verdicts, metrics and config, and the same chart for
each counterexample it names. Every failing scenario run writes this page next to its report.

flags:
${flagTable(REPORT_FLAGS)}`;
}

export function reportCommand(argv: readonly string[], io: Output): number {
  const args = parseArgs(argv, REPORT_FLAGS);
  if (args.flags.help) {
    io.out(reportHelp());
    return 0;
  }
  if (args.positionals.length !== 1) args.problems.push('report needs exactly one REPORT_OR_TRACE file');
  if (typeof args.flags.html !== 'string') args.problems.push('--html: needs the output FILE');
  else args.problems.push(...fileTargetProblems(args.flags.html, '--html'));
  if (args.problems.length > 0) throw inputError(...args.problems);
  const input = args.positionals[0] as string;
  const configPath = args.flags.config as string | undefined;
  const format = detectTraceFormat(readTextFile(input, 'input'));
  if (configPath !== undefined && format !== 'tlc' && format !== 'itf')
    throw inputError(`--config: ${input} is not a TLC or ITF trace; --config is for those without a config`);
  const html =
    format === null
      ? reportCommandHtml(input, readJsonFile(input, 'input') as Record<string, unknown>)
      : traceHtml(traceSection(input, loadAnyTrace(input, configPath ? loadConfig(configPath) : undefined)));
  try {
    writeFileAtomic(args.flags.html as string, html);
  } catch (error) {
    throw inputError(writeFailure(args.flags.html as string, '--html', error));
  }
  io.out(`wrote ${args.flags.html}`);
  return 0;
}

function reportCommandHtml(path: string, raw: Record<string, unknown>): string {
  if (typeof raw.scenario !== 'string' || !Array.isArray(raw.property_results)) {
    throw inputError(`input ${path}: neither a TestReport nor a trace (native, ITF or TLC)`);
  }
  return reportPage(raw as unknown as TestReport, process.cwd());
}
