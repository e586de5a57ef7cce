import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core/config/index.ts';
import { junitSuite, junitXml, unavailableSuite, xmlEscape, xmlText } from '../../src/report/junit.ts';
import type { PropertyResult, TestReport } from '../../src/report/types.ts';
import { elementsNamed, parseXml } from '../helpers/xml.ts';

const NOT_RUN = {
  local_result: null,
  external_result: null,
  tla_result: null,
  consistent: null,
  details: '',
};

function property(name: string, overrides: Partial<PropertyResult> = {}): PropertyResult {
  return {
    name,
    passed: true,
    states_explored: 10,
    duration_ms: 1500,
    error: null,
    counterexample_length: null,
    cross_validation: NOT_RUN,
    counterexample: null,
    reproduce: null,
    driver: 'pbt',
    ...overrides,
  };
}

function report(properties: PropertyResult[], overrides: Partial<TestReport> = {}): TestReport {
  return {
    scenario: 'safety_properties',
    states_explored: 100,
    properties_checked: properties.filter((p) => p.passed !== null).length,
    violations: properties.filter((p) => p.passed === false).length,
    duration_ms: 2250,
    success: properties.every((p) => p.passed !== false),
    property_results: properties,
    metrics: {
      peak_memory_bytes: null,
      states_per_second: null,
      cpu_time_ms: null,
      timeouts: 0,
      byzantine_events: 0,
      network_events: 0,
      coverage: { state_space_coverage: null, unique_states: null, transitions: null, code_coverage: null },
    },
    config: DEFAULT_CONFIG,
    timestamp: '2026-01-02T03:04:05.000Z',
    metadata: {
      rust_version: null,
      stateright_version: null,
      node_version: '',
      tool_version: '',
      hostname: '',
      environment: {},
      git_commit: null,
    },
    seed: 7,
    mode: 'pbt',
    runs: 20,
    interrupted: false,
    exit_code: 1,
    reproduce: './bin/alpenglow safety_properties --seed 7',
    ...overrides,
  };
}

const VIOLATED = property('NotarizationUniqueness', {
  passed: false,
  error: 'slot 1: validator 0 holds notar(1a), validator 3 holds notar(1b)',
  counterexample_length: 8,
  discovery_length: 13,
  one_minimal: true,
  counterexample: 'reports/eq.NotarizationUniqueness.trace.json',
  reproduce: './bin/alpenglow replay reports/eq.NotarizationUniqueness.trace.json',
});

describe('XML escaping', () => {
  it('escapes markup characters and both quotes', () => {
    expect(xmlEscape('a < b && c > "d" \'e\'')).toBe(
      'a &lt; b &amp;&amp; c &gt; &quot;d&quot; &apos;e&apos;',
    );
  });

  it('replaces characters XML 1.0 cannot hold (control characters, lone surrogates) with U+FFFD', () => {
    expect(xmlEscape('bell\u0007 nul\u0000 esc\u001b')).toBe('bell\ufffd nul\ufffd esc\ufffd');
    expect(xmlEscape('lone \ud800 high')).toBe('lone \ufffd high');
    // A well-formed pair outside the BMP stays as it is.
    expect(xmlEscape('emoji \u{1f600}')).toBe('emoji \u{1f600}');
  });

  it('keeps tab, newline and carriage return as character references (attributes would normalize them)', () => {
    expect(xmlEscape('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
  });

  it('keeps newlines and tabs readable in element text, where they need no reference', () => {
    expect(xmlText('a\tb\nc\rd <&>')).toBe('a\tb\nc&#13;d &lt;&amp;&gt;');
  });

  it('round-trips hostile text through a strict reader, in attributes and in text', () => {
    const hostile = 'x<y & "q" \'s\' ]]> \u0001\n<!-- -->';
    const xml = junitXml([
      junitSuite(report([property('P', { passed: false, error: hostile, counterexample_length: 1 })])),
    ]);
    const failure = elementsNamed(parseXml(xml), 'failure')[0];
    const expected = hostile.replace('\u0001', '\ufffd');
    expect(failure?.attrs.message).toContain(expected);
    expect(failure?.text).toContain(expected);
  });
});

describe('JUnit XML of a scenario run', () => {
  const xml = junitXml([
    junitSuite(
      report([
        property('HonestVoteUniqueness'),
        VIOLATED,
        property('WindowChain', { passed: null, duration_ms: 0 }),
      ]),
    ),
  ]);
  const root = parseXml(xml);
  const suite = elementsNamed(root, 'testsuite')[0];
  const cases = elementsNamed(root, 'testcase');

  it('is one <testsuites> with one <testsuite> per scenario run, counts and time in seconds', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(root.name).toBe('testsuites');
    expect(root.attrs).toMatchObject({ tests: '3', failures: '1', errors: '0', skipped: '1', time: '2.250' });
    expect(suite?.attrs).toMatchObject({
      name: 'safety_properties',
      tests: '3',
      failures: '1',
      errors: '0',
      skipped: '1',
      time: '2.250',
      timestamp: '2026-01-02T03:04:05',
    });
  });

  it('has one <testcase> per property: name the property, classname the scenario, its own time', () => {
    expect(cases.map((c) => c.attrs.name)).toEqual([
      'HonestVoteUniqueness',
      'NotarizationUniqueness',
      'WindowChain',
    ]);
    expect(cases.every((c) => c.attrs.classname === 'safety_properties')).toBe(true);
    expect(cases[0]?.attrs.time).toBe('1.500');
    expect(cases[0]?.children).toEqual([]);
  });

  it('gives a violated property a <failure> with the counterexample summary and the reproduce command', () => {
    const failure = cases[1]?.children[0];
    expect(failure?.name).toBe('failure');
    expect(failure?.attrs.type).toBe('PropertyViolated');
    expect(failure?.attrs.message).toBe(
      'VIOLATED (8 steps, shrunk from 13, 1-minimal): slot 1: validator 0 holds notar(1a), validator 3 holds notar(1b)',
    );
    expect(failure?.text).toContain('counterexample: reports/eq.NotarizationUniqueness.trace.json');
    expect(failure?.text).toContain(
      'reproduce: ./bin/alpenglow replay reports/eq.NotarizationUniqueness.trace.json',
    );
    expect(failure?.text).toContain('seed: 7');
    expect(failure?.text.split('\n')[0]).toBe(failure?.attrs.message); // one line each, readable raw
  });

  it('marks a property that was not checked <skipped/>', () => {
    expect(cases[2]?.children.map((c) => c.name)).toEqual(['skipped']);
    expect(cases[2]?.children[0]?.attrs.message).toMatch(/not checked/);
  });

  it('records seed, mode and the rerun command as suite properties', () => {
    const props = Object.fromEntries(
      elementsNamed(root, 'property').map((p) => [p.attrs.name, p.attrs.value]),
    );
    expect(props).toMatchObject({
      seed: '7',
      mode: 'pbt',
      rerun: './bin/alpenglow safety_properties --seed 7',
    });
  });
});

describe('JUnit XML: several runs and unavailable scenarios', () => {
  it('adds suites up and gives an unavailable scenario one skipped case saying why', () => {
    const xml = junitXml([
      junitSuite(report([VIOLATED])),
      junitSuite(
        report([property('EventualProgress')], { scenario: 'liveness_properties', duration_ms: 500 }),
      ),
      unavailableSuite('economic_model', 'rewards and stake economics are not modelled yet'),
    ]);
    const root = parseXml(xml);
    expect(root.attrs).toMatchObject({ tests: '3', failures: '1', skipped: '1', time: '2.750' });
    const suites = elementsNamed(root, 'testsuite');
    expect(suites.map((s) => s.attrs.name)).toEqual([
      'safety_properties',
      'liveness_properties',
      'economic_model',
    ]);
    const skipped = elementsNamed(suites[2] as never, 'skipped')[0];
    expect(skipped?.attrs.message).toBe('not available: rewards and stake economics are not modelled yet');
  });

  it('reports a cross-validation disagreement as a failure even when the property held', () => {
    const xv = {
      ...NOT_RUN,
      local_result: true,
      tla_result: false,
      consistent: false,
      details: 'TLC disagrees',
    };
    const xml = junitXml([junitSuite(report([property('WindowChain', { cross_validation: xv })]))]);
    const failure = elementsNamed(parseXml(xml), 'failure')[0];
    expect(failure?.attrs.type).toBe('CrossValidationInconsistent');
    expect(failure?.attrs.message).toContain('TLC disagrees');
  });

  it('says in the suite output when the run stopped before its budget was spent', () => {
    const xml = junitXml([junitSuite(report([property('P')], { interrupted: true, success: false }))]);
    const out = elementsNamed(parseXml(xml), 'system-out')[0];
    expect(out?.text).toMatch(/stopped before the run budget was spent/);
  });
});

describe('JUnit XML: bounded searches and stopped runs are not plain passes (issue 11, defect 3)', () => {
  const bounded = { complete: false, checked_depth: 4, stop_reason: 'depthBound' } as const;

  it('gives a property that held in a bounded search a passing case that says how deep it was checked', () => {
    const xml = junitXml([
      junitSuite(report([property('WindowChain', { driver: 'exhaustive', search: bounded })])),
    ]);
    const testcase = elementsNamed(parseXml(xml), 'testcase')[0];
    expect(testcase?.children.map((c) => c.name)).toEqual(['system-out']);
    expect(testcase?.children[0]?.text).toBe(
      'no violation up to depth 4 (search incomplete: depth bound reached)',
    );
  });

  it('keeps a complete search a plain pass', () => {
    const complete = { complete: true, checked_depth: 4, stop_reason: 'exhausted' } as const;
    const xml = junitXml([junitSuite(report([property('WindowChain', { search: complete })]))]);
    expect(elementsNamed(parseXml(xml), 'testcase')[0]?.children).toEqual([]);
  });

  it('skips what held so far in a run stopped by --timeout, saying how far it got; a violation stays a failure', () => {
    const stopped = report([property('HonestVoteUniqueness'), VIOLATED], {
      runs: 240,
      success: true,
      metrics: { ...report([]).metrics, timeouts: 1 },
    });
    const root = parseXml(junitXml([junitSuite(stopped, 300)]));
    const cases = elementsNamed(root, 'testcase');
    expect(cases[0]?.children.map((c) => c.name)).toEqual(['skipped']);
    expect(cases[0]?.children[0]?.attrs.message).toBe(
      'not fully checked: stopped by --timeout after 240 of 300 runs',
    );
    expect(cases[1]?.children.map((c) => c.name)).toEqual(['failure']);
    expect(root.attrs).toMatchObject({ tests: '2', failures: '1', skipped: '1' });
  });

  it('names a signal as the stop, and runs alone when the requested count is unknown', () => {
    const stopped = report([property('P')], { runs: 12, interrupted: true, success: false });
    const skipped = elementsNamed(parseXml(junitXml([junitSuite(stopped)])), 'skipped')[0];
    expect(skipped?.attrs.message).toBe('not fully checked: stopped by a signal after 12 runs');
  });
});
