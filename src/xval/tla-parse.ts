import { type TlaValue, tBool, tFn, tInt, tSeq, tSet, tStr } from './tla-value.ts';

/** A value TLC printed that this parser does not understand, with where it stopped. */
export class TlaParseError extends Error {
  constructor(message: string, text: string, at: number) {
    const context = text.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, ' ');
    super(`${message} at offset ${at} (near "${context}")`);
    this.name = 'TlaParseError';
  }
}

/**
 * Recursive-descent parser for values as TLC prints them (error traces, -dump): integers
 * (negative too), strings, TRUE/FALSE, sets {..}, tuples <<..>>, records [a |-> ..] and
 * functions (k :> v @@ ...). TLC prints only values here, never operators, so this grammar is all.
 */
class Parser {
  private pos = 0;
  constructor(private readonly text: string) {}

  parseAll(): TlaValue {
    const v = this.expr();
    this.skipSpace();
    if (this.pos < this.text.length) this.fail('unexpected text after the value');
    return v;
  }

  /** A function chain k :> v @@ k :> v, or a single primary. `@@` binds looser than `:>`. */
  private expr(): TlaValue {
    const first = this.primary();
    if (!this.accept(':>')) return first;
    const pairs: (readonly [TlaValue, TlaValue])[] = [[first, this.primary()]];
    while (this.accept('@@')) {
      const key = this.primary();
      this.expect(':>');
      pairs.push([key, this.primary()]);
    }
    return tFn(dedupeLeftWins(pairs));
  }

  private primary(): TlaValue {
    this.skipSpace();
    const c = this.text[this.pos];
    if (c === '"') return tStr(this.string());
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return tInt(this.integer());
    if (this.accept('{')) return tSet(this.list('}'));
    if (this.accept('<<')) return tSeq(this.list('>>'));
    if (this.accept('[')) return this.record();
    if (this.accept('(')) {
      const inner = this.expr();
      this.expect(')');
      return inner;
    }
    const word = this.identifier();
    if (word === 'TRUE' || word === 'FALSE') return tBool(word === 'TRUE');
    return this.fail(word === '' ? 'expected a value' : `unsupported identifier ${word}`);
  }

  private list(close: string): TlaValue[] {
    const elems: TlaValue[] = [];
    if (this.accept(close)) return elems;
    do elems.push(this.expr());
    while (this.accept(','));
    this.expect(close);
    return elems;
  }

  private record(): TlaValue {
    const fields: [string, TlaValue][] = [];
    do {
      const name = this.identifier();
      if (name === '') this.fail('expected a record field name');
      this.expect('|->');
      fields.push([name, this.expr()]);
    } while (this.accept(','));
    this.expect(']');
    return { kind: 'rec', fields };
  }

  private integer(): number {
    const m = /^-?\d+/.exec(this.text.slice(this.pos, this.pos + 40));
    if (!m) return this.fail('expected an integer');
    this.pos += m[0].length;
    const n = Number(m[0]);
    if (!Number.isSafeInteger(n)) this.fail(`integer ${m[0]} out of range`);
    return n;
  }

  private string(): string {
    let out = '';
    for (let i = this.pos + 1; i < this.text.length; i++) {
      const c = this.text[i] as string;
      if (c === '"') {
        this.pos = i + 1;
        return out;
      }
      if (c !== '\\') out += c;
      else {
        const e = this.text[++i];
        out += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e === 'f' ? '\f' : (e ?? '');
      }
    }
    return this.fail('unterminated string');
  }

  private identifier(): string {
    this.skipSpace();
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.pos, this.pos + 200));
    if (!m) return '';
    this.pos += m[0].length;
    return m[0];
  }

  private accept(token: string): boolean {
    this.skipSpace();
    if (!this.text.startsWith(token, this.pos)) return false;
    this.pos += token.length;
    return true;
  }

  private expect(token: string): void {
    if (!this.accept(token)) this.fail(`expected "${token}"`);
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos] as string)) this.pos++;
  }

  private fail(message: string): never {
    throw new TlaParseError(message, this.text, this.pos);
  }
}

/** TLC's `f @@ g` keeps f's value where both define a key. */
function dedupeLeftWins(pairs: (readonly [TlaValue, TlaValue])[]): (readonly [TlaValue, TlaValue])[] {
  const seen = new Set<string>();
  return pairs.filter(([k]) => {
    const key = JSON.stringify(k);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Parses one TLA+ value as TLC prints it; throws TlaParseError naming the offset. */
export function parseTlaValue(text: string): TlaValue {
  return new Parser(text).parseAll();
}
