/**
 * A strict little XML reader for tests of the XML the tool writes (JUnit): elements, attributes,
 * text, the five named entities and character references. It throws on anything a conforming
 * parser would refuse (an unescaped `<` or `&`, a character XML 1.0 forbids, a mismatched tag),
 * so a test that reads a value back through it has checked the escaping too.
 */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own text, entities decoded. */
  text: string;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
// XML 1.0 Char production, minus what a test writer would never mean (lone surrogates).
const FORBIDDEN = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

function decode(raw: string, where: string): string {
  if (FORBIDDEN.test(raw)) throw new Error(`forbidden character in ${where}: ${JSON.stringify(raw)}`);
  if (raw.includes('<')) throw new Error(`unescaped < in ${where}`);
  return raw.replace(/&([^;]*);|&/g, (match, entity: string | undefined) => {
    if (entity === undefined) throw new Error(`bare & in ${where}`);
    if (entity in NAMED) return NAMED[entity] as string;
    const code = /^#x[0-9a-f]+$/i.test(entity)
      ? Number.parseInt(entity.slice(2), 16)
      : /^#\d+$/.test(entity)
        ? Number(entity.slice(1))
        : null;
    if (code === null) throw new Error(`unknown entity ${match} in ${where}`);
    const char = String.fromCodePoint(code);
    if (FORBIDDEN.test(char)) throw new Error(`reference to a forbidden character ${match} in ${where}`);
    return char;
  });
}

export function parseXml(text: string): XmlElement {
  let pos = 0;
  const prolog = /^<\?xml [^?]*\?>\s*/.exec(text);
  if (prolog) pos = prolog[0].length;
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const tag = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"]*")*)\s*(\/?)>/y;
  const attr = /\s+([A-Za-z_][\w.-]*)="([^"]*)"/g;
  while (pos < text.length) {
    const next = text.indexOf('<', pos);
    const top = stack.at(-1) as XmlElement;
    const chunk = text.slice(pos, next === -1 ? text.length : next);
    if (chunk.trim() !== '' && stack.length === 1) throw new Error(`text outside the root: ${chunk}`);
    top.text += decode(chunk, `text of <${top.name}>`);
    if (next === -1) break;
    tag.lastIndex = next;
    const m = tag.exec(text);
    if (!m) throw new Error(`malformed tag at ${next}: ${text.slice(next, next + 40)}`);
    const [whole, closing, name, attrText, selfClosing] = m as unknown as string[];
    pos = next + (whole as string).length;
    if (closing) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (attrText as string).matchAll(attr)) {
      const key = a[1] as string;
      if (key in attrs) throw new Error(`attribute ${key} twice on <${name}>`);
      attrs[key] = decode(a[2] as string, `${name}@${key}`);
    }
    const element: XmlElement = { name: name as string, attrs, children: [], text: '' };
    top.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`<${stack.at(-1)?.name}> is never closed`);
  if (root.children.length !== 1) throw new Error(`expected one root element, got ${root.children.length}`);
  return root.children[0] as XmlElement;
}

/** Every element below `e` (depth first) with this name. */
export function elementsNamed(e: XmlElement, name: string): XmlElement[] {
  return e.children.flatMap((c) => [...(c.name === name ? [c] : []), ...elementsNamed(c, name)]);
}
