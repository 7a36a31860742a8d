/*
 * Printing an uncaught exception as CPython 3.11 does: the chain of causes/contexts first
 * (with the two separator sentences), then for each exception "Traceback (most recent call
 * last):", one "  File "x.py", line N, in f" per traceback entry with the stripped source
 * line, runs of more than 3 identical entries collapsed into "[Previous line repeated N
 * more times]", and the "Type: message" line.
 * Source lines are read from the file when printing (rt.sourceCache), like linecache.
 *
 * Position markers (3.11): under each source line, the span of the failing instruction
 * (the code object's positions at tb_lasti) is underlined with `^`; when the span is one
 * line and parses as a single expression statement that is a binary operation or a
 * subscript, the operands are drawn with `~` and the operator / brackets with `^`
 * (Python/traceback.c extract_anchors_from_line). Markers are left out when they would
 * underline the whole left-stripped line (trailing blanks count, as the printed line keeps
 * them) with plain `^`. This is the C printer's behaviour (the default excepthook,
 * _thread._excepthook, unraisable hooks); traceback.py's variant differs slightly and is
 * not used here. Columns are display columns: East Asian wide characters take two.
 * Frames of gilvm's private helper modules (lib/_*.py, standing in for CPython's C code)
 * are not printed, nor the frames of the functions a public lib/ module declares C code
 * in CPython with a `# gilvm: c-frames PATTERN...` comment line (a pattern is a code
 * qualname, `Name.*` for everything inside Name, or `*` for the whole module): a
 * traceback through deque.index, itertools.starmap or an lru_cache wrapper looks as
 * CPython's, whose C functions have no frames.
 *
 * The main thread's uncaught exception goes through sys.excepthook when the program
 * replaced it (reportUncaughtException).
 *
 * Warnings as warnings.py prints them under the default filters live here too (warnOnceAt,
 * and warnDeprecatedFromMain for DeprecationWarnings shown only for __main__ code).
 *
 * Module-level state: `cFrameMatchers`, a memo of each lib file's c-frames patterns,
 * keyed by the runtime's cached line array of that file (a WeakMap: it lives as long as
 * the runtime's source cache does, and lib files do not change while gilvm runs).
 */
import { readFileSync } from 'node:fs';
import { NULL, type Ref } from '../heap/layout.js';
import { libDirectory } from '../modules/libdir.js';
import type { Runtime } from './runtime.js';
import { clearError, fetchError } from './errors.js';
import { EXC_ARGS, EXC_CAUSE, EXC_CONTEXT, EXC_DICT, EXC_FLAGS, EXC_TRACEBACK, EXCF_SUPPRESS_CONTEXT, TB_CODE, TB_LASTI, TB_LINENO, TB_NEXT } from '../objects/exceptions.js';
import { CO_FILENAME, CO_NAME, CO_NINSNS, CO_POS_WORD, CO_QUALNAME, codeLineAt } from '../objects/code.js';
import { parseModule } from '../frontend/parse.js';
import type * as Ast from '../frontend/ast.js';
import { strFromJS, strToJS } from '../objects/str.js';
import { typeOf } from '../objects/object.js';
import { typeQualname, typeName, isSubtype } from '../objects/type.js';
import { instanceDict, strJS, getAttrOptional, syntaxErrorDetails, reprJS } from '../objects/abstract.js';
import { TS_CUREXC, TS_FRAME } from './threadstate.js';
import { outputWrite } from './output.js';
import { tupleFromRefs, tupleItem, tupleSize } from '../objects/tuple.js';
import { listItem, listSize } from '../objects/list.js';
import { caretLines } from '../frontend/errors.js';
import { kindOf } from '../objects/object.js';
import { Kind } from '../objects/kinds.js';
import { decref } from './refs.js';
import { offerSuggestion } from './suggestions.js';
import { incref } from './refs.js';
import { call0, call1, callVector } from './call.js';
import { dataStackPush, dataStackPop } from './datastack.js';
import { outputFlush } from './output.js';
import { NATIVE_TABLE } from './natives.js';
import { dictGetItem, dictGetStr, dictNew, dictSetItem } from '../objects/dict.js';
import { intFromNumber, intToNumberOrBig } from '../objects/int.js';
import { FR_BACK, FR_CODE, FR_GLOBALS, FR_IP } from './frame.js';
import { internJS } from '../objects/intern.js';
import { BF_INDEX, MOD_DICT, isModuleFunction } from '../objects/method.js';

export type SuggestionVariant = 'c' | 'py' | 'none';

/** Line `lineno` of `filename` as it is in the file, without its newline (the runtime's
 * cache of source files), or null. */
export function rawSourceLine(rt: Runtime, filename: string, lineno: number): string | null {
  let lines = rt.sourceCache.get(filename);
  if (lines === undefined) {
    try {
      lines = readFileSync(filename, 'utf8').split(/\r\n|\r|\n/); // universal newlines, as linecache's
    } catch {
      lines = null;
    }
    rt.sourceCache.set(filename, lines);
  }
  if (lines === null || lineno < 1 || lineno > lines.length) return null;
  return lines[lineno - 1]!;
}

/** Line `lineno` of `filename`, stripped, or null. */
export function sourceLine(rt: Runtime, filename: string, lineno: number): string | null {
  const line = rawSourceLine(rt, filename, lineno);
  return line === null ? null : line.trim();
}

/**
 * A DeprecationWarning under the default filters (warnings.warn(msg, DeprecationWarning,
 * stacklevel)): printed to stderr only when the warned code is __main__, once per
 * (message, line) (warnOnceAt). `depth`: frames between the running frame and the frame
 * the warning names (0 from a native function called by it, 1 from a Python function of a
 * library module it called). Used for threading's camelCase aliases and random.randrange's
 * non-integer arguments.
 */
export function warnDeprecatedFromMain(rt: Runtime, msg: string, depth: number): boolean {
  const i32 = rt.i32;
  let fp = i32[(rt.ts + TS_FRAME) >> 2]!;
  for (let k = 0; k < depth && fp !== 0; k++) fp = i32[fp + FR_BACK]!;
  if (fp === 0) return true;
  const globals = i32[fp + FR_GLOBALS] as Ref;
  const modName = dictGetStr(rt, globals, rt.names.__name__);
  if (modName === NULL || kindOf(rt, modName) !== Kind.STR || strToJS(rt, modName) !== '__main__') return true;
  return warnOnceAt(rt, fp, rt.exc.DeprecationWarning!, msg);
}

/**
 * A warning as warnings.py shows it under the default filters, located at Python frame `fp`:
 * "file:line: Category: msg", the stripped source line, then `tail`; once per (message,
 * category, line) of that frame's module (its __warningregistry__, the "default" action).
 * False with the exception set when the registry could not be updated.
 */
export function warnOnceAt(rt: Runtime, fp: number, category: Ref, msg: string, tail = ''): boolean {
  const i32 = rt.i32;
  const globals = i32[fp + FR_GLOBALS] as Ref;
  const code = i32[fp + FR_CODE] as Ref;
  const lineno = codeLineAt(rt, code, Math.max(0, i32[fp + FR_IP]! - 1));
  const regName = internJS(rt, '__warningregistry__');
  let reg = dictGetStr(rt, globals, regName);
  if (reg === NULL || kindOf(rt, reg) !== Kind.DICT) {
    reg = dictNew(rt);
    const r = dictSetItem(rt, globals, regName, reg);
    decref(rt, reg);
    if (r < 0) return false;
  }
  const text = strFromJS(rt, msg);
  const ln = intFromNumber(rt, lineno);
  const key = tupleFromRefs(rt, [text, category, ln]);
  decref(rt, text);
  decref(rt, ln);
  let ok = true;
  if (dictGetItem(rt, reg, key) === NULL) {
    if (dictSetItem(rt, reg, key, rt.True) < 0) ok = false;
    else {
      const filename = strToJS(rt, i32[(code + CO_FILENAME) >> 2] as Ref);
      const src = sourceLine(rt, filename, lineno) ?? '';
      outputFlush(rt);
      writeStderr(rt, `${filename}:${lineno}: ${typeName(rt, category)}: ${msg}\n` + (src !== '' ? `  ${src}\n` : '') + tail);
    }
  }
  decref(rt, key);
  return ok;
}

const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\f' || ch === '\n' || ch === '\r' || ch === '\v';

interface Anchors { left: number; right: number }

/** The operator / bracket anchors (code-point offsets into `segment`, as the parser's
 * columns count) of a one-line instruction span that parses as a single expression
 * statement: a BinOp or a Subscript; null otherwise. */
function caretAnchors(text: string): Anchors | null {
  const segment = Array.from(text); // indexed by code point
  let mod: Ast.Module;
  try {
    mod = parseModule(text, '<traceback>');
  } catch {
    return null;
  }
  if (mod.body.length !== 1) return null;
  const stmt = mod.body[0]!;
  if (stmt.kind !== 'Expr') return null;
  const e = stmt.value;
  if (e.kind === 'BinOp') {
    const start = e.left.end_col_offset;
    const stop = e.right.col_offset;
    let anchors: Anchors | null = null;
    for (let i = start; i < stop; i++) {
      if (isBlank(segment[i])) continue;
      anchors = { left: i, right: i + 1 };
      if (i + 1 < stop && !isBlank(segment[i + 1])) anchors.right++;
      if (i + 1 < stop && segment[i] === ')') continue;
      break;
    }
    return anchors;
  }
  if (e.kind === 'Subscript') {
    let left = e.value.end_col_offset;
    let right = e.slice.end_col_offset + 1;
    while (left < segment.length && segment[left] !== '[') left++;
    while (right < segment.length && segment[right] !== ']') right++;
    if (right < segment.length) right++;
    return { left, right };
  }
  return null;
}

/** The `~~~^^^` line under a traceback entry's source line (with its newline), or ''.
 * `line` is the raw source line, `pos` the instruction's [line, col, end line, end col]. */
function caretLine(line: string, pos: readonly number[]): string {
  const [startLine, startCol, endLine, endCol] = pos as [number, number, number, number];
  if (startLine < 0 || endLine < 0 || startCol < 0 || endCol < 0) return '';
  // the columns count code points (an astral character is one, two UTF-16 units here)
  const chars = Array.from(line);
  const indent = line.length - line.replace(/^[ \t\f]+/, '').length;
  let start = Math.min(startCol, chars.length);
  let end = Math.min(endCol, chars.length);
  let anchors: Anchors | null = null;
  if (startLine === endLine) {
    anchors = caretAnchors(chars.slice(start, end).join(''));
  } else {
    end = Array.from(line.replace(/\s+$/, '')).length;
  }
  if (end - start === chars.length - indent && anchors === null) return '';
  const margin = start - indent;
  // columns become display columns: East Asian wide characters take two cells
  const dpStart = displayWidth(line, start);
  const dpEnd = displayWidth(line, end);
  let out = '    ' + ' '.repeat(Math.max(0, margin + dpStart - start));
  if (anchors === null) return out + '^'.repeat(dpEnd - dpStart) + '\n';
  const segment = chars.slice(start, end).join('');
  const dpLeft = displayWidth(segment, anchors.left);
  const dpRight = displayWidth(segment, anchors.right);
  return out + '~'.repeat(dpLeft) + '^'.repeat(Math.max(0, dpRight - dpLeft)) + '~'.repeat(Math.max(0, dpEnd - dpStart - dpRight)) + '\n';
}

/** Whether code point `c` is East Asian Wide or Fullwidth (the common ranges of
 * unicodedata.east_asian_width 'W' / 'F'). */
function isWideChar(c: number): boolean {
  return (c >= 0x1100 && c <= 0x115f) || (c >= 0x231a && c <= 0x231b) || (c >= 0x2329 && c <= 0x232a) ||
    (c >= 0x23e9 && c <= 0x23ec) || c === 0x23f0 || c === 0x23f3 || (c >= 0x25fd && c <= 0x25fe) ||
    (c >= 0x2614 && c <= 0x2615) || (c >= 0x2648 && c <= 0x2653) || c === 0x267f || c === 0x2693 ||
    c === 0x26a1 || (c >= 0x26aa && c <= 0x26ab) || (c >= 0x26bd && c <= 0x26be) || (c >= 0x26c4 && c <= 0x26c5) ||
    c === 0x26ce || c === 0x26d4 || c === 0x26ea || (c >= 0x26f2 && c <= 0x26f3) || c === 0x26f5 || c === 0x26fa ||
    c === 0x26fd || c === 0x2705 || (c >= 0x270a && c <= 0x270b) || c === 0x2728 || c === 0x274c || c === 0x274e ||
    (c >= 0x2753 && c <= 0x2755) || c === 0x2757 || (c >= 0x2795 && c <= 0x2797) || c === 0x27b0 || c === 0x27bf ||
    (c >= 0x2b1b && c <= 0x2b1c) || c === 0x2b50 || c === 0x2b55 ||
    (c >= 0x2e80 && c <= 0x303e) || (c >= 0x3041 && c <= 0x33ff) || (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xa000 && c <= 0xa4cf) || (c >= 0xa960 && c <= 0xa97f) ||
    (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe10 && c <= 0xfe19) ||
    (c >= 0xfe30 && c <= 0xfe6f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x16fe0 && c <= 0x18cff) || (c >= 0x1b000 && c <= 0x1b2ff) || c === 0x1f004 || c === 0x1f0cf ||
    c === 0x1f18e || (c >= 0x1f191 && c <= 0x1f19a) || (c >= 0x1f200 && c <= 0x1f251) ||
    (c >= 0x1f300 && c <= 0x1f320) || (c >= 0x1f32d && c <= 0x1f335) || (c >= 0x1f337 && c <= 0x1f37c) ||
    (c >= 0x1f37e && c <= 0x1f393) || (c >= 0x1f3a0 && c <= 0x1f3ca) || (c >= 0x1f3cf && c <= 0x1f3d3) ||
    (c >= 0x1f3e0 && c <= 0x1f3f0) || c === 0x1f3f4 || (c >= 0x1f3f8 && c <= 0x1f43e) || c === 0x1f440 ||
    (c >= 0x1f442 && c <= 0x1f4fc) || (c >= 0x1f4ff && c <= 0x1f53d) || (c >= 0x1f54b && c <= 0x1f54e) ||
    (c >= 0x1f550 && c <= 0x1f567) || c === 0x1f57a || (c >= 0x1f595 && c <= 0x1f596) || c === 0x1f5a4 ||
    (c >= 0x1f5fb && c <= 0x1f64f) || (c >= 0x1f680 && c <= 0x1f6c5) || c === 0x1f6cc || (c >= 0x1f6d0 && c <= 0x1f6d2) ||
    (c >= 0x1f6d5 && c <= 0x1f6d7) || (c >= 0x1f6eb && c <= 0x1f6ec) || (c >= 0x1f6f4 && c <= 0x1f6fc) ||
    (c >= 0x1f7e0 && c <= 0x1f7eb) || (c >= 0x1f90c && c <= 0x1f93a) || (c >= 0x1f93c && c <= 0x1f945) ||
    (c >= 0x1f947 && c <= 0x1f9ff) || (c >= 0x1fa70 && c <= 0x1faff) || (c >= 0x20000 && c <= 0x3fffd);
}

/** The display width of the first `offset` characters (code points) of `text` (CPython's
 * _display_width). */
function displayWidth(text: string, offset: number): number {
  let width = 0;
  let i = 0;
  for (const ch of text) {
    if (i >= offset) break;
    width += isWideChar(ch.codePointAt(0)!) ? 2 : 1;
    i++;
  }
  return width;
}

/** The position [line, col, end line, end col] of instruction `lasti` of `code`. */
function instructionPosition(rt: Runtime, code: Ref, lasti: number): number[] {
  const i32 = rt.i32;
  const w = code >> 2;
  if (lasti < 0 || lasti >= i32[w + (CO_NINSNS >> 2)]!) return [-1, -1, -1, -1];
  const p = w + i32[w + (CO_POS_WORD >> 2)]! + lasti * 4;
  return [i32[p]!, i32[p + 1]!, i32[p + 2]!, i32[p + 3]!];
}

/** The "Type: message" line; with `suggestions`, CPython 3.11's ". Did you mean: 'x'?"
 * tail on NameError / AttributeError (vm/suggestions.ts: 'c' is the default excepthook's
 * rule, 'py' traceback.py's). */
export function formatExceptionOnly(rt: Runtime, exc: Ref, suggestions: SuggestionVariant = 'none'): string {
  const t = typeOf(rt, exc);
  let name = typeQualname(rt, t);
  const mod = getAttrOptional(rt, t, rt.names.__module__);
  // CPython's print_exception: a __module__ that is missing or not a str prints as <unknown>
  if (mod !== NULL && kindOf(rt, mod) === Kind.STR) {
    const m = strToJS(rt, mod);
    if (m !== 'builtins' && m !== '__main__') name = `${m}.${name}`;
  } else {
    name = `<unknown>.${name}`;
  }
  if (mod !== NULL) decref(rt, mod);
  const details = syntaxErrorDetails(rt, exc);
  if (details !== NULL) return formatSyntaxErrorOnly(rt, exc, details, name);
  let msg = strJS(rt, exc);
  if (msg === null) {
    clearError(rt);
    msg = `<exception str() failed>`;
  }
  void typeName;
  let line = msg === '' ? name : `${name}: ${msg}`;
  if (suggestions !== 'none') {
    const suggestion = offerSuggestion(rt, exc, suggestions);
    if (suggestion !== null) line += `. Did you mean: '${suggestion}'?`;
  }
  return line;
}

/** A SyntaxError with (filename, lineno, offset, text, ...) details, as CPython prints it:
 * the location, the source line with its carets, then "SyntaxError: msg". */
function formatSyntaxErrorOnly(rt: Runtime, exc: Ref, details: Ref, name: string): string {
  const field = (i: number): Ref => (i < tupleSize(rt, details) ? tupleItem(rt, details, i) : rt.None);
  const msgRef = tupleItem(rt, rt.i32[(exc + EXC_ARGS) >> 2] as Ref, 0);
  let msg = strJS(rt, msgRef);
  if (msg === null) {
    clearError(rt);
    msg = '<exception str() failed>';
  }
  const fn = field(0);
  const ln = field(1);
  const filename = kindOf(rt, fn) === Kind.STR ? strToJS(rt, fn) : '<string>';
  const lineno = kindOf(rt, ln) === Kind.INT ? Number(strJS(rt, ln)) : NaN;
  let out = '';
  if (!Number.isNaN(lineno)) {
    out += `  File "${filename}", line ${lineno}\n`;
    const text = field(3);
    const off = field(2);
    const endLn = field(4);
    const endOff = field(5);
    if (kindOf(rt, text) === Kind.STR) {
      const t = strToJS(rt, text).replace(/\n$/, '');
      const offset = kindOf(rt, off) === Kind.INT ? Number(strJS(rt, off)) : 0;
      const endLine = kindOf(rt, endLn) === Kind.INT ? Number(strJS(rt, endLn)) : lineno;
      const endOffset = kindOf(rt, endOff) === Kind.INT ? Number(strJS(rt, endOff)) : offset + 1;
      if (offset > 0) out += caretLines(t, offset, endLine > lineno ? 'eol' : endOffset);
      else out += `    ${t.trim()}\n`;
    }
  }
  return `${out}${name}: ${msg}`;
}


/** Whether `filename` is one of gilvm's private helper modules (lib/_*.py), which stand in
 * for CPython's C code (open, mappingproxy, ...): tracebacks leave their frames out, as
 * CPython has no Python frames there. */
function isHelperModuleFile(filename: string): boolean {
  const lib = libDirectory();
  if (lib === null || !filename.startsWith(lib)) return false;
  return /^[\\/]_[^\\/]*\.py$/.test(filename.slice(lib.length));
}

/** Whether `filename` is gilvm's lib file `base` (e.g. '_collections.py'). */
export function isHelperLibFile(filename: string, base: string): boolean {
  const lib = libDirectory();
  return lib !== null && filename.startsWith(lib) &&
    /^[\\/]$/.test(filename.charAt(lib.length)) && filename.slice(lib.length + 1) === base;
}

/** The file name of the threading module's Python source (modules/threading.ts). */
const THREADING_SOURCE = '<gilvm threading>';

/** The `# gilvm: c-frames` patterns of each lib file (see the file comment). */
const cFrameMatchers = new WeakMap<string[], (qualname: string) => boolean>();
const C_FRAMES_PRAGMA = /^#\s*gilvm:\s*c-frames\b(.*)$/;

/**
 * The C-frame stand-ins of gilvm's modules written in Python inside their TypeScript module
 * (filename `<gilvm NAME>`, modules/threading.ts moduleFromSource), whose source is not a lib
 * file a `# gilvm: c-frames` line could be read from: threading.local is CPython's C type
 * _thread._local, so its methods and helpers (an AttributeError from local.x) show no frame.
 */
const OWN_SOURCE_C_FRAMES: ReadonlyMap<string, RegExp> = new Map([
  [THREADING_SOURCE, /^(_local\.|_local_|_LocalImpl\.)/],
]);

/** Whether the frame of code `qualname` in lib file `filename` (or in one of the sources of
 * OWN_SOURCE_C_FRAMES) stands for CPython C code (declared by the file's `# gilvm: c-frames`
 * lines). */
function isCFrame(rt: Runtime, filename: string, qualname: string): boolean {
  if (filename.startsWith('<gilvm ')) return OWN_SOURCE_C_FRAMES.get(filename)?.test(qualname) ?? false;
  const lib = libDirectory();
  if (lib === null || !filename.startsWith(lib)) return false;
  if (rawSourceLine(rt, filename, 1) === null) return false; // fills rt.sourceCache
  const lines = rt.sourceCache.get(filename);
  if (lines === undefined || lines === null) return false;
  let matcher = cFrameMatchers.get(lines);
  if (matcher === undefined) {
    const exact = new Set<string>();
    const prefixes: string[] = [];
    let all = false;
    for (const line of lines) {
      const m = C_FRAMES_PRAGMA.exec(line.trim());
      if (m === null) continue;
      for (const pattern of m[1]!.trim().split(/\s+/)) {
        if (pattern === '') continue;
        if (pattern === '*') all = true;
        else if (pattern.endsWith('.*')) prefixes.push(pattern.slice(0, -1));
        else exact.add(pattern);
      }
    }
    matcher = (q) => all || exact.has(q) || prefixes.some((p) => q.startsWith(p));
    cFrameMatchers.set(lines, matcher);
  }
  return matcher(qualname);
}

/** Whether a class `qualname` defined in lib file `filename` stands for a CPython C type:
 * the file declares its methods C frames (`# gilvm: c-frames deque.*` or `*`). */
export function isCTypeClass(rt: Runtime, filename: string, qualname: string): boolean {
  return isCFrame(rt, filename, `${qualname}.`);
}

/** CPython's PyTraceBack_LIMIT: the entries printed when sys.tracebacklimit is not set
 * (a recursion under a limit above 1000 prints its innermost 1000). */
const DEFAULT_TRACEBACK_LIMIT = 1000;

/**
 * sys.tracebacklimit when it is an int (CPython's PyTraceBack_Print: at most that many of
 * the innermost entries; 0 or less prints no traceback at all, only the exception line),
 * else DEFAULT_TRACEBACK_LIMIT.
 */
function tracebackLimit(rt: Runtime): number | null {
  const sys = dictGetStr(rt, rt.modules, internJS(rt, 'sys'));
  if (sys === NULL || kindOf(rt, sys) !== Kind.MODULE) return DEFAULT_TRACEBACK_LIMIT;
  const v = dictGetStr(rt, rt.i32[(sys + MOD_DICT) >> 2] as Ref, internJS(rt, 'tracebacklimit'));
  if (v === NULL || (kindOf(rt, v) !== Kind.INT && kindOf(rt, v) !== Kind.BOOL)) return DEFAULT_TRACEBACK_LIMIT;
  const n = intToNumberOrBig(rt, v);
  return typeof n === 'bigint' ? (n > 0n ? Number.MAX_SAFE_INTEGER : 0) : n;
}

/** The traceback entries of a printed report: those of Python code (gilvm's helper
 * modules and C-frame stand-ins are not CPython frames). The threading module's own
 * frames (Thread.run, Timer.run, the excepthook's caller) stand for threading.py's, whose
 * file gilvm does not have: none is shown, as for a thread's plain target, rather than a
 * `<gilvm threading>` line without source. */
function shownEntry(rt: Runtime, tb: Ref): boolean {
  const code = rt.i32[(tb + TB_CODE) >> 2] as Ref;
  const filename = strToJS(rt, rt.i32[(code + CO_FILENAME) >> 2] as Ref);
  if (filename === THREADING_SOURCE) return false;
  return !isHelperModuleFile(filename) && !isCFrame(rt, filename, strToJS(rt, rt.i32[(code + CO_QUALNAME) >> 2] as Ref));
}

/** A printed exception's parts: whether it has the "Traceback" header, its entries, and the
 * "Type: message" line with the notes. */
interface TracebackParts {
  header: boolean;
  stack: string;
  only: string;
}

function formatTraceback(rt: Runtime, exc: Ref, suggestions: SuggestionVariant, hiddenFrames: boolean): TracebackParts {
  const i32 = rt.i32;
  let out = '';
  let tb = i32[(exc + EXC_TRACEBACK) >> 2] as Ref;
  const limit = tb !== 0 || hiddenFrames ? tracebackLimit(rt) : null;
  if (limit !== null) {
    if (limit <= 0) tb = 0 as Ref;
    else {
      // keep the innermost `limit` entries
      let depth = 0;
      for (let t = tb; t !== 0; t = i32[(t + TB_NEXT) >> 2] as Ref) if (shownEntry(rt, t)) depth++;
      for (; tb !== 0 && depth > limit; tb = i32[(tb + TB_NEXT) >> 2] as Ref) if (shownEntry(rt, tb)) depth--;
    }
  }
  // hiddenFrames: frames CPython shows and gilvm has not (formatException) make the header
  const header = tb !== 0 || (hiddenFrames && (limit === null || limit > 0));
  let last = '';
  let repeat = 0;
  const flushRepeat = (): void => {
    if (repeat > 3) out += `  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? '' : 's'}]\n`;
  };
  while (tb !== 0) {
    const code = i32[(tb + TB_CODE) >> 2] as Ref;
    const lineno = i32[(tb + TB_LINENO) >> 2]!;
    const filename = strToJS(rt, i32[(code + CO_FILENAME) >> 2] as Ref);
    if (!shownEntry(rt, tb)) {
      tb = i32[(tb + TB_NEXT) >> 2] as Ref;
      continue;
    }
    const name = strToJS(rt, i32[(code + CO_NAME) >> 2] as Ref);
    let entry = `  File "${filename}", line ${lineno}, in ${name}\n`;
    const raw = rawSourceLine(rt, filename, lineno);
    let carets = '';
    if (raw !== null && raw.trim() !== '') {
      entry += `    ${raw.replace(/^[ \t\f]+/, '')}\n`;
      carets = caretLine(raw, instructionPosition(rt, code, i32[(tb + TB_LASTI) >> 2]!));
    }
    if (entry === last) {
      repeat++;
      if (repeat <= 3) out += entry + carets;
    } else {
      flushRepeat();
      last = entry;
      repeat = 1;
      out += entry + carets;
    }
    tb = i32[(tb + TB_NEXT) >> 2] as Ref;
  }
  flushRepeat();
  return { header, stack: out, only: formatExceptionOnly(rt, exc, suggestions) + '\n' + formatNotes(rt, exc) };
}

/** The lines of exc.__notes__ (add_note), printed after the "Type: message" line as
 * CPython 3.11's print_exception_notes: each str note as it is, another note's str(),
 * a __notes__ that is not a sequence by its repr() (with no newline, as CPython). */
function formatNotes(rt: Runtime, exc: Ref): string {
  // read from the instance dict, never through getattr: the exception being printed may
  // still be the thread's current error (the REPL), which a failed lookup would replace
  const d = rt.i32[(exc + EXC_DICT) >> 2] as Ref;
  const notes = d === NULL || kindOf(rt, d) !== Kind.DICT ? NULL : dictGetStr(rt, d, internJS(rt, '__notes__'));
  if (notes === NULL) return '';
  incref(rt, notes);
  let out = '';
  const k = kindOf(rt, notes);
  if (k === Kind.LIST || k === Kind.TUPLE) {
    const n = k === Kind.LIST ? listSize(rt, notes) : tupleSize(rt, notes);
    for (let i = 0; i < n; i++) {
      const note = k === Kind.LIST ? listItem(rt, notes, i) : tupleItem(rt, notes, i);
      let text = strJS(rt, note);
      if (text === null) {
        clearError(rt);
        text = '<note str() failed>';
      }
      out += text + '\n';
    }
  } else if (k === Kind.STR) {
    for (const ch of strToJS(rt, notes)) out += ch + '\n';
  } else {
    let text = reprJS(rt, notes);
    if (text === null) {
      clearError(rt);
      text = '<__notes__ repr() failed>';
    }
    out += text; // no newline: CPython 3.11 writes none here
  }
  decref(rt, notes);
  return out;
}

/** The full report of exc with its chain. `suggestions`: which "Did you mean" rule applies
 * (the default excepthook's unless told otherwise). */
/**
 * The report of exc and its chain, as CPython's print_exception. `hiddenFrames`: exc went
 * through frames CPython has and gilvm does not show (threading.py's _bootstrap_inner and
 * run around a thread's target, modules/threading.ts): the "Traceback" header is printed
 * even when no frame of its own is left (a built-in target raised).
 */
export function formatException(rt: Runtime, exc: Ref, seen: Set<number> = new Set(), suggestions: SuggestionVariant = 'c', hiddenFrames = false): string {
  return formatInGroup(rt, exc, seen, suggestions, hiddenFrames, { depth: 0, needClose: false });
}

/** Where a report is inside exception groups' boxes (CPython's _ExceptionPrintContext). */
interface GroupContext {
  depth: number;
  needClose: boolean;
}

/** CPython 3.11's limits on a printed exception group: sub-exceptions per group, nesting. */
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** text with every line behind the box margin of ctx's depth (none at depth 0). */
function emitInGroup(ctx: GroupContext, text: string, marginChar = '|'): string {
  if (ctx.depth === 0 || text === '') return text;
  const prefix = ' '.repeat(2 * ctx.depth) + marginChar + ' ';
  // every line, empty ones too, as textwrap.indent with an always-true predicate
  return text.replace(/[^\n]*\n|[^\n]+$/g, (line) => prefix + line);
}

/**
 * exc and its chain as CPython 3.11 prints them (TracebackException.format): a
 * BaseExceptionGroup (lib/_exceptiongroup.py) as "Exception Group Traceback", then each
 * sub-exception's report in a numbered box, nested groups indented further.
 */
function formatInGroup(rt: Runtime, exc: Ref, seen: Set<number>, suggestions: SuggestionVariant, hiddenFrames: boolean, ctx: GroupContext): string {
  seen.add(exc);
  const i32 = rt.i32;
  let out = '';
  const cause = i32[(exc + EXC_CAUSE) >> 2] as Ref;
  const context = i32[(exc + EXC_CONTEXT) >> 2] as Ref;
  const suppress = (i32[(exc + EXC_FLAGS) >> 2]! & EXCF_SUPPRESS_CONTEXT) !== 0;
  if (cause !== 0 && !seen.has(cause)) {
    out += formatInGroup(rt, cause, seen, suggestions, false, ctx);
    out += emitInGroup(ctx, '\nThe above exception was the direct cause of the following exception:\n\n');
  } else if (context !== 0 && !suppress && !seen.has(context)) {
    out += formatInGroup(rt, context, seen, suggestions, false, ctx);
    out += emitInGroup(ctx, '\nDuring handling of the above exception, another exception occurred:\n\n');
  }
  const parts = formatTraceback(rt, exc, suggestions, hiddenFrames);
  const members = groupMembers(rt, exc);
  if (members === null) {
    return out + emitInGroup(ctx, (parts.header ? 'Traceback (most recent call last):\n' : '') + parts.stack + parts.only);
  }
  if (ctx.depth > MAX_GROUP_DEPTH) return out + emitInGroup(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
  const top = ctx.depth === 0;
  if (top) ctx.depth++;
  if (parts.header) {
    out += emitInGroup(ctx, 'Exception Group Traceback (most recent call last):\n', top ? '+' : '|');
    out += emitInGroup(ctx, parts.stack);
  }
  out += emitInGroup(ctx, parts.only);
  const shown = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < shown; i++) {
    const last = i === shown - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    out += ' '.repeat(2 * ctx.depth) + (i === 0 ? '+-' : '  ') + `+---------------- ${truncated ? '...' : i + 1} ----------------\n`;
    ctx.depth++;
    if (!truncated) out += formatInGroup(rt, members[i]!, seen, suggestions, false, ctx);
    else {
      const remaining = members.length - MAX_GROUP_WIDTH;
      out += emitInGroup(ctx, `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      out += ' '.repeat(2 * ctx.depth) + '+------------------------------------\n';
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (top) ctx.depth = 0;
  return out;
}

/** The sub-exceptions of an exception group (lib/_exceptiongroup.py keeps them in the
 * instance's '_excs' tuple), or null for any other exception. Read without getattr, as
 * formatNotes. */
function groupMembers(rt: Runtime, exc: Ref): Ref[] | null {
  const groupType = dictGetStr(rt, rt.builtins, internJS(rt, 'BaseExceptionGroup'));
  if (groupType === NULL || !isSubtype(rt, typeOf(rt, exc), groupType)) return null;
  const d = rt.i32[(exc + EXC_DICT) >> 2] as Ref;
  const excs = d === NULL || kindOf(rt, d) !== Kind.DICT ? NULL : dictGetStr(rt, d, internJS(rt, '_excs'));
  if (excs === NULL || kindOf(rt, excs) !== Kind.TUPLE) return null;
  const members: Ref[] = [];
  for (let i = 0; i < tupleSize(rt, excs); i++) members.push(tupleItem(rt, excs, i));
  return members;
}

/** Takes the raised exception and returns its printed report. */
export function takeAndFormatError(rt: Runtime): string {
  const exc = fetchError(rt);
  const s = formatException(rt, exc);
  decref(rt, exc);
  return s;
}

export { EXC_TRACEBACK };

/**
 * Runs Python code that a finalizer or a callback runs outside the program's own flow
 * (__del__, a dropped generator's close, a weak reference's callback) with the exception
 * being raised around it set aside (TS_CUREXC), as CPython's finalizers save and restore it.
 * `body` returns false when that code raised: the exception is then reported as
 * PyErr_WriteUnraisable does ("Exception ignored in: <repr of obj>", then the exception
 * without its context) and dropped. `where`: _PyErr_WriteUnraisableMsg's message, after
 * "Exception ignored " ("in atexit callback" for atexit's callbacks).
 */
export function runUnraisable(rt: Runtime, obj: Ref, fallback: string, body: () => boolean, where = 'in'): void {
  const i32 = rt.i32;
  const word = (rt.ts + TS_CUREXC) >> 2;
  const saved = i32[word]!;
  i32[word] = 0;
  if (!body()) {
    const exc = fetchError(rt);
    const what = reprJS(rt, obj);
    clearError(rt);
    const context = i32[(exc + EXC_CONTEXT) >> 2]!;
    i32[(exc + EXC_CONTEXT) >> 2] = 0;
    writeStderr(rt, `Exception ignored ${where}: ${what ?? fallback}\n${formatException(rt, exc, new Set(), 'none')}`);
    i32[(exc + EXC_CONTEXT) >> 2] = context;
    decref(rt, exc);
  }
  const cur = i32[word]!;
  i32[word] = saved;
  decref(rt, cur);
}

/** The exit code an uncaught SystemExit `exc` asks for, its message (a code that is not an
 * int or None) printed to sys.stderr: CPython's handle_system_exit. The CLI, the scheduler's
 * main thread, the debugger and the REPL all end a program through this. */
export function exitCodeOfSystemExit(rt: Runtime, exc: Ref): number {
  // its `code` attribute (CPython's handle_system_exit): one assigned after creation
  // (e.code = 5) is in the instance dict, else it is SystemExit_init's from args
  const d = instanceDict(rt, exc, false);
  const assigned = d !== NULL ? dictGetStr(rt, d, internJS(rt, 'code')) : NULL;
  const args = rt.i32[(exc + EXC_ARGS) >> 2] as Ref;
  if (assigned === NULL && tupleSize(rt, args) === 0) return 0;
  const code = assigned !== NULL ? assigned : tupleSize(rt, args) === 1 ? tupleItem(rt, args, 0) : args;
  if (code === rt.None) return 0;
  if (kindOf(rt, code) === Kind.INT || kindOf(rt, code) === Kind.BOOL) {
    const v = intToNumberOrBig(rt, code);
    // CPython: (int)PyLong_AsLong(code): -1 when it does not fit a C long
    if (typeof v === 'bigint' && BigInt.asIntN(64, v) !== v) return 255;
    return Number(typeof v === 'bigint' ? BigInt.asIntN(32, v) : v) & 0xff;
  }
  const s = strJS(rt, code);
  writeStderr(rt, (s ?? '') + '\n');
  return 1;
}

/**
 * `text` written where CPython's error reports go: sys.stderr as it is at the time of the
 * report (PyErr_Display, PyErr_WriteUnraisable, SystemExit's message, warnings and
 * threading.excepthook all look it up each time). The interpreter's own stream (sys.stderr,
 * or sys.stdout when a program did `sys.stderr = sys.stdout`) is written directly, in order
 * with print's output; None drops the report, as CPython does; any other object gets
 * write(text) and flush(), an error in either ignored; no sys.stderr at all: fd 2.
 */
export function writeStderr(rt: Runtime, text: string): void {
  const sys = dictGetStr(rt, rt.modules, rt.names.sys);
  const sysDict = sys !== NULL && kindOf(rt, sys) === Kind.MODULE ? (rt.i32[(sys + MOD_DICT) >> 2] as Ref) : NULL;
  const file = sysDict === NULL ? NULL : dictGetStr(rt, sysDict, internJS(rt, 'stderr'));
  if (file === NULL) {
    outputWrite(rt, 2, text);
    return;
  }
  if (file === rt.None) return;
  const original = dictGetStr(rt, sysDict, rt.names.__stderr__);
  if (original !== NULL && typeOf(rt, file) === typeOf(rt, original)) {
    // the interpreter's text-stream type: one word, the fd (modules/sys.ts)
    outputWrite(rt, rt.i32[(file + 16) >> 2]! >> 1, text);
    return;
  }
  const saved = rt.i32[(rt.ts + TS_CUREXC) >> 2]!;
  rt.i32[(rt.ts + TS_CUREXC) >> 2] = 0;
  for (const method of ['write', 'flush']) {
    const f = getAttrOptional(rt, file, internJS(rt, method));
    if (f === NULL) {
      if (rt.i32[(rt.ts + TS_CUREXC) >> 2] !== 0) clearError(rt);
      continue;
    }
    const s = method === 'write' ? strFromJS(rt, text) : NULL;
    const r = s !== NULL ? call1(rt, f, s) : call0(rt, f);
    if (s !== NULL) decref(rt, s);
    decref(rt, f);
    if (r === NULL) clearError(rt);
    else decref(rt, r);
  }
  rt.i32[(rt.ts + TS_CUREXC) >> 2] = saved;
}

/**
 * The main thread's uncaught exception `exc` (borrowed; no error pending): its traceback
 * on stderr, through sys.excepthook when the program replaced it (CPython's
 * PyErr_PrintEx): a hook that raises gets "Error in sys.excepthook:" with its own error,
 * then "Original exception was:" with `exc`; a deleted hook "sys.excepthook is missing".
 * Returns the exit code of a SystemExit the hook raised (CPython's handle_system_exit there:
 * the process ends with it), else null.
 */
export function reportUncaughtException(rt: Runtime, exc: Ref): number | null {
  const sys = dictGetStr(rt, rt.modules, internJS(rt, 'sys'));
  const hook = sys !== NULL && kindOf(rt, sys) === Kind.MODULE
    ? dictGetStr(rt, rt.i32[(sys + MOD_DICT) >> 2] as Ref, internJS(rt, 'excepthook')) : NULL;
  outputFlush(rt);
  if (hook === NULL) {
    writeStderr(rt, 'sys.excepthook is missing\n' + formatException(rt, exc));
    return null;
  }
  if (kindOf(rt, hook) === Kind.BUILTIN_FUNCTION && isModuleFunction(rt, hook) && NATIVE_TABLE[rt.i32[(hook + BF_INDEX) >> 2]!]!.name === 'excepthook') {
    writeStderr(rt, formatException(rt, exc));
    return null;
  }
  incref(rt, hook);
  const w = dataStackPush(rt, 3);
  rt.i32[w] = rt.i32[exc >> 2]!;
  rt.i32[w + 1] = exc;
  rt.i32[w + 2] = (rt.i32[(exc + EXC_TRACEBACK) >> 2] as Ref) || rt.None;
  const r = callVector(rt, hook, w, 3, NULL);
  dataStackPop(rt, w);
  decref(rt, hook);
  if (r !== NULL) {
    decref(rt, r);
    outputFlush(rt);
    return null;
  }
  const e2 = fetchError(rt);
  outputFlush(rt);
  if (isSubtype(rt, typeOf(rt, e2), rt.exc.SystemExit!)) {
    const code = exitCodeOfSystemExit(rt, e2);
    decref(rt, e2);
    return code;
  }
  writeStderr(rt, 'Error in sys.excepthook:\n' + formatException(rt, e2) + '\nOriginal exception was:\n' + formatException(rt, exc));
  decref(rt, e2);
  return null;
}
