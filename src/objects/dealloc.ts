/*
 * The deallocator the VM registers with the refcount module: called when an object's
 * count reaches zero, it releases the object's children (through the refcount module,
 * which queues rather than recursing) and frees its blocks. One switch on the layout
 * kind: the per-type dealloc "slot", as code shared by every executor. A container is
 * untracked from the cycle collector (objects/gcsupport.ts) before its children go.
 * Exact floats, ints and strs (the commonest deaths) take a first test that frees the
 * block at once.
 */
import { bytesFreeData } from './bytes.js';
import { FLAG_WEAKREFERENCED, OB_FLAGS, type Ref } from '../heap/layout.js';
import { free } from '../heap/alloc.js';
import type { Runtime } from '../vm/runtime.js';
import { decref } from '../vm/refs.js';
import { Kind } from './kinds.js';
import { TP_BASICSIZE, TP_DICTOFFSET, TP_FLAGS, TP_KIND, TPF_HEAPTYPE, TPF_HAS_DEL } from './typelayout.js';
import { slotWordsRange } from './member.js';
import { finalizeWithDel } from './finalizer.js';
import { clearWeakrefsOf } from '../modules/weakref.js';
import { TUPLE_ITEMS_WORD } from './tuple.js';
import { listClear } from './list.js';
import { dictClearDead } from './dict.js';
import { gcUntrackDead } from './gcsupport.js';
import { dictWordOffset } from './object.js';
import { generatorReleaseFrame, generatorFrame, generatorFinalize, GEN_STATE, GEN_RETVAL, GEN_FINISHED, GEN_FLAGS, GEN_NAME, GEN_QUALNAME, GENF_OWNS_NAME, GENF_OWNS_QUALNAME } from './generator.js';

/** Releases the refs in words [from, to) of the object (byte offsets). */
function releaseWords(rt: Runtime, ref: Ref, from: number, to: number): void {
  const i32 = rt.i32;
  for (let off = from; off < to; off += 4) {
    const v = i32[(ref + off) >> 2]!;
    if (v !== 0) {
      i32[(ref + off) >> 2] = 0;
      decref(rt, v);
    }
  }
}

export function deallocObject(rt: Runtime, ref: Ref): void {
  const i32 = rt.i32;
  const type = i32[ref >> 2]! as Ref;
  if (type === rt.tFloat || type === rt.tInt || type === rt.tStr) {
    // leaves: no children, never tracked, immortal built-in type
    i32[ref >> 2] = 0;
    free(rt.heap, ref);
    return;
  }
  if (type === rt.tTuple) {
    // an exact tuple (the next commonest death): no finalizer, no weak references (refused
    // for tuples, as CPython), no dict; untracked, its items released from the last
    gcUntrackDead(rt, ref);
    const w = ref >> 2;
    for (let i = i32[w + 4]! - 1; i >= 0; i--) {
      const v = i32[w + TUPLE_ITEMS_WORD + i]!;
      if ((v & 1) === 0) decref(rt, v); // (a small int is never counted: no call)
    }
    i32[w] = 0;
    free(rt.heap, ref);
    return;
  }
  const kind = i32[(type + TP_KIND) >> 2] as Kind;
  const heapType = (i32[(type + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0;
  // a suspended generator is closed first (its finally blocks run); true = resurrected
  if (kind === Kind.GENERATOR || kind === Kind.COROUTINE || kind === Kind.ASYNC_GENERATOR) {
    if (generatorFinalize(rt, ref)) return;
    if (rt.finalizerOrder.size !== 0) rt.finalizerOrder.delete(ref);
  }
  // an instance of a class with __del__: called first; true = resurrected
  if ((i32[(type + TP_FLAGS) >> 2]! & TPF_HAS_DEL) !== 0) {
    if (finalizeWithDel(rt, ref)) return;
    rt.finalizerOrder.delete(ref);
  }
  // weak references to it are cleared and their callbacks run (modules/weakref.ts)
  if ((i32[(ref + OB_FLAGS) >> 2]! & FLAG_WEAKREFERENCED) !== 0) clearWeakrefsOf(rt, ref);
  gcUntrackDead(rt, ref);
  if (heapType) {
    // __slots__ words first, then the __dict__, as CPython's subtype_dealloc (objects/member.ts)
    const slots = slotWordsRange(rt, type);
    if (slots !== null) releaseWords(rt, ref, slots[0], slots[1]);
    const off = i32[(type + TP_DICTOFFSET) >> 2]!;
    if (off !== 0) {
      const at = dictWordOffset(rt, ref, off);
      releaseWords(rt, ref, at, at + 4);
    }
  }
  switch (kind) {
    case Kind.OBJECT: case Kind.BASE_EXCEPTION:
      // instance dict at 16; exceptions: dict, args, traceback, context, cause. A bare
      // object() is 16 bytes: it has no dict word (word 16 is the next block's)
      // (nor has an instance of a class whose __slots__ are empty: `__slots__ = ()`)
      if (type !== rt.tObject && (kind !== Kind.OBJECT || i32[(type + TP_BASICSIZE) >> 2]! > 16)) releaseWords(rt, ref, 16, kind === Kind.OBJECT ? 20 : 36);
      // exceptions: name and obj (objects/exceptions.ts EXC_NAME, EXC_OBJ)
      if (kind === Kind.BASE_EXCEPTION) releaseWords(rt, ref, 40, 48);
      break;
    case Kind.TUPLE: {
      // from the last item, as CPython's tupledealloc (the order __del__ shows)
      const n = i32[(ref >> 2) + 4]!;
      for (let i = n - 1; i >= 0; i--) decref(rt, i32[(ref >> 2) + TUPLE_ITEMS_WORD + i]!);
      break;
    }
    case Kind.LIST:
      listClear(rt, ref);
      break;
    case Kind.DICT: case Kind.SET: case Kind.FROZENSET:
      dictClearDead(rt, ref); // dead: no lock, no --no-gil grace period for its entries
      break;
    case Kind.FUNCTION:
      // code (immortal) at 16, then globals .. annotations
      releaseWords(rt, ref, 20, 64);
      break;
    case Kind.CELL: case Kind.STATICMETHOD: case Kind.CLASSMETHOD:
      releaseWords(rt, ref, 16, 20);
      break;
    case Kind.BOUND_METHOD:
      releaseWords(rt, ref, 16, 24);
      break;
    case Kind.BUILTIN_FUNCTION:
      releaseWords(rt, ref, 20, 28);
      break;
    case Kind.METHOD_DESCRIPTOR:
      releaseWords(rt, ref, 20, 24);
      break;
    case Kind.MEMBER_DESCRIPTOR:
      releaseWords(rt, ref, 16, 24); // name, declaring class (objects/member.ts)
      break;
    case Kind.PROPERTY:
      releaseWords(rt, ref, 16, 32);
      break;
    case Kind.MODULE:
      releaseWords(rt, ref, 16, 24);
      break;
    case Kind.SLICE: case Kind.RANGE:
      // slice: start, stop, step; range: its bounds (counted only when big ints)
      releaseWords(rt, ref, 16, 28);
      break;
    case Kind.TRACEBACK:
      releaseWords(rt, ref, 16, 20); // TB_NEXT
      releaseWords(rt, ref, 32, 36); // TB_LOCALS
      break;
    case Kind.SUPER:
      releaseWords(rt, ref, 16, 24);
      break;
    case Kind.LIST_ITER: case Kind.TUPLE_ITER: case Kind.STR_ITER: case Kind.DICT_KEYITER:
    case Kind.DICT_VALUEITER: case Kind.DICT_ITEMITER: case Kind.SET_ITER: case Kind.SEQ_ITER: case Kind.SEQ_REVITER:
    case Kind.LIST_REVITER: case Kind.ZIP: case Kind.DICT_KEYS: case Kind.DICT_VALUES: case Kind.DICT_ITEMS:
    case Kind.DICT_REVKEYITER: case Kind.DICT_REVVALUEITER: case Kind.DICT_REVITEMITER:
      releaseWords(rt, ref, 16, 20);
      if (kind === Kind.DICT_ITEMITER || kind === Kind.ZIP) releaseWords(rt, ref, 28, 32); // cached result tuple
      break;
    case Kind.ENUMERATE: case Kind.MAP: case Kind.FILTER:
      releaseWords(rt, ref, 16, 20);
      releaseWords(rt, ref, 24, 28);
      if (kind === Kind.ENUMERATE) releaseWords(rt, ref, 28, 32); // cached result tuple
      break;
    case Kind.BYTES: case Kind.BYTEARRAY:
      bytesFreeData(rt, ref);
      break;
    case Kind.ASYNC_GEN_ASEND: case Kind.ASYNC_GEN_ATHROW: case Kind.CORO_WRAPPER:
      releaseWords(rt, ref, 16, 24); // objects/coroutine.ts: target, value
      break;
    case Kind.GENERATOR: case Kind.COROUTINE: case Kind.ASYNC_GENERATOR:
      if (i32[(ref + GEN_STATE) >> 2] !== GEN_FINISHED) generatorReleaseFrame(rt, generatorFrame(ref));
      releaseWords(rt, ref, GEN_RETVAL, GEN_RETVAL + 4);
      if ((i32[(ref + GEN_FLAGS) >> 2]! & GENF_OWNS_NAME) !== 0) releaseWords(rt, ref, GEN_NAME, GEN_NAME + 4);
      if ((i32[(ref + GEN_FLAGS) >> 2]! & GENF_OWNS_QUALNAME) !== 0) releaseWords(rt, ref, GEN_QUALNAME, GEN_QUALNAME + 4);
      break;
    case Kind.TYPE:
      // a heap type: name, base, bases, mro, dict, qualname
      releaseWords(rt, ref, 24, 44);
      releaseWords(rt, ref, 52, 56);
      break;
    default:
      break;
  }
  i32[ref >> 2] = 0;
  free(rt.heap, ref);
  if (heapType) decref(rt, type);
}
