import { SAFETY_PROPERTIES } from '../../../properties/safety/index.ts';
import { shellQuote } from '../../core/shell-quote.ts';
import { reportHtml, traceHtml } from '../../report/html.ts';
import type { TestReport } from '../../report/types.ts';
import { replayTrace } from '../../sim/replay-trace.ts';
import { parseNativeTrace } from '../../sim/trace-parse.ts';
import { type FlagSpec, parseArgs } from '../args.ts';
import { cliInvocation } from '../command-line.ts';
import { inputError } from '../errors.ts';
import { flagTable } from '../help.ts';
import { fileTargetProblems, readJsonFile, writeFailure, writeFileAtomic } from '../io.ts';
import type { Output } from '../output.ts';

export const REPORT_FLAGS: readonly FlagSpec[] = [
  { name: 'html', type: 'string', value: 'FILE', description: 'where the self-contained HTML page goes' },
  { name: 'help', type: 'boolean', description: 'show this help' },
];

export function reportHelp(): string {
  return `alpenglow report REPORT_OR_TRACE --html FILE — a self-contained HTML page (no scripts, no network)

For a TestReport: verdicts, counterexample commands, metrics and config. For a trace: the trace
replayed, every step in words, the steps where a property fails marked.

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
  const raw = readJsonFile(input, 'input') as Record<string, unknown>;
  const html =
    raw.format === 'alpenglow-trace' ? traceCommandHtml(input, raw) : reportCommandHtml(input, raw);
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
    throw inputError(`input ${path}: neither a TestReport nor an alpenglow trace`);
  }
  return reportHtml(raw as unknown as TestReport, { cwd: process.cwd() });
}

function traceCommandHtml(path: string, raw: unknown): string {
  const parsed = parseNativeTrace(raw);
  if (!parsed.ok) throw inputError(...parsed.problems.map((p) => `trace ${path}: ${p.field}: ${p.message}`));
  const { trace } = parsed;
  const replay = `${cliInvocation()} replay`;
  if (trace.timed)
    throw inputError(`trace ${path}: a timed trace is shown by ${replay} --verbose ${shellQuote(path)}`);
  const result = replayTrace(trace, SAFETY_PROPERTIES);
  const atStep = (i: number) =>
    result.violations.filter((v) => v.step === i + 1).map((v) => `${v.property} violated: ${v.message}`);
  return traceHtml({
    title: `Trace: ${trace.violation?.property ?? 'no recorded violation'}`,
    facts: [
      ['file', path],
      ['seed', String(trace.seed ?? 'unknown')],
      ['validators', String(trace.config.validators)],
      ['thresholds', `${trace.config.fast_path_threshold} / ${trace.config.slow_path_threshold}`],
      ['Byzantine strategy', trace.config.byzantine_strategy],
      ['replay', `${replay} ${shellQuote(path)}`],
    ],
    steps: result.steps.map((s, i) => ({ text: s.text, violations: atStep(i) })),
  });
}
