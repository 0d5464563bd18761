import type { Shape } from './shape';

/**
 * The answer's JSON text made straight from PostgreSQL's positional JSON text (shape.ts), without
 * parsing it into objects and serialising them again: keys are written in, whitespace dropped, and
 * every value copied as PostgreSQL wrote it where that is the text `JSON.stringify` would give for the
 * parsed value (PostgreSQL escapes strings as JavaScript does). Where it might not be (a number with a
 * fraction or exponent, a string with a `\u` escape, an object or list held in one scalar), that value
 * alone is parsed and serialised, so the bytes are those of parse → reshape → stringify.
 */
export type ReshapeText = (text: string) => string;

/** A response's `data` already serialised: written into the response as is (see server/apollo.ts). */
export class RawJson {
  constructor(readonly text: string) {}

  /** Anything that serialises it another way (a test, a log) gets the value. */
  toJSON(): unknown {
    return JSON.parse(this.text) as unknown;
  }
}

/** Unexpected text: the caller falls back to parsing. */
export class ShapeTextError extends Error {}

interface Cursor {
  text: string;
  at: number;
  out: string;
  /** The next backslash known (Infinity: none left; -1: not looked for yet). */
  escape: number;
}

type Writer = (cursor: Cursor) => void;

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_LIST = 91;
const CLOSE_LIST = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const LOWER_N = 110;
const LOWER_U = 117;

/** The text of an integer that JSON.parse reads exactly and JSON.stringify writes back the same. */
const PLAIN_INTEGER = /^(?:0|-?[1-9]\d{0,14})$/;

function skipSpace(cursor: Cursor): void {
  const { text } = cursor;
  let at = cursor.at;
  for (;;) {
    const code = text.charCodeAt(at);
    if (code === SPACE || code === LF || code === CR || code === TAB) at++;
    else break;
  }
  cursor.at = at;
}

function expect(cursor: Cursor, code: number): void {
  skipSpace(cursor);
  if (cursor.text.charCodeAt(cursor.at) !== code) throw new ShapeTextError(`expected ${String.fromCharCode(code)}`);
  cursor.at++;
}

/** Whether `null` comes next (consumed and written if so). */
function takeNull(cursor: Cursor): boolean {
  skipSpace(cursor);
  if (cursor.text.charCodeAt(cursor.at) !== LOWER_N) return false;
  if (!cursor.text.startsWith('null', cursor.at)) throw new ShapeTextError('expected null');
  cursor.at += 4;
  cursor.out += 'null';
  return true;
}

/** The next backslash at or after `from` (found once per stretch of text, not once per string). */
function nextEscape(cursor: Cursor, from: number): number {
  if (cursor.escape < from) {
    const found = cursor.text.indexOf('\\', from);
    cursor.escape = found < 0 ? Infinity : found;
  }
  return cursor.escape;
}

/** The end of the string starting at `start` (its opening quote), and whether it holds a `\u` escape. */
function stringEnd(cursor: Cursor, start: number): { end: number; unicode: boolean } {
  const { text } = cursor;
  // Most strings hold no escape: the closing quote is the next one (both found natively).
  const quote = text.indexOf('"', start + 1);
  if (quote < 0) throw new ShapeTextError('unterminated string');
  const escape = nextEscape(cursor, start + 1);
  if (escape > quote) return { end: quote + 1, unicode: false };
  let unicode = false;
  for (let at = escape; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) return { end: at + 1, unicode };
    if (code === BACKSLASH) {
      if (text.charCodeAt(at + 1) === LOWER_U) unicode = true;
      at++;
    }
  }
  throw new ShapeTextError('unterminated string');
}

/** The end of the list or object starting at `start`. */
function compositeEnd(cursor: Cursor, start: number): number {
  const { text } = cursor;
  let depth = 0;
  for (let at = start; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) at = stringEnd(cursor, at).end - 1;
    else if (code === OPEN_LIST || code === OPEN_OBJECT) depth++;
    else if (code === CLOSE_LIST || code === CLOSE_OBJECT) {
      depth--;
      if (depth === 0) return at + 1;
    }
  }
  throw new ShapeTextError('unterminated list or object');
}

/** Any one JSON value, written as JSON.stringify(JSON.parse(value)) would write it. */
const value: Writer = (cursor) => {
  skipSpace(cursor);
  const { text } = cursor;
  const start = cursor.at;
  const code = text.charCodeAt(start);
  if (code === QUOTE) {
    const { end, unicode } = stringEnd(cursor, start);
    const raw = text.slice(start, end);
    cursor.out += unicode ? JSON.stringify(JSON.parse(raw)) : raw;
    cursor.at = end;
    return;
  }
  if (code === OPEN_LIST || code === OPEN_OBJECT) {
    const end = compositeEnd(cursor, start);
    cursor.out += JSON.stringify(JSON.parse(text.slice(start, end)));
    cursor.at = end;
    return;
  }
  let end = start;
  for (;;) {
    const next = text.charCodeAt(end);
    if (Number.isNaN(next) || next === COMMA || next === CLOSE_LIST || next === CLOSE_OBJECT) break;
    if (next === SPACE || next === LF || next === CR || next === TAB) break;
    end++;
  }
  const token = text.slice(start, end);
  if (token === 'null' || token === 'true' || token === 'false' || PLAIN_INTEGER.test(token)) cursor.out += token;
  else cursor.out += JSON.stringify(JSON.parse(token));
  cursor.at = end;
};

function writer(shape: Shape): Writer {
  switch (shape.kind) {
    case 'value':
      return value;
    case 'list': {
      const item = writer(shape.item);
      return (cursor) => {
        if (takeNull(cursor)) return;
        expect(cursor, OPEN_LIST);
        cursor.out += '[';
        skipSpace(cursor);
        if (cursor.text.charCodeAt(cursor.at) === CLOSE_LIST) {
          cursor.at++;
          cursor.out += ']';
          return;
        }
        for (;;) {
          item(cursor);
          skipSpace(cursor);
          const code = cursor.text.charCodeAt(cursor.at++);
          if (code === CLOSE_LIST) break;
          if (code !== COMMA) throw new ShapeTextError('expected , or ]');
          cursor.out += ',';
        }
        cursor.out += ']';
      };
    }
    case 'object': {
      if (new Set(shape.keys).size !== shape.keys.length) throw new ShapeTextError('a key twice');
      const heads = shape.keys.map((key, index) => `${index === 0 ? '{' : ','}${JSON.stringify(key)}:`);
      const fields = shape.fields.map(writer);
      return (cursor) => {
        if (takeNull(cursor)) return;
        expect(cursor, OPEN_LIST);
        for (let index = 0; index < fields.length; index++) {
          if (index > 0) expect(cursor, COMMA);
          cursor.out += heads[index]!;
          fields[index]!(cursor);
        }
        expect(cursor, CLOSE_LIST);
        cursor.out += fields.length === 0 ? '{}' : '}';
      };
    }
  }
}

/** One JSON value's text as JSON.stringify(JSON.parse(text)) writes it (a column of a rows answer, rows.ts). */
export function jsonValueText(text: string): string {
  const cursor: Cursor = { text, at: 0, out: '', escape: -1 };
  value(cursor);
  skipSpace(cursor);
  if (cursor.at !== text.length) throw new ShapeTextError('text after the value');
  return cursor.out;
}

/**
 * The function that turns PostgreSQL's positional JSON text of `shape` into the answer's JSON text, or
 * undefined when the shape cannot be written so (then the answer is parsed and reshaped).
 */
export function textReshaper(shape: Shape): ReshapeText | undefined {
  let write: Writer;
  try {
    write = writer(shape);
  } catch (error) {
    if (error instanceof ShapeTextError) return undefined;
    throw error;
  }
  return (text) => {
    const cursor: Cursor = { text, at: 0, out: '', escape: -1 };
    write(cursor);
    skipSpace(cursor);
    if (cursor.at !== text.length) throw new ShapeTextError('text after the value');
    return cursor.out;
  };
}
