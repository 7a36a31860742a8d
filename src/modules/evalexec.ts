/*
 * eval, exec and compile (tier 2), and the SyntaxError objects the front end's errors
 * become at run time.
 *
 * Source text is compiled by the ordinary front end (compiler/compile-source.ts for
 * 'exec', compiler.ts compileEvalExpression for 'eval': module-scoped code returning the
 * expression's value; 'single' is the REPL's compileInteractive) with filename '<string>'
 * by default, loaded as an (immortal) code object and run in a fresh module-style frame
 * whose FR_GLOBALS / FR_LOCALS are the given mappings: names resolve as in a module body
 * (LOAD_NAME: locals, globals, builtins). Without explicit mappings the caller's globals
 * and locals() are used (for a function frame, its f_locals dict, builtins.ts
 * frameLocalsDict: stores land there, not in the fast locals, as in CPython). A globals
 * dict without '__builtins__' gets the builtins dict; the frame's builtins are
 * globals['__builtins__'].
 *
 * A code object with free variables runs under exec only with its closure= cells (as a
 * function of no arguments over them); eval refuses it, as CPython's do.
 *
 * A compile error raises SyntaxError(msg, (filename, lineno, offset, text, end_lineno,
 * end_offset)) (or IndentationError / TabError), whose str and uncaught report follow
 * CPython (objects/abstract.ts, vm/traceback.ts).
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { decref, incref, newRef } from '../vm/refs.js';
import { raiseTypeError, raiseValueError, setRaised } from '../vm/errors.js';
import { PySyntaxError } from '../frontend/errors.js';
import type { Stmt } from '../frontend/ast.js';
import { parseExpression, parseInteractive, parseModule } from '../frontend/parse.js';
import { compileEvalExpression, compileInteractive, compileModule, type CompileWarningSink } from '../compiler/compiler.js';
import { formatWarning } from '../compiler/compile-source.js';
import { writeStderr } from '../vm/traceback.js';
import type { CodeObject } from '../compiler/code.js';
import { loadCode } from '../objects/code.js';
import { FR_GLOBALS, FR_BUILTINS, FR_CODE } from '../vm/frame.js';
import { CO_FLAGS, CO_KINDS_WORD, CO_LPNAMES } from '../objects/code.js';
import { CO_FUTURE_ANNOTATIONS } from '../compiler/future.js';
import { MOD_DICT } from '../objects/method.js';
import { call0, pushModuleFrame, runFrameNested } from '../vm/call.js';
import { FN_CLOSURE, functionNew } from '../objects/function.js';
import { CO_FAST_FREE } from '../compiler/code.js';
import { TS_FRAME } from '../vm/threadstate.js';
import { kindOf, typeOf } from '../objects/object.js';
import { Kind } from '../objects/kinds.js';
import { strFromJS, strToJS } from '../objects/str.js';
import { bytesData } from '../objects/bytes.js';
import { tupleFromRefs, tupleItem, tupleSize } from '../objects/tuple.js';
import { intFromNumber } from '../objects/int.js';
import { exceptionNew } from '../objects/exceptions.js';
import { dictGetStr, dictSetItem } from '../objects/dict.js';
import { mappingCheck, typeNameOf } from '../objects/abstract.js';
import { typeLookup } from '../objects/type.js';
import { frameLocalsDict } from './builtins.js';

/** Raises the run-time exception for a front-end error. Returns NULL. */
export function raiseSyntaxErrorFrom(rt: Runtime, e: PySyntaxError): Ref {
  const type = rt.exc[e.kind] ?? rt.exc.SyntaxError!;
  if (e.kind === 'RecursionError') {
    const msg = strFromJS(rt, e.msg);
    setRaised(rt, exceptionNew(rt, type, tupleFromRefs(rt, [msg])));
    decref(rt, msg);
    return NULL;
  }
  const parts = [
    strFromJS(rt, e.filename), intFromNumber(rt, e.lineno), intFromNumber(rt, e.offset),
    e.text === null ? newRef(rt, rt.None) : strFromJS(rt, e.text),
    intFromNumber(rt, e.end_lineno), intFromNumber(rt, e.end_offset),
  ];
  const details = tupleFromRefs(rt, parts);
  for (const p of parts) decref(rt, p);
  const msg = strFromJS(rt, e.msg);
  setRaised(rt, exceptionNew(rt, type, tupleFromRefs(rt, [msg, details])));
  decref(rt, msg);
  decref(rt, details);
  return NULL;
}

type Mode = 'exec' | 'eval' | 'single';

/** The source text of a str or bytes argument, or null if v is neither. */
function sourceText(rt: Runtime, v: Ref): string | null {
  const k = kindOf(rt, v);
  if (k === Kind.STR) return strToJS(rt, v);
  if (k === Kind.BYTES || k === Kind.BYTEARRAY) return Buffer.from(bytesData(rt, v)).toString('utf8');
  return null;
}

/** Compiles source text to a code object: new reference or NULL (SyntaxError set). */
function compileText(rt: Runtime, text: string, filename: string, mode: Mode, future: number): Ref {
  if (text.includes('\0')) return raiseValueError(rt, 'source code string cannot contain null bytes');
  let co: CodeObject;
  let parsed = false;
  // the compile-time SyntaxWarnings ("is" with a literal, ...) go to sys.stderr as CPython's
  // warnings module shows them: without a source line, which its linecache cannot read back
  const warn: CompileWarningSink = (w) => writeStderr(rt, formatWarning({ ...w, line: null }));
  try {
    if (mode === 'eval') {
      const tree = parseExpression(text, filename);
      parsed = true;
      co = compileEvalExpression(tree, filename, text, future, warn);
    } else if (mode === 'single') {
      const tree = parseInteractive(text, filename);
      const extra = singleStatementError(tree.body, text, filename);
      if (extra !== null) return raiseSyntaxErrorFrom(rt, extra); // its text as CPython's, kept
      parsed = true;
      co = compileInteractive(tree, filename, text, warn, future);
    } else {
      const tree = parseModule(text, filename, 'string', warn);
      parsed = true;
      co = compileModule(tree, filename, text, warn, future);
    }
  } catch (e) {
    if (e instanceof PySyntaxError) return raiseSyntaxErrorFrom(rt, stringSourceErrorText(e, text, mode, parsed));
    throw e;
  }
  return newRef(rt, loadCode(rt, co));
}

const COMPOUND_KINDS = new Set(['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'If', 'For', 'AsyncFor',
  'While', 'With', 'AsyncWith', 'Try', 'TryStar', 'Match']);

/**
 * compile(..., 'single') takes one statement (one line of simple statements, or one
 * compound statement): more is CPython 3.11's SyntaxError. After simple statements it is
 * 'multiple statements found while compiling a single statement' at the end of their last
 * line (its NEWLINE); after a compound statement, 'invalid syntax' at the next statement.
 */
function singleStatementError(body: readonly Stmt[], text: string, filename: string): PySyntaxError | null {
  if (body.length < 2) return null;
  const lines = text.split(/\r\n|\r|\n/);
  let last = 0;
  if (!COMPOUND_KINDS.has(body[0]!.kind)) {
    while (last + 1 < body.length && body[last + 1]!.lineno === body[last]!.end_lineno) last++;
    if (last + 1 >= body.length) return null;
    const lineno = body[last]!.end_lineno;
    const line = lines[lineno - 1] ?? '';
    return new PySyntaxError('SyntaxError', 'multiple statements found while compiling a single statement',
      filename, lineno, line.length + 1, line + '\n', lineno, line.length + 1);
  }
  const next = body[1]!;
  const lineText = lines[next.lineno - 1] ?? '';
  const hasBreak = next.lineno < lines.length;
  const firstToken = /^[A-Za-z_][A-Za-z0-9_]*/.exec(lineText.slice(next.col_offset))?.[0].length ?? 1;
  return new PySyntaxError('SyntaxError', 'invalid syntax', filename, next.lineno, next.col_offset + 1,
    lineText + (hasBreak ? '\n' : ''), next.lineno, next.col_offset + 1 + firstToken);
}

/** Tokenizer errors whose CPython text stops at the tokenizer's position (no line break). */
const CUT_TEXT_ERRORS = /^(unterminated |unmatched |closing parenthesis |invalid (decimal|hexadecimal|octal|binary|digit|character|non-printable)|leading zeros)/;

/**
 * A front-end error for source given as a string, with the `text` CPython gives it: None
 * for errors of the compiler stage (CPython reads those lines from the file, and a string
 * has none); the whole line with its line break for parser errors (in 'exec' and 'single'
 * mode the tokenizer supplies a final line break the string may lack).
 */
function stringSourceErrorText(e: PySyntaxError, source: string, mode: Mode, parsed: boolean): PySyntaxError {
  if (e.kind === 'RecursionError' || e.text === null) return e;
  let text: string | null = e.text;
  if (parsed) text = null;
  else if (!CUT_TEXT_ERRORS.test(e.msg) && !text.endsWith('\n')) {
    const lines = source.split(/\r\n|\r|\n/);
    const line = lines[e.lineno - 1];
    // an unclosed bracket reported on an earlier line than the tokenizer reached: no break
    const lastLine = lines.length - (lines[lines.length - 1] === '' ? 1 : 0);
    const earlierLine = e.msg.endsWith('was never closed') && e.lineno < lastLine;
    if (line === text && !earlierLine) {
      const hasBreak = e.lineno < lines.length;
      if (hasBreak || mode !== 'eval') text += '\n';
    }
  }
  if (text === e.text) return e;
  return new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, text, e.end_lineno, e.end_offset);
}

/** The caller's globals (borrowed). */
/** The future features in effect in the calling code (its code object's CO_FUTURE_* flags),
 * which exec(), eval() and compile() source inherits, as in CPython. */
function callerFuture(rt: Runtime): number {
  const fp = rt.i32[(rt.ts + TS_FRAME) >> 2]!;
  if (fp === 0) return 0;
  return rt.i32[(rt.i32[fp + FR_CODE]! + CO_FLAGS) >> 2]! & CO_FUTURE_ANNOTATIONS;
}

function callerGlobals(rt: Runtime): Ref {
  return rt.i32[rt.i32[(rt.ts + TS_FRAME) >> 2]! + FR_GLOBALS] as Ref;
}

/** The caller's locals(): new reference or NULL. */
function callerLocals(rt: Runtime): Ref {
  return frameLocalsDict(rt, rt.i32[(rt.ts + TS_FRAME) >> 2]!);
}


/** The builtins a frame over `globals` gets (borrowed), globals['__builtins__'] set to the
 * builtins dict first when it is missing; NULL on an error. The frame's builtins are
 * globals['__builtins__'] (a dict, or a module's dict), as in CPython: eval(src,
 * {'__builtins__': {}}) sees no built-in names. */
function frameBuiltins(rt: Runtime, globals: Ref): Ref {
  if (dictGetStr(rt, globals, rt.names.__builtins__) === NULL) {
    if (dictSetItem(rt, globals, rt.names.__builtins__, rt.builtins) < 0) return NULL;
  }
  const given = dictGetStr(rt, globals, rt.names.__builtins__);
  const gk = given === NULL ? null : kindOf(rt, given);
  return gk === Kind.DICT ? given : gk === Kind.MODULE ? rt.i32[(given + MOD_DICT) >> 2] as Ref : rt.builtins;
}

/** Runs code in a module-style frame over globals/locals (borrowed). New reference or NULL. */
function runCode(rt: Runtime, code: Ref, globals: Ref, locals: Ref): Ref {
  const builtins = frameBuiltins(rt, globals);
  if (builtins === NULL) return NULL;
  incref(rt, builtins);
  const fp = pushModuleFrame(rt, code, globals, false, locals);
  rt.i32[fp + FR_BUILTINS] = builtins;
  const r = runFrameNested(rt, fp);
  decref(rt, builtins);
  return r;
}

/** How many free variables (closure cells) a code object takes. */
function codeFreeCount(rt: Runtime, code: Ref): number {
  const i32 = rt.i32;
  const kinds = (code >> 2) + i32[(code + CO_KINDS_WORD) >> 2]!;
  const n = tupleSize(rt, i32[(code + CO_LPNAMES) >> 2] as Ref);
  let free = 0;
  for (let i = 0; i < n; i++) if ((i32[kinds + i]! & CO_FAST_FREE) !== 0) free++;
  return free;
}

/** exec(code, globals, closure=cells): the code run as a function of no arguments over
 * those cells, as PyEval_EvalCodeEx does (its locals are its own fast locals). */
function runWithClosure(rt: Runtime, code: Ref, globals: Ref, closure: Ref): Ref {
  const builtins = frameBuiltins(rt, globals);
  if (builtins === NULL) return NULL;
  const f = functionNew(rt, code, globals, builtins);
  incref(rt, closure);
  rt.i32[(f + FN_CLOSURE) >> 2] = closure;
  const r = call0(rt, f);
  decref(rt, f);
  return r;
}

/** eval(source, globals=None, locals=None, /) and exec(source, globals=None, locals=None, /,
 * *, closure=None). */
function evalOrExec(rt: Runtime, args: number, nargs: number, kwnames: Ref, fname: 'eval' | 'exec'): Ref {
  const i32 = rt.i32;
  const nkw = kwnames === 0 ? 0 : rt.i32[(kwnames >> 2) + 4]!;
  let closure: Ref = rt.None;
  if (fname === 'exec') {
    // exec(source, globals=None, locals=None, /, *, closure=None): argument clinic's
    // checks and messages (_PyArg_UnpackKeywords)
    const npos = nargs - nkw;
    if (nargs > 4) return raiseTypeError(rt, `exec() takes at most 4 ${npos === 0 ? 'keyword ' : ''}arguments (${nargs} given)`);
    if (npos > 3) return raiseTypeError(rt, `exec() takes at most 3 positional arguments (${npos} given)`);
    if (npos < 1) return raiseTypeError(rt, 'exec() takes at least 1 positional argument (0 given)');
    for (let i = 0; i < nkw; i++) {
      const key = strToJS(rt, i32[(kwnames >> 2) + 5 + i] as Ref);
      if (key !== 'closure') return raiseTypeError(rt, `'${key}' is an invalid keyword argument for exec()`);
      closure = i32[args + npos + i] as Ref;
    }
    nargs = npos;
  } else {
    if (nkw > 0) return raiseTypeError(rt, `${fname}() takes no keyword arguments`);
    if (nargs < 1 || nargs > 3) {
      return raiseTypeError(rt, nargs < 1 ? `${fname} expected at least 1 argument, got 0` : `${fname} expected at most 3 arguments, got ${nargs}`);
    }
  }
  const source = i32[args] as Ref;
  let globals = nargs > 1 ? (i32[args + 1] as Ref) : rt.None;
  let locals = nargs > 2 ? (i32[args + 2] as Ref) : rt.None;
  if (fname === 'eval') {
    if (locals !== rt.None && !mappingCheck(rt, locals)) return raiseTypeError(rt, 'locals must be a mapping');
    if (globals !== rt.None && kindOf(rt, globals) !== Kind.DICT) {
      return raiseTypeError(rt, mappingCheck(rt, globals) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
    }
  } else {
    if (globals !== rt.None && kindOf(rt, globals) !== Kind.DICT) return raiseTypeError(rt, `exec() globals must be a dict, not ${typeNameOf(rt, globals)}`);
    if (locals !== rt.None && !mappingCheck(rt, locals)) return raiseTypeError(rt, `locals must be a mapping or None, not ${typeNameOf(rt, locals)}`);
  }
  let ownedLocals = NULL;
  if (globals === rt.None) {
    globals = callerGlobals(rt);
    if (locals === rt.None) {
      ownedLocals = callerLocals(rt);
      if (ownedLocals === NULL) return NULL;
      locals = ownedLocals;
    }
  } else if (locals === rt.None) locals = globals;
  let code: Ref;
  if (kindOf(rt, source) === Kind.CODE) {
    // a code object with free variables runs only with exec's closure (a tuple of that
    // many cells: builtin_exec_impl), never under eval (builtin_eval_impl)
    const nfree = codeFreeCount(rt, source);
    let error: string | null = null;
    if (fname === 'eval') {
      if (nfree > 0) error = 'code object passed to eval() may not contain free variables';
    } else if (nfree === 0) {
      if (closure !== rt.None) error = 'cannot use a closure with this code object';
    } else if (closure === rt.None || typeOf(rt, closure) !== rt.kindTypes[Kind.TUPLE] || tupleSize(rt, closure) !== nfree
      || !Array.from({ length: nfree }, (_, i) => kindOf(rt, tupleItem(rt, closure, i)) === Kind.CELL).every(Boolean)) {
      error = `code object requires a closure of exactly length ${nfree}`;
    }
    if (error !== null) {
      decref(rt, ownedLocals);
      return raiseTypeError(rt, error);
    }
    code = newRef(rt, source);
  } else {
    const text = sourceText(rt, source);
    if (text === null) {
      decref(rt, ownedLocals);
      return raiseTypeError(rt, `${fname}() arg 1 must be a string, bytes or code object`);
    }
    if (closure !== rt.None) {
      decref(rt, ownedLocals);
      return raiseTypeError(rt, 'closure can only be used when source is a code object');
    }
    // eval() (not compile(), not exec()) skips the leading spaces and tabs of a string
    code = compileText(rt, fname === 'eval' ? text.replace(/^[ \t]+/, '') : text, '<string>', fname, callerFuture(rt));
    if (code === NULL) {
      decref(rt, ownedLocals);
      return NULL;
    }
  }
  const r = closure !== rt.None && kindOf(rt, source) === Kind.CODE ? runWithClosure(rt, code, globals, closure) : runCode(rt, code, globals, locals);
  decref(rt, code);
  decref(rt, ownedLocals);
  if (r === NULL || fname === 'eval') return r;
  decref(rt, r);
  return newRef(rt, rt.None);
}

export function evalImpl(rt: Runtime, args: number, nargs: number, kwnames: Ref): Ref {
  return evalOrExec(rt, args, nargs, kwnames, 'eval');
}

export function execImpl(rt: Runtime, args: number, nargs: number, kwnames: Ref): Ref {
  return evalOrExec(rt, args, nargs, kwnames, 'exec');
}

const COMPILE_PARAMS = ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize'];
/** compile()'s flags CPython 3.11 accepts: the CO_FUTURE_* bits (PyCF_MASK, and CO_NESTED:
 * PyCF_MASK_OBSOLETE) and PyCF_COMPILE_MASK (DONT_IMPLY_DEDENT, ONLY_AST, TYPE_COMMENTS,
 * ALLOW_TOP_LEVEL_AWAIT, ALLOW_INCOMPLETE_INPUT). */
const COMPILE_FUTURE_MASK = 0x1fe0000 | 0x0010;
const COMPILE_PYCF_MASK = 0x0200 | 0x0400 | 0x1000 | 0x2000 | 0x4000;

/** compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1). */
export function compileImpl(rt: Runtime, args: number, nargs: number, kwnames: Ref): Ref {
  const i32 = rt.i32;
  const nkw = kwnames === 0 ? 0 : i32[(kwnames >> 2) + 4]!;
  const npos = nargs - nkw;
  if (npos > 6) return raiseTypeError(rt, `compile() takes at most 6 arguments (${npos} given)`);
  const values: (Ref | undefined)[] = [];
  for (let i = 0; i < npos; i++) values[i] = i32[args + i] as Ref;
  for (let i = 0; i < nkw; i++) {
    const key = strToJS(rt, i32[(kwnames >> 2) + 5 + i] as Ref);
    const ix = COMPILE_PARAMS.indexOf(key);
    if (ix < 0) return raiseTypeError(rt, `compile() got an unexpected keyword argument '${key}'`);
    if (values[ix] !== undefined) return raiseTypeError(rt, `argument for compile() given by name ('${key}') and position (${ix + 1})`);
    values[ix] = i32[args + npos + i] as Ref;
  }
  for (let i = 0; i < 3; i++) {
    if (values[i] === undefined) return raiseTypeError(rt, `compile() missing required argument '${COMPILE_PARAMS[i]}' (pos ${i + 1})`);
  }
  const mode = values[2]!;
  const modeText = kindOf(rt, mode) === Kind.STR ? strToJS(rt, mode) : null;
  if (modeText === null) return raiseTypeError(rt, `compile() argument 'mode' must be str, not ${typeNameOf(rt, mode)}`);
  if (modeText !== 'exec' && modeText !== 'eval' && modeText !== 'single') {
    return raiseValueError(rt, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  const fn = values[1]!;
  const filename = sourceText(rt, fn);
  if (filename === null) return raiseTypeError(rt, `compile() argument 'filename' must be str, not ${typeNameOf(rt, fn)}`);
  const source = values[0]!;
  // flags: the CO_FUTURE_* bits to compile with (plus the PyCF_* bits CPython accepts,
  // which change nothing here); dont_inherit: a true value drops the caller's features
  let future = 0;
  const flags = values[3];
  if (flags !== undefined) {
    if ((flags & 1) !== 1) return raiseTypeError(rt, `'${typeNameOf(rt, flags)}' object cannot be interpreted as an integer`);
    const f = flags >> 1;
    if ((f & ~(COMPILE_FUTURE_MASK | COMPILE_PYCF_MASK)) !== 0) return raiseValueError(rt, 'compile(): unrecognised flags');
    future = f & CO_FUTURE_ANNOTATIONS;
  }
  const dontInherit = values[4];
  if (dontInherit === undefined || dontInherit === rt.False || dontInherit === rt.None || dontInherit === 1) future |= callerFuture(rt);
  if (kindOf(rt, source) === Kind.CODE) return newRef(rt, source);
  const text = sourceText(rt, source);
  if (text === null) return raiseTypeError(rt, 'compile() arg 1 must be a string, bytes or AST object');
  return compileText(rt, text, filename, modeText, future);
}
