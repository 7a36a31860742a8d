/*
 * `_types`: the one native lib/types.py needs, for types.coroutine.
 *
 *   mark_iterable_coroutine(code)  sets CO_ITERABLE_COROUTINE (0x100) in a code object's
 *       flags, which CPython's types.coroutine does for a generator function with
 *       `func.__code__ = co.replace(co_flags=co.co_flags | 0x100)`: its generators can then
 *       be awaited (objects/coroutine.ts awaitableIter) and may `yield from` a coroutine
 *       (vm/evalhelpers.ts getYieldFromIter), as asyncio's generator-based coroutines do.
 *       gilvm's code objects have no replace(): the flag is set on the code itself (an
 *       atomic or: no other flag bit is touched, with --no-gil too). A choice: other
 *       functions made from the same code (the def run again) are marked as well, where
 *       CPython marks only the decorated one; that only widens what may be awaited.
 *   mark_abc(cls)  sets TPF_ABC on a class deriving from lib/abc.py's ABC (typelayout.ts).
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { raiseTypeError } from '../vm/errors.js';
import { kindOf } from '../objects/object.js';
import { Kind } from '../objects/kinds.js';
import { CO_FLAGS } from '../objects/code.js';
import { TP_FLAGS, TPF_ABC, TPF_HEAPTYPE } from '../objects/typelayout.js';
import { CO_ITERABLE_COROUTINE } from '../compiler/code.js';
import { checkArgs, defineFunctions, makeModule } from './math.js';

const TYPES_FUNCTIONS = defineFunctions([
  ['mark_iterable_coroutine', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'mark_iterable_coroutine', nargs, kwnames, 1, 1)) return NULL;
    const code = rt.i32[args] as Ref;
    if ((code & 1) === 1 || kindOf(rt, code) !== Kind.CODE) return raiseTypeError(rt, 'mark_iterable_coroutine(code)');
    Atomics.or(rt.i32, (code + CO_FLAGS) >> 2, CO_ITERABLE_COROUTINE);
    return rt.None;
  }],
  ['mark_abc', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'mark_abc', nargs, kwnames, 1, 1)) return NULL;
    const cls = rt.i32[args] as Ref;
    if ((cls & 1) === 1 || kindOf(rt, cls) !== Kind.TYPE || (rt.i32[(cls + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0) return raiseTypeError(rt, 'mark_abc(cls)');
    Atomics.or(rt.i32, (cls + TP_FLAGS) >> 2, TPF_ABC);
    return rt.None;
  }],
]);

export function createTypesNativeModule(rt: Runtime): Ref {
  return makeModule(rt, '_types', TYPES_FUNCTIONS, []);
}
