/*
 * String literal decoding: prefixes (r, b, f, rf, u and their cases), escape sequences,
 * bytes, and f-strings split into literal text and replacement fields.
 * (CONTRACT: the lexer's author owns this file; the exported types are the parser's contract.)
 *
 * Follows CPython 3.11's Parser/string_parser.c: _PyPegen_parsestr for plain strings and
 * bytes, fstring_find_literal / fstring_find_expr / fstring_parse for f-strings (one level of
 * nested fields inside a format spec, `{{`/`}}` at the top level only, `!r`/`!s`/`!a`, `=`).
 * Invalid escape sequences are kept literally (CPython only warns). `\N{...}` is outside
 * gilvm's subset and raises a SyntaxError naming it.
 *
 * Line breaks inside a literal (CRLF, lone CR) become '\n', as CPython's source reading does.
 *
 * Error positions. CPython 3.11 reports every error found while decoding a string at the
 * token AFTER the group of adjacent string literals (the parser's last-fetched token), with
 * one exception: "bytes can only contain ASCII literal characters" points at the string token
 * itself. parseStringLiteral does not know the next token, so the PySyntaxError it throws is
 * placed at the string token (offset = its 1-based column, end at the token's end) with
 * `text` null; the parser re-creates it at the right token (see errorIsAtStringToken) and
 * fills in the source line. Expressions of f-string fields are not parsed here: the parser
 * parses each `source` (CPython wraps it in parentheses, so it may span lines) and reports its
 * errors, prefixed "f-string: ", itself.
 *
 * Columns here are 0-based UTF-16 units like the lexer's (startColumn - 1); lines 1-based.
 * No module-level mutable state.
 */
import { PySyntaxError } from './errors.js';

/** One piece of an f-string: literal text, or a replacement field whose expression the
 * parser parses from `source` (positions are where `source` starts in the file). */
export type FStringPart =
  | { kind: 'text'; value: string }
  | {
      kind: 'expr';
      source: string;
      line: number;
      col: number;
      /** -1 none, 115 's', 114 'r', 97 'a' */
      conversion: number;
      /** Parts of the format spec after ':' (may contain nested fields), or null. */
      spec: FStringPart[] | null;
      /** For `{x=}`: the text `x=` (with its spaces) to print before the value, else null. */
      debugText: string | null;
    };

export type ParsedString =
  | { kind: 'str'; value: string }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'fstring'; parts: FStringPart[] };

const BYTES_NOT_ASCII = 'bytes can only contain ASCII literal characters';

/** True when CPython reports this string error at the string token itself; false when it
 * reports it at the token following the adjacent string literals (all other errors). */
export function errorIsAtStringToken(e: PySyntaxError): boolean {
  return e.msg === BYTES_NOT_ASCII;
}

/** Decodes one STRING token's image. `line`/`col` (1-based line, 0-based column) locate
 * the token, for error positions and for f-string field positions. Throws PySyntaxError. */
export function parseStringLiteral(image: string, filename: string, line: number, col: number): ParsedString {
  const fail = (msg: string): never => {
    throw tokenError(msg, image, filename, line, col);
  };
  let raw = false;
  let bytes = false;
  let fmode = false;
  let p = 0;
  for (; p < image.length; p++) {
    const c = image.charCodeAt(p) | 0x20;
    if (c === 114) raw = true;
    else if (c === 98) bytes = true;
    else if (c === 102) fmode = true;
    else if (c !== 117) break;
  }
  const quote = image[p];
  if (quote !== "'" && quote !== '"') return fail('invalid string literal');
  const triple = image.length - p >= 6 && image[p + 1] === quote && image[p + 2] === quote;
  const quoteLength = triple ? 3 : 1;
  const bodyStart = p + quoteLength;
  const bodyEnd = image.length - quoteLength;
  if (bodyEnd < bodyStart || image[bodyEnd] !== quote) return fail('unterminated string literal');
  const body = image.slice(bodyStart, bodyEnd);

  if (fmode) {
    const scanner = new FStringScanner(body, raw, filename, image, line, col, bodyStart);
    return { kind: 'fstring', parts: scanner.parseTop() };
  }
  const text = normalizeNewlines(body);
  if (bytes) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) fail(BYTES_NOT_ASCII);
    return { kind: 'bytes', value: raw ? asciiBytes(text) : decodeBytesEscapes(text, fail) };
  }
  if (raw || text.indexOf('\\') < 0) return { kind: 'str', value: text };
  return { kind: 'str', value: decodeStrEscapes(text, fail) };
}

function tokenError(msg: string, image: string, filename: string, line: number, col: number): PySyntaxError {
  let endLine = line;
  let endCol = col;
  for (let i = 0; i < image.length; i++) {
    const c = image.charCodeAt(i);
    if (c === 10 || (c === 13 && image.charCodeAt(i + 1) !== 10)) { endLine++; endCol = 0; } else if (c !== 13) endCol++;
  }
  return new PySyntaxError('SyntaxError', msg, filename, line, col + 1, null, endLine, endCol + 1);
}

function normalizeNewlines(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}

function asciiBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/** Position of s[index] in the buffer CPython's unicode-escape decoder sees: non-ASCII
 * characters are rewritten as \UXXXXXXXX (10 bytes), a backslash before one gets "u005c". */
function escapeBufferPosition(s: string, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff) continue;
    if (c < 0x80) {
      pos += 1;
      if (c === 92 && i + 1 < s.length && s.charCodeAt(i + 1) >= 0x80) pos += 5;
    } else {
      pos += 10;
    }
  }
  return pos;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/** Decodes the escapes of a (newline-normalised) str literal body. */
function decodeStrEscapes(s: string, fail: (msg: string) => never): string {
  const chunks: string[] = [];
  let from = 0;
  let i = s.indexOf('\\');
  const unicodeError = (start: number, end: number, what: string): never =>
    fail(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${escapeBufferPosition(s, start)}-${escapeBufferPosition(s, start) + (end - start)}: ${what}`);
  while (i >= 0) {
    chunks.push(s.slice(from, i));
    if (i + 1 >= s.length) { // a trailing lone backslash stays (CPython rewrites it as \u005c)
      chunks.push('\\');
      from = i + 1;
      break;
    }
    const e = s[i + 1]!;
    let next = i + 2;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      chunks.push(simple);
    } else if (e >= '0' && e <= '7') {
      let value = e.charCodeAt(0) - 48;
      while (next < i + 4 && next < s.length && s[next]! >= '0' && s[next]! <= '7') {
        value = value * 8 + s.charCodeAt(next) - 48;
        next++;
      }
      chunks.push(String.fromCodePoint(value));
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const digits = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      let value = 0;
      let found = 0;
      while (found < digits) {
        const h = hexValue(s.charCodeAt(next));
        if (h < 0) break;
        value = value * 16 + h;
        found++;
        next++;
      }
      if (found < digits) {
        const name = e === 'x' ? '\\xXX' : e === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
        unicodeError(i, i + 1 + found, `truncated ${name} escape`);
      }
      if (value > 0x10ffff) unicodeError(i, i + 1 + found, 'illegal Unicode character');
      chunks.push(String.fromCodePoint(value));
    } else if (e === 'N') {
      fail('\\N{...} escapes are not supported by gilvm');
    } else {
      chunks.push('\\', e); // invalid escape: kept (CPython 3.11 only warns)
    }
    from = next;
    i = s.indexOf('\\', next);
  }
  chunks.push(s.slice(from));
  return chunks.join('');
}

/** Decodes the escapes of an ASCII bytes literal body. */
function decodeBytesEscapes(s: string, fail: (msg: string) => never): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 92 || i + 1 >= s.length) { out.push(c); continue; }
    const e = s[i + 1]!;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      if (simple.length > 0) out.push(simple.charCodeAt(0));
      i++;
    } else if (e >= '0' && e <= '7') {
      let value = e.charCodeAt(0) - 48;
      let j = i + 2;
      while (j < i + 4 && j < s.length && s[j]! >= '0' && s[j]! <= '7') { value = value * 8 + s.charCodeAt(j) - 48; j++; }
      out.push(value & 0xff);
      i = j - 1;
    } else if (e === 'x') {
      const h1 = hexValue(s.charCodeAt(i + 2));
      const h2 = hexValue(s.charCodeAt(i + 3));
      if (h1 < 0 || h2 < 0) fail(`(value error) invalid \\x escape at position ${i}`);
      out.push(h1 * 16 + h2);
      i += 3;
    } else {
      out.push(92); // invalid escape (\u, \N, ... in bytes too): kept
    }
  }
  return Uint8Array.from(out);
}

/** Splits an f-string body into parts (string_parser.c fstring_parse and its helpers).
 * Indexes are into `body`, the image between the quotes. */
class FStringScanner {
  private i = 0;
  // Position cursor: the (line, col) of body index `cursorIndex`.
  private cursorIndex = 0;
  private cursorLine: number;
  private cursorCol: number;

  constructor(
    private readonly body: string,
    private readonly raw: boolean,
    private readonly filename: string,
    private readonly image: string,
    private readonly line: number,
    private readonly col: number,
    private readonly bodyStart: number,
  ) {
    this.cursorLine = line;
    this.cursorCol = col + bodyStart;
  }

  private fail(msg: string): never {
    throw tokenError(msg, this.image, this.filename, this.line, this.col);
  }

  parseTop(): FStringPart[] {
    const parts = this.parse(0);
    if (this.i < this.body.length) this.fail('f-string: unexpected end of string');
    return parts;
  }

  /** fstring_parse: literal text and fields until the end (or a '}' ending a format spec). */
  private parse(recurseLevel: number): FStringPart[] {
    const parts: FStringPart[] = [];
    const addText = (value: string): void => {
      if (value.length === 0) return;
      const last = parts[parts.length - 1];
      if (last !== undefined && last.kind === 'text') last.value += value;
      else parts.push({ kind: 'text', value });
    };
    const body = this.body;
    for (;;) {
      // fstring_find_literal
      const literalStart = this.i;
      let doubled = false;
      let s = this.i;
      while (s < body.length) {
        let ch = body[s++]!;
        if (!this.raw && ch === '\\' && s < body.length) {
          ch = body[s++]!;
          if (ch === 'N') this.fail('\\N{...} escapes are not supported by gilvm');
        }
        if (ch === '{' || ch === '}') {
          if (recurseLevel === 0) {
            if (s < body.length && body[s] === ch) { doubled = true; break; }
            if (ch === '}') { this.i = s - 1; this.fail("f-string: single '}' is not allowed"); }
          }
          s--;
          break;
        }
      }
      const literalEnd = s; // exclusive; with `doubled`, includes one brace
      if (literalEnd > literalStart) addText(this.decodeLiteral(body.slice(literalStart, literalEnd)));
      if (doubled) { this.i = s + 1; continue; }
      this.i = s;
      if (this.i >= body.length || body[this.i] === '}') break;
      parts.push(this.findExpr(recurseLevel));
    }
    if (recurseLevel !== 0 && (this.i >= body.length || body[this.i] !== '}')) this.fail("f-string: expecting '}'");
    return parts;
  }

  private decodeLiteral(text: string): string {
    const normalised = normalizeNewlines(text);
    if (this.raw || normalised.indexOf('\\') < 0) return normalised;
    return decodeStrEscapes(normalised, (msg) => this.fail(msg));
  }

  /** fstring_find_expr: `this.i` is at '{'. */
  private findExpr(recurseLevel: number): FStringPart {
    if (recurseLevel >= 2) this.fail('f-string: expressions nested too deeply');
    const body = this.body;
    const end = body.length;
    let i = this.i + 1;
    const exprStart = i;
    let quoteChar = '';
    let stringType = 0;
    const parenStack: string[] = [];
    for (; i < end; i++) {
      const ch = body[i]!;
      if (ch === '\\') this.fail('f-string expression part cannot include a backslash');
      if (quoteChar !== '') {
        if (ch === quoteChar) {
          if (stringType === 3) {
            if (i + 2 < end && body[i + 1] === ch && body[i + 2] === ch) { i += 2; stringType = 0; quoteChar = ''; }
          } else {
            stringType = 0;
            quoteChar = '';
          }
        }
      } else if (ch === "'" || ch === '"') {
        if (i + 2 < end && body[i + 1] === ch && body[i + 2] === ch) { stringType = 3; i += 2; } else stringType = 1;
        quoteChar = ch;
      } else if (ch === '[' || ch === '{' || ch === '(') {
        if (parenStack.length >= 200) this.fail('f-string: too many nested parenthesis');
        parenStack.push(ch);
      } else if (ch === '#') {
        this.fail("f-string expression part cannot include '#'");
      } else if (parenStack.length === 0 && (ch === '!' || ch === ':' || ch === '}' || ch === '=' || ch === '>' || ch === '<')) {
        if (i + 1 < end) {
          const next = body[i + 1];
          if (next === '=' && (ch === '!' || ch === '=' || ch === '<' || ch === '>')) { i++; continue; }
          if (ch === '>' || ch === '<') continue;
        }
        break;
      } else if (ch === ']' || ch === '}' || ch === ')') {
        const opening = parenStack.pop();
        if (opening === undefined) this.fail(`f-string: unmatched '${ch}'`);
        if (!((opening === '(' && ch === ')') || (opening === '[' && ch === ']') || (opening === '{' && ch === '}'))) {
          this.fail(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opening}'`);
        }
      }
    }
    const exprEnd = i;
    if (quoteChar !== '') this.fail('f-string: unterminated string');
    if (parenStack.length > 0) this.fail(`f-string: unmatched '${parenStack[parenStack.length - 1]}'`);
    if (i >= end) this.fail("f-string: expecting '}'");
    // fstring_compile_expr's check (the parser parses the expression itself).
    let allSpace = true;
    for (let k = exprStart; k < exprEnd; k++) {
      const c = body[k];
      if (!(c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r')) { allSpace = false; break; }
    }
    if (allSpace) {
      const c = body[exprEnd];
      if (c === '!' || c === ':' || c === '=') this.fail(`f-string: expression required before '${c}'`);
      this.fail('f-string: empty expression not allowed');
    }
    const [line, col] = this.positionOf(exprStart);
    const source = normalizeNewlines(body.slice(exprStart, exprEnd));

    let debugText: string | null = null;
    if (body[i] === '=') {
      i++;
      while (i < end && /[ \t\n\r\f\v]/.test(body[i]!)) i++;
      debugText = normalizeNewlines(body.slice(exprStart, i));
    }
    let conversion = -1;
    if (body[i] === '!') {
      i++;
      if (i >= end) this.fail("f-string: expecting '}'");
      const c = body[i]!;
      i++;
      if (!(c === 's' || c === 'r' || c === 'a')) {
        this.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = c.charCodeAt(0);
    }
    let spec: FStringPart[] | null = null;
    if (i >= end) this.fail("f-string: expecting '}'");
    if (body[i] === ':') {
      i++;
      if (i >= end) this.fail("f-string: expecting '}'");
      this.i = i;
      spec = this.parse(recurseLevel + 1);
      i = this.i;
    }
    if (i >= end || body[i] !== '}') this.fail("f-string: expecting '}'");
    this.i = i + 1;
    if (debugText !== null && spec === null && conversion === -1) conversion = 114;
    return { kind: 'expr', source, line, col, conversion, spec, debugText };
  }

  /** File (line, 0-based col) of body[index]; indexes asked for mostly increase. */
  private positionOf(index: number): [number, number] {
    if (index < this.cursorIndex) {
      this.cursorIndex = 0;
      this.cursorLine = this.line;
      this.cursorCol = this.col + this.bodyStart;
    }
    const body = this.body;
    for (let k = this.cursorIndex; k < index; k++) {
      const c = body.charCodeAt(k);
      // columns count code points, as CPython's: the second half of a surrogate pair adds none
      if (c === 10 || (c === 13 && body.charCodeAt(k + 1) !== 10)) { this.cursorLine++; this.cursorCol = 0; } else if (c !== 13 && (c < 0xdc00 || c > 0xdfff)) this.cursorCol++;
    }
    this.cursorIndex = index;
    return [this.cursorLine, this.cursorCol];
  }
}
