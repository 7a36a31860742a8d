/*
 * Future statements (`from __future__ import x`): a port of CPython 3.11's Python/future.c,
 * run on the parsed module before the AST optimizer, the symbol table and code generation,
 * as CPython's compiler_setup does.
 *
 * What it owns:
 *  - the features a module asks for: only `annotations` (PEP 563: annotations compiled to
 *    strings, compiler.ts / unparse.ts) changes anything; the other names CPython 3.11
 *    knows (nested_scopes, generators, division, absolute_import, with_statement,
 *    print_function, unicode_literals, generator_stop, barry_as_FLUFL) are accepted and do
 *    nothing, as they are mandatory in 3.11 (barry_as_FLUFL's `<>` is not implemented);
 *  - the SyntaxErrors future.c raises, in its words and at its positions: `braces` ("not a
 *    chance"), an unknown name ("future feature X is not defined"), both at the statement's
 *    start; and a future import after another statement on the SAME line as the last
 *    statement checked ("from __future__ imports must occur at the beginning of the file"),
 *    placed one column left of the statement, CPython's quirk (it passes the 0-based
 *    col_offset where a 1-based offset is expected). Every other late future import is
 *    the code generator's error (compiler.ts, compileFromImport, using `lineno` below).
 *
 * Invariants: future statements are recognized only at the start of a module (after an
 * optional docstring); a run of them may share a line (`from __future__ import a; from
 * __future__ import b`). `lineno` is the line of the last recognized future statement, -1
 * when there is none: a `from __future__` import on a later line is late. The runtime import
 * of lib/__future__.py still happens (the statement binds its names), as in CPython.
 * No module-level mutable state.
 */
import type * as A from '../frontend/ast.js';
import { PySyntaxError } from '../frontend/errors.js';

/** CPython's CO_FUTURE_ANNOTATIONS: set in the flags of every code object compiled under
 * `from __future__ import annotations` (co_flags shows it, as in CPython). */
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

/** The feature names CPython 3.11 accepts (Lib/__future__.py's all_feature_names). */
const KNOWN_FEATURES: ReadonlySet<string> = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

export interface FutureFeatures {
  /** CO_FUTURE_* bits to put in every code object's flags. */
  flags: number;
  /** `from __future__ import annotations` is in effect. */
  annotations: boolean;
  /** Line of the last future statement at the top of the module; -1 if none. */
  lineno: number;
}

/** The future statements of a module, or a PySyntaxError for a bad one. `source` supplies
 * the line shown with the error (null: none, as for `-c` code). */
export function parseFuture(mod: A.Module | A.Interactive, filename: string, source: string | null): FutureFeatures {
  const ff: FutureFeatures = { flags: 0, annotations: false, lineno: -1 };
  const body = mod.body;
  let i = hasDocstring(body) ? 1 : 0;
  let done = false;
  let prevLine = 0;
  for (; i < body.length; i++) {
    const s = body[i];
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s.kind === 'ImportFrom' && s.module === '__future__') {
      if (done) {
        throw syntaxError('from __future__ imports must occur at the beginning of the file', filename, source, s.lineno, s.col_offset);
      }
      checkFeatures(ff, s, filename, source);
      ff.lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return ff;
}

function checkFeatures(ff: FutureFeatures, s: A.ImportFrom, filename: string, source: string | null): void {
  for (const alias of s.names) {
    const feature = alias.name;
    if (feature === 'annotations') {
      ff.annotations = true;
      ff.flags |= CO_FUTURE_ANNOTATIONS;
    } else if (KNOWN_FEATURES.has(feature)) {
      continue;
    } else if (feature === 'braces') {
      throw syntaxError('not a chance', filename, source, s.lineno, s.col_offset + 1);
    } else {
      throw syntaxError(`future feature ${feature} is not defined`, filename, source, s.lineno, s.col_offset + 1);
    }
  }
}

/** CPython's _PyAST_GetDocString test: the first statement is a str constant expression. */
function hasDocstring(body: A.Stmt[]): boolean {
  const first = body[0];
  return first !== undefined && first.kind === 'Expr' && first.value.kind === 'Constant' && first.value.value.type === 'str';
}

/** PyErr_SyntaxLocationObject's error: a position without an end (one caret). */
function syntaxError(msg: string, filename: string, source: string | null, lineno: number, offset: number): PySyntaxError {
  const text = source !== null ? (source.split(/\r\n|\r|\n/)[lineno - 1] ?? null) : null;
  return new PySyntaxError('SyntaxError', msg, filename, lineno, offset, text);
}
