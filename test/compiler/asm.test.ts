// The assembler: hand-written files (defaults, operands by value, labels, positions,
// exception tables), the stack-size computation, and errors with their line:column.
import { describe, expect, it } from 'vitest';
import { AsmError, assemble, computeStackSize, disassembleAsm } from '../../src/compiler/asm.js';
import { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, CO_NEWLOCALS, CO_OPTIMIZED } from '../../src/compiler/code.js';
import { disassemble } from '../../src/compiler/dis.js';
import { OPCODE } from '../../src/compiler/opcodes.js';
import { everyKindProgram, tryExceptProgram } from './fixtures.js';

const word = (name: keyof typeof OPCODE, oparg = 0): number => ((oparg << 8) | OPCODE[name]) >>> 0;

function asmError(text: string): AsmError {
  try {
    assemble(text, 'bad.pyasm');
  } catch (e) {
    if (e instanceof AsmError) return e;
    throw e;
  }
  throw new Error('expected an AsmError');
}

describe('assemble: hand-written files', () => {
  it('a minimal file works with defaults and a computed stack size', () => {
    const code = assemble(
      [
        '; x = 1 + 2.5',
        '.code <module>',
        '    LOAD_CONST $1',
        '    LOAD_CONST 2.5',
        '    BINARY_OP +',
        '    STORE_NAME x',
        '    LOAD_CONST None',
        '    RETURN_VALUE',
        '.end',
      ].join('\n'),
      'min.pyasm',
    );
    expect(code.name).toBe('<module>');
    expect(code.qualname).toBe('<module>');
    expect(code.filename).toBe('min.pyasm');
    expect(code.firstlineno).toBe(1);
    expect(code.flags).toBe(0);
    expect(code.stacksize).toBe(2);
    expect(code.consts).toEqual([{ type: 'int', value: 1n }, { type: 'float', value: 2.5 }, { type: 'None' }]);
    expect(code.names).toEqual(['x']);
    expect(Array.from(code.code)).toEqual([
      word('LOAD_CONST', 0), word('LOAD_CONST', 1), word('BINARY_OP', 0), word('STORE_NAME', 0),
      word('LOAD_CONST', 2), word('RETURN_VALUE'),
    ]);
    expect(Array.from(code.positions)).toEqual(new Array(24).fill(-1));
    expect(code.exceptiontable).toEqual([]);
  });

  it('reads every operand form', () => {
    const code = assemble(
      `
.code <module>                       # comment after the name
    .names a                         ; declared names come first
    .const 'declared'
    .line 3
    LOAD_CONST 0                     # an integer is the raw index
    LOAD_CONST 'declared'            # by value: found
    LOAD_CONST (1, 'two', (None,), -inf, b'\\x00')
    LOAD_CONST frozenset({1, 2})
    LOAD_CONST True
    LOAD_CONST $7
    LOAD_GLOBAL NULL + print
    LOAD_GLOBAL a
    LOAD_NAME 'b c'
    .pos 4:2-4:9
L1: COMPARE_OP <=
    BINARY_OP //=
    FORMAT_VALUE repr, with format
    MAKE_FUNCTION defaults, closure
    POP_JUMP_IF_TRUE to L1
    JUMP_BACKWARD L1
    NOP
.end
`,
      'ops.pyasm',
    );
    expect(code.consts).toEqual([
      { type: 'str', value: 'declared' },
      {
        type: 'tuple',
        items: [
          { type: 'int', value: 1n }, { type: 'str', value: 'two' }, { type: 'tuple', items: [{ type: 'None' }] },
          { type: 'float', value: -Infinity }, { type: 'bytes', value: Uint8Array.from([0]) },
        ],
      },
      { type: 'frozenset', items: [{ type: 'int', value: 1n }, { type: 'int', value: 2n }] },
      { type: 'bool', value: true },
      { type: 'int', value: 7n },
    ]);
    expect(code.names).toEqual(['a', 'print', 'b c']);
    expect(Array.from(code.code)).toEqual([
      word('LOAD_CONST', 0), word('LOAD_CONST', 0), word('LOAD_CONST', 1), word('LOAD_CONST', 2),
      word('LOAD_CONST', 3), word('LOAD_CONST', 4), word('LOAD_GLOBAL', 3), word('LOAD_GLOBAL', 0),
      word('LOAD_NAME', 2), word('COMPARE_OP', 1), word('BINARY_OP', 15), word('FORMAT_VALUE', 6),
      word('MAKE_FUNCTION', 9), word('POP_JUMP_IF_TRUE', 9), word('JUMP_BACKWARD', 9), word('NOP'),
    ]);
    expect(Array.from(code.positions.subarray(0, 4))).toEqual([3, -1, 3, -1]);
    expect(Array.from(code.positions.subarray(9 * 4, 10 * 4))).toEqual([4, 2, 4, 9]);
    expect(Array.from(code.positions.subarray(15 * 4))).toEqual([4, 2, 4, 9]);
  });

  it('reads header directives, slots, nested code and the exception table', () => {
    const code = assemble(
      `
.code <module>
    .filename "real.py"
    .const .code f
        .qualname C.f
        .firstlineno 7
        .argcount 2
        .posonlyargcount 1
        .kwonlyargcount 1
        .flags OPTIMIZED | NEWLOCALS | 0x1000
        .stacksize 9
        .local a cell
        .local b
        .cell c
        .free d
        .slot e 0x20
        .exception L1 to L2 -> L3 [0]
        .exception 0 to 1 -> 2 [3] lasti
    L1: NOP
    L2: RETURN_VALUE
    L3: PUSH_EXC_INFO
        LOAD_FAST a
        LOAD_DEREF d
    .end
    LOAD_CONST 0
    RETURN_VALUE
.end
`,
      'ignored.pyasm',
    );
    expect(code.filename).toBe('real.py');
    const f = code.consts[0];
    if (f.type !== 'code') throw new Error('expected a code constant');
    expect(f.value).toMatchObject({
      name: 'f', qualname: 'C.f', filename: 'real.py', firstlineno: 7, argcount: 2, posonlyargcount: 1,
      kwonlyargcount: 1, flags: CO_OPTIMIZED | CO_NEWLOCALS | 0x1000, stacksize: 9,
      localsplusnames: ['a', 'b', 'c', 'd', 'e'],
      exceptiontable: [
        { start: 0, end: 1, target: 2, depth: 0, lasti: false },
        { start: 0, end: 1, target: 2, depth: 3, lasti: true },
      ],
    });
    expect(Array.from(f.value.localspluskinds)).toEqual([CO_FAST_LOCAL | CO_FAST_CELL, CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL]);
    expect(Array.from(f.value.code).slice(3)).toEqual([word('LOAD_FAST', 0), word('LOAD_DEREF', 3)]);
  });
});

describe('stack size', () => {
  it('agrees with the stack sizes of the hand-built programs', () => {
    const module = tryExceptProgram();
    expect(computeStackSize(module)).toBe(2);
    const f = module.consts[1];
    if (f.type !== 'code') throw new Error('expected a code constant');
    expect(computeStackSize(f.value)).toBe(5); // reaches 5 in a handler: the exception table counts
    const listcomp = f.value.consts[2];
    if (listcomp.type !== 'code') throw new Error('expected a code constant');
    expect(computeStackSize(listcomp.value)).toBe(3);
  });

  it('follows both edges of a branch and takes the deepest', () => {
    const code = assemble(
      `.code m
    LOAD_CONST None
    POP_JUMP_IF_FALSE L1
    LOAD_CONST $1
    LOAD_CONST $2
    LOAD_CONST $3
    BUILD_TUPLE 3
    RETURN_VALUE
L1: LOAD_CONST None
    RETURN_VALUE
.end`,
      'b.pyasm',
    );
    expect(code.stacksize).toBe(3);
  });
});

describe('assembly errors carry FILE:LINE:COL', () => {
  const cases: [string, string, number, number, RegExp][] = [
    ['syntax', '.code m\n    LOAD_CONST (1,\n.end\n', 2, 19, /^expected "\)", a constant/],
    ['trailing junk', '.code m\n    LOAD_CONST 1 2\n.end\n', 2, 18, /^expected end of line$/],
    ['missing .end', '.code m\n    NOP\n', 3, 1, /expected "\.end"/],
    ['unknown opcode', '.code m\n    NOP\n    LOAD_KONST 1\n.end\n', 3, 5, /^unknown opcode 'LOAD_KONST'$/],
    ['missing argument', '.code m\n    LOAD_FAST\n.end\n', 2, 5, /^LOAD_FAST needs an argument: a local variable name$/],
    ['unknown label', '.code m\n    JUMP_FORWARD L9\n.end\n', 2, 18, /^unknown label 'L9'$/],
    ['unknown label in the exception table', '.code m\n    .exception L1 to L2 -> L3 [0]\nL1: NOP\n.end\n', 2, 5, /^unknown label 'L2'$/],
    ['index out of range', '.code m\n    .const None\n    LOAD_CONST 3\n.end\n', 3, 16, /^constant index 3 out of range \(0\.\.0\); write \$3 for the int constant 3$/],
    ['negative constant index', '.code m\n    LOAD_CONST -1\n.end\n', 2, 16, /^constant index -1 out of range \(there are none\); write \$-1/],
    ['oparg out of 24 bits', '.code m\n    BUILD_TUPLE 16777216\n.end\n', 2, 17, /^argument 16777216 out of range 0\.\.16777215$/],
    ['wrong operand kind', '.code m\n    BINARY_OP ==\n.end\n', 2, 15, /^bad argument for BINARY_OP: expected an operator/],
    ['undeclared local', '.code m\n    LOAD_FAST x\n.end\n', 2, 15, /^unknown local variable 'x'/],
    ['duplicate label', '.code m\nL1: NOP\nL1: NOP\n.end\n', 3, 1, /^label 'L1' is defined twice$/],
    ['stack underflow', '.code m\n    LOAD_CONST None\n    BINARY_OP +\n.end\n', 3, 5, /^stack underflow: BINARY_OP needs 2 item\(s\), the stack has 1 here$/],
    ['unknown flag', '.code m\n    .flags OPTIMISED\n.end\n', 2, 12, /^unknown code flag 'OPTIMISED'/],
    ['unterminated string', ".code m\n    LOAD_CONST 'abc\n.end\n", 2, 20, /^expected "'"$/],
    ['error inside nested code', '.code m\n    .const .code f\n        FOO\n    .end\n.end\n', 3, 9, /^unknown opcode 'FOO'$/],
  ];
  for (const [what, text, line, column, message] of cases) {
    it(what, () => {
      const e = asmError(text);
      expect({ line: e.line, column: e.column }).toEqual({ line, column });
      expect(e.msg).toMatch(message);
      expect(e.message).toBe(`bad.pyasm:${line}:${column}: ${e.msg}`);
    });
  }
});

describe('printing', () => {
  it('prints jumps as labels, constants by value and code objects by index', () => {
    const text = disassembleAsm(tryExceptProgram());
    expect(text).toContain('        .exception L3 to L4 -> L8 [1] lasti\n');
    expect(text).toContain('        POP_JUMP_IF_FALSE L7\n');
    expect(text).toContain("        LOAD_CONST '>3'\n");
    expect(text).toContain('    LOAD_CONST 1  # <code object f, file "x.py", line 1>\n');
    expect(text).toContain("            .local '.0'  # 0\n");
    expect(text).toContain('        FORMAT_VALUE repr, with format\n');
  });

  it('the printed text assembles to the same listing', () => {
    for (const code of [tryExceptProgram(), everyKindProgram()]) {
      expect(disassemble(assemble(disassembleAsm(code), 'x.pyasm'))).toBe(disassemble(code));
    }
  });
});
