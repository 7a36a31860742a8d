/*
 * "Did you mean" suggestions on NameError / AttributeError reports, as CPython 3.11 prints
 * them: `NameError: name 'lenght' is not defined. Did you mean: 'length'?`.
 *
 * Two variants, because CPython has two:
 *   - 'c': Python/suggestions.c, used by the default excepthook (the report of an uncaught
 *     exception in the main thread). Only for exceptions whose type is exactly NameError or
 *     AttributeError. Candidates for a NameError: the innermost traceback frame's varnames
 *     (CO_FAST_LOCAL slots), else its globals, else its builtins, each searched on its own;
 *     for an AttributeError: dir(obj). Distances on UTF-8 bytes.
 *   - 'py': traceback.py's _compute_suggestion_error (threading.excepthook, traceback
 *     printing): subclasses too, one combined candidate list, the best distance starting
 *     at len(name), distances on characters.
 * Both use the same Levenshtein variant (MOVE_COST 2, CASE_COST 1 for a case flip, common
 * affixes trimmed, strings over 40 long never match, a candidate matches only if no more
 * than a third of the involved characters change, the first best candidate wins).
 *
 * The name, and the object (AttributeError) or the raising frame's globals dict (NameError),
 * are recorded on the exception when it is raised (objects/exceptions.ts EXC_NAME, EXC_OBJ);
 * the traceback's innermost entry names the code object. Nothing is computed until the
 * report is printed. Any error while computing is swallowed: no suggestion.
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from './runtime.js';
import { EXC_NAME, EXC_OBJ, EXC_TRACEBACK, TB_CODE, TB_NEXT } from '../objects/exceptions.js';
import { CO_KINDS_WORD, CO_LPNAMES } from '../objects/code.js';
import { CO_FAST_LOCAL } from '../compiler/code.js';
import { strToJS } from '../objects/str.js';
import { typeOf, kindOf } from '../objects/object.js';
import { Kind } from '../objects/kinds.js';
import { isSubtype } from '../objects/type.js';
import { tupleItem, tupleSize } from '../objects/tuple.js';
import { dictEntryKey, dictNextEntry, dictGetStr } from '../objects/dict.js';
import { internName } from '../objects/abstract.js';
import { call1 } from './call.js';
import { decref } from './refs.js';
import { fetchError, restoreError } from './errors.js';
import { listItemsWord, LIST_SIZE } from '../objects/list.js';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

/** CPython 3.11's builtins namespace, in its order (a script's, so no `_`): the NameError
 * candidates come in this order, which decides ties. */
const CPYTHON_BUILTIN_NAMES: readonly string[] = (
  '__name__ __doc__ __package__ __loader__ __spec__ __build_class__ __import__ abs all any ascii bin ' +
  'breakpoint callable chr compile delattr dir divmod eval exec format getattr globals hasattr hash hex id ' +
  'input isinstance issubclass iter aiter len locals max min next anext oct ord pow print repr round setattr ' +
  'sorted sum vars None Ellipsis NotImplemented False True bool memoryview bytearray bytes classmethod ' +
  'complex dict enumerate filter float frozenset property int list map object range reversed set slice ' +
  'staticmethod str super tuple type zip __debug__ BaseException BaseExceptionGroup Exception GeneratorExit ' +
  'KeyboardInterrupt SystemExit ArithmeticError AssertionError AttributeError BufferError EOFError ' +
  'ImportError LookupError MemoryError NameError OSError ReferenceError RuntimeError StopAsyncIteration ' +
  'StopIteration SyntaxError SystemError TypeError ValueError Warning FloatingPointError OverflowError ' +
  'ZeroDivisionError BytesWarning DeprecationWarning EncodingWarning FutureWarning ImportWarning ' +
  'PendingDeprecationWarning ResourceWarning RuntimeWarning SyntaxWarning UnicodeWarning UserWarning ' +
  'BlockingIOError ChildProcessError ConnectionError FileExistsError FileNotFoundError InterruptedError ' +
  'IsADirectoryError NotADirectoryError PermissionError ProcessLookupError TimeoutError IndentationError ' +
  'IndexError KeyError ModuleNotFoundError NotImplementedError RecursionError UnboundLocalError ' +
  'UnicodeError BrokenPipeError ConnectionAbortedError ConnectionRefusedError ConnectionResetError ' +
  'TabError UnicodeDecodeError UnicodeEncodeError UnicodeTranslateError ExceptionGroup EnvironmentError ' +
  'IOError open quit exit copyright credits license help'
).split(' ');

type Units = ArrayLike<number>;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

/** suggestions.c's levenshtein_distance: > maxCost means "too far". */
export function levenshteinDistance(a: Units, b: Units, maxCost: number): number {
  let aStart = 0, aEnd = a.length, bStart = 0, bEnd = b.length;
  while (aStart < aEnd && bStart < bEnd && a[aStart] === b[bStart]) { aStart++; bStart++; }
  while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] === b[bEnd - 1]) { aEnd--; bEnd--; }
  let aSize = aEnd - aStart, bSize = bEnd - bStart;
  if (aSize === 0 || bSize === 0) return (aSize + bSize) * MOVE_COST;
  if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return maxCost + 1;
  if (bSize < aSize) {
    [a, b] = [b, a];
    [aStart, bStart] = [bStart, aStart];
    [aSize, bSize] = [bSize, aSize];
  }
  if ((bSize - aSize) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0, tmp = MOVE_COST; i < aSize; i++, tmp += MOVE_COST) buffer.push(tmp);
  let result = 0;
  for (let bIndex = 0; bIndex < bSize; bIndex++) {
    const code = b[bStart + bIndex]!;
    let distance = result = bIndex * MOVE_COST;
    let minimum = Infinity;
    for (let index = 0; index < aSize; index++) {
      const substitute = distance + substitutionCost(code, a[aStart + index]!);
      distance = buffer[index]!;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');
const chars = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0)!);

/** suggestions.c's calculate_suggestions: names compared as UTF-8 bytes; the best distance starts unbounded. */
function calculateSuggestionC(candidates: readonly string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  return closestCandidate(candidates, name, utf8, Number.MAX_SAFE_INTEGER);
}

/** traceback.py's _compute_suggestion_error loop: names compared as code points; the best
 * distance starts at the name's length. */
function calculateSuggestionPy(candidates: readonly string[], name: string): string | null {
  if (candidates.length > MAX_CANDIDATE_ITEMS) return null;
  const length = chars(name).length;
  if (length > MAX_STRING_SIZE) return null;
  return closestCandidate(candidates, name, chars, length);
}

/** The candidate within the allowed edit distance of `name` that is closest to it (the
 * first one on ties), or null. */
function closestCandidate(
  candidates: readonly string[],
  name: string,
  units: (s: string) => ArrayLike<number>,
  startDistance: number,
): string | null {
  const nameUnits = units(name);
  let best: string | null = null;
  let bestDistance = startDistance;
  for (const item of candidates) {
    if (item === name) continue;
    const itemUnits = units(item);
    const maxDistance = Math.min(Math.floor((nameUnits.length + itemUnits.length + 3) * MOVE_COST / 6), bestDistance - 1);
    const d = levenshteinDistance(nameUnits, itemUnits, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

function dictKeys(rt: Runtime, d: Ref): string[] {
  const out: string[] = [];
  for (let ix = dictNextEntry(rt, d, 0); ix >= 0; ix = dictNextEntry(rt, d, ix + 1)) {
    const k = dictEntryKey(rt, d, ix);
    if (kindOf(rt, k) === Kind.STR) out.push(strToJS(rt, k));
  }
  return out;
}

/** The frame's builtins names in CPython's order, then any the program added. */
function builtinNames(rt: Runtime): string[] {
  const have = new Set(dictKeys(rt, rt.builtins));
  const out = CPYTHON_BUILTIN_NAMES.slice();
  const known = new Set(out);
  for (const k of have) if (!known.has(k)) out.push(k);
  return out;
}

/** The innermost traceback entry's code object's varnames (CO_FAST_LOCAL slots). */
function innermostVarnames(rt: Runtime, exc: Ref): string[] | null {
  const i32 = rt.i32;
  let tb = i32[(exc + EXC_TRACEBACK) >> 2] as Ref;
  if (tb === 0) return null;
  while (i32[(tb + TB_NEXT) >> 2] !== 0) tb = i32[(tb + TB_NEXT) >> 2] as Ref;
  const code = i32[(tb + TB_CODE) >> 2] as Ref;
  const names = i32[(code + CO_LPNAMES) >> 2] as Ref;
  const kinds = (code >> 2) + i32[(code + CO_KINDS_WORD) >> 2]!;
  const out: string[] = [];
  for (let i = 0; i < tupleSize(rt, names); i++) {
    if (i32[kinds + i]! & CO_FAST_LOCAL) out.push(strToJS(rt, tupleItem(rt, names, i)));
  }
  return out;
}

/** dir(obj) as strings, or null if it failed (the error is cleared). */
function dirNames(rt: Runtime, obj: Ref): string[] | null {
  const dirFn = dictGetStr(rt, rt.builtins, internName(rt, 'dir'));
  if (dirFn === NULL) return null;
  const l = call1(rt, dirFn, obj);
  if (l === NULL) return null;
  const out: string[] = [];
  if (kindOf(rt, l) === Kind.LIST) {
    const w = listItemsWord(rt, l);
    const n = rt.i32[(l + LIST_SIZE) >> 2]!;
    for (let i = 0; i < n; i++) {
      const v = rt.i32[w + i] as Ref;
      if (kindOf(rt, v) === Kind.STR) out.push(strToJS(rt, v));
    }
  }
  decref(rt, l);
  return out;
}

/** The suggested name for exc's report, or null. Never leaves an exception set. */
export function offerSuggestion(rt: Runtime, exc: Ref, variant: 'c' | 'py'): string | null {
  const saved = fetchError(rt);
  try {
    return computeSuggestion(rt, exc, variant);
  } finally {
    restoreError(rt, saved);
  }
}

function computeSuggestion(rt: Runtime, exc: Ref, variant: 'c' | 'py'): string | null {
  const i32 = rt.i32;
  const t = typeOf(rt, exc);
  const attrType = rt.exc.AttributeError!;
  const nameType = rt.exc.NameError!;
  const isAttr = variant === 'c' ? t === attrType : isSubtype(rt, t, attrType);
  const isName = !isAttr && (variant === 'c' ? t === nameType : isSubtype(rt, t, nameType));
  if (!isAttr && !isName) return null;
  const nameRef = i32[(exc + EXC_NAME) >> 2] as Ref;
  if (nameRef === 0 || kindOf(rt, nameRef) !== Kind.STR) return null;
  // an exact str (a str subclass is not: CPython's PyUnicode_CheckExact / isinstance str)
  if (variant === 'c' && typeOf(rt, nameRef) !== rt.kindTypes[Kind.STR]) return null;
  const name = strToJS(rt, nameRef);
  const other = i32[(exc + EXC_OBJ) >> 2] as Ref;
  if (isAttr) {
    if (other === 0) return null;
    const d = dirNames(rt, other);
    if (d === null) {
      decref(rt, fetchError(rt));
      return null;
    }
    return variant === 'c' ? calculateSuggestionC(d, name) : calculateSuggestionPy(d, name);
  }
  const varnames = innermostVarnames(rt, exc);
  if (varnames === null) return null;
  const globals = other !== 0 && kindOf(rt, other) === Kind.DICT ? dictKeys(rt, other) : [];
  if (variant === 'py') return calculateSuggestionPy([...varnames, ...globals, ...builtinNames(rt)], name);
  return calculateSuggestionC(varnames, name) ?? calculateSuggestionC(globals, name) ?? calculateSuggestionC(builtinNames(rt), name);
}
