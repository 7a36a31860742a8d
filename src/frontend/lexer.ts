/*
 * gilvm's Python tokenizer: source text to the token stream of tokens.ts, shaped as CPython
 * 3.11's tokenizer shapes it (NEWLINE at the end of each logical line, INDENT/DEDENT, a final
 * NEWLINE when the file lacks one, DEDENTs closing every block at EOF), with CPython's error
 * messages and positions.
 *
 * Two stages:
 *  1. A scanner (rawTokens) to lexer-private "raw" token types (this file): whitespace and
 *     comments (skipped), physical line breaks, `\` continuations, names, numbers, strings
 *     (scanned exactly as CPython's tokenizer.c does), operators, and a catch-all
 *     one-character token, so this stage never fails. A scan problem (bad number,
 *     unterminated string, stray `\`) becomes a token whose `payload` is a ScanProblem; the
 *     token ends the stream when the second stage reaches it. (Until session 45 this stage was
 *     chevrotain's Lexer over the same patterns in the same order; building it cost ~3 ms of
 *     every start.)
 *  2. A post-pass (layout) over the raw tokens: drops line breaks inside brackets and on
 *     blank or comment-only lines, emits NEWLINE, computes each logical line's indentation
 *     from the text (tabs to multiples of 8, CPython's alt-tab-size-1 consistency check, form
 *     feed resetting the column) and emits INDENT/DEDENT, checks bracket nesting, and retags
 *     every raw token with its public type from tokens.ts (names become keywords here, by one
 *     map lookup, instead of 35 keyword patterns with longer_alt).
 *  Why two stages: the post-pass keeps all layout state (the indent stack, the brackets)
 *  local to one tokenize() call, is linear, and needs the bracket stack anyway for CPython's
 *  bracket errors. It also stops at the first error in source order, which is what a lazy
 *  tokenizer like CPython's reports.
 *
 * "unexpected indent" is CPython's parser's message, raised when it meets an INDENT it cannot
 * use; here it is raised for an INDENT after a logical line that does not end with ':'. In
 * valid code an INDENT always follows a ':' line, so the two agree whenever the parser has
 * not failed earlier (and then the parser's error wins: see LexResult).
 *
 * Token positions are chevrotain's (1-based startLine/startColumn, 0-based startOffset,
 * inclusive ends; columns in UTF-16 units, so a character outside the BMP counts 2), computed
 * in the layout pass, and refer to the source with its UTF-8 BOM removed. NEWLINE covers the
 * line break (image '' at EOF when the file lacks one); INDENT covers the indentation;
 * DEDENT is empty, at the first token of its line (or at column 1 of the line after the last,
 * at EOF, as CPython's). Non-ASCII names are NFKC-normalised in `image` (as CPython
 * normalises identifiers); their offsets and columns still describe the source text.
 * Error positions follow CPython's SyntaxError fields (1-based `offset` in code points, its
 * `end_offset` conventions, `text` = the line without its line break).
 *
 * Invariants: tokenize() is linear in the source, uses no recursion and never throws (its
 * scanners are total; a last-resort catch turns an unexpected JS exception, e.g. running out
 * of memory, into a SyntaxError value). It keeps no state between calls.
 */
import type { IToken, TokenType } from 'chevrotain';
import { createTokenInstance } from './chevrotain.js';
import * as T from './tokens.js';
import { PySyntaxError, type SyntaxErrorKind } from './errors.js';

export interface LexResult {
  tokens: IToken[];
  error: PySyntaxError | null;
}

/** A scan error found by a scanner, carried in the raw token's payload. Offsets are
 * absolute indexes into the (BOM-less) text; see errorAt for their meaning. */
interface ScanProblem {
  kind: SyntaxErrorKind;
  msg: string;
  /** CPython's `offset` is the 1-based column of this index. */
  at: number;
  /** CPython's `end_offset`: the 1-based column of this index, or a literal value. */
  endAt?: number;
  endLiteral?: number;
}

// ---------------------------------------------------------------- character classes
const CH_TAB = 9, CH_LF = 10, CH_FF = 12, CH_CR = 13, CH_SPACE = 32, CH_QUOTE2 = 34, CH_QUOTE1 = 39;
const CH_DOT = 46, CH_0 = 48, CH_9 = 57, CH_UNDERSCORE = 95, CH_BACKSLASH = 92;
const CH_HASH = 35, CH_LESS = 60, CH_GREATER = 62;

function isDigit(c: number): boolean { return c >= CH_0 && c <= CH_9; }
function isHexDigit(c: number): boolean {
  return (c >= CH_0 && c <= CH_9) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
function isAsciiIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= CH_0 && c <= CH_9) || c === CH_UNDERSCORE;
}

// The Unicode-property regexes are built on first use (a non-ASCII name, an error message):
// V8 builds their ICU property sets when the literal is evaluated, ~0.2-0.4 ms each, which
// at load every start paid.
let nameRe: RegExp | null = null;
let nonPrintableRe: RegExp | null = null;
/** Python's XID_Start / XID_Continue, approximately (plus Other_ID_Start/Continue). */
function nameRegex(): RegExp {
  return (nameRe ??= /[\p{L}\p{Nl}_\u1885\u1886\u2118\u212E\u309B\u309C][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u1885\u1886\u2118\u212E\u309B\u309C\u00B7\u0387\u1369-\u1371\u19DA]*/uy);
}
/** str.isprintable() is false for these categories (space aside). */
function nonPrintableRegex(): RegExp {
  return (nonPrintableRe ??= /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u);
}

type Match = [string] & { payload?: ScanProblem };
function matchOf(text: string, start: number, end: number, problem?: ScanProblem): Match {
  const m = [text.slice(start, end)] as Match;
  if (problem !== undefined) m.payload = problem;
  return m;
}

// ---------------------------------------------------------------- numbers (tokenizer.c)
/** The end of a decimal digit run with single underscores (tok_decimal_tail), or a problem. */
function decimalTail(text: string, i: number): number | ScanProblem {
  for (;;) {
    while (isDigit(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== CH_UNDERSCORE) return i;
    i++;
    if (!isDigit(text.charCodeAt(i))) return { kind: 'SyntaxError', msg: 'invalid decimal literal', at: i - 1 };
  }
}

/** verify_end_of_number: a number may be followed by and/else/for/if/in/is/or/not (CPython
 * only warns), but not by another ASCII identifier character (CPython 3.11.7 lets a non-ASCII
 * character start the next token: `1é` is NUMBER NAME, `1€` an invalid character). */
function verifyEnd(text: string, i: number, kind: string): number | ScanProblem {
  const c = text.charCodeAt(i);
  let keywordFollows = false;
  switch (c) {
    case 97: keywordFollows = text.startsWith('nd', i + 1); break; // a
    case 101: keywordFollows = text.startsWith('lse', i + 1); break; // e
    case 102: keywordFollows = text.startsWith('or', i + 1); break; // f
    case 105: { const c2 = text.charCodeAt(i + 1); keywordFollows = c2 === 102 || c2 === 110 || c2 === 115; break; } // i
    case 111: keywordFollows = text.charCodeAt(i + 1) === 114; break; // o
    case 110: keywordFollows = text.startsWith('ot', i + 1); break; // n
  }
  if (!keywordFollows && isAsciiIdentChar(c)) {
    return { kind: 'SyntaxError', msg: `invalid ${kind} literal`, at: i - 1 };
  }
  return i;
}

/** Digits of a 0x/0o/0b literal after the prefix; `isDigitOf` accepts the radix's digits. */
function radixDigits(text: string, i: number, isDigitOf: (c: number) => boolean, kind: string): number | ScanProblem {
  const checkDecimalDigit = kind !== 'hexadecimal';
  do {
    if (text.charCodeAt(i) === CH_UNDERSCORE) i++;
    const c = text.charCodeAt(i);
    if (!isDigitOf(c)) {
      if (checkDecimalDigit && isDigit(c)) {
        return { kind: 'SyntaxError', msg: `invalid digit '${text[i]}' in ${kind} literal`, at: i };
      }
      return { kind: 'SyntaxError', msg: `invalid ${kind} literal`, at: i - 1 };
    }
    do i++; while (isDigitOf(text.charCodeAt(i)));
  } while (text.charCodeAt(i) === CH_UNDERSCORE);
  if (checkDecimalDigit && isDigit(text.charCodeAt(i))) {
    return { kind: 'SyntaxError', msg: `invalid digit '${text[i]}' in ${kind} literal`, at: i };
  }
  return verifyEnd(text, i, kind);
}

function scanNumber(text: string, start: number): number | ScanProblem {
  let i = start;
  const first = text.charCodeAt(i);
  let r: number | ScanProblem;
  if (first === CH_0 && text.charCodeAt(i + 1) !== CH_DOT) {
    const c1 = text.charCodeAt(i + 1) | 0x20;
    if (c1 === 120) return radixDigits(text, i + 2, isHexDigit, 'hexadecimal');
    if (c1 === 111) return radixDigits(text, i + 2, (c) => c >= CH_0 && c <= 55, 'octal');
    if (c1 === 98) return radixDigits(text, i + 2, (c) => c === CH_0 || c === 49, 'binary');
    let nonzero = false;
    while (text.charCodeAt(i) === CH_0) {
      i++;
      if (text.charCodeAt(i) === CH_UNDERSCORE) {
        i++;
        if (!isDigit(text.charCodeAt(i))) return { kind: 'SyntaxError', msg: 'invalid decimal literal', at: i - 1 };
      }
    }
    const zerosEnd = i;
    if (isDigit(text.charCodeAt(i))) {
      nonzero = true;
      r = decimalTail(text, i);
      if (typeof r !== 'number') return r;
      i = r;
    }
    const c = text.charCodeAt(i);
    if (c === CH_DOT) return fractionAndExponent(text, start, i + 1);
    if (c === 101 || c === 69 || c === 106 || c === 74) return fractionAndExponent(text, start, i);
    if (nonzero) {
      return {
        kind: 'SyntaxError',
        msg: 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
        at: start, endAt: zerosEnd,
      };
    }
    return verifyEnd(text, i, 'decimal');
  }
  if (first !== CH_DOT) {
    r = decimalTail(text, i);
    if (typeof r !== 'number') return r;
    i = r;
    if (text.charCodeAt(i) !== CH_DOT) return fractionAndExponent(text, start, i);
  }
  return fractionAndExponent(text, start, i + 1);
}

/** After the integer part (and the '.', if any): fraction digits, exponent, imaginary suffix. */
function fractionAndExponent(text: string, start: number, i: number): number | ScanProblem {
  let r: number | ScanProblem;
  if (isDigit(text.charCodeAt(i)) && text.charCodeAt(i - 1) === CH_DOT) {
    r = decimalTail(text, i);
    if (typeof r !== 'number') return r;
    i = r;
  }
  let c = text.charCodeAt(i);
  if (c === 101 || c === 69) {
    const eAt = i;
    i++;
    c = text.charCodeAt(i);
    if (c === 43 || c === 45) {
      i++;
      if (!isDigit(text.charCodeAt(i))) return { kind: 'SyntaxError', msg: 'invalid decimal literal', at: i - 1 };
    } else if (!isDigit(c)) {
      return verifyEnd(text, eAt, 'decimal');
    }
    r = decimalTail(text, i);
    if (typeof r !== 'number') return r;
    i = r;
  }
  c = text.charCodeAt(i);
  if (c === 106 || c === 74) {
    r = verifyEnd(text, i + 1, 'imaginary');
    if (typeof r !== 'number') return r;
    return { kind: 'SyntaxError', msg: 'imaginary literals are not supported by gilvm', at: start, endAt: i + 1 };
  }
  return verifyEnd(text, i, 'decimal');
}

// ---------------------------------------------------------------- strings
/** Length of a string prefix at i (0, 1 or 2 letters) if a quote follows it, else -1. */
function stringPrefixLength(text: string, i: number): number {
  let saw = 0; // bits: 1 r, 2 b, 4 u, 8 f
  for (let n = 0; n < 3; n++) {
    const c = text.charCodeAt(i + n);
    if (c === CH_QUOTE1 || c === CH_QUOTE2) return n;
    let bit: number;
    switch (c | 0x20) {
      case 114: bit = 1; break;
      case 98: bit = 2; break;
      case 117: bit = 4; break;
      case 102: bit = 8; break;
      default: return -1;
    }
    if (saw & bit) return -1;
    saw |= bit;
    if ((saw & 4 && saw !== 4) || (saw & 10) === 10) return -1;
  }
  return -1;
}

function scanString(text: string, start: number): Match | null {
  const prefix = stringPrefixLength(text, start);
  if (prefix < 0) return null;
  let i = start + prefix;
  const quote = text.charCodeAt(i);
  const triple = text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote;
  const n = text.length;
  if (triple) {
    i += 3;
    for (;;) {
      if (i >= n) {
        return matchOf(text, start, n, {
          kind: 'SyntaxError', msg: 'unterminated triple-quoted string literal', at: start,
        });
      }
      const c = text.charCodeAt(i);
      if (c === quote && text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote) {
        return matchOf(text, start, i + 3);
      }
      i += c === CH_BACKSLASH ? (text.charCodeAt(i + 1) === CH_CR && text.charCodeAt(i + 2) === CH_LF ? 3 : 2) : 1;
    }
  }
  i += 1;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === quote) return matchOf(text, start, i + 1);
    if (i >= n || c === CH_LF || c === CH_CR) {
      return matchOf(text, start, Math.min(i, n), { kind: 'SyntaxError', msg: 'unterminated string literal', at: start });
    }
    if (c === CH_BACKSLASH) {
      if (i + 1 >= n) i += 1;
      else i += text.charCodeAt(i + 1) === CH_CR && text.charCodeAt(i + 2) === CH_LF ? 3 : 2;
    } else {
      i++;
    }
  }
}

// ---------------------------------------------------------------- raw token kinds
// Lexer-private kinds of the first stage's tokens (never seen by the parser: layout retags
// every raw token with its public type from tokens.ts). Operators are RAW_OPERATOR + their
// index in T.OPERATORS.
const RAW_LINE_BREAK = 0;
const RAW_CONTINUATION = 1;
const RAW_STRING = 2;
const RAW_NAME = 3;
const RAW_NUMBER = 4;
/** `<>`: CPython tokenizes it as one (NOTEQUAL) token that its parser rejects ("invalid
 * syntax" on both characters) unless barry_as_FLUFL is imported; gilvm reports it here. */
const RAW_LESS_GREATER = 5;
/** Any one character (a surrogate pair counts as one): reported by the layout pass. */
const RAW_INVALID = 6;
const RAW_OPERATOR = 7;

/** OPERATOR_CANDIDATES[c]: the operators starting with the ASCII character c, as (text, raw
 * kind) pairs in OPERATORS order, so the first that matches is the longest. */
const OPERATOR_CANDIDATES: (readonly [string, number])[][] = [];
for (let c = 0; c < 128; c++) OPERATOR_CANDIDATES.push([]);
T.OPERATORS.forEach(([text], k) => { OPERATOR_CANDIDATES[text.charCodeAt(0)]!.push([text, RAW_OPERATOR + k]); });

/** A raw kind to the public type it becomes (names are special-cased: keywords). The kinds
 * that never become tokens (line breaks, continuations, errors) stand as Name until then. */
const PUBLIC_TYPE: TokenType[] = [T.Name, T.Name, T.String, T.Name, T.Number, T.Name, T.Name, ...T.OPERATORS.map(([, type]) => type)];

const BRACKET_OPEN = new Set(['(', '[', '{']);
const BRACKET_CLOSE: ReadonlyMap<string, string> = new Map([[')', '('], [']', '['], ['}', '{']]);

/** CPython's limits (tokenizer.h MAXINDENT, MAXLEVEL). */
const MAX_INDENT = 100;
const MAX_LEVEL = 200;

const LINE_CONTINUATION_MSG = 'unexpected character after line continuation character';

/** A `\` at `offset`: a continuation (with its line break), or a problem. */
function scanContinuation(text: string, offset: number): Match {
  const c = text.charCodeAt(offset + 1);
  if (c === CH_LF || c === CH_CR) {
    const end = offset + (c === CH_CR && text.charCodeAt(offset + 2) === CH_LF ? 3 : 2);
    if (end >= text.length) {
      return matchOf(text, offset, end, { kind: 'SyntaxError', msg: 'unexpected EOF while parsing', at: offset + 1, endLiteral: -1 });
    }
    return matchOf(text, offset, end);
  }
  if (offset + 1 >= text.length) {
    return matchOf(text, offset, offset + 1, { kind: 'SyntaxError', msg: 'unexpected EOF while parsing', at: offset + 1, endLiteral: -1 });
  }
  return matchOf(text, offset, offset + 1, {
    kind: 'SyntaxError', msg: LINE_CONTINUATION_MSG, at: offset + 1, endLiteral: 0,
  });
}

/** A name at `offset` (its first character is a letter, `_` or non-ASCII), or null. */
function scanName(text: string, offset: number): Match | null {
  let i = offset;
  let c = text.charCodeAt(i);
  if (c < 128) {
    if (!isAsciiIdentChar(c) || isDigit(c)) return null;
    do c = text.charCodeAt(++i); while (isAsciiIdentChar(c));
    if (!(c >= 128)) return [text.slice(offset, i)] as Match;
  }
  const re = nameRegex();
  re.lastIndex = offset;
  const m = re.exec(text);
  return m === null ? null : ([m[0]] as Match);
}

/** A number at `offset` (a digit, or `.` and a digit), or a problem; null if neither. */
function scanNumberToken(text: string, offset: number): Match | null {
  const c = text.charCodeAt(offset);
  if (c === CH_DOT ? !isDigit(text.charCodeAt(offset + 1)) : !isDigit(c)) return null;
  const r = scanNumber(text, offset);
  if (typeof r === 'number') return [text.slice(offset, r)] as Match;
  return matchOf(text, offset, Math.max(offset + 1, Math.min(r.at + 1, text.length)), r);
}

/** A token of the first stage: a raw type, its text and where it starts. */
interface RawToken {
  kind: number;
  image: string;
  startOffset: number;
  payload: ScanProblem | undefined;
}

function isStringStart(c: number): boolean {
  // " ' r R b B f F u U
  return c === CH_QUOTE2 || c === CH_QUOTE1 || c === 114 || c === 82 || c === 98 || c === 66 ||
    c === 102 || c === 70 || c === 117 || c === 85;
}

/**
 * The first stage: the text as raw tokens. At each position the first scanner that matches
 * wins, in this order: spaces, tabs and form feeds and `#` comments (skipped), a line break,
 * a `\` continuation, a string (with its prefix), a name, a number, `<>`, the longest
 * operator, and any one character. Total: every character is in some token or skipped.
 */
function rawTokens(text: string): RawToken[] {
  const out: RawToken[] = [];
  const n = text.length;
  let i = 0;
  const push = (kind: number, image: string, start: number, payload: ScanProblem | undefined): void => {
    out.push({ kind, image, startOffset: start, payload });
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === CH_SPACE || c === CH_TAB || c === CH_FF) {
      i++;
      continue;
    }
    if (c === CH_HASH) {
      while (i < n && text.charCodeAt(i) !== CH_LF && text.charCodeAt(i) !== CH_CR) i++;
      continue;
    }
    if (c === CH_LF || c === CH_CR) {
      const width = c === CH_CR && text.charCodeAt(i + 1) === CH_LF ? 2 : 1;
      push(RAW_LINE_BREAK, text.slice(i, i + width), i, undefined);
      i += width;
      continue;
    }
    let kind = RAW_INVALID;
    let m: Match | null = null;
    if (c === CH_BACKSLASH) {
      m = scanContinuation(text, i);
      kind = RAW_CONTINUATION;
    }
    if (m === null && isStringStart(c)) {
      m = scanString(text, i);
      kind = RAW_STRING;
    }
    if (m === null && (c >= 128 || c === CH_UNDERSCORE || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
      m = scanName(text, i);
      kind = RAW_NAME;
    }
    if (m === null && (c === CH_DOT || isDigit(c))) {
      m = scanNumberToken(text, i);
      kind = RAW_NUMBER;
    }
    if (m === null && c === CH_LESS && text.charCodeAt(i + 1) === CH_GREATER) {
      m = [text.slice(i, i + 2)] as Match;
      kind = RAW_LESS_GREATER;
    }
    if (m === null && c < 128) {
      const candidates = OPERATOR_CANDIDATES[c]!;
      for (let k = 0; k < candidates.length; k++) {
        const [op, opKind] = candidates[k]!;
        if (text.startsWith(op, i)) {
          m = [op] as Match;
          kind = opKind;
          break;
        }
      }
    }
    if (m === null) {
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      m = [text.slice(i, i + width)] as Match;
      kind = RAW_INVALID;
    }
    push(kind, m[0], i, m.payload);
    i += m[0].length;
  }
  return out;
}

// ---------------------------------------------------------------- errors
/** Builds a PySyntaxError whose `offset` is the 1-based column (in code points) of `at`. */
function errorAt(text: string, filename: string, p: ScanProblem): PySyntaxError {
  const at = Math.max(0, Math.min(p.at, text.length));
  let lineStart = at;
  while (lineStart > 0) {
    const c = text.charCodeAt(lineStart - 1);
    if (c === CH_LF || c === CH_CR) break;
    lineStart--;
  }
  let lineno = 1;
  for (let i = 0; i < lineStart; i++) {
    const c = text.charCodeAt(i);
    if (c === CH_LF) lineno++;
    else if (c === CH_CR && text.charCodeAt(i + 1) !== CH_LF) lineno++;
  }
  let lineEnd = lineStart;
  while (lineEnd < text.length) {
    const c = text.charCodeAt(lineEnd);
    if (c === CH_LF || c === CH_CR) break;
    lineEnd++;
  }
  const line = text.slice(lineStart, lineEnd);
  const col1 = (index: number): number => codePointCount(text, lineStart, Math.min(index, lineEnd)) + 1;
  const offset = col1(at);
  let endOffset = offset;
  if (p.endLiteral !== undefined) endOffset = p.endLiteral;
  else if (p.endAt !== undefined) endOffset = col1(p.endAt);
  return markTokenizer(new PySyntaxError(p.kind, p.msg, filename, lineno, offset, line, lineno, endOffset));
}

function codePointCount(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > from && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) n++;
  }
  return n;
}

function lineBreakCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === CH_LF) n++;
    else if (c === CH_CR && s.charCodeAt(i + 1) !== CH_LF) n++;
  }
  return n;
}

function invalidCharacterProblem(tok: IToken): ScanProblem {
  const ch = tok.image;
  if (ch === '$' || ch === '?' || ch === '`' || ch === '!') {
    return { kind: 'SyntaxError', msg: 'invalid syntax', at: tok.startOffset, endAt: tok.startOffset + 1 };
  }
  const code = ch.codePointAt(0)!;
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  const msg = nonPrintableRegex().test(ch) ? `invalid non-printable character U+${hex}` : `invalid character '${ch}' (U+${hex})`;
  return { kind: 'SyntaxError', msg, at: tok.startOffset };
}

// ---------------------------------------------------------------- tokenize
export function tokenize(source: string, filename: string): LexResult {
  try {
    return tokenizeText(source, filename);
  } catch (e) {
    if (e instanceof PySyntaxError) return { tokens: [], error: e };
    const why = e instanceof Error ? e.message : String(e);
    return { tokens: [], error: markTokenizer(new PySyntaxError('SyntaxError', `source could not be tokenized (${why})`, filename, 1, 0, null)) };
  }
}

function tokenizeText(source: string, filename: string): LexResult {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const e = errorAt(text, filename, { kind: 'SyntaxError', msg: 'source code cannot contain null bytes', at: nul, endLiteral: 0 });
    return {
      tokens: [],
      error: markTokenizer(new PySyntaxError(e.kind, e.msg, filename, e.lineno, 0, (e.text ?? '').slice(0, e.offset - 1), e.lineno, 0)),
    };
  }
  return layout(text, rawTokens(text), filename);
}

function layout(text: string, raw: RawToken[], filename: string): LexResult {
  const out: IToken[] = [];
  const indents: number[] = [0];
  const altIndents: number[] = [0];
  const brackets: IToken[] = [];
  let lineHasTokens = false;
  let atLineStart = true;
  let lineStart = 0;
  /** Where CPython's line buffer starts: the first physical line not joined to the current
   * one by a `\` continuation or a multi-line string (it positions E_LINECONT errors). */
  let bufferStart = 0;
  /** The last token of the previous logical line (for "unexpected indent"). */
  let lastTokenOfLine: IToken | null = null;
  const fail = (p: ScanProblem): LexResult => ({ tokens: out, error: errorAt(text, filename, p) });
  const unclosedBracket = (): LexResult => {
    const open = brackets[brackets.length - 1]!;
    return fail({ kind: 'SyntaxError', msg: `'${open.image}' was never closed`, at: open.startOffset, endLiteral: 0 });
  };

  // Positions: raw tokens carry only their offset; lines and columns are computed here. Every
  // line break of the text is inside a raw line-break, continuation or string token, so they
  // are counted here exactly once.
  let line = 1;
  let physicalLineStart = 0;

  for (let k = 0; k < raw.length; k++) {
    const rawTok = raw[k]!;
    const kind = rawTok.kind;
    const image = rawTok.image;
    const startOffset = rawTok.startOffset;
    const startLine = line;
    const startColumn = startOffset - physicalLineStart + 1;
    let endLine = line;
    let endColumn = startColumn + image.length - 1;
    const lastChar = image.charCodeAt(image.length - 1);
    if (kind === RAW_LINE_BREAK || (kind === RAW_CONTINUATION && (lastChar === CH_LF || lastChar === CH_CR))) {
      line++;
      physicalLineStart = startOffset + image.length;
    } else if (kind === RAW_STRING && (image.indexOf('\n') >= 0 || image.indexOf('\r') >= 0)) {
      for (let i = 0; i < image.length; i++) {
        const c = image.charCodeAt(i);
        if (c === CH_LF || (c === CH_CR && image.charCodeAt(i + 1) !== CH_LF)) {
          line++;
          physicalLineStart = startOffset + i + 1;
        }
      }
      endLine = line;
      endColumn = startOffset + image.length - physicalLineStart;
    }
    if (kind === RAW_LINE_BREAK) {
      bufferStart = startOffset + image.length;
      if (brackets.length === 0) {
        if (lineHasTokens) {
          // CPython's NEWLINE token starts at a comment before the line break, if any, and
          // ends at the line break (endColumn - 1 is its 0-based end column).
          const commentAt = commentStart(text, out[out.length - 1]!.endOffset! + 1, startOffset, startOffset - startColumn + 1);
          const nlStart = commentAt ?? startOffset;
          out.push(createTokenInstance(T.Newline, image, nlStart, startOffset + image.length - 1,
            startLine, endLine, startColumn - (startOffset - nlStart), startColumn));
          lineHasTokens = false;
        }
        atLineStart = true;
        lineStart = startOffset + image.length;
      }
      continue;
    }
    const tok: IToken = createTokenInstance(PUBLIC_TYPE[kind]!, image, startOffset, startOffset + image.length - 1,
      startLine, endLine, startColumn, endColumn);
    if (rawTok.payload !== undefined) tok.payload = rawTok.payload;
    if (tok.payload !== undefined) {
      const p = tok.payload as ScanProblem;
      if (kind === RAW_STRING) {
        // "(detected at line N)": the line where the scan hit the line end or EOF.
        let detected = tok.startLine! + lineBreakCount(tok.image);
        const last = tok.image.charCodeAt(tok.image.length - 1);
        if (tok.image.length > 1 && (last === CH_LF || last === CH_CR)) detected--;
        return fail({ ...p, msg: `${p.msg} (detected at line ${detected})` });
      }
      if (kind !== RAW_CONTINUATION) return fail(p);
      if (p.msg === LINE_CONTINUATION_MSG) {
        // E_LINECONT: CPython's offset counts from the start of its line buffer.
        const e = errorAt(text, filename, p);
        const offset = codePointCount(text, Math.min(bufferStart, p.at), p.at) + 1;
        return { tokens: out, error: markTokenizer(new PySyntaxError(e.kind, e.msg, filename, e.lineno, offset, e.text, e.lineno, 0)) };
      }
      if (brackets.length > 0) return unclosedBracket();
      // A continuation problem comes after the indentation of its line is checked.
      if (!atLineStart) return fail(p);
    }
    if (kind === RAW_CONTINUATION && tok.payload === undefined) continue;

    if (atLineStart && brackets.length === 0) {
      atLineStart = false;
      // Indentation of this logical line (tokenizer.c: tab stops of 8, alt tab size 1). A
      // `\` continuation inside the indentation: the column of the first one found wins
      // (for col and altcol) unless it is 0, in which case counting goes on across the joined
      // line (CPython 3.11's cont_line_col).
      let col = 0;
      let altcol = 0;
      let contLineCol = 0;
      for (let i = lineStart; i < tok.startOffset; i++) {
        const c = text.charCodeAt(i);
        if (c === CH_SPACE) { col++; altcol++; }
        else if (c === CH_TAB) { col = (Math.floor(col / 8) + 1) * 8; altcol++; }
        else if (c === CH_FF) { col = 0; altcol = 0; }
        else if (c === CH_BACKSLASH) {
          if (contLineCol === 0) contLineCol = col;
          i += text.charCodeAt(i + 1) === CH_CR && text.charCodeAt(i + 2) === CH_LF ? 2 : 1;
        }
        else break;
      }
      if (contLineCol !== 0) { col = contLineCol; altcol = contLineCol; }
      const top = indents[indents.length - 1]!;
      const altTop = altIndents[altIndents.length - 1]!;
      const tabError = (): LexResult => fail({ kind: 'TabError', msg: 'inconsistent use of tabs and spaces in indentation', at: lineStart, endLiteral: 0 });
      if (col === top) {
        if (altcol !== altTop) return tabError();
      } else if (col > top) {
        if (indents.length >= MAX_INDENT) {
          return fail({ kind: 'IndentationError', msg: 'too many levels of indentation', at: lineStart, endLiteral: 0 });
        }
        if (altcol <= altTop) return tabError();
        if (lastTokenOfLine === null || lastTokenOfLine.tokenType !== T.Colon) {
          return fail({ kind: 'IndentationError', msg: 'unexpected indent', at: tok.startOffset - 1, endLiteral: -1 });
        }
        indents.push(col);
        altIndents.push(altcol);
        out.push(createTokenInstance(T.Indent, text.slice(lineStart, tok.startOffset), lineStart, tok.startOffset - 1,
          tok.startLine!, tok.startLine!, 1, tok.startColumn! - 1));
      } else {
        let depth = indents.length - 1;
        while (depth > 0 && col < indents[depth]!) depth--;
        if (col !== indents[depth]) {
          let lineEnd = tok.startOffset;
          while (lineEnd < text.length && text.charCodeAt(lineEnd) !== CH_LF && text.charCodeAt(lineEnd) !== CH_CR) lineEnd++;
          return fail({ kind: 'IndentationError', msg: 'unindent does not match any outer indentation level', at: lineEnd, endLiteral: -1 });
        }
        if (altcol !== altIndents[depth]) return tabError();
        while (indents.length - 1 > depth) {
          indents.pop();
          altIndents.pop();
          out.push(createTokenInstance(T.Dedent, '', tok.startOffset, tok.startOffset - 1,
            tok.startLine!, tok.startLine!, tok.startColumn!, tok.startColumn! - 1));
        }
      }
      if (tok.payload !== undefined) return fail(tok.payload as ScanProblem);
    }

    // Retag to the public type.
    if (kind === RAW_NAME) {
      const kw = T.KEYWORDS.get(tok.image);
      const type = kw ?? T.Name;
      tok.tokenType = type;
      tok.tokenTypeIdx = type.tokenTypeIdx!;
      if (kw === undefined && !isAsciiName(tok.image)) tok.image = tok.image.normalize('NFKC');
    } else if (kind === RAW_INVALID) {
      return fail(invalidCharacterProblem(tok));
    } else if (kind === RAW_LESS_GREATER) {
      return fail({ kind: 'SyntaxError', msg: 'invalid syntax', at: tok.startOffset, endAt: tok.startOffset + 2 });
    } else {
      const type = PUBLIC_TYPE[kind]!;
      tok.tokenType = type;
      tok.tokenTypeIdx = type.tokenTypeIdx!;
      if (tok.image.length === 1) {
        const ch = tok.image;
        if (BRACKET_OPEN.has(ch)) {
          if (brackets.length >= MAX_LEVEL) {
            return fail({ kind: 'SyntaxError', msg: 'too many nested parentheses', at: tok.startOffset });
          }
          brackets.push(tok);
        } else {
          const opener = BRACKET_CLOSE.get(ch);
          if (opener !== undefined) {
            const open = brackets.pop();
            if (open === undefined) {
              return fail({ kind: 'SyntaxError', msg: `unmatched '${ch}'`, at: tok.startOffset });
            }
            if (open.image !== opener) {
              const where = open.startLine !== tok.startLine ? ` on line ${open.startLine}` : '';
              return fail({
                kind: 'SyntaxError',
                msg: `closing parenthesis '${ch}' does not match opening parenthesis '${open.image}'${where}`,
                at: tok.startOffset,
              });
            }
          }
        }
      }
    }
    out.push(tok);
    lastTokenOfLine = tok;
    lineHasTokens = true;
  }

  // End of file.
  if (brackets.length > 0) return unclosedBracket();
  // CPython places the EOF DEDENTs on the line after the last one (a missing final line
  // break is implied).
  const finalChar = text.charCodeAt(text.length - 1);
  const eofLine = finalChar === CH_LF || finalChar === CH_CR ? line : line + 1;
  if (lineHasTokens) {
    // The implied line break at the end of the text, after any trailing blanks (a comment
    // before it starts the NEWLINE, as above).
    const last = out[out.length - 1]!;
    const endCol = text.length - physicalLineStart;
    const commentAt = commentStart(text, last.endOffset! + 1, text.length, physicalLineStart);
    const startCol = commentAt === null ? endCol : commentAt - physicalLineStart;
    out.push(createTokenInstance(T.Newline, '', text.length, text.length - 1,
      line, line, startCol + 1, endCol + 1));
  }
  for (let d = indents.length - 1; d > 0; d--) {
    out.push(createTokenInstance(T.Dedent, '', text.length, text.length - 1, eofLine, eofLine, 1, 0));
  }
  return { tokens: out, error: null };
}

/** The offset of the comment ('#') in text[from, to) on the physical line starting at
 * `lineStart`, or null. (Only blanks and a comment can lie between a line's last token and
 * its line break.) */
function commentStart(text: string, from: number, to: number, lineStart: number): number | null {
  const at = text.indexOf('#', Math.max(from, lineStart));
  return at >= 0 && at < to ? at : null;
}

function isAsciiName(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** An error the tokenizer raised (PySyntaxError.fromTokenizer). */
function markTokenizer(e: PySyntaxError): PySyntaxError {
  e.fromTokenizer = true;
  return e;
}
