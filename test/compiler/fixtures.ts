// Hand-built code objects for the dis / asm / round-trip tests (no compiler needed). They
// mirror what CPython 3.11 compiles for small programs, with instruction-index offsets.
import type { CodeObject, Const, ExceptionTableEntry } from '../../src/compiler/code.js';
import { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_GENERATOR } from '../../src/compiler/code.js';
import { OPCODE, type OpcodeName } from '../../src/compiler/opcodes.js';

type Ins = [OpcodeName, number?, number?]; // name, oparg, line (undefined: same as previous)

export function makeCode(
  fields: Partial<Omit<CodeObject, 'code' | 'positions' | 'localspluskinds'>> & {
    instrs: Ins[];
    kinds?: number[];
    cols?: [number, number, number, number][];
  },
): CodeObject {
  const n = fields.instrs.length;
  const code = new Uint32Array(n);
  const positions = new Int32Array(n * 4).fill(-1);
  let line = -1;
  fields.instrs.forEach(([name, oparg = 0, l], i) => {
    code[i] = (oparg << 8) | OPCODE[name];
    if (l !== undefined) line = l;
    positions.set(fields.cols?.[i] ?? [line, -1, line, -1], i * 4);
  });
  return {
    name: fields.name ?? '<module>',
    qualname: fields.qualname ?? fields.name ?? '<module>',
    filename: fields.filename ?? 'x.py',
    firstlineno: fields.firstlineno ?? 1,
    argcount: fields.argcount ?? 0,
    posonlyargcount: fields.posonlyargcount ?? 0,
    kwonlyargcount: fields.kwonlyargcount ?? 0,
    flags: fields.flags ?? 0,
    stacksize: fields.stacksize ?? 0,
    code,
    consts: fields.consts ?? [],
    names: fields.names ?? [],
    localsplusnames: fields.localsplusnames ?? [],
    localspluskinds: Uint8Array.from(fields.kinds ?? []),
    exceptiontable: fields.exceptiontable ?? [],
    positions,
  };
}

const int = (v: number): Const => ({ type: 'int', value: BigInt(v) });
const str = (value: string): Const => ({ type: 'str', value });
const NONE: Const = { type: 'None' };
const entry = (start: number, end: number, target: number, depth: number, lasti: boolean): ExceptionTableEntry => ({ start, end, target, depth, lasti });

/** def f(a, b=1):
 *      try: return a + b
 *      except ValueError as e: print(f"{a!r:>3}")
 *      x = [i for i in a]
 *      return x                                    (CPython 3.11, offsets / 2, no caches) */
export function tryExceptProgram(): CodeObject {
  const listcomp = makeCode({
    name: '<listcomp>', qualname: 'f.<locals>.<listcomp>', firstlineno: 6, argcount: 1,
    flags: CO_OPTIMIZED | CO_NEWLOCALS | CO_NESTED, stacksize: 3,
    localsplusnames: ['.0', 'i'], kinds: [CO_FAST_LOCAL, CO_FAST_LOCAL],
    instrs: [
      ['RESUME', 0, 6], ['BUILD_LIST', 0], ['LOAD_FAST', 0], ['FOR_ITER', 8], ['STORE_FAST', 1],
      ['LOAD_FAST', 1], ['LIST_APPEND', 2], ['JUMP_BACKWARD', 3], ['RETURN_VALUE'],
    ],
  });
  const fn = makeCode({
    name: 'f', firstlineno: 1, argcount: 2, flags: CO_OPTIMIZED | CO_NEWLOCALS, stacksize: 5,
    consts: [NONE, str('>3'), { type: 'code', value: listcomp }],
    names: ['ValueError', 'print'],
    localsplusnames: ['a', 'b', 'e', 'x'], kinds: [CO_FAST_LOCAL, CO_FAST_LOCAL, CO_FAST_LOCAL, CO_FAST_LOCAL],
    instrs: [
      ['RESUME', 0, 1], //                0
      ['NOP', 0, 2], //                   1
      ['LOAD_FAST', 0, 3], //             2
      ['LOAD_FAST', 1], //                3
      ['BINARY_OP', 0], //                4
      ['RETURN_VALUE'], //                5
      ['PUSH_EXC_INFO'], //               6
      ['LOAD_GLOBAL', 0, 4], //           7
      ['CHECK_EXC_MATCH'], //             8
      ['POP_JUMP_IF_FALSE', 26], //       9
      ['STORE_FAST', 2], //               10
      ['LOAD_GLOBAL', 3, 5], //           11
      ['LOAD_FAST', 0], //                12
      ['LOAD_CONST', 1], //               13
      ['FORMAT_VALUE', 6], //             14
      ['CALL', 1], //                     15
      ['POP_TOP'], //                     16
      ['POP_EXCEPT'], //                  17
      ['LOAD_CONST', 0], //               18
      ['STORE_FAST', 2], //               19
      ['DELETE_FAST', 2], //              20
      ['JUMP_FORWARD', 30], //            21
      ['LOAD_CONST', 0], //               22
      ['STORE_FAST', 2], //               23
      ['DELETE_FAST', 2], //              24
      ['RERAISE', 1], //                  25
      ['RERAISE', 0, 4], //               26
      ['COPY', 3], //                     27
      ['POP_EXCEPT'], //                  28
      ['RERAISE', 1], //                  29
      ['PUSH_NULL', 0, 6], //             30
      ['LOAD_CONST', 2], //               31
      ['MAKE_FUNCTION', 0], //            32
      ['LOAD_FAST', 0], //                33
      ['GET_ITER'], //                    34
      ['CALL', 1], //                     35
      ['STORE_FAST', 3], //               36
      ['LOAD_FAST', 3, 7], //             37
      ['RETURN_VALUE'], //                38
    ],
    exceptiontable: [entry(2, 5, 6, 0, false), entry(6, 11, 27, 1, true), entry(11, 17, 22, 1, true), entry(22, 27, 27, 1, true)],
  });
  return makeCode({
    stacksize: 2,
    consts: [NONE, { type: 'code', value: fn }, { type: 'tuple', items: [int(1)] }],
    names: ['f'],
    instrs: [
      ['RESUME', 0, 0], ['LOAD_CONST', 2, 1], ['LOAD_CONST', 1], ['MAKE_FUNCTION', 1], ['STORE_NAME', 0],
      ['LOAD_CONST', 0], ['RETURN_VALUE'],
    ],
  });
}

/** Every argument kind, odd constants, cells and free variables, a generator, positions
 * with columns, instructions without a line, and a 4-digit line number. */
export function everyKindProgram(): CodeObject {
  const inner = makeCode({
    name: 'inner', qualname: 'outer.<locals>.inner', firstlineno: 1000, argcount: 1, kwonlyargcount: 1,
    flags: CO_OPTIMIZED | CO_NEWLOCALS | CO_NESTED | CO_GENERATOR, stacksize: 3,
    localsplusnames: ['p', 'k', 'c'], kinds: [CO_FAST_LOCAL, CO_FAST_LOCAL, CO_FAST_FREE],
    consts: [NONE],
    instrs: [
      ['COPY_FREE_VARS', 1, 1000], ['RETURN_GENERATOR'], ['POP_TOP'], ['RESUME', 0],
      ['LOAD_DEREF', 2, 1001], ['YIELD_VALUE'], ['RESUME', 1], ['POP_TOP'],
      ['LOAD_CONST', 0], ['RETURN_VALUE'],
    ],
    cols: [[1000, 0, 1000, 10], [1000, 0, 1000, 10], [1000, 0, 1000, 10], [1000, 0, 1000, 10],
      [1001, 10, 1001, 11], [1001, 4, 1001, 11], [-1, -1, -1, -1], [1001, 4, 1001, 11], [1001, 4, 1001, 11], [1001, 4, 1001, 11]],
  });
  const outer = makeCode({
    name: 'outer', firstlineno: 999, argcount: 1, flags: CO_OPTIMIZED | CO_NEWLOCALS, stacksize: 4,
    localsplusnames: ['c', 'inner'], kinds: [CO_FAST_LOCAL | CO_FAST_CELL, CO_FAST_LOCAL],
    consts: [NONE, { type: 'code', value: inner }, { type: 'tuple', items: [str('k')] }, int(5)],
    instrs: [
      ['MAKE_CELL', 0, 999], //            0
      ['RESUME', 0], //                    1
      ['LOAD_CONST', 3, 1000], //          2  5
      ['LOAD_CONST', 2], //                3  ('k',)
      ['BUILD_CONST_KEY_MAP', 1], //       4
      ['LOAD_CLOSURE', 0], //              5
      ['BUILD_TUPLE', 1], //               6
      ['LOAD_CONST', 1], //                7
      ['MAKE_FUNCTION', 10], //            8  kwdefaults, closure
      ['STORE_FAST', 1], //                9
      ['LOAD_FAST', 1, 1002], //           10
      ['RETURN_VALUE'], //                 11
    ],
  });
  const floats: Const[] = [1.0, 1e16, 1e-5, 0.0001, -0.0, Infinity, -Infinity, NaN, 2.5e-300, 123456789012345680000]
    .map((value) => ({ type: 'float', value }));
  return makeCode({
    stacksize: 3,
    consts: [
      NONE, { type: 'code', value: outer }, str("it's"), str('q"\'\n\t\\\x00é\u2028😀'),
      { type: 'bytes', value: Uint8Array.from([0x61, 0x27, 0x00, 0xff, 0x5c]) },
      { type: 'bool', value: true }, { type: 'bool', value: false }, { type: 'Ellipsis' },
      int(-7), { type: 'int', value: 123456789012345678901234567890n },
      { type: 'tuple', items: [] }, { type: 'tuple', items: [int(1), str('a'), { type: 'tuple', items: [NONE] }] },
      { type: 'frozenset', items: [int(1), int(2)] }, { type: 'frozenset', items: [] },
      ...floats,
    ],
    names: ['outer', 'x', 'y', 'print', 'os', 'path'],
    instrs: [
      ['RESUME', 0, 0], //                   0
      ['LOAD_CONST', 1, 999], //             1
      ['MAKE_FUNCTION', 0], //               2
      ['STORE_NAME', 0], //                  3
      ['LOAD_NAME', 1, 1003], //             4
      ['LOAD_NAME', 2], //                   5
      ['BINARY_OP', 13], //                  6  +=
      ['STORE_NAME', 1], //                  7
      ['LOAD_NAME', 1, 1004], //             8
      ['LOAD_NAME', 2], //                   9
      ['COMPARE_OP', 2], //                  10 ==
      ['POP_JUMP_IF_FALSE', 15], //          11
      ['LOAD_NAME', 1], //                   12
      ['LOAD_CONST', 0], //                  13
      ['IS_OP', 1], //                       14
      ['LOAD_CONST', 2, 1005], //            15
      ['LOAD_CONST', 3], //                  16
      ['CONTAINS_OP', 0], //                 17
      ['POP_TOP'], //                        18
      ['PUSH_NULL', 0, 1006], //             19
      ['LOAD_GLOBAL', 7], //                 20 NULL + print (names[3])
      ['LOAD_NAME', 1], //                   21
      ['FORMAT_VALUE', 2], //                22 repr
      ['FORMAT_VALUE', 4], //                23 with format (nonsense stack, fine for dis)
      ['CALL', 1], //                        24
      ['POP_TOP'], //                        25
      ['LOAD_CONST', 8], //                  26
      ['LOAD_CONST', 0], //                  27
      ['IMPORT_NAME', 4], //                 28
      ['LOAD_ATTR', 5], //                   29
      ['RAISE_VARARGS', 1], //               30
      ['NOP', 3], //                         31 a no-argument opcode with a stray oparg
      ['LOAD_CONST', 0], //                  32
      ['RETURN_VALUE'], //                   33
    ],
  });
}

/** The smallest module: `pass` → RESUME; LOAD_CONST None; RETURN_VALUE. */
export function passProgram(): CodeObject {
  return makeCode({
    stacksize: 1, consts: [NONE],
    instrs: [['RESUME', 0, 0], ['LOAD_CONST', 0, 1], ['RETURN_VALUE']],
  });
}
