import { type ConfigProblem, validateConfig } from '../core/config/index.ts';
import type { Action } from '../model/actions/types.ts';
import { CERT_KINDS, type Message, VOTE_KINDS } from '../model/messages.ts';
import type { TimedParams } from './timed/params.ts';
import { type NativeTrace, TRACE_FORMAT, TRACE_VERSION } from './trace.ts';

export type TraceResult = { ok: true; trace: NativeTrace } | { ok: false; problems: ConfigProblem[] };

/** A native trace always records its config; a trace without one is most likely a raw TLC or ITF file misread. */
const MISSING_CONFIG: ConfigProblem = {
  field: 'config',
  message: 'missing (a native trace records its config; for a raw TLC or ITF trace give --config FILE)',
};

/** A config problem named from the trace's root: `config.validators`, and `config` for the whole value (validateConfig calls it `(config)`). */
function underConfig(p: ConfigProblem): ConfigProblem {
  return { field: p.field === '(config)' ? 'config' : `config.${p.field}`, message: p.message };
}

/** Checks a parsed JSON value is a native trace; every problem at once, each naming its field. */
export function parseNativeTrace(raw: unknown): TraceResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, problems: [{ field: '(trace)', message: 'must be a JSON object' }] };
  }
  const t = raw as Record<string, unknown>;
  const problems: ConfigProblem[] = [];
  if (t.format !== TRACE_FORMAT) problems.push({ field: 'format', message: `must be "${TRACE_FORMAT}"` });
  if (t.version !== TRACE_VERSION) problems.push({ field: 'version', message: `must be ${TRACE_VERSION}` });
  const config = validateConfig(t.config);
  if (t.config === undefined) problems.push(MISSING_CONFIG);
  else if (!config.ok) problems.push(...config.problems.map(underConfig));
  if (!(t.seed === null || t.seed === undefined || Number.isSafeInteger(t.seed))) {
    problems.push({ field: 'seed', message: 'must be an integer or null' });
  }
  if (!Array.isArray(t.actions)) problems.push({ field: 'actions', message: 'must be a list of actions' });
  else for (const [i, a] of t.actions.entries()) problems.push(...actionProblems(a, `actions[${i}]`));
  if (t.timed !== undefined) problems.push(...timedProblems(t.timed));
  if (t.violation !== null && t.violation !== undefined) {
    const v = t.violation as Record<string, unknown>;
    if (typeof v.property !== 'string' || !Number.isSafeInteger(v.step)) {
      problems.push({ field: 'violation', message: 'must be null or {"property": string, "step": integer}' });
    } else if (t.timed === undefined && Array.isArray(t.actions) && (v.step as number) > t.actions.length) {
      // A cut or edited file: the recorded step cannot be reached, so "NOT reproduced" would mislead.
      problems.push({
        field: 'violation.step',
        message: `is ${v.step}, but the trace has only ${t.actions.length} actions`,
      });
    }
  }
  if (problems.length > 0 || !config.ok) return { ok: false, problems };
  return {
    ok: true,
    trace: { ...(t as unknown as NativeTrace), config: config.config, seed: (t.seed as number) ?? null },
  };
}

const isId = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
const isBlockRef = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= -1;

function actionProblems(raw: unknown, field: string): ConfigProblem[] {
  const a = raw as Partial<Record<string, unknown>> | null;
  const bad = (message: string) => [{ field, message }];
  if (a === null || typeof a !== 'object') return bad('must be an action object');
  switch (a.type as Action['type']) {
    case 'deliver':
      return isId(a.to) ? messageProblems(a.msg, `${field}.msg`) : bad('deliver needs "to" (validator id)');
    case 'timeout':
      return isId(a.node) && isId(a.slot) ? [] : bad('timeout needs "node" and "slot"');
    case 'propose':
    case 'byzPropose':
      return isId(a.node) && isId(a.slot) && isId(a.parent)
        ? []
        : bad(`${a.type} needs "node", "slot", "parent"`);
    case 'byzSend':
      return isId(a.node) && isId(a.to)
        ? messageProblems(a.msg, `${field}.msg`)
        : bad('byzSend needs "node" and "to"');
    default:
      return bad(`unknown action type ${JSON.stringify(a.type)}`);
  }
}

function messageProblems(raw: unknown, field: string): ConfigProblem[] {
  const m = raw as Partial<Message> | null;
  const ok =
    m !== null &&
    typeof m === 'object' &&
    ((m.type === 'block' && isId(m.block)) ||
      (m.type === 'vote' &&
        VOTE_KINDS.includes(m.vote?.kind as never) &&
        isId(m.vote?.slot) &&
        isBlockRef(m.vote?.block) &&
        isId(m.vote?.voter)) ||
      (m.type === 'cert' &&
        CERT_KINDS.includes(m.cert?.kind as never) &&
        isId(m.cert?.slot) &&
        isBlockRef(m.cert?.block) &&
        Array.isArray(m.cert?.signers) &&
        m.cert.signers.every(isId)));
  return ok ? [] : [{ field, message: 'must be a block, vote or cert message' }];
}

/** The numeric fields of TimedParams (slowExtraMs, a list, and the flag timeoutGrowth are checked apart in timedProblems); typed so a renamed field fails to compile. */
const PARAM_FIELDS: readonly Exclude<keyof TimedParams, 'slowExtraMs' | 'timeoutGrowth'>[] = [
  'delayMs',
  'jitterMs',
  'blockTimeMs',
  'timeoutMs',
  'gstMs',
  'bandwidthBytesPerSec',
  'shredsNeeded',
  'shreds',
  'blockBytes',
  'voteBytes',
  'certBytes',
  'standstillMs',
];

function timedProblems(raw: unknown): ConfigProblem[] {
  const t = raw as Record<string, unknown> | null;
  if (t === null || typeof t !== 'object') return [{ field: 'timed', message: 'must be an object' }];
  const problems: ConfigProblem[] = [];
  const params = t.params as Record<string, unknown> | undefined;
  for (const f of PARAM_FIELDS) {
    if (!Number.isSafeInteger(params?.[f]))
      problems.push({ field: `timed.params.${f}`, message: 'must be an integer' });
  }
  // Per-validator extra delay: a non-list here made every delay silently 0 (indexing a string).
  const slow = params?.slowExtraMs;
  if (!Array.isArray(slow) || !slow.every((ms) => Number.isSafeInteger(ms) && ms >= 0)) {
    problems.push({ field: 'timed.params.slowExtraMs', message: 'must be a list of non-negative integers' });
  }
  if (typeof params?.timeoutGrowth !== 'boolean')
    problems.push({ field: 'timed.params.timeoutGrowth', message: 'must be true or false' });
  const plan = t.plan as Record<string, unknown> | undefined;
  if (!Array.isArray(plan?.partitions) || !Array.isArray(plan?.spikes)) {
    problems.push({ field: 'timed.plan', message: 'must have "partitions" and "spikes" lists' });
  }
  if (!Number.isSafeInteger(t.end_ms))
    problems.push({ field: 'timed.end_ms', message: 'must be an integer' });
  if (!Array.isArray(t.inputs)) return [...problems, { field: 'timed.inputs', message: 'must be a list' }];
  for (const [i, entry] of (t.inputs as unknown[]).entries()) {
    const e = entry as { at_ms?: unknown; input?: Record<string, unknown> } | null;
    const field = `timed.inputs[${i}]`;
    if (!e || !Number.isSafeInteger(e.at_ms)) problems.push({ field, message: 'needs "at_ms"' });
    else problems.push(...inputProblems(e.input, field));
  }
  return problems;
}

function inputProblems(input: Record<string, unknown> | undefined, field: string): ConfigProblem[] {
  switch (input?.type) {
    case 'receive':
      return isId(input.to)
        ? messageProblems(input.msg, `${field}.input.msg`)
        : [{ field, message: 'receive needs "to"' }];
    case 'timeout':
      return isId(input.node) && isId(input.slot)
        ? []
        : [{ field, message: 'timeout needs "node" and "slot"' }];
    case 'propose':
      return isId(input.node) && isId(input.slot) && isId(input.parent)
        ? []
        : [{ field, message: 'propose needs "node", "slot", "parent"' }];
    case 'standstill':
      return isId(input.node) ? [] : [{ field, message: 'standstill needs "node"' }];
    case 'byzPropose':
      return isId(input.node) && isId(input.slot) && isId(input.parent)
        ? []
        : [{ field, message: 'byzPropose needs "node", "slot", "parent"' }];
    default:
      return [{ field, message: `unknown input type ${JSON.stringify(input?.type)}` }];
  }
}
