/*
 * `_functools`: the one native lib/functools.py needs. `count(stats, index)` adds 1 to the
 * int at stats[index] (a list) in one native step, so an lru_cache's hit and miss counts
 * stay exact under threads, as CPython's C counters do: under the GIL a native runs without
 * a switch, and with --no-gil a native taking a list runs under the list's lock
 * (vm/critical.ts callNativeLocked). A Python `stats[0] += 1` is a load, an add and a store:
 * two threads interleaving them lose a count (at a switch between the load and the store
 * under the GIL, at any moment without it).
 */
import { NULL, smallIntRef, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { decref } from '../vm/refs.js';
import { raiseTypeError } from '../vm/errors.js';
import { kindOf } from '../objects/object.js';
import { Kind } from '../objects/kinds.js';
import { LIST_ITEMS, LIST_SIZE } from '../objects/list.js';
import { binaryOp } from '../objects/abstract.js';
import { NB_OPS } from '../compiler/opcodes.js';
import { checkArgs, defineFunctions, makeModule } from './math.js';

/** BINARY_OP's oparg for + (compiler/opcodes.ts NB_OPS). */
const NB_ADD = NB_OPS.indexOf('+');

const FUNCTOOLS_FUNCTIONS = defineFunctions([
  ['count', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'count', nargs, kwnames, 2, 2)) return NULL;
    const i32 = rt.i32;
    const stats = i32[args] as Ref;
    const index = i32[args + 1] as Ref;
    if ((stats & 1) === 1 || kindOf(rt, stats) !== Kind.LIST || (index & 1) === 0) return raiseTypeError(rt, 'count(list, int)');
    const k = index >> 1;
    if (k < 0 || k >= i32[(stats + LIST_SIZE) >> 2]!) return raiseTypeError(rt, 'count: index out of range');
    const slot = (i32[(stats + LIST_ITEMS) >> 2]! >> 2) + k;
    const old = i32[slot]! as Ref;
    const sum = binaryOp(rt, old, smallIntRef(1), NB_ADD);
    if (sum === NULL) return NULL;
    i32[slot] = sum; // the list's reference to the old count is dropped below
    decref(rt, old);
    return rt.None;
  }],
]);

export function createFunctoolsNativeModule(rt: Runtime): Ref {
  return makeModule(rt, '_functools', FUNCTOOLS_FUNCTIONS, []);
}
