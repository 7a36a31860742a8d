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
export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

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
}

/** CPython 3.11's rendering of an uncaught SyntaxError (everything after `Traceback`,
 * which CPython does not print for a syntax error in the main script). */
export function formatSyntaxError(e: PySyntaxError): string {
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null) {
    out += caretLines(e.text, e.offset, e.lineno === e.end_lineno ? e.end_offset : -1);
  }
  return out + `${e.kind}: ${e.msg}\n`;
}

/** The source line and caret line, following pythonrun.c print_error_text. */
function caretLines(rawText: string, offset1: number, endOffset1: number): string {
  let text = rawText.replace(/\r?\n$/, '');
  let offset = offset1 - 1;
  let endOffset = endOffset1 === -1 ? -1 : endOffset1 - 1;
  const stripped = text.length - text.replace(/^[ \t\f]+/, '').length;
  text = text.slice(stripped);
  offset -= stripped;
  if (endOffset !== -1) endOffset -= stripped;
  if (offset > text.length) offset = text.length;
  let out = `    ${text}\n`;
  if (offset < 0) return out;
  let carets = 1;
  if (endOffset !== -1 && endOffset > offset) carets = Math.min(endOffset, text.length + 1) - offset;
  if (carets < 1) carets = 1;
  out += '    ' + ' '.repeat(offset) + '^'.repeat(carets) + '\n';
  return out;
}
