/*
 * Compile-time errors: SyntaxError, IndentationError and TabError as values with CPython's
 * fields (filename, lineno, offset, text, end_lineno, end_offset), and their printing in
 * CPython 3.11's words (pythonrun.c print_error_text): the `File` line, the source line with
 * leading whitespace stripped, a caret line, then `SyntaxError: message`.
 *
 * The front end throws a PySyntaxError to abandon a compilation (there is nothing to
 * unwind at compile time); the CLI catches it, prints it and exits 1. At run time
 * (compile(), exec, the REPL) the VM turns it into a Python SyntaxError object.
 * Positions: `lineno` 1-based; `offset` 1-based column in characters, as CPython's
 * SyntaxError.offset; `end_offset` exclusive, also 1-based (CPython's convention).
 */
/** RecursionError is here because CPython raises it from the compiler for input nested
 * too deeply ("maximum recursion depth exceeded during compilation"), with no position. */
export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError' | 'RecursionError';

export const COMPILE_RECURSION_MESSAGE = 'maximum recursion depth exceeded during compilation';

/** The error CPython gives for input nested too deeply to compile. */
export function compileRecursionError(filename: string): PySyntaxError {
  return new PySyntaxError('RecursionError', COMPILE_RECURSION_MESSAGE, filename, 0, 0, null);
}

export class PySyntaxError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number,
    readonly offset: number,
    /** The offending source line (without its line break), or null when unknown. */
    readonly text: string | null,
    readonly end_lineno: number = lineno,
    readonly end_offset: number = offset + 1,
  ) {
    super(`${kind}: ${msg}`);
  }

  /** Raised by the tokenizer (lexer.ts): its columns count characters where the parser's
   * and the compiler's count UTF-8 bytes in CPython's display (caretLines). */
  fromTokenizer = false;

  /** Raised while the source's bytes are decoded (cli/source.ts): CPython prints the
   * message alone, with no File line. */
  noLocation = false;
}

/** CPython 3.11's rendering of an uncaught SyntaxError (everything after `Traceback`,
 * which CPython does not print for a syntax error in the main script). */
export function formatSyntaxError(e: PySyntaxError): string {
  if (e.kind === 'RecursionError') return `RecursionError: ${e.msg}\n`;
  if (e.noLocation) return `${e.kind}: ${e.msg}\n`;
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  // byte columns in the display but for the tokenizer's errors, save its unclosed bracket
  // (raised from the parser, at the bracket's byte column; its `offset` counts characters)
  const byteColumns = !e.fromTokenizer || / was never closed$/.test(e.msg);
  if (e.text !== null) out += caretLines(e.text, e.offset, e.end_lineno > e.lineno ? 'eol' : e.end_offset, byteColumns);
  return out + `${e.kind}: ${e.msg}\n`;
}

/**
 * The source line and caret line, as pythonrun.c print_error_text does (checked against
 * python3 in test/frontend/errors.test.ts): leading blanks stripped with the offsets moved
 * along; no caret when the offset falls left of the text; the offset clipped to the line's
 * length; carets up to the end offset (clipped one past the line's end), or to the end of
 * the line when the error spans lines; at least one caret.
 */
export function caretLines(rawText: string, offset1: number, endOffset1: number | 'eol', byteColumns = false): string {
  let text = rawText.replace(/\r?\n$/, '');
  const stripped = text.length - text.replace(/^[ \t\f]+/, '').length;
  text = text.slice(stripped);
  // `byteColumns`: CPython's parser and compiler errors in a file give UTF-8 byte columns
  // (offsets given here in characters): past a non-ASCII character the caret is as many
  // columns right as it has extra bytes, and a range over it one caret longer per extra
  // byte (python3.11 does so); the tokenizer's count characters
  const width = (chars: number): number => (byteColumns ? utf8Length(text, chars) : chars);
  const len = byteColumns ? utf8Length(text, Infinity) : text.length;
  let offset = width(offset1 - 1 - stripped);
  if (offset > len) offset = len;
  let out = `    ${text}\n`;
  if (offset < 0) return out;
  const end = endOffset1 === 'eol' ? len : Math.min(width(endOffset1 - 1 - stripped), len + 1);
  const carets = Math.max(1, end - offset);
  return out + '    ' + ' '.repeat(offset) + '^'.repeat(carets) + '\n';
}

/** The UTF-8 bytes of the first `chars` characters (code points) of text, and one per
 * character past its end; `chars` itself when negative. */
function utf8Length(text: string, chars: number): number {
  if (chars < 0) return chars;
  let bytes = 0;
  let n = 0;
  for (const ch of text) {
    if (n === chars) return bytes;
    const c = ch.codePointAt(0)!;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    n++;
  }
  return chars === Infinity ? bytes : bytes + (chars - n);
}
