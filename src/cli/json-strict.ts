import { visible } from '../core/config/visible.ts';

/**
 * JSON as a hand-written file needs it read: JSON.parse, plus what it hides. A UTF-8 byte order
 * mark (Windows editors write one) is dropped instead of failing with an invisible character, and
 * a repeated key, of which JSON.parse silently keeps the last value, is reported with its path.
 */

/** A key an object of the file sets twice. */
export interface DuplicateKey {
  /** The key as decoded ("valid\u0061tors" and "validators" are the same key). */
  readonly key: string;
  /** JSON path of the object that repeats it: `$`, `$.stake_distribution`, `$.list[2]`. */
  readonly path: string;
  /** 1-based line of the repeat, and of the first occurrence. */
  readonly line: number;
  readonly firstLine: number;
}

export type StrictJson =
  | { ok: true; value: unknown; duplicates: DuplicateKey[] }
  | { ok: false; error: string };

const BYTE_ORDER_MARK = '\ufeff';

/** Parses `text`; `error` is JSON.parse's message with invisible characters shown as escapes. */
export function parseJsonStrict(text: string): StrictJson {
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return { ok: false, error: visible((error as Error).message) };
  }
  return { ok: true, value, duplicates: duplicateKeys(body) };
}

/** One line for people: `duplicate key "validators" at $ (line 4; first at line 2)`. */
export function duplicateMessage(d: DuplicateKey): string {
  return visible(
    `duplicate key ${JSON.stringify(d.key)} at ${d.path} (line ${d.line}; first at line ${d.firstLine})`,
  );
}

/** An open object (with the keys seen so far and the key whose value comes next) or list. */
type Frame =
  | { kind: 'object'; path: string; keys: Map<string, number>; key: string | null }
  | { kind: 'array'; path: string; index: number };

/**
 * Every repeated key of `text`, which must be valid JSON (parse it first): a scan with an
 * explicit stack, since JSON.parse accepts nesting deeper than a recursive scan could follow.
 */
export function duplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    const top = stack.at(-1);
    if (char === '"') {
      const end = stringEnd(text, i);
      // In valid JSON a string is a key exactly when it opens an object entry.
      if (top?.kind === 'object' && top.key === null) {
        const key = JSON.parse(text.slice(i, end)) as string;
        const first = top.keys.get(key);
        if (first === undefined) top.keys.set(key, line);
        else found.push({ key, path: top.path, line, firstLine: first });
        top.key = key;
      }
      i = end;
      continue;
    }
    if (char === '\n') line++;
    else if (char === '{') stack.push({ kind: 'object', path: childPath(top), keys: new Map(), key: null });
    else if (char === '[') stack.push({ kind: 'array', path: childPath(top), index: 0 });
    else if (char === '}' || char === ']') stack.pop();
    else if (char === ',' && top?.kind === 'object') top.key = null;
    else if (char === ',' && top?.kind === 'array') top.index++;
    i++;
  }
  return found;
}

/** The index just past the string literal that starts at `start` (valid JSON: it is closed). */
function stringEnd(text: string, start: number): number {
  let j = start + 1;
  while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** The path of the value that starts now inside `parent` (the root when there is none). */
function childPath(parent: Frame | undefined): string {
  if (parent === undefined) return '$';
  if (parent.kind === 'array') return `${parent.path}[${parent.index}]`;
  const key = parent.key ?? '';
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${parent.path}.${key}` : `${parent.path}[${JSON.stringify(key)}]`;
}
