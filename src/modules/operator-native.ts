/*
 * `_operator`: the operator module's functions that are one operation each (CPython's C
 * Modules/_operator.c), which lib/operator.py imports over its Python versions: the binary
 * arithmetic and bitwise operators, the six comparisons, neg/pos/inv, not_/truth, is_/is_not,
 * getitem and contains.
 *
 * Why native: `map(operator.mul, a, b)`, `reduce(operator.add, xs)` and
 * `sorted(..., key=...)`-style code calls them once per item, and as Python functions
 * each call was a frame (~8x CPython's time for `sum(map(operator.mul, a, b))`). They are
 * built-in functions like CPython's (`<built-in function add>`, no frame in a traceback),
 * with _operator.c's argument errors ("add expected 2 arguments, got 1", "_operator.add()
 * takes no keyword arguments"). Each computes through the same abstract-object routine the
 * eval loop's instruction uses, so results and messages are the operator's own.
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { binaryOp, contains, getItem, isTrue, richCompare, unaryOp } from '../objects/abstract.js';
import { checkArgs, defineFunctions, makeModule, type FunctionSpec } from './math.js';

/** A two-argument operator: binaryOp's operator number (CPython's BINARY_OP oparg). */
function binary(name: string, op: number): FunctionSpec {
  const qualified = `_operator.${name}`;
  return [name, (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, qualified, nargs, kwnames, 2, 2)) return NULL;
    return binaryOp(rt, rt.i32[args] as Ref, rt.i32[args + 1] as Ref, op);
  }];
}

/** A comparison: richCompare's operator number (0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=). */
function comparison(name: string, op: number): FunctionSpec {
  const qualified = `_operator.${name}`;
  return [name, (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, qualified, nargs, kwnames, 2, 2)) return NULL;
    return richCompare(rt, rt.i32[args] as Ref, rt.i32[args + 1] as Ref, op);
  }];
}

/** A unary operator: unaryOp's operator number (0 -, 1 +, 2 ~). */
function unary(name: string, op: number): FunctionSpec {
  const qualified = `_operator.${name}`;
  return [name, (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, qualified, nargs, kwnames, 1, 1)) return NULL;
    return unaryOp(rt, rt.i32[args] as Ref, op);
  }];
}

/** True or False (immortal: no reference to count). */
function bool(rt: Runtime, b: boolean): Ref {
  return b ? rt.True : rt.False;
}

const OPERATOR_FUNCTIONS = defineFunctions([
  binary('add', 0), binary('and_', 1), binary('floordiv', 2), binary('lshift', 3),
  binary('mul', 5), binary('mod', 6), binary('or_', 7), binary('pow', 8),
  binary('rshift', 9), binary('sub', 10), binary('truediv', 11), binary('xor', 12),
  comparison('lt', 0), comparison('le', 1), comparison('eq', 2), comparison('ne', 3),
  comparison('gt', 4), comparison('ge', 5),
  unary('neg', 0), unary('pos', 1), unary('inv', 2), unary('invert', 2),
  ['not_', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, '_operator.not_', nargs, kwnames, 1, 1)) return NULL;
    const t = isTrue(rt, rt.i32[args] as Ref);
    return t < 0 ? NULL : bool(rt, t === 0);
  }],
  ['truth', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, '_operator.truth', nargs, kwnames, 1, 1)) return NULL;
    const t = isTrue(rt, rt.i32[args] as Ref);
    return t < 0 ? NULL : bool(rt, t === 1);
  }],
  ['is_', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, '_operator.is_', nargs, kwnames, 2, 2)) return NULL;
    return bool(rt, rt.i32[args] === rt.i32[args + 1]);
  }],
  ['is_not', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, '_operator.is_not', nargs, kwnames, 2, 2)) return NULL;
    return bool(rt, rt.i32[args] !== rt.i32[args + 1]);
  }],
  ['getitem', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, '_operator.getitem', nargs, kwnames, 2, 2)) return NULL;
    return getItem(rt, rt.i32[args] as Ref, rt.i32[args + 1] as Ref);
  }],
  ['contains', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, '_operator.contains', nargs, kwnames, 2, 2)) return NULL;
    const r = contains(rt, rt.i32[args] as Ref, rt.i32[args + 1] as Ref);
    return r < 0 ? NULL : bool(rt, r === 1);
  }],
]);

export function createOperatorNativeModule(rt: Runtime): Ref {
  return makeModule(rt, '_operator', OPERATOR_FUNCTIONS, []);
}
