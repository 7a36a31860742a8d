/*
 * The abstract object protocol (CPython's Objects/abstract.c and object.c): hashing,
 * equality, rich comparison, truth, repr/str, attributes, iteration, subscripts,
 * arithmetic. Every helper follows the error protocol of vm/errors.ts: a new reference,
 * or NULL with the exception set (ints: -1).
 *
 * Dispatch: built-in kinds are handled by JS code switching on the kind (the per-type
 * "slot" tables of CPython, collapsed into switches: the table is code, the same in
 * every executor). A user class (TPF_HEAPTYPE) is dispatched through its dunder methods,
 * looked up along its MRO; the lookup may find a built-in method descriptor of a base
 * (object.__repr__, BaseException.__str__), which then runs natively. Dunders are called
 * through vm/call.ts, which may run a nested eval loop (see there).
 *
 * Leaf libraries (intmath, formatspec) report Python errors by throwing NumericError;
 * they are called only from the slow paths here, inside `numeric()` which converts the
 * throw into a raised exception.
 */
import { complexHash, complexCompare, complexIsTrue, complexRepr, complexFormat, complexAttr, complexReadonlyAttr, complexBinary, complexUnary } from './complex.js';
import { backslashEscape, bytesData, bytesSize, bytesRepr, bytesHash, bytesGetItem, bytesCompare, bytesContains, bytesConcat, bytesRepeat, bytesMod, bytearraySetItem, bytearrayDelItem } from './bytes.js';
import { NULL, type Ref, smallIntRef, fitsSmallInt } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { incref, decref, newRef } from '../vm/refs.js';
import { objLock, objUnlock } from '../vm/objlock.js';
import { parallelRunning, releaseValue } from '../vm/nogil.js';
import {
  errOccurred, errorMatches, clearError, raiseNew, raiseTypeError, raiseAttributeError,
  raiseZeroDivision, raiseIndexError, raiseKeyError, raiseValueError, fetchError, restoreError, raiseOverflow,
  currentError, setRaised,
} from '../vm/errors.js';
import { callVector, call1, call2, call0, callWithSelf0, callWithSelf1, callWithSelf2 } from '../vm/call.js';
import { Kind } from './kinds.js';
import { typeOf, kindOf, newObject, dictWordOffset } from './object.js';
import { TP_MRO, TP_DICT, TP_QUALNAME, TP_DICTOFFSET, TP_FLAGS, TPF_HEAPTYPE, TP_KIND, TP_NAME, TPF_HAS_GETATTR, TPF_HAS_SETATTR, TPF_SLOTS, TPF_HAS_GETATTRIBUTE, TP_BASICSIZE, TPF_HAS_DEL, TPF_TUPLEGETTER, TP_NS_SPLIT, TPF_IS_ABSTRACT } from './typelayout.js';
import { typeLookup, isSubtype, typeName, typeQualname, typeReprName, typeModified, typeStoreKeepsCaches, typeSetFlagWithSubclasses } from './type.js';
import { strCodePointLen } from './str.js';
import { strFromJS, strToJS, strToJSImmortal, strHash, strEq, strCompare, strConcat, reprString, strLen, strUnits, strAlloc, STR_DATA, copyUnits } from './str.js';
import { intMaxStrDigits } from './numparse.js';
import { warnDeprecatedFromMain } from '../vm/traceback.js';
import { intToBigint, intToNumberOrBig, intFromBigint, intFromNumber, INT_NDIGITS, intBinaryFast, intSafeValue, intCompareRefs, intHashWords, intFromHashWords, intNegateOrAbs } from './int.js';
import { floatNew, floatValue } from './float.js';
import { tupleNew, tupleItem, tupleSize, tupleSetItemSteal, tupleFromWords, TUPLE_ITEMS_WORD, tupleFromRefs } from './tuple.js';
import { listNew, listSize, listItem, listAppend, listItemsWord, LIST_SIZE, listReserve } from './list.js';
import {
  dictGetItem, dictSetItem, dictDelItem, dictSize, dictContains, dictNew, dictNextEntry,
  dictEntryKey, dictEntryValue, dictGetStr, dictEntryHash, dictGetItemHashed,
} from './dict.js';
import { EXC_ARGS, EXC_NAME, EXC_OBJ, EXC_FLAGS, EXCF_SUPPRESS_CONTEXT, exceptionNew, exceptionSetNameContext, TB_NEXT, TB_CODE, TB_LASTI, TB_LINENO, TB_LOCALS } from './exceptions.js';
import { CO_CONSTS, CO_FLAGS, CO_LPNAMES, CO_KINDS_WORD, CO_NAME, CO_QUALNAME, CO_FILENAME, CO_FIRSTLINENO, CO_ARGCOUNT, CO_POSONLY, CO_KWONLY, CO_NAMES, CO_NLOCALSPLUS, codeLineAt, CO_INSNS_WORD } from './code.js';
import { FR_CODE, FR_GLOBALS, FR_IP, FR_SP, FRAME_HEADER_WORDS } from '../vm/frame.js';
import { OPCODE } from '../compiler/opcodes.js';
import { CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE } from '../compiler/code.js';
import { generatorSetName } from './generator.js';
import { FN_NAME, FN_QUALNAME, FN_MODULE, FN_DICT, FN_DEFAULTS, FN_KWDEFAULTS, FN_CODE, FN_GLOBALS, FN_BUILTINS, FN_DOC, FN_ANNOTATIONS, FN_CLOSURE, CELL_REF } from './function.js';
import { BM_FUNC, BM_SELF, BF_INDEX, BF_NAME, BF_SELF, builtinMethodBind, isSlotWrapper, MD_INDEX, MD_NAME, MD_TYPE, SM_FUNC, PR_GET, PR_SET, PR_DEL, PR_DOC, MOD_DICT, MOD_NAME } from './method.js';
import { boundMethodNew, builtinFunctionNew } from './method.js';
import { hashFloat, hashInt, hashToSlot, mul32Hi, tupleHashStart, tupleHashLane, tupleHashItem, tupleHashEnd, TUPLE_ACC, wordsToPyHash, HASH_WORDS, SIP, recordUserHash, recordUserHashWords, USER_HASH, type PyHash } from './numhash.js';
import { floatRepr, intToString, intToDecimal } from './numfmt.js';
import { NumericError, intFloorDiv, intMod, intPow, intLshift, intRshift, intTrueDivide, floatFloorDiv, floatMod, floatPowChecked, floatTrueDiv, bigintToFloat, smallFloorDiv, smallMod } from './intmath.js';
import { formatInt, formatFloat, formatStr } from './formatspec.js';
import { rangeNew, rangeNewBig, rangeIsBig, rangeBounds, rangeLengthBig, RANGE_START, RANGE_STOP, RANGE_STEP } from './range.js';
import { seqIterNew, getIterBuiltin, iterNextBuiltin } from './iter.js';
import { strGetItem, strContains, strMul, strMod } from './strmethods.js';
import { sliceIndices, SLICE_START, SLICE_STOP, SLICE_STEP } from './slice.js';
import { listGetItem, listSetItem, listDelItem, listConcat, listRepeat, listExtend, tupleGetItem, tupleConcat, tupleRepeat, seqCompare } from './seqops.js';
import { setBinary, setCompare } from './setops.js';
import { setCanonicalOrder } from './setorder.js';
import { superBind, superGetAttr } from '../modules/builtins.js';
import { importModule } from '../modules/importer.js';
import { classDictExtras, setTypeBases, slotLayoutSignature } from './typecall.js';
import { BUILTIN_TYPE_DIR_NAMES, OBJECT_DIR_NAMES } from './builtin-type-names.js';
import { memberAttr, memberGet, memberRepr, memberSet, MB_OFFSET } from './member.js';
import { dataStackPush, dataStackPop } from '../vm/datastack.js';
import { iterNextLocked } from '../vm/critical.js';
import { builtinSlotAttr } from './slotwrappers.js';
import { firstWeakref } from '../modules/weakref.js';
import { typeHasWeakref } from './typecall.js';
import { defineNative } from '../vm/natives.js';
import { enterRecursiveCall, jsStackEnter, jsStackLeave, leaveRecursiveCall } from '../vm/stackguard.js';

// ------------------------------------------------------------------ helpers

export function isHeapTypeObj(rt: Runtime, v: Ref): boolean {
  return (v & 1) === 0 && (rt.i32[(rt.i32[v >> 2]! + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0;
}

/**
 * Whether a merge may copy v's entries directly (CPython dict_merge's test): v is a dict
 * whose type iterates as dict does. A dict subclass overriding __iter__ is merged, as in
 * CPython, through its keys() and v[k] (dict(d), {**d}, f(**d), d2.update(d)).
 */
export function dictMergesDirectly(rt: Runtime, v: Ref): boolean {
  if (kindOf(rt, v) !== Kind.DICT) return false;
  const t = typeOf(rt, v);
  if (t === rt.tDict) return true;
  const iterName = internName(rt, '__iter__');
  return typeLookup(rt, t, iterName) === typeLookup(rt, rt.tDict, iterName);
}

/** CPython's PyMapping_Check: the type has mp_subscript, which dict has and so do the
 * built-in sequences (list, tuple, str, bytes, bytearray, range) and any class defining
 * __getitem__. */
export function mappingCheck(rt: Runtime, v: Ref): boolean {
  const k = kindOf(rt, v);
  return k === Kind.DICT || k === Kind.LIST || k === Kind.TUPLE || k === Kind.STR || k === Kind.BYTES ||
    k === Kind.BYTEARRAY || k === Kind.RANGE || (isHeapTypeObj(rt, v) && typeLookup(rt, typeOf(rt, v), rt.names.__getitem__) !== NULL);
}

/** type(v).__name__ */
export function typeNameOf(rt: Runtime, v: Ref): string {
  return typeName(rt, typeOf(rt, v));
}

/** The type name of a wrong argument in CPython's Argument Clinic messages ("replace()
 * argument 2 must be str, not None": _PyArg_BadArgument names None itself). */
export function argTypeName(rt: Runtime, v: Ref): string {
  return v === rt.None ? 'None' : typeNameOf(rt, v);
}

/** Runs a leaf-library computation, turning its NumericError into a raised exception. */
export function numeric<T>(rt: Runtime, f: () => T): T | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof NumericError) {
      raiseNumericError(rt, e);
      return null;
    }
    throw e;
  }
}

/** Raises a leaf library's NumericError as its Python exception. Returns NULL. */
export function raiseNumericError(rt: Runtime, e: NumericError): Ref {
  if (e.errno === undefined) return raiseNew(rt, rt.exc[e.pyType]!, e.message);
  const args = tupleNew(rt, 2);
  tupleSetItemSteal(rt, args, 0, intFromNumber(rt, e.errno));
  tupleSetItemSteal(rt, args, 1, strFromJS(rt, e.message));
  setRaised(rt, exceptionNew(rt, rt.exc[e.pyType]!, args)); // the tuple's reference moves in
  return NULL;
}

/** Looks up a special method on the type of v (not the instance). Borrowed or NULL. */
export function lookupSpecial(rt: Runtime, v: Ref, name: Ref): Ref {
  return typeLookup(rt, typeOf(rt, v), name);
}

/** True if descr is the native method `owner.<something>` of a built-in type. */
export function isBuiltinDescrOf(rt: Runtime, descr: Ref, owner: Ref): boolean {
  return kindOf(rt, descr) === Kind.METHOD_DESCRIPTOR && rt.i32[(descr + MD_TYPE) >> 2] === owner;
}

/** Value of an int-layout object (small int, big int, bool) as number|bigint. */
function intValue(rt: Runtime, v: Ref): number | bigint {
  return intToNumberOrBig(rt, v);
}

function isIntKind(k: Kind): boolean {
  return k === Kind.INT || k === Kind.BOOL;
}

// ------------------------------------------------------------------ hashing

/** The 32-bit slot hash of v, -1 on error (unhashable). */
export function hashOf(rt: Runtime, v: Ref): number {
  if ((v & 1) === 1) {
    const n = v >> 1;
    return n === -1 ? -2 : n;
  }
  const t = rt.i32[v >> 2]!;
  if (t === rt.tStr) return strHash(rt, v);
  // a dict slot is the hash's low 32 bits: tuples and ints returned by __hash__ give them
  // without a bigint (numhash.ts HASH_WORDS)
  if (t === rt.tTuple) {
    if (!tupleHashWords(rt, v)) return -1;
    return slotOfHashWords();
  }
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) {
    USER_HASH.key = 0; // an identity-hashed instance leaves no record (setorder.ts)
    const r = userHash(rt, v, t as Ref);
    if (r === NULL) return -1;
    if (r !== rt.NotImplemented) {
      // the full hash kept for a set's shadow of CPython's table (numhash.ts USER_HASH)
      if ((r & 1) === 1) {
        const n = r >> 1;
        const h = n === -1 ? -2 : n;
        recordUserHash(v, h);
        return h;
      }
      if (rt.i32[r >> 2] === rt.tInt && intHashWords(rt, r)) {
        decref(rt, r);
        recordUserHashWords(v);
        return slotOfHashWords();
      }
      const value = userHashValue(rt, r);
      recordUserHash(v, value);
      const s = hashToSlot(value) | 0;
      return s === -1 ? -2 : s;
    }
    // no Python __hash__: a plain instance hashes by identity (pyHash would look again)
    const kind = rt.i32[(t + TP_KIND) >> 2]!;
    if (kind === Kind.OBJECT || kind === Kind.BASE_EXCEPTION) return idHash(v);
  }
  const h = pyHash(rt, v);
  if (h === null) return -1;
  const s = hashToSlot(h) | 0;
  return s === -1 ? -2 : s;
}

/** hashOf's answer from HASH_WORDS: the low word, -1 (the error value) as -2. */
function slotOfHashWords(): number {
  const s = HASH_WORDS.lo | 0;
  return s === -1 ? -2 : s;
}

/**
 * The tuple's hash (CPython's tuplehash) into HASH_WORDS; false with an exception set when
 * an item is unhashable.
 */
export function tupleHashWords(rt: Runtime, v: Ref): boolean {
  const n = tupleSize(rt, v);
  tupleHashStart();
  for (let i = 0; i < n; i++) {
    const item = tupleItem(rt, v, i);
    if ((item & 1) === 1) {
      const k = item >> 1;
      tupleHashLane(k < 0 ? 0xffffffff : 0, (k === -1 ? -2 : k) >>> 0);
      continue;
    }
    if (rt.i32[item >> 2] === rt.tStr) {
      strSipHash(rt, item); // (the full hash is not cached: only its low word is)
      if (SIP.hi === 0xffffffff && SIP.lo === 0xffffffff) tupleHashLane(0xffffffff, 0xfffffffe);
      else tupleHashLane(SIP.hi >>> 0, SIP.lo >>> 0);
      continue;
    }
    // the item's hash may be a tuple's, which uses the accumulator; a nested tuple is a
    // level of JS recursion (vm/stackguard.ts: a tuple nested thousands deep is a
    // RecursionError, not the JS stack's overflow)
    const nested = rt.i32[item >> 2] === rt.tTuple;
    if (nested && !jsStackEnter()) {
      raiseNew(rt, rt.exc.RecursionError!, 'maximum recursion depth exceeded while calling a Python object');
      return false;
    }
    const hi = TUPLE_ACC.hi, lo = TUPLE_ACC.lo;
    const h = pyHash(rt, item);
    if (nested) jsStackLeave();
    if (h === null) return false;
    TUPLE_ACC.hi = hi;
    TUPLE_ACC.lo = lo;
    tupleHashItem(h);
  }
  tupleHashEnd(n);
  return true;
}

/**
 * For an instance of a heap type: the int its class's Python __hash__ returned (new
 * reference), NULL with an exception set (the call raised, the result is not an int, or
 * __hash__ is None: unhashable), or rt.NotImplemented when no Python __hash__ decides (the
 * built-in hash of the instance's kind applies).
 */
function userHash(rt: Runtime, v: Ref, t: Ref): Ref {
  const descr = typeLookup(rt, t, rt.names.__hash__);
  if (descr === rt.None) {
    raiseTypeError(rt, `unhashable type: '${typeName(rt, t)}'`);
    return NULL;
  }
  if (descr === NULL || isBuiltinDescrOf(rt, descr, rt.tObject)) return rt.NotImplemented;
  const r = callWithSelf0(rt, descr, v);
  if (r === NULL) return NULL;
  if (!isIntKind(kindOf(rt, r))) {
    decref(rt, r);
    raiseTypeError(rt, '__hash__ method should return an integer');
    return NULL;
  }
  return r;
}

/**
 * The hash of a __hash__ result (userHash's int, released here): a value that fits in a
 * Py_ssize_t is the hash itself (CPython's slot_tp_hash), -1 as -2; a bigger one is
 * reduced as int's hash.
 */
function userHashValue(rt: Runtime, r: Ref): PyHash {
  if ((r & 1) === 1) {
    decref(rt, r);
    const n = r >> 1;
    return n === -1 ? -2 : n;
  }
  if (rt.i32[r >> 2] === rt.tInt && intHashWords(rt, r)) {
    decref(rt, r);
    return wordsToPyHash(HASH_WORDS.hi, HASH_WORDS.lo);
  }
  const iv = intValue(rt, r);
  decref(rt, r);
  return typeof iv === 'bigint' && iv >= -(1n << 63n) && iv < (1n << 63n) ? (iv === -1n ? -2n : iv) : hashInt(iv);
}

/**
 * The builtin hash(v): the int (new reference), NULL on error. A tuple's hash and a
 * __hash__ result that fits a signed 64-bit word are made, or passed on, as ints without a
 * bigint (an exact int is returned as it came, as CPython's slot_tp_hash then
 * PyLong_FromSsize_t give an equal int); the rest through pyHash.
 */
export function builtinHash(rt: Runtime, v: Ref): Ref {
  if ((v & 1) === 1) return v === smallIntRef(-1) ? smallIntRef(-2) : v; // tagged: no count
  const t = rt.i32[v >> 2]! as Ref;
  if (t === rt.tTuple) return tupleHashWords(rt, v) ? intFromHashWords(rt) : NULL;
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) {
    const r = userHash(rt, v, t);
    if (r === NULL) return NULL;
    if (r !== rt.NotImplemented) {
      if ((r & 1) === 1) return r === smallIntRef(-1) ? smallIntRef(-2) : r;
      if (rt.i32[r >> 2] === rt.tInt && intHashWords(rt, r)) return r; // not -1: that is small
      return intFromPyHash(rt, userHashValue(rt, r));
    }
  }
  const h = pyHash(rt, v);
  return h === null ? NULL : intFromPyHash(rt, h);
}

function intFromPyHash(rt: Runtime, h: PyHash): Ref {
  return typeof h === 'number' ? intFromNumber(rt, h) : intFromBigint(rt, h);
}

/** hash(v) as Python sees it; null on error. */
export function pyHash(rt: Runtime, v: Ref): PyHash | null {
  const kind = kindOf(rt, v);
  const t = typeOf(rt, v);
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) {
    const r = userHash(rt, v, t);
    if (r === NULL) return null;
    if (r !== rt.NotImplemented) return userHashValue(rt, r);
    if (kind === Kind.OBJECT || kind === Kind.BASE_EXCEPTION) return idHash(v);
  }
  return pyHashBuiltin(rt, v, kind, t);
}

/**
 * The hash of v by its layout kind alone, never a class's own __hash__: object.__hash__
 * called through super() or Base.__hash__(self) from an override (which would otherwise
 * dispatch back to the override), an int subclass's value hash, an instance's identity.
 */
export function pyHashBuiltin(rt: Runtime, v: Ref, kind: Kind, t: Ref): PyHash | null {
  switch (kind) {
    case Kind.OBJECT: case Kind.BASE_EXCEPTION: return idHash(v);
    case Kind.INT: case Kind.BOOL: return hashInt(intValue(rt, v));
    case Kind.STR: return hashStrFull(rt, v);
    case Kind.BYTES: return bytesHash(rt, v);
    case Kind.FLOAT: return hashFloat(floatValue(rt, v), v);
    case Kind.COMPLEX: return complexHash(rt, v);
    case Kind.TUPLE:
      return tupleHashWords(rt, v) ? wordsToPyHash(HASH_WORDS.hi, HASH_WORDS.lo) : null;
    case Kind.FROZENSET: {
      // CPython's frozenset_hash over the elements' 64-bit hashes, in 32-bit halves (a
      // BigInt per element made a set of frozensets ~8x CPython's time)
      let accHi = 0, accLo = 0, n = 0;
      for (let ix = dictNextEntry(rt, v, 0); ix >= 0; ix = dictNextEntry(rt, v, ix + 1)) {
        const h = pyHash(rt, dictEntryKey(rt, v, ix));
        if (h === null) return null;
        let hi: number, lo: number;
        if (typeof h === 'number') {
          hi = Math.floor(h / 4294967296) >>> 0;
          lo = h >>> 0;
        } else {
          const u = BigInt.asUintN(64, h);
          hi = Number(u >> 32n);
          lo = Number(u & 0xffffffffn);
        }
        // _shuffle_bits: ((h ^ 89869747) ^ (h << 16)) * 3644798167
        const xLo = (lo ^ 89869747 ^ (lo << 16)) >>> 0;
        const xHi = (hi ^ ((hi << 16) | (lo >>> 16))) >>> 0;
        accLo = (accLo ^ Math.imul(xLo, 3644798167)) >>> 0;
        accHi = (accHi ^ (mul32Hi(xLo, 3644798167) + Math.imul(xHi, 3644798167))) >>> 0;
        n++;
      }
      // hash ^= (n + 1) * 1927868237
      accLo = (accLo ^ Math.imul(n + 1, 1927868237)) >>> 0;
      accHi = (accHi ^ mul32Hi(n + 1, 1927868237)) >>> 0;
      // hash ^= (hash >> 11) ^ (hash >> 25)
      const s11Lo = ((accLo >>> 11) | (accHi << 21)) >>> 0, s11Hi = accHi >>> 11;
      const s25Lo = ((accLo >>> 25) | (accHi << 7)) >>> 0, s25Hi = accHi >>> 25;
      accLo = (accLo ^ s11Lo ^ s25Lo) >>> 0;
      accHi = (accHi ^ s11Hi ^ s25Hi) >>> 0;
      // hash = hash * 69069 + 907133923
      const mLo = Math.imul(accLo, 69069) >>> 0;
      let mHi = (mul32Hi(accLo, 69069) + Math.imul(accHi, 69069)) >>> 0;
      const sum = mLo + 907133923;
      if (sum > 0xffffffff) mHi = (mHi + 1) >>> 0;
      const rLo = sum >>> 0;
      if (mHi === 0xffffffff && rLo === 0xffffffff) return 590923713;
      return wordsToPyHash(mHi, rLo);
    }
    case Kind.LIST: case Kind.DICT: case Kind.SET: case Kind.BYTEARRAY: case Kind.DICT_KEYS: case Kind.DICT_ITEMS:
      raiseTypeError(rt, `unhashable type: '${typeName(rt, t)}'`);
      return null;
    case Kind.SLICE:
      raiseTypeError(rt, `unhashable type: 'slice'`);
      return null;
    case Kind.RANGE: {
      // CPython's range_hash: the hash of (len, start, step), (1, start, None) or
      // (0, None, None), so equal ranges hash alike (range(0) == range(5, 5))
      const [start, , step] = rangeBounds(rt, v);
      const length = rangeLengthBig(rt, v);
      const items = [intFromBigint(rt, length)];
      items.push(length === 0n ? rt.None : intFromBigint(rt, start));
      items.push(length <= 1n ? rt.None : intFromBigint(rt, step));
      const t = tupleFromRefs(rt, items);
      for (const item of items) decref(rt, item);
      const h = pyHash(rt, t);
      decref(rt, t);
      return h;
    }
    case Kind.BOUND_METHOD: {
      const func = rt.i32[(v + BM_FUNC) >> 2]!;
      if (isSlotWrapper(rt, func as Ref)) {
        // a method-wrapper (CPython's wrapper_hash): self's identity and the slot, not the
        // descriptor made for this access
        const h = idHash(rt.i32[(v + BM_SELF) >> 2]!) ^ Math.imul(rt.i32[(func + MD_INDEX) >> 2]!, 0x9e3779b1 | 0);
        return h === -1 ? -2 : h;
      }
      // CPython 3.11's method_hash: self by identity (a method of an unhashable instance is
      // hashable, as its == compares self with `is`), the function by its hash
      const y = hashOf(rt, func as Ref);
      if (y === -1) return null;
      const h = (idHash(rt.i32[(v + BM_SELF) >> 2]!) ^ y) | 0;
      return h === -1 ? -2 : h;
    }
    case Kind.METHOD_DESCRIPTOR:
      // a slot wrapper is made per access: hashed by its slot and type (sameSlotWrapper)
      if (isSlotWrapper(rt, v)) {
        const h = idHash(rt.i32[(v + MD_TYPE) >> 2]!) ^ Math.imul(rt.i32[(v + MD_INDEX) >> 2]!, 0x9e3779b1 | 0);
        return h === -1 ? -2 : h;
      }
      return idHash(v);
    case Kind.BUILTIN_FUNCTION: {
      // a bound built-in method hashes as CPython's: by __self__'s identity and the native
      const self = rt.i32[(v + BF_SELF) >> 2] as Ref;
      if (self === 0) return idHash(v);
      const h = idHash(self) ^ Math.imul(rt.i32[(v + BF_INDEX) >> 2]!, 0x9e3779b1 | 0);
      return h === -1 ? -2 : h;
    }
    case Kind.NONE: case Kind.NOTIMPLEMENTED: case Kind.ELLIPSIS: case Kind.TYPE:
      return staticIdentityHash(rt, v) ?? idHash(v);
    default:
      return idHash(v);
  }
}

/**
 * hash() of None, NotImplemented, Ellipsis or a built-in type (v of one of those kinds):
 * CPython's is the object's address, static data of its library, whose low 16 bits (what
 * places the object in a set or dict of up to 65,536 slots) are the same in every run of one
 * build. The reference build's bits (objects/statichash.ts, from
 * scripts/gen_static_hashes.py) under a fixed high half, so that `{None, 1}` or
 * `{int, str, float}` iterates in CPython's order (objects/setorder.ts shadows such sets);
 * null for a class or an object the table lacks (hashed by its own address). Memoised per
 * Runtime (Runtime.staticHashes).
 */
export function staticIdentityHash(rt: Runtime, v: Ref): number | null {
  let h = rt.staticHashes.get(v);
  if (h === undefined) {
    const i32 = rt.i32;
    const kind = kindOf(rt, v);
    let low: number | undefined;
    if (kind === Kind.NONE) low = CPYTHON_STATIC_HASH_LOW16.get('None');
    else if (kind === Kind.NOTIMPLEMENTED) low = CPYTHON_STATIC_HASH_LOW16.get('NotImplemented');
    else if (kind === Kind.ELLIPSIS) low = CPYTHON_STATIC_HASH_LOW16.get('Ellipsis');
    else if (kind === Kind.TYPE && (i32[(v + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0) {
      low = CPYTHON_STATIC_HASH_LOW16.get(strToJS(rt, i32[(v + TP_NAME) >> 2] as Ref));
    }
    h = low === undefined ? -1 : (0x7f3a0000 | low);
    rt.staticHashes.set(v, h);
  }
  return h < 0 ? null : h;
}

import { CPYTHON_STATIC_HASH_LOW16 } from './statichash.js';

function hashStrFull(rt: Runtime, v: Ref): PyHash {
  // CPython's value; its low word is what strHash caches for dict slots (str.ts)
  return strHashFull(rt, v);
}

import { strHashFull, strSipHash } from './str.js';

/** CPython's _Py_HashPointer: the address rotated by 4 bits. */
function idHash(v: number): number {
  const h = ((v >>> 4) | (v << 28)) | 0;
  return h === -1 ? -2 : h;
}

// ------------------------------------------------------------------ equality / comparison

/** a == b for dict/set lookups and `in`: 1, 0 or -1. Identity implies equality. */
export function eqForDict(rt: Runtime, a: Ref, b: Ref): number {
  if (a === b) return 1;
  return richCompareBool(rt, a, b, 2);
}

/** Rich comparison to a bool: 1 true, 0 false, -1 error. op: CMP_OPS index (0 < .. 5 >=).
 * Identity implies equality for == and != (as PyObject_RichCompareBool). */
export function richCompareBool(rt: Runtime, a: Ref, b: Ref, op: number): number {
  if (a === b) {
    if (op === 2) return 1;
    if (op === 3) return 0;
  }
  const r = richCompare(rt, a, b, op);
  if (r === NULL) return -1;
  if (r === rt.True) return 1;
  if (r === rt.False) return 0;
  const t = isTrue(rt, r);
  decref(rt, r);
  return t;
}

const CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='];
const CMP_SWAPPED = [4, 5, 2, 3, 0, 1];

/** The bool (borrowed) that rich comparison `op` (0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=) gives for a three-way result c. */
export function cmpResult(rt: Runtime, c: number, op: number): Ref {
  let r: boolean;
  switch (op) {
    case 0: r = c < 0; break;
    case 1: r = c <= 0; break;
    case 2: r = c === 0; break;
    case 3: r = c !== 0; break;
    case 4: r = c > 0; break;
    default: r = c >= 0; break;
  }
  return r ? rt.True : rt.False;
}

function numCompare(x: number | bigint, y: number | bigint): number {
  if (typeof x === 'number' && typeof y === 'number') {
    if (x < y) return -1;
    if (x > y) return 1;
    if (x === y) return 0;
    return NaN;
  }
  if (typeof x === 'number' && !Number.isFinite(x)) return Number.isNaN(x) ? NaN : x > 0 ? 1 : -1;
  if (typeof y === 'number' && !Number.isFinite(y)) return Number.isNaN(y) ? NaN : y > 0 ? -1 : 1;
  // exact comparison of an integer-valued bigint against a float or bigint
  if (typeof x === 'number' && !Number.isInteger(x)) {
    const fx = Math.floor(x);
    const c = numCompare(fx, y);
    return c === 0 ? 1 : c;
  }
  if (typeof y === 'number' && !Number.isInteger(y)) {
    const fy = Math.floor(y);
    const c = numCompare(x, fy);
    return c === 0 ? -1 : c;
  }
  const bx = BigInt(x);
  const by = BigInt(y);
  return bx < by ? -1 : bx > by ? 1 : 0;
}

/**
 * a <op> b for exact ints and floats without BigInt: int-int on the digits, float-float and
 * float-int (|int| < 2**53, exact as a double) on doubles. NULL when an int operand is too
 * big to compare with a float this way (builtinCompare's exact path does it).
 */
function numericCompareFast(rt: Runtime, a: Ref, b: Ref, op: number, ta: Ref, tb: Ref): Ref {
  let x: number, y: number;
  if (ta === rt.tInt && tb === rt.tInt) {
    x = intCompareRefs(rt, a, b);
    y = 0;
  } else {
    x = ta === rt.tFloat ? rt.f64[(a + 16) >> 3]! : intSafeValue(rt, a);
    y = tb === rt.tFloat ? rt.f64[(b + 16) >> 3]! : intSafeValue(rt, b);
    if ((x !== x && ta !== rt.tFloat) || (y !== y && tb !== rt.tFloat)) return NULL;
  }
  let r: boolean;
  switch (op) {
    case 0: r = x < y; break;
    case 1: r = x <= y; break;
    case 2: r = x === y; break;
    case 3: r = x !== y; break;
    case 4: r = x > y; break;
    default: r = x >= y; break;
  }
  return r ? rt.True : rt.False;
}

/** The numeric value of an int/bool/float, or null if v is not a number. */
function numberValue(rt: Runtime, v: Ref, k: Kind): number | bigint | null {
  if (k === Kind.INT || k === Kind.BOOL) return intValue(rt, v);
  if (k === Kind.FLOAT) return floatValue(rt, v);
  return null;
}

/** Built-in comparison; returns NotImplemented (borrowed immortal) if the kinds do not compare. */
export function builtinCompare(rt: Runtime, a: Ref, b: Ref, op: number, ka: Kind, kb: Kind): Ref {
  if (ka === Kind.COMPLEX || kb === Kind.COMPLEX) return complexCompare(rt, a, b, op, ka, kb);
  const x = numberValue(rt, a, ka);
  if (x !== null) {
    const y = numberValue(rt, b, kb);
    if (y === null) return rt.NotImplemented;
    const c = numCompare(x, y);
    if (Number.isNaN(c)) return op === 3 ? rt.True : rt.False;
    return cmpResult(rt, c, op);
  }
  if ((ka === Kind.BYTES || ka === Kind.BYTEARRAY) && (kb === Kind.BYTES || kb === Kind.BYTEARRAY)) {
    return bytesCompare(rt, a, b, op);
  }
  if (ka === Kind.STR && kb === Kind.STR) {
    if (op === 2) return strEq(rt, a, b) ? rt.True : rt.False;
    if (op === 3) return strEq(rt, a, b) ? rt.False : rt.True;
    return cmpResult(rt, strCompare(rt, a, b), op);
  }
  if ((ka === Kind.TUPLE && kb === Kind.TUPLE) || (ka === Kind.LIST && kb === Kind.LIST)) {
    return seqCompare(rt, a, b, op, ka === Kind.LIST);
  }
  if ((ka === Kind.SET || ka === Kind.FROZENSET) && (kb === Kind.SET || kb === Kind.FROZENSET)) {
    return setCompare(rt, a, b, op);
  }
  if (isSetLike(ka) && isSetLike(kb) && (ka === Kind.DICT_KEYS || ka === Kind.DICT_ITEMS || kb === Kind.DICT_KEYS || kb === Kind.DICT_ITEMS)) {
    // keys and items views compare as sets with sets and with each other
    // (dictview_richcompare, the view's side: a set gives NotImplemented and the reflected
    // operation runs): the sizes first, then membership, so nothing is hashed when the
    // sizes answer
    const viewFirst = ka === Kind.DICT_KEYS || ka === Kind.DICT_ITEMS;
    const self = viewFirst ? a : b, other = viewFirst ? b : a;
    const cmp = viewFirst ? op : REFLECTED_OP[op]!;
    const ls = length(rt, self);
    if (ls < 0) return NULL;
    const lo = length(rt, other);
    if (lo < 0) return NULL;
    let ok = 0;
    if ((cmp === 2 || cmp === 3) && ls === lo) ok = allContainedIn(rt, self, other);
    else if ((cmp === 0 && ls < lo) || (cmp === 1 && ls <= lo)) ok = allContainedIn(rt, self, other);
    else if ((cmp === 4 && ls > lo) || (cmp === 5 && ls >= lo)) ok = allContainedIn(rt, other, self);
    if (ok < 0) return NULL;
    return (ok === 1) !== (cmp === 3) ? rt.True : rt.False;
  }
  if (ka === Kind.DICT && kb === Kind.DICT && (op === 2 || op === 3)) {
    const e = dictEqual(rt, a, b);
    if (e < 0) return NULL;
    return (e === 1) === (op === 2) ? rt.True : rt.False;
  }
  if (ka === Kind.RANGE && kb === Kind.RANGE && (op === 2 || op === 3)) {
    const same = rangeEqual(rt, a, b);
    return same === (op === 2) ? rt.True : rt.False;
  }
  if (ka === Kind.SLICE && kb === Kind.SLICE) {
    // compared as (start, stop, step) tuples
    const ta = tupleFromWords(rt, (a >> 2) + (SLICE_START >> 2), 3);
    const tb = tupleFromWords(rt, (b >> 2) + (SLICE_START >> 2), 3);
    const r = seqCompare(rt, ta, tb, op, false);
    decref(rt, ta);
    decref(rt, tb);
    return r;
  }
  if (ka === Kind.BOUND_METHOD && kb === Kind.BOUND_METHOD && (op === 2 || op === 3)) {
    // equal when they wrap the same function and the same (identical) self
    const i32 = rt.i32;
    const fa = i32[(a + BM_FUNC) >> 2]!, fb = i32[(b + BM_FUNC) >> 2]!;
    // a method-wrapper's descriptor is made per access (objects/slotwrappers.ts): the same
    // slot is the same native of the same type, as CPython's one descriptor per slot
    const sameFunc = fa === fb || sameSlotWrapper(rt, fa as Ref, fb as Ref);
    const same = sameFunc && i32[(a + BM_SELF) >> 2] === i32[(b + BM_SELF) >> 2];
    return same === (op === 2) ? rt.True : rt.False;
  }
  if (ka === Kind.METHOD_DESCRIPTOR && kb === Kind.METHOD_DESCRIPTOR && (op === 2 || op === 3) && a !== b) {
    const same = sameSlotWrapper(rt, a, b);
    return same === (op === 2) ? rt.True : rt.False;
  }
  if (ka === Kind.BUILTIN_FUNCTION && kb === Kind.BUILTIN_FUNCTION && (op === 2 || op === 3) && a !== b) {
    // bound built-in methods: equal when the same native is bound to the same object
    const i32 = rt.i32;
    const self = i32[(a + BF_SELF) >> 2]!;
    const same = self !== 0 && self === i32[(b + BF_SELF) >> 2] && i32[(a + BF_INDEX) >> 2] === i32[(b + BF_INDEX) >> 2];
    return same === (op === 2) ? rt.True : rt.False;
  }
  // object's comparison: identity for ==; for != the inverse of ==, NotImplemented (the
  // other operand's turn) for two distinct objects
  if (op === 2) return a === b ? rt.True : rt.NotImplemented;
  if (op === 3) return a === b ? rt.False : rt.NotImplemented;
  return rt.NotImplemented;
}

/** Two slot wrappers of the same slot of the same type: made per access here
 * (objects/slotwrappers.ts), one descriptor object in CPython. */
function sameSlotWrapper(rt: Runtime, a: Ref, b: Ref): boolean {
  const i32 = rt.i32;
  return isSlotWrapper(rt, a) && isSlotWrapper(rt, b) &&
    i32[(a + MD_INDEX) >> 2] === i32[(b + MD_INDEX) >> 2] && i32[(a + MD_TYPE) >> 2] === i32[(b + MD_TYPE) >> 2];
}

function rangeEqual(rt: Runtime, a: Ref, b: Ref): boolean {
  if (rangeIsBig(rt, a) || rangeIsBig(rt, b)) {
    const la = rangeLengthBig(rt, a), lb = rangeLengthBig(rt, b);
    if (la !== lb) return false;
    if (la === 0n) return true;
    const [sa, , ta] = rangeBounds(rt, a);
    const [sb, , tb] = rangeBounds(rt, b);
    if (sa !== sb) return false;
    return la === 1n || ta === tb;
  }
  const len = (r: Ref) => rangeLength(rt, r);
  const la = len(a), lb = len(b);
  if (la !== lb) return false;
  if (la === 0) return true;
  const i32 = rt.i32;
  if (i32[(a + RANGE_START) >> 2] !== i32[(b + RANGE_START) >> 2]) return false;
  if (la === 1) return true;
  return i32[(a + RANGE_STEP) >> 2] === i32[(b + RANGE_STEP) >> 2];
}

/** len(range) for a small range; for a big one the exact length as a number (may be
 * inexact beyond 2**53: only the callers that report it check rangeLengthChecked). */
export function rangeLength(rt: Runtime, r: Ref): number {
  if (rangeIsBig(rt, r)) return Number(rangeLengthBig(rt, r));
  const i32 = rt.i32;
  const start = i32[(r + RANGE_START) >> 2]! >> 1;
  const stop = i32[(r + RANGE_STOP) >> 2]! >> 1;
  const step = i32[(r + RANGE_STEP) >> 2]! >> 1;
  if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
}

function dictEqual(rt: Runtime, a: Ref, b: Ref): number {
  if (dictSize(rt, a) !== dictSize(rt, b)) return 0;
  for (let ix = dictNextEntry(rt, a, 0); ix >= 0; ix = dictNextEntry(rt, a, ix + 1)) {
    const k = dictEntryKey(rt, a, ix);
    const va = dictEntryValue(rt, a, ix);
    incref(rt, k);
    incref(rt, va);
    const vb = dictGetItemHashed(rt, b, k, dictEntryHash(rt, a, ix)); // CPython's dict_equal: the stored hash
    decref(rt, k);
    if (vb === NULL) {
      decref(rt, va);
      return errOccurred(rt) ? -1 : 0;
    }
    incref(rt, vb);
    const e = richCompareBool(rt, va, vb, 2);
    decref(rt, va);
    decref(rt, vb);
    if (e <= 0) return e;
  }
  return 1;
}

/** a <op> b: new reference (or borrowed immortal bool), NULL on error. */
export function richCompare(rt: Runtime, a: Ref, b: Ref, op: number): Ref {
  const ta = typeOf(rt, a);
  const tb = typeOf(rt, b);
  if ((ta === rt.tInt || ta === rt.tFloat) && (tb === rt.tInt || tb === rt.tFloat)) {
    const r = numericCompareFast(rt, a, b, op, ta, tb);
    if (r !== NULL) return r;
  }
  // a level of recursion, as CPython's PyObject_RichCompare (vm/stackguard.ts): nested containers
  if (!enterRecursiveCall(rt, ' in comparison')) return NULL;
  try {
    return richCompareOf(rt, a, b, op, ta, tb);
  } finally {
    leaveRecursiveCall(rt); // also when a HeapExhausted unwinds on its way to MemoryError
  }
}

/**
 * a <op> b for list.sort when every key has class t (objects/listsort.ts): the class's own
 * comparison called directly, without richCompare's level of recursion, as CPython 3.11's
 * unsafe_object_compare calls ms->key_richcompare; when that answers NotImplemented the
 * full comparison follows (charged, a's method asked again), as there. 1, 0, or -1 with
 * the exception set.
 */
export function sameClassCompareBool(rt: Runtime, a: Ref, b: Ref, op: number, t: Ref): number {
  let r: Ref;
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) r = slotCompare(rt, a, b, op, t, true);
  else if (t === rt.tInt || t === rt.tFloat) return richCompareBool(rt, a, b, op);
  else r = builtinCompare(rt, a, b, op, kindOf(rt, a), kindOf(rt, b));
  if (r === NULL) return -1;
  if (r === rt.NotImplemented) return richCompareBool(rt, a, b, op);
  if (r === rt.True) return 1;
  if (r === rt.False) return 0;
  const v = isTrue(rt, r);
  decref(rt, r);
  return v;
}

function richCompareOf(rt: Runtime, a: Ref, b: Ref, op: number, ta: Ref, tb: Ref): Ref {
  const heapA = (rt.i32[(ta + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0;
  const heapB = (rt.i32[(tb + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0;
  if (!heapA && !heapB) {
    const r = builtinCompare(rt, a, b, op, kindOf(rt, a), kindOf(rt, b));
    if (r !== rt.NotImplemented) return r;
    return compareError(rt, a, b, op);
  }
  // CPython's do_richcompare: b's comparison first when b's class is a subclass of a's,
  // then a's, then b's reflected one; each class's own (slotCompare)
  const swapped = CMP_SWAPPED[op]!;
  let checkedReflected = false;
  if (ta !== tb && heapB && isSubtype(rt, tb, ta)) {
    checkedReflected = true;
    const r = slotCompare(rt, b, a, swapped, tb, heapB);
    if (r !== rt.NotImplemented) return r;
  }
  const r = slotCompare(rt, a, b, op, ta, heapA);
  if (r !== rt.NotImplemented) return r;
  return checkedReflected ? compareError(rt, a, b, op) : reflectedOrDefault(rt, a, b, op, tb, heapB);
}

/** The end of do_richcompare once a's method answered NotImplemented (b's reflected one not
 * tried yet): b's, then the default (identity for == and !=, else TypeError). */
function reflectedOrDefault(rt: Runtime, a: Ref, b: Ref, op: number, tb: Ref, heapB: boolean): Ref {
  const r = slotCompare(rt, b, a, CMP_SWAPPED[op]!, tb, heapB);
  return r !== rt.NotImplemented ? r : compareError(rt, a, b, op);
}

/**
 * COMPARE_OP's dunder frame (eval.ts, FRF_CMPOP: a's method, for two instances of one
 * class) answered NotImplemented: the rest of richCompare, at its recursion level. New
 * reference or NULL.
 */
export function richCompareAfterNotImplemented(rt: Runtime, a: Ref, b: Ref, op: number): Ref {
  if (!enterRecursiveCall(rt, ' in comparison')) return NULL;
  try {
    return reflectedOrDefault(rt, a, b, op, typeOf(rt, b), true);
  } finally {
    leaveRecursiveCall(rt);
  }
}

/**
 * x's class's comparison `op` with y (CPython's tp_richcompare; NotImplemented when it does
 * not answer, NULL on error): for a class statement's class, the method its MRO gives: its
 * own (or a Python base's), a built-in base's (its slot wrapper), or object's, which is
 * identity for == and the inverse of the class's own == for != (so a class whose __ne__
 * returns NotImplemented is not answered by inverting its __eq__, and a class with only
 * __eq__ gets a != that agrees with it). A built-in class compares only what its own
 * comparison takes (int with ints: 1 == F(1.0) is F's question, then identity).
 */
function slotCompare(rt: Runtime, x: Ref, y: Ref, op: number, tx: Ref, heap: boolean): Ref {
  if (heap) {
    const d = typeLookup(rt, tx, cmpDunderName(rt, op));
    if (d !== NULL && !isBuiltinDescrOf(rt, d, rt.tObject)) return callWithSelf1(rt, d, x, y);
  }
  const kx = kindOf(rt, x);
  if (!heap || hasNativeCompare(kx)) {
    // a built-in class's comparison, or the one a subclass inherits from its built-in base
    // (not in the base's dict here: its slot wrappers are made when read)
    const ky = kindOf(rt, y);
    if (hasNativeCompare(kx) && kx !== Kind.COMPLEX && !builtinCompareTakes(kx, ky)) return rt.NotImplemented;
    return builtinCompare(rt, x, y, op, kx, ky);
  }
  // object's
  if (op === 2) return x === y ? rt.True : rt.NotImplemented;
  if (op !== 3) return rt.NotImplemented;
  const eq = slotCompare(rt, x, y, 2, tx, true);
  if (eq === NULL || eq === rt.NotImplemented) return eq;
  const t = eq === rt.True ? 1 : eq === rt.False ? 0 : isTrue(rt, eq);
  if (eq !== rt.True && eq !== rt.False) decref(rt, eq);
  if (t < 0) return NULL;
  return t ? rt.False : rt.True;
}

/** x's type's comparison `op` with y (CPython's Py_TYPE(x)->tp_richcompare): object.__ne__
 * inverts the == of self's own type this way, a built-in type's included. */
export function typeRichCompare(rt: Runtime, x: Ref, y: Ref, op: number): Ref {
  const tx = typeOf(rt, x);
  return slotCompare(rt, x, y, op, tx, (rt.i32[(tx + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0);
}

/** The interned dunder of comparison op `op` (__lt__, __le__, __eq__, __ne__, __gt__,
 * __ge__), read as a named field: internName's lookup by a computed key cost ~26 ns, twice
 * per comparison of two instances. */
export function cmpDunderName(rt: Runtime, op: number): Ref {
  const names = rt.names;
  switch (op) {
    case 0: return names.__lt__;
    case 1: return names.__le__;
    case 2: return names.__eq__;
    case 3: return names.__ne__;
    case 4: return names.__gt__;
    default: return names.__ge__;
  }
}

/** Layout kinds whose built-in type has its own rich comparison (not object's). */
function hasNativeCompare(k: number): boolean {
  switch (k) {
    case Kind.INT: case Kind.BOOL: case Kind.FLOAT: case Kind.COMPLEX: case Kind.STR:
    case Kind.BYTES: case Kind.BYTEARRAY: case Kind.TUPLE: case Kind.LIST: case Kind.DICT:
    case Kind.SET: case Kind.FROZENSET:
      return true;
    default:
      return false;
  }
}

function compareError(rt: Runtime, a: Ref, b: Ref, op: number): Ref {
  if (op === 2) return a === b ? rt.True : rt.False;
  if (op === 3) return a !== b ? rt.True : rt.False;
  return raiseTypeError(rt, `'${CMP_SYMBOLS[op]}' not supported between instances of '${typeNameOf(rt, a)}' and '${typeNameOf(rt, b)}'`);
}

/** The interned str of a JS name (well-known names are cached on rt.names). */
export function internName(rt: Runtime, s: string): Ref {
  const known = (rt.names as Record<string, Ref>)[s];
  if (known !== undefined) return known;
  return internJSLazy(rt, s);
}

import { internJS } from './intern.js';
function internJSLazy(rt: Runtime, s: string): Ref {
  return internJS(rt, s);
}

// ------------------------------------------------------------------ truth

/** bool(v): 1, 0 or -1. */
export function isTrue(rt: Runtime, v: Ref): number {
  if (v === rt.True) return 1;
  if (v === rt.False || v === rt.None) return 0;
  if ((v & 1) === 1) return v !== 1 ? 1 : 0;
  const t = rt.i32[v >> 2]!;
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) {
    let d = typeLookup(rt, t as Ref, rt.names.__bool__);
    if (d !== NULL) {
      const r = callWithSelf0(rt, d, v);
      if (r === NULL) return -1;
      if (r !== rt.True && r !== rt.False) {
        const msg = `__bool__ should return bool, returned ${typeNameOf(rt, r)}`;
        decref(rt, r);
        raiseTypeError(rt, msg);
        return -1;
      }
      return r === rt.True ? 1 : 0;
    }
    d = typeLookup(rt, t as Ref, rt.names.__len__);
    if (d !== NULL) {
      const n = length(rt, v);
      return n < 0 ? -1 : n > 0 ? 1 : 0;
    }
  }
  switch (rt.i32[(t + TP_KIND) >> 2] as Kind) {
    case Kind.INT: return rt.i32[(v + INT_NDIGITS) >> 2] !== 0 ? 1 : 0;
    case Kind.FLOAT: return floatValue(rt, v) !== 0 ? 1 : 0;
    case Kind.COMPLEX: return complexIsTrue(rt, v);
    case Kind.STR: return strLen(rt, v) !== 0 ? 1 : 0;
    case Kind.TUPLE: return tupleSize(rt, v) !== 0 ? 1 : 0;
    case Kind.LIST: return listSize(rt, v) !== 0 ? 1 : 0;
    case Kind.DICT: case Kind.SET: case Kind.FROZENSET: return dictSize(rt, v) !== 0 ? 1 : 0;
    case Kind.RANGE: return rangeLength(rt, v) !== 0 ? 1 : 0;
    case Kind.BYTES: case Kind.BYTEARRAY: return bytesSize(rt, v) !== 0 ? 1 : 0;
    case Kind.DICT_KEYS: case Kind.DICT_VALUES: case Kind.DICT_ITEMS:
      return dictSize(rt, rt.i32[(v + 16) >> 2] as Ref) !== 0 ? 1 : 0;
    default: return 1;
  }
}

// ------------------------------------------------------------------ len

/** len(v), -1 on error. A length above 2**53 is not exact here: lengthObject is. */
export function length(rt: Runtime, v: Ref): number {
  const d = pythonLenMethod(rt, v);
  if (d === NULL) return lengthBuiltin(rt, v);
  const n = pythonLenValue(rt, v, d);
  return n === null ? -1 : Number(n);
}

/**
 * len(v) as an int object (the builtin len's result): exact for every length up to
 * 2**63-1, as CPython's Py_ssize_t is (a big range's, a class's __len__ returning 2**60+1),
 * where length's number rounds above 2**53. New reference, or NULL with the error set.
 */
export function lengthObject(rt: Runtime, v: Ref): Ref {
  const d = pythonLenMethod(rt, v);
  if (d !== NULL) {
    const n = pythonLenValue(rt, v, d);
    return n === null ? NULL : typeof n === 'bigint' ? intFromBigint(rt, n) : intFromNumber(rt, n);
  }
  const n = lengthBuiltin(rt, v);
  if (n < 0) return NULL;
  if (n > Number.MAX_SAFE_INTEGER && kindOf(rt, v) === Kind.RANGE) return intFromBigint(rt, rangeLengthBig(rt, v));
  return intFromNumber(rt, n);
}

/** The __len__ that len(v) calls: a class's Python (or lib-installed native) __len__, or
 * NULL for the layout's length (a built-in type, or a list subclass using list's). */
function pythonLenMethod(rt: Runtime, v: Ref): Ref {
  const t = typeOf(rt, v);
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0) return NULL;
  const d = typeLookup(rt, t, rt.names.__len__);
  // a built-in type's __len__ (a list subclass's) is the layout's length below
  return d !== NULL && !isBuiltinTypeMethod(rt, d) ? d : NULL;
}

/**
 * True if d, found on a heap type's MRO for a special method, is a built-in type's own
 * native method (a list or dict subclass's __len__ / __getitem__): the layout's operation
 * does it, with no call. A native method a lib class installed in its own dict (deque's
 * __len__, __contains__, __getitem__ and __setitem__, modules/deque-native.ts) is called as
 * a Python one is.
 */
function isBuiltinTypeMethod(rt: Runtime, d: Ref): boolean {
  return kindOf(rt, d) === Kind.METHOD_DESCRIPTOR && (rt.i32[(rt.i32[(d + MD_TYPE) >> 2]! + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0;
}

/** d(v), the __len__ pythonLenMethod found, checked as CPython's slot_sq_length checks it:
 * its value, or null with the error set. */
function pythonLenValue(rt: Runtime, v: Ref, d: Ref): number | bigint | null {
  let r = callWithSelf0(rt, d, v);
  if (r === NULL) return null;
  if (!isIntKind(kindOf(rt, r))) {
    // CPython's slot_sq_length takes the result through _PyNumber_Index (its __index__)
    const ix = indexObject(rt, r);
    decref(rt, r);
    if (ix === NULL) return null;
    r = ix;
  }
  const n = intValue(rt, r);
  decref(rt, r);
  if (n < 0) {
    raiseValueError(rt, '__len__() should return >= 0');
    return null;
  }
  if (typeof n === 'bigint' && n > 0x7fffffffffffffffn) {
    raiseOverflow(rt, "cannot fit 'int' into an index-sized integer");
    return null;
  }
  return n;
}

/**
 * CPython's PyObject_LengthHint(v) as list(v), tuple(v), list.extend(v), sorted(v) and
 * [*v] ask it of an instance of a class (after getting v's iterator), for its side effects
 * and errors only (gilvm does not preallocate from it): v's __len__, whose errors other
 * than TypeError propagate (a negative length is a ValueError); else its
 * __length_hint__, whose TypeError (or NotImplemented) means no hint, and whose result
 * must be an int >= 0. 0, or -1 with the exception set.
 */
export function lengthHintOfInstance(rt: Runtime, v: Ref): number {
  const t = typeOf(rt, v);
  if (typeLookup(rt, t, rt.names.__len__) !== NULL) {
    if (length(rt, v) >= 0) return 0;
    if (!errorMatches(rt, rt.exc.TypeError!)) return -1;
    clearError(rt);
  }
  const hint = typeLookup(rt, t, internJS(rt, '__length_hint__'));
  if (hint === NULL) return 0;
  const r = callWithSelf0(rt, hint, v);
  if (r === NULL) {
    if (!errorMatches(rt, rt.exc.TypeError!)) return -1;
    clearError(rt);
    return 0;
  }
  let status = 0;
  if (r !== rt.NotImplemented) {
    if (!isIntKind(kindOf(rt, r))) {
      raiseTypeError(rt, `__length_hint__ must be an integer, not ${typeNameOf(rt, r)}`);
      status = -1;
    } else {
      const n = intValue(rt, r);
      if (n < 0) {
        raiseValueError(rt, '__length_hint__() should return >= 0');
        status = -1;
      } else if (typeof n === 'bigint' && n > 0x7fffffffffffffffn) {
        raiseOverflow(rt, 'Python int too large to convert to C ssize_t');
        status = -1;
      }
    }
  }
  decref(rt, r);
  return status;
}

/** len(v) by v's layout kind only (no Python __len__): the built-in types' slot. */
export function lengthBuiltin(rt: Runtime, v: Ref): number {
  switch (kindOf(rt, v)) {
    case Kind.STR: return strCodePointLen(rt, v);
    case Kind.TUPLE: return tupleSize(rt, v);
    case Kind.LIST: return listSize(rt, v);
    case Kind.DICT: case Kind.SET: case Kind.FROZENSET: return dictSize(rt, v);
    case Kind.RANGE: {
      if (rangeIsBig(rt, v) && rangeLengthBig(rt, v) > 0x7fffffffffffffffn) {
        raiseOverflow(rt, 'Python int too large to convert to C ssize_t');
        return -1;
      }
      return rangeLength(rt, v);
    }
    case Kind.DICT_KEYS: case Kind.DICT_VALUES: case Kind.DICT_ITEMS:
      return dictSize(rt, rt.i32[(v + 16) >> 2] as Ref);
    case Kind.BYTES: case Kind.BYTEARRAY: return bytesSize(rt, v);
    default:
      raiseTypeError(rt, `object of type '${typeNameOf(rt, v)}' has no len()`);
      return -1;
  }
}

// ------------------------------------------------------------------ repr / str

/** Objects whose repr is in progress on this executor (self-referential containers
 * print as [...]). Transient: only non-empty during a (pinned) nested repr. */
const reprInProgress: number[] = [];

/** repr(v) as a JS string, or null on error. */
export function reprJS(rt: Runtime, v: Ref): string | null {
  // the exact leaf types straight to their text (a list of strs or numbers printed: no
  // heap str made per item and read back)
  if ((v & 1) === 1) return intToString(v >> 1);
  const t = rt.i32[v >> 2];
  if (t === rt.tStr) return reprString(strToJS(rt, v));
  if (t === rt.tFloat) return floatRepr(floatValue(rt, v));
  const r = repr(rt, v);
  if (r === NULL) return null;
  const s = strToJS(rt, r);
  decref(rt, r);
  return s;
}

/** str(v) as a JS string, or null on error. */
export function strJS(rt: Runtime, v: Ref): string | null {
  // str() of the common exact types without a heap str in between (print(i), print(x))
  if ((v & 1) === 1) return intToString(v >> 1);
  const t = rt.i32[v >> 2];
  if (t === rt.tStr) return strToJS(rt, v);
  if (t === rt.tFloat) return floatRepr(floatValue(rt, v));
  const r = str(rt, v);
  if (r === NULL) return null;
  const s = strToJS(rt, r);
  decref(rt, r);
  return s;
}

/** repr(v): new reference to a str, NULL on error. `slot` names the caller in the
 * non-str result error: str() of a class without __str__ reports `__str__ returned
 * non-string`, as CPython's object_str (which calls tp_repr unchecked). */
export function repr(rt: Runtime, v: Ref, slot: '__repr__' | '__str__' = '__repr__'): Ref {
  // a level of recursion, as CPython's PyObject_Repr (vm/stackguard.ts): nested containers
  if (!enterRecursiveCall(rt, ' while getting the repr of an object')) return NULL;
  try {
    return reprOf(rt, v, slot);
  } finally {
    leaveRecursiveCall(rt); // also when a HeapExhausted unwinds on its way to MemoryError
  }
}

/**
 * repr of an exact str of printable ASCII without a backslash, copied between the heap
 * strs inside its quotes (' unless it holds a ' and no "); NULL when the text needs the
 * general path (escapes, non-ASCII, both quotes).
 */
function reprAsciiStr(rt: Runtime, v: Ref): Ref {
  const n = strLen(rt, v);
  const u16 = rt.u16;
  const from = strUnits(v);
  let single = false, double = false;
  for (let i = 0; i < n; i++) {
    const c = u16[from + i]!;
    if (c < 0x20 || c > 0x7e || c === 0x5c) return NULL;
    if (c === 0x27) single = true;
    else if (c === 0x22) double = true;
  }
  if (single && double) return NULL;
  const quote = single ? 0x22 : 0x27;
  const r = strAlloc(rt, n + 2);
  const to = strUnits(r);
  rt.u16[to] = quote;
  copyUnits(rt.u16, to + 1, from, n);
  rt.u16[to + n + 1] = quote;
  return r;
}

function reprOf(rt: Runtime, v: Ref, slot: '__repr__' | '__str__'): Ref {
  const t = typeOf(rt, v);
  if (t === rt.tStr) {
    const r = reprAsciiStr(rt, v);
    if (r !== NULL) return r;
  }
  const heapType = (rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0;
  if (heapType || kindOf(rt, v) === Kind.OBJECT) {
    const d = typeLookup(rt, t, rt.names.__repr__);
    // a class's own __repr__, or a native class's (_thread.lock: <unlocked _thread.lock ...>)
    const native = d !== NULL && kindOf(rt, d) === Kind.METHOD_DESCRIPTOR;
    if (d !== NULL && (native ? kindOf(rt, v) === Kind.OBJECT && rt.i32[(d + MD_TYPE) >> 2] !== rt.tObject : heapType)) {
      const r = callWithSelf0(rt, d, v);
      if (r === NULL) return NULL;
      if (kindOf(rt, r) !== Kind.STR) {
        const msg = `${slot} returned non-string (type ${typeNameOf(rt, r)})`;
        decref(rt, r);
        return raiseTypeError(rt, msg);
      }
      return r;
    }
  }
  const s = reprBuiltin(rt, v, kindOf(rt, v));
  return s === null ? NULL : strFromJS(rt, s);
}

export function moduleNameOfType(rt: Runtime, t: Ref): string | null {
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0) return null;
  const d = rt.i32[(t + 40) >> 2] as Ref;
  const m = d !== 0 ? dictGetItem(rt, d, rt.names.__module__) : NULL;
  if (m === NULL || kindOf(rt, m) !== Kind.STR) return null;
  return strToJS(rt, m);
}

export function reprBuiltin(rt: Runtime, v: Ref, kind: Kind): string | null {
  switch (kind) {
    case Kind.INT: {
      const iv = intValue(rt, v);
      if (typeof iv === 'number') return intToString(iv);
      try {
        return intToDecimal(iv, intMaxStrDigits(rt)); // CPython 3.11's 4300-digit limit on str(int)
      } catch (e) {
        if (!(e instanceof RangeError)) throw e;
        raiseValueError(rt, e.message);
        return null;
      }
    }
    case Kind.BOOL: return v === rt.True ? 'True' : 'False';
    case Kind.FLOAT: return floatRepr(floatValue(rt, v));
    case Kind.COMPLEX: return complexRepr(rt, v);
    case Kind.STR: return reprString(strToJS(rt, v));
    case Kind.BYTES: case Kind.BYTEARRAY: return bytesRepr(rt, v);
    case Kind.NONE: return 'None';
    case Kind.ELLIPSIS: return 'Ellipsis';
    case Kind.NOTIMPLEMENTED: return 'NotImplemented';
    case Kind.TUPLE: case Kind.LIST: case Kind.SET: case Kind.FROZENSET: case Kind.DICT:
      return reprContainer(rt, v, kind);
    case Kind.TYPE: {
      const mod = moduleNameOfType(rt, v);
      return `<class '${typeReprName(rt, v, mod)}'>`;
    }
    case Kind.FUNCTION: return `<function ${strToJS(rt, rt.i32[(v + FN_QUALNAME) >> 2] as Ref)} at 0x${hexId(v)}>`;
    case Kind.STATICMETHOD: case Kind.CLASSMETHOD: {
      // CPython 3.10+ (sm_repr / cm_repr): <staticmethod(<function f at 0x...>)>, with a
      // subclass's own name
      const inner = reprJS(rt, rt.i32[(v + SM_FUNC) >> 2] as Ref);
      return inner === null ? null : `<${typeNameOf(rt, v)}(${inner})>`;
    }
    case Kind.BUILTIN_FUNCTION: {
      const self = rt.i32[(v + BF_SELF) >> 2] as Ref;
      const name = strToJS(rt, rt.i32[(v + BF_NAME) >> 2] as Ref);
      if (self !== 0 && kindOf(rt, self) !== Kind.MODULE) return `<built-in method ${name} of ${typeNameOf(rt, self)} object at 0x${hexId(self)}>`;
      return `<built-in function ${name}>`;
    }
    case Kind.MEMBER_DESCRIPTOR: return memberRepr(rt, v);
    case Kind.METHOD_DESCRIPTOR:
    {
      const mdName = strToJS(rt, rt.i32[(v + MD_NAME) >> 2] as Ref);
      const owner = typeName(rt, rt.i32[(v + MD_TYPE) >> 2] as Ref);
      // CPython's type slots (__add__, __init__, ...) are wrapper descriptors
      const what = isSlotWrapper(rt, v) ? 'slot wrapper' : 'method';
      return `<${what} '${mdName}' of '${owner}' objects>`;
    }
    case Kind.BOUND_METHOD: {
      const f = rt.i32[(v + BM_FUNC) >> 2] as Ref;
      const self = rt.i32[(v + BM_SELF) >> 2] as Ref;
      if (kindOf(rt, f) === Kind.METHOD_DESCRIPTOR || kindOf(rt, f) === Kind.BUILTIN_FUNCTION) {
        const isDescr = kindOf(rt, f) === Kind.METHOD_DESCRIPTOR;
        const bname = strToJS(rt, rt.i32[(f + (isDescr ? MD_NAME : BF_NAME)) >> 2] as Ref);
        if (isDescr && isSlotWrapper(rt, f)) {
          return `<method-wrapper '${bname}' of ${typeNameOf(rt, self)} object at 0x${hexId(self)}>`;
        }
        return `<built-in method ${bname} of ${typeNameOf(rt, self)} object at 0x${hexId(self)}>`;
      }
      const fname = kindOf(rt, f) === Kind.FUNCTION ? strToJS(rt, rt.i32[(f + FN_QUALNAME) >> 2] as Ref) : '?';
      const sr = reprJS(rt, self);
      if (sr === null) return null;
      return `<bound method ${fname} of ${sr}>`;
    }
    case Kind.MODULE: {
      // a module with a __file__ (a .py file, the script) says where it came from
      const name = strToJS(rt, rt.i32[(v + MOD_NAME) >> 2] as Ref);
      const file = dictGetItem(rt, rt.i32[(v + MOD_DICT) >> 2] as Ref, rt.names.__file__);
      if (file !== NULL && kindOf(rt, file) === Kind.STR) return `<module '${name}' from ${reprString(strToJS(rt, file))}>`;
      // one made by types.ModuleType has no loader (CPython's module_repr: no origin)
      if (dictGetStr(rt, rt.i32[(v + MOD_DICT) >> 2] as Ref, internName(rt, '__loader__')) === rt.None) return `<module '${name}'>`;
      return `<module '${name}' (built-in)>`;
    }
    case Kind.RANGE: {
      const i32 = rt.i32;
      if (rangeIsBig(rt, v)) {
        const [a, b, st] = rangeBounds(rt, v);
        return st === 1n ? `range(${a}, ${b})` : `range(${a}, ${b}, ${st})`;
      }
      const st = i32[(v + RANGE_STEP) >> 2]! >> 1;
      const a = i32[(v + RANGE_START) >> 2]! >> 1;
      const b = i32[(v + RANGE_STOP) >> 2]! >> 1;
      return st === 1 ? `range(${a}, ${b})` : `range(${a}, ${b}, ${st})`;
    }
    case Kind.SLICE: {
      const parts: string[] = [];
      for (const off of [SLICE_START, SLICE_STOP, SLICE_STEP]) {
        const s = reprJS(rt, rt.i32[(v + off) >> 2] as Ref);
        if (s === null) return null;
        parts.push(s);
      }
      return `slice(${parts.join(', ')})`;
    }
    case Kind.BASE_EXCEPTION: {
      const args = rt.i32[(v + EXC_ARGS) >> 2] as Ref;
      const name = typeNameOf(rt, v);
      const n = tupleSize(rt, args);
      if (n > 2 && n <= 5 && isSubtype(rt, typeOf(rt, v), rt.exc.OSError!)) {
        // OSError(errno, strerror, filename...): repr shows the args CPython keeps (the first two)
        const errno = reprJS(rt, tupleItem(rt, args, 0));
        const strerror = errno === null ? null : reprJS(rt, tupleItem(rt, args, 1));
        return strerror === null ? null : `${name}(${errno}, ${strerror})`;
      }
      if (tupleSize(rt, args) === 1) {
        const s = reprJS(rt, tupleItem(rt, args, 0));
        return s === null ? null : `${name}(${s})`;
      }
      const s = reprJS(rt, args);
      if (s === null) return null;
      return `${name}${tupleSize(rt, args) === 0 ? '()' : s}`;
    }
    case Kind.CELL: return `<cell at 0x${hexId(v)}>`;
    case Kind.SUPER: {
      // CPython's super_repr: the class, then the type of what it is bound to
      const cls = rt.i32[(v + 16) >> 2] as Ref, obj = rt.i32[(v + 20) >> 2] as Ref;
      const objType = obj === NULL ? NULL : kindOf(rt, obj) === Kind.TYPE && isSubtype(rt, obj, cls) ? obj : typeOf(rt, obj);
      return `<super: <class '${typeName(rt, cls)}'>, ${objType === NULL ? 'NULL' : `<${typeName(rt, objType)} object>`}>`;
    }
    case Kind.CODE: {
      // CPython's code_repr: name, address, file and first line
      const name = strToJS(rt, rt.i32[(v + CO_NAME) >> 2] as Ref);
      const file = strToJS(rt, rt.i32[(v + CO_FILENAME) >> 2] as Ref);
      return `<code object ${name} at 0x${hexId(v)}, file "${file}", line ${rt.i32[(v + CO_FIRSTLINENO) >> 2]!}>`;
    }
    case Kind.GENERATOR: case Kind.COROUTINE: case Kind.ASYNC_GENERATOR:
      return `<${typeNameOf(rt, v)} object ${strToJS(rt, rt.i32[(v + 24) >> 2] as Ref)} at 0x${hexId(v)}>`; // generator.ts GEN_QUALNAME
    case Kind.DICT_KEYS: case Kind.DICT_VALUES: case Kind.DICT_ITEMS: {
      // dictview_repr: Py_ReprEnter on the view, '...' when it is already being printed
      if (reprInProgress.includes(v)) return '...';
      const items = listFromIterable(rt, v);
      if (items === NULL) return null;
      reprInProgress.push(v);
      let s: string | null;
      try {
        s = reprContainer(rt, items, Kind.LIST);
      } finally {
        reprInProgress.pop();
      }
      decref(rt, items);
      const name = kind === Kind.DICT_KEYS ? 'dict_keys' : kind === Kind.DICT_VALUES ? 'dict_values' : 'dict_items';
      return s === null ? null : `${name}(${s})`;
    }
    default: {
      const t = typeOf(rt, v);
      const mod = moduleNameOfType(rt, t);
      return `<${typeReprName(rt, t, mod ?? (isHeapTypeObj(rt, v) ? null : null))} object at 0x${hexId(v)}>`;
    }
  }
}

export function hexId(v: number): string {
  return (0x7f0000000000 + v).toString(16);
}

function reprContainer(rt: Runtime, v: Ref, kind: Kind): string | null {
  if (reprInProgress.includes(v)) {
    // a set names its type (CPython's set_repr: "%s(...)" of tp_name)
    return kind === Kind.LIST ? '[...]' : kind === Kind.DICT ? '{...}'
      : kind === Kind.SET || kind === Kind.FROZENSET ? `${typeName(rt, typeOf(rt, v))}(...)` : '(...)';
  }
  reprInProgress.push(v);
  try {
    const parts: string[] = [];
    if (kind === Kind.DICT) {
      for (let ix = dictNextEntry(rt, v, 0); ix >= 0; ix = dictNextEntry(rt, v, ix + 1)) {
        const k = dictEntryKey(rt, v, ix);
        const val = dictEntryValue(rt, v, ix);
        incref(rt, k);
        incref(rt, val);
        const ks = reprJS(rt, k);
        const vs = ks === null ? null : reprJS(rt, val);
        decref(rt, k);
        decref(rt, val);
        if (vs === null) return null;
        parts.push(`${ks}: ${vs}`);
      }
      return `{${parts.join(', ')}}`;
    }
    if (kind === Kind.SET || kind === Kind.FROZENSET) {
      setCanonicalOrder(rt, v);
      for (let ix = dictNextEntry(rt, v, 0); ix >= 0; ix = dictNextEntry(rt, v, ix + 1)) {
        const s = reprJS(rt, dictEntryKey(rt, v, ix));
        if (s === null) return null;
        parts.push(s);
      }
      const name = typeNameOf(rt, v);
      if (parts.length === 0) return `${name}()`;
      return kind === Kind.SET && name === 'set' ? `{${parts.join(', ')}}` : `${name}({${parts.join(', ')}})`;
    }
    const n = kind === Kind.LIST ? listSize(rt, v) : tupleSize(rt, v);
    for (let i = 0; i < (kind === Kind.LIST ? listSize(rt, v) : n); i++) {
      const item = kind === Kind.LIST ? listItem(rt, v, i) : tupleItem(rt, v, i);
      incref(rt, item);
      const s = reprJS(rt, item);
      decref(rt, item);
      if (s === null) return null;
      parts.push(s);
    }
    if (kind === Kind.LIST) return `[${parts.join(', ')}]`;
    return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
  } finally {
    reprInProgress.pop();
  }
}

/** str(v): new reference, NULL on error. */
export function str(rt: Runtime, v: Ref): Ref {
  const t = typeOf(rt, v);
  if (t === rt.tStr) return newRef(rt, v);
  // a level of recursion, as CPython's PyObject_Str (vm/stackguard.ts)
  if (!enterRecursiveCall(rt, ' while getting the str of an object')) return NULL;
  try {
    return strOf(rt, v, t);
  } finally {
    leaveRecursiveCall(rt); // also when a HeapExhausted unwinds on its way to MemoryError
  }
}

function strOf(rt: Runtime, v: Ref, t: Ref): Ref {
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) {
    const d = typeLookup(rt, t, rt.names.__str__);
    if (d !== NULL && kindOf(rt, d) !== Kind.METHOD_DESCRIPTOR) {
      const r = callWithSelf0(rt, d, v);
      if (r === NULL) return NULL;
      if (kindOf(rt, r) !== Kind.STR) {
        const msg = `__str__ returned non-string (type ${typeNameOf(rt, r)})`;
        decref(rt, r);
        return raiseTypeError(rt, msg);
      }
      return r;
    }
  }
  const kind = kindOf(rt, v);
  if (kind === Kind.STR) return strFromJS(rt, strToJS(rt, v)); // a subclass's: the exact str
  if (kind === Kind.BASE_EXCEPTION) {
    if (unicodeErrorArgs(rt, v) !== NULL) {
      const text = unicodeErrorMessage(rt, v);
      return text === null ? NULL : strFromJS(rt, text);
    }
    if (isSubtype(rt, t, rt.exc.ImportError!)) {
      // ImportError_str: its msg member when that is a str (gilvm keeps an assigned msg in
      // the instance dict; the one from the arguments is args[0], printed the same below)
      const d = instanceDict(rt, v, false);
      const msg = d !== NULL ? dictGetItem(rt, d, internName(rt, 'msg')) : NULL;
      if (msg !== NULL && typeOf(rt, msg) === rt.tStr) return newRef(rt, msg);
    }
    const args = rt.i32[(v + EXC_ARGS) >> 2] as Ref;
    const n = tupleSize(rt, args);
    // SyntaxError's str is its msg's, None without one (CPython's SyntaxError_str)
    if (n === 0) return isSubtype(rt, t, rt.exc.SyntaxError!) ? strFromJS(rt, 'None') : newRef(rt, rt.emptyStr);
    if (n === 1) {
      if (isSubtype(rt, t, rt.exc.KeyError!)) return repr(rt, tupleItem(rt, args, 0));
      return str(rt, tupleItem(rt, args, 0));
    }
    const details = syntaxErrorDetails(rt, v);
    if (details !== NULL) {
      // SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])):
      // "msg (basename, line N)"
      const msg = strJS(rt, tupleItem(rt, args, 0));
      if (msg === null) return NULL;
      const fn = tupleItem(rt, details, 0);
      const ln = tupleItem(rt, details, 1);
      const file = kindOf(rt, fn) === Kind.STR ? strToJS(rt, fn).replace(/^.*\//, '') : null;
      const line = typeOf(rt, ln) === rt.tInt ? strJS(rt, ln) : null;
      if (file === null && line === null) return strFromJS(rt, msg);
      return strFromJS(rt, `${msg} (${file !== null && line !== null ? `${file}, line ${line}` : file !== null ? file : `line ${line}`})`);
    }
    if (n <= 5 && isSubtype(rt, t, rt.exc.OSError!)) {
      // [Errno 2] strerror[: 'filename']
      const en = strJS(rt, tupleItem(rt, args, 0));
      const se = en === null ? null : strJS(rt, tupleItem(rt, args, 1));
      const fn = se === null || n === 2 ? '' : reprJS(rt, tupleItem(rt, args, 2));
      // OSError(errno, strerror, filename, winerror, filename2): "... 'filename' -> 'filename2'"
      const fn2 = n === 5 && tupleItem(rt, args, 4) !== rt.None ? reprJS(rt, tupleItem(rt, args, 4)) : '';
      if (fn === null || se === null || fn2 === null) return NULL;
      return strFromJS(rt, `[Errno ${en}] ${se}${n === 2 ? '' : ': ' + fn}${fn2 === '' ? '' : ' -> ' + fn2}`);
    }
    return repr(rt, args);
  }
  return reprOf(rt, v, '__str__'); // object_str calls tp_repr itself: no second recursion level
}

// ------------------------------------------------------------------ format

/** format(v, spec): new str reference or NULL. */
export function format(rt: Runtime, v: Ref, spec: Ref): Ref {
  const t = typeOf(rt, v);
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) {
    const d = typeLookup(rt, t, rt.names.__format__);
    if (d !== NULL && kindOf(rt, d) !== Kind.METHOD_DESCRIPTOR) {
      const r = callWithSelf1(rt, d, v, spec);
      if (r === NULL) return NULL;
      if (kindOf(rt, r) !== Kind.STR) {
        decref(rt, r);
        return raiseTypeError(rt, `__format__ must return a str, not ${typeNameOf(rt, r)}`);
      }
      return r;
    }
  }
  return formatBuiltin(rt, v, spec);
}

/**
 * format(v, spec) as JS text, null with the error set: for callers that build text
 * (str.format). An exact int, float or str (types with no __format__ of their own: the
 * rules of formatBuiltin, whose empty spec is str(v)) is formatted without a heap str for
 * the spec or the result; any other value goes through format().
 */
export function formatJS(rt: Runtime, v: Ref, spec: string): string | null {
  const t = typeOf(rt, v);
  if (t === rt.tInt || t === rt.tFloat || t === rt.tStr) {
    try {
      if (t === rt.tInt) return formatInt(intValue(rt, v), spec, 'int', intMaxStrDigits(rt));
      if (t === rt.tFloat) return formatFloat(floatValue(rt, v), spec);
      return formatStr(strToJS(rt, v), spec);
    } catch (e) {
      if (e instanceof NumericError) {
        raiseNumericError(rt, e);
        return null;
      }
      throw e;
    }
  }
  const specRef = strFromJS(rt, spec);
  const f = format(rt, v, specRef);
  decref(rt, specRef);
  if (f === NULL) return null;
  const text = strToJS(rt, f);
  decref(rt, f);
  return text;
}

/** format(v, spec) by v's layout kind, never a class's own __format__ (int.__format__(self,
 * spec) called from a subclass's override). */
export function formatBuiltin(rt: Runtime, v: Ref, spec: Ref): Ref {
  const t = typeOf(rt, v);
  const specJS = strToJSImmortal(rt, spec); // an f-string's spec is a code constant
  const kind = kindOf(rt, v);
  // int/float/complex/str.__format__ with an empty spec is str(self) (so a subclass's
  // __str__ answers, and a str subclass gives an exact str)
  if (specJS === '' && (kind === Kind.INT || kind === Kind.BOOL || kind === Kind.FLOAT || kind === Kind.COMPLEX || kind === Kind.STR)) {
    return str(rt, v);
  }
  let out: string | null;
  switch (kind) {
    case Kind.INT: out = numeric(rt, () => formatInt(intValue(rt, v), specJS, 'int', intMaxStrDigits(rt))); break;
    case Kind.BOOL:
      out = specJS === '' ? (v === rt.True ? 'True' : 'False') : numeric(rt, () => formatInt(intValue(rt, v), specJS, 'bool'));
      break;
    case Kind.FLOAT: out = numeric(rt, () => formatFloat(floatValue(rt, v), specJS)); break;
    case Kind.COMPLEX: out = complexFormat(rt, v, specJS); break;
    case Kind.STR: out = numeric(rt, () => formatStr(strToJS(rt, v), specJS)); break;
    default:
      if (specJS !== '') {
        return raiseTypeError(rt, `unsupported format string passed to ${typeNameOf(rt, v)}.__format__`);
      }
      // object.__format__, which CPython's PyObject_Format calls as a METH_O method: a
      // level of recursion for the call (f"{self}" inside __str__ recurses through it)
      if (!enterRecursiveCall(rt, ' while calling a Python object')) return NULL;
      try {
        return str(rt, v);
      } finally {
        leaveRecursiveCall(rt);
      }
  }
  return out === null ? NULL : strFromJS(rt, out);
}

// ------------------------------------------------------------------ attributes

/** getattr(obj, name): new reference or NULL (AttributeError set). */
export function getAttr(rt: Runtime, obj: Ref, name: Ref): Ref {
  const r = getAttrNoContext(rt, obj, name);
  // CPython 3.11's set_attribute_error_context: an AttributeError leaving getattr records
  // the name and the object (for e.name, e.obj and the "Did you mean" suggestion)
  if (r === NULL && errorMatches(rt, rt.exc.AttributeError!)) exceptionSetNameContext(rt, currentError(rt), name, obj);
  return r;
}

/** getAttr without recording name/obj on the AttributeError: for callers that swallow it
 * (hasattr, getAttrOptional). */
export function getAttrNoContext(rt: Runtime, obj: Ref, name: Ref): Ref {
  const t = typeOf(rt, obj);
  if (t === rt.kindTypes[Kind.SUPER]) return superGetAttr(rt, obj, name);
  let r: Ref;
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HAS_GETATTRIBUTE) !== 0) {
    const gab = typeLookup(rt, t, internName(rt, '__getattribute__'));
    r = gab !== NULL && kindOf(rt, gab) !== Kind.METHOD_DESCRIPTOR ? callWithSelf1(rt, gab, obj, name) : genericGetAttr(rt, obj, name, t);
  } else r = genericGetAttr(rt, obj, name, t);
  if (r !== NULL) return r;
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HAS_GETATTR) !== 0 && errorMatches(rt, rt.exc.AttributeError!)) {
    const ga = typeLookup(rt, t, rt.names.__getattr__);
    if (ga !== NULL) {
      clearError(rt);
      return callWithSelf1(rt, ga, obj, name);
    }
  }
  return NULL;
}

/**
 * property / staticmethod / classmethod's __isabstractmethod__ (CPython's
 * _PyObject_IsAbstract over fget, fset, fdel or the wrapped callable): True when one of
 * funcs (0 = absent) has a true __isabstractmethod__. NULL with an error set.
 */
function anyIsAbstract(rt: Runtime, funcs: Ref[]): Ref {
  const attrName = internName(rt, '__isabstractmethod__');
  for (const f of funcs) {
    if (f === 0) continue;
    const a = getAttrOptional(rt, f, attrName);
    if (a === NULL) {
      if (errOccurred(rt)) return NULL;
      continue;
    }
    const truth = isTrue(rt, a);
    decref(rt, a);
    if (truth < 0) return NULL;
    if (truth === 1) return rt.True;
  }
  return rt.False;
}

/** Like getAttr, but returns NULL with NO exception when the attribute is missing. */
export function getAttrOptional(rt: Runtime, obj: Ref, name: Ref): Ref {
  const r = getAttrNoContext(rt, obj, name);
  if (r === NULL && errorMatches(rt, rt.exc.AttributeError!)) clearError(rt);
  return r;
}

/**
 * d, found on a type, is a data descriptor (CPython's PyDescr_IsData): a property, a slot,
 * a namedtuple field, or an object whose type has __set__ or __delete__. Stores go through
 * it, never into the instance dict; loads too when it has a __get__ (genericGetAttr).
 */
export function isDataDescriptor(rt: Runtime, d: Ref): boolean {
  const k = kindOf(rt, d);
  if (k === Kind.PROPERTY || k === Kind.MEMBER_DESCRIPTOR) return true;
  if (isHeapTypeObj(rt, d)) {
    const dt = typeOf(rt, d);
    if ((rt.i32[(dt + TP_FLAGS) >> 2]! & TPF_TUPLEGETTER) !== 0) return true;
    // either makes it one (CPython's slot_tp_descr_set serves both)
    return typeLookup(rt, dt, rt.names.__set__) !== NULL || typeLookup(rt, dt, rt.names.__delete__) !== NULL;
  }
  return false;
}

/**
 * A namedtuple field read natively (typelayout.ts TPF_TUPLEGETTER): item `_index` of the
 * tuple obj, new reference; NULL, with no exception, when this does not apply (obj not a
 * tuple, no small-int _index in range): the caller calls the Python __get__, which
 * behaves the same and raises what CPython's does. Its Python __get__ cost a frame per
 * field read: a loop reading namedtuple fields ran at ~9x CPython's time.
 * The descriptor's _index slot is written once, by _tuplegetter.__init__, before the class
 * holding it exists: reading it unlocked is safe with --no-gil.
 */
function tupleGetterItem(rt: Runtime, d: Ref, obj: Ref): Ref {
  if (obj === NULL || (obj & 1) === 1 || kindOf(rt, obj) !== Kind.TUPLE) return NULL;
  // _index is a __slots__ member (objects/member.ts): its word, read directly
  const m = typeLookup(rt, typeOf(rt, d), rt.names._index);
  if (m === NULL || kindOf(rt, m) !== Kind.MEMBER_DESCRIPTOR) return NULL;
  const ix = rt.i32[(d + rt.i32[(m + MB_OFFSET) >> 2]!) >> 2]!;
  if (ix === 0 || (ix & 1) === 0) return NULL;
  const i = ix >> 1;
  if (i < 0 || i >= tupleSize(rt, obj)) return NULL;
  return newRef(rt, tupleItem(rt, obj, i));
}

/** Applies the descriptor protocol to an attribute found on the type. New reference. */
export function bindDescriptor(rt: Runtime, d: Ref, obj: Ref, type: Ref): Ref {
  switch (kindOf(rt, d)) {
    case Kind.FUNCTION:
      return obj === NULL ? newRef(rt, d) : boundMethodNew(rt, d, obj);
    case Kind.METHOD_DESCRIPTOR:
      return obj === NULL ? newRef(rt, d) : bindMethodDescriptor(rt, d, obj);
    case Kind.STATICMETHOD:
      return newRef(rt, rt.i32[(d + SM_FUNC) >> 2] as Ref);
    case Kind.CLASSMETHOD: {
      const f = rt.i32[(d + SM_FUNC) >> 2] as Ref;
      // a native class method (int.from_bytes) binds as a built-in method of the class
      const fk = kindOf(rt, f);
      if (fk === Kind.BUILTIN_FUNCTION && rt.i32[(f + BF_SELF) >> 2] === 0) return builtinMethodBind(rt, f, type);
      // a wrapped descriptor (classmethod(property(...)), a class with __get__): its own
      // __get__(type, type), as CPython 3.9-3.12's cm_descr_get chains
      if (fk === Kind.PROPERTY || fk === Kind.CLASSMETHOD || fk === Kind.STATICMETHOD ||
          (fk !== Kind.FUNCTION && isHeapTypeObj(rt, f) && typeLookup(rt, typeOf(rt, f), rt.names.__get__) !== NULL)) {
        return bindDescriptor(rt, f, type, type);
      }
      return boundMethodNew(rt, f, type);
    }
    case Kind.MEMBER_DESCRIPTOR:
      return obj === NULL ? newRef(rt, d) : memberGet(rt, d, obj);
    case Kind.SUPER:
      return superBind(rt, d, obj);
    case Kind.PROPERTY: {
      // a subclass of property with its own __get__ (class cached(property): ...)
      const own = isHeapTypeObj(rt, d) ? propertyOverride(rt, d, rt.names.__get__) : NULL;
      if (own !== NULL) return callWithSelf2(rt, own, d, obj === NULL ? rt.None : obj, type);
      return propertyGet(rt, d, obj, type);
    }
    default:
      if (isHeapTypeObj(rt, d)) {
        if ((rt.i32[(typeOf(rt, d) + TP_FLAGS) >> 2]! & TPF_TUPLEGETTER) !== 0) {
          const item = tupleGetterItem(rt, d, obj);
          if (item !== NULL) return item;
        }
        const get = typeLookup(rt, typeOf(rt, d), rt.names.__get__);
        if (get !== NULL) return callWithSelf2(rt, get, d, obj === NULL ? rt.None : obj, type);
      }
      return newRef(rt, d);
  }
}

/** property.__get__ itself: the property d (obj NULL: read on the class) or fget(obj). */
export function propertyGet(rt: Runtime, d: Ref, obj: Ref, type: Ref): Ref {
  if (obj === NULL) return newRef(rt, d);
  const g = rt.i32[(d + PR_GET) >> 2] as Ref;
  if (g === 0 || g === rt.None) {
    const pn = propertyNameIn(rt, type !== NULL ? type : typeOf(rt, obj), d);
    return raiseAttributeError(rt, `property ${pn === null ? '' : `'${pn}' `}of '${typeNameOf(rt, obj)}' object has no getter`);
  }
  return call1(rt, g, obj);
}

/**
 * What a subclass of property (d an instance of it) defines for `slot` (__get__, __set__
 * or __delete__) in place of property's own, borrowed; NULL when it inherits property's.
 */
export function propertyOverride(rt: Runtime, d: Ref, slot: Ref): Ref {
  const own = typeLookup(rt, typeOf(rt, d), slot);
  return own === NULL || own === typeLookup(rt, rt.kindTypes[Kind.PROPERTY]!, slot) ? NULL : own;
}

/**
 * A method descriptor bound to obj (both borrowed): a builtin_function_or_method with
 * __self__, as CPython's; a slot wrapper (CPython's method-wrapper) stays a bound method.
 * New reference.
 */
export function bindMethodDescriptor(rt: Runtime, d: Ref, obj: Ref): Ref {
  if (isSlotWrapper(rt, d)) return boundMethodNew(rt, d, obj);
  return builtinMethodBind(rt, d, obj);
}

/** The instance __dict__ of obj (borrowed), creating it if `create`; NULL if none. */
export function instanceDict(rt: Runtime, obj: Ref, create: boolean): Ref {
  if ((obj & 1) === 1) return NULL;
  const t = rt.i32[obj >> 2]!;
  const off = rt.i32[(t + TP_DICTOFFSET) >> 2]!;
  if (off === 0) {
    if (kindOf(rt, obj) === Kind.FUNCTION) {
      let d = rt.i32[(obj + FN_DICT) >> 2] as Ref;
      if (d === 0 && create) {
        d = dictNew(rt);
        rt.i32[(obj + FN_DICT) >> 2] = d;
      }
      return d;
    }
    if (kindOf(rt, obj) === Kind.MODULE) return rt.i32[(obj + MOD_DICT) >> 2] as Ref;
    return NULL;
  }
  const at = dictWordOffset(rt, obj, off);
  let d = rt.i32[(obj + at) >> 2] as Ref;
  if (d === 0 && create) {
    d = dictNew(rt);
    rt.i32[(obj + at) >> 2] = d;
  }
  return d;
}

/** object.__getattribute__ (and type's, for classes). */
export function genericGetAttr(rt: Runtime, obj: Ref, name: Ref, t: Ref, suppress = false): Ref {
  if (kindOf(rt, obj) === Kind.TYPE) return typeGetAttr(rt, obj, name);
  const descr = typeLookup(rt, t, name);
  // a data descriptor wins over the instance dict, if it has a __get__ (one with only
  // __set__ lets the dict's value show: CPython's _PyObject_GenericGetAttrWithDict)
  if (descr !== NULL && isDataDescriptor(rt, descr)
      && (!isHeapTypeObj(rt, descr) || typeLookup(rt, typeOf(rt, descr), rt.names.__get__) !== NULL)) {
    return bindDescriptor(rt, descr, obj, t);
  }
  // object's __class__, a data descriptor in CPython: it wins over the instance dict, and
  // `self.__class__` costs no dict probe and no name text (specialAttr below)
  if (descr === NULL && name === rt.names.__class__) return newRef(rt, typeOf(rt, obj));
  if (descr === NULL && name === rt.names.__dict__) {
    // likewise the __dict__ getset (a missing one, __slots__ only, goes the long way)
    const own = specialAttr(rt, obj, '__dict__');
    if (own !== NULL || errOccurred(rt)) return own;
  }
  const d = instanceDict(rt, obj, false);
  if (d !== NULL) {
    const v = dictGetItem(rt, d, name);
    if (v !== NULL) return newRef(rt, v);
    if (errOccurred(rt)) return NULL;
  }
  if (name === rt.names.__doc__ && (rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) return heapTypeDoc(rt, t);
  if (descr !== NULL) {
    // object's generic dunders are overridden by the built-in type's own slot wrappers
    if (kindOf(rt, descr) === Kind.METHOD_DESCRIPTOR && rt.i32[(descr + MD_TYPE) >> 2] === rt.tObject) {
      const w = builtinSlotAttr(rt, kindOf(rt, obj), name, obj);
      if (w !== NULL) return w;
    }
    return bindDescriptor(rt, descr, obj, t);
  }
  const special = specialAttr(rt, obj, strToJS(rt, name));
  if (special !== NULL || errOccurred(rt)) return special;
  const slot = builtinSlotAttr(rt, kindOf(rt, obj), name, obj);
  if (slot !== NULL) return slot;
  const extra = objectExtraAttr(rt, obj, t, name);
  if (extra !== NULL || errOccurred(rt)) return extra;
  if (kindOf(rt, obj) === Kind.MODULE) return moduleMissingAttr(rt, obj, name);
  if (suppress) return NULL;
  return raiseAttributeError(rt, `'${typeName(rt, t)}' object has no attribute '${strToJS(rt, name)}'`);
}

/**
 * CPython's _PyObject_LookupAttr (hasattr, getattr with a default): the attribute (new
 * reference), or NULL with no exception when it is missing, or NULL with the exception of
 * another failure. A type without __getattribute__ or __getattr__ of its own answers a miss
 * without making the AttributeError (its message and object were most of a missing
 * hasattr's cost: 1.4 us against CPython's 34 ns).
 */
export function lookupAttr(rt: Runtime, obj: Ref, name: Ref): Ref {
  const t = typeOf(rt, obj);
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & (TPF_HAS_GETATTRIBUTE | TPF_HAS_GETATTR)) === 0 && t !== rt.kindTypes[Kind.SUPER]) {
    return genericGetAttr(rt, obj, name, t, true);
  }
  return getAttrOptional(rt, obj, name);
}

/**
 * The attributes of CPython's `object` that gilvm's object dict does not hold, asked for
 * last (after the MRO, the instance dict and the kind's own attributes; obj NULL: on class
 * t itself): the class methods __init_subclass__ and __subclasshook__ (bound to the class),
 * a built-in object's __doc__ (None: gilvm keeps no built-in docstrings) and an instance's
 * __weakref__ (its first weak reference, or None). NULL without an exception when none.
 */
function objectExtraAttr(rt: Runtime, obj: Ref, t: Ref, name: Ref): Ref {
  // (by text: a name made at run time, getattr(x, n) over dir(x), is not the interned one)
  const text = strToJS(rt, name);
  if (text === '__init_subclass__') return classBoundNative(rt, INIT_SUBCLASS_DEFAULT, name, t);
  if (text === '__subclasshook__') return classBoundNative(rt, SUBCLASSHOOK_DEFAULT, name, t);
  // the built-in generic classes' (list[int]): a class method making a GenericAlias
  if (text === '__class_getitem__') return inheritsGeneric(rt, t) ? classBoundNative(rt, CLASS_GETITEM_DEFAULT, name, t) : NULL;
  if (text === '__doc__') return obj !== NULL && isHeapTypeObj(rt, obj) ? heapTypeDoc(rt, t) : newRef(rt, rt.None);
  if (obj !== NULL && text === '__weakref__' && typeHasWeakref(rt, t)) return firstWeakref(rt, obj);
  if (obj === NULL && text === '__weakref__') return classWeakrefDescriptor(rt, t);
  return NULL;
}

/**
 * `C.__weakref__` on a class: the getset descriptor of the first class on C's MRO whose
 * CPython class dict holds one (the class that added the slot, typecall.ts
 * classDictExtras), as `C.__dict__['__weakref__']` shows it; NULL without an exception when
 * none does (`class S: __slots__ = ()`). New reference.
 */
function classWeakrefDescriptor(rt: Runtime, cls: Ref): Ref {
  const mro = rt.i32[(cls + TP_MRO) >> 2] as Ref;
  if (mro === NULL || kindOf(rt, mro) !== Kind.TUPLE) return NULL;
  for (let i = 0; i < tupleSize(rt, mro); i++) {
    const c = tupleItem(rt, mro, i);
    const extras = classDictExtras(rt, c);
    if (extras === null) { clearError(rt); return NULL; }
    if (!extras.some(([n]) => n === '__weakref__')) continue;
    const name = strFromJS(rt, '__weakref__');
    const r = mappingProxyDescriptor(rt, 'getset_descriptor', name, c);
    decref(rt, name);
    return r;
  }
  return NULL;
}

/** lib/_mappingproxy.py's `factory`(name, owner): the descriptor object a class's __dict__
 * shows for a slot-less attribute (new reference, or NULL with an error). */
function mappingProxyDescriptor(rt: Runtime, factory: string, name: Ref, owner: Ref): Ref {
  const make = importedAttr(rt, '_mappingproxy', factory);
  if (make === NULL) return NULL;
  const w = dataStackPush(rt, 2);
  rt.i32[w] = name;
  rt.i32[w + 1] = owner;
  const r = callVector(rt, make, w, 2, NULL);
  dataStackPop(rt, w);
  decref(rt, make);
  return r;
}

/** Native `index` as a class method of cls (new reference). */
function classBoundNative(rt: Runtime, index: number, name: Ref, cls: Ref): Ref {
  const f = builtinFunctionNew(rt, index, name, NULL);
  const bm = builtinMethodBind(rt, f, cls);
  decref(rt, f);
  return bm;
}

/** object.__init_subclass__ called as a class method: no arguments, no keywords. */
export const INIT_SUBCLASS_DEFAULT = defineNative('__init_subclass__', (rt, args, nargs, kw) => {
  const cls = rt.i32[args] as Ref;
  if (kw !== NULL && tupleSize(rt, kw) > 0) return raiseTypeError(rt, `${typeQualname(rt, cls)}.__init_subclass__() takes no keyword arguments`);
  if (nargs > 1) return raiseTypeError(rt, `${typeQualname(rt, cls)}.__init_subclass__() takes no arguments (${nargs - 1} given)`);
  return rt.None;
});

/** A built-in generic class's __class_getitem__(key): types.GenericAlias(cls, key). */
const CLASS_GETITEM_DEFAULT = defineNative('__class_getitem__', (rt, args, nargs, kw) => {
  if (nargs !== 2 || (kw !== NULL && tupleSize(rt, kw) > 0)) return raiseTypeError(rt, `__class_getitem__() takes exactly one argument (${nargs - 1} given)`);
  const ga = genericHelper(rt, 'GenericAlias');
  if (ga === NULL) return NULL;
  const r = call2(rt, ga, rt.i32[args] as Ref, rt.i32[args + 1] as Ref);
  decref(rt, ga);
  return r;
});

/** object.__subclasshook__: NotImplemented, whatever it is given (CPython's object_subclasshook). */
const SUBCLASSHOOK_DEFAULT = defineNative('__subclasshook__', (rt) => rt.NotImplemented);

/** A class's __doc__: its own docstring or None, never a base's (CPython's type_new puts
 * __doc__ in every class dict). New reference. */
function heapTypeDoc(rt: Runtime, cls: Ref): Ref {
  const v = dictGetStr(rt, rt.i32[(cls + 40) >> 2] as Ref, rt.names.__doc__);
  if (v === NULL || !isHeapTypeObj(rt, v)) return newRef(rt, v !== NULL ? v : rt.None);
  return bindDescriptor(rt, v, NULL, cls);
}

/** Attribute lookup on a class: its MRO (descriptors bound with no instance), then the
 * metatype. */
function typeGetAttr(rt: Runtime, cls: Ref, name: Ref): Ref {
  // type's getsets, which win over the class's namespace (data descriptors of the
  // metatype): answered first, without the MRO walk and the name's text
  if (name === rt.names.__name__) return specialAttr(rt, cls, '__name__');
  if (name === rt.names.__qualname__) return specialAttr(rt, cls, '__qualname__');
  if (name === rt.names.__mro__) return specialAttr(rt, cls, '__mro__');
  if (name === rt.names.__bases__) return specialAttr(rt, cls, '__bases__');
  if (name === rt.names.__doc__ && (rt.i32[(cls + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) return heapTypeDoc(rt, cls);
  if (name === rt.names.__annotations__ && (rt.i32[(cls + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) return heapTypeAnnotations(rt, cls);
  if (name === rt.names.__abstractmethods__) {
    // type's getset (type_abstractmethods): the class's own entry only, never a base's
    const own = cls === rt.tType ? NULL : dictGetStr(rt, rt.i32[(cls + TP_DICT) >> 2] as Ref, name);
    return own !== NULL ? newRef(rt, own) : raiseAttributeError(rt, '__abstractmethods__');
  }
  const v = typeLookup(rt, cls, name);
  if (v !== NULL && kindOf(rt, v) === Kind.METHOD_DESCRIPTOR && rt.i32[(v + MD_TYPE) >> 2] === rt.tObject && cls !== rt.tObject) {
    const w = builtinSlotAttr(rt, rt.i32[(cls + TP_KIND) >> 2] as Kind, name, NULL, cls);
    if (w !== NULL) return w;
  }
  if (v === NULL) {
    const w = builtinSlotAttr(rt, rt.i32[(cls + TP_KIND) >> 2] as Kind, name, NULL, cls);
    if (w !== NULL) return w;
  }
  if (v !== NULL) {
    const k = kindOf(rt, v);
    if (k === Kind.STATICMETHOD || k === Kind.CLASSMETHOD) return bindDescriptor(rt, v, NULL, cls);
    if (k === Kind.PROPERTY && isHeapTypeObj(rt, v)) return bindDescriptor(rt, v, NULL, cls);
    if (k === Kind.PROPERTY || k === Kind.FUNCTION || k === Kind.METHOD_DESCRIPTOR) return newRef(rt, v);
    if (isHeapTypeObj(rt, v)) return bindDescriptor(rt, v, NULL, cls);
    return newRef(rt, v);
  }
  const meta = typeLookup(rt, rt.tType, name);
  if (meta !== NULL) return bindDescriptor(rt, meta, cls, rt.tType);
  if (name === rt.names.__call__) {
    // type's own tp_call, bound to the class (C.__call__() makes an instance)
    const w = builtinSlotAttr(rt, Kind.TYPE, name, cls);
    if (w !== NULL) return w;
  }
  const special = specialAttr(rt, cls, strToJS(rt, name));
  if (special !== NULL || errOccurred(rt)) return special;
  const extra = objectExtraAttr(rt, NULL, cls, name);
  if (extra !== NULL || errOccurred(rt)) return extra;
  const data = builtinDataDescriptor(rt, cls, name);
  if (data !== NULL || errOccurred(rt)) return data;
  return raiseAttributeError(rt, `type object '${typeName(rt, cls)}' has no attribute '${strToJS(rt, name)}'`);
}

/** The data attributes (getsets and members) of built-in types' instances that gilvm
 * answers by kind rather than from the type's dict (a method CPython has and gilvm does not,
 * such as BaseException.__setstate__, must stay an AttributeError: copy asks for it). */
const BUILTIN_DATA_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  int: ['real', 'imag', 'numerator', 'denominator'],
  float: ['real', 'imag'],
  complex: ['real', 'imag'],
  range: ['start', 'stop', 'step'],
  slice: ['start', 'stop', 'step'],
  property: ['fget', 'fset', 'fdel'],
};

/**
 * `int.real`, `range.start`, `bool.imag`: a data attribute of a built-in type's instances,
 * asked of the class, is CPython's descriptor from the type's dict (the first built-in type
 * of the MRO that lists it), as `int.__dict__['real']` shows it. NULL
 * with nothing raised when no type of the MRO has the name.
 */
function builtinDataDescriptor(rt: Runtime, cls: Ref, name: Ref): Ref {
  const mro = rt.i32[(cls + TP_MRO) >> 2] as Ref;
  if (mro === NULL) return NULL;
  const text = strToJS(rt, name);
  for (let i = 0; i < tupleSize(rt, mro); i++) {
    const b = tupleItem(rt, mro, i);
    if ((rt.i32[(b + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) continue;
    const names = BUILTIN_DATA_ATTRIBUTES[strToJS(rt, rt.i32[(b + TP_NAME) >> 2] as Ref)];
    if (names === undefined || !names.includes(text)) continue;
    return mappingProxyDescriptor(rt, 'descriptor', name, b);
  }
  return NULL;
}

/**
 * A class's __annotations__ (CPython 3.10+'s type_get_annotations): its own, never a base's;
 * a class without annotations gets an empty dict, made on first access and kept in its
 * namespace. New reference or NULL.
 */
function heapTypeAnnotations(rt: Runtime, cls: Ref): Ref {
  const ns = rt.i32[(cls + TP_DICT) >> 2] as Ref;
  const own = dictGetStr(rt, ns, rt.names.__annotations__);
  if (own !== NULL) return newRef(rt, own);
  const d = dictNew(rt);
  if (dictSetItem(rt, ns, rt.names.__annotations__, d) < 0) {
    decref(rt, d);
    return NULL;
  }
  typeModified(rt);
  return d;
}

/** An attribute of a module, imported if need be (one of gilvm's lib/ helpers): new
 * reference, NULL with an error. */
export function importedAttr(rt: Runtime, moduleName: string, attr: string): Ref {
  const mod = importModule(rt, internName(rt, moduleName), rt.None, smallIntRef(0), NULL);
  if (mod === NULL) return NULL;
  const value = getAttr(rt, mod, internName(rt, attr));
  decref(rt, mod);
  return value;
}

/** lib/_mappingproxy.py's mappingproxy class (new reference), NULL on error. */
function mappingProxyType(rt: Runtime): Ref {
  return importedAttr(rt, '_mappingproxy', 'mappingproxy');
}

/** A dict view's .mapping: a read-only mappingproxy over its dict. New reference or NULL. */
function viewMapping(rt: Runtime, view: Ref): Ref {
  const proxyType = mappingProxyType(rt);
  if (proxyType === NULL) return NULL;
  const w = dataStackPush(rt, 1);
  rt.i32[w] = rt.i32[(view + 16) >> 2]!;
  const r = callVector(rt, proxyType, w, 1, NULL);
  dataStackPop(rt, w);
  decref(rt, proxyType);
  return r;
}

/**
 * The entries CPython's dict of a built-in type holds that ours keep outside it (slots and
 * natives: builtin-type-names.ts), as (name, 'member') pairs for lib/_mappingproxy.py: the
 * class attribute where there is one, else a descriptor. `type`'s own __dict__ entry is a
 * descriptor ('attribute'), not the attribute (which is this proxy).
 */
function builtinTypeDictExtras(rt: Runtime, cls: Ref): [string, string][] {
  const d = rt.i32[(cls + TP_DICT) >> 2] as Ref;
  const own = cls === rt.tObject ? OBJECT_DIR_NAMES
    : BUILTIN_TYPE_DIR_NAMES[strToJS(rt, rt.i32[(cls + TP_NAME) >> 2] as Ref)] ?? [];
  const out: [string, string][] = [];
  for (const n of own) {
    if (d !== NULL && dictGetStr(rt, d, internName(rt, n)) !== NULL) continue;
    out.push([n, n === '__dict__' ? 'attribute' : n === '__doc__' ? 'doc' : 'member']);
  }
  if (!own.includes('__doc__') && (d === NULL || dictGetStr(rt, d, rt.names.__doc__) === NULL)) out.push(['__doc__', 'doc']);
  return out;
}

/**
 * The entries CPython's class dict holds that gilvm's namespace of cls leaves out, as a
 * tuple of (name, kind) pairs for lib/_mappingproxy.py (typecall.ts classDictExtras for a
 * class statement's, builtinTypeDictExtras for a built-in type's). The proxy asks for them
 * (_types.class_dict_extras) only when a lookup misses the namespace or it is listed.
 * New reference or NULL.
 */
export function classDictExtrasTuple(rt: Runtime, cls: Ref): Ref {
  const heapType = (rt.i32[(cls + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0;
  const extras = heapType ? classDictExtras(rt, cls) : builtinTypeDictExtras(rt, cls);
  if (extras === null) return NULL;
  const pairs: Ref[] = extras.map(([n, k]) => {
    const a = strFromJS(rt, n); const b = strFromJS(rt, k);
    const t = tupleFromRefs(rt, [a, b]);
    decref(rt, a); decref(rt, b);
    return t;
  });
  const extrasTuple = tupleFromRefs(rt, pairs);
  for (const p of pairs) decref(rt, p);
  return extrasTuple;
}

/** A class's __dict__: a read-only mappingproxy (lib/_mappingproxy.py) over its namespace,
 * so the namespace changes only through setattr/delattr on the class (which bump the type
 * epoch, objects/type.ts). New reference or NULL. */
function mappingProxyNew(rt: Runtime, cls: Ref): Ref {
  const proxyType = mappingProxyType(rt);
  if (proxyType === NULL) return NULL;
  // CPython's class dicts also hold slot members, __dict__/__weakref__ and __doc__: the
  // proxy shows them where CPython's type_new adds them, after the class statement's own
  // entries (typelayout.ts TP_NS_SPLIT; 0: after all of them)
  const heapType = (rt.i32[(cls + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0;
  const split = heapType ? rt.i32[(cls + TP_NS_SPLIT) >> 2]! : 0;
  const w = dataStackPush(rt, 3);
  rt.i32[w] = rt.i32[(cls + 40) >> 2]!;
  rt.i32[w + 1] = cls;
  rt.i32[w + 2] = (split << 1) | 1; // a small int
  const r = callVector(rt, proxyType, w, 3, NULL);
  dataStackPop(rt, w);
  decref(rt, proxyType);
  return r;
}

/**
 * A traceback entry's attributes: tb_next, tb_lineno, tb_lasti (a byte offset, as
 * CPython's), and tb_frame: the frame is gone once unwound (objects/exceptions.ts), so it
 * is a snapshot of lib/_frame.py's class with what the entry knows: f_code, f_lineno (the
 * entry's line), f_globals None, f_locals {}, f_back None. NULL (no exception) otherwise.
 */
function tracebackAttr(rt: Runtime, tb: Ref, name: string): Ref {
  const i32 = rt.i32;
  switch (name) {
    case 'tb_next': return newRef(rt, (i32[(tb + TB_NEXT) >> 2] as Ref) || rt.None);
    case 'tb_lineno': return intFromNumber(rt, i32[(tb + TB_LINENO) >> 2]!);
    case 'tb_lasti': return intFromNumber(rt, i32[(tb + TB_LASTI) >> 2]! * 2);
    case 'tb_frame': {
      const code = i32[(tb + TB_CODE) >> 2] as Ref;
      const locals = dictNew(rt);
      const saved = i32[(tb + TB_LOCALS) >> 2] as Ref;
      if (saved !== 0 && localsIntoDict(rt, code, (saved >> 2) + TUPLE_ITEMS_WORD + tupleSize(rt, saved) - 1, -1, locals) < 0) {
        decref(rt, locals);
        return NULL;
      }
      return frameSnapshot(rt, code, i32[(tb + TB_LINENO) >> 2]!, rt.None, locals);
    }
  }
  return NULL;
}

/**
 * Fills `locals` with the bound local variables of a frame of `code` whose first local word
 * is word `lw`, the next ones `stride` words on (a frame's: 1; a traceback entry's saved
 * copy, last local first: -1 from its last item, where an unbound local was saved as None
 * and shows as None): names from the code, cells and free variables read through their
 * cell. 0, or -1 with the error set.
 */
function localsIntoDict(rt: Runtime, code: Ref, lw: number, stride: number, locals: Ref): number {
  const i32 = rt.i32;
  const nlp = i32[(code + CO_NLOCALSPLUS) >> 2]!;
  const names = i32[(code + CO_LPNAMES) >> 2] as Ref;
  for (let i = 0; i < nlp; i++) {
    let v = i32[lw + i * stride] as Ref;
    const k = i32[(code >> 2) + i32[(code + CO_KINDS_WORD) >> 2]! + i]!;
    if (v !== 0 && (k & (0x40 | CO_FAST_FREE)) !== 0 && kindOf(rt, v) === Kind.CELL) v = i32[(v + CELL_REF) >> 2] as Ref;
    if (v !== 0 && dictSetItem(rt, locals, tupleItem(rt, names, i), v) < 0) return -1;
  }
  return 0;
}

/**
 * gi_running, gi_code, gi_frame (cr_* for coroutines, ag_* for async generators), read
 * from the generator's embedded frame (objects/generator.ts layout: GEN_STATE at 16, the
 * frame at 48). gi_frame is None once finished, else a snapshot of lib/_frame.py's class:
 * f_code, f_lineno (the def line before the first next(), then the line it is suspended
 * at), f_globals, f_locals (a new dict of the bound locals), f_back None. NULL (no
 * exception) for other names.
 */
function generatorAttr(rt: Runtime, gen: Ref, kind: Kind, name: string): Ref {
  const prefix = kind === Kind.GENERATOR ? 'gi_' : kind === Kind.COROUTINE ? 'cr_' : 'ag_';
  if (!name.startsWith(prefix)) return NULL;
  const i32 = rt.i32;
  const state = i32[(gen + 16) >> 2]!; // GEN_STATE: 0 created, 1 suspended, 2 running, 3 finished
  const fp = (gen + 48) >> 2; // GEN_FRAME
  const code = i32[fp + FR_CODE] as Ref;
  switch (name.slice(3)) {
    case 'running': return state === 2 ? rt.True : rt.False;
    case 'suspended': // gi_suspended / cr_suspended (3.11 has no ag_suspended)
      if (kind === Kind.ASYNC_GENERATOR) return NULL;
      return state === 1 ? rt.True : rt.False;
    case 'yieldfrom': case 'await': {
      // gi_yieldfrom / cr_await / ag_await: what a `yield from` or `await` it is suspended
      // in delegates to, the value stack's top then (CPython's _PyGen_yf: the next
      // instruction is a RESUME with oparg >= 2); else None
      if ((name === 'gi_yieldfrom') !== (kind === Kind.GENERATOR)) return NULL;
      if (state === 1) {
        const next = i32[(code >> 2) + CO_INSNS_WORD + i32[fp + FR_IP]!]!;
        if ((next & 0xff) === OPCODE.RESUME && next >>> 8 >= 2) return newRef(rt, i32[fp + i32[fp + FR_SP]! - 1] as Ref);
      }
      return newRef(rt, rt.None);
    }
    case 'code': return newRef(rt, code);
    case 'frame': {
      if (state === 3) return newRef(rt, rt.None);
      const line = state === 0 ? i32[(code + CO_FIRSTLINENO) >> 2]! : codeLineAt(rt, code, Math.max(0, i32[fp + FR_IP]! - 1));
      const locals = dictNew(rt);
      if (localsIntoDict(rt, code, fp + FRAME_HEADER_WORDS, 1, locals) < 0) {
        decref(rt, locals);
        return NULL;
      }
      return frameSnapshot(rt, code, line, i32[fp + FR_GLOBALS] as Ref, locals);
    }
  }
  return NULL;
}

/**
 * A snapshot frame object (lib/_frame.py's class: f_code, f_lineno, f_globals (borrowed
 * here), f_locals, f_back None) for tb_frame and gi_frame. Takes `locals` (a new dict).
 * New reference, or NULL with the exception set.
 */
function frameSnapshot(rt: Runtime, code: Ref, line: number, globals: Ref, locals: Ref): Ref {
  const i32 = rt.i32;
  const frameType = importedAttr(rt, '_frame', 'frame');
  if (frameType === NULL) {
    decref(rt, locals);
    return NULL;
  }
  const lineRef = intFromNumber(rt, line);
  const w = dataStackPush(rt, 5);
  i32[w] = code;
  i32[w + 1] = lineRef;
  i32[w + 2] = globals;
  i32[w + 3] = locals;
  i32[w + 4] = rt.None;
  const f = callVector(rt, frameType, w, 5, NULL);
  dataStackPop(rt, w);
  decref(rt, lineRef);
  decref(rt, locals);
  decref(rt, frameType);
  return f;
}

/** The attributes a staticmethod or classmethod takes from its function (CPython 3.10+'s
 * functools.WRAPPER_ASSIGNMENTS, copied by sm_init / cm_init). */
export const WRAPPER_COPIED_ATTRS: readonly string[] = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];

/** Attributes that are layout fields rather than dict entries. NULL (no exception) if none. */
function specialAttr(rt: Runtime, obj: Ref, name: string): Ref {
  const i32 = rt.i32;
  if (name === '__class__') return newRef(rt, typeOf(rt, obj));
  const kind = kindOf(rt, obj);
  if (name === '__dict__') {
    if (kind === Kind.TYPE) return mappingProxyNew(rt, obj);
    if ((i32[(i32[obj >> 2]! + TP_FLAGS) >> 2]! & TPF_SLOTS) !== 0) return NULL;
    const d = instanceDict(rt, obj, true);
    if (d !== NULL) return newRef(rt, d);
  }
  switch (kind) {
    case Kind.TYPE:
      if (name === '__name__' || name === '__qualname__') {
        // a built-in type named with its module (`_thread.lock`, CPython's tp_name, which
        // error messages use) answers both with the last part, as CPython's type_name
        const tpName = i32[(obj + TP_NAME) >> 2] as Ref;
        if ((i32[(obj + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0) {
          const full = strToJS(rt, tpName);
          if (full.includes('.')) return strFromJS(rt, full.slice(full.lastIndexOf('.') + 1));
        }
        if (name === '__name__') return newRef(rt, tpName);
        return newRef(rt, i32[(obj + 52) >> 2] as Ref || tpName);
      }
      if (name === '__mro__') return newRef(rt, i32[(obj + 36) >> 2] as Ref);
      if (name === '__bases__') return newRef(rt, i32[(obj + 32) >> 2] as Ref || rt.emptyTuple);
      if (name === '__base__') return newRef(rt, (i32[(obj + 28) >> 2] as Ref) || rt.None);
      if (name === '__module__') return strFromJS(rt, moduleNameOfType(rt, obj) ?? 'builtins');
      if (name === '__doc__') return newRef(rt, rt.None);
      break;
    case Kind.FUNCTION:
      if (name === '__name__') return newRef(rt, i32[(obj + FN_NAME) >> 2] as Ref);
      if (name === '__qualname__') return newRef(rt, i32[(obj + FN_QUALNAME) >> 2] as Ref);
      if (name === '__module__') return newRef(rt, (i32[(obj + FN_MODULE) >> 2] as Ref) || rt.None);
      if (name === '__defaults__') return newRef(rt, (i32[(obj + FN_DEFAULTS) >> 2] as Ref) || rt.None);
      if (name === '__code__') return newRef(rt, i32[(obj + FN_CODE) >> 2] as Ref);
      if (name === '__globals__') return newRef(rt, i32[(obj + FN_GLOBALS) >> 2] as Ref);
      if (name === '__builtins__') return newRef(rt, i32[(obj + FN_BUILTINS) >> 2] as Ref);
      if (name === '__doc__') {
        const doc = i32[(obj + 56) >> 2] as Ref;
        if (doc !== 0) return newRef(rt, doc);
        // CPython 3.11: a function's docstring is co_consts[0] when that is a str
        const consts = i32[(i32[(obj + FN_CODE) >> 2]! + CO_CONSTS) >> 2] as Ref;
        const first = consts !== 0 && tupleSize(rt, consts) > 0 ? tupleItem(rt, consts, 0) : NULL;
        return newRef(rt, first !== NULL && kindOf(rt, first) === Kind.STR ? first : rt.None);
      }
      if (name === '__kwdefaults__') return newRef(rt, (i32[(obj + 40) >> 2] as Ref) || rt.None);
      if (name === '__closure__') return newRef(rt, (i32[(obj + 44) >> 2] as Ref) || rt.None);
      if (name === '__annotations__') {
        // stored as MAKE_FUNCTION left it (a flat tuple of name, value pairs) until first
        // read, then replaced by the dict CPython exposes
        let ann = i32[(obj + 60) >> 2] as Ref;
        if (ann === 0) {
          ann = dictNew(rt);
          i32[(obj + 60) >> 2] = ann;
        } else if (kindOf(rt, ann) === Kind.TUPLE) {
          const d = dictNew(rt);
          for (let i = 0; i + 1 < tupleSize(rt, ann); i += 2) {
            if (dictSetItem(rt, d, tupleItem(rt, ann, i), tupleItem(rt, ann, i + 1)) < 0) { decref(rt, d); return NULL; }
          }
          i32[(obj + 60) >> 2] = d;
          decref(rt, ann);
          ann = d;
        }
        return newRef(rt, ann);
      }
      break;
    case Kind.BUILTIN_FUNCTION:
      if (name === '__qualname__' && i32[(obj + BF_SELF) >> 2] !== 0 && kindOf(rt, i32[(obj + BF_SELF) >> 2]!) !== Kind.MODULE) {
        // CPython: the qualname of the class (of __self__, or __self__ itself) + the name
        const self = i32[(obj + BF_SELF) >> 2] as Ref;
        const cls = kindOf(rt, self) === Kind.TYPE ? self : typeOf(rt, self);
        const q = (i32[(cls + TP_QUALNAME) >> 2] as Ref) || (i32[(cls + TP_NAME) >> 2] as Ref);
        return strFromJS(rt, `${strToJS(rt, q)}.${strToJS(rt, i32[(obj + BF_NAME) >> 2] as Ref)}`);
      }
      if (name === '__name__' || name === '__qualname__') return newRef(rt, i32[(obj + BF_NAME) >> 2] as Ref);
      if (name === '__self__') return newRef(rt, (i32[(obj + BF_SELF) >> 2] as Ref) || rt.None);
      if (name === '__module__') {
        // CPython's m_module: the name of the module whose function it is; None for a method
        const self = i32[(obj + BF_SELF) >> 2] as Ref;
        return newRef(rt, self !== 0 && kindOf(rt, self) === Kind.MODULE ? i32[(self + MOD_NAME) >> 2] as Ref : rt.None);
      }
      // no docstrings nor signatures are kept for natives: None, CPython's answer when absent
      if (name === '__doc__' || name === '__text_signature__') return newRef(rt, rt.None);
      break;
    case Kind.METHOD_DESCRIPTOR:
      if (name === '__name__') return newRef(rt, i32[(obj + MD_NAME) >> 2] as Ref);
      if (name === '__qualname__') {
        const owner = i32[(obj + MD_TYPE) >> 2] as Ref;
        const q = (i32[(owner + TP_QUALNAME) >> 2] as Ref) || (i32[(owner + TP_NAME) >> 2] as Ref);
        return strFromJS(rt, `${strToJS(rt, q)}.${strToJS(rt, i32[(obj + MD_NAME) >> 2] as Ref)}`);
      }
      if (name === '__objclass__') return newRef(rt, i32[(obj + MD_TYPE) >> 2] as Ref);
      if (name === '__doc__' || name === '__text_signature__') return newRef(rt, rt.None);
      break;
    case Kind.BOUND_METHOD:
      if (name === '__self__') return newRef(rt, i32[(obj + BM_SELF) >> 2] as Ref);
      if (name === '__func__') return newRef(rt, i32[(obj + BM_FUNC) >> 2] as Ref);
      if (name === '__call__') break; // the method type's own tp_call, not the function's
      return getAttr(rt, i32[(obj + BM_FUNC) >> 2] as Ref, internName(rt, name));
    case Kind.BASE_EXCEPTION:
      if (isSubtype(rt, typeOf(rt, obj), rt.exc.OSError!)) {
        // OSError(errno, strerror[, filename[, winerror, filename2]]): CPython keeps args to the first two
        const a = i32[(obj + EXC_ARGS) >> 2] as Ref;
        const n = tupleSize(rt, a);
        const full = n >= 2 && n <= 5;
        if (name === 'args' && full && n > 2) return tupleFromRefs(rt, [tupleItem(rt, a, 0), tupleItem(rt, a, 1)]);
        if (name === 'errno') return newRef(rt, full ? tupleItem(rt, a, 0) : rt.None);
        if (name === 'strerror') return newRef(rt, full ? tupleItem(rt, a, 1) : rt.None);
        if (name === 'filename') return newRef(rt, full && n > 2 ? tupleItem(rt, a, 2) : rt.None);
        if (name === 'filename2') return newRef(rt, n === 5 ? tupleItem(rt, a, 4) : rt.None);
      }
      if (name === 'args') return newRef(rt, i32[(obj + EXC_ARGS) >> 2] as Ref);
      if (isSubtype(rt, typeOf(rt, obj), rt.exc.SyntaxError!)) {
        const field = SYNTAX_ERROR_FIELDS.indexOf(name);
        if (field >= 0) {
          const a = i32[(obj + EXC_ARGS) >> 2] as Ref;
          if (field === 0) return newRef(rt, tupleSize(rt, a) > 0 ? tupleItem(rt, a, 0) : rt.None);
          const details = syntaxErrorDetails(rt, obj);
          return newRef(rt, details !== NULL && field - 1 < tupleSize(rt, details) ? tupleItem(rt, details, field - 1) : rt.None);
        }
        if (name === 'print_file_and_line') return newRef(rt, rt.None);
      }
      if (UNICODE_ERROR_FIELDS.includes(name)) {
        const a = unicodeErrorArgs(rt, obj);
        if (a !== NULL) return newRef(rt, tupleItem(rt, a, UNICODE_ERROR_FIELDS.indexOf(name)));
      }
      if (name === 'msg' && isSubtype(rt, typeOf(rt, obj), rt.exc.ImportError!)) {
        // ImportError_init: the message when it was the only positional argument
        const a = i32[(obj + EXC_ARGS) >> 2] as Ref;
        return newRef(rt, tupleSize(rt, a) === 1 ? tupleItem(rt, a, 0) : rt.None);
      }
      if (name === 'name' || name === 'obj' || name === 'path') {
        const field = exceptionFieldOffset(rt, obj, name);
        if (field !== 0) return newRef(rt, (i32[(obj + field) >> 2] as Ref) || rt.None);
      }
      if (name === '__traceback__') return newRef(rt, (i32[(obj + 24) >> 2] as Ref) || rt.None);
      if (name === '__context__') return newRef(rt, (i32[(obj + 28) >> 2] as Ref) || rt.None);
      if (name === '__cause__') return newRef(rt, (i32[(obj + 32) >> 2] as Ref) || rt.None);
      if (name === '__suppress_context__') return (i32[(obj + EXC_FLAGS) >> 2]! & EXCF_SUPPRESS_CONTEXT) ? rt.True : rt.False;
      // StopIteration's value and SystemExit's code only (every exception had both)
      if ((name === 'value' && isSubtype(rt, typeOf(rt, obj), rt.exc.StopIteration!))
        || (name === 'code' && isSubtype(rt, typeOf(rt, obj), rt.exc.SystemExit!))) {
        const args = i32[(obj + EXC_ARGS) >> 2] as Ref;
        // SystemExit(a, b).code is the whole args tuple (SystemExit_init)
        if (name === 'code' && tupleSize(rt, args) > 1) return newRef(rt, args);
        return newRef(rt, tupleSize(rt, args) > 0 ? tupleItem(rt, args, 0) : rt.None);
      }
      break;
    case Kind.RANGE:
      if (name === 'start') return newRef(rt, i32[(obj + RANGE_START) >> 2] as Ref);
      if (name === 'stop') return newRef(rt, i32[(obj + RANGE_STOP) >> 2] as Ref);
      if (name === 'step') return newRef(rt, i32[(obj + RANGE_STEP) >> 2] as Ref);
      break;
    case Kind.DICT_KEYS: case Kind.DICT_VALUES: case Kind.DICT_ITEMS:
      if (name === 'mapping') return viewMapping(rt, obj);
      break;
    case Kind.SLICE:
      if (name === 'start') return newRef(rt, i32[(obj + SLICE_START) >> 2] as Ref);
      if (name === 'stop') return newRef(rt, i32[(obj + SLICE_STOP) >> 2] as Ref);
      if (name === 'step') return newRef(rt, i32[(obj + SLICE_STEP) >> 2] as Ref);
      break;
    case Kind.INT: case Kind.BOOL:
      if (name === 'real' || name === 'numerator') return exactIntCopy(rt, obj);
      if (name === 'imag') return smallIntRef(0);
      if (name === 'denominator') return smallIntRef(1);
      break;
    case Kind.FLOAT:
      if (name === 'real') return exactFloatCopy(rt, obj);
      if (name === 'imag') return floatNew(rt, 0);
      break;
    case Kind.COMPLEX:
      return complexAttr(rt, obj, name);
    case Kind.MODULE:
      if (name === '__name__') return newRef(rt, i32[(obj + MOD_NAME) >> 2] as Ref);
      break;
    case Kind.MEMBER_DESCRIPTOR:
      return memberAttr(rt, obj, name);
    case Kind.PROPERTY:
      if (name === 'fget') return newRef(rt, (i32[(obj + PR_GET) >> 2] as Ref) || rt.None);
      if (name === 'fset') return newRef(rt, (i32[(obj + PR_SET) >> 2] as Ref) || rt.None);
      if (name === 'fdel') return newRef(rt, (i32[(obj + PR_DEL) >> 2] as Ref) || rt.None);
      if (name === '__doc__') {
        const doc = i32[(obj + PR_DOC) >> 2] as Ref;
        if (doc !== 0) return newRef(rt, doc);
        const g = i32[(obj + PR_GET) >> 2] as Ref;
        return g !== 0 ? getAttr(rt, g, rt.names.__doc__) : newRef(rt, rt.None);
      }
      if (name === '__isabstractmethod__') {
        return anyIsAbstract(rt, [i32[(obj + PR_GET) >> 2] as Ref, i32[(obj + PR_SET) >> 2] as Ref, i32[(obj + PR_DEL) >> 2] as Ref]);
      }
      break;
    case Kind.CODE:
      if (name === 'co_flags') return ((rt.i32[(obj + CO_FLAGS) >> 2]! << 1) | 1) as Ref; // a small int
      return codeAttr(rt, obj, name);
    case Kind.GENERATOR: case Kind.COROUTINE: case Kind.ASYNC_GENERATOR:
      if (name === '__name__') return newRef(rt, i32[(obj + 20) >> 2] as Ref);
      if (name === '__qualname__') return newRef(rt, i32[(obj + 24) >> 2] as Ref);
      return generatorAttr(rt, obj, kind, name);
    case Kind.STATICMETHOD: case Kind.CLASSMETHOD:
      if (name === '__func__' || name === '__wrapped__') return newRef(rt, i32[(obj + SM_FUNC) >> 2] as Ref);
      if (name === '__isabstractmethod__') return anyIsAbstract(rt, [i32[(obj + SM_FUNC) >> 2] as Ref]);
      // CPython's sm_init / cm_init copy these from the function into the wrapper's
      // __dict__ (functools.wraps' list); gilvm keeps no dict and reads them through
      if (WRAPPER_COPIED_ATTRS.includes(name)) return getAttrOptional(rt, i32[(obj + SM_FUNC) >> 2] as Ref, internName(rt, name));
      break;
    case Kind.TRACEBACK:
      return tracebackAttr(rt, obj, name);
    case Kind.CELL:
      if (name === 'cell_contents') {
        const v = i32[(obj + 16) >> 2] as Ref;
        return v !== 0 ? newRef(rt, v) : raiseValueError(rt, 'Cell is empty');
      }
      break;
  }
  return NULL;
}

/** How many free variables code object `code` has (co_freevars' length). */
function codeFreeVarCount(rt: Runtime, code: Ref): number {
  const i32 = rt.i32;
  const lpNames = i32[(code + CO_LPNAMES) >> 2] as Ref;
  const kinds = (code >> 2) + i32[(code + CO_KINDS_WORD) >> 2]!;
  let n = 0;
  for (let i = 0; i < tupleSize(rt, lpNames); i++) if ((i32[kinds + i]! & CO_FAST_FREE) !== 0) n++;
  return n;
}

/** The co_* attributes of a code object (objects/code.ts layout). NULL if none. */
function codeAttr(rt: Runtime, code: Ref, name: string): Ref {
  const i32 = rt.i32;
  const w = code >> 2;
  const lpNames = i32[(code + CO_LPNAMES) >> 2] as Ref;
  const kinds = w + i32[(code + CO_KINDS_WORD) >> 2]!;
  const namesWithKind = (bit: number): Ref => {
    const out: Ref[] = [];
    for (let i = 0; i < tupleSize(rt, lpNames); i++) if ((i32[kinds + i]! & bit) !== 0) out.push(tupleItem(rt, lpNames, i));
    return tupleFromRefs(rt, out);
  };
  switch (name) {
    case 'co_name': return newRef(rt, i32[(code + CO_NAME) >> 2] as Ref);
    case 'co_qualname': return newRef(rt, i32[(code + CO_QUALNAME) >> 2] as Ref);
    case 'co_filename': return newRef(rt, i32[(code + CO_FILENAME) >> 2] as Ref);
    case 'co_firstlineno': return intFromNumber(rt, i32[(code + CO_FIRSTLINENO) >> 2]!);
    case 'co_argcount': return intFromNumber(rt, i32[(code + CO_ARGCOUNT) >> 2]!);
    case 'co_posonlyargcount': return intFromNumber(rt, i32[(code + CO_POSONLY) >> 2]!);
    case 'co_kwonlyargcount': return intFromNumber(rt, i32[(code + CO_KWONLY) >> 2]!);
    case 'co_flags': return intFromNumber(rt, i32[(code + CO_FLAGS) >> 2]!);
    case 'co_consts': return newRef(rt, i32[(code + CO_CONSTS) >> 2] as Ref);
    case 'co_names': return newRef(rt, i32[(code + CO_NAMES) >> 2] as Ref);
    case 'co_varnames': return namesWithKind(CO_FAST_LOCAL);
    case 'co_cellvars': return namesWithKind(CO_FAST_CELL);
    case 'co_freevars': return namesWithKind(CO_FAST_FREE);
    case 'co_nlocals': {
      const t = namesWithKind(CO_FAST_LOCAL);
      const n = tupleSize(rt, t);
      decref(rt, t);
      return intFromNumber(rt, n);
    }
    default: return NULL;
  }
}

/** The read-only layout attributes specialAttr serves for a kind (setattr's message). */
function specialAttrNames(kind: Kind): string[] {
  switch (kind) {
    case Kind.INT: case Kind.BOOL: return ['real', 'imag', 'numerator', 'denominator'];
    case Kind.FLOAT: return ['real', 'imag'];
    case Kind.COMPLEX: return ['real', 'imag'];
    case Kind.SLICE: case Kind.RANGE: return ['start', 'stop', 'step'];
    case Kind.DICT_KEYS: case Kind.DICT_VALUES: case Kind.DICT_ITEMS: return ['mapping'];
    case Kind.PROPERTY: return ['fget', 'fset', 'fdel'];
    case Kind.MEMBER_DESCRIPTOR: return ['__name__', '__qualname__', '__objclass__', '__doc__'];
    case Kind.BOUND_METHOD: return ['__self__', '__func__'];
    case Kind.GENERATOR: return ['gi_running', 'gi_suspended', 'gi_frame', 'gi_yieldfrom'];
    case Kind.COROUTINE: return ['cr_running', 'cr_suspended', 'cr_frame', 'cr_await'];
    default: return [];
  }
}

function v2n(rt: Runtime, b: Ref): number {
  return b === rt.True ? 1 : 0;
}

/** setattr(obj, name, value) (value NULL: delete). 0 or -1. */
export function setAttr(rt: Runtime, obj: Ref, name: Ref, value: Ref): number {
  const t = typeOf(rt, obj);
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HAS_SETATTR) !== 0) {
    const sa = typeLookup(rt, t, value === NULL ? rt.names.__delattr__ : rt.names.__setattr__);
    const sk = sa === NULL ? Kind.NONE : kindOf(rt, sa);
    if (sk === Kind.FUNCTION || (sk === Kind.METHOD_DESCRIPTOR && rt.i32[(sa + MD_TYPE) >> 2] !== rt.tObject)) {
      const r = value === NULL ? callWithSelf1(rt, sa, obj, name) : callWithSelf2(rt, sa, obj, name, value);
      if (r === NULL) return -1;
      decref(rt, r);
      return 0;
    }
  }
  return genericSetAttr(rt, obj, name, value);
}

/**
 * Stores `value` (a reference the field takes over, or 0) into the object word at i32 index
 * `word` and releases the reference it held: an Atomics.exchange and a release after the
 * grace period under --no-gil (vm/nogil.ts releaseValue: a lock-free reader may hold the
 * old value), a plain store and decref under the GIL. Two threads storing into one field
 * each read the same old value, both released it ("released twice"), before this.
 */
function swapFieldRelease(rt: Runtime, word: number, value: number): void {
  let old: number;
  if (rt.rc.atomic) old = Atomics.exchange(rt.i32, word, value);
  else {
    old = rt.i32[word]!;
    rt.i32[word] = value;
  }
  if (old !== 0) releaseValue(rt, old as Ref);
}

/** obj.__class__ = value: allowed between heap types of the same layout. 0 or -1. */
function setClassAttr(rt: Runtime, obj: Ref, t: Ref, value: Ref): number {
  if (value === NULL) {
    raiseTypeError(rt, "can't delete __class__ attribute");
    return -1;
  }
  if (kindOf(rt, value) !== Kind.TYPE) {
    raiseTypeError(rt, `__class__ must be set to a class, not '${typeNameOf(rt, value)}' object`);
    return -1;
  }
  const i32 = rt.i32;
  const heap = (x: Ref): boolean => (i32[(x + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0;
  if (!heap(t) || !heap(value)) {
    raiseTypeError(rt, '__class__ assignment only supported for mutable types or ModuleType subclasses');
    return -1;
  }
  if (i32[(t + TP_KIND) >> 2] !== i32[(value + TP_KIND) >> 2] || i32[(t + TP_BASICSIZE) >> 2] !== i32[(value + TP_BASICSIZE) >> 2] ||
      i32[(t + TP_DICTOFFSET) >> 2] !== i32[(value + TP_DICTOFFSET) >> 2] || slotLayoutSignature(rt, t) !== slotLayoutSignature(rt, value)) {
    raiseTypeError(rt, `__class__ assignment: '${typeName(rt, value)}' object layout differs from '${typeName(rt, t)}'`);
    return -1;
  }
  incref(rt, value);
  swapFieldRelease(rt, obj >> 2, value);
  return 0;
}

/**
 * obj.__dict__ = d / del obj.__dict__ for an object with an instance dict word (an instance
 * of a class without __slots__, an exception, a function; a module's is read-only), as CPython's
 * PyObject_GenericSetDict: d must be a dict (a subclass too: `self.__dict__ = self` in a
 * dict subclass), and a deleted dict is recreated empty on the next store. The old dict is
 * released as a dict value is (after the --no-gil grace period: lock-free attribute readers
 * may be inside it). 0, -1 with the error set, or 1: not such an object (the caller goes on).
 */
function setInstanceDict(rt: Runtime, obj: Ref, t: Ref, value: Ref): number {
  const i32 = rt.i32;
  let word: number;
  if (kindOf(rt, obj) === Kind.FUNCTION) {
    word = (obj + FN_DICT) >> 2;
  } else if (kindOf(rt, obj) === Kind.MODULE) {
    raiseAttributeError(rt, 'readonly attribute');
    return -1;
  } else {
    const off = i32[(t + TP_DICTOFFSET) >> 2]!;
    if (off === 0 || (i32[(t + TP_FLAGS) >> 2]! & TPF_SLOTS) !== 0) return 1;
    word = (obj + dictWordOffset(rt, obj, off)) >> 2;
  }
  if (value !== NULL && kindOf(rt, value) !== Kind.DICT) {
    raiseTypeError(rt, `__dict__ must be set to a dictionary, not a '${typeNameOf(rt, value)}'`);
    return -1;
  }
  if (value === NULL && kindOf(rt, obj) === Kind.FUNCTION) {
    raiseTypeError(rt, 'cannot delete __dict__');
    return -1;
  }
  if (value !== NULL) incref(rt, value);
  swapFieldRelease(rt, word, value);
  return 0;
}

/** C.__name__ = v / C.__qualname__ = v on a heap type: the type's own fields (its repr
 * and error messages use them), never a namespace entry, as CPython's type_set_name. */
function setTypeNameField(rt: Runtime, cls: Ref, name: Ref, value: Ref): number {
  const nm = strToJS(rt, name);
  if (value === NULL) {
    raiseTypeError(rt, `cannot delete '${nm}' attribute of immutable type '${typeName(rt, cls)}'`);
    return -1;
  }
  if (kindOf(rt, value) !== Kind.STR) {
    raiseTypeError(rt, `can only assign string to ${typeName(rt, cls)}.${nm}, not '${typeNameOf(rt, value)}'`);
    return -1;
  }
  const off = nm === '__name__' ? TP_NAME : TP_QUALNAME;
  incref(rt, value);
  swapFieldRelease(rt, (cls + off) >> 2, value);
  typeModified(rt);
  return 0;
}

/** C.__abstractmethods__ = v / del C.__abstractmethods__ (CPython's
 * type_set_abstractmethods): the namespace entry, and TPF_IS_ABSTRACT set when v is true,
 * cleared otherwise, so that object.__new__ refuses the class (typecall.ts
 * abstractClassError). Subclasses are not touched: abc.py computes each one's own. */
function setAbstractMethods(rt: Runtime, cls: Ref, d: Ref, name: Ref, value: Ref): number {
  let abstract = false;
  let r: number;
  if (value !== NULL) {
    const truth = isTrue(rt, value);
    if (truth < 0) return -1;
    abstract = truth === 1;
    r = dictSetItem(rt, d, name, value);
  } else {
    r = dictDelItem(rt, d, name);
    if (r === 0) {
      raiseAttributeError(rt, '__abstractmethods__');
      r = -1;
    } else if (r > 0) r = 0;
  }
  typeModified(rt);
  if (r < 0) return -1;
  if (abstract) Atomics.or(rt.i32, (cls + TP_FLAGS) >> 2, TPF_IS_ABSTRACT);
  else Atomics.and(rt.i32, (cls + TP_FLAGS) >> 2, ~TPF_IS_ABSTRACT);
  return 0;
}

/** The members of CPython's type that are read-only (T_OBJECT / READONLY members). */
const TYPE_READONLY_MEMBERS = new Set(['__mro__', '__base__', '__basicsize__', '__itemsize__', '__flags__',
  '__weakrefoffset__', '__dictoffset__']);

/**
 * The stores and deletes of a heap type's special attributes that CPython's type refuses
 * (its getsets and members win over the class namespace, which they must not end up in):
 * C.__dict__ (a getset without setter), the read-only members (__mro__, __base__, ...),
 * C.__class__ (object's setter refuses a class), and deleting __doc__ / __module__. True
 * with the exception set; false when the store goes on.
 */
function typeSpecialSetRefused(rt: Runtime, cls: Ref, nm: string, value: Ref): boolean {
  if (nm === '__dict__') raiseAttributeError(rt, "attribute '__dict__' of 'type' objects is not writable");
  else if (TYPE_READONLY_MEMBERS.has(nm)) raiseAttributeError(rt, 'readonly attribute');
  else if (nm === '__class__') {
    raiseTypeError(rt, value === NULL ? "can't delete __class__ attribute"
      : '__class__ assignment only supported for mutable types or ModuleType subclasses');
  } else if (value === NULL && (nm === '__doc__' || nm === '__module__')) {
    raiseTypeError(rt, `cannot delete '${nm}' attribute of immutable type '${typeName(rt, cls)}'`);
  } else return false;
  return true;
}

/** object.__setattr__ / __delattr__. */
export function genericSetAttr(rt: Runtime, obj: Ref, name: Ref, value: Ref): number {
  const t = typeOf(rt, obj);
  if (kindOf(rt, obj) === Kind.TYPE) {
    if ((rt.i32[(obj + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0) {
      raiseTypeError(rt, `cannot set '${strToJS(rt, name)}' attribute of immutable type '${typeName(rt, obj)}'`);
      return -1;
    }
    const d = rt.i32[(obj + 40) >> 2] as Ref;
    if (name === rt.names.__name__ || name === rt.names.__qualname__) return setTypeNameField(rt, obj, name, value);
    const nm = strToJS(rt, name);
    if (nm === '__bases__') return setTypeBases(rt, obj, value);
    if (nm.startsWith('__') && typeSpecialSetRefused(rt, obj, nm, value)) return -1;
    if (name === rt.names.__abstractmethods__) return setAbstractMethods(rt, obj, d, name, value);
    if (value === NULL) {
      const r = dictDelItem(rt, d, name);
      typeModified(rt);
      if (r === 0) raiseAttributeError(rt, `type object '${typeName(rt, obj)}' has no attribute '${strToJS(rt, name)}'`);
      return r <= 0 ? -1 : 0;
    }
    // the hooks' flags, on the subclasses too (their lookups find the base's hook)
    if (nm === '__getattr__') typeSetFlagWithSubclasses(rt, obj, TPF_HAS_GETATTR);
    if (nm === '__getattribute__') typeSetFlagWithSubclasses(rt, obj, TPF_HAS_GETATTRIBUTE);
    if (nm === '__del__') typeSetFlagWithSubclasses(rt, obj, TPF_HAS_DEL);
    if (nm === '__setattr__' || nm === '__delattr__') typeSetFlagWithSubclasses(rt, obj, TPF_HAS_SETATTR);
    if (typeStoreKeepsCaches(rt, d, name, nm, value)) return dictSetItem(rt, d, name, value);
    const r = dictSetItem(rt, d, name, value);
    typeModified(rt);
    return r;
  }
  if (kindOf(rt, obj) === Kind.FUNCTION) {
    // the function's own fields (functools.wraps sets them): not its __dict__; a delete
    // (value NULL) as CPython's func_set_* / member setters: None or empty where it may
    const nm = strToJS(rt, name);
    const field = nm === '__name__' ? FN_NAME : nm === '__qualname__' ? FN_QUALNAME : nm === '__doc__' ? FN_DOC
      : nm === '__module__' ? FN_MODULE : nm === '__annotations__' ? FN_ANNOTATIONS : -1;
    if (nm === '__closure__' || nm === '__globals__' || nm === '__builtins__') {
      raiseAttributeError(rt, 'readonly attribute');
      return -1;
    }
    if (nm === '__code__') {
      if (value === NULL || kindOf(rt, value) !== Kind.CODE) {
        raiseTypeError(rt, '__code__ must be set to a code object');
        return -1;
      }
      // the function runs the new code (func_set_code): its free variables must match the
      // closure's cells; code objects are immortal, so the word is only replaced
      const closure = rt.i32[(obj + FN_CLOSURE) >> 2] as Ref;
      const nclosure = closure === NULL ? 0 : tupleSize(rt, closure);
      const nfree = codeFreeVarCount(rt, value);
      if (nfree !== nclosure) {
        raiseValueError(rt, `${strToJS(rt, rt.i32[(obj + FN_NAME) >> 2] as Ref)}() requires a code object with ${nclosure} free vars, not ${nfree}`);
        return -1;
      }
      rt.i32[(obj + FN_CODE) >> 2] = value;
      return 0;
    }
    if (nm === '__defaults__' || nm === '__kwdefaults__') {
      // the tuple / dict the call binding reads (None: no defaults), as CPython's setters
      const kw = nm === '__kwdefaults__';
      if (value !== NULL && value !== rt.None && kindOf(rt, value) !== (kw ? Kind.DICT : Kind.TUPLE)) {
        raiseTypeError(rt, `${nm} must be set to a ${kw ? 'dict' : 'tuple'} object`);
        return -1;
      }
      const off = kw ? FN_KWDEFAULTS : FN_DEFAULTS;
      swapFieldRelease(rt, (obj + off) >> 2, value === NULL || value === rt.None ? 0 : newRef(rt, value));
      return 0;
    }
    if (field >= 0) {
      if ((field === FN_NAME || field === FN_QUALNAME) && (value === NULL || kindOf(rt, value) !== Kind.STR)) {
        raiseTypeError(rt, `${nm} must be set to a string object`);
        return -1;
      }
      // a deleted __annotations__ (or None) is made anew, empty, on the next read; a
      // deleted __doc__ reads None (FN_DOC 0 would mean "the code's docstring")
      let stored = value;
      if (field === FN_ANNOTATIONS && value === rt.None) stored = NULL;
      if (field === FN_DOC && value === NULL) stored = rt.None;
      if (field === FN_ANNOTATIONS && stored !== NULL && kindOf(rt, stored) !== Kind.DICT) {
        raiseTypeError(rt, '__annotations__ must be set to a dict object');
        return -1;
      }
      if (stored !== NULL) incref(rt, stored);
      swapFieldRelease(rt, (obj + field) >> 2, stored);
      return 0;
    }
  }
  if (name === rt.names.__class__) return setClassAttr(rt, obj, t, value);
  const descr = typeLookup(rt, t, name);
  if (name === rt.names.__dict__ && descr === NULL) {
    const r = setInstanceDict(rt, obj, t, value);
    if (r !== 1) return r;
  }
  if (descr !== NULL) {
    const k = kindOf(rt, descr);
    if (k === Kind.MEMBER_DESCRIPTOR) return memberSet(rt, descr, obj, value);
    if (k === Kind.PROPERTY) {
      // a subclass of property with its own __set__ / __delete__
      const own = isHeapTypeObj(rt, descr) ? propertyOverride(rt, descr, value === NULL ? rt.names.__delete__ : rt.names.__set__) : NULL;
      if (own !== NULL) {
        const r = value === NULL ? callWithSelf1(rt, own, descr, obj) : callWithSelf2(rt, own, descr, obj, value);
        if (r === NULL) return -1;
        decref(rt, r);
        return 0;
      }
      const f = rt.i32[(descr + (value === NULL ? PR_DEL : PR_SET)) >> 2] as Ref;
      if (f === 0 || f === rt.None) {
        raiseAttributeError(rt, `property '${strToJS(rt, name)}' of '${typeQualname(rt, t)}' object has no ${value === NULL ? 'deleter' : 'setter'}`);
        return -1;
      }
      const r = value === NULL ? call1(rt, f, obj) : call2(rt, f, obj, value);
      if (r === NULL) return -1;
      decref(rt, r);
      return 0;
    }
    if (isHeapTypeObj(rt, descr)) {
      const set = typeLookup(rt, typeOf(rt, descr), value === NULL ? rt.names.__delete__ : rt.names.__set__);
      if (set !== NULL) {
        const r = value === NULL ? callWithSelf1(rt, set, descr, obj) : callWithSelf2(rt, set, descr, obj, value);
        if (r === NULL) return -1;
        decref(rt, r);
        return 0;
      }
      // a data descriptor through its other half (__delete__ without __set__, or the
      // reverse): CPython's slot_tp_descr_set looks the missing method up and fails
      const other = typeLookup(rt, typeOf(rt, descr), value === NULL ? rt.names.__set__ : rt.names.__delete__);
      if (other !== NULL) {
        raiseAttributeError(rt, value === NULL ? '__delete__' : '__set__');
        return -1;
      }
    }
  }
  if (kindOf(rt, obj) === Kind.COMPLEX && complexReadonlyAttr(rt, strToJS(rt, name))) return -1;
  if (kindOf(rt, obj) === Kind.PROPERTY && name === rt.names.__doc__ && !isHeapTypeObj(rt, obj)) {
    // property's __doc__ is a writable member (a deleted one reads as None)
    const w = (obj + PR_DOC) >> 2;
    const old = rt.i32[w] as Ref;
    rt.i32[w] = value === NULL ? newRef(rt, rt.None) : newRef(rt, value);
    if (old !== 0) decref(rt, old);
    return 0;
  }
  const d = instanceDict(rt, obj, value !== NULL);
  if (d === NULL) {
    const k = kindOf(rt, obj);
    if (k === Kind.BASE_EXCEPTION) return setExceptionField(rt, obj, strToJS(rt, name), value);
    if ((k === Kind.GENERATOR || k === Kind.COROUTINE || k === Kind.ASYNC_GENERATOR) && (name === rt.names.__name__ || name === rt.names.__qualname__)) {
      // gen_set_name / gen_set_qualname: the object's own fields (its repr shows the qualname)
      if (value === NULL || kindOf(rt, value) !== Kind.STR) {
        raiseTypeError(rt, `${strToJS(rt, name)} must be set to a string object`);
        return -1;
      }
      generatorSetName(rt, obj, name === rt.names.__name__, value);
      return 0;
    }
    if (k === Kind.CELL && strToJS(rt, name) === 'cell_contents') {
      // CPython's cell_set_contents: a store replaces the content, a delete empties the
      // cell (an empty one too); the old value is released as STORE_DEREF's (a --no-gil
      // reader may be inside it)
      if (value !== NULL) incref(rt, value);
      releaseValue(rt, Atomics.exchange(rt.i32, (obj + 16) >> 2, value) as Ref);
      return 0;
    }
    const nm = strToJS(rt, name);
    // (an object with an instance dict not made yet: deleting a class attribute through it
    // finds nothing to delete, as CPython says; read-only is for objects without a dict)
    if (descr !== NULL && !(value === NULL && rt.i32[(t + TP_DICTOFFSET) >> 2] !== 0)) raiseAttributeError(rt, `'${typeName(rt, t)}' object attribute '${nm}' is read-only`);
    else if (k === Kind.MEMBER_DESCRIPTOR && (nm === '__name__' || nm === '__objclass__')) raiseAttributeError(rt, 'readonly attribute');
    else if ((k === Kind.GENERATOR && nm === 'gi_code') || (k === Kind.COROUTINE && nm === 'cr_code')) raiseAttributeError(rt, 'readonly attribute'); // READONLY members
    else if (k !== Kind.OBJECT && k !== Kind.MODULE && specialAttrNames(k).includes(nm)) {
      // a READONLY member in CPython (range.start, property.fget, method.__self__...) says
      // only that; a getset without a setter (int.real) names itself
      const member = k === Kind.RANGE || k === Kind.SLICE || k === Kind.PROPERTY || k === Kind.BOUND_METHOD;
      raiseAttributeError(rt, member ? 'readonly attribute' : `attribute '${nm}' of '${typeName(rt, t)}' objects is not writable`);
    }
    else raiseAttributeError(rt, `'${typeName(rt, t)}' object has no attribute '${strToJS(rt, name)}'`);
    return -1;
  }
  if (kindOf(rt, obj) === Kind.BASE_EXCEPTION && strToJS(rt, name) === '__suppress_context__') {
    // a T_BOOL member of the exception (its flag, which the traceback printer reads)
    if (value === NULL || (value !== rt.True && value !== rt.False)) {
      raiseTypeError(rt, value === NULL ? "can't delete numeric/char attribute" : 'attribute value type must be bool');
      return -1;
    }
    const w = (obj + EXC_FLAGS) >> 2;
    rt.i32[w] = value === rt.True ? rt.i32[w]! | EXCF_SUPPRESS_CONTEXT : rt.i32[w]! & ~EXCF_SUPPRESS_CONTEXT;
    return 0;
  }
  if (kindOf(rt, obj) === Kind.BASE_EXCEPTION) {
    // these four may not be deleted (setExceptionField says so)
    const n = strToJS(rt, name);
    if (n === '__cause__' || n === '__context__' || n === '__traceback__' || n === 'args') return setExceptionField(rt, obj, n, value);
  }
  if (value === NULL) {
    const r = dictDelItem(rt, d, name);
    if (r === 0) raiseAttributeError(rt, `'${typeName(rt, t)}' object has no attribute '${strToJS(rt, name)}'`);
    return r <= 0 ? -1 : 0;
  }
  if (kindOf(rt, obj) === Kind.BASE_EXCEPTION) {
    const n = strToJS(rt, name);
    if ((n === 'name' || n === 'obj' || n === 'path') && exceptionFieldOffset(rt, obj, n) !== 0) return setExceptionField(rt, obj, n, value);
  }
  return dictSetItem(rt, d, name, value);
}

/** The attributes of UnicodeEncodeError / UnicodeDecodeError, in the order of their args. */
const UNICODE_ERROR_FIELDS = ['encoding', 'object', 'start', 'end', 'reason'];

/** A UnicodeEncodeError's or UnicodeDecodeError's args (encoding, object, start, end,
 * reason) when it has those five, else NULL. Borrowed. */
function unicodeErrorArgs(rt: Runtime, exc: Ref): Ref {
  const t = typeOf(rt, exc);
  if (!isSubtype(rt, t, rt.exc.UnicodeEncodeError!) && !isSubtype(rt, t, rt.exc.UnicodeDecodeError!)) return NULL;
  const args = rt.i32[(exc + EXC_ARGS) >> 2] as Ref;
  return tupleSize(rt, args) === 5 ? args : NULL;
}

/**
 * str() of a UnicodeEncodeError / UnicodeDecodeError (CPython's UnicodeEncodeError_str,
 * UnicodeDecodeError_str), from its attributes as they are now (one assigned on the
 * instance counts): "'ascii' codec can't encode character '\\xe9' in position 1: reason",
 * "... characters in position 1-2: ...", "'utf-8' codec can't decode byte 0xff in position
 * 2: ...", "... bytes in position 2-3: ...". null with the error set.
 */
function unicodeErrorMessage(rt: Runtime, exc: Ref): string | null {
  const field = (name: string): Ref => getAttr(rt, exc, internName(rt, name));
  const parts: Ref[] = [];
  for (const name of UNICODE_ERROR_FIELDS) {
    const r = field(name);
    if (r === NULL) {
      for (const p of parts) decref(rt, p);
      return null;
    }
    parts.push(r);
  }
  try {
    const [encoding, object, startRef, endRef, reason] = parts as [Ref, Ref, Ref, Ref, Ref];
    const enc = strJS(rt, encoding);
    const why = strJS(rt, reason);
    if (enc === null || why === null) return null;
    const start = kindOf(rt, startRef) === Kind.INT ? Number(intValue(rt, startRef)) : 0;
    const end = kindOf(rt, endRef) === Kind.INT ? Number(intValue(rt, endRef)) : 0;
    if (isSubtype(rt, typeOf(rt, exc), rt.exc.UnicodeEncodeError!)) {
      const text = kindOf(rt, object) === Kind.STR ? [...strToJS(rt, object)] : [];
      if (start >= 0 && start < text.length && end === start + 1) {
        return `'${enc}' codec can't encode character '${backslashEscape(text[start]!.codePointAt(0)!)}' in position ${start}: ${why}`;
      }
      return `'${enc}' codec can't encode characters in position ${start}-${end - 1}: ${why}`;
    }
    const ok = kindOf(rt, object);
    const data = ok === Kind.BYTES || ok === Kind.BYTEARRAY ? bytesData(rt, object) : new Uint8Array(0);
    if (start >= 0 && start < data.length && end === start + 1) {
      return `'${enc}' codec can't decode byte 0x${data[start]!.toString(16).padStart(2, '0')} in position ${start}: ${why}`;
    }
    return `'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${why}`;
  } finally {
    for (const p of parts) decref(rt, p);
  }
}

const SYNTAX_ERROR_FIELDS = ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];

/** A SyntaxError's details tuple (filename, lineno, offset, text[, end_lineno, end_offset])
 * when its args are (msg, details), else NULL. Borrowed. */
export function syntaxErrorDetails(rt: Runtime, exc: Ref): Ref {
  if (!isSubtype(rt, typeOf(rt, exc), rt.exc.SyntaxError!)) return NULL;
  const args = rt.i32[(exc + EXC_ARGS) >> 2] as Ref;
  if (tupleSize(rt, args) !== 2) return NULL;
  const d = tupleItem(rt, args, 1);
  if (kindOf(rt, d) !== Kind.TUPLE || tupleSize(rt, d) < 4 || tupleSize(rt, d) > 6) return NULL;
  return d;
}

/** The layout word of an exception's `name` (NameError, AttributeError, ImportError),
 * `obj` (AttributeError) or `path` (ImportError) member, or 0 if the type has none. */
function exceptionFieldOffset(rt: Runtime, exc: Ref, name: string): number {
  const t = typeOf(rt, exc);
  if (name === 'name') {
    return isSubtype(rt, t, rt.exc.NameError!) || isSubtype(rt, t, rt.exc.AttributeError!) || isSubtype(rt, t, rt.exc.ImportError!) ? EXC_NAME : 0;
  }
  if (name === 'obj') return isSubtype(rt, t, rt.exc.AttributeError!) ? EXC_OBJ : 0;
  if (name === 'path') return isSubtype(rt, t, rt.exc.ImportError!) ? EXC_OBJ : 0;
  return 0;
}

function setExceptionField(rt: Runtime, exc: Ref, name: string, value: Ref): number {
  let off = name === '__cause__' ? 32 : name === '__context__' ? 28 : name === '__traceback__' ? 24 : name === 'args' ? EXC_ARGS : 0;
  if (off === 0 && (name === 'name' || name === 'obj' || name === 'path')) {
    off = exceptionFieldOffset(rt, exc, name);
    if (off !== 0) {
      // a member slot: None is stored as itself (0 means unset)
      const old = rt.i32[(exc + off) >> 2]!;
      rt.i32[(exc + off) >> 2] = value;
      if (value !== NULL) incref(rt, value);
      decref(rt, old);
      return 0;
    }
  }
  if (off === 0) {
    raiseAttributeError(rt, `'${typeNameOf(rt, exc)}' object has no attribute '${name}'`);
    return -1;
  }
  if (value === NULL) {
    raiseTypeError(rt, `${name} may not be deleted`);
    return -1;
  }
  // CPython's setters check the type: a stored non-exception was later read as one
  if (off === 32 || off === 28) {
    if (value !== rt.None && ((value & 1) === 1 || !isSubtype(rt, typeOf(rt, value), rt.exc.BaseException!))) {
      raiseTypeError(rt, `exception ${off === 32 ? 'cause' : 'context'} must be None or derive from BaseException`);
      return -1;
    }
  } else if (off === 24) {
    if (value !== rt.None && ((value & 1) === 1 || kindOf(rt, value) !== Kind.TRACEBACK)) {
      raiseTypeError(rt, '__traceback__ must be a traceback or None');
      return -1;
    }
  }
  let v = value === rt.None && off !== EXC_ARGS ? NULL : value;
  if (off === EXC_ARGS) {
    if (kindOf(rt, v) !== Kind.TUPLE) {
      const t = tupleFromIterable(rt, v);
      if (t === NULL) return -1;
      const old = rt.i32[(exc + off) >> 2]!;
      rt.i32[(exc + off) >> 2] = t;
      decref(rt, old);
      return 0;
    }
  }
  incref(rt, v);
  // No-GIL: an exception shared by threads (raised by several, its __traceback__ reset by
  // each): swapped under its lock (objects/exceptions.ts tracebackHere prepends under it)
  // with an atomic exchange (vm/errors.ts setRaised swaps __context__ without the lock),
  // so that each old value is released once; released after the lock, as it may run __del__
  let old: number;
  if (rt.rc.atomic) {
    const took = objLock(rt, exc);
    old = Atomics.exchange(rt.i32, (exc + off) >> 2, v);
    if (off === 32) Atomics.or(rt.i32, (exc + 36) >> 2, 1);
    if (took) objUnlock(rt, exc);
  } else {
    old = rt.i32[(exc + off) >> 2]!;
    rt.i32[(exc + off) >> 2] = v;
    if (off === 32) rt.i32[(exc + 36) >> 2]! |= 1;
  }
  decref(rt, old as Ref);
  return 0;
}

// ------------------------------------------------------------------ iteration

/**
 * iter(v) for a native that takes the iterable's items in one run (list(), tuple(),
 * sorted(), sum(), min()/max(), set(), str.join, unpacking ...): new reference or NULL.
 *
 * A lib class that stands for a C type whose C iterator CPython's natives step without a
 * switch point gives its items here in one step, as a private list, through
 * `__gilvm_items__` (None: iterate as usual). lib/collections.py's deque does: its
 * iterator is a Python generator, and a thread running list(dq) while others appended was
 * switched out between items and raised "deque mutated during iteration" (CPython's
 * list(dq) copies the deque under the GIL in one go). Stepwise consumers, whose
 * items are taken one per Python-level step (a for loop's GET_ITER, iter(), map, zip,
 * filter, enumerate), use getIterStepwise and see the generator, so a deque changed
 * between two steps raises as in CPython.
 */
export function getIter(rt: Runtime, v: Ref): Ref {
  const t = typeOf(rt, v);
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) {
    const snapshot = typeLookup(rt, t, rt.names.__gilvm_items__);
    if (snapshot !== NULL) {
      const items = callWithSelf0(rt, snapshot, v);
      if (items === NULL) return NULL;
      if (items !== rt.None) {
        const isList = kindOf(rt, items) === Kind.LIST;
        const it = isList ? getIterBuiltin(rt, items, Kind.LIST) : NULL;
        decref(rt, items);
        return isList ? it : raiseTypeError(rt, '__gilvm_items__ must return a list or None');
      }
    }
  }
  return getIterStepwise(rt, v);
}

/** iter(v) for a consumer that takes one item per Python-level step (see getIter): new
 * reference or NULL. */
export function getIterStepwise(rt: Runtime, v: Ref): Ref {
  const t = typeOf(rt, v);
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) {
    const d = typeLookup(rt, t, rt.names.__iter__);
    // `__iter__ = None` declares the class not iterable (CPython's slot is NULL then)
    if (d === rt.None) return raiseTypeError(rt, `'${typeName(rt, t)}' object is not iterable`);
    if (d !== NULL && kindOf(rt, d) !== Kind.METHOD_DESCRIPTOR) {
      const it = callWithSelf0(rt, d, v);
      if (it === NULL) return NULL;
      if (!isIterator(rt, it)) {
        const msg = `iter() returned non-iterator of type '${typeNameOf(rt, it)}'`;
        decref(rt, it);
        return raiseTypeError(rt, msg);
      }
      return it;
    }
    if (typeLookup(rt, t, rt.names.__getitem__) !== NULL) {
      // a subclass of a built-in iterable (dict, list, ...) iterates as its base does
      const r = getIterBuiltin(rt, v, kindOf(rt, v));
      if (r !== NULL || errOccurred(rt)) return r;
      return seqIterNew(rt, v);
    }
  }
  const r = getIterBuiltin(rt, v, kindOf(rt, v));
  if (r !== NULL || errOccurred(rt)) return r;
  return raiseTypeError(rt, `'${typeName(rt, t)}' object is not iterable`);
}

export function isIterator(rt: Runtime, v: Ref): boolean {
  const k = kindOf(rt, v);
  if ((k >= Kind.LIST_ITER && k <= Kind.LIST_REVITER) || (k >= Kind.DICT_REVKEYITER && k <= Kind.DICT_REVITEMITER) || k === Kind.SEQ_REVITER) return true;
  if (k === Kind.GENERATOR || (k >= Kind.ASYNC_GEN_ASEND && k <= Kind.CORO_WRAPPER)) return true; // + objects/coroutine.ts awaitables
  return isHeapTypeObj(rt, v) && typeLookup(rt, typeOf(rt, v), rt.names.__next__) !== NULL;
}

/**
 * next(it): new reference; NULL with no exception when exhausted (StopIteration is
 * swallowed here, so loops see a sentinel); NULL with an exception on error.
 */
export function iterNext(rt: Runtime, it: Ref): Ref {
  // --no-gil: a built-in iterator's step under the lock FOR_ITER takes (vm/critical.ts),
  // for every consumer (list(it), sum(it), a native's loop): threads sharing one iterator
  // got an item twice, and a dict items iterator's reused result tuple refilled by two
  // threads at once released its items twice
  if (rt.rc.atomic && parallelRunning(rt.heap) && !isHeapTypeObj(rt, it)) return iterNextLocked(rt, it);
  return iterNextUnlocked(rt, it);
}

/** iterNext without --no-gil's lock: the caller holds it, or there is no other thread. */
export function iterNextUnlocked(rt: Runtime, it: Ref): Ref {
  const k = kindOf(rt, it);
  if (!isHeapTypeObj(rt, it)) {
    const r = iterNextBuiltin(rt, it, k);
    if (r === NULL && (k === Kind.MAP || k === Kind.FILTER) && errorMatches(rt, rt.exc.StopIteration!)) {
      // map's function or filter's predicate raised StopIteration: the end, as CPython's
      // PyIter_Next and FOR_ITER take it (`list(map(f, xs))` stops there); the map is not
      // exhausted, a later step goes on with the next item (next(m) keeps the exception:
      // iterNextKeepingStop)
      clearError(rt);
      return NULL;
    }
    if (r !== -2) return r as Ref;
    return raiseTypeError(rt, `'${typeNameOf(rt, it)}' object is not an iterator`);
  }
  const d = typeLookup(rt, typeOf(rt, it), rt.names.__next__);
  if (d === NULL) return raiseTypeError(rt, `'${typeNameOf(rt, it)}' object is not an iterator`);
  const r = callWithSelf0(rt, d, it);
  if (r === NULL && errorMatches(rt, rt.exc.StopIteration!)) clearError(rt);
  return r;
}

/**
 * next(it)'s step: as iterNext, except that the StopIteration a class's __next__ raises
 * stays set (CPython's builtin next re-raises it as it is, with its value and the
 * __next__ frame in its traceback; only a built-in iterator's end makes a new one), and so
 * does the one a map's function or a filter's predicate raises (they take no lock).
 */
export function iterNextKeepingStop(rt: Runtime, it: Ref): Ref {
  if (!isHeapTypeObj(rt, it)) {
    const k = kindOf(rt, it);
    return k === Kind.MAP || k === Kind.FILTER ? iterNextBuiltin(rt, it, k) as Ref : iterNext(rt, it);
  }
  const d = typeLookup(rt, typeOf(rt, it), rt.names.__next__);
  if (d === NULL) return raiseTypeError(rt, `'${typeNameOf(rt, it)}' object is not an iterator`);
  return callWithSelf0(rt, d, it);
}

/** list(iterable): new reference or NULL. */
export function listFromIterable(rt: Runtime, v: Ref): Ref {
  const l = listNew(rt, 0);
  if (listExtend(rt, l, v) < 0) {
    decref(rt, l);
    return NULL;
  }
  return l;
}

/** A new tuple of list l's items (each incref'd: no Python code runs, so l does not change
 * meanwhile). */
export function listToTuple(rt: Runtime, l: Ref): Ref {
  const n = listSize(rt, l);
  const t = tupleNew(rt, n);
  const base = listItemsWord(rt, l);
  for (let i = 0; i < n; i++) {
    const x = rt.i32[base + i]! as Ref;
    incref(rt, x);
    tupleSetItemSteal(rt, t, i, x);
  }
  return t;
}

/** tuple(iterable). */
export function tupleFromIterable(rt: Runtime, v: Ref): Ref {
  if (kindOf(rt, v) === Kind.TUPLE && !isHeapTypeObj(rt, v)) return newRef(rt, v);
  // an exact list, no other thread running: its items straight into the tuple, not through
  // a list copy (tuple(list) of 9 items: 237 -> 122 ns, python3 37)
  if ((v & 1) === 0 && rt.i32[v >> 2] === rt.tList && !(rt.rc.atomic && parallelRunning(rt.heap))) return listToTuple(rt, v);
  const l = listFromIterable(rt, v);
  if (l === NULL) return NULL;
  const t = listToTuple(rt, l);
  decref(rt, l);
  return t;
}

// ------------------------------------------------------------------ subscripts

/** container[key]: new reference or NULL. */
export function getItem(rt: Runtime, c: Ref, key: Ref): Ref {
  const t = typeOf(rt, c);
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) {
    const d = typeLookup(rt, t, rt.names.__getitem__);
    if (d !== NULL && !isBuiltinTypeMethod(rt, d)) return callWithSelf1(rt, d, c, key);
  }
  return getItemBuiltin(rt, c, key);
}

/** c[key] by c's layout kind only (no Python __getitem__). */
export function getItemBuiltin(rt: Runtime, c: Ref, key: Ref): Ref {
  const t = typeOf(rt, c);
  switch (kindOf(rt, c)) {
    case Kind.LIST: return listGetItem(rt, c, key);
    case Kind.TUPLE: return tupleGetItem(rt, c, key);
    case Kind.STR: return strGetItem(rt, c, key);
    case Kind.BYTES: case Kind.BYTEARRAY: return bytesGetItem(rt, c, key);
    case Kind.DICT: {
      const v = dictGetItem(rt, c, key);
      if (v !== NULL) return newRef(rt, v);
      if (errOccurred(rt)) return NULL;
      if (isHeapTypeObj(rt, c)) {
        const m = typeLookup(rt, t, rt.names.__missing__);
        if (m !== NULL) return callWithSelf1(rt, m, c, key);
      }
      return raiseKeyError(rt, key);
    }
    case Kind.RANGE: return rangeGetItem(rt, c, key);
    case Kind.TYPE:
      return typeSubscript(rt, c, key);
    default:
      return raiseTypeError(rt, `'${typeName(rt, t)}' object is not subscriptable`);
  }
}

/** Built-in classes CPython 3.11 lets you subscript (their __class_getitem__ makes a
 * types.GenericAlias); zip, map, filter and reversed are not among them. */
const GENERIC_BUILTIN_TYPES = new Set(['list', 'dict', 'tuple', 'set', 'frozenset', 'type', 'enumerate']);
/** Modules of lib/ whose classes are generic in CPython (deque[int], defaultdict[str, int]...). */
const GENERIC_LIB_MODULES = new Set(['collections', 'queue', 'asyncio', 'functools', 'itertools', 'multiprocessing', 'os']);
/** Classes of other modules (module.qualname) with a __class_getitem__ in CPython 3.11:
 * annotations such as `q: asyncio.Queue[int]` evaluate when the def runs. */
const GENERIC_LIB_CLASSES = new Set([
  'asyncio.queues.Queue', '_asyncio.Future', '_asyncio.Task', 'concurrent.futures._base.Future',
  '_queue.SimpleQueue', 'weakref.WeakKeyDictionary', 'weakref.WeakValueDictionary', 'weakref.WeakSet',
  'contextlib.AbstractContextManager', 'contextlib.AbstractAsyncContextManager', 'dataclasses.Field',
]);

/** Whether class c itself is one CPython gives a __class_getitem__ making a GenericAlias. */
function isGenericClass(rt: Runtime, c: Ref): boolean {
  const mod = moduleNameOfType(rt, c) ?? '';
  const name = typeName(rt, c); // a dotted name for the classes named as C types (_asyncio.Future)
  if (GENERIC_LIB_CLASSES.has(name) || GENERIC_LIB_CLASSES.has(`${mod}.${name}`)) return true;
  return (rt.i32[(c + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0 ? GENERIC_BUILTIN_TYPES.has(name) : GENERIC_LIB_MODULES.has(mod);
}

/** Whether cls or one of its bases is a generic class (a subclass inherits
 * __class_getitem__: `class S(list)`). */
function inheritsGeneric(rt: Runtime, cls: Ref): boolean {
  const mro = rt.i32[(cls + TP_MRO) >> 2] as Ref;
  if (mro === NULL || kindOf(rt, mro) !== Kind.TUPLE) return isGenericClass(rt, cls);
  for (let i = 0; i < tupleSize(rt, mro); i++) if (isGenericClass(rt, tupleItem(rt, mro, i))) return true;
  return false;
}

/** A function of lib/_generic.py (GenericAlias, union): new reference or NULL. */
export function genericHelper(rt: Runtime, name: string): Ref {
  return importedAttr(rt, '_generic', name);
}

/** cls[key]: the class's __class_getitem__ (implicitly a classmethod), else a
 * types.GenericAlias for the built-in generic classes, else TypeError. */
function typeSubscript(rt: Runtime, cls: Ref, key: Ref): Ref {
  const cg = typeLookup(rt, cls, internName(rt, '__class_getitem__'));
  if (cg !== NULL) {
    if (kindOf(rt, cg) === Kind.FUNCTION) return call2(rt, cg, cls, key);
    const bound = bindDescriptor(rt, cg, NULL, cls);
    if (bound === NULL) return NULL;
    const r = call1(rt, bound, key);
    decref(rt, bound);
    return r;
  }
  if (!inheritsGeneric(rt, cls)) return raiseTypeError(rt, `type '${typeName(rt, cls)}' is not subscriptable`);
  const ga = genericHelper(rt, 'GenericAlias');
  if (ga === NULL) return NULL;
  const r = call2(rt, ga, cls, key);
  decref(rt, ga);
  return r;
}

function rangeGetItem(rt: Runtime, r: Ref, key: Ref): Ref {
  if (rangeIsBig(rt, r)) return rangeGetItemBig(rt, r, key);
  const n = rangeLength(rt, r);
  const i32 = rt.i32;
  const start = i32[(r + RANGE_START) >> 2]! >> 1;
  const step = i32[(r + RANGE_STEP) >> 2]! >> 1;
  if (kindOf(rt, key) === Kind.SLICE) {
    const idx = sliceIndices(rt, key, n);
    if (idx === null) return NULL;
    const [a, b, st] = idx;
    const newStart = start + a * step;
    const newStop = start + b * step;
    const newStep = st * step;
    // bounds past the small ints (or a huge step, which sliceIndices clamps) take bigints
    if (!fitsSmallInt(newStart) || !fitsSmallInt(newStop) || !fitsSmallInt(newStep)) return rangeGetItemBig(rt, r, key);
    return rangeNew(rt, newStart, newStop, newStep);
  }
  const i = indexValue(rt, key, 'range');
  if (i === null) return NULL;
  const j = i < 0 ? i + n : i;
  if (j < 0 || j >= n) return raiseIndexError(rt, 'range object index out of range');
  return intFromNumber(rt, start + j * step);
}

/** The attribute name under which type t (or a class of its MRO) holds the property
 * `prop`, or null: CPython 3.11 names the property in its missing-getter error. */
function propertyNameIn(rt: Runtime, t: Ref, prop: Ref): string | null {
  if (kindOf(rt, t) !== Kind.TYPE) return null;
  const mro = rt.i32[(t + TP_MRO) >> 2] as Ref;
  if (mro === 0 || kindOf(rt, mro) !== Kind.TUPLE) return null;
  for (let i = 0; i < tupleSize(rt, mro); i++) {
    const dict = rt.i32[(tupleItem(rt, mro, i) + TP_DICT) >> 2] as Ref;
    if (dict === 0) continue;
    for (let ix = dictNextEntry(rt, dict, 0); ix >= 0; ix = dictNextEntry(rt, dict, ix + 1)) {
      if (dictEntryValue(rt, dict, ix) !== prop) continue;
      const k = dictEntryKey(rt, dict, ix);
      if (kindOf(rt, k) === Kind.STR) return strToJS(rt, k);
    }
  }
  return null;
}

/** slice.indices(n) in bigints (CPython's _PySlice_GetLongIndices): start, stop, step. */
function sliceIndicesBig(rt: Runtime, sl: Ref, n: bigint): [bigint, bigint, bigint] | null {
  const field = (off: number): bigint | null | undefined => {
    const v = rt.i32[(sl + off) >> 2] as Ref;
    if (v === rt.None) return undefined;
    if (isIntKind(kindOf(rt, v))) return intToBigint(rt, v);
    const iv = indexObject(rt, v);
    if (iv === NULL) {
      if (errorMatches(rt, rt.exc.TypeError!)) {
        clearError(rt);
        raiseTypeError(rt, 'slice indices must be integers or None or have an __index__ method');
      }
      return null;
    }
    const x = intToBigint(rt, iv);
    decref(rt, iv);
    return x;
  };
  const stepV = field(SLICE_STEP);
  if (stepV === null) return null;
  const step = stepV ?? 1n;
  if (step === 0n) { raiseValueError(rt, 'slice step cannot be zero'); return null; }
  const neg = step < 0n;
  const lower = neg ? -1n : 0n, upper = neg ? n - 1n : n;
  const clamp = (v: bigint | undefined, dflt: bigint): bigint => {
    if (v === undefined) return dflt;
    if (v < 0n) { v += n; return v < lower ? lower : v; }
    return v > upper ? upper : v;
  };
  const a = field(SLICE_START);
  if (a === null) return null;
  const b = field(SLICE_STOP);
  if (b === null) return null;
  return [clamp(a, neg ? upper : lower), clamp(b, neg ? lower : upper), step];
}

/** range[key] when a bound is a big int: bigint arithmetic throughout. */
function rangeGetItemBig(rt: Runtime, r: Ref, key: Ref): Ref {
  const [start, , step] = rangeBounds(rt, r);
  const n = rangeLengthBig(rt, r);
  if (kindOf(rt, key) === Kind.SLICE) {
    const idx = sliceIndicesBig(rt, key, n);
    if (idx === null) return NULL;
    const [a, b, st] = idx;
    return rangeNewBig(rt, start + a * step, start + b * step, st * step);
  }
  let i: bigint;
  if (isIntKind(kindOf(rt, key))) i = intToBigint(rt, key);
  else {
    const v = indexValue(rt, key, 'range');
    if (v === null) return NULL;
    i = BigInt(v);
  }
  const j = i < 0n ? i + n : i;
  if (j < 0n || j >= n) return raiseIndexError(rt, 'range object index out of range');
  return intFromBigint(rt, start + j * step);
}

/** An integer index from an int-like (or __index__) value; null on error. */
export function indexValue(rt: Runtime, key: Ref, what: string): number | null {
  if ((key & 1) === 1) return key >> 1;
  const k = kindOf(rt, key);
  if (k === Kind.INT || k === Kind.BOOL) {
    const v = intValue(rt, key);
    if (typeof v !== 'bigint') return v;
    // a sequence subscript is PyNumber_AsSsize_t(key, IndexError) in CPython; slice bounds
    // and range indices clamp instead (the callers passing 'slice', 'int', 'range')
    if ((v > 9223372036854775807n || v < -9223372036854775808n) && what !== 'slice' && what !== 'int' && what !== 'range') {
      raiseIndexError(rt, "cannot fit 'int' into an index-sized integer");
      return null;
    }
    return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  }
  if (isHeapTypeObj(rt, key)) {
    const d = typeLookup(rt, typeOf(rt, key), rt.names.__index__);
    if (d !== NULL) {
      const r = callWithSelf0(rt, d, key);
      if (r === NULL) return null;
      if ((r & 1) === 0 && !isIntKind(kindOf(rt, r))) {
        const msg = `__index__ returned non-int (type ${typeNameOf(rt, r)})`;
        decref(rt, r);
        raiseTypeError(rt, msg);
        return null;
      }
      if ((r & 1) === 0 && typeOf(rt, r) !== rt.tInt && !warnIndexSubclass(rt, r)) { decref(rt, r); return null; }
      const v = indexValue(rt, r, what);
      decref(rt, r);
      return v;
    }
  }
  if (what === 'string') raiseTypeError(rt, `string indices must be integers, not '${typeNameOf(rt, key)}'`);
  // the start/stop of list.index and tuple.index (CPython's _PyEval_SliceIndexNotNone)
  else if (what === 'slice') raiseTypeError(rt, 'slice indices must be integers or have an __index__ method');
  else raiseTypeError(rt, `${what} indices must be integers or slices, not ${typeNameOf(rt, key)}`);
  return null;
}

/**
 * Made-on-first-use attributes of built-in modules: modules/sys.ts registers the hooks,
 * its own (sys.stdin...) and builtins.ExceptionGroup's (vm/evalhelpers.ts builtinsLazyAttr);
 * set once at import time, so no mutable state in practice. Each hook answers the
 * attribute's value (new reference), or NULL with nothing raised when `name` is not one
 * of its module's.
 */
const lazyModuleAttrs: ((rt: Runtime, module: Ref, name: Ref) => Ref)[] = [];
export function registerLazyModuleAttr(fn: (rt: Runtime, module: Ref, name: Ref) => Ref): void {
  lazyModuleAttrs.push(fn);
}

/** A module attribute not in its dict: the module's own __getattr__(name) (PEP 562), a
 * lazily made built-in attribute, else AttributeError as CPython words it. */
/** While a module's body runs (a `.py` module, or a built-in one whose body is Python
 * source), its globals hold this key: the importing thread's id (modules/importer.ts). */
export const MODULE_INITIALIZING_KEY = '__gilvm_initializing__';

/** Whether mod's body is still running (an import cycle sees it so). */
export function moduleIsInitializing(rt: Runtime, mod: Ref): boolean {
  return kindOf(rt, mod) === Kind.MODULE && dictGetItem(rt, rt.i32[(mod + MOD_DICT) >> 2] as Ref, internJS(rt, MODULE_INITIALIZING_KEY)) !== NULL;
}

function moduleMissingAttr(rt: Runtime, mod: Ref, name: Ref): Ref {
  const md = rt.i32[(mod + MOD_DICT) >> 2] as Ref;
  const hook = dictGetItem(rt, md, rt.names.__getattr__);
  if (hook !== NULL) return call1(rt, hook, name);
  if (errOccurred(rt)) return NULL;
  for (const lazy of lazyModuleAttrs) {
    const v = lazy(rt, mod, name);
    if (v !== NULL || errOccurred(rt)) return v;
  }
  // the name in the module's __name__, as CPython's module_getattro (a module renamed by
  // setting __name__ says so: concurrent.futures), "module has no attribute" without one
  const nameRef = dictGetItem(rt, md, rt.names.__name__);
  if (nameRef === NULL || kindOf(rt, nameRef) !== Kind.STR) {
    clearError(rt);
    return raiseAttributeError(rt, `module has no attribute '${strToJS(rt, name)}'`);
  }
  const modName = strToJS(rt, nameRef);
  if (moduleIsInitializing(rt, mod)) {
    return raiseAttributeError(rt, `partially initialized module '${modName}' has no attribute '${strToJS(rt, name)}' (most likely due to a circular import)`);
  }
  return raiseAttributeError(rt, `module '${modName}' has no attribute '${strToJS(rt, name)}'`);
}

/**
 * The exact int equal to an int, bool or int-subclass instance `v` (new reference): what
 * int(x), x.real, x.__int__() and operator.index() give for a subclass (CPython's
 * _PyLong_Copy), so a subclass's own operators never run on the result.
 */
export function exactIntCopy(rt: Runtime, v: Ref): Ref {
  if ((v & 1) === 1) return v;
  if (v === rt.True) return smallIntRef(1);
  if (v === rt.False) return smallIntRef(0);
  if (typeOf(rt, v) === rt.tInt) return newRef(rt, v);
  return intFromBigint(rt, intToBigint(rt, v));
}

/** The exact float equal to a float or float-subclass instance (new reference). */
export function exactFloatCopy(rt: Runtime, v: Ref): Ref {
  return typeOf(rt, v) === rt.tFloat ? newRef(rt, v) : floatNew(rt, floatValue(rt, v));
}

/** PyNumber_Index's DeprecationWarning for an __index__ that returned a strict int subclass
 * (a bool); false with the exception set when the warning is an error. */
function warnIndexSubclass(rt: Runtime, r: Ref): boolean {
  return warnDeprecatedFromMain(rt, `__index__ returned non-int (type ${typeNameOf(rt, r)}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`, 0);
}

/** operator.index(v): v itself when an exact int, else its __index__() (which must return an
 * int). New reference, or NULL with CPython's TypeError. */
export function indexObject(rt: Runtime, v: Ref): Ref {
  if ((v & 1) === 1 || typeOf(rt, v) === rt.tInt) return newRef(rt, v);
  // a bool or int subclass: the exact int (PyNumber_Index's _PyLong_Copy)
  if (isIntKind(kindOf(rt, v))) return exactIntCopy(rt, v);
  if (isHeapTypeObj(rt, v)) {
    const d = typeLookup(rt, typeOf(rt, v), rt.names.__index__);
    if (d !== NULL) {
      const r = callWithSelf0(rt, d, v);
      if (r === NULL) return NULL;
      if ((r & 1) === 1 || typeOf(rt, r) === rt.tInt) return r;
      if (isIntKind(kindOf(rt, r))) {
        if (!warnIndexSubclass(rt, r)) { decref(rt, r); return NULL; }
        const x = exactIntCopy(rt, r);
        decref(rt, r);
        return x;
      }
      const msg = `__index__ returned non-int (type ${typeNameOf(rt, r)})`;
      decref(rt, r);
      return raiseTypeError(rt, msg);
    }
  }
  return raiseTypeError(rt, `'${typeNameOf(rt, v)}' object cannot be interpreted as an integer`);
}

/** container[key] = value (value NULL: del). 0 or -1. */
export function setItem(rt: Runtime, c: Ref, key: Ref, value: Ref): number {
  const t = typeOf(rt, c);
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) {
    const d = typeLookup(rt, t, value === NULL ? rt.names.__delitem__ : rt.names.__setitem__);
    if (d !== NULL && !isBuiltinTypeMethod(rt, d)) {
      const r = value === NULL ? callWithSelf1(rt, d, c, key) : callWithSelf2(rt, d, c, key, value);
      if (r === NULL) return -1;
      decref(rt, r);
      return 0;
    }
    // a class with __setitem__ but no __delitem__ (or the other way round), neither
    // inherited from a built-in container: CPython's slot for both looks the missing one
    // up and raises AttributeError(name)
    const k = kindOf(rt, c);
    if (d === NULL && k !== Kind.LIST && k !== Kind.DICT && k !== Kind.BYTEARRAY) {
      const pair = value === NULL ? rt.names.__setitem__ : rt.names.__delitem__;
      const other = typeLookup(rt, t, pair);
      if (other !== NULL && kindOf(rt, other) !== Kind.METHOD_DESCRIPTOR) {
        raiseNew(rt, rt.exc.AttributeError!, value === NULL ? '__delitem__' : '__setitem__');
        return -1;
      }
    }
  }
  return setItemBuiltin(rt, c, key, value);
}

/** Whether CPython's type for c has sequence slots (tp_as_sequence): a heap type, or a
 * built-in sequence, set or dict view. With an index key, a deletion it does not support
 * fails in PySequence_DelItem ("doesn't support"), else in PyObject_DelItem ("does not"). */
function hasSequenceSlots(rt: Runtime, t: Ref, k: Kind): boolean {
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) return true;
  switch (k) {
    case Kind.STR: case Kind.TUPLE: case Kind.RANGE: case Kind.SET: case Kind.FROZENSET:
    case Kind.BYTES: case Kind.DICT_KEYS: case Kind.DICT_VALUES: case Kind.DICT_ITEMS:
      return true;
    default:
      return false;
  }
}

/** CPython's _PyIndex_Check: an int, or an instance whose class has __index__. */
function isIndexKey(rt: Runtime, key: Ref): boolean {
  if ((key & 1) === 1 || isIntKind(kindOf(rt, key))) return true;
  return isHeapTypeObj(rt, key) && typeLookup(rt, typeOf(rt, key), rt.names.__index__) !== NULL;
}

/** c[key] = value / del c[key] (value NULL) by c's layout kind only. 0 or -1. */
export function setItemBuiltin(rt: Runtime, c: Ref, key: Ref, value: Ref): number {
  const t = typeOf(rt, c);
  switch (kindOf(rt, c)) {
    case Kind.LIST: return value === NULL ? listDelItem(rt, c, key) : listSetItem(rt, c, key, value);
    case Kind.BYTEARRAY: return value === NULL ? bytearrayDelItem(rt, c, key) : bytearraySetItem(rt, c, key, value);
    case Kind.DICT: {
      if (value !== NULL) return dictSetItem(rt, c, key, value);
      const r = dictDelItem(rt, c, key);
      if (r === 0) raiseKeyError(rt, key);
      return r <= 0 ? -1 : 0;
    }
    default:
      if (value === NULL) {
        const seq = hasSequenceSlots(rt, t, kindOf(rt, c)) && isIndexKey(rt, key);
        raiseTypeError(rt, `'${typeName(rt, t)}' object ${seq ? "doesn't" : 'does not'} support item deletion`);
      } else raiseTypeError(rt, `'${typeName(rt, t)}' object does not support item assignment`);
      return -1;
  }
}

/** item in container: 1, 0, -1. */
export function contains(rt: Runtime, c: Ref, item: Ref): number {
  const t = typeOf(rt, c);
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) {
    const d = typeLookup(rt, t, rt.names.__contains__);
    if (d === rt.None) {
      // `__contains__ = None` opts out of `in` (CPython's slot_sq_contains)
      raiseTypeError(rt, `'${typeName(rt, t)}' object is not a container`);
      return -1;
    }
    if (d !== NULL && !isBuiltinTypeMethod(rt, d)) {
      const r = callWithSelf1(rt, d, c, item);
      if (r === NULL) return -1;
      const b = isTrue(rt, r);
      decref(rt, r);
      return b;
    }
  }
  return containsBuiltin(rt, c, item);
}

/** item in c by c's layout kind (iteration for other kinds). 1, 0, -1. */
export function containsBuiltin(rt: Runtime, c: Ref, item: Ref): number {
  const t = typeOf(rt, c);
  switch (kindOf(rt, c)) {
    case Kind.SET: case Kind.FROZENSET:
      return setKeyLookup(rt, c, item, dictContains);
    case Kind.DICT: case Kind.DICT_KEYS:
      return dictContains(rt, kindOf(rt, c) === Kind.DICT_KEYS ? rt.i32[(c + 16) >> 2] as Ref : c, item);
    case Kind.DICT_ITEMS: {
      // a (key, value) pair: the key looked up (an unhashable key is the TypeError), its
      // value compared (CPython's dictitems_contains), no walk over the items
      if (kindOf(rt, item) !== Kind.TUPLE || tupleSize(rt, item) !== 2) return 0;
      const found = dictGetItem(rt, rt.i32[(c + 16) >> 2] as Ref, tupleItem(rt, item, 0));
      if (found === NULL) return errOccurred(rt) ? -1 : 0;
      incref(rt, found);
      const e = richCompareBool(rt, found, tupleItem(rt, item, 1), 2);
      decref(rt, found);
      return e;
    }
    case Kind.STR:
      if (kindOf(rt, item) !== Kind.STR) {
        raiseTypeError(rt, `'in <string>' requires string as left operand, not ${typeNameOf(rt, item)}`);
        return -1;
      }
      return strContains(rt, c, item) ? 1 : 0;
    case Kind.BYTES: case Kind.BYTEARRAY: return bytesContains(rt, c, item);
    case Kind.LIST: {
      for (let i = 0; i < listSize(rt, c); i++) {
        const x = listItem(rt, c, i);
        incref(rt, x);
        const e = richCompareBool(rt, x, item, 2);
        decref(rt, x);
        if (e !== 0) return e;
      }
      return 0;
    }
    case Kind.TUPLE: {
      for (let i = 0; i < tupleSize(rt, c); i++) {
        const e = richCompareBool(rt, tupleItem(rt, c, i), item, 2);
        if (e !== 0) return e;
      }
      return 0;
    }
    case Kind.RANGE: {
      if (!isIntKind(kindOf(rt, item))) break;
      if (rangeIsBig(rt, c) || (item & 1) === 0) {
        const [start, , step] = rangeBounds(rt, c);
        const d = intToBigint(rt, item) - start;
        const k = d / step;
        return d % step === 0n && k >= 0n && k < rangeLengthBig(rt, c) ? 1 : 0;
      }
      const v = Number(intValue(rt, item));
      const i32 = rt.i32;
      const start = i32[(c + RANGE_START) >> 2]! >> 1;
      const step = i32[(c + RANGE_STEP) >> 2]! >> 1;
      const n = rangeLength(rt, c);
      const k = (v - start) / step;
      return Number.isInteger(k) && k >= 0 && k < n ? 1 : 0;
    }
  }
  // generic: iterate
  const it = getIter(rt, c);
  if (it === NULL) {
    if (errorMatches(rt, rt.exc.TypeError!)) {
      clearError(rt);
      raiseTypeError(rt, `argument of type '${typeName(rt, t)}' is not iterable`);
    }
    return -1;
  }
  for (;;) {
    const x = iterNext(rt, it);
    if (x === NULL) {
      decref(rt, it);
      return errOccurred(rt) ? -1 : 0;
    }
    const e = richCompareBool(rt, x, item, 2);
    decref(rt, x);
    if (e !== 0) {
      decref(rt, it);
      return e;
    }
  }
}

// ------------------------------------------------------------------ arithmetic

const NB_SYMBOLS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];

/** a <op> b for BINARY_OP oparg `op` (0..12, or 13..25 in-place). New reference or NULL. */
/** Whether a subclass of the built-in type of layout kind k that defines the operation's
 * plain form (__add__) still gets the built-in in-place one (list +=; set |=, &=, ^=, -=;
 * dict |=; bytearray +=), as CPython 3.11 does (measured: a list subclass with its own
 * __mul__ gets __mul__ for *=, not list's in-place repeat). */
function hasBuiltinInplace(k: Kind, base: number): boolean {
  switch (k) {
    case Kind.LIST: case Kind.BYTEARRAY: return base === 0;
    case Kind.SET: return base === 7 || base === 1 || base === 12 || base === 10;
    case Kind.DICT: return base === 7;
    default: return false;
  }
}

export function binaryOp(rt: Runtime, a: Ref, b: Ref, op: number): Ref {
  const inplace = op >= 13;
  const base = inplace ? op - 13 : op;
  const ta = typeOf(rt, a);
  const tb = typeOf(rt, b);
  if ((ta === rt.tInt || ta === rt.tFloat) && (tb === rt.tInt || tb === rt.tFloat)) {
    // exact ints and floats: straight to the numeric code, no dunder or kind lookups
    const r = ta === rt.tInt && tb === rt.tInt ? intBinaryFast(rt, a, b, base) : floatBinaryFast(rt, a, b, base, ta, tb);
    if (r !== NULL) return r;
  }
  const heapA = (rt.i32[(ta + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0;
  const heapB = (rt.i32[(tb + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0;
  // a built-in base's slot replaced by the class's own method (a's forward, b's reflected)
  let blockedA = false, blockedB = false;
  if (heapA || heapB) {
    const names = rt.nbNames[base]!;
    if (inplace && heapA) {
      const d = typeLookup(rt, ta, names[2]!);
      if (d !== NULL) {
        const r = callWithSelf1(rt, d, a, b);
        if (r !== rt.NotImplemented) return r;
      } else if (hasBuiltinInplace(kindOf(rt, a), base)) {
        // a list / set / dict subclass without an __iadd__ of its own: the built-in in-place
        // slot it inherits (z += [2] extends z even when the class defines __add__)
        const r = builtinBinary(rt, a, b, base, true, kindOf(rt, a), kindOf(rt, b));
        if (r !== rt.NotImplemented) return r;
      }
    }
    // b's reflected method (__radd__...), looked up once for the three uses below
    const reflectedB = heapB ? typeLookup(rt, tb, names[1]!) : NULL;
    // b's class defines it itself (not the built-in base's descriptor): see blockedA
    blockedB = reflectedB !== NULL && kindOf(rt, reflectedB) !== Kind.METHOD_DESCRIPTOR;
    let triedB = false;
    if (heapB && ta !== tb && isSubtype(rt, tb, ta)) {
      // first only when b's type overrides the reflected method (CPython's slot function
      // SLOT1BINFULL, method_is_overloaded): a subclass that inherits __radd__ from a's
      // class gets a's __add__ first, as any other right operand
      if (reflectedB !== NULL && (!heapA || reflectedB !== typeLookup(rt, ta, names[1]!))) {
        triedB = true;
        const r = callWithSelf1(rt, reflectedB, b, a);
        if (r !== rt.NotImplemented) return r;
      }
    }
    let forwardA: Ref = NULL;
    if (heapA) {
      forwardA = typeLookup(rt, ta, names[0]!);
      if (forwardA !== NULL) {
        const r = callWithSelf1(rt, forwardA, a, b);
        if (r !== rt.NotImplemented) return r;
        // a's class defines the method itself (a Python function, not the built-in base's
        // descriptor): it replaces the base's slot, which is not tried after it answered
        // NotImplemented (CPython's slot_nb_add in place of float_add / list's sq_concat)
        if (kindOf(rt, forwardA) !== Kind.METHOD_DESCRIPTOR) blockedA = true;
      }
    }
    if (heapB && !triedB && ta !== tb) {
      if (forwardA === NULL) {
        // a built-in's number slot first (CPython calls a's slot before b's reflected one
        // unless b's type overrides it and is a subtype of a's): 1.5 + I(2) with I an int
        // subclass is float's sum, and so is MyInt(1) + Sub(2) when Sub only inherits
        // MyInt's __radd__ (MyInt's slot is int's)
        const ka = kindOf(rt, a);
        const kb = kindOf(rt, b);
        if (builtinSlotTakes(ka, kb, base)) {
          const r = builtinBinary(rt, a, b, base, inplace, ka, kb);
          if (r !== rt.NotImplemented) return r;
        }
      }
      if (reflectedB !== NULL) {
        const r = callWithSelf1(rt, reflectedB, b, a);
        if (r !== rt.NotImplemented) return r;
      }
    }
  }
  const ka = kindOf(rt, a);
  const kb = kindOf(rt, b);
  // the built-in slots left: a's unless its class replaced it; then b's, which takes a only
  // when a's kind is one it computes with (Meters(1.5) + 2.0 is float's sum, Meters(1.5) + 2
  // a TypeError: int's slot takes ints); none between two of one class
  const builtinLeft = blockedA
    ? !blockedB && ta !== tb && builtinSlotTakes(kb, ka, base)
    : !blockedB || !isNumberKind(ka) || builtinSlotTakes(ka, kb, base);
  const r = builtinLeft ? builtinBinary(rt, a, b, base, inplace, ka, kb) : rt.NotImplemented;
  if (r !== rt.NotImplemented) return r;
  if (base === 0 && (ka === Kind.STR || ka === Kind.LIST || ka === Kind.TUPLE) && !blockedA) {
    // the built-in concatenation's message, a subclass's too (it is the base's sq_concat)
    const n = ka === Kind.STR ? 'str' : ka === Kind.LIST ? 'list' : 'tuple';
    return raiseTypeError(rt, `can only concatenate ${n} (not "${typeName(rt, tb)}") to ${n}`);
  }
  if (base === 5 && (isRepeatSeqKind(ka) || isRepeatSeqKind(kindOf(rt, b)))) {
    const seqA = isRepeatSeqKind(ka);
    const other = seqA ? tb : ta;
    // sequence repeat by an object with __index__ (CPython's sq_repeat after nb_multiply)
    if ((rt.i32[(other + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0 && typeLookup(rt, other, rt.names.__index__) !== NULL) {
      const n = indexObject(rt, seqA ? b : a);
      if (n === NULL) return NULL;
      const r2 = seqA ? builtinBinary(rt, a, n, 5, inplace, ka, kindOf(rt, n)) : builtinBinary(rt, n, b, 5, inplace, kindOf(rt, n), kindOf(rt, b));
      decref(rt, n);
      if (r2 !== rt.NotImplemented) return r2;
    }
    return raiseTypeError(rt, `can't multiply sequence by non-int of type '${typeName(rt, other)}'`);
  }
  if (base === 7) {
    // type | type, type | None: a types.UnionType (lib/_generic.py)
    if ((ka === Kind.TYPE || a === rt.None) && (kb === Kind.TYPE || b === rt.None) && !(a === rt.None && b === rt.None)) {
      const u = genericHelper(rt, 'union');
      if (u === NULL) return NULL;
      const r2 = call2(rt, u, a, b);
      decref(rt, u);
      return r2;
    }
  }
  return binaryOpUnsupported(rt, a, b, op);
}

/** Raises binary operator op's TypeError for operands a and b ("unsupported operand
 * type(s) for +: 'A' and 'B'"). NULL. */
export function binaryOpUnsupported(rt: Runtime, a: Ref, b: Ref, op: number): Ref {
  const inplace = op >= 13;
  const base = inplace ? op - 13 : op;
  const sym = base === 8 && !inplace ? '** or pow()' : NB_SYMBOLS[base]! + (inplace ? '=' : '');
  // CPython's binary_op hint for Python 2's `print >>f, x`: `>>` with the built-in print on its left
  const printHint = base === 9 && !inplace && kindOf(rt, a) === Kind.BUILTIN_FUNCTION &&
    strToJS(rt, rt.i32[(a + BF_NAME) >> 2] as Ref) === 'print' ? '. Did you mean "print(<message>, file=<output_stream>)"?' : '';
  return raiseTypeError(rt, `unsupported operand type(s) for ${sym}: '${typeName(rt, typeOf(rt, a))}' and '${typeName(rt, typeOf(rt, b))}'${printHint}`);
}

/**
 * Whether a built-in left operand of kind `ka` has a number slot for `base` that handles a
 * right operand of (heap type) kind `kb` rather than returning NotImplemented, so it runs
 * before the right operand's reflected dunder. int's slots take ints only (2 + G(1.0), G a
 * float subclass, is G's __radd__); float's take ints and floats; complex's ints, floats
 * and complexes. str/bytes/bytearray `%` formats any right operand (CPython's unicode_mod
 * and bytes_mod): "%s" % R() never calls R.__rmod__. The set operators of dict views take
 * any iterable and raise TypeError for anything else.
 */
function builtinSlotTakes(ka: number, kb: number, base: number): boolean {
  const bReal = kb === Kind.INT || kb === Kind.FLOAT;
  switch (ka) {
    case Kind.INT: case Kind.BOOL: return kb === Kind.INT;
    case Kind.FLOAT: return bReal;
    case Kind.COMPLEX: return bReal || kb === Kind.COMPLEX;
    case Kind.STR: case Kind.BYTES: case Kind.BYTEARRAY: return base === 6;
    case Kind.DICT_KEYS: case Kind.DICT_ITEMS: return base === 1 || base === 7 || base === 10 || base === 12;
    case Kind.DICT: return kb === Kind.DICT && base === 7;
    case Kind.SET: case Kind.FROZENSET:
      return (kb === Kind.SET || kb === Kind.FROZENSET) && (base === 1 || base === 7 || base === 10 || base === 12);
    default: return false;
  }
}

/** Whether the rich comparison of the built-in type of kind ka takes an operand of kind kb
 * (CPython's tp_richcompare of int, float, str, list... answers only for its own kinds). */
function builtinCompareTakes(ka: number, kb: number): boolean {
  switch (ka) {
    case Kind.INT: case Kind.BOOL: return kb === Kind.INT || kb === Kind.BOOL;
    case Kind.FLOAT: return kb === Kind.FLOAT || kb === Kind.INT || kb === Kind.BOOL;
    case Kind.STR: case Kind.LIST: case Kind.TUPLE: case Kind.DICT: return kb === ka;
    case Kind.SET: case Kind.FROZENSET: return kb === Kind.SET || kb === Kind.FROZENSET;
    case Kind.BYTES: case Kind.BYTEARRAY: return kb === Kind.BYTES || kb === Kind.BYTEARRAY;
    default: return false;
  }
}

/** The numeric kinds, whose number slots builtinSlotTakes describes exactly. */
function isNumberKind(k: number): boolean {
  return k === Kind.INT || k === Kind.BOOL || k === Kind.FLOAT || k === Kind.COMPLEX;
}

/** The kinds whose sq_repeat makes `seq * x` fail with "can't multiply sequence". */
function isRepeatSeqKind(k: number): boolean {
  return k === Kind.STR || k === Kind.LIST || k === Kind.TUPLE || k === Kind.BYTES || k === Kind.BYTEARRAY;
}

/**
 * a <op> b (base oparg) for an exact int or float and an exact float or int, at least one a
 * float: + - * / on doubles, an int operand converted exactly when |int| < 2**53. NULL when
 * not handled here (errors, // % **, big ints): builtinBinary does the rest.
 */
function floatBinaryFast(rt: Runtime, a: Ref, b: Ref, op: number, ta: Ref, tb: Ref): Ref {
  const x = ta === rt.tFloat ? rt.f64[(a + 16) >> 3]! : intSafeValue(rt, a);
  const y = tb === rt.tFloat ? rt.f64[(b + 16) >> 3]! : intSafeValue(rt, b);
  if ((x !== x && ta !== rt.tFloat) || (y !== y && tb !== rt.tFloat)) return NULL;
  switch (op) {
    case 0: return floatNew(rt, x + y);
    case 10: return floatNew(rt, x - y);
    case 5: return floatNew(rt, x * y);
    case 11: return y === 0 ? NULL : floatNew(rt, x / y);
    default: return NULL;
  }
}

/** Arithmetic on two JS-number ints (exact when |result| < 2**53, else via bigint). */
function intArith(rt: Runtime, x: number | bigint, y: number | bigint, op: number): Ref {
  if (typeof x === 'number' && typeof y === 'number') {
    switch (op) {
      case 0: { const r = x + y; if (Number.isSafeInteger(r)) return intFromNumber(rt, r); break; }
      case 10: { const r = x - y; if (Number.isSafeInteger(r)) return intFromNumber(rt, r); break; }
      case 5: { const r = x * y; if (Number.isSafeInteger(r)) return intFromNumber(rt, r); break; }
      case 2:
        if (y === 0) return raiseZeroDivision(rt, 'integer division or modulo by zero');
        return intFromNumber(rt, smallFloorDiv(x, y));
      case 6:
        if (y === 0) return raiseZeroDivision(rt, 'integer modulo by zero');
        return intFromNumber(rt, smallMod(x, y));
      case 11: {
        const r = numeric(rt, () => intTrueDivide(BigInt(x), BigInt(y)));
        return r === null ? NULL : floatNew(rt, r);
      }
    }
  }
  const bx = BigInt(x);
  const by = BigInt(y);
  const r = numeric(rt, (): bigint | number => {
    switch (op) {
      case 0: return bx + by;
      case 10: return bx - by;
      case 5: return bx * by;
      case 2: return intFloorDiv(bx, by);
      case 6: return intMod(bx, by);
      case 1: return bx & by;
      case 7: return bx | by;
      case 12: return bx ^ by;
      case 3: return intLshift(bx, by);
      case 9: return intRshift(bx, by);
      case 8: return intPow(bx, by);
      case 11: return intTrueDivide(bx, by);
      default: throw new NumericError('TypeError', 'unsupported');
    }
  });
  if (r === null) return NULL;
  if (typeof r === 'number') return floatNew(rt, r);
  return intFromBigint(rt, r);
}

export function builtinBinary(rt: Runtime, a: Ref, b: Ref, op: number, inplace: boolean, ka: Kind, kb: Kind): Ref {
  const aInt = isIntKind(ka);
  const bInt = isIntKind(kb);
  if (aInt && bInt) {
    if (ka === Kind.BOOL && kb === Kind.BOOL && (op === 1 || op === 7 || op === 12)) {
      const x = a === rt.True, y = b === rt.True;
      const r = op === 1 ? x && y : op === 7 ? x || y : x !== y;
      return r ? rt.True : rt.False;
    }
    const fast = intBinaryFast(rt, a, b, op);
    if (fast !== NULL) return fast;
    return intArith(rt, intValue(rt, a), intValue(rt, b), op);
  }
  if ((aInt || ka === Kind.FLOAT) && (bInt || kb === Kind.FLOAT)) {
    const x = ka === Kind.FLOAT ? floatValue(rt, a) : toFloat(rt, a);
    if (x === null) return NULL;
    const y = kb === Kind.FLOAT ? floatValue(rt, b) : toFloat(rt, b);
    if (y === null) return NULL;
    let r: number | null;
    switch (op) {
      case 0: r = x + y; break;
      case 10: r = x - y; break;
      case 5: r = x * y; break;
      case 11:
        if (y === 0) return raiseZeroDivision(rt, 'float division by zero');
        r = floatTrueDiv(x, y); break;
      case 2:
        if (y === 0) return raiseZeroDivision(rt, 'float floor division by zero');
        r = numeric(rt, () => floatFloorDiv(x, y)); break;
      case 6:
        if (y === 0) return raiseZeroDivision(rt, 'float modulo');
        r = numeric(rt, () => floatMod(x, y)); break;
      case 8:
        // a negative base to a fractional power: CPython's float_pow hands over to complex
        if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) return complexBinary(rt, a, b, 8, ka, kb);
        r = numeric(rt, () => floatPowChecked(x, y)); break;
      default: return rt.NotImplemented;
    }
    return r === null ? NULL : floatNew(rt, r);
  }
  if (ka === Kind.COMPLEX || kb === Kind.COMPLEX) {
    const r = complexBinary(rt, a, b, op, ka, kb);
    if (r !== rt.NotImplemented) return r;
  }
  switch (op) {
    case 0: // +
      if (ka === Kind.STR && kb === Kind.STR) return strConcat(rt, a, b);
      if (ka === Kind.LIST && kb === Kind.LIST) {
        if (inplace) return listExtend(rt, a, b) < 0 ? NULL : newRef(rt, a);
        return listConcat(rt, a, b);
      }
      if (ka === Kind.LIST && inplace) return listExtend(rt, a, b) < 0 ? NULL : newRef(rt, a);
      if (ka === Kind.TUPLE && kb === Kind.TUPLE) return tupleConcat(rt, a, b);
      if (ka === Kind.BYTES || ka === Kind.BYTEARRAY) return bytesConcat(rt, a, b, inplace);
      break;
    case 5: // *
      if (ka === Kind.STR && bInt) return strMul(rt, a, b);
      if (kb === Kind.STR && aInt) return strMul(rt, b, a);
      if (ka === Kind.LIST && bInt) return listRepeat(rt, a, b, inplace);
      if (kb === Kind.LIST && aInt) return listRepeat(rt, b, a, false);
      if (ka === Kind.TUPLE && bInt) return tupleRepeat(rt, a, b);
      if (kb === Kind.TUPLE && aInt) return tupleRepeat(rt, b, a);
      if ((ka === Kind.BYTES || ka === Kind.BYTEARRAY) && bInt) return bytesRepeat(rt, a, b, inplace);
      if ((kb === Kind.BYTES || kb === Kind.BYTEARRAY) && aInt) return bytesRepeat(rt, b, a);
      break;
    case 6: // %
      if (ka === Kind.STR) return strMod(rt, a, b);
      if (ka === Kind.BYTES || ka === Kind.BYTEARRAY) return bytesMod(rt, a, b, strMod);
      break;
    case 1: case 7: case 10: case 12:
      if ((ka === Kind.SET || ka === Kind.FROZENSET) && (kb === Kind.SET || kb === Kind.FROZENSET)) return setBinary(rt, a, b, op, inplace);
      if (ka === Kind.DICT_KEYS || ka === Kind.DICT_ITEMS || kb === Kind.DICT_KEYS || kb === Kind.DICT_ITEMS) {
        // set-like dict views: CPython's dictviews_* build the result as below, which
        // decides the order the resulting set iterates in (sets are CPython-ordered)
        // (a non-iterable operand is the TypeError of set(x), no NotImplemented)
        return dictViewBinary(rt, a, b, op);
      }
      if (op === 7 && inplace && ka === Kind.DICT && kb !== Kind.DICT) {
        // d |= other takes what dict.update takes (CPython's dict_ior): a mapping or pairs
        const upd = typeLookup(rt, rt.tDict, internName(rt, 'update'));
        const r = upd === NULL ? NULL : callWithSelf1(rt, upd, a, b);
        if (r === NULL) return NULL;
        decref(rt, r);
        return newRef(rt, a);
      }
      if (op === 7 && ka === Kind.DICT && kb === Kind.DICT) {
        const d = inplace ? newRef(rt, a) : dictCopyOf(rt, a);
        for (let ix = dictNextEntry(rt, b, 0); ix >= 0; ix = dictNextEntry(rt, b, ix + 1)) {
          if (dictSetItem(rt, d, dictEntryKey(rt, b, ix), dictEntryValue(rt, b, ix)) < 0) { decref(rt, d); return NULL; }
        }
        return d;
      }
      break;
  }
  return rt.NotImplemented;
}

/**
 * a OP b where one side is a dict keys/items view (op: 1 &, 7 |, 10 -, 12 ^), as CPython
 * 3.11's dictobject.c: `-`, `|`, `^` copy the left operand into a new set (a keys view of
 * a dict: the dict itself) and apply difference_update / update /
 * symmetric_difference_update with the right one; `&` (_PyDictView_Intersect) makes the
 * view `self`, defers to set.intersection when the other side is a set at least as big,
 * else adds the items of the smaller side that the bigger view contains.
 */
function dictViewBinary(rt: Runtime, a: Ref, b: Ref, op: number): Ref {
  const isView = (v: Ref): boolean => kindOf(rt, v) === Kind.DICT_KEYS || kindOf(rt, v) === Kind.DICT_ITEMS;
  const setMethod = (self: Ref, name: string, arg: Ref): Ref => {
    const m = typeLookup(rt, rt.tSet, internName(rt, name));
    return m === NULL ? raiseAttributeError(rt, name) : callWithSelf1(rt, m, self, arg);
  };
  if (op === 12 && kindOf(rt, a) === Kind.DICT_ITEMS && kindOf(rt, b) === Kind.DICT_ITEMS) return dictItemsXor(rt, a, b);
  if (op !== 1) {
    const left = kindOf(rt, a) === Kind.DICT_KEYS && typeOf(rt, rt.i32[(a + 16) >> 2] as Ref) === rt.tDict ? rt.i32[(a + 16) >> 2] as Ref : a;
    const result = call1(rt, rt.tSet, left);
    if (result === NULL) return NULL;
    const r = setMethod(result, op === 10 ? 'difference_update' : op === 7 ? 'update' : 'symmetric_difference_update', b);
    if (r === NULL) { decref(rt, result); return NULL; }
    decref(rt, r);
    return result;
  }
  let self = a, other = b;
  if (!isView(self)) { self = b; other = a; }
  const lenSelf = length(rt, self);
  if (lenSelf < 0) return NULL;
  if (typeOf(rt, other) === rt.tSet) {
    const lenOther = length(rt, other);
    if (lenOther < 0) return NULL;
    if (lenSelf <= lenOther) return setMethod(other, 'intersection', self);
  }
  if (isView(other)) {
    const lenOther = length(rt, other);
    if (lenOther > lenSelf) { const t = other; other = self; self = t; }
  }
  const result = setNew(rt, false);
  const it = getIter(rt, other);
  if (it === NULL) { decref(rt, result); return NULL; }
  for (;;) {
    const x = iterNext(rt, it);
    if (x === NULL) break;
    const rv = contains(rt, self, x);
    const rc = rv > 0 ? setAdd(rt, result, x) : rv;
    decref(rt, x);
    if (rc < 0) break;
  }
  decref(rt, it);
  if (errOccurred(rt)) { decref(rt, result); return NULL; }
  return result;
}

/**
 * items view ^ items view: CPython 3.11's dictitems_xor, whose steps decide the result
 * set's order: a copy of a's dict; each (key, value) of b's dict, in order, removes key
 * from the copy when the copy holds an equal value there, else goes into the result; then
 * the copy's remaining pairs go in, in order.
 */
function dictItemsXor(rt: Runtime, a: Ref, b: Ref): Ref {
  const d2 = rt.i32[(b + 16) >> 2] as Ref;
  const temp = dictCopyOf(rt, rt.i32[(a + 16) >> 2] as Ref);
  const result = setNew(rt, false);
  const addPair = (k: Ref, v: Ref): boolean => {
    const pair = tupleFromRefs(rt, [k, v]);
    const rc = setAdd(rt, result, pair);
    decref(rt, pair);
    return rc >= 0;
  };
  let ok = true;
  for (let ix = dictNextEntry(rt, d2, 0); ok && ix >= 0; ix = dictNextEntry(rt, d2, ix + 1)) {
    const key = newRef(rt, dictEntryKey(rt, d2, ix));
    const val2 = newRef(rt, dictEntryValue(rt, d2, ix));
    const val1 = dictGetItemHashed(rt, temp, key, dictEntryHash(rt, d2, ix));
    let toDelete = 0;
    if (val1 === NULL) {
      if (errOccurred(rt)) ok = false;
    } else {
      incref(rt, val1);
      toDelete = richCompareBool(rt, val1, val2, 2);
      decref(rt, val1);
      if (toDelete < 0) ok = false;
    }
    if (ok) ok = toDelete ? dictDelItem(rt, temp, key) >= 0 : addPair(key, val2);
    decref(rt, key);
    decref(rt, val2);
  }
  for (let ix = dictNextEntry(rt, temp, 0); ok && ix >= 0; ix = dictNextEntry(rt, temp, ix + 1)) {
    ok = addPair(dictEntryKey(rt, temp, ix), dictEntryValue(rt, temp, ix));
  }
  decref(rt, temp);
  if (!ok) { decref(rt, result); return NULL; }
  return result;
}

/** A set, a frozenset, or a set-like dict view (keys, items). */
/** The comparison a reflected call makes (<, <=, ==, !=, >, >= as 0-5). */
const REFLECTED_OP = [4, 5, 2, 3, 0, 1];

/** Every item of `a` is in `b` (CPython's all_contained_in): 1, 0, or -1 with an error. */
function allContainedIn(rt: Runtime, a: Ref, b: Ref): number {
  const it = getIter(rt, a);
  if (it === NULL) return -1;
  for (;;) {
    const item = iterNext(rt, it);
    if (item === NULL) {
      decref(rt, it);
      return errOccurred(rt) ? -1 : 1;
    }
    const c = contains(rt, b, item);
    decref(rt, item);
    if (c !== 1) {
      decref(rt, it);
      return c;
    }
  }
}

function isSetLike(k: Kind): boolean {
  return k === Kind.SET || k === Kind.FROZENSET || k === Kind.DICT_KEYS || k === Kind.DICT_ITEMS;
}

/** A new set of v's items; NotImplemented (no error) if v is not iterable. */
function setFromIterableOrNI(rt: Runtime, v: Ref): Ref {
  const it = getIter(rt, v);
  if (it === NULL) {
    if (!errorMatches(rt, rt.exc.TypeError!)) return NULL;
    clearError(rt);
    return rt.NotImplemented;
  }
  const s = setNew(rt, false);
  for (;;) {
    const x = iterNext(rt, it);
    if (x === NULL) break;
    const r = setAdd(rt, s, x);
    decref(rt, x);
    if (r < 0) break;
  }
  decref(rt, it);
  if (errOccurred(rt)) {
    decref(rt, s);
    return NULL;
  }
  return s;
}

import { setNew, setAdd, setKeyLookup } from './set.js';
import { dictCopy } from './dict.js';
function dictCopyOf(rt: Runtime, d: Ref): Ref {
  return dictCopy(rt, d);
}

/** float(int-like) with OverflowError; null on error. */
export function toFloat(rt: Runtime, v: Ref): number | null {
  if ((v & 1) === 1) return v >> 1;
  const x = intValue(rt, v);
  if (typeof x === 'number') return x;
  return numeric(rt, () => bigintToFloat(x));
}

/** Unary -, +, ~ (op: 0 neg, 1 pos, 2 invert). New reference or NULL. */
export function unaryOp(rt: Runtime, v: Ref, op: number): Ref {
  const k = kindOf(rt, v);
  if (isHeapTypeObj(rt, v)) {
    const name = op === 0 ? rt.names.__neg__ : op === 1 ? rt.names.__pos__ : rt.names.__invert__;
    const d = typeLookup(rt, typeOf(rt, v), name);
    if (d !== NULL) return callWithSelf0(rt, d, v);
  }
  if (isIntKind(k)) {
    if (op === 0 && (v & 1) === 0) return intNegateOrAbs(rt, v, true);
    const x = intValue(rt, v);
    if (typeof x === 'number') return intFromNumber(rt, op === 0 ? -x : op === 1 ? x : -x - 1);
    return intFromBigint(rt, op === 0 ? -x : op === 1 ? x : -x - 1n);
  }
  if (k === Kind.FLOAT && op !== 2) {
    if (op === 0) return floatNew(rt, -floatValue(rt, v));
    return typeOf(rt, v) === rt.tFloat ? newRef(rt, v) : floatNew(rt, floatValue(rt, v)); // +x is an exact float
  }
  if (k === Kind.COMPLEX && op !== 2) return complexUnary(rt, v, op);
  const sym = op === 0 ? '-' : op === 1 ? '+' : '~';
  return raiseTypeError(rt, `bad operand type for unary ${sym}: '${typeNameOf(rt, v)}'`);
}

export { callVector, call0, tupleItem, TUPLE_ITEMS_WORD, listAppend, LIST_SIZE, listReserve, strUnits, strAlloc, STR_DATA, newObject, fetchError, restoreError };
