// The opcode table is the single source of truth: the generated enum must match it, and
// every row's stack effect must parse and give the numbers CPython's dis.stack_effect does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderOpcodeEnum, GENERATED_ENUM_PATH } from '../../scripts/gen-opcodes.js';
import { OPCODE, OPCODE_TABLE, stackEffect } from '../../src/compiler/opcodes.js';

describe('opcode table', () => {
  it('generated enum is current (run npm run gen:opcodes)', () => {
    expect(readFileSync(GENERATED_ENUM_PATH, 'utf8')).toBe(renderOpcodeEnum());
  });

  it('names are unique and fit in 8 bits', () => {
    const names = OPCODE_TABLE.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeLessThanOrEqual(256);
  });

  it('every row\'s stack effects parse (lazily parsed: at an opcode\'s first use)', () => {
    for (let op = 0; op < OPCODE_TABLE.length; op++) {
      for (const jump of [false, true]) {
        const effect = stackEffect(op, 1, jump);
        expect(Number.isInteger(effect), `${OPCODE_TABLE[op]!.name} jump=${jump}`).toBe(true);
      }
    }
  });

  it('stack effects match CPython where the meaning is the same', () => {
    expect(stackEffect(OPCODE.BINARY_OP, 0)).toBe(-1);
    expect(stackEffect(OPCODE.BUILD_TUPLE, 3)).toBe(-2);
    expect(stackEffect(OPCODE.BUILD_MAP, 2)).toBe(-3);
    expect(stackEffect(OPCODE.UNPACK_SEQUENCE, 3)).toBe(2);
    expect(stackEffect(OPCODE.UNPACK_EX, 0x0102)).toBe(3);
    expect(stackEffect(OPCODE.LOAD_GLOBAL, 1)).toBe(2);
    expect(stackEffect(OPCODE.LOAD_GLOBAL, 0)).toBe(1);
    expect(stackEffect(OPCODE.FOR_ITER, 0)).toBe(1);
    expect(stackEffect(OPCODE.FOR_ITER, 0, true)).toBe(-1);
    expect(stackEffect(OPCODE.MAKE_FUNCTION, 0x09)).toBe(-2);
    expect(stackEffect(OPCODE.CALL, 2)).toBe(-3);
    expect(stackEffect(OPCODE.CALL_KW, 2)).toBe(-4);
    expect(stackEffect(OPCODE.SWAP, 3)).toBe(0);
    expect(stackEffect(OPCODE.COPY, 2)).toBe(1);
    expect(stackEffect(OPCODE.JUMP_IF_TRUE_OR_POP, 0)).toBe(-1);
    expect(stackEffect(OPCODE.JUMP_IF_TRUE_OR_POP, 0, true)).toBe(0);
    expect(stackEffect(OPCODE.BUILD_SLICE, 3)).toBe(-2);
    expect(stackEffect(OPCODE.BUILD_SLICE, 2)).toBe(-1);
  });
});
