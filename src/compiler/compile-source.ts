/*
 * The whole front end in one call: source text to a module CodeObject
 * (parse -> symtable -> compile). Throws PySyntaxError for bad input.
 *
 * Compile-time SyntaxWarnings go to stderr as they are found, in the form of CPython's
 * warnings.formatwarning (`file:line: SyntaxWarning: message` then the stripped source
 * line), unless the caller passes its own sink. gilvm has no `warnings` module, so there are
 * no filters: CPython's default shows each compile-time warning every time as well.
 */
import { writeSync } from 'node:fs';
import type { CodeObject } from './code.js';
import { compileModule, type CompileWarning, type CompileWarningSink } from './compiler.js';
import { parseModule } from '../frontend/parse.js';
import type { SourceOrigin } from '../frontend/parser.js';

/** `origin`: how the parser places errors at the end of the input (parse.ts): a program
 * piped on stdin is read as a file by CPython, though it is named '<stdin>'.
 * The errors of the compile stage (symtable, code generation) carry the source line only
 * when `filename` names a file: CPython reads that line back from the file, and '<string>'
 * (`-c`) or '<stdin>' has none, so `python3 -c 'return 1'` prints no line and no caret.
 * The parser's errors always show their line (CPython takes it from the tokenizer). */
export function compileSource(
  source: string, filename: string, warn: CompileWarningSink = printWarning,
  origin: SourceOrigin = filename.startsWith('<') ? 'string' : 'file',
): CodeObject {
  const readable = !filename.startsWith('<');
  return compileModule(parseModule(source, filename, origin, warn, readable), filename, readable ? source : undefined, warn);
}

/** The text CPython's warnings.formatwarning gives a compile-time warning. */
export function formatWarning(w: CompileWarning): string {
  const line = w.line !== null ? w.line.trim() : '';
  return `${w.filename}:${w.lineno}: ${w.category}: ${w.message}\n` + (line !== '' ? `  ${line}\n` : '');
}

/** The default sink: straight to fd 2 (the VM writes stderr unbuffered too, vm/output.ts). */
export function printWarning(w: CompileWarning): void {
  const bytes = Buffer.from(formatWarning(w), 'utf8');
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(2, bytes, off, bytes.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      return; // EPIPE and the like: a warning is not worth failing the compile
    }
  }
}
