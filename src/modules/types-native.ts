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
 *   own(cls, name, default)  the value cls's own namespace holds for name (no MRO, no
 *       descriptor binding), else default: `name in cls.__dict__` without making the
 *       mappingproxy (lib/copy.py, threading.local).
 *   plain_new(x, deep)  a new, empty instance of type(x) (object.__new__, no __init__) when
 *       x is a plain instance: a class statement's class over object's layout, with a
 *       __dict__ and no slots, no __getattr__ / __getattribute__, and none of the copy and
 *       pickle hooks (__copy__, __deepcopy__, __reduce_ex__, __reduce__, __getstate__,
 *       __setstate__, __getnewargs(_ex)__, __new__) but object's; with deep, no
 *       __deepcopy__ in its own __dict__ either. Else NotImplemented. Such an object is
 *       copied by CPython through object.__reduce_ex__(4): copyreg.__newobj__(cls), then
 *       its __dict__ as state, which is what lib/copy.py then does (copy and deepcopy's
 *       fast path; the hooks it rules out are what could tell the two apart).
 *   class_dict_extras(cls)  the (name, kind) pairs a class's __dict__ shows beyond its
 *       namespace (objects/abstract.ts classDictExtrasTuple), for lib/_mappingproxy.py.
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { raiseTypeError } from '../vm/errors.js';
import { kindOf, newObject, typeOf } from '../objects/object.js';
import { Kind } from '../objects/kinds.js';
import { CO_FLAGS } from '../objects/code.js';
import {
  TP_BASICSIZE, TP_DICT, TP_DICTOFFSET, TP_FLAGS, TP_KIND, TPF_ABC, TPF_HAS_GETATTR, TPF_HAS_GETATTRIBUTE,
  TPF_HAS_MEMBERS, TPF_HEAPTYPE, TPF_IS_ABSTRACT,
} from '../objects/typelayout.js';
import { typeLookup } from '../objects/type.js';
import { MD_TYPE } from '../objects/method.js';
import { dictGetItem } from '../objects/dict.js';
import { newRef } from '../vm/refs.js';
import { errOccurred } from '../vm/errors.js';
import { CO_ITERABLE_COROUTINE } from '../compiler/code.js';
import { checkArgs, defineFunctions, makeModule } from './math.js';
import { classDictExtrasTuple, instanceDict, internName } from '../objects/abstract.js';

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
  ['own', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'own', nargs, kwnames, 3, 3)) return NULL;
    const cls = rt.i32[args] as Ref;
    const name = rt.i32[args + 1] as Ref;
    if ((cls & 1) === 1 || kindOf(rt, cls) !== Kind.TYPE || (name & 1) === 1 || kindOf(rt, name) !== Kind.STR) return raiseTypeError(rt, 'own(cls, name, default)');
    const ns = rt.i32[(cls + TP_DICT) >> 2] as Ref;
    const value = ns === NULL ? NULL : dictGetItem(rt, ns, name);
    if (value === NULL && errOccurred(rt)) return NULL;
    return newRef(rt, value !== NULL ? value : rt.i32[args + 2] as Ref);
  }],
  ['plain_new', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'plain_new', nargs, kwnames, 2, 2)) return NULL;
    return plainInstanceNew(rt, rt.i32[args] as Ref, rt.i32[args + 1] === rt.True);
  }],
  ['class_dict_extras', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'class_dict_extras', nargs, kwnames, 1, 1)) return NULL;
    const cls = rt.i32[args] as Ref;
    if ((cls & 1) === 1 || kindOf(rt, cls) !== Kind.TYPE) return raiseTypeError(rt, 'class_dict_extras(cls)');
    return classDictExtrasTuple(rt, cls);
  }],
]);

/** The hooks of copy and pickle a plain instance's class must not define (plain_new). */
const COPY_HOOKS = ['__copy__', '__deepcopy__', '__reduce_ex__', '__reduce__', '__getstate__', '__setstate__',
  '__getnewargs__', '__getnewargs_ex__', '__new__'];

/** _types.plain_new (file comment): a new empty instance of x's class, or NotImplemented. */
function plainInstanceNew(rt: Runtime, x: Ref, deep: boolean): Ref {
  if ((x & 1) === 1) return newRef(rt, rt.NotImplemented);
  const t = typeOf(rt, x);
  const flags = rt.i32[(t + TP_FLAGS) >> 2]!;
  const refused = TPF_HAS_GETATTR | TPF_HAS_GETATTRIBUTE | TPF_HAS_MEMBERS | TPF_IS_ABSTRACT;
  if ((flags & (TPF_HEAPTYPE | refused)) !== TPF_HEAPTYPE || rt.i32[(t + TP_KIND) >> 2] !== Kind.OBJECT
      || rt.i32[(t + TP_DICTOFFSET) >> 2] === 0) {
    return newRef(rt, rt.NotImplemented);
  }
  for (const hook of COPY_HOOKS) {
    const v = typeLookup(rt, t, internName(rt, hook));
    if (v !== NULL && (kindOf(rt, v) !== Kind.METHOD_DESCRIPTOR || rt.i32[(v + MD_TYPE) >> 2] !== rt.tObject)) return newRef(rt, rt.NotImplemented);
  }
  if (deep) {
    const d = instanceDict(rt, x, false);
    if (d !== NULL && dictGetItem(rt, d, internName(rt, '__deepcopy__')) !== NULL) return newRef(rt, rt.NotImplemented);
  }
  return newObject(rt, t, rt.i32[(t + TP_BASICSIZE) >> 2]!);
}

export function createTypesNativeModule(rt: Runtime): Ref {
  return makeModule(rt, '_types', TYPES_FUNCTIONS, []);
}
