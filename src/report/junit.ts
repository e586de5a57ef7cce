import type { PropertyResult, TestReport } from './types.ts';
import { boundedPropertyText, stopperWords, violationSize } from './verdict.ts';

/**
 * JUnit XML for CI (`--junit FILE`): one <testsuite> per scenario run, one <testcase> per
 * property in the report (only the checked ones are there), named by the property with the
 * scenario as classname. A violation is a <failure> whose message is the counterexample summary
 * and whose text holds the trace and the command that replays it; a property the run never got
 * to is <skipped/>. A property that held only within a bounded search passes with <system-out>
 * saying how deep (the console's words); in a run stopped by --timeout or a signal, what held so
 * far is <skipped/> "not fully checked", since CI must not count it as a pass. The layout is the common one that Jenkins, GitLab and GitHub reporters read.
 */
export interface JUnitCase {
  readonly name: string;
  readonly classname: string;
  readonly seconds: number;
  readonly outcome:
    | { readonly kind: 'passed'; readonly output?: string }
    | { readonly kind: 'failure'; readonly type: string; readonly message: string; readonly text: string }
    | { readonly kind: 'skipped'; readonly message: string };
}

export interface JUnitSuite {
  readonly name: string;
  /** ISO 8601 without time zone, as the JUnit schema has it (empty: unknown). */
  readonly timestamp: string;
  readonly seconds: number;
  readonly properties: readonly (readonly [string, string])[];
  readonly cases: readonly JUnitCase[];
  /** Notes on the run as a whole (stopped early, say). */
  readonly output: string;
}

/**
 * The suite of one scenario run, from its TestReport; `runsRequested` (the run's --runs) lets a
 * stopped run say how far it got.
 */
export function junitSuite(report: TestReport, runsRequested?: number): JUnitSuite {
  const rerun = report.reproduce;
  return {
    name: report.scenario,
    timestamp: report.timestamp.replace(/(\.\d+)?Z$/, ''),
    seconds: report.duration_ms / 1000,
    properties: [
      ['seed', String(report.seed)],
      ['mode', report.mode],
      ['runs', String(report.runs)],
      ['rerun', rerun],
    ],
    cases: report.property_results.map((p) => propertyCase(report, p, stoppedMessage(report, runsRequested))),
    output: runNotes(report).join('\n'),
  };
}

/** A scenario that is not available yet: one skipped case that says why (verify lists such). */
export function unavailableSuite(scenario: string, reason: string): JUnitSuite {
  return {
    name: scenario,
    timestamp: '',
    seconds: 0,
    properties: [],
    cases: [
      {
        name: scenario,
        classname: scenario,
        seconds: 0,
        outcome: { kind: 'skipped', message: `not available: ${reason}` },
      },
    ],
    output: '',
  };
}

/** "not fully checked: stopped by --timeout after 240 of 300 runs"; null for a run that was not stopped. */
function stoppedMessage(report: TestReport, runsRequested: number | undefined): string | null {
  const stopper = stopperWords(report);
  if (stopper === null) return null;
  // integration_tests counts the runs of all its drivers, which may exceed the --runs it was given.
  const known = runsRequested !== undefined && report.runs <= runsRequested;
  return `not fully checked: ${stopper} after ${report.runs}${known ? ` of ${runsRequested}` : ''} runs`;
}

function propertyCase(report: TestReport, p: PropertyResult, stopped: string | null): JUnitCase {
  const base = { name: p.name, classname: report.scenario, seconds: p.duration_ms / 1000 };
  if (p.passed === false) {
    const message = `VIOLATED (${violationSize(p, report)}): ${p.error ?? 'no message'}`;
    const text = [
      message,
      ...(p.counterexample ? [`counterexample: ${p.counterexample}`] : []),
      ...(p.reproduce ? [`reproduce: ${p.reproduce}`] : []),
      `seed: ${report.seed}`,
      `rerun: ${report.reproduce}`,
    ].join('\n');
    return { ...base, outcome: { kind: 'failure', type: 'PropertyViolated', message, text } };
  }
  if (p.cross_validation.consistent === false) {
    const message = `cross-validation inconsistent: ${p.cross_validation.details}`;
    const text = `${message}\nrerun: ${report.reproduce}`;
    return { ...base, outcome: { kind: 'failure', type: 'CrossValidationInconsistent', message, text } };
  }
  if (p.passed === null) {
    return {
      ...base,
      outcome: { kind: 'skipped', message: 'not checked: the run stopped before this driver ran' },
    };
  }
  const bounded = boundedPropertyText(p, report);
  if (stopped !== null) {
    const message = bounded === null ? stopped : `${stopped}; ${bounded}`;
    return { ...base, outcome: { kind: 'skipped', message } };
  }
  return { ...base, outcome: bounded === null ? { kind: 'passed' } : { kind: 'passed', output: bounded } };
}

function runNotes(report: TestReport): string[] {
  const notes: string[] = [];
  if (report.metrics.timeouts > 0) notes.push('stopped by --timeout before the run budget was spent');
  else if (report.interrupted) notes.push('stopped before the run budget was spent');
  return notes;
}

/** The whole document: a <testsuites> root over the suites, with their totals. */
export function junitXml(suites: readonly JUnitSuite[]): string {
  const all = suites.flatMap((s) => s.cases);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="alpenglow"${countAttributes(all)} time="${seconds(sum(suites.map((s) => s.seconds)))}">`,
    ...suites.flatMap(suiteLines),
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
}

function suiteLines(s: JUnitSuite): string[] {
  const stamp = s.timestamp === '' ? '' : ` timestamp="${xmlEscape(s.timestamp)}"`;
  const head = `  <testsuite name="${xmlEscape(s.name)}"${countAttributes(s.cases)} time="${seconds(s.seconds)}"${stamp}>`;
  const properties =
    s.properties.length === 0
      ? []
      : [
          '    <properties>',
          ...s.properties.map(([n, v]) => `      <property name="${xmlEscape(n)}" value="${xmlEscape(v)}"/>`),
          '    </properties>',
        ];
  const output = s.output === '' ? [] : [`    <system-out>${xmlText(s.output)}</system-out>`];
  return [head, ...properties, ...s.cases.map(caseXml), ...output, '  </testsuite>'];
}

function caseXml(c: JUnitCase): string {
  const head = `    <testcase name="${xmlEscape(c.name)}" classname="${xmlEscape(c.classname)}" time="${seconds(c.seconds)}"`;
  const o = c.outcome;
  if (o.kind === 'passed' && o.output === undefined) return `${head}/>`;
  if (o.kind === 'passed')
    return `${head}>\n      <system-out>${xmlText(o.output ?? '')}</system-out>\n    </testcase>`;
  if (o.kind === 'skipped')
    return `${head}>\n      <skipped message="${xmlEscape(o.message)}"/>\n    </testcase>`;
  const failure = `<failure type="${xmlEscape(o.type)}" message="${xmlEscape(o.message)}">${xmlText(o.text)}</failure>`;
  return `${head}>\n      ${failure}\n    </testcase>`;
}

function countAttributes(cases: readonly JUnitCase[]): string {
  const count = (kind: JUnitCase['outcome']['kind']) => cases.filter((c) => c.outcome.kind === kind).length;
  return ` tests="${cases.length}" failures="${count('failure')}" errors="0" skipped="${count('skipped')}"`;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Seconds with millisecond precision, as JUnit's time attribute has them. */
function seconds(value: number): string {
  return value.toFixed(3);
}

const ESCAPES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Text safe in XML attributes and content: markup characters and quotes escaped; tab, newline and
 * carriage return as references (an attribute would turn them into spaces); characters XML 1.0
 * cannot hold at all (other control characters, lone surrogates, U+FFFE/U+FFFF) become U+FFFD,
 * since no reference may name them either.
 */
/** Element content: as xmlEscape, but newlines and tabs stay as they are (only attributes lose them). */
export function xmlText(text: string): string {
  return xmlEscape(text).replace(/&#10;/g, '\n').replace(/&#9;/g, '\t');
}

export function xmlEscape(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const char = text[i] as string;
    if (c >= 0xd800 && c <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        out += char + (text[++i] as string); // a pair outside the BMP, kept
        continue;
      }
    }
    const escaped = ESCAPES[char];
    if (escaped !== undefined) out += escaped;
    else if (c < 0x20 || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) out += '\ufffd';
    else out += char;
  }
  return out;
}
