// Built-in modules (math, time, random, gc) and importing .py files beside the script:
// behaviours the program corpus (test/programs/module_*.py, import_*.py) does not pin.
// Expected values are CPython 3.11's, committed here.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile-source.js';
import { runCode } from '../../src/vm/run.js';

function run(source: string, filename = '<string>'): { out: string; err: string; exit: number } {
  const r = runCode(compileSource(source, filename), { capture: true, checkRefs: true });
  return { out: r.stdout ?? '', err: r.stderr ?? '', exit: r.exitCode };
}

describe('math', () => {
  it('fsum is exact and hypot/dist match CPython to the last bit', () => {
    const r = run('import math\nprint(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([0.1] * 3))\n'
      + 'print(math.hypot(1, 2, 3), math.dist((1.5, 2.25), (-3.1, 7.7)), math.cbrt(27))\n');
    expect(r.out).toBe('1e-100 0.30000000000000004\n3.7416573867739413 7.131795005466716 3.0000000000000004\n');
  });

  it('log of ints beyond the float range, floor of huge floats', () => {
    const r = run('import math\nprint(math.log(10**400), math.log2(2**2000), math.floor(1e300) == int(1e300))\n');
    expect(r.out).toBe('921.0340371976182 2000.0 True\n');
  });

  it('errors carry CPython messages', () => {
    const r = run('import math\nfor f in (lambda: math.pow(0, -1), lambda: math.ldexp(1, 2000), lambda: math.log(10, 1), lambda: math.sqrt("a")):\n'
      + '    try:\n        f()\n    except Exception as e:\n        print(type(e).__name__, e)\n');
    expect(r.out).toBe('ValueError math domain error\nOverflowError math range error\nZeroDivisionError float division by zero\nTypeError must be real number, not str\n');
  });
});

describe('random', () => {
  it('Random instances and the module generator follow CPython from the same seed', () => {
    const r = run('import random\nrandom.seed("hello")\nprint(random.random())\nr = random.Random("hello")\nprint(r.random(), type(r).__name__)\n'
      + 'random.seed(5)\nprint(random.triangular(1, 10, 3), random.gammavariate(0.5, 2), random.sample(range(1000), 3))\n');
    expect(r.out).toBe('0.3537754404730722\n0.3537754404730722 Random\n5.125864874467597 3.3864539534296756 [476, 794, 965]\n');
  });
});

describe('gc and time', () => {
  it('gc.disable / enable toggle isenabled; sleep validates its argument', () => {
    const r = run('import gc, time\ngc.disable()\nprint(gc.isenabled())\ngc.enable()\nprint(gc.isenabled(), type(gc.collect()).__name__)\n'
      + 'try:\n    time.sleep(float("nan"))\nexcept ValueError as e:\n    print(e)\n');
    expect(r.out).toBe('False\nTrue int\nInvalid value NaN (not a number)\n');
  });
});

describe('importing .py files', () => {
  it('runs a module once, caches it, removes it when its body raises, names the file in ImportError', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gilvm-import-'));
    writeFileSync(join(dir, 'm_a.py'), 'import m_b\nvalue = 10\nprint("a runs")\ndef get():\n    return m_b.twice()\n');
    writeFileSync(join(dir, 'm_b.py'), 'import m_a\ndef twice():\n    return m_a.value * 2\n');
    writeFileSync(join(dir, 'm_bad.py'), 'x = 1 / 0\n');
    const main = join(dir, 'main.py');
    const r = run('import m_a\nimport m_a\nprint(m_a.get())\nimport sys\ntry:\n    import m_bad\nexcept ZeroDivisionError:\n    print("m_bad" in sys.modules)\n'
      + 'try:\n    from m_a import nope\nexcept ImportError as e:\n    print(e, e.name)\n', main);
    expect(r.out).toBe(`a runs\n20\nFalse\ncannot import name 'nope' from 'm_a' (${join(dir, 'm_a.py')}) m_a\n`);
    expect(r.err).toBe("");
    expect(r.exit).toBe(0);
  });
});
