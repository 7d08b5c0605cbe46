/**
 * A small JSON scanner for config files: finds where a syntax error is (line and column,
 * with words for the usual mistakes: trailing commas, comments, single quotes, unquoted
 * keys) and which object keys are repeated (JSON.parse silently keeps the last one).
 */

export interface JsonPosition {
  line: number;
  column: number;
}

export interface DuplicateKey extends JsonPosition {
  /** Path of the repeated key, e.g. ["exchanges", 0, "id"]. */
  path: (string | number)[];
}

export type JsonScan =
  | { ok: true; duplicates: DuplicateKey[] }
  | ({
      ok: false;
      message: string;
      /** Path of the value or object being read when the error was found ([] = the top level). */
      path: (string | number)[];
    } & JsonPosition);

const MAX_DEPTH = 512;

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly path: (string | number)[],
  ) {
    super(message);
  }
}

/** 1-based line and column of a character offset. */
export function positionOf(text: string, offset: number): JsonPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function describeChar(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the file';
  if (ch === '\n' || ch === '\r') return 'a line break';
  if (ch === '\t') return 'a tab';
  return JSON.stringify(ch);
}

export function scanJson(text: string): JsonScan {
  let pos = 0;
  /** The value or container being read, so a syntax error can name the field it is in. */
  let within: (string | number)[] = [];
  const duplicates: DuplicateKey[] = [];
  const fail = (message: string, at = pos): never => {
    throw new JsonSyntaxError(message, at, within);
  };

  const skipWs = (): void => {
    for (;;) {
      const c = text[pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') pos++;
      else if (c === '/' && (text[pos + 1] === '/' || text[pos + 1] === '*')) fail('comments are not allowed in JSON');
      else return;
    }
  };

  const expectValueStart = (context: string): never => {
    const c = text[pos];
    if (c === undefined) return fail(`the file ends early: expected ${context}`);
    if (c === "'") return fail('strings must use double quotes ("), not single quotes');
    if (c === '}' || c === ']') return fail(`expected ${context}, got ${describeChar(c)}`);
    if (/[A-Za-z_]/.test(c)) {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(pos))![0];
      if (word === 'NaN' || word === 'Infinity' || word === 'undefined') return fail(`${word} is not a JSON value`);
      return fail(`expected ${context}, got the bare word ${JSON.stringify(word)} (strings need double quotes)`);
    }
    return fail(`expected ${context}, got ${describeChar(c)}`);
  };

  const parseString = (): string => {
    const start = pos;
    pos++; // opening quote
    let out = '';
    for (;;) {
      const c = text[pos];
      if (c === undefined) return fail('this string is never closed (missing ")', start);
      if (c === '"') {
        pos++;
        return out;
      }
      if (c === '\\') {
        const e = text[pos + 1];
        if (e === 'u') {
          const hex = text.slice(pos + 2, pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('a \\u escape needs four hex digits');
          out += String.fromCharCode(parseInt(hex, 16));
          pos += 6;
          continue;
        }
        const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e === undefined || !(e in map)) fail(`invalid escape \\${e ?? ''} in a string`);
        out += map[e!]!;
        pos += 2;
        continue;
      }
      if (c.charCodeAt(0) < 0x20) fail(`${describeChar(c)} inside a string must be escaped (is a closing " missing?)`);
      out += c;
      pos++;
    }
  };

  const parseNumber = (): void => {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(pos));
    if (!m || m[0] === '-' || m[0] === '') fail('invalid number');
    const after = text[pos + m![0].length];
    if (after !== undefined && /[0-9.eExX]/.test(after)) fail('invalid number (leading zeros, a lone "." or hex are not JSON)');
    pos += m![0].length;
  };

  const parseValue = (path: (string | number)[], depth: number): void => {
    within = path;
    if (depth > MAX_DEPTH) fail(`nesting deeper than ${MAX_DEPTH} levels`);
    skipWs();
    const c = text[pos];
    if (c === '{') return parseObject(path, depth);
    if (c === '[') return parseArray(path, depth);
    if (c === '"') {
      parseString();
      return;
    }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return parseNumber();
    if (c === '+' || c === '.') fail('invalid number (JSON numbers have no leading "+" or ".")');
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return;
      }
    }
    expectValueStart('a value');
  };

  const parseObject = (path: (string | number)[], depth: number): void => {
    pos++; // {
    const seen = new Set<string>();
    skipWs();
    if (text[pos] === '}') {
      pos++;
      return;
    }
    for (;;) {
      within = path;
      skipWs();
      const c = text[pos];
      if (c === '}') fail('trailing comma before "}" is not allowed in JSON');
      if (c !== '"') {
        if (c !== undefined && /[A-Za-z_$]/.test(c)) fail('property names must be in double quotes');
        expectValueStart('a property name in double quotes');
      }
      const keyAt = pos;
      const key = parseString();
      if (seen.has(key)) duplicates.push({ path: [...path, key], ...positionOf(text, keyAt) });
      seen.add(key);
      skipWs();
      if (text[pos] !== ':') fail(`expected ":" after the property name ${JSON.stringify(key)}, got ${describeChar(text[pos])}`);
      pos++;
      parseValue([...path, key], depth + 1);
      within = path;
      skipWs();
      const after = text[pos];
      if (after === ',') {
        pos++;
        continue;
      }
      if (after === '}') {
        pos++;
        return;
      }
      if (after === undefined) fail('the file ends early: an object is never closed (missing "}")');
      fail(`expected "," or "}" after the value of ${JSON.stringify(key)}, got ${describeChar(after)}`);
    }
  };

  const parseArray = (path: (string | number)[], depth: number): void => {
    pos++; // [
    skipWs();
    if (text[pos] === ']') {
      pos++;
      return;
    }
    for (let index = 0; ; index++) {
      within = path;
      skipWs();
      if (text[pos] === ']') fail('trailing comma before "]" is not allowed in JSON');
      parseValue([...path, index], depth + 1);
      within = path;
      skipWs();
      const after = text[pos];
      if (after === ',') {
        pos++;
        continue;
      }
      if (after === ']') {
        pos++;
        return;
      }
      if (after === undefined) fail('the file ends early: a list is never closed (missing "]")');
      fail(`expected "," or "]" after a list item, got ${describeChar(after)}`);
    }
  };

  try {
    skipWs();
    if (pos >= text.length) fail('the file is empty; expected a JSON object');
    parseValue([], 0);
    skipWs();
    if (pos < text.length) fail(`unexpected ${describeChar(text[pos])} after the end of the JSON value`);
    return { ok: true, duplicates };
  } catch (err) {
    if (err instanceof JsonSyntaxError) {
      return { ok: false, message: err.message, path: err.path, ...positionOf(text, err.offset) };
    }
    throw err;
  }
}
