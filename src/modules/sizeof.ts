/*
 * sys.getsizeof: the size CPython 3.11 (64-bit) gives an object, so that a program printing
 * sizes prints CPython's figures. gilvm's heap layout is its own (objects/*.ts), so the
 * sizes of the built-in types are CPython's formulas over the value (an int's 30-bit
 * digits, a str's widest character, a list's allocated slots, a dict's keys table, a set's
 * table), not heap bytes; a class instance's is its __sizeof__() (object.__sizeof__: the
 * heap block), plus CPython's 16-byte GC header for the objects its collector tracks.
 * Where gilvm allocates differently the figure is gilvm's: a list display keeps room for
 * more items than CPython's, and a dict's keys table grows in bigger steps.
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { decref, newRef } from '../vm/refs.js';
import { raiseTypeError, raiseValueError, errorMatches, clearError } from '../vm/errors.js';
import { Kind } from '../objects/kinds.js';
import { kindOf, typeOf } from '../objects/object.js';
import * as A from '../objects/abstract.js';
import { intFromBigint, intFromNumber, intToNumberOrBig } from '../objects/int.js';
import { strToJS } from '../objects/str.js';
import { bytesSize } from '../objects/bytes.js';
import { tupleSize } from '../objects/tuple.js';
import { LIST_CAP } from '../objects/list.js';
import { DICT_KEYS, K_LOG, dictNextEntry, dictEntryKey } from '../objects/dict.js';
import { TP_DICTOFFSET, TP_FLAGS, TPF_HEAPTYPE, TPF_SLOTS } from '../objects/typelayout.js';
import { typeLookup } from '../objects/type.js';
import { callWithSelf0 } from '../vm/call.js';

/** CPython's PyGC_Head, before every object its cycle collector tracks. */
const GC_HEADER = 16;

/** A str's size: CPython's compact representation by its widest character (PEP 393). */
function strSize(s: string): number {
  let widest = 0;
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c > widest) widest = c;
    n++;
  }
  if (widest < 128) return 49 + n;
  if (widest < 256) return 73 + n;
  if (widest < 65536) return 74 + 2 * n;
  return 76 + 4 * n;
}

/** An int's size: 24 bytes of header and at least one 30-bit digit of 4 bytes. */
function intSize(v: number | bigint): number {
  let m = typeof v === 'bigint' ? (v < 0n ? -v : v) : BigInt(Math.abs(v));
  let digits = 0;
  while (m > 0n) {
    m >>= 30n;
    digits++;
  }
  return 24 + 4 * Math.max(1, digits);
}

/** A set's table size after `n` adds from empty (CPython's set_add_entry / set_table_resize). */
function setTableSize(n: number): number {
  let size = 8;
  for (let fill = 1; fill <= n; fill++) {
    if (fill * 5 >= (size - 1) * 3) {
      const want = fill > 50000 ? fill * 2 : fill * 4;
      size = 8;
      while (size <= want) size <<= 1;
    }
  }
  return size;
}

/** A dict's size: the object, and its keys table (CPython 3.11's dictobject.c layout). */
function dictSizeOf(rt: Runtime, d: Ref): number {
  const kref = rt.i32[(d + DICT_KEYS) >> 2]!;
  if (kref === 0) return 48;
  const log = rt.i32[(kref >> 2) + K_LOG]!;
  const slots = 1 << log;
  const indexBytes = slots <= 128 ? 1 : slots <= 0x8000 ? 2 : slots <= 0x80000000 ? 4 : 8;
  const usable = ((slots << 1) / 3) | 0;
  let allStr = true;
  for (let ix = dictNextEntry(rt, d, 0); ix >= 0 && allStr; ix = dictNextEntry(rt, d, ix + 1)) {
    if (kindOf(rt, dictEntryKey(rt, d, ix)) !== Kind.STR) allStr = false;
  }
  return 48 + 32 + slots * indexBytes + usable * (allStr ? 16 : 24);
}

/** CPython's size of a built-in object (GC header included), or -1 when its __sizeof__
 * decides (a class instance, a type gilvm has no formula for). */
function builtinSize(rt: Runtime, v: Ref): number {
  if ((v & 1) === 1) return intSize(v >> 1);
  if ((rt.i32[(typeOf(rt, v) + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) return -1;
  switch (kindOf(rt, v)) {
    case Kind.INT: case Kind.BOOL: return intSize(intToNumberOrBig(rt, v));
    case Kind.FLOAT: return 24;
    case Kind.COMPLEX: return 32;
    case Kind.NONE: case Kind.OBJECT: return 16;
    case Kind.STR: return strSize(strToJS(rt, v));
    case Kind.BYTES: return 33 + bytesSize(rt, v);
    case Kind.TUPLE: return 24 + 8 * tupleSize(rt, v) + GC_HEADER;
    case Kind.LIST: return 40 + 8 * rt.i32[(v + LIST_CAP) >> 2]! + GC_HEADER;
    case Kind.DICT: return dictSizeOf(rt, v) + GC_HEADER;
    case Kind.SET: case Kind.FROZENSET: {
      const size = setTableSize(A.length(rt, v));
      return 200 + (size > 8 ? 16 * size : 0) + GC_HEADER;
    }
    case Kind.RANGE: return 48;
    default: return -1;
  }
}

/** sys.getsizeof(object[, default]): new reference or NULL. */
export function getSizeOf(rt: Runtime, obj: Ref, dflt: Ref): Ref {
  const known = builtinSize(rt, obj);
  if (known >= 0) return intFromNumber(rt, known);
  const method = typeLookup(rt, typeOf(rt, obj), A.internName(rt, '__sizeof__'));
  if (method === NULL) {
    if (dflt !== NULL) return newRef(rt, dflt);
    return raiseTypeError(rt, `Type ${A.typeNameOf(rt, obj)} doesn't define __sizeof__`);
  }
  const r = callWithSelf0(rt, method, obj);
  if (r === NULL) {
    if (dflt !== NULL && errorMatches(rt, rt.exc.TypeError!)) {
      clearError(rt);
      return newRef(rt, dflt);
    }
    return NULL;
  }
  const k = kindOf(rt, r);
  if (k !== Kind.INT && k !== Kind.BOOL) {
    decref(rt, r);
    return raiseTypeError(rt, `'${A.typeNameOf(rt, r)}' object cannot be interpreted as an integer`);
  }
  const n = intToNumberOrBig(rt, r);
  decref(rt, r);
  if (n < 0) return raiseValueError(rt, '__sizeof__() should return >= 0');
  // an instance of a class: CPython's collector tracks it (a GC header before it), and one
  // with a __dict__ has two more words before that (3.11's managed dict and weakref list)
  const t = typeOf(rt, obj);
  const heap = (rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0;
  const extra = !heap ? 0 : GC_HEADER + (rt.i32[(t + TP_DICTOFFSET) >> 2] !== 0 && (rt.i32[(t + TP_FLAGS) >> 2]! & TPF_SLOTS) === 0 ? 16 : 0);
  return typeof n === 'bigint' ? intFromBigint(rt, n + BigInt(extra)) : intFromNumber(rt, n + extra);
}
