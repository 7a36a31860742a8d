// The invariant between the disassembler and the assembler: for every code object C,
// assemble(disassembleAsm(C)) is structurally equal to C, and so
// disassemble(C) === disassemble(assemble(disassembleAsm(C))). Checked on hand-built code
// objects and, once the compiler exists, on every .py in test/programs/ and examples/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble, disassembleAsm } from '../../src/compiler/asm.js';
import type { CodeObject } from '../../src/compiler/code.js';
import { disassemble } from '../../src/compiler/dis.js';
import { compileSource } from '../../src/compiler/compile-source.js';
import { PySyntaxError } from '../../src/frontend/errors.js';
import { CMP_OPS, NB_OPS, OPCODE_TABLE, type ArgKind } from '../../src/compiler/opcodes.js';
import type { Const } from '../../src/compiler/code.js';
import { everyKindProgram, passProgram, tryExceptProgram } from './fixtures.js';
import { coveringSample } from '../helpers/coverage.js';

function checkRoundTrip(code: CodeObject): void {
  const text = disassembleAsm(code);
  let back: CodeObject;
  try {
    back = assemble(text, 'roundtrip.pyasm');
  } catch (e) {
    const line = (e as { line?: number }).line;
    throw new Error(`${(e as Error).message}\n${line ? text.split('\n')[line - 1] : text}`);
  }
  expect(disassemble(back)).toBe(disassemble(code));
  expect(back).toStrictEqual(code);
  // Printing is a fixed point too.
  expect(disassembleAsm(back)).toBe(text);
}

describe('round trip on hand-built code objects', () => {
  it('the smallest module', () => checkRoundTrip(passProgram()));
  it('try/except, a comprehension, nested code objects', () => checkRoundTrip(tryExceptProgram()));
  it('every argument kind, odd constants, cells, free variables, columns', () => checkRoundTrip(everyKindProgram()));

  it('opargs that cannot be printed symbolically come back as raw numbers', () => {
    const code = tryExceptProgram();
    const odd: CodeObject = {
      ...code,
      // a duplicate constant and a duplicate name: the second copies are reached by index
      consts: [...code.consts, { type: 'None' }],
      names: [...code.names, 'f'],
      code: Uint32Array.from([...code.code.slice(0, -2), (3 << 8) | (code.code[5] & 0xff), (1 << 8) | (code.code[4] & 0xff)]),
    };
    checkRoundTrip(odd);
    expect(disassembleAsm(odd)).toContain("    LOAD_CONST 3  # None\n    STORE_NAME 1  # f\n");
  });
});

/** Random but valid code objects (a seeded generator: the same trees every run). Opargs
 * are in range for their kind (an assembler rejects out-of-range ones), otherwise anything:
 * duplicate constants and names, odd strings, nested code, random positions and tables. */
export function randomCode(seed: number): CodeObject {
  let state = seed >>> 0 || 1;
  const rand = (n: number): number => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state % n;
  };
  const pick = <T>(items: readonly T[]): T => items[rand(items.length)];
  const randomString = (): string => {
    const alphabet = ['a', 'Z', '_', '0', ' ', "'", '"', '\\', '\n', '\t', '#', ';', '\x00', 'é', '\u2028', '😀', '\ud800', '.', '<', '>'];
    let out = '';
    for (let i = rand(6); i > 0; i--) out += pick(alphabet);
    return out;
  };
  const identifier = (): string => pick(['x', 'y', 'print', 'NULL', 'None', 'to', 'inf', 'frozenset', 'b', 'L1', '.0', 'é', 'a b']);
  const randomConst = (depth: number): Const => {
    switch (rand(depth > 2 ? 8 : 10)) {
      case 0: return { type: 'int', value: BigInt(rand(2000) - 1000) * (rand(4) === 0 ? 10n ** 30n : 1n) };
      case 1: return { type: 'float', value: pick([0, -0, 1.5, 1e16, 1e-7, Infinity, -Infinity, NaN, 0.1 + 0.2, -123.25]) };
      case 2: return { type: 'str', value: randomString() };
      case 3: return { type: 'bytes', value: Uint8Array.from({ length: rand(5) }, () => rand(256)) };
      case 4: return { type: 'bool', value: rand(2) === 0 };
      case 5: return { type: 'None' };
      case 6: return { type: 'Ellipsis' };
      case 7: return { type: 'str', value: identifier() };
      // (code objects only at the top of the pool: the format has no code inside tuples)
      case 8: return { type: rand(2) ? 'tuple' : 'frozenset', items: Array.from({ length: rand(4) }, () => randomConst(3)) };
      default: return { type: 'code', value: build(depth + 1) };
    }
  };
  function build(depth: number): CodeObject {
    const consts = Array.from({ length: 1 + rand(6) }, () => randomConst(depth));
    const names = Array.from({ length: 1 + rand(5) }, identifier);
    const localsplusnames = Array.from({ length: 1 + rand(4) }, identifier);
    const n = 1 + rand(25);
    const code = new Uint32Array(n);
    const ranges: Record<ArgKind, () => number> = {
      none: () => (rand(10) === 0 ? rand(100) : 0), int: () => rand(1 << 24), invert: () => rand(2), raise: () => rand(3),
      const: () => rand(consts.length), name: () => rand(names.length), global: () => rand(names.length * 2),
      local: () => rand(localsplusnames.length), jump: () => rand(n), binop: () => rand(NB_OPS.length),
      cmp: () => rand(CMP_OPS.length), format: () => rand(8), makefn: () => rand(16),
    };
    for (let i = 0; i < n; i++) {
      const op = rand(OPCODE_TABLE.length);
      code[i] = ((ranges[OPCODE_TABLE[op].arg]() << 8) | op) >>> 0;
    }
    const positions = Int32Array.from({ length: n * 4 }, () => (rand(3) === 0 ? -1 : rand(1500)));
    const exceptiontable = Array.from({ length: rand(3) }, () => {
      const start = rand(n + 1);
      return { start, end: start + rand(n + 1 - start), target: rand(n), depth: rand(5), lasti: rand(2) === 0 };
    });
    const name = pick(['<module>', 'f', '<listcomp>', 'a b', "it's"]);
    return {
      name, qualname: rand(2) ? name : `C.${name}`, filename: pick(['x.py', 'dir/y z.py', 'c:\\w.py']),
      firstlineno: rand(100), argcount: rand(3), posonlyargcount: rand(2), kwonlyargcount: rand(2), flags: rand(1 << 12),
      stacksize: rand(10), code, consts, names, localsplusnames,
      localspluskinds: Uint8Array.from(localsplusnames, () => pick([0x20, 0x40, 0x80, 0x60, 0x00, 0x10, 0xa0])),
      exceptiontable, positions,
    };
  }
  return build(0);
}

describe('round trip on random code objects', () => {
  for (let seed = 1; seed <= 60; seed++) {
    it(`seed ${seed}`, () => checkRoundTrip(randomCode(seed)));
  }
});

// Every program of the corpus and every example: dis(source) == dis(asm(dis --asm(source))).
const ROOT = join(import.meta.dirname, '..', '..');
const programs = ['test/programs', 'examples'].flatMap((dir) =>
  readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.py')).sort().map((f) => `${dir}/${f}`),
);

/** The CPython stderr line expected of a corpus program ('' when none is recorded). */
function expectedLastError(file: string): string {
  const err = join(ROOT, file.replace(/\.py$/, '.err'));
  return existsSync(err) ? readFileSync(err, 'utf8').trim() : '';
}

/** What a code object asks of the assembler: its opcodes, constant kinds, flags, tables. */
function features(code: CodeObject, into: Set<string>): Set<string> {
  for (const word of code.code) into.add(`op ${word & 0xff}`);
  if (code.exceptiontable.length > 0) into.add('exception table');
  for (const kind of code.localspluskinds) into.add(`slot kind ${kind}`);
  for (let bit = 0; bit < 31; bit++) if ((code.flags & (1 << bit)) !== 0) into.add(`flag ${bit}`);
  const constKinds = (c: Const): void => {
    into.add(`const ${c.type}`);
    if (c.type === 'tuple' || c.type === 'frozenset') c.items.forEach(constKinds);
    else if (c.type === 'code') features(c.value, into);
  };
  code.consts.forEach(constKinds);
  return into;
}

/**
 * The compiled programs to round-trip: every eighth one, the examples, and then, greedily,
 * any program that shows a feature (features() above) the chosen ones do not, until the
 * chosen set shows every feature the whole corpus does. The assembler (ohm-js) takes
 * ~0.3 s per program: all ~700 were 200 s of a CI run for the same coverage of what the
 * assembler is asked to do. A program that does not compile is kept (its test says why).
 */
function choosePrograms(): string[] {
  const featuresOf = (file: string): Set<string> | null => {
    try {
      return features(compileSource(readFileSync(join(ROOT, file), 'utf8'), file), new Set());
    } catch {
      return null;
    }
  };
  return coveringSample(programs, featuresOf, (file, i) => i % 8 === 0 || file.startsWith('examples/'));
}

describe('round trip on compiled programs', () => {
  it('there are programs to check', () => {
    expect(programs.length).toBeGreaterThan(80);
  });
  for (const file of choosePrograms()) {
    it(file, () => {
      let code: CodeObject;
      try {
        code = compileSource(readFileSync(join(ROOT, file), 'utf8'), file);
      } catch (e) {
        // a program that is itself a SyntaxError (CPython's expected stderr says which) has
        // no code to round-trip
        if (e instanceof PySyntaxError && expectedLastError(file) === `${e.kind}: ${e.msg}`) return;
        throw e;
      }
      checkRoundTrip(code);
    });
  }
});
