/*
 * The eval loop's slow paths: one small function per instruction family, outside the
 * loop so the loop stays small enough for V8 to optimise as a whole. Each follows the
 * error protocol (NULL / -1 with the exception set) and the stack conventions documented
 * at its call site in eval.ts: arguments are the loop's stack words (owned by the stack),
 * results are new references.
 */
import { LAZY_BUILTIN_NAMES } from '../modules/lazy-names.js';
import { setUpdateInternal } from '../objects/setops.js';
import { IMMORTAL_REFCNT, NULL, OB_REF_LOCAL, OB_REF_SHARED, type Ref, smallIntRef } from '../heap/layout.js';
import type { Runtime } from './runtime.js';
import { Op } from '../compiler/opcode-enum.generated.js';
import { HeapExhausted } from '../heap/exhausted.js';
import { internJS } from '../objects/intern.js';
import { incref, decref, newRef } from './refs.js';
import {
  raiseTypeError, raiseNameError, raiseNew, setRaised, restoreError, fetchError, errOccurred,
  raiseValueError, raiseRuntimeError, errorMatches, clearError, currentError,
} from './errors.js';
import { FR_BACK, FR_BUILTINS, FR_CODE, FR_FLAGS, FR_FUNC, FR_GLOBALS, FR_IP, FR_LOCALS, FR_SP, FRAME_HEADER_WORDS, FR_GEN, FRF_TPCALL, FRF_BINOP, FRF_CMPOP, FRF_CALLITER } from './frame.js';
import { TS_CUREXC, TS_EXC_INFO, TS_DEPTH, TS_DS_TOP, TS_FRAME, TS_NESTED } from './threadstate.js';
import { frameForCall, raiseRecursion } from './call.js';
import { dataStackPush, dataStackPop } from './datastack.js';
import { CO_FLAGS, CO_FRAMEWORDS } from '../objects/code.js';
import { IS_RECURSION_LIMIT } from './interp-words.js';
import { BM_SELF } from '../objects/method.js';
import { callVector, call0, call1, call3, callWithSelf0, frameDiscardContents, callWithTupleDict } from './call.js';
import { Kind } from '../objects/kinds.js';
import { IT_SEQ, IT_INDEX, IT_AUX, IT_DICT_LEN, IT_ODICT_STATE, DICT_ITER_EXHAUSTED, CALLABLE_ITER } from '../objects/iter.js';
import { kindOf, typeOf } from '../objects/object.js';
import * as A from '../objects/abstract.js';
import { CO_EXC_WORD, CO_LPNAMES, CO_NEXC, CO_NLOCALSPLUS, CO_KINDS_WORD, codeLineAt } from '../objects/code.js';
import { CO_FAST_FREE, CO_FAST_CELL, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, CO_ITERABLE_COROUTINE } from '../compiler/code.js';
import { tupleItem, tupleNew, tupleSize, tupleSetItemSteal, TUPLE_ITEMS_WORD } from '../objects/tuple.js';
import { listNew, listSize, listItemsWord, listAppendSteal as listAppendStealImpl, LIST_SIZE } from '../objects/list.js';
import { dictNewSized } from '../objects/dict.js';
import { superArgsOfFrame } from '../modules/builtins.js';
import { DICT_DISPLAY_VERSION, DICT_KEYS, DICT_VERSION, dictStrEntryWord, dictStrIndexInKeys, keysEntryValue, dictAppendStrEntry, dictEntryValueWord, dictFindStrEntry, dictNew, dictGetStr, dictGetItem, dictSetItem, dictDelItem, dictNextEntry, dictEntryKey, dictEntryValue, dictContains, dictMergeDict, dictSize } from '../objects/dict.js';
import { setNew, setAdd as setAddImpl } from '../objects/set.js';
import { strToJS, strToJSImmortal, strFromJS, strAlloc, strUnits, strLen, strCodePointLen, strSizeBytes, STR_LEN, STR_HASH, STR_FLAGS, copyUnits } from '../objects/str.js';
import { strUnitSlice } from '../objects/strmethods.js';
import { newLeafObject } from '../objects/object.js';
import { blockSize } from '../heap/alloc.js';
import { floatNew, FLOAT_VALUE } from '../objects/float.js';
import { intBinaryFast } from '../objects/int.js';
import { sliceNew } from '../objects/slice.js';
import { cellNew, CELL_REF, functionNew, FN_CLOSURE, FN_CODE, FN_DEFAULTS, FN_KWDEFAULTS, FN_ANNOTATIONS } from '../objects/function.js';
import { exceptionClearChain, exceptionNewFromString, exceptionNewNoArgs, exceptionSetNameContext, frameLocalsIntoTraceback, tracebackHere as tbHere, EXC_CAUSE, EXC_FLAGS, EXCF_SUPPRESS_CONTEXT, EXC_ARGS, EXC_TRACEBACK, TB_CODE, TB_LOCALS } from '../objects/exceptions.js';
import { isDescriptorValue, isSubtype, typeLookup, typeLookupEntry, typeName } from '../objects/type.js';
import { TP_DICT, TP_DICT_HINT, TP_FLAGS, TP_MRO, TPF_EXCEPTION, TP_KIND, TP_DICTOFFSET, TPF_HAS_SETATTR, TPF_HEAPTYPE, TPF_HAS_GETATTR, TPF_HAS_GETATTRIBUTE, TPF_HAS_MEMBERS, TP_NAME, TP_QUALNAME, TPF_PARTIAL, TPF_GETTER } from '../objects/typelayout.js';
import { MB_OFFSET, MB_TYPE } from '../objects/member.js';
import { releaseValue } from './nogil.js';
import { HDR_TYPE_EPOCH } from '../heap/memory.js';
import { MOD_DICT, MOD_NAME, MD_NAME, MD_TYPE, MD_INDEX, BM_FUNC, BF_NAME, BF_OWNER, BF_SELF, BF_INDEX, PR_GET, PR_SET, isModuleFunction } from '../objects/method.js';
import { NATIVE_TABLE } from './natives.js';
import {
  generatorNew, generatorEnter as genEnter, generatorSuspend as genSuspend, generatorFinish,
  generatorConvertStopIteration, GEN_RETVAL, generatorSend,
} from '../objects/generator.js';
import { importModule, importFromModule, importStarInto } from '../modules/importer.js';

export const GEN_DONE = -2;

export function unboundLocal(rt: Runtime, code: Ref, slot: number): void {
  const name = strToJS(rt, tupleItem(rt, rt.i32[(code + CO_LPNAMES) >> 2] as Ref, slot));
  raiseNew(rt, rt.exc.UnboundLocalError!, `cannot access local variable '${name}' where it is not associated with a value`);
}

export function unboundDeref(rt: Runtime, code: Ref, slot: number): void {
  const i32 = rt.i32;
  const name = strToJS(rt, tupleItem(rt, i32[(code + CO_LPNAMES) >> 2] as Ref, slot));
  const kind = i32[(code >> 2) + i32[(code + CO_KINDS_WORD) >> 2]! + slot]!;
  if (kind & CO_FAST_FREE) {
    raiseNameError(rt, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
    exceptionSetNameContext(rt, currentError(rt), tupleItem(rt, i32[(code + CO_LPNAMES) >> 2] as Ref, slot), NULL);
  }
  else raiseNew(rt, rt.exc.UnboundLocalError!, `cannot access local variable '${name}' where it is not associated with a value`);
}

export const truth = A.isTrue;
export const unary = A.unaryOp;
/** BINARY_OP slow path. Ints up to 2**53 (tagged or one/two-digit heap ints) are
 * computed with JS numbers before the general protocol (checksums and counters pass
 * 2**30 quickly and would otherwise go through BigInt). */
export function binary(rt: Runtime, a: Ref, b: Ref, op: number): Ref {
  const i32 = rt.i32;
  const tInt = rt.tInt;
  if (((a & 1) === 1 || i32[a >> 2] === tInt) && ((b & 1) === 1 || i32[b >> 2] === tInt)) {
    const r = intBinaryFast(rt, a, b, op >= 13 ? op - 13 : op);
    if (r !== NULL) return r;
  }
  return A.binaryOp(rt, a, b, op);
}
export const compare = A.richCompare;
/** The operator's TypeError, for a FRF_BINOP frame's NotImplemented (two operands of one class). */
export const binaryOpUnsupported = A.binaryOpUnsupported;
/** The rest of a comparison whose FRF_CMPOP frame answered NotImplemented (abstract.ts). */
export const compareAfterNotImplemented = A.richCompareAfterNotImplemented;
export const contains = A.contains;
export const getItem = A.getItem;
export const setItem = A.setItem;
export const getAttr = A.getAttr;
export const setAttr = A.setAttr;

/*
 * Attribute inline caches (CPython 3.11's LOAD_ATTR_INSTANCE_VALUE / STORE_ATTR_INSTANCE_VALUE
 * and LOAD_ATTR_MODULE in one shape). The instruction's 4 cache words:
 *   [type, type epoch, entry index, dict offset]
 * meaning: for an object of exactly `type`, while the heap-wide type epoch (HDR_TYPE_EPOCH:
 * no class namespace changed, so no data descriptor appeared) is unchanged, the attribute
 * lives in the dict at `dict offset` inside the object, at entry `entry index`; or, when
 * `dict offset` is negative (LOAD_ATTR / STORE_ATTR only), in the __slots__ word at byte
 * -offset of the object (CPython's LOAD_ATTR_SLOT / STORE_ATTR_SLOT; objects/member.ts),
 * where 0 is an empty slot (the load misses and the slow path raises AttributeError). The loop's
 * fast path re-checks that the entry still holds the name (keys are unique in a dict, so
 * it is the name's entry; a resized dict has a new keys block and simply misses) and
 * reads or replaces the value. A stale cache can only miss. Filled by the slow path after
 * a successful generic operation, only when the generic operation would have found the
 * value in the instance (or module) dict: no data descriptor on the type for the name, no
 * Python __setattr__ for stores, the name an exact str.
 */
export const HDR_TYPE_EPOCH_WORD = HDR_TYPE_EPOCH >> 2;

/**
 * Dunder frames: word 3 of a LOAD_ATTR, STORE_ATTR, BINARY_SUBSCR, BINARY_OP or COMPARE_OP
 * cache with this value (no object's dict offset comes near it) says that for an object of
 * exactly `type`, while the type epoch holds, the operation is a call of the Python function
 * in word 2 (borrowed from the class's namespace, alive while the epoch holds): a property's
 * getter (LOAD_ATTR, CPython 3.12's LOAD_ATTR_PROPERTY), a property's setter (STORE_ATTR;
 * the frame is FRF_DISCARD: its result is dropped), the class's __getitem__ (BINARY_SUBSCR,
 * CPython's BINARY_SUBSCR_GETITEM), or, between two instances of the class, its operator
 * method (BINARY_OP, FRF_BINOP) or comparison method (COMPARE_OP, FRF_CMPOP): their operands
 * stay on the caller's stack for what a NotImplemented answer needs. The loop pushes the function's frame on its own activation, as
 * CALL does, instead of the generic way's nested loop: the call costs what a Python call
 * costs, and a recursion through it (a property that reads the same property of the next
 * node) goes to the recursion limit, as CPython's, instead of ending with the JS stack
 * (vm/stackguard.ts). Not for a class with __getattr__ (an AttributeError out of the
 * getter must reach it), __getattribute__ (it sees every load) or, for stores, __setattr__.
 * The slow path fills the cache before its first generic call and the instruction runs
 * again (CACHE_FILLED), so even the outermost level of such a recursion takes the frame.
 */
export const CACHE_DUNDER_FRAME = 0x7ffffff0;

/**
 * BINARY_SUBSCR on an instance of a class, before the generic way: true when this filled the
 * cache for the class's __getitem__, a Python function ("Dunder frames"); the loop then runs
 * the instruction again, which takes the cache. Filled before the first call, not after it:
 * a __getitem__ that recurses through the same instruction would otherwise nest until the
 * innermost returned.
 */
export function getItemCacheFill(rt: Runtime, c: Ref, cw: number): boolean {
  const i32 = rt.i32;
  const t = i32[c >> 2]!;
  if (i32[cw] === t && i32[cw + 1] === i32[HDR_TYPE_EPOCH_WORD]) return false; // filled already
  return methodCacheFill(rt, t, cw, typeLookup(rt, t as Ref, rt.names.__getitem__), false);
}

/**
 * The end of the cache fills for a class's method: f (or NULL: none to call) a Python
 * function fills the cache ("Dunder frames"), but not a generator function where
 * `plainOnly` (the operands that FRF_BINOP / FRF_CMPOP frames keep on the caller's stack
 * are released by RETURN_VALUE, which a generator's call does not reach). Anything else is
 * the generic way for this class, remembered (word 3 not the marker) so that the next
 * instance skips the lookups.
 */
function methodCacheFill(rt: Runtime, t: number, cw: number, f: Ref, plainOnly: boolean): boolean {
  const i32 = rt.i32;
  if (f !== NULL && (kindOf(rt, f) !== Kind.FUNCTION ||
      (plainOnly && (i32[(i32[(f + FN_CODE) >> 2]! + CO_FLAGS) >> 2]! & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0))) f = NULL;
  if (f === NULL) {
    if (!rt.rc.atomic) {
      i32[cw] = t;
      i32[cw + 1] = i32[HDR_TYPE_EPOCH_WORD]!;
      i32[cw + 2] = 0;
      i32[cw + 3] = 0;
    }
    return false;
  }
  return dunderCacheFill(rt, cw, t, f);
}

/**
 * BINARY_OP on two instances of one class (its kind a plain object's: no built-in base's
 * slot to consider), before the generic way: true when this filled the cache for the
 * class's operator method, a plain Python function ("Dunder frames"). For an in-place
 * operator only when the class has no in-place method (`a += b` is then `a = a + b`). CPython
 * calls only the left operand's method between two instances of one class, and raises the
 * operator's TypeError when it answers NotImplemented (RETURN_VALUE's FRF_BINOP path).
 * Anything else is remembered as "the generic way" for the class, as getItemCacheFill does.
 */
export function binaryOpCacheFill(rt: Runtime, t: number, op: number, cw: number): boolean {
  const i32 = rt.i32;
  if (i32[cw] === t && i32[cw + 1] === i32[HDR_TYPE_EPOCH_WORD]) return false; // filled already
  const inplace = op >= 13;
  const names = rt.nbNames[inplace ? op - 13 : op]!;
  const f = i32[(t + TP_KIND) >> 2] === Kind.OBJECT && (!inplace || typeLookup(rt, t as Ref, names[2]!) === NULL)
    ? typeLookup(rt, t as Ref, names[0]!) : NULL;
  return methodCacheFill(rt, t, cw, f, true);
}

/**
 * COMPARE_OP on two instances of one class (its kind a plain object's), before the generic
 * way: true when this filled the cache for the class's comparison method, a plain Python
 * function, not object's ("Dunder frames"). CPython calls only a's method first between two
 * instances of one class; NotImplemented goes on to b's reflected one and the default
 * (RETURN_VALUE's FRF_CMPOP path). Anything else is remembered as "the generic way".
 */
export function compareOpCacheFill(rt: Runtime, t: number, op: number, cw: number): boolean {
  const i32 = rt.i32;
  if (i32[cw] === t && i32[cw + 1] === i32[HDR_TYPE_EPOCH_WORD]) return false; // filled already
  const f = i32[(t + TP_KIND) >> 2] === Kind.OBJECT ? typeLookup(rt, t as Ref, A.cmpDunderName(rt, op)) : NULL;
  return methodCacheFill(rt, t, cw, f, true);
}

/**
 * `super().name(...)` without the super object (CPython 3.12's LOAD_SUPER_ATTR, done here
 * at run time so the bytecode stays 3.11's): CALL of the built-in super with no arguments
 * followed by LOAD_METHOD name, in frame fp. When the frame's first argument is an instance
 * of a subclass of its __class__ cell's class and the first class after that one in the
 * instance's MRO that defines `name` defines it as a plain Python function, that function
 * (borrowed from the class's namespace) and the instance (borrowed, left in rt.initOut[1])
 * are the method form the two instructions would leave; 0 for anything else (the generic way then runs both: its
 * errors, descriptors, built-in bases, the classmethod form).
 */
export function superMethod(rt: Runtime, fp: number, name: Ref): number {
  const i32 = rt.i32;
  const out = rt.initOut;
  if (superArgsOfFrame(rt, fp, out) !== null) return 0;
  const cls = out[0]!;
  const obj = out[1]!;
  if (obj === 0 || (obj & 1) === 1 || (cls & 1) === 1 || i32[(i32[cls >> 2]! + TP_KIND) >> 2] !== Kind.TYPE) return 0;
  const start = i32[obj >> 2]!;
  if (i32[(start + TP_KIND) >> 2] === Kind.TYPE) return 0; // super() in a classmethod: obj is a class
  const mro = i32[(start + TP_MRO) >> 2]!;
  if (mro === 0) return 0;
  const n = tupleSize(rt, mro as Ref);
  let i = 0;
  while (i < n && tupleItem(rt, mro as Ref, i) !== cls) i++;
  for (i++; i < n; i++) {
    const t = tupleItem(rt, mro as Ref, i);
    if ((i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0 && t !== rt.tObject) return 0; // a built-in base: its slot wrappers
    const v = dictGetStr(rt, i32[(t + TP_DICT) >> 2] as Ref, name);
    if (v !== NULL) return kindOf(rt, v) === Kind.FUNCTION ? v : 0;
  }
  return 0;
}

/** LOAD_ATTR on an instance of a class, before the generic way: true when this filled the
 * cache for a property whose getter is a Python function ("Dunder frames"), as above. */
function propertyCacheFill(rt: Runtime, owner: Ref, name: Ref, cw: number): boolean {
  const i32 = rt.i32;
  if ((owner & 1) === 1 || (name & 1) === 1 || i32[name >> 2] !== rt.tStr) return false;
  const t = i32[owner >> 2]!;
  if ((i32[(t + TP_FLAGS) >> 2]! & (TPF_HEAPTYPE | TPF_HAS_GETATTR | TPF_HAS_GETATTRIBUTE)) !== TPF_HEAPTYPE) return false;
  if (i32[cw] === t && i32[cw + 1] === i32[HDR_TYPE_EPOCH_WORD]) return false; // filled already
  const descr = typeLookup(rt, t as Ref, name);
  if (descr === NULL || (descr & 1) !== 0 || i32[descr >> 2] !== rt.kindTypes[Kind.PROPERTY]) return false;
  const fget = i32[(descr + PR_GET) >> 2]!;
  if (fget === 0 || kindOf(rt, fget as Ref) !== Kind.FUNCTION) return false;
  return dunderCacheFill(rt, cw, t, fget);
}

/** STORE_ATTR on an instance of a class, before the generic way: true when this filled the
 * cache for a property whose setter is a plain Python function ("Dunder frames"; not a
 * generator function, whose call would hand back a generator that the setter's dropped
 * result does not cover). Not for a class with a Python __setattr__ (it sees every store). */
function setterCacheFill(rt: Runtime, owner: Ref, name: Ref, cw: number): boolean {
  const i32 = rt.i32;
  if ((owner & 1) === 1 || (name & 1) === 1 || i32[name >> 2] !== rt.tStr) return false;
  const t = i32[owner >> 2]!;
  if ((i32[(t + TP_FLAGS) >> 2]! & (TPF_HEAPTYPE | TPF_HAS_SETATTR)) !== TPF_HEAPTYPE) return false;
  if (i32[cw] === t && i32[cw + 1] === i32[HDR_TYPE_EPOCH_WORD]) return false; // filled already
  const descr = typeLookup(rt, t as Ref, name);
  if (descr === NULL || (descr & 1) !== 0 || i32[descr >> 2] !== rt.kindTypes[Kind.PROPERTY]) return false;
  const fset = i32[(descr + PR_SET) >> 2]!;
  if (fset === 0 || kindOf(rt, fset as Ref) !== Kind.FUNCTION) return false;
  const flags = i32[(i32[(fset + FN_CODE) >> 2]! + CO_FLAGS) >> 2]!;
  if ((flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0) return false;
  return dunderCacheFill(rt, cw, t, fset);
}

function dunderCacheFill(rt: Runtime, cw: number, t: number, f: number): boolean {
  const i32 = rt.i32;
  if (rt.rc.atomic) return fillSharedCache(rt, cw, t, f, CACHE_DUNDER_FRAME);
  i32[cw] = t;
  i32[cw + 1] = i32[HDR_TYPE_EPOCH_WORD]!;
  i32[cw + 2] = f;
  i32[cw + 3] = CACHE_DUNDER_FRAME;
  return true;
}

/**
 * A dunder frame entered ("Dunder frames"): function f called with the n stack words from
 * `args` up (their references pass to the frame's arguments), its frame linked above frame
 * fp, which will resume at ip with its stack ending below `args`; `flags` added to the new
 * frame's (FRF_DISCARD for a setter). With FRF_BINOP or FRF_CMPOP the stack words stay the
 * caller's (the frame's arguments are new references) and its stack ends above them; a
 * FRF_CMPOP frame counts two recursion levels. Returns the new frame, or 0 with the error set (the
 * stack words then stay, for the unwind to release). The loop then makes it current.
 */
export function enterDunderFrame(rt: Runtime, f: Ref, args: number, n: number, fp: number, ip: number, flags: number): number {
  const i32 = rt.i32;
  const newFp = frameForCall(rt, f, args, n, NULL);
  if (newFp === 0) return 0;
  i32[newFp + FR_FLAGS]! |= flags;
  i32[fp + FR_IP] = ip;
  if ((flags & (FRF_BINOP | FRF_CMPOP)) === 0) {
    for (let i = 0; i < n; i++) decref(rt, i32[args + i] as Ref); // frameForCall took its own
    i32[fp + FR_SP] = args - fp;
  } else i32[fp + FR_SP] = args + n - fp; // the operands stay (FRF_BINOP, FRF_CMPOP)
  i32[newFp + FR_BACK] = fp;
  i32[(rt.ts + TS_FRAME) >> 2] = newFp;
  i32[(rt.ts + TS_DEPTH) >> 2]! += (flags & FRF_CMPOP) === 0 ? 1 : 2;
  return newFp;
}

/**
 * FOR_ITER on iterator `it` in GIL mode, before the generic step: when `it` is an
 * iter(callable, sentinel) iterator whose callable is a Python function, or a bound method
 * of one, with a plain frame (not a generator's or coroutine's), that call's frame is pushed
 * above frame fp (which resumes at ip, its stack ending at sp with the iterator on top),
 * flagged FRF_CALLITER (vm/frame.ts), and returned: RETURN_VALUE and the unwind finish the
 * step. 0 for the generic way (iterNextBuiltin's nested call): any other callable, an
 * exhausted iterator, itertools' steppers (no sentinel), the recursion limit (the nested
 * call raises it). -1 with TypeError set when the call's arguments do not bind.
 */
export function callIterEnter(rt: Runtime, it: Ref, fp: number, ip: number, sp: number): number {
  const i32 = rt.i32;
  if (i32[(it + IT_INDEX) >> 2] !== CALLABLE_ITER || i32[(it + IT_AUX) >> 2] === 0) return 0;
  let f = i32[(it + IT_SEQ) >> 2]!;
  if (f === 0 || (f & 1) !== 0) return 0;
  let n = 0;
  if (i32[(i32[f >> 2]! + TP_KIND) >> 2] === Kind.BOUND_METHOD) {
    // the instance as the argument: a word above the caller's stack (FOR_ITER's own push
    // slot, inside the frame), read by frameForCall, which takes its own reference
    i32[sp] = i32[(f + BM_SELF) >> 2]!;
    f = i32[(f + BM_FUNC) >> 2]!;
    n = 1;
    if ((f & 1) !== 0) return 0;
  }
  if (i32[(i32[f >> 2]! + TP_KIND) >> 2] !== Kind.FUNCTION) return 0;
  if ((i32[(i32[(f + FN_CODE) >> 2]! + CO_FLAGS) >> 2]! & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0) return 0;
  if (i32[(rt.ts + TS_DEPTH) >> 2]! + 1 >= i32[(rt.interp >> 2) + IS_RECURSION_LIMIT]!) return 0;
  const newFp = frameForCall(rt, f as Ref, sp, n, NULL);
  if (newFp === 0) return -1;
  i32[newFp + FR_FLAGS]! |= FRF_CALLITER;
  i32[fp + FR_IP] = ip;
  i32[fp + FR_SP] = sp - fp;
  i32[newFp + FR_BACK] = fp;
  i32[(rt.ts + TS_FRAME) >> 2] = newFp;
  i32[(rt.ts + TS_DEPTH) >> 2]! += 1;
  return newFp;
}

/** What a slow path returns when it filled a dunder-frame cache: the loop runs the
 * instruction again. Even and negative: neither an object (positive offsets) nor a small
 * int (odd: -1 is the small int -1). */
export const CACHE_FILLED = -2;

function attrCacheFill(rt: Runtime, owner: Ref, name: Ref, cw: number, store: boolean): void {
  const i32 = rt.i32;
  if ((owner & 1) === 1 || (name & 1) === 1 || i32[name >> 2] !== rt.tStr) return;
  const t = i32[owner >> 2]!;
  // --no-gil: a cache bound to another type is never refilled (fillSharedCache): skip the lookups
  if (rt.rc.atomic && i32[cw] !== 0 && i32[cw] !== t) return;
  const kind = i32[(t + TP_KIND) >> 2]!;
  if (kind === Kind.TYPE && classAttrCacheFill(rt, owner, name, cw, store)) return;
  let off = 0;
  if (kind === Kind.MODULE) off = store ? 0 : MOD_DICT;
  else if (kind !== Kind.TYPE && kind !== Kind.SUPER) off = i32[(t + TP_DICTOFFSET) >> 2]!;
  if (off <= 0 && (i32[(t + TP_FLAGS) >> 2]! & TPF_HAS_MEMBERS) === 0) return; // none, or after a variable-size value (objects/object.ts DICT_AFTER_VALUE)
  if (store && (i32[(t + TP_FLAGS) >> 2]! & TPF_HAS_SETATTR) !== 0) return;
  if (!store && (i32[(t + TP_FLAGS) >> 2]! & TPF_HAS_GETATTRIBUTE) !== 0) return; // a Python __getattribute__ sees every load
  const descr = typeLookup(rt, t as Ref, name);
  if (descr !== NULL && kindOf(rt, descr) === Kind.MEMBER_DESCRIPTOR) {
    // a __slots__ word (objects/member.ts): cached as its negative byte offset (a slot's
    // place is a constant of the type), for a member of one of t's own classes
    if (!isSubtype(rt, t as Ref, i32[(descr + MB_TYPE) >> 2] as Ref)) return;
    const slotOff = -i32[(descr + MB_OFFSET) >> 2]!;
    if (rt.rc.atomic) {
      fillSharedCache(rt, cw, t, 0, slotOff);
      return;
    }
    i32[cw] = t;
    i32[cw + 1] = i32[HDR_TYPE_EPOCH_WORD]!;
    i32[cw + 2] = 0;
    i32[cw + 3] = slotOff;
    return;
  }
  if (off <= 0) return;
  if (descr !== NULL && A.isDataDescriptor(rt, descr)) return; // the dict never shadows it
  const d = i32[(owner + off) >> 2]!;
  if (d === 0) return;
  const ix = dictFindStrEntry(rt, d as Ref, name);
  if (ix < 0) return;
  if (rt.rc.atomic) {
    fillSharedCache(rt, cw, t, ix, off);
    return;
  }
  i32[cw] = t;
  i32[cw + 1] = i32[HDR_TYPE_EPOCH_WORD]!;
  i32[cw + 2] = ix;
  i32[cw + 3] = off;
}

/** --no-gil STORE_ATTR into a cached __slots__ word (byte `at` of owner): v (the stack's
 * reference) swapped in, the old value released after the grace period, as
 * objects/member.ts memberSet does. */
export function storeSlotShared(rt: Runtime, owner: Ref, at: number, v: Ref): void {
  const old = Atomics.exchange(rt.i32, (owner + at) >> 2, v);
  if (old !== 0) releaseValue(rt, old as Ref);
}

/**
 * --no-gil: code objects (and so their caches) are shared by executors running in
 * parallel (vm/nogil.ts). A cache is bound to the first type that fills it: a writer
 * claims it (compareExchange of word 0 from 0 or that type to 1, which matches no type, so
 * readers miss meanwhile), writes words 2, 3 then the epoch, and publishes the type last.
 * Word 3 (the dict offset) is a constant of the type, and word 2 is either an entry index
 * that every hit re-checks (the entry's key) or, for LOAD_METHOD, the method found under
 * the epoch written after it; so a reader racing a refill can only miss. A store cache's
 * hit replaces the value under the dict's lock (vm/critical.ts storeCachedLocked).
 */
function fillSharedCache(rt: Runtime, cw: number, t: number, w2: number, w3: number): boolean {
  const i32 = rt.i32;
  const cur = Atomics.load(i32, cw);
  if ((cur !== 0 && cur !== t) || Atomics.compareExchange(i32, cw, cur, 1) !== cur) return false;
  i32[cw + 2] = w2;
  i32[cw + 3] = w3;
  Atomics.store(i32, cw + 1, i32[HDR_TYPE_EPOCH_WORD]!);
  Atomics.store(i32, cw, t);
  return true;
}

/**
 * Polymorphic attribute sites (GIL mode). A LOAD_ATTR, LOAD_METHOD or STORE_ATTR cache holds
 * one type: a site that sees several (`s.area()` over a list of shapes, `self.name = name`
 * in a base class's __init__) missed at every change of type and ran the generic way and the
 * fill again (~5% of bench/programs/objects.py). Every fill is also recorded in a
 * per-executor table by (type, name, instruction kind) (Runtime.siteCache: [type, name, kind,
 * epoch, word 2, word 3] x 1024, direct-mapped); on a miss, siteCacheSwap copies the entry
 * recorded for the owner's type into the site's cache, and the hit path runs as usual (V8's
 * megamorphic stub cache, in front of CPython-style specialization). That is sound because
 * the words mean the same at every site of a kind: word 3 is a constant of the type (a dict
 * offset, a slot's offset, the dunder-frame marker), and word 2 a dict entry index that every
 * hit re-checks against the name in the owner's own dict, or a method or getter/setter
 * function borrowed from the class under the epoch. Only immortal names are keys (a freed
 * name's address could come back as another string's, as in objects/type.ts typeLookup).
 * Not with --no-gil: a shared cache is bound to its first type (fillSharedCache).
 */
export const SITE_LOAD_ATTR = 1;
export const SITE_LOAD_METHOD = 2;
export const SITE_STORE_ATTR = 3;

function siteHash(t: number, name: number, kind: number): number {
  return (Math.imul(t ^ Math.imul(name, 0x85ebca6b) ^ kind, 0x9e3779b1) >>> 22) * 6; // 1024 entries: top 10 bits
}

/** After a slow path: records the site's cache in the table when it now holds the owner's type
 * under the current epoch ("Polymorphic attribute sites"). */
function siteCacheRecord(rt: Runtime, owner: Ref, name: Ref, cw: number, kind: number): void {
  const i32 = rt.i32;
  if (rt.rc.atomic || (owner & 1) === 1 || (name & 1) === 1) return;
  const t = i32[owner >> 2]!;
  if (i32[cw] !== t || i32[cw + 1] !== i32[HDR_TYPE_EPOCH_WORD] || i32[(name + OB_REF_LOCAL) >> 2]! < IMMORTAL_REFCNT) return;
  const sc = rt.siteCache;
  const h = siteHash(t, name, kind);
  sc[h] = t;
  sc[h + 1] = name;
  sc[h + 2] = kind;
  sc[h + 3] = i32[cw + 1]!;
  sc[h + 4] = i32[cw + 2]!;
  sc[h + 5] = i32[cw + 3]!;
}

/** A cache miss on owner (an object, not a small int; GIL mode): true when the table had an
 * entry for its type, name and kind under the current epoch, now copied into the site's
 * cache for the hit path ("Polymorphic attribute sites"). */
export function siteCacheSwap(rt: Runtime, owner: Ref, name: Ref, cw: number, kind: number): boolean {
  const i32 = rt.i32;
  if ((i32[cw]! & 1) === 1) return false; // a class attribute's site ("Class attributes"): the slow path's
  const t = i32[owner >> 2]!;
  const sc = rt.siteCache;
  const h = siteHash(t, name, kind);
  if (sc[h] !== t || sc[h + 1] !== name || sc[h + 2] !== kind || sc[h + 3] !== i32[HDR_TYPE_EPOCH_WORD]) return false;
  i32[cw] = t;
  i32[cw + 1] = sc[h + 3]!;
  i32[cw + 2] = sc[h + 4]!;
  i32[cw + 3] = sc[h + 5]!;
  return true;
}

/**
 * Class attributes (GIL mode): LOAD_ATTR and STORE_ATTR on a class itself (`Shape.count += 1`)
 * for a name not a dunder and not in type's own namespace, whose value is plain (no
 * descriptor: objects/type.ts isDescriptorValue). The cache holds [the class | 1, epoch,
 * the heap word of the class-dict entry, 0]: a load's entry is the one the MRO lookup finds
 * (type.ts typeLookupEntry), a store's is in the class's own dict. Word 0 is odd, never a
 * type, so the inline check (the owner's type) never takes it; the slow paths check it first.
 * The entry stays where it is while the epoch holds (adding or deleting a class attribute
 * bumps it), and a store keeps the epoch only when it replaces a plain value with another
 * (type.ts typeStoreKeepsCaches), so a load hit reads a plain value; a store hit replaces a
 * plain value with a plain one, as genericSetAttr would without a bump. Not with --no-gil
 * (readers there take the dict's lock).
 */
function classAttrCacheFill(rt: Runtime, cls: Ref, name: Ref, cw: number, store: boolean): boolean {
  const i32 = rt.i32;
  if (rt.rc.atomic || i32[cls >> 2] !== rt.tType || (i32[(cls + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0) return false;
  if ((name & 1) === 1 || i32[name >> 2] !== rt.tStr || strToJSImmortal(rt, name).startsWith('__')) return false;
  if (typeLookup(rt, rt.tType as Ref, name) !== NULL) return false; // type's own (mro, __name__): the generic way
  const e = store ? dictStrEntryWord(rt, i32[(cls + TP_DICT) >> 2] as Ref, name) : typeLookupEntry(rt, cls, name);
  if (e === 0 || isDescriptorValue(rt, i32[e + 2] as Ref)) return false;
  i32[cw] = cls | 1;
  i32[cw + 1] = i32[HDR_TYPE_EPOCH_WORD]!;
  i32[cw + 2] = e;
  i32[cw + 3] = 0;
  return true;
}

/** LOAD_ATTR's slow path: the generic lookup, then fill the cache. New reference or NULL. */
export function loadAttrSlow(rt: Runtime, owner: Ref, name: Ref, cw: number): Ref {
  const i32 = rt.i32;
  if ((owner & 1) === 0 && i32[cw] === (owner | 1) && i32[cw + 1] === i32[HDR_TYPE_EPOCH_WORD]) {
    // a class attribute ("Class attributes")
    const v = i32[i32[cw + 2]! + 2]! as Ref;
    incref(rt, v);
    return v;
  }
  if (name === rt.names.__class__ && (owner & 1) === 0) {
    // `self.__class__` (object's, when the class has neither its own nor a __getattribute__):
    // no cache shape holds "the owner's type", and the generic way's cache fill fails each time
    const t = i32[owner >> 2]! as Ref;
    if ((i32[(t + TP_FLAGS) >> 2]! & TPF_HAS_GETATTRIBUTE) === 0 && typeLookup(rt, t, name) === NULL) {
      incref(rt, t);
      return t;
    }
  }
  if (propertyCacheFill(rt, owner, name, cw)) {
    siteCacheRecord(rt, owner, name, cw, SITE_LOAD_ATTR);
    return CACHE_FILLED as Ref;
  }
  const r = A.getAttr(rt, owner, name);
  if (r !== NULL) {
    attrCacheFill(rt, owner, name, cw, false);
    siteCacheRecord(rt, owner, name, cw, SITE_LOAD_ATTR);
  }
  return r;
}

/**
 * LOAD_METHOD's slow path: loadMethod, then, when it produced the method form, fill the
 * cache [type, epoch, method (borrowed from the class dict, alive while the epoch holds),
 * offset of the instance __dict__ word or 0]. The fast path must still check that the
 * instance dict does not shadow the name.
 */
export function loadMethodSlow(rt: Runtime, owner: Ref, name: Ref, slot: number, cw: number): number {
  const r = loadMethod(rt, owner, name, slot);
  const i32 = rt.i32;
  if (r === 0 && i32[slot] !== 0 && (owner & 1) === 0 && (name & 1) === 0 && i32[name >> 2] === rt.tStr) {
    const t = i32[owner >> 2]!;
    const kind = i32[(t + TP_KIND) >> 2]!;
    if (i32[(t + TP_DICTOFFSET) >> 2]! < 0) {
      // the instance __dict__ follows a variable-size value: no fixed word for the fast path
    } else if (rt.rc.atomic) {
      if (kind !== Kind.FUNCTION && kind !== Kind.MODULE && kind !== Kind.TYPE && kind !== Kind.SUPER) {
        fillSharedCache(rt, cw, t, i32[slot]!, i32[(t + TP_DICTOFFSET) >> 2]!);
      }
    } else if (kind !== Kind.FUNCTION && kind !== Kind.MODULE && kind !== Kind.TYPE && kind !== Kind.SUPER) {
      i32[cw] = t;
      i32[cw + 1] = i32[HDR_TYPE_EPOCH_WORD]!;
      i32[cw + 2] = i32[slot]!;
      i32[cw + 3] = i32[(t + TP_DICTOFFSET) >> 2]!;
      siteCacheRecord(rt, owner, name, cw, SITE_LOAD_METHOD);
    }
  }
  return r;
}

/** True if dict d has the exact-str key name (no Python code runs). */
export function dictHasStr(rt: Runtime, d: Ref, name: Ref): boolean {
  return dictFindStrEntry(rt, d, name) >= 0;
}

/** STORE_ATTR's slow path (value borrowed): the generic store, then fill the cache. 0 or -1. */
export function storeAttrSlow(rt: Runtime, owner: Ref, name: Ref, value: Ref, cw: number): number {
  const i32 = rt.i32;
  if ((owner & 1) === 0 && i32[cw] === (owner | 1) && i32[cw + 1] === i32[HDR_TYPE_EPOCH_WORD] && !isDescriptorValue(rt, value)) {
    // a class attribute's plain value replaced by another ("Class attributes")
    const e = i32[cw + 2]!;
    const old = i32[e + 2]! as Ref;
    incref(rt, value);
    i32[e + 2] = value;
    decref(rt, old);
    return 0;
  }
  if (setterCacheFill(rt, owner, name, cw)) {
    siteCacheRecord(rt, owner, name, cw, SITE_STORE_ATTR);
    return CACHE_FILLED;
  }
  const r = A.setAttr(rt, owner, name, value);
  if (r === 0) {
    attrCacheFill(rt, owner, name, cw, true);
    siteCacheRecord(rt, owner, name, cw, SITE_STORE_ATTR);
  }
  return r;
}
/**
 * STORE_ATTR's cache miss on the cached type and epoch (GIL mode; the cache's dict offset
 * `off` > 0): the store that adds the attribute, as every `self.x = ...` in an `__init__`
 * does on a fresh instance. The cache was filled on an earlier instance where the name was
 * entry `ix`; if that is this dict's next entry and the name is absent, it is inserted
 * there without the generic lookup (the type's check, no data descriptor and no
 * __setattr__, is the epoch's). A missing instance dict is made first, as instanceDict
 * does. The stack's reference to v moves in. False: nothing done, take the slow path.
 */
export function storeAttrAppend(rt: Runtime, owner: Ref, off: number, ix: number, name: Ref, v: Ref): boolean {
  const i32 = rt.i32;
  let d = i32[(owner + off) >> 2]!;
  const hintWord = (i32[owner >> 2]! + TP_DICT_HINT) >> 2;
  if (d === 0) {
    if (ix !== 0) return false;
    // sized for as many attributes as the class's instances have been seen to hold: no
    // resize of the keys block while __init__ fills it (a 6th attribute resized it)
    d = dictNewSized(rt, i32[hintWord]!);
    i32[(owner + off) >> 2] = d;
  }
  if (!dictAppendStrEntry(rt, d as Ref, ix, name, v)) return false;
  if (ix >= i32[hintWord]!) i32[hintWord] = ix + 1;
  return true;
}
/** GET_ITER: a for loop takes one item per step (abstract.ts getIter). */
export const getIterStepwise = A.getIterStepwise;
export const iterNext = A.iterNext;
export const listExtend = A.listFromIterable === undefined ? null! : listExtendImpl;

import { listExtend as listExtendSeq, iteratesAsBuiltin } from '../objects/seqops.js';
function listExtendImpl(rt: Runtime, l: Ref, v: Ref): number {
  const r = listExtendSeq(rt, l, v);
  if (r < 0 && errorMatches(rt, rt.exc.TypeError!) && !hasIterProtocol(rt, v)) {
    // CPython's LIST_EXTEND words it for the display it unpacks into (`[*x]`, `(*x,)`)
    clearError(rt);
    raiseTypeError(rt, `Value after * must be an iterable, not ${A.typeNameOf(rt, v)}`);
  }
  return r;
}

/** True if v's type iterates (CPython: tp_iter or the sequence protocol). */
function hasIterProtocol(rt: Runtime, v: Ref): boolean {
  const k = kindOf(rt, v);
  if ((k >= Kind.STR && k <= Kind.RANGE) || (k >= Kind.LIST_ITER && k <= Kind.DICT_ITEMS) || k === Kind.GENERATOR || k === Kind.BYTES || k === Kind.BYTEARRAY) return true;
  const t = typeOf(rt, v);
  return typeLookup(rt, t, rt.names.__iter__) !== NULL || typeLookup(rt, t, rt.names.__getitem__) !== NULL;
}

/**
 * `s += t` / `s = s + t` for two exact strs, growing s in place when nothing else can see
 * it, as CPython 3.11's BINARY_OP_INPLACE_ADD_UNICODE does for a local: s's references
 * must be the value stack's and, at most, the variable the next instruction stores the
 * result into (STORE_FAST; here also STORE_NAME / STORE_GLOBAL into an exact dict, where
 * CPython 3.11 copies: 400,000 module-level `s += 'x'` take it 4.8 s; not while executors
 * run in parallel, where another thread may read the dict). A str that has to move gets a
 * block with room to spare (1.25x), so a loop of `s += c` is amortised O(1) per step
 * instead of a copy of s each time (200,000 steps in a function: 1.9 s before, python3
 * 0.009 s). Consumes a and b and returns the sum; NULL (a and b untouched) when the case
 * does not apply.
 */
export function strAddInPlace(rt: Runtime, fp: number, names: number, a: Ref, b: Ref, next: number, noGil: boolean): Ref {
  const i32 = rt.i32;
  if ((b & 1) !== 0 || i32[b >> 2] !== rt.tStr || i32[(a + OB_REF_SHARED) >> 2] !== 0) return NULL;
  let count = i32[(a + OB_REF_LOCAL) >> 2]!;
  if (count === 2) {
    // the other reference must be the variable about to be overwritten
    const op = next & 0xff;
    const oparg = next >>> 8;
    if (op === Op.STORE_FAST) {
      const slot = fp + FRAME_HEADER_WORDS + oparg;
      if (i32[slot] !== a) return NULL;
      i32[slot] = 0; // its reference dropped (the store writes the sum there)
      i32[(a + OB_REF_LOCAL) >> 2] = 1;
    } else if ((op === Op.STORE_NAME || op === Op.STORE_GLOBAL) && !noGil) {
      const d = i32[fp + (op === Op.STORE_GLOBAL ? FR_GLOBALS : FR_LOCALS)]! as Ref;
      if (d === NULL || i32[d >> 2] !== rt.tDict) return NULL;
      const ix = dictFindStrEntry(rt, d, i32[names + oparg]! as Ref);
      if (ix < 0) return NULL;
      const w = dictEntryValueWord(rt, d, ix);
      if (i32[w] !== a) return NULL;
      // the entry holds None (immortal) until the store replaces it: the key keeps its
      // place in the dict's order (CPython 3.11 copies here, and its globals keep their order)
      i32[w] = rt.None;
      i32[(a + OB_REF_LOCAL) >> 2] = 1;
    } else {
      return NULL;
    }
    count = 1;
  }
  if (count !== 1) return NULL;
  const na = strLen(rt, a);
  const nb = strLen(rt, b);
  const n = na + nb;
  let r = a;
  if (blockSize(rt.heap, a) < strSizeBytes(n)) {
    r = newLeafObject(rt, rt.tStr, strSizeBytes(n + (n >> 2) + 16));
    copyUnits(rt.u16, strUnits(r), strUnits(a), na);
    decref(rt, a);
  }
  copyUnits(rt.u16, strUnits(r) + na, strUnits(b), nb);
  i32[(r + STR_LEN) >> 2] = n;
  i32[(r + STR_HASH) >> 2] = 0;
  i32[(r + STR_FLAGS) >> 2] = 0; // no hash, the surrogate-pair scan to redo
  decref(rt, b);
  return r;
}

export function buildSlice(rt: Runtime, a: Ref, b: Ref, c: Ref): Ref {
  return sliceNew(rt, a, b, c);
}

// ------------------------------------------------------------------ names

/** NameError for `name`, which records the name and the frame's globals (the "Did you
 * mean" suggestion, vm/suggestions.ts) as CPython's format_exc_check_arg does. */
function nameError(rt: Runtime, fp: number, name: Ref): Ref {
  raiseNameError(rt, `name '${strToJS(rt, name)}' is not defined`);
  exceptionSetNameContext(rt, currentError(rt), name, rt.i32[fp + FR_GLOBALS] as Ref);
  return NULL;
}

/**
 * A name not found anywhere that is a builtin made on first use (LAZY_BUILTIN_NAMES): imports
 * its module, which puts it in the builtins, and returns it (new reference). NULL with the
 * exception set when that import failed; -1 (no exception) for any other name.
 */
function lazyBuiltin(rt: Runtime, fp: number, name: Ref): Ref | -1 {
  return lazyBuiltinIn(rt, rt.i32[fp + FR_BUILTINS] as Ref, name);
}

/** lazyBuiltin over the builtins dict `builtins`. */
function lazyBuiltinIn(rt: Runtime, builtins: Ref, name: Ref): Ref | -1 {
  if (!LAZY_BUILTIN_NAMES.has(strToJS(rt, name))) return -1;
  const mod = importModule(rt, internJS(rt, '_exceptiongroup'), rt.None, smallIntRef(0), NULL);
  if (mod === NULL) return NULL;
  decref(rt, mod);
  const b = dictGetStr(rt, builtins, name);
  return b === NULL ? -1 : newRef(rt, b);
}

/** builtins.ExceptionGroup read as a module attribute before first use: one of abstract.ts
 * moduleMissingAttr's hooks (registered by modules/sys.ts, which loads after abstract.ts).
 * NULL, nothing raised, for another module or name. */
export function builtinsLazyAttr(rt: Runtime, mod: Ref, name: Ref): Ref {
  if (rt.i32[(mod + MOD_DICT) >> 2] !== rt.builtins) return NULL;
  const v = lazyBuiltinIn(rt, rt.builtins, name);
  return v === -1 ? NULL : v;
}

/** The miss of every name lookup: a lazy builtin, else NameError. */
function nameMissing(rt: Runtime, fp: number, name: Ref): Ref {
  const lazy = lazyBuiltin(rt, fp, name);
  return lazy !== -1 ? lazy : nameError(rt, fp, name);
}

export function loadName(rt: Runtime, fp: number, name: Ref): Ref {
  const i32 = rt.i32;
  const locals = i32[fp + FR_LOCALS] as Ref;
  if (locals !== 0) {
    if (typeOf(rt, locals) === rt.tDict) {
      const v = dictGetStr(rt, locals, name);
      if (v !== NULL) return newRef(rt, v);
    } else {
      // any other mapping (exec/eval's locals argument, a dict subclass): locals[name], a
      // KeyError going on to the globals as in CPython's LOAD_NAME, any other error raised
      const v = A.getItem(rt, locals, name);
      if (v !== NULL) return v;
      if (!errorMatches(rt, rt.exc.KeyError!)) return NULL;
      clearError(rt);
    }
  }
  const g = dictGetStr(rt, i32[fp + FR_GLOBALS] as Ref, name);
  if (g !== NULL) return newRef(rt, g);
  const b = dictGetStr(rt, i32[fp + FR_BUILTINS] as Ref, name);
  if (b !== NULL) return newRef(rt, b);
  return nameMissing(rt, fp, name);
}

export function storeName(rt: Runtime, fp: number, name: Ref, v: Ref): number {
  const locals = rt.i32[fp + FR_LOCALS] as Ref;
  if (locals === 0) {
    raiseNew(rt, rt.exc.SystemError!, `no locals found when storing '${strToJS(rt, name)}'`);
    return -1;
  }
  return A.setItem(rt, locals, name, v);
}

export function deleteName(rt: Runtime, fp: number, name: Ref): number {
  const locals = rt.i32[fp + FR_LOCALS] as Ref;
  if (typeOf(rt, locals) !== rt.tDict) {
    // another mapping: del locals[name], its KeyError CPython's NameError
    if (A.setItem(rt, locals, name, NULL) === 0) return 0;
    if (!errorMatches(rt, rt.exc.KeyError!)) return -1;
    clearError(rt);
    nameError(rt, fp, name);
    return -1;
  }
  const r = dictDelItem(rt, locals, name);
  if (r === 0) nameError(rt, fp, name);
  return r <= 0 ? -1 : 0;
}

export function loadGlobal(rt: Runtime, fp: number, name: Ref): Ref {
  const i32 = rt.i32;
  const g = dictGetStr(rt, i32[fp + FR_GLOBALS] as Ref, name);
  if (g !== NULL) return newRef(rt, g);
  const b = dictGetStr(rt, i32[fp + FR_BUILTINS] as Ref, name);
  if (b !== NULL) return newRef(rt, b);
  return nameMissing(rt, fp, name);
}

/**
 * LOAD_GLOBAL's inline cache (4 words at `cw` per instruction, CPython 3.11's
 * LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN in one). The eval loop checks for a hit
 * itself; this is the miss: look the name up and fill the cache. Cache shapes:
 *   [1, globals keys block, entry index, 0]            found in globals
 *   [2, globals version, builtins keys block, entry]   found in builtins, globals unchanged
 * A hit re-checks that the dict still uses that keys block and that the entry still holds
 * the name (keys are unique in a dict, so the entry is the name's), then reads the value
 * from the entry: a stale cache can only miss, never give a wrong value. The globals
 * version (DICT_VERSION, bumped on every insertion and deletion) proves the name was not
 * added to globals since.
 */
export function loadGlobalMiss(rt: Runtime, fp: number, name: Ref, cw: number): Ref {
  const i32 = rt.i32;
  const g = i32[fp + FR_GLOBALS]!;
  // miss: look up, then fill the cache. Each dict's keys block is read once, so the entry
  // found, its value and the block cached belong together while a --no-gil writer resizes
  // the dict (the old block stays readable until the grace period ends), and a value a
  // writer has just deleted (0) is not found
  const bd = i32[fp + FR_BUILTINS]!;
  for (;;) {
    const version = i32[(g + DICT_VERSION) >> 2]!;
    const builtinsVersion = i32[(bd + DICT_VERSION) >> 2]!;
    const globalsKeys = i32[(g + DICT_KEYS) >> 2]!;
    let kref = globalsKeys;
    let ix = dictStrIndexInKeys(rt, kref, name);
    let v = ix >= 0 ? keysEntryValue(i32, kref, ix) : NULL;
    if (v !== NULL) {
      cacheGlobalsEntry(i32, cw, kref, ix);
      return newRef(rt, v);
    }
    // globals a dict subclass (exec/eval's namespace): CPython's slow path, globals[name]
    // first (its __missing__ answers before the builtins), nothing cached for a builtin
    if (i32[g >> 2] !== rt.tDict) return loadGlobalFromMapping(rt, fp, g as Ref, bd as Ref, name);
    kref = i32[(bd + DICT_KEYS) >> 2]!;
    ix = dictStrIndexInKeys(rt, kref, name);
    v = ix >= 0 ? keysEntryValue(i32, kref, ix) : NULL;
    if (v !== NULL) {
      i32[cw] = 2;
      i32[cw + 1] = version;
      i32[cw + 2] = kref;
      i32[cw + 3] = ix;
      return newRef(rt, v);
    }
    // found nowhere: a NameError, unless a --no-gil writer changed either dict while this
    // lookup read it (a name another thread never deleted was missed once under load:
    // thread_h68_global_del_race); then look again
    if (!rt.rc.atomic || (i32[(g + DICT_VERSION) >> 2] === version && i32[(g + DICT_KEYS) >> 2] === globalsKeys
      && i32[(bd + DICT_VERSION) >> 2] === builtinsVersion)) return nameMissing(rt, fp, name);
  }
}

/** LOAD_GLOBAL / LOAD_NAME's lookup when the globals are a dict subclass and the name is
 * not among its entries: globals[name] (a __missing__ may answer), then the builtins. */
function loadGlobalFromMapping(rt: Runtime, fp: number, globals: Ref, builtins: Ref, name: Ref): Ref {
  const v = A.getItem(rt, globals, name);
  if (v !== NULL) return v;
  if (!errorMatches(rt, rt.exc.KeyError!)) return NULL;
  clearError(rt);
  const b = dictGetStr(rt, builtins, name);
  if (b !== NULL) return newRef(rt, b);
  return nameMissing(rt, fp, name);
}

export function storeGlobal(rt: Runtime, fp: number, name: Ref, v: Ref): number {
  return dictSetItem(rt, rt.i32[fp + FR_GLOBALS] as Ref, name, v);
}

/**
 * Whether a slice whose budget is used up ends before the instruction at `ip` (vm/eval.ts,
 * "Where a slice ends"): CPython 3.11's eval-breaker points. RESUME; a backward jump
 * (JUMP_BACKWARD; a conditional jump to an earlier instruction, which ends a `while` loop,
 * also as the second half of a compare-and-jump superinstruction); the instruction after a
 * call. Not JUMP_BACKWARD_NO_INTERRUPT (yield from, await), as in CPython.
 */
export function isSwitchPoint(i32: Int32Array, code: number, ip: number): boolean {
  const word = i32[code + ip]!;
  switch (word & 0xff) {
    case Op.RESUME:
    case Op.JUMP_BACKWARD:
      return true;
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE:
    case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_IF_NOT_NONE:
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP:
      return word >>> 8 <= ip;
    case Op.COMPARE_OP__POP_JUMP_IF_FALSE:
    case Op.COMPARE_OP__POP_JUMP_IF_TRUE:
      return i32[code + ip + 1]! >>> 8 <= ip;
  }
  if (ip === 0) return true;
  const previous = i32[code + ip - 1]! & 0xff;
  return previous === Op.CALL || previous === Op.CALL_KW || previous === Op.CALL_FUNCTION_EX;
}

/**
 * STORE_NAME / STORE_GLOBAL into the globals dict `d` when the instruction's cache missed
 * (vm/eval.ts): the store, then the cache names the name's entry, [1, keys block, entry,
 * 0] (LOAD_GLOBAL's shape), for the next store to replace the value in place.
 */
export function storeGlobalMiss(rt: Runtime, d: Ref, name: Ref, v: Ref, cw: number): number {
  if (dictSetItem(rt, d, name, v) < 0) return -1;
  const ix = dictFindStrEntry(rt, d, name);
  if (ix >= 0) cacheGlobalsEntry(rt.i32, cw, rt.i32[(d + DICT_KEYS) >> 2]!, ix);
  return 0;
}

/** The globals-dict shape of a LOAD_GLOBAL / STORE_NAME / STORE_GLOBAL cache: the name is
 * entry `ix` of keys block `kref` (a dict's DICT_KEYS word), [1, kref, ix, 0]. */
function cacheGlobalsEntry(i32: Int32Array, cw: number, kref: number, ix: number): void {
  i32[cw] = 1;
  i32[cw + 1] = kref;
  i32[cw + 2] = ix;
}

export function deleteGlobal(rt: Runtime, fp: number, name: Ref): number {
  const r = dictDelItem(rt, rt.i32[fp + FR_GLOBALS] as Ref, name);
  if (r === 0) nameError(rt, fp, name);
  return r <= 0 ? -1 : 0;
}

export function makeCell(rt: Runtime, v: Ref): Ref {
  return cellNew(rt, v);
}

export function copyFreeVars(rt: Runtime, fp: number, n: number): void {
  const i32 = rt.i32;
  const func = i32[fp + FR_FUNC] as Ref;
  const closure = i32[(func + FN_CLOSURE) >> 2] as Ref;
  const code = i32[fp + FR_CODE]!;
  const nlp = i32[(code + CO_NLOCALSPLUS) >> 2]!;
  const lp = fp + FRAME_HEADER_WORDS;
  for (let i = 0; i < n; i++) {
    const c = tupleItem(rt, closure, i);
    incref(rt, c);
    i32[lp + nlp - n + i] = c;
  }
}

export function loadClassDeref(rt: Runtime, fp: number, code: Ref, slot: number): Ref {
  const i32 = rt.i32;
  const locals = i32[fp + FR_LOCALS] as Ref;
  const name = tupleItem(rt, i32[(code + CO_LPNAMES) >> 2] as Ref, slot);
  if (locals !== 0) {
    const v = dictGetStr(rt, locals, name);
    if (v !== NULL) return newRef(rt, v);
  }
  const cell = i32[fp + FRAME_HEADER_WORDS + slot]!;
  const v = i32[(cell + CELL_REF) >> 2]!;
  if (v === 0) {
    unboundDeref(rt, code, slot);
    return NULL;
  }
  return newRef(rt, v as Ref);
}

/**
 * LOAD_METHOD: writes [meth, owner] (a function or method descriptor found on the type,
 * unbound; the owner's stack reference moves to slot+1) or [NULL, attr] (the owner's
 * reference is dropped) into stack words slot, slot+1. 0, or -1 on error.
 */
export function loadMethod(rt: Runtime, owner: Ref, name: Ref, slot: number): number {
  const t = typeOf(rt, owner);
  const ok = kindOf(rt, owner);
  if (ok !== Kind.TYPE && ok !== Kind.MODULE && ok !== Kind.SUPER && (rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HAS_GETATTRIBUTE) === 0) {
    const d = typeLookup(rt, t, name);
    if (d !== NULL) {
      const k = kindOf(rt, d);
      // object's generic dunders are shadowed by a built-in type's slot wrappers: getAttr
      if (k === Kind.FUNCTION || (k === Kind.METHOD_DESCRIPTOR && (rt.i32[(d + MD_TYPE) >> 2] !== rt.tObject || ok === Kind.OBJECT))) {
        const inst = A.instanceDict(rt, owner, false);
        if (inst === NULL || dictGetStr(rt, inst, name) === NULL) {
          incref(rt, d);
          rt.i32[slot] = d;
          rt.i32[slot + 1] = owner;
          return 0;
        }
      }
    }
  }
  const v = A.getAttr(rt, owner, name);
  if (v === NULL) return -1;
  rt.i32[slot] = 0;
  rt.i32[slot + 1] = v;
  decref(rt, owner);
  return 0;
}

// ------------------------------------------------------------------ slices

/**
 * `seq[lo:hi]` for BUILD_SLICE 2 directly followed by BINARY_SUBSCR (CPython 3.12's
 * BINARY_SLICE, done at run time so that the bytecode stays 3.11's): for an exact str
 * without surrogate pairs, tuple or list (not while executors run in parallel: a list's
 * items are read under its lock there) and bounds that are small ints or None, the result
 * is made without the slice object, as the sequence's own slicing makes it (str: s[:] of an
 * exact str is s, one latin-1 character the shared one; tuple: t[:] is t). NULL when the
 * case does not apply: nothing consumed, the generic way runs. New reference.
 */
export function sliceDirect(rt: Runtime, seq: Ref, lo: Ref, hi: Ref, noGil: boolean): Ref {
  const None = rt.None;
  if ((seq & 1) !== 0 || ((lo & 1) === 0 && lo !== None) || ((hi & 1) === 0 && hi !== None)) return NULL;
  const i32 = rt.i32;
  const t = i32[seq >> 2]!;
  let n: number;
  if (t === rt.tStr) {
    n = strLen(rt, seq);
    if (strCodePointLen(rt, seq) !== n) return NULL;
  } else if (t === rt.tTuple) {
    n = tupleSize(rt, seq);
  } else if (t === rt.tList && !noGil) {
    n = listSize(rt, seq);
  } else {
    return NULL;
  }
  // PySlice_AdjustIndices for step 1
  let a = lo === None ? 0 : lo >> 1;
  if (a < 0) {
    a += n;
    if (a < 0) a = 0;
  } else if (a > n) a = n;
  let b = hi === None ? n : hi >> 1;
  if (b < 0) {
    b += n;
    if (b < 0) b = 0;
  } else if (b > n) b = n;
  if (b < a) b = a;
  if (t === rt.tStr) return strUnitSlice(rt, seq, a, b);
  if (t === rt.tTuple) {
    if (a === 0 && b === n) return newRef(rt, seq);
    const r = tupleNew(rt, b - a);
    const from = (seq >> 2) + TUPLE_ITEMS_WORD;
    const to = (r >> 2) + TUPLE_ITEMS_WORD;
    for (let i = a; i < b; i++) {
      const v = i32[from + i]!;
      incref(rt, v as Ref);
      i32[to + i - a] = v;
    }
    return r;
  }
  const r = listNew(rt, b - a);
  const from = listItemsWord(rt, seq);
  const to = listItemsWord(rt, r);
  for (let i = a; i < b; i++) {
    const v = i32[from + i]!;
    incref(rt, v as Ref);
    i32[to + i - a] = v;
  }
  i32[(r + LIST_SIZE) >> 2] = b - a;
  return r;
}

// ------------------------------------------------------------------ builders

/** Builds a tuple from n stack words starting at `base` (references move). */
export function buildTuple(rt: Runtime, base: number, n: number): Ref {
  const t = tupleNew(rt, n);
  const i32 = rt.i32;
  for (let i = 0; i < n; i++) i32[(t >> 2) + TUPLE_ITEMS_WORD + i] = i32[base + i]!;
  return t;
}

export function buildList(rt: Runtime, base: number, n: number): Ref {
  const l = listNew(rt, n);
  const i32 = rt.i32;
  const w = listItemsWord(rt, l);
  for (let i = 0; i < n; i++) i32[w + i] = i32[base + i]!;
  i32[(l + LIST_SIZE) >> 2] = n;
  return l;
}

export function buildSet(rt: Runtime, base: number, n: number): Ref {
  const s = setNew(rt, false);
  const i32 = rt.i32;
  for (let i = 0; i < n; i++) {
    if (setAddImpl(rt, s, i32[base + i] as Ref) < 0) {
      decref(rt, s);
      return NULL;
    }
  }
  for (let i = 0; i < n; i++) decref(rt, i32[base + i]!);
  return s;
}

export function buildMap(rt: Runtime, base: number, n: number): Ref {
  const d = dictNew(rt);
  const i32 = rt.i32;
  if (n > 0) i32[(d + DICT_VERSION) >> 2] = DICT_DISPLAY_VERSION; // ({} and a comprehension's start: not a display)
  for (let i = 0; i < n; i++) {
    if (dictSetItem(rt, d, i32[base + 2 * i] as Ref, i32[base + 2 * i + 1] as Ref) < 0) {
      decref(rt, d);
      return NULL;
    }
  }
  for (let i = 0; i < 2 * n; i++) decref(rt, i32[base + i]!);
  return d;
}

export function buildConstKeyMap(rt: Runtime, base: number, n: number): Ref {
  const d = dictNew(rt);
  const i32 = rt.i32;
  i32[(d + DICT_VERSION) >> 2] = DICT_DISPLAY_VERSION;
  const keys = i32[base + n] as Ref;
  for (let i = 0; i < n; i++) {
    if (dictSetItem(rt, d, tupleItem(rt, keys, i), i32[base + i] as Ref) < 0) {
      decref(rt, d);
      return NULL;
    }
  }
  for (let i = 0; i <= n; i++) decref(rt, i32[base + i]!);
  return d;
}

export function buildString(rt: Runtime, base: number, n: number): Ref {
  const i32 = rt.i32;
  let total = 0;
  for (let i = 0; i < n; i++) total += strLen(rt, i32[base + i] as Ref);
  const r = strAlloc(rt, total);
  let at = strUnits(r);
  for (let i = 0; i < n; i++) {
    const s = i32[base + i] as Ref;
    const len = strLen(rt, s);
    copyUnits(rt.u16, at, strUnits(s), len);
    at += len;
    decref(rt, s);
  }
  return r;
}

export function listAppendSteal(rt: Runtime, l: Ref, v: Ref): void {
  listAppendStealImpl(rt, l, v);
}

export function setAdd(rt: Runtime, s: Ref, v: Ref): number {
  return setAddImpl(rt, s, v);
}

/** SET_UPDATE: CPython's set_update_internal (its order and table size, objects/setops.ts). */
export function setUpdate(rt: Runtime, s: Ref, v: Ref): number {
  return setUpdateInternal(rt, s, v);
}

/** DICT_MERGE's TypeError for a keyword given twice (k a key of the merged mapping). */
function raiseMultipleValues(rt: Runtime, func: Ref, k: Ref): void {
  if (kindOf(rt, k) === Kind.STR) raiseTypeError(rt, `${funcDesc(rt, func)} got multiple values for keyword argument '${strToJS(rt, k)}'`);
  else raiseTypeError(rt, `${funcDesc(rt, func)} keywords must be strings`);
}

export function dictUpdate(rt: Runtime, d: Ref, v: Ref, merge: boolean, func: Ref): number {
  if (!A.dictMergesDirectly(rt, v)) {
    const keysName = A.internName(rt, 'keys');
    const keysFn = A.getAttrOptional(rt, v, keysName);
    if (keysFn === NULL) {
      if (!errOccurred(rt)) {
        if (merge) raiseTypeError(rt, `${funcDesc(rt, func)} argument after ** must be a mapping, not ${A.typeNameOf(rt, v)}`);
        else raiseTypeError(rt, `'${A.typeNameOf(rt, v)}' object is not a mapping`);
      }
      return -1;
    }
    const keys = call0(rt, keysFn);
    decref(rt, keysFn);
    if (keys === NULL) return -1;
    const list = A.listFromIterable(rt, keys);
    decref(rt, keys);
    if (list === NULL) return -1;
    for (let i = 0; i < listSize(rt, list); i++) {
      const k = rt.i32[listItemsWord(rt, list) + i] as Ref;
      if (merge) {
        const c = dictContains(rt, d, k);
        if (c !== 0) {
          if (c > 0) raiseMultipleValues(rt, func, k);
          decref(rt, list);
          return -1;
        }
      }
      const val = A.getItem(rt, v, k);
      if (val === NULL || dictSetItem(rt, d, k, val) < 0) {
        decref(rt, val);
        decref(rt, list);
        return -1;
      }
      decref(rt, val);
    }
    decref(rt, list);
    return 0;
  }
  if (merge) {
    for (let ix = dictNextEntry(rt, v, 0); ix >= 0; ix = dictNextEntry(rt, v, ix + 1)) {
      const k = dictEntryKey(rt, v, ix);
      const c = dictContains(rt, d, k);
      if (c < 0) return -1;
      if (c > 0) {
        raiseMultipleValues(rt, func, k);
        return -1;
      }
      if (dictSetItem(rt, d, k, dictEntryValue(rt, v, ix)) < 0) return -1;
    }
    return 0;
  }
  return dictMergeDict(rt, d, v);
}

function funcDesc(rt: Runtime, f: Ref): string {
  if (f !== NULL && kindOf(rt, f) === Kind.FUNCTION) {
    // CPython's _PyObject_FunctionStr: module.qualname() unless the module is builtins
    const mod = rt.i32[(f + 52) >> 2] as Ref;
    const m = mod !== 0 && kindOf(rt, mod) === Kind.STR ? strToJS(rt, mod) : '';
    const q = strToJS(rt, rt.i32[(f + 32) >> 2] as Ref);
    return m && m !== 'builtins' ? `${m}.${q}()` : `${q}()`;
  }
  if (f !== NULL && kindOf(rt, f) === Kind.TYPE) {
    const mod = A.moduleNameOfType(rt, f) ?? 'builtins';
    const q = strToJS(rt, rt.i32[(f + TP_QUALNAME) >> 2] as Ref || rt.i32[(f + TP_NAME) >> 2] as Ref);
    return mod !== 'builtins' ? `${mod}.${q}()` : `${q}()`;
  }
  if (f !== NULL && kindOf(rt, f) === Kind.BOUND_METHOD) return funcDesc(rt, rt.i32[(f + BM_FUNC) >> 2] as Ref);
  if (f !== NULL && kindOf(rt, f) === Kind.METHOD_DESCRIPTOR) {
    return `${typeName(rt, rt.i32[(f + MD_TYPE) >> 2] as Ref)}.${strToJS(rt, rt.i32[(f + MD_NAME) >> 2] as Ref)}()`;
  }
  if (f !== NULL && kindOf(rt, f) === Kind.BUILTIN_FUNCTION) {
    const name = strToJS(rt, rt.i32[(f + BF_NAME) >> 2] as Ref);
    const self = rt.i32[(f + BF_SELF) >> 2] as Ref;
    if (self === 0) return `${name}()`;
    if (kindOf(rt, self) === Kind.MODULE) {
      const m = strToJS(rt, rt.i32[(self + MOD_NAME) >> 2] as Ref);
      return m !== 'builtins' ? `${m}.${name}()` : `${name}()`;
    }
    const owner = rt.i32[(f + BF_OWNER) >> 2] as Ref;
    return owner !== 0 ? `${typeName(rt, owner)}.${name}()` : `${name}()`;
  }
  return 'function';
}

export { listToTuple } from '../objects/abstract.js';

/**
 * FOR_ITER followed by UNPACK_SEQUENCE 2 (vm/eval.ts), under the GIL: for an enumerate
 * over a list iterator whose count is a small int, a zip of two list iterators, or a
 * dict's items iterator (`for k, v in d.items()`), when the next pair exists, pushes its
 * two items at `sp` as the unpack would leave them (the first on top) and returns the new
 * sp; 0 when not handled here (the generic next, then the unpack, take it: exhaustion,
 * other sources, a count beyond the tagged range). The pair's tuple, never seen by Python
 * code, is not made.
 */
export function forIterPair(rt: Runtime, it: Ref, kind: number, sp: number): number {
  const i32 = rt.i32;
  if (kind === Kind.ENUMERATE) {
    const src = i32[(it + IT_SEQ) >> 2]!;
    const count = i32[(it + IT_AUX) >> 2]!;
    if ((count & 1) !== 1 || count >= 0x7ffffffd) return 0;
    let item: number;
    if (listIterHasNext(rt, src as Ref)) item = listIterTake(rt, src as Ref);
    else if ((item = enumerateSourceTake(rt, src)) === 0) return 0;
    i32[(it + IT_AUX) >> 2] = count + 2; // count + 1, tagged
    i32[sp] = item;
    i32[sp + 1] = count;
    return sp + 2;
  }
  if (kind === Kind.DICT_ITEMITER) {
    // as iter.ts iterNextBuiltin's checks: a change of size or keys is the generic next's
    const d = i32[(it + IT_SEQ) >> 2]! as Ref;
    const pos = i32[(it + IT_INDEX) >> 2]!;
    if (d === 0 || pos === DICT_ITER_EXHAUSTED || dictSize(rt, d) !== i32[(it + IT_AUX) >> 2] || i32[(it + IT_ODICT_STATE) >> 2] !== 0) return 0;
    const ix = dictNextEntry(rt, d, pos);
    const left = i32[(it + IT_DICT_LEN) >> 2]!;
    if (ix < 0 || left <= 0) return 0;
    i32[(it + IT_DICT_LEN) >> 2] = left - 1;
    i32[(it + IT_INDEX) >> 2] = ix + 1;
    const k = dictEntryKey(rt, d, ix), v = dictEntryValue(rt, d, ix);
    incref(rt, k);
    incref(rt, v);
    i32[sp] = v;
    i32[sp + 1] = k;
    return sp + 2;
  }
  const seq = i32[(it + IT_SEQ) >> 2]!;
  if (seq === 0 || tupleSize(rt, seq as Ref) !== 2) return 0;
  const s0 = tupleItem(rt, seq as Ref, 0), s1 = tupleItem(rt, seq as Ref, 1);
  if (!listIterHasNext(rt, s0) || !listIterHasNext(rt, s1)) return 0;
  const a = listIterTake(rt, s0);
  i32[sp] = listIterTake(rt, s1);
  i32[sp + 1] = a;
  return sp + 2;
}

/** Whether `it` (any ref) is a list iterator with an item left. */
function listIterHasNext(rt: Runtime, it: Ref): boolean {
  const i32 = rt.i32;
  if ((it & 1) !== 0 || it === 0 || i32[(i32[it >> 2]! + TP_KIND) >> 2] !== Kind.LIST_ITER) return false;
  const l = i32[(it + IT_SEQ) >> 2]!;
  return l !== 0 && i32[(it + IT_INDEX) >> 2]! < i32[(l + LIST_SIZE) >> 2]!;
}

/**
 * The next item (new reference) of enumerate's source when it is a tuple iterator with an
 * item left, or a str iterator whose next character is latin-1 (the shared one-character
 * strs, as iter.ts iterNextBuiltin gives them); else 0, and the generic next runs:
 * `for i, c in enumerate(s)` without a tuple per character.
 */
function enumerateSourceTake(rt: Runtime, src: number): number {
  const i32 = rt.i32;
  if ((src & 1) !== 0 || src === 0) return 0;
  const kind = i32[(i32[src >> 2]! + TP_KIND) >> 2]!;
  const seq = i32[(src + IT_SEQ) >> 2]!;
  if (seq === 0) return 0;
  const idx = i32[(src + IT_INDEX) >> 2]!;
  if (kind === Kind.STR_ITER) {
    if (idx >= strLen(rt, seq as Ref)) return 0;
    const c = rt.u16[strUnits(seq as Ref) + idx]!;
    if (c >= 256) return 0;
    i32[(src + IT_INDEX) >> 2] = idx + 1;
    return rt.latin1Chars[c]!;
  }
  if (kind === Kind.TUPLE_ITER) {
    if (idx >= tupleSize(rt, seq as Ref)) return 0;
    i32[(src + IT_INDEX) >> 2] = idx + 1;
    const v = tupleItem(rt, seq as Ref, idx);
    incref(rt, v);
    return v;
  }
  return 0;
}

/** The next item (new reference) of a list iterator that listIterHasNext said has one. */
function listIterTake(rt: Runtime, it: Ref): number {
  const i32 = rt.i32;
  const l = i32[(it + IT_SEQ) >> 2]!;
  const idx = i32[(it + IT_INDEX) >> 2]!;
  i32[(it + IT_INDEX) >> 2] = idx + 1;
  const v = i32[listItemsWord(rt, l as Ref) + idx]!;
  incref(rt, v as Ref);
  return v;
}

/** Unpacks exactly n items of seq into stack words dst .. dst+n-1, last item first
 * (so TOS is item 0). 0 / -1. */
export function unpackSequence(rt: Runtime, seq: Ref, n: number, dst: number): number {
  const i32 = rt.i32;
  const k = kindOf(rt, seq);
  if ((k === Kind.TUPLE || k === Kind.LIST) && iteratesAsBuiltin(rt, seq, k)) {
    const size = k === Kind.TUPLE ? tupleSize(rt, seq) : listSize(rt, seq);
    if (size !== n) {
      if (size < n) raiseValueError(rt, `not enough values to unpack (expected ${n}, got ${size})`);
      else raiseValueError(rt, `too many values to unpack (expected ${n})`);
      return -1;
    }
    const w = k === Kind.TUPLE ? (seq >> 2) + TUPLE_ITEMS_WORD : listItemsWord(rt, seq);
    for (let i = 0; i < n; i++) {
      const v = i32[w + i]!;
      incref(rt, v);
      i32[dst + n - 1 - i] = v;
    }
    return 0;
  }
  const it = unpackIter(rt, seq);
  if (it === NULL) return -1;
  const items = A.listFromIterable(rt, it);
  decref(rt, it);
  if (items === NULL) return -1;
  const size = listSize(rt, items);
  if (size !== n) {
    decref(rt, items);
    if (size < n) raiseValueError(rt, `not enough values to unpack (expected ${n}, got ${size})`);
    else raiseValueError(rt, `too many values to unpack (expected ${n})`);
    return -1;
  }
  const w = listItemsWord(rt, items);
  for (let i = 0; i < n; i++) {
    const v = i32[w + i]!;
    incref(rt, v);
    i32[dst + n - 1 - i] = v;
  }
  decref(rt, items);
  return 0;
}

/**
 * iter(seq) for an unpacking; an object that is neither iterable nor a sequence (no
 * __iter__, no __getitem__: CPython's tp_iter == NULL && !PySequence_Check) is
 * "cannot unpack non-iterable X object".
 */
function unpackIter(rt: Runtime, seq: Ref): Ref {
  const it = A.getIter(rt, seq);
  if (it === NULL && errorMatches(rt, rt.exc.TypeError!)) {
    const t = typeOf(rt, seq);
    const heap = A.isHeapTypeObj(rt, seq);
    if (!heap || (typeLookup(rt, t, rt.names.__iter__) === NULL && typeLookup(rt, t, rt.names.__getitem__) === NULL)) {
      clearError(rt);
      raiseTypeError(rt, `cannot unpack non-iterable ${A.typeNameOf(rt, seq)} object`);
    }
  }
  return it;
}

export function unpackEx(rt: Runtime, seq: Ref, before: number, after: number, dst: number): number {
  const sk = kindOf(rt, seq);
  let items: Ref;
  if (sk === Kind.LIST || sk === Kind.TUPLE) items = A.listFromIterable(rt, seq);
  else {
    const it = unpackIter(rt, seq);
    if (it === NULL) return -1;
    items = A.listFromIterable(rt, it);
    decref(rt, it);
  }
  if (items === NULL) return -1;
  const size = listSize(rt, items);
  if (size < before + after) {
    decref(rt, items);
    raiseValueError(rt, `not enough values to unpack (expected at least ${before + after}, got ${size})`);
    return -1;
  }
  const i32 = rt.i32;
  const w = listItemsWord(rt, items);
  const total = before + after + 1;
  // stack order: TOS = first item
  for (let i = 0; i < before; i++) {
    const v = i32[w + i]!;
    incref(rt, v);
    i32[dst + total - 1 - i] = v;
  }
  const mid = listNew(rt, size - before - after);
  for (let i = before; i < size - after; i++) {
    const v = i32[listItemsWord(rt, items) + i]! as Ref;
    incref(rt, v);
    listAppendStealImpl(rt, mid, v);
  }
  i32[dst + total - 1 - before] = mid;
  for (let j = 0; j < after; j++) {
    const v = i32[listItemsWord(rt, items) + size - after + j]!;
    incref(rt, v);
    i32[dst + after - 1 - j] = v;
  }
  decref(rt, items);
  return 0;
}

// ------------------------------------------------------------------ calls and frames

/** Drops the references of a finished CALL's stack words [base, sp) and kwnames. */
export function releaseCallArgs(rt: Runtime, base: number, sp: number, kwnames: Ref): void {
  const i32 = rt.i32;
  for (let p = base; p < sp; p++) {
    const v = i32[p]!;
    if (v !== 0) decref(rt, v);
  }
  decref(rt, kwnames);
}

/** Releases a returning/failing frame's contents (not the data-stack words). */
export function frameRelease(rt: Runtime, fp: number): void {
  frameDiscardContents(rt, fp);
}

/**
 * A frame the exception being raised leaves (no handler in it): its local variables move
 * into the exception's newest traceback entry, the frame's own (TB_LOCALS,
 * objects/exceptions.ts), where CPython's traceback keeps its frame and so its locals
 * alive until the exception is cleared; the rest of the frame is released as
 * frameRelease does.
 */
export function frameReleaseIntoTraceback(rt: Runtime, fp: number): void {
  frameLocalsIntoTraceback(rt, fp); // objects/exceptions.ts
  frameDiscardContents(rt, fp);
}

export function initReturnedNonNone(rt: Runtime, retval: Ref): void {
  raiseTypeError(rt, `__init__() should return None, not '${A.typeNameOf(rt, retval)}'`);
}

/** MAKE_FUNCTION: pops code and the flagged extras, pushes the function. Returns new sp. */
export function makeFunction(rt: Runtime, fp: number, sp: number, flags: number): number {
  const i32 = rt.i32;
  const code = i32[--sp] as Ref;
  const f = functionNew(rt, code, i32[fp + FR_GLOBALS] as Ref, i32[fp + FR_BUILTINS] as Ref);
  if (flags & 8) i32[(f + FN_CLOSURE) >> 2] = i32[--sp]!;
  if (flags & 4) i32[(f + FN_ANNOTATIONS) >> 2] = i32[--sp]!;
  if (flags & 2) i32[(f + FN_KWDEFAULTS) >> 2] = i32[--sp]!;
  if (flags & 1) i32[(f + FN_DEFAULTS) >> 2] = i32[--sp]!;
  i32[sp++] = f;
  return sp;
}

/**
 * The Python function that calling `obj` runs with obj as self: the `__call__` of an
 * instance of a class, when it is a plain Python function (borrowed), else NULL. CALL and
 * CALL_FUNCTION_EX then run it as a method, in the caller's eval loop: a class used as a
 * decorator (a memoizer, a call counter) or a callable object (an interpreter's closures)
 * recursing through it is bounded by the recursion limit, as in CPython, and not by the
 * JS stack that callVector's nested eval loops cost (vm/stackguard.ts).
 */
export function pythonCallMethod(rt: Runtime, obj: Ref): Ref {
  const t = typeOf(rt, obj);
  // (functools.partial's and operator's getters' instances are called natively: vm/call.ts)
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & (TPF_HEAPTYPE | TPF_PARTIAL | TPF_GETTER)) !== TPF_HEAPTYPE) return NULL;
  const d = typeLookup(rt, t, rt.names.__call__);
  return d !== NULL && (d & 1) === 0 && kindOf(rt, d) === Kind.FUNCTION ? d : NULL;
}

/**
 * CALL_FUNCTION_EX on a Python function (or a bound method of one, or an instance whose
 * class has a Python __call__) with a tuple or a list and a dict of str keys: its frame,
 * pushed but not linked, so the eval loop runs it inline as CALL does (CPython 3.11
 * inlines these calls too: deep recursion through `f(*args, **kwargs)` wrappers meets the
 * recursion limit, not the nested-loop cap). 0 with an exception set, or -1 for anything
 * else (callFunctionEx, the generic path, handles it).
 */
export function frameForCallEx(rt: Runtime, func: Ref, callargs: Ref, kwargs: Ref): number {
  const i32 = rt.i32;
  if ((func & 1) === 1) return -1;
  // a list or tuple subclass takes the generic way: its __iter__ gives the arguments (and,
  // run by the tuple conversion below, could change kwargs between the two passes over it)
  if ((callargs & 1) === 1 || (i32[callargs >> 2] !== rt.tList && i32[callargs >> 2] !== rt.tTuple)
    || (kwargs !== NULL && kindOf(rt, kwargs) !== Kind.DICT)) return -1;
  const argsKind = i32[callargs >> 2] === rt.tList ? Kind.LIST : Kind.TUPLE;
  let fn = func;
  let self: Ref = NULL;
  const fk = kindOf(rt, func);
  if (fk === Kind.BOUND_METHOD) {
    fn = i32[(func + BM_FUNC) >> 2] as Ref;
    self = i32[(func + BM_SELF) >> 2] as Ref;
    if ((fn & 1) === 1 || kindOf(rt, fn) !== Kind.FUNCTION) return -1;
  } else if (fk !== Kind.FUNCTION) {
    fn = pythonCallMethod(rt, func);
    if (fn === NULL) return -1;
    self = func;
  }
  const tpcall = self === func; // an instance's __call__: two recursion levels (vm/frame.ts)
  // the keywords: counted (all str keys, else the generic call) and, below, copied from the
  // dict in one more pass (nothing between the passes runs Python code); no JS arrays,
  // which were 80 MB of JS garbage in a run of closures.py's `f(*args, **kwargs)` wrappers
  let nkw = 0;
  if (kwargs !== NULL) {
    for (let ix = dictNextEntry(rt, kwargs, 0); ix >= 0; ix = dictNextEntry(rt, kwargs, ix + 1)) {
      if (kindOf(rt, dictEntryKey(rt, kwargs, ix)) !== Kind.STR) return -1;
      nkw++;
    }
  }
  if (i32[(rt.ts + TS_DEPTH) >> 2]! + (tpcall ? 1 : 0) >= rt.recursionLimit) {
    raiseRecursion(rt, tpcall && i32[(rt.ts + TS_DEPTH) >> 2]! >= rt.recursionLimit);
    return 0;
  }
  // f(*a_list): the list's items as a tuple, as CPython's CALL_FUNCTION_EX makes one
  const items = argsKind === Kind.LIST ? A.tupleFromIterable(rt, callargs) : callargs;
  if (items === NULL) return 0;
  const np = tupleSize(rt, items);
  const n = (self !== NULL ? 1 : 0) + np + nkw;
  const w = dataStackPush(rt, n);
  let at = w;
  if (self !== NULL) i32[at++] = self;
  for (let i = 0; i < np; i++) i32[at++] = tupleItem(rt, items, i);
  let kwnames: Ref = NULL;
  if (nkw > 0) {
    kwnames = tupleNew(rt, nkw);
    let j = 0;
    for (let ix = dictNextEntry(rt, kwargs, 0); ix >= 0; ix = dictNextEntry(rt, kwargs, ix + 1)) {
      const k = dictEntryKey(rt, kwargs, ix);
      incref(rt, k);
      tupleSetItemSteal(rt, kwnames, j++, k);
      i32[at++] = dictEntryValue(rt, kwargs, ix);
    }
  }
  let newFp = frameForCall(rt, fn, w, n, kwnames);
  if (kwnames !== NULL) decref(rt, kwnames);
  if (items !== callargs) decref(rt, items);
  if (newFp === 0) {
    dataStackPop(rt, w);
    return 0;
  }
  // the frame sits above the argument words: move it down over them (as CALL's __init__
  // path does; in a new data-stack chunk they are reclaimed when the caller's frame pops)
  if (newFp === w + n) {
    const words = i32[(i32[newFp + FR_CODE]! + CO_FRAMEWORDS) >> 2]!;
    for (let i = 0; i < words; i++) i32[w + i] = i32[newFp + i]!; // down: a forward copy is safe
    i32[(rt.ts + TS_DS_TOP) >> 2] = w + words;
    newFp = w;
  }
  if (tpcall) i32[newFp + FR_FLAGS]! |= FRF_TPCALL;
  return newFp;
}

/**
 * CPython 3.11's recursion check on built-in calls. Its CALL specialisations for builtin
 * functions and methods call _Py_EnterRecursiveCall(" while calling a Python object") for
 * the METH_O and METH_NOARGS kinds and the generic path does for METH_VARARGS, while the
 * METH_FASTCALL kinds (and the specialised len, isinstance, list.append) skip it. So when a
 * recursion's deepest frame calls a built-in, whether the RecursionError comes there (with
 * that message) or at the next Python call depends on the built-in's calling convention,
 * which gilvm's natives do not have: these tables give it for the common ones.
 *
 * Built-in functions: the ones modules/builtins.ts defines with defCharged (abs, repr,
 * min, max, hash...) check the limit themselves on entry and hold the level while they
 * run; this table adds the others that CPython checks, with how deep the call goes in C
 * before it can return: print() 2 (its file.write is a second checked call, one level
 * more than its own defCharged entry), the rest 1 (sorted charges its list.sort call's level
 * itself, after it has built the list, as CPython's). Methods (descriptors, and bound methods
 * of objects) check unless listed as METH_FASTCALL.
 */
const CHECKED_BUILTINS: ReadonlyMap<string, number> = new Map([
  ['print', 2], ['bin', 1], ['hex', 1], ['oct', 1], ['globals', 1], ['locals', 1], ['input', 1],
  ['round', 1], ['getrecursionlimit', 1], ['getswitchinterval', 1], ['exit', 1],
]);
const FASTCALL_METHODS: ReadonlySet<string> = new Set([
  'pop', 'insert', 'index', 'sort', 'get', 'setdefault', 'split', 'rsplit', 'strip', 'lstrip',
  'rstrip', 'replace', 'encode', 'decode', 'expandtabs', 'splitlines', 'center', 'ljust',
  'rjust', 'to_bytes', 'from_bytes', 'rotate', 'fromkeys', 'removeprefix', 'removesuffix',
]);

/**
 * CALL of a built-in (ckind BUILTIN_FUNCTION or METHOD_DESCRIPTOR) once TS_DEPTH is within
 * two levels of the limit (the caller checks that first, so this runs only there): true,
 * with RecursionError set, when CPython 3.11 would raise on this call (see above).
 */
export function builtinCallAtRecursionLimit(rt: Runtime, callable: Ref, ckind: number): boolean {
  const i32 = rt.i32;
  let levels = 0;
  if (ckind === Kind.BUILTIN_FUNCTION) {
    const name = NATIVE_TABLE[i32[(callable + BF_INDEX) >> 2]!]!.name;
    if (isModuleFunction(rt, callable)) levels = CHECKED_BUILTINS.get(name) ?? 0;
    else levels = FASTCALL_METHODS.has(name) ? 0 : 1; // a bound method: as its descriptor
  } else if (ckind === Kind.METHOD_DESCRIPTOR) {
    const name = NATIVE_TABLE[i32[(callable + MD_INDEX) >> 2]!]!.name;
    const listAppend = name === 'append' && i32[(callable + MD_TYPE) >> 2] === rt.tList;
    levels = listAppend || FASTCALL_METHODS.has(name) ? 0 : 1;
  }
  if (levels === 0 || i32[(rt.ts + TS_DEPTH) >> 2]! + levels - 1 < rt.recursionLimit) return false;
  raiseRecursion(rt, true);
  return true;
}

/** CALL_FUNCTION_EX: func(*callargs, **kwargs); non-tuple / non-dict arguments are
 * converted first, with CPython's messages. */
export function callFunctionEx(rt: Runtime, func: Ref, callargs: Ref, kwargs: Ref): Ref {
  let args = callargs;
  // CPython converts all but an exact tuple (a tuple subclass's __iter__ gives the arguments)
  if ((args & 1) === 1 || rt.i32[args >> 2] !== rt.tTuple) {
    args = A.tupleFromIterable(rt, callargs);
    if (args === NULL) {
      // CPython's message when callargs has no iteration protocol at all (its check comes
      // before the iteration); an error raised while iterating it propagates as it is
      if (errorMatches(rt, rt.exc.TypeError!) && !hasIterProtocol(rt, callargs)) {
        clearError(rt);
        raiseTypeError(rt, `${funcDesc(rt, func)} argument after * must be an iterable, not ${A.typeNameOf(rt, callargs)}`);
      }
      return NULL;
    }
  } else incref(rt, args);
  let kw = kwargs;
  if (kw !== NULL && kindOf(rt, kw) !== Kind.DICT) {
    kw = dictNew(rt);
    if (dictUpdate(rt, kw, kwargs, true, func) < 0) {
      decref(rt, kw);
      decref(rt, args);
      return NULL;
    }
  } else incref(rt, kw);
  // a built-in given the instruction's own tuple and dict (nothing was converted, so a
  // re-execution calls it with the same arguments), from the outermost eval loop
  const direct = args === callargs && kw === kwargs && (func & 1) === 0 && kindOf(rt, func) === Kind.BUILTIN_FUNCTION &&
    rt.i32[(rt.ts + TS_NESTED) >> 2] === 0;
  const self = direct && !isModuleFunction(rt, func) ? (rt.i32[(func + BF_SELF) >> 2] as Ref) : NULL;
  const r = callWithTupleDict(rt, func, self, args, kw, direct);
  decref(rt, args);
  decref(rt, kw);
  return r;
}

// ------------------------------------------------------------------ generators

export function makeGenerator(rt: Runtime, fp: number): Ref {
  return generatorNew(rt, fp);
}

export function generatorEnter(rt: Runtime, gen: Ref, value: Ref): number {
  return genEnter(rt, gen, value);
}

export function generatorSuspend(rt: Runtime, fp: number): void {
  genSuspend(rt, fp);
}

export function generatorReturn(rt: Runtime, fp: number): void {
  generatorFinish(rt, fp);
}

export function generatorFailed(rt: Runtime, fp: number): void {
  generatorFinish(rt, fp);
}

export function genStoreReturn(rt: Runtime, fp: number, v: Ref): void {
  const gen = rt.i32[fp + FR_GEN]!;
  const old = rt.i32[(gen + GEN_RETVAL) >> 2]!;
  rt.i32[(gen + GEN_RETVAL) >> 2] = v;
  decref(rt, old);
}

export function genRaisedIntoCaller(rt: Runtime): void {
  generatorConvertStopIteration(rt);
}

/** SEND finished: [recv, v] at slot -> [retval]; returns the jump target. */
export function sendFinished(rt: Runtime, slot: number, target: number): number {
  const i32 = rt.i32;
  const recv = i32[slot]!;
  const v = i32[slot + 1]!;
  let r = i32[(recv + GEN_RETVAL) >> 2]!;
  i32[(recv + GEN_RETVAL) >> 2] = 0;
  if (r === 0) r = rt.None;
  i32[slot] = r;
  i32[slot + 1] = 0;
  decref(rt, v);
  decref(rt, recv);
  return target;
}

/** SEND to a non-generator iterator: next(it) or it.send(v). NULL: finished or error. */
export function sendOther(rt: Runtime, recv: Ref, v: Ref): Ref {
  if (v === rt.None) {
    // a class's __next__ ending with StopIteration(value): `yield from` returns the value
    const r = A.iterNextKeepingStop(rt, recv);
    if (r === NULL && !errOccurred(rt)) setRaised(rt, exceptionNewNoArgs(rt, rt.exc.StopIteration!));
    return r;
  }
  const send = A.getAttr(rt, recv, rt.names.send);
  if (send === NULL) return NULL;
  const r = call1(rt, send, v);
  decref(rt, send);
  return r;
}

/** If the raised exception is StopIteration, replaces [recv, v]'s recv with its value
 * and returns true. */
export function takeStopIteration(rt: Runtime, slot: number): boolean {
  if (!errorMatches(rt, rt.exc.StopIteration!)) return false;
  const exc = fetchError(rt);
  const value = stopIterationValue(rt, exc);
  decref(rt, exc);
  const recv = rt.i32[slot]!;
  rt.i32[slot] = value;
  decref(rt, recv);
  return true;
}

export function isStopIteration(rt: Runtime, exc: Ref): boolean {
  return isSubtype(rt, typeOf(rt, exc), rt.exc.StopIteration!);
}

export function stopIterationValue(rt: Runtime, exc: Ref): Ref {
  const args = rt.i32[(exc + EXC_ARGS) >> 2] as Ref;
  return newRef(rt, tupleSize(rt, args) > 0 ? tupleItem(rt, args, 0) : rt.None);
}

export function getYieldFromIter(rt: Runtime, v: Ref): Ref {
  const kind = kindOf(rt, v);
  if (kind === Kind.GENERATOR) return newRef(rt, v);
  if (kind === Kind.COROUTINE) {
    // CPython's GET_YIELD_FROM_ITER: a coroutine only into a @types.coroutine generator
    // (the running frame's code)
    const code = rt.i32[rt.i32[(rt.ts + TS_FRAME) >> 2]! + FR_CODE]!;
    if ((rt.i32[(code + CO_FLAGS) >> 2]! & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) !== 0) return newRef(rt, v);
    return raiseTypeError(rt, "cannot 'yield from' a coroutine object in a non-coroutine generator");
  }
  return A.getIterStepwise(rt, v);
}

// ------------------------------------------------------------------ classes, with, imports

export function loadBuildClass(rt: Runtime, fp: number): Ref {
  const b = dictGetStr(rt, rt.i32[fp + FR_BUILTINS] as Ref, rt.names.__build_class__);
  if (b === NULL) return raiseNameError(rt, '__build_class__ not found');
  return newRef(rt, b);
}

export function setupAnnotations(rt: Runtime, fp: number): number {
  const locals = rt.i32[fp + FR_LOCALS] as Ref;
  if (dictGetStr(rt, locals, rt.names.__annotations__) !== NULL) return 0;
  const d = dictNew(rt);
  const r = dictSetItem(rt, locals, rt.names.__annotations__, d);
  decref(rt, d);
  return r;
}

/** RAISE_VARARGS. Returns 1 for a re-raise (no new traceback entry), 0 otherwise; the
 * exception is set either way. Consumes the n stack words below sp. */
export function doRaise(rt: Runtime, sp: number, n: number): number {
  const i32 = rt.i32;
  if (n === 0) {
    const exc = i32[(rt.ts + TS_EXC_INFO) >> 2]!;
    if (exc === 0 || exc === rt.None) {
      raiseRuntimeError(rt, 'No active exception to reraise');
      return 0;
    }
    incref(rt, exc);
    restoreError(rt, exc as Ref);
    return 1;
  }
  let excArg = i32[sp - n] as Ref;
  const cause = n === 2 ? (i32[sp - 1] as Ref) : NULL;
  let exc = instantiateException(rt, excArg);
  decref(rt, excArg);
  if (exc === NULL) {
    decref(rt, cause);
    return 0;
  }
  if (n === 2) {
    let c: Ref = NULL;
    if (cause !== rt.None) {
      c = instantiateException(rt, cause);
      if (c === NULL) {
        decref(rt, cause);
        decref(rt, exc);
        if (errorMatches(rt, rt.exc.TypeError!)) {
          clearError(rt);
          raiseTypeError(rt, 'exception causes must derive from BaseException');
        }
        return 0;
      }
    }
    decref(rt, cause);
    const old = i32[(exc + EXC_CAUSE) >> 2]!;
    i32[(exc + EXC_CAUSE) >> 2] = c;
    decref(rt, old);
    i32[(exc + EXC_FLAGS) >> 2]! |= EXCF_SUPPRESS_CONTEXT;
  }
  setRaised(rt, exc);
  return 0;
}

/** An exception instance from `raise X` (a class is called with no arguments). */
function instantiateException(rt: Runtime, x: Ref): Ref {
  const k = kindOf(rt, x);
  if (k === Kind.TYPE && (rt.i32[(x + TP_FLAGS) >> 2]! & TPF_EXCEPTION) !== 0) {
    const e = call0(rt, x);
    if (e === NULL) return NULL;
    if (kindOf(rt, e) !== Kind.BASE_EXCEPTION) {
      const msg = `calling ${A.reprJS(rt, x)} should have returned an instance of BaseException, not ${A.typeNameOf(rt, e)}`;
      decref(rt, e);
      return raiseTypeError(rt, msg);
    }
    return e;
  }
  if (k === Kind.BASE_EXCEPTION) return newRef(rt, x);
  return raiseTypeError(rt, 'exceptions must derive from BaseException');
}

/** RERAISE: the exception (stack's reference) becomes the raised one again. */
export function restoreRaised(rt: Runtime, exc: Ref): void {
  restoreError(rt, exc);
}

export function checkExcMatch(rt: Runtime, exc: Ref, type: Ref): number {
  const check = (t: Ref): boolean => kindOf(rt, t) === Kind.TYPE && (rt.i32[(t + TP_FLAGS) >> 2]! & TPF_EXCEPTION) !== 0;
  if (kindOf(rt, type) === Kind.TUPLE) {
    // CPython's check_except_type_valid looks at every entry before matching any
    const n = tupleSize(rt, type);
    for (let i = 0; i < n; i++) {
      if (!check(tupleItem(rt, type, i))) {
        raiseTypeError(rt, 'catching classes that do not inherit from BaseException is not allowed');
        return -1;
      }
    }
    for (let i = 0; i < n; i++) if (isSubtype(rt, typeOf(rt, exc), tupleItem(rt, type, i))) return 1;
    return 0;
  }
  if (!check(type)) {
    raiseTypeError(rt, 'catching classes that do not inherit from BaseException is not allowed');
    return -1;
  }
  return isSubtype(rt, typeOf(rt, exc), type) ? 1 : 0;
}

/**
 * BEFORE_WITH: [mgr] at slot -> [bound __exit__, __enter__()]. 0 / -1. `isAsync`
 * (BEFORE_ASYNC_WITH): __aexit__ and __aenter__() (not yet awaited), with the asynchronous
 * protocol's messages.
 */
export function beforeWith(rt: Runtime, mgr: Ref, slot: number, isAsync = false): number {
  const t = typeOf(rt, mgr);
  const protocol = isAsync ? 'asynchronous context manager protocol' : 'context manager protocol';
  const enter = typeLookup(rt, t, isAsync ? internJS(rt, '__aenter__') : rt.names.__enter__);
  if (enter === NULL) {
    raiseTypeError(rt, `'${typeName(rt, t)}' object does not support the ${protocol}`);
    return -1;
  }
  const exitD = typeLookup(rt, t, isAsync ? internJS(rt, '__aexit__') : rt.names.__exit__);
  if (exitD === NULL) {
    raiseTypeError(rt, `'${typeName(rt, t)}' object does not support the ${protocol} (missed __${isAsync ? 'a' : ''}exit__ method)`);
    return -1;
  }
  const exit = A.bindDescriptor(rt, exitD, mgr, t);
  if (exit === NULL) return -1;
  const r = callWithSelf0(rt, enter, mgr);
  if (r === NULL) {
    decref(rt, exit);
    return -1;
  }
  rt.i32[slot] = exit;
  rt.i32[slot + 1] = r;
  return 0;
}

/** WITH_EXCEPT_START: exit(type(val), val, tb). */
export function withExceptStart(rt: Runtime, exit: Ref, val: Ref): Ref {
  const tb = rt.i32[(val + 24) >> 2] as Ref;
  return call3(rt, exit, typeOf(rt, val), val, tb === 0 ? rt.None : tb);
}


export function importName(rt: Runtime, fp: number, name: Ref, fromlist: Ref, level: Ref): Ref {
  return importModule(rt, name, fromlist, level, rt.i32[fp + FR_GLOBALS] as Ref);
}

export function importFrom(rt: Runtime, mod: Ref, name: Ref): Ref {
  return importFromModule(rt, mod, name);
}

export function importStar(rt: Runtime, fp: number, mod: Ref): number {
  return importStarInto(rt, rt.i32[fp + FR_LOCALS] as Ref, mod);
}

export function formatValue(rt: Runtime, v: Ref, conv: number, spec: Ref): Ref {
  let x = v;
  let owned = false;
  if (conv === 1) { x = A.str(rt, v); owned = true; }
  else if (conv === 2) { x = A.repr(rt, v); owned = true; }
  else if (conv === 3) {
    const r = A.reprJS(rt, v);
    if (r === null) return NULL;
    x = strFromJS(rt, asciiEscape(r));
    owned = true;
  }
  if (x === NULL) return NULL;
  let r: Ref;
  // an exact str with no spec is its own result; a subclass goes through __format__
  if (spec === NULL && typeOf(rt, x) === rt.tStr) r = newRef(rt, x);
  else r = A.format(rt, x, spec === NULL ? rt.emptyStr : spec);
  if (owned) decref(rt, x);
  return r;
}

/** ascii(): non-ASCII characters of a repr as \\x, \\u, \\U escapes. */
export function asciiEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

export function printExpr(rt: Runtime, v: Ref): number {
  if (v === rt.None) return 0;
  // sys.displayhook: builtins._ = None while the repr runs, then the value (the REPL's `_`)
  const underscore = A.internName(rt, '_');
  if (dictSetItem(rt, rt.builtins, underscore, rt.None) < 0) return -1;
  const s = A.reprJS(rt, v);
  if (s === null) return -1;
  rt.writeStdout(s + '\n');
  return dictSetItem(rt, rt.builtins, underscore, v) < 0 ? -1 : 0;
}

// ------------------------------------------------------------------ exceptions

export function unsupportedOpcode(rt: Runtime, op: number): void {
  raiseNew(rt, rt.exc.SystemError!, `unsupported opcode ${op}`);
}

export function raiseMemoryError(rt: Runtime): void {
  rt.i32[(rt.ts + TS_CUREXC) >> 2] = 0;
  let exc: Ref;
  try {
    exc = exceptionNewNoArgs(rt, rt.exc.MemoryError!);
  } catch (e) {
    if (!(e instanceof HeapExhausted)) throw e;
    // not even room for the exception: the one kept in reserve, as if new
    exc = rt.spareMemoryError;
    exceptionClearChain(rt, exc);
  }
  setRaised(rt, exc);
}

export function tracebackHere(rt: Runtime, exc: Ref, code: Ref, lasti: number): void {
  try {
    tbHere(rt, exc, code, lasti, codeLineAt(rt, code, lasti));
  } catch (e) {
    // out of heap memory while a MemoryError propagates: the traceback misses this entry
    // (the exception itself is what matters; CPython also drops entries it cannot allocate)
    if (!(e instanceof HeapExhausted)) throw e;
  }
}

/** The exception-table row (word index) covering instruction `lasti`, or -1. */
export function findHandler(rt: Runtime, code: Ref, lasti: number): number {
  const i32 = rt.i32;
  const w = code >> 2;
  const n = i32[w + (CO_NEXC >> 2)]!;
  const base = w + i32[w + (CO_EXC_WORD >> 2)]!;
  for (let i = 0; i < n; i++) {
    const e = base + i * 5;
    if (i32[e]! <= lasti && lasti < i32[e + 1]!) return e;
  }
  return -1;
}

export { generatorSend, currentError, smallIntRef, floatNew, strFromJS, exceptionNewFromString, TS_CUREXC, FR_SP, callVector, CO_FAST_CELL, dictGetItem };
