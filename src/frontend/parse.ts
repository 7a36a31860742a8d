/*
 * Front-end entry points: source text to AST (parseModule, parseExpression, parseInteractive),
 * throwing a PySyntaxError in CPython 3.11's words.
 *
 * Owns: the per-process parser instances, string-literal concatenation and f-string
 * assembly (JoinedStr, with each field's expression parsed by a nested parser), the
 * translation of chevrotain's recognition exceptions into CPython's generic messages
 * (`invalid syntax`, `expected ':'`), and the choice between the lexer's error and the
 * parser's (CPython's parser pulls tokens lazily, so a parse error at a real token earlier
 * than where the tokens stopped wins; a generic `invalid syntax` is replaced by a tokenizer
 * error found anywhere in the file, as _PyPegen_tokenize_full_source_to_check_for_errors does).
 *
 * Parser instances: building one runs chevrotain's performSelfAnalysis (tens of ms without
 * the grammar cache of grammar-cache.ts, a few with it), so they are created lazily, once
 * per process, and reused. This is the module-level mutable state
 * of this file: `parserPool[level]` is the parser for f-string nesting level `level` (the
 * main parse is level 0; a field's expression is parsed while the outer parse is suspended
 * inside an action, so it needs its own instance).
 *
 * Columns: the lexer's columns count UTF-16 units; CPython's count code points. When the
 * source contains astral characters the token columns are converted before parsing.
 */
import type { IToken, IRecognitionException, TokenType } from 'chevrotain';
import type * as A from './ast.js';
import { compileRecursionError, PySyntaxError } from './errors.js';
import { tokenize } from './lexer.js';
import { errorIsAtStringToken, parseStringLiteral, type FStringPart, type ParsedString } from './strings.js';
import { PythonParser, tokStart, type SourceOrigin } from './parser.js';
import * as T from './tokens.js';

const parserPool: PythonParser[] = [];

function parserAt(level: number): PythonParser {
  let p = parserPool[level];
  if (p === undefined) {
    p = new PythonParser();
    parserPool[level] = p;
  }
  return p;
}

type Mode = 'file' | 'interactive' | 'eval';

interface Context {
  filename: string;
  lines: string[];
  level: number;
  /** The tokenizer's error (the tokens stop where it occurred), or null. */
  lexError: PySyntaxError | null;
  origin: SourceOrigin;
  /** An expression (eval mode) whose text does not end with a line break: CPython's
   * tokenizer then reports the end of input at offset 0 (compile('1 +', 's', 'eval')). */
  unterminatedEval?: boolean;
}

/** `origin`: whether the source was read from a file (a script, an imported module) or
 * is a string (compile(), exec(), -c); CPython places a few errors at the end of the input
 * differently for the two. By default a `filename` in angle brackets ('<string>',
 * '<stdin>') names a string and any other a file: compile() passes 'string' itself. */
/** A tokenizer SyntaxWarning (`1if x else 2`: "invalid decimal literal"), shaped as the
 * compiler's CompileWarning so compile-source.ts passes its sink through. */
export interface TokenizerWarning {
  category: 'SyntaxWarning';
  message: string;
  filename: string;
  lineno: number;
  line: string | null;
}

/** `warn` (optional) receives the tokenizer's SyntaxWarnings, with their source line when
 * `withLines` (a file CPython's linecache can read back). */
export function parseModule(
  source: string, filename: string, origin: SourceOrigin = filename.startsWith('<') ? 'string' : 'file',
  warn?: (w: TokenizerWarning) => void, withLines = false,
): A.Module {
  if (warn === undefined) return run(source, filename, 'file', origin) as A.Module;
  return run(source, filename, 'file', origin, (text, lines, tokens, errorLine) => {
    for (const t of tokens) {
      if (t.tokenType !== T.Number) continue;
      if (t.startLine! > errorLine) break;
      // a number the scanner let a keyword follow directly (CPython's verify_end_of_number)
      const after = text.charCodeAt(t.endOffset! + 1);
      if (!((after >= 97 && after <= 122) || (after >= 65 && after <= 90))) continue;
      const img = t.image.toLowerCase();
      const kind = img.startsWith('0x') ? 'hexadecimal' : img.startsWith('0o') ? 'octal' : img.startsWith('0b') ? 'binary' :
        img.endsWith('j') ? 'imaginary' : 'decimal';
      warn({ category: 'SyntaxWarning', message: `invalid ${kind} literal`, filename, lineno: t.startLine!, line: withLines ? lines[t.startLine! - 1] ?? null : null });
    }
  }) as A.Module;
}

export function parseInteractive(source: string, filename: string): A.Interactive {
  return run(source, filename, 'interactive') as A.Interactive;
}

export function parseExpression(source: string, filename: string): A.Expr {
  return run(source, filename, 'eval') as A.Expr;
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** `warnTokens` (optional) reports the tokenizer's warnings for the tokens up to
 * `errorLine` (CPython's tokenizer warns as the parser pulls tokens: none past an error). */
function run(
  source: string, filename: string, mode: Mode, origin: SourceOrigin = 'string',
  warnTokens?: (text: string, lines: string[], tokens: IToken[], errorLine: number) => void,
): A.Module | A.Interactive | A.Expr {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lexed = tokenize(source, filename);
  const ctx: Context = {
    filename, lines: splitLines(text), level: 0, lexError: lexed.error, origin,
    unterminatedEval: mode === 'eval' && !/[\r\n]$/.test(text),
  };
  if (/[\uD800-\uDFFF]/.test(text)) toCodePointColumns(lexed.tokens, ctx.lines);
  if (warnTokens === undefined) return parseTokens(lexed.tokens, lexed.error, ctx, mode);
  const tokens = lexed.tokens.slice(); // (the parser may consume the array)
  let result: A.Module | A.Interactive | A.Expr;
  try {
    result = parseTokens(lexed.tokens, lexed.error, ctx, mode);
  } catch (e) {
    if (e instanceof PySyntaxError) warnTokens(text, ctx.lines, tokens, e.lineno ?? Infinity);
    throw e;
  }
  warnTokens(text, ctx.lines, tokens, Infinity);
  return result;
}

function parseTokens(
  tokens: IToken[], lexError: PySyntaxError | null, ctx: Context, mode: Mode,
): A.Module | A.Interactive | A.Expr {
  const parser = parserAt(ctx.level);
  parser.begin(tokens, ctx.filename, ctx.lines, (toks, p) => decodeStrings(toks, ctx, p), ctx.origin);
  let result: A.Module | A.Interactive | A.Expr | undefined;
  let errors: IRecognitionException[] = [];
  try {
    result = mode === 'file' ? parser.file() : mode === 'interactive' ? parser.interactive() : parser.evalInput();
    errors = parser.errors;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      // A specific message at a real token: CPython would have raised it before reading on,
      // except for the "invalid syntax. Perhaps..." hints, which yield to a tokenizer error.
      // (CPython 3.11 actually prefers any tokenizer error later in the file, but the lexer's
      // error also covers errors that are the parser's in CPython, e.g. `unexpected indent`.)
      if (lexError !== null && e.msg.startsWith('invalid syntax') && !keepsOverUnclosed(e, lexError) &&
        !hintKeepsOverUnclosed(e, lexError, parser.nextTokenLine()) && !parserErrorFirst(lexError, parser.atEndOfTokens())) throw lexError;
      // The parser had read every token, up to where the tokenizer failed: CPython's parser
      // would have stopped at that tokenizer error when it fetched the next token (e.g. a
      // TabError on the line that should have been the indented block).
      if (lexError !== null && parser.atEndOfTokens() && !keepsOverUnclosed(e, lexError)) throw lexError;
      throw e;
    }
    if (e instanceof RangeError) {
      // The JS stack ran out (deep nesting, cold code): a clean SyntaxError, never a JS trace.
      // CPython's compiler gives up the same way, with no position.
      if (lexError !== null) throw lexError;
      throw compileRecursionError(ctx.filename);
    }
    throw e;
  } finally {
    parser.input = []; // (also clears parser.errors: read above)
  }
  if (errors.length > 0) {
    const err = errors[0]!;
    const ours = translateError(err, tokens, ctx);
    // The lexer stopped at its error: a parse failure at the end of the tokens is really
    // the lexer's; a generic "invalid syntax" yields to a tokenizer error later in the file.
    if (lexError !== null && (isEof(err.token) || ours.msg === 'invalid syntax' ||
      ours.msg.startsWith('invalid syntax. Perhaps')) && !(!isEof(err.token) && keepsOverUnclosed(ours, lexError))
      && !parserErrorFirst(lexError, isEof(err.token))) throw lexError;
    throw ours;
  }
  if (lexError !== null) throw lexError;
  return result!;
}

/** Whether a generic "invalid syntax" at a real token stands against the tokenizer's
 * "'(' was never closed": CPython (_PyPegen_tokenize_full_source_to_check_for_errors)
 * replaces it only when the error is on a later line than the unclosed bracket, so
 * `def f(:` is "invalid syntax" but `print(1, 2` + a next line is "never closed". */
function keepsOverUnclosed(parseError: PySyntaxError, lexError: PySyntaxError): boolean {
  return parseError.msg === 'invalid syntax' && lexError.msg.endsWith('was never closed') && parseError.lineno <= lexError.lineno;
}

/** Whether an "invalid syntax. Perhaps you forgot a comma?" (or another hint of CPython's
 * second pass) stands against the tokenizer's "'(' was never closed": as for the generic
 * error, CPython replaces it only when the last token its parser fetched (the one after the
 * error, at `nextLine`) is on a later line than the bracket, and fetching the end of the
 * input inside the bracket (NaN) is the tokenizer's error at once: `x = (a b:` keeps the
 * hint, `f(a b` + end of file is "never closed". */
function hintKeepsOverUnclosed(parseError: PySyntaxError, lexError: PySyntaxError, nextLine: number): boolean {
  return parseError.msg !== 'invalid syntax' && lexError.msg.endsWith('was never closed') && nextLine <= lexError.lineno;
}

/** Whether the parser's error stands against the lexer's `lexError`: "unexpected indent"
 * is CPython's parser's error, raised when it meets the INDENT, so a failure at a token
 * before it (`x = 1 +` and an indented line: "invalid syntax" at the line break) is
 * CPython's error. The tokens end where the lexer failed: a failure there is the INDENT's. */
function parserErrorFirst(lexError: PySyntaxError, atEndOfTokens: boolean): boolean {
  return lexError.msg === 'unexpected indent' && !atEndOfTokens;
}

function isEof(t: IToken | undefined): boolean {
  return t === undefined || t.tokenType.name === 'EOF' || Number.isNaN(t.startLine);
}

/** The rules whose ':' is a forced token (`&&':'`) in CPython 3.11's grammar: `else`,
 * `try`, `finally` and `def` (`def f() x` is "expected ':'" at `x`, `if x y` "invalid syntax"). */
const FORCED_COLON_RULES: ReadonlySet<string> = new Set(['elseBlock', 'tryStatement', 'finallyBlock', 'functionDef']);

/** Tokens that can end an operand (so a `not` after one begins `not in`). */
const OPERAND_ENDS: ReadonlySet<TokenType> = new Set([T.Name, T.Number, T.String, T.RParen, T.RBracket, T.RBrace, T.True, T.False, T.None, T.Ellipsis]);

/** CPython's message for a token the grammar did not expect. */
function translateError(err: IRecognitionException, tokens: IToken[], ctx: Context): PySyntaxError {
  let tok = err.token;
  const prev = (err as unknown as { previousToken?: IToken }).previousToken;
  const expectedColon = err.name === 'MismatchedTokenException' && err.message === 'expected:COLON';
  const ruleStack = err.context.ruleStack;
  const rule = ruleStack[ruleStack.length - 1] ?? '';
  if (err.name === 'MismatchedTokenException' && err.message === 'expected:LPAR' && rule === 'functionDef' && !isEof(tok)) {
    // `def NAME &&'('`: a forced token, reported at the token found instead
    return syntaxError("expected '('", ctx, tok.startLine!, tok.startColumn! - 1, tok.endLine!, tok.endColumn!);
  }
  if (isEof(tok)) {
    // Past the last token: point just after the previous one (as CPython does at ENDMARKER).
    const last = prev && !isEof(prev) ? prev : tokens[tokens.length - 1];
    if (last === undefined) {
      // nothing but blank lines and comments (eval('')): CPython's ENDMARKER error is on the
      // last line the tokenizer ended (line 0 for '' or spaces alone), with no column
      const lineno = ctx.lines.length - 1 + (ctx.lines[ctx.lines.length - 1]!.includes('#') ? 1 : 0);
      const text = lineno === 0 ? '' : ctx.lines[lineno - 1] ?? '';
      return new PySyntaxError('SyntaxError', 'invalid syntax', ctx.filename, lineno, 0, text, lineno, 0);
    }
    const line = last.endLine!;
    const col = ctx.unterminatedEval === true ? -1 : last.endColumn!;
    return syntaxError(expectedColon ? "expected ':'" : 'invalid syntax', ctx, line, col, line, ctx.unterminatedEval === true ? col : col + 1);
  }
  if (expectedColon && tok.tokenType === T.Newline) {
    // CPython's `&&':'` reports at the token found instead: the NEWLINE (a comment before
    // the line break is part of it; its 0-based end column is endColumn - 1).
    return syntaxError("expected ':'", ctx, tok.startLine!, tok.startColumn! - 1, tok.startLine!, tok.endColumn! - 1);
  }
  if (expectedColon && FORCED_COLON_RULES.has(rule)) {
    // CPython's `&&':'` (a forced token) reports at the token found instead, underlined.
    return syntaxError("expected ':'", ctx, tok.startLine!, tok.startColumn! - 1, tok.endLine!, tok.endColumn!);
  }
  // Elsewhere (if, while, for, with, except, class) the ':' is not forced: CPython says
  // "expected ':'" only when the line ends there (its invalid_*_stmt rules, the NEWLINE
  // case above); any other token is a plain "invalid syntax" at that token.
  if (tok.tokenType === T.Not && prev !== undefined && OPERAND_ENDS.has(prev.tokenType)) {
    // `a not b`: CPython's comparison takes the `not` as the start of `not in` and fails
    // at the token after it (parser.ts comparisonDirect leaves such a `not` unconsumed,
    // for the "forgot a comma" hint inside brackets)
    const after = tokens[tokens.indexOf(tok) + 1];
    if (after !== undefined && after.tokenType !== T.In) {
      const moved = Object.assign(Object.create(Object.getPrototypeOf(err) as object) as IRecognitionException, err, { token: after, previousToken: tok });
      return translateError(moved, tokens, ctx);
    }
  }
  if (tok.tokenType === T.Indent) {
    return new PySyntaxError('IndentationError', 'unexpected indent', ctx.filename, tok.startLine!, tok.endColumn! + 1,
      ctx.lines[tok.startLine! - 1] ?? null, tok.startLine!, -1);
  }
  if (tok.tokenType === T.Dedent) {
    // The parser failed at a DEDENT (a block ends where it cannot: `def f():\n    @dec\nx = 1`):
    // _PyPegen_set_syntax_error's "unexpected unindent", with no caret. (A dedent to an
    // unknown column is the lexer's "unindent does not match any outer indentation level".)
    // At the end of the input CPython places it on a file's last line; a string's is the
    // line after its last line break, with a caret after that line's text.
    const lastLine = ctx.lines[ctx.lines.length - 1] === '' && ctx.origin === 'file' ? Math.max(1, ctx.lines.length - 1) : ctx.lines.length;
    const atEnd = tok.startLine! > lastLine || (ctx.origin === 'string' && tok.startLine! === lastLine && tok.startColumn! > (ctx.lines[lastLine - 1] ?? '').length);
    const line = atEnd ? lastLine : tok.startLine!;
    const text = ctx.lines[line - 1] ?? null;
    const offset = atEnd && ctx.origin === 'string' && text !== null ? text.length + 1 : 0;
    return new PySyntaxError('IndentationError', 'unexpected unindent', ctx.filename, line, offset, text, line, offset === 0 ? -1 : offset + 1);
  }
  if (tok.tokenType === T.Newline) {
    if (ctx.unterminatedEval === true && tok.image === '') return syntaxError('invalid syntax', ctx, tok.startLine!, -1, tok.startLine!, -1);
    const s = tokStart(tok);
    return syntaxError('invalid syntax', ctx, s.lineno, s.col_offset, s.lineno, tok.endColumn! - 1);
  }
  return syntaxError('invalid syntax', ctx, tok.startLine!, tok.startColumn! - 1, tok.endLine!, tok.endColumn!);
}

/** A SyntaxError at 0-based columns [col, endCol). */
function syntaxError(msg: string, ctx: Context, line: number, col: number, endLine: number, endCol: number): PySyntaxError {
  return new PySyntaxError('SyntaxError', msg, ctx.filename, line, col + 1, ctx.lines[line - 1] ?? null, endLine, endCol + 1);
}

// ---------------------------------------------------------------- strings
/**
 * Decodes a group of adjacent STRING tokens. Decoding errors come from strings.ts (and from
 * this file's f-string field checks) placed at the string token with `text` null; CPython
 * 3.11 reports them at the token after the group (the parser's last-fetched token), except
 * the bytes-not-ASCII error, which stays at its string token: both get their source line here.
 */
function decodeStrings(toks: IToken[], ctx: Context, parser: PythonParser): A.Expr {
  try {
    return decodeStringGroup(toks, ctx, parser);
  } catch (e) {
    // CPython decodes the strings after fetching the next token: when the tokenizer failed
    // there (our tokens stop at its error), its error comes first.
    if (e instanceof PySyntaxError && ctx.lexError !== null && parser.atEndOfTokens()) throw ctx.lexError;
    if (e instanceof PySyntaxError && e.text === null && e.kind === 'SyntaxError') {
      if (errorIsAtStringToken(e)) {
        throw new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, ctx.lines[e.lineno - 1] ?? null, e.end_lineno, e.end_offset);
      }
      // eval() of a source with no final line break: CPython's last token is the implicit
      // NEWLINE with no position, so the error sits at the tokenizer's cursor (the offset is
      // the 0-based column past the line's end) with no end
      const finalLine = ctx.unterminatedEval === true ? parser.finalNewlineLine() : NaN;
      if (!Number.isNaN(finalLine)) {
        const text = ctx.lines[finalLine - 1] ?? '';
        throw new PySyntaxError(e.kind, e.msg, e.filename, finalLine, [...text].length, text, finalLine, -1);
      }
      throw parser.errorAtLookahead(e.msg);
    }
    throw e;
  }
}

function decodeStringGroup(toks: IToken[], ctx: Context, parser: PythonParser): A.Expr {
  const first = toks[0]!;
  const last = toks[toks.length - 1]!;
  const pos: A.Position = {
    lineno: first.startLine!, col_offset: first.startColumn! - 1, end_lineno: last.endLine!, end_col_offset: last.endColumn!,
  };
  if (toks.length === 1) {
    const s = parseStringLiteral(first.image, ctx.filename, first.startLine!, first.startColumn! - 1);
    if (s.kind === 'str') return { kind: 'Constant', value: { type: 'str', value: s.value }, ...pos };
    if (s.kind === 'bytes') return { kind: 'Constant', value: { type: 'bytes', value: s.value }, ...pos };
  }
  const parsed: ParsedString[] = toks.map((t) => parseStringLiteral(t.image, ctx.filename, t.startLine!, t.startColumn! - 1));
  const bytesCount = parsed.filter((p) => p.kind === 'bytes').length;
  if (bytesCount > 0 && bytesCount < parsed.length) {
    // (text null: decodeStrings places it at the token after the group, as the others)
    throw new PySyntaxError('SyntaxError', 'cannot mix bytes and nonbytes literals', ctx.filename, first.startLine!, first.startColumn!, null);
  }
  if (bytesCount > 0) {
    let n = 0;
    for (const p of parsed) if (p.kind === 'bytes') n += p.value.length;
    const out = new Uint8Array(n);
    let at = 0;
    for (const p of parsed) if (p.kind === 'bytes') { out.set(p.value, at); at += p.value.length; }
    return { kind: 'Constant', value: { type: 'bytes', value: out }, ...pos };
  }
  if (parsed.every((p) => p.kind === 'str')) {
    let s = '';
    for (const p of parsed) if (p.kind === 'str') s += p.value;
    return { kind: 'Constant', value: { type: 'str', value: s }, ...pos };
  }
  // At least one f-string: one JoinedStr, adjacent texts merged (CPython 3.11).
  const values: (A.Constant | A.FormattedValue)[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') values.push({ kind: 'Constant', value: { type: 'str', value: text }, ...pos });
    text = '';
  };
  parsed.forEach((p, i) => {
    if (p.kind === 'str') { text += p.value; return; }
    if (p.kind !== 'fstring') return;
    // a format spec's nodes are placed at the string token that holds them (3.11's nested
    // fstring_parse gets that token as its bounds), the rest at the whole group
    const t = toks[i]!;
    const tokenPos: A.Position = { lineno: t.startLine!, col_offset: t.startColumn! - 1, end_lineno: t.endLine!, end_col_offset: t.endColumn! };
    for (const part of p.parts) {
      if (part.kind === 'text') { text += part.value; continue; }
      if (part.debugText !== null) text += part.debugText;
      flush();
      values.push(formattedValue(part, pos, tokenPos, ctx));
    }
  });
  flush();
  return { kind: 'JoinedStr', values, ...pos };
}

/**
 * A replacement field, placed at `pos` (the whole string group). Its format spec follows
 * CPython 3.11's FstringParser, which parses a spec with the field's own string token as
 * its bounds: the spec's JoinedStr and its trailing text sit at that token (`tokenPos`),
 * while a text that ends before a nested field and the nested fields themselves are placed
 * at the group, as the outer string's nodes are.
 */
function formattedValue(part: Extract<FStringPart, { kind: 'expr' }>, pos: A.Position, tokenPos: A.Position, ctx: Context): A.FormattedValue {
  const value = parseFieldExpression(part, ctx);
  let conversion = part.conversion;
  if (part.debugText !== null && conversion === -1 && part.spec === null) conversion = 114;
  let format_spec: A.JoinedStr | null = null;
  if (part.spec !== null) {
    const spec = part.spec;
    const values: (A.Constant | A.FormattedValue)[] = [];
    spec.forEach((sp, i) => {
      if (sp.kind === 'text') {
        const trailing = spec.slice(i + 1).every((later) => later.kind === 'text');
        if (sp.value !== '') values.push({ kind: 'Constant', value: { type: 'str', value: sp.value }, ...(trailing ? tokenPos : pos) });
      } else {
        if (sp.debugText !== null) values.push({ kind: 'Constant', value: { type: 'str', value: sp.debugText }, ...pos });
        values.push(formattedValue(sp, pos, tokenPos, ctx));
      }
    });
    format_spec = { kind: 'JoinedStr', values, ...tokenPos };
  }
  return { kind: 'FormattedValue', value, conversion, format_spec, ...pos };
}

/** Parses a replacement field's expression as CPython 3.11 does: `(source)` in eval mode,
 * positions moved to where `source` sits in the file. The field's own errors (empty
 * expression, tokenizer errors) are thrown with `text` null: decodeStrings places them at the
 * token after the strings. A syntax error inside the expression is reported as CPython's
 * nested parser does: the text is the parenthesised source's line and the offsets are
 * relative to it (its first line starts at the field's `{`). */
function parseFieldExpression(part: Extract<FStringPart, { kind: 'expr' }>, ctx: Context): A.Expr {
  if (part.source.trim() === '') {
    throw new PySyntaxError('SyntaxError', 'f-string: empty expression not allowed', ctx.filename, part.line, part.col + 1, null);
  }
  const wrapped = `(${part.source})`;
  const lexed = tokenize(wrapped, ctx.filename);
  // the field's own columns in code points first (part.col already counts them)
  if (/[\uD800-\uDFFF]/.test(wrapped)) toCodePointColumns(lexed.tokens, splitLines(wrapped));
  const lineShift = part.line - 1;
  const colShift = part.col - 1;
  for (const t of lexed.tokens) {
    if (t.startLine === 1) t.startColumn! += colShift;
    if (t.endLine === 1) t.endColumn! += colShift;
    t.startLine! += lineShift;
    t.endLine! += lineShift;
  }
  if (lexed.error !== null) {
    const e = lexed.error;
    throw new PySyntaxError(e.kind, `f-string: ${e.msg}`, ctx.filename, part.line, part.col + 1, null);
  }
  const inner: Context = { filename: ctx.filename, lines: ctx.lines, level: ctx.level + 1, lexError: null, origin: ctx.origin };
  try {
    return parseTokens(lexed.tokens, null, inner, 'eval') as A.Expr;
  } catch (e) {
    if (e instanceof PySyntaxError && e.kind !== 'RecursionError' && !e.msg.startsWith('f-string')) {
      const wrappedLines = splitLines(wrapped);
      const text = wrappedLines[e.lineno - part.line] ?? null;
      const offset = e.offset - colShift;
      const endOffset = e.end_offset - (e.end_lineno === e.lineno ? colShift : 0);
      throw new PySyntaxError(e.kind, `f-string: ${e.msg}`, e.filename, e.lineno, offset, text, e.end_lineno, endOffset);
    }
    throw e;
  }
}

// ---------------------------------------------------------------- columns
function toCodePointColumns(tokens: IToken[], lines: string[]): void {
  const conv = (line: number, col1: number): number => {
    const s = lines[line - 1];
    if (s === undefined) return col1;
    let surrogates = 0;
    for (let i = 0; i < col1 - 1 && i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xdc00 && c <= 0xdfff) surrogates++;
    }
    return col1 - surrogates;
  };
  for (const t of tokens) {
    if (t.startLine !== undefined && !Number.isNaN(t.startLine)) t.startColumn = conv(t.startLine, t.startColumn!);
    if (t.endLine !== undefined && !Number.isNaN(t.endLine)) t.endColumn = conv(t.endLine, t.endColumn! + 1) - 1;
  }
}
