// The interpreter loop and object model end to end: compiled programs against CPython's
// committed output (test/vm/eval-cases), the eval loop's budget/resume protocol, a
// hand-built CodeObject (independent of the compiler), and reference-count hygiene.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile-source.js';
import { runCode, type RunOptions } from '../../src/vm/run.js';
import { OPCODE } from '../../src/compiler/opcodes.js';
import { CO_NEWLOCALS, CO_OPTIMIZED, type CodeObject, type Const } from '../../src/compiler/code.js';
import { liveObjects } from '../../src/heap/gc.js';
import { createInterpreter } from '../../src/vm/interp.js';
import { deallocObject } from '../../src/objects/dealloc.js';
import { floatNew } from '../../src/objects/float.js';
import { intFromBigint } from '../../src/objects/int.js';
import { strFromJS } from '../../src/objects/str.js';
import { listNew } from '../../src/objects/list.js';
import { decref } from '../../src/vm/refs.js';

const CASES = resolve(__dirname, 'eval-cases');

function runFile(name: string, options: RunOptions = {}) {
  const path = join(CASES, name);
  const code = compileSource(readFileSync(path, 'utf8'), path);
  return runCode(code, { capture: true, argv: [name], ...options });
}

function runSource(source: string, options: RunOptions = {}) {
  return runCode(compileSource(source, '<test>'), { capture: true, ...options });
}

describe('programs against CPython output', () => {
  const cases = readdirSync(CASES).filter((f) => f.endsWith('.py'));
  for (const name of cases) {
    it(name, () => {
      const base = join(CASES, name.slice(0, -3));
      const r = runFile(name);
      expect(r.stdout).toBe(readFileSync(base + '.out', 'utf8'));
      expect(r.stderr.split(CASES).join('<DIR>')).toBe(readFileSync(base + '.err', 'utf8'));
      expect(String(r.exitCode)).toBe(readFileSync(base + '.exit', 'utf8').trim());
    });
  }
});

describe('eval loop budget', () => {
  it('yields every N instructions and resumes to the same result', () => {
    const whole = runFile('classes.py');
    const sliced = runFile('classes.py', { sliceInstructions: 7 });
    expect(sliced.stdout).toBe(whole.stdout);
    expect(sliced.exitCode).toBe(0);
    expect(sliced.instructions).toBe(whole.instructions);
    expect(whole.instructions).toBeGreaterThan(100);
  });

  it('counts instructions exactly', () => {
    // RESUME, then 3 per iteration of a simple loop body plus the loop machinery
    const a = runSource('for i in range(10):\n    pass\n');
    const b = runSource('for i in range(20):\n    pass\n');
    expect(b.instructions - a.instructions).toBe(10 * 3);
  });
});

describe('errors', () => {
  it('raises RecursionError instead of overflowing the JS stack', () => {
    const r = runSource('def f(n):\n    return f(n + 1)\nf(0)\n');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('[Previous line repeated 996 more times]');
    expect(r.stderr.trimEnd().split('\n').pop()).toBe('RecursionError: maximum recursion depth exceeded');
  });

  it('reports unsupported operands with CPython messages', () => {
    const r = runSource("x = 1 + 'a'\n");
    expect(r.stderr.trimEnd().split('\n').pop()).toBe("TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  });

  it('maps SystemExit codes to exit status', () => {
    expect(runSource('raise SystemExit(4)\n').exitCode).toBe(4);
    expect(runSource('raise SystemExit\n').exitCode).toBe(0);
    const r = runSource("raise SystemExit('bye')\n");
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('bye\n');
  });

  it('flushes buffered stdout before the traceback', () => {
    const r = runSource("print('first')\nraise ValueError('x')\n");
    expect(r.stdout).toBe('first\n');
    expect(r.stderr).toBe('Traceback (most recent call last):\n  File "<test>", line 2, in <module>\nValueError: x\n');
  });
});

describe('hand-built code objects', () => {
  function code(insns: [keyof typeof OPCODE, number][], consts: Const[], names: string[], nlocals: string[], stacksize: number): CodeObject {
    const words = new Uint32Array(insns.map(([op, arg]) => (OPCODE[op] | (arg << 8)) >>> 0));
    const positions = new Int32Array(insns.length * 4).fill(1);
    return {
      name: '<module>', qualname: '<module>', filename: '<asm>', firstlineno: 1,
      argcount: 0, posonlyargcount: 0, kwonlyargcount: 0, flags: nlocals.length ? CO_OPTIMIZED | CO_NEWLOCALS : 0,
      stacksize, code: words, consts, names, localsplusnames: nlocals,
      localspluskinds: new Uint8Array(nlocals.length).fill(0x20), exceptiontable: [], positions,
    };
  }

  it('runs a loop with BINARY_OP, COMPARE_OP, jumps and a builtin call', () => {
    // total = 0; i = 0; while i < 5: total += i * i; i += 1; print(total)
    const c = code([
      ['RESUME', 0],
      ['LOAD_CONST', 0], ['STORE_NAME', 0],
      ['LOAD_CONST', 0], ['STORE_NAME', 1],
      ['LOAD_NAME', 1], ['LOAD_CONST', 1], ['COMPARE_OP', 0], ['POP_JUMP_IF_FALSE', 20],
      ['LOAD_NAME', 0], ['LOAD_NAME', 1], ['LOAD_NAME', 1], ['BINARY_OP', 5], ['BINARY_OP', 13], ['STORE_NAME', 0],
      ['LOAD_NAME', 1], ['LOAD_CONST', 2], ['BINARY_OP', 13], ['STORE_NAME', 1],
      ['JUMP_BACKWARD', 5],
      ['PUSH_NULL', 0], ['LOAD_NAME', 2], ['LOAD_NAME', 0], ['CALL', 1], ['POP_TOP', 0],
      ['LOAD_CONST', 3], ['RETURN_VALUE', 0],
    ], [{ type: 'int', value: 0n }, { type: 'int', value: 5n }, { type: 'int', value: 1n }, { type: 'None' }], ['total', 'i', 'print'], [], 4);
    const r = runCode(c, { capture: true });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('30\n');
  });

  it('unwinds through the exception table to a handler', () => {
    // try: 1/0  except: print('handled')
    const c = code([
      ['RESUME', 0],
      ['LOAD_CONST', 0], ['LOAD_CONST', 1], ['BINARY_OP', 11], ['POP_TOP', 0],
      ['LOAD_CONST', 2], ['RETURN_VALUE', 0],
      ['PUSH_EXC_INFO', 0], ['POP_TOP', 0], ['POP_EXCEPT', 0],
      ['PUSH_NULL', 0], ['LOAD_NAME', 0], ['LOAD_CONST', 3], ['CALL', 1], ['POP_TOP', 0],
      ['LOAD_CONST', 2], ['RETURN_VALUE', 0],
    ], [{ type: 'int', value: 1n }, { type: 'int', value: 0n }, { type: 'None' }, { type: 'str', value: 'handled' }], ['print'], [], 4);
    c.exceptiontable = [{ start: 1, end: 5, target: 7, depth: 0, lasti: false }];
    const r = runCode(c, { capture: true });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('handled\n');
  });
});

describe('reference counting', () => {
  function liveAfter(source: string): number {
    let count = -1;
    runCode(compileSource(source, '<leak>'), {
      capture: true,
      onExit: (rt) => {
        count = 0;
        for (const n of liveObjects(rt.heap).values()) count += n;
      },
    });
    return count;
  }

  it('frees the temporaries of a loop (live objects do not grow with iterations)', () => {
    const program = (n: number) => `
class P:
    def __init__(self, x):
        self.x = x
def work(n):
    out = 0.0
    for i in range(n):
        d = {'k': [i, str(i), (i, i * 1.5)]}
        p = P(d)
        out += p.x['k'][2][1] + len(f"{i}-{d}")
        try:
            raise ValueError(i)
        except ValueError as e:
            out += len(e.args)
        g = (j for j in range(3))
        out += sum(g)
    return out
print(work(${n}))
`;
    const small = liveAfter(program(3));
    const large = liveAfter(program(300));
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });
});

describe('leaf objects', () => {
  it('a dead float, int or str is freed by the refcount module, without the deallocator (GIL and --no-gil runtimes)', () => {
    for (const rt of [createInterpreter(), createInterpreter({ noGil: true })]) {
      let calls = 0;
      rt.rc.setDeallocator((ref) => {
        calls++;
        deallocObject(rt, ref);
      });
      for (const v of [floatNew(rt, 1.5), intFromBigint(rt, 10n ** 30n), strFromJS(rt, 'not interned at all')]) decref(rt, v);
      expect(calls).toBe(0);
      const l = listNew(rt, 0);
      decref(rt, l);
      expect(calls).toBe(1);
    }
  });
});
