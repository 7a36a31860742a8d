/*
 * Uncaught-exception reports in full, position markers included: each case is a small
 * script whose whole stderr (with the script's directory written as DIR) must be CPython
 * 3.11's, carets and all (vm/traceback.ts). The expected texts were produced by python3
 * 3.11.7 (CPython's own threading.py frames removed: gilvm's Thread calls the target
 * directly). The corpus in test/programs compares only the last stderr line, so the lines
 * above it are checked here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/gilvm.js');
const dir = mkdtempSync(join(tmpdir(), 'gilvm-carets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Case {
  source: string;
  stdout: string;
  stderr: string;
  exit: number;
}

const CASES: Record<string, Case> = {
  // columns count code points: an astral character is one (two UTF-16 units), and a wide
  // one (CJK, most emoji) takes two display cells
  astral_subscript: {
    source: "d = {}\ns = \"😀\"; d[s]\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 2, in <module>\n    s = \"😀\"; d[s]\n              ~^^^\nKeyError: '😀'\n",
    exit: 1,
  },
  astral_attribute: {
    source: "x = None\nprint(\"😀 😀 😀\", x.foo())\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 2, in <module>\n    print(\"😀 😀 😀\", x.foo())\n                      ^^^^^\nAttributeError: 'NoneType' object has no attribute 'foo'\n",
    exit: 1,
  },
  astral_binop_subscript: {
    source: "d = {}\nv = d[\"😀\"] + 1\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 2, in <module>\n    v = d[\"😀\"] + 1\n        ~^^^^^^\nKeyError: '😀'\n",
    exit: 1,
  },
  astral_binop: {
    source: "v = \"😀\" + \"𠀀\" + 1\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 1, in <module>\n    v = \"😀\" + \"𠀀\" + 1\n        ~~~~~~~~~~~~^~~\nTypeError: can only concatenate str (not \"int\") to str\n",
    exit: 1,
  },
  astral_wide_tuple_index: {
    source: "t = (\"中文\", \"😀\")\nv = t[5]\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 2, in <module>\n    v = t[5]\n        ~^^^\nIndexError: tuple index out of range\n",
    exit: 1,
  },

  binop_division: {
    source: "a = 1\nb = 0\nc = (a + 2) / b\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 3, in <module>\n    c = (a + 2) / b\n        ~~~~~~~~^~~\nZeroDivisionError: division by zero\n",
    exit: 1,
  },
  binop_floor_two_char_op: {
    source: "x = 7\nprint(x  //  0)\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 2, in <module>\n    print(x  //  0)\n          ~~~^^~~~\nZeroDivisionError: integer division or modulo by zero\n",
    exit: 1,
  },
  binop_paren_left: {
    source: "def f(x):\n    return (x) + (None)\nf(1)\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 3, in <module>\n    f(1)\n  File \"DIR/case.py\", line 2, in f\n    return (x) + (None)\n           ~~~~^~~~~~~~\nTypeError: unsupported operand type(s) for +: 'int' and 'NoneType'\n",
    exit: 1,
  },
  subscript_dict: {
    source: "data = {'a': 1}\nprint(data['b'])\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 2, in <module>\n    print(data['b'])\n          ~~~~^^^^^\nKeyError: 'b'\n",
    exit: 1,
  },
  subscript_spaced: {
    source: "l = [1]\nv = l[ 5 ]\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 2, in <module>\n    v = l[ 5 ]\n        ~^^^^^\nIndexError: list index out of range\n",
    exit: 1,
  },
  subscript_nested: {
    source: "d = {'a': {'b': 1}}\ntotal = d['a']['c'] + 1\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 2, in <module>\n    total = d['a']['c'] + 1\n            ~~~~~~^^^^^\nKeyError: 'c'\n",
    exit: 1,
  },
  call_and_attr: {
    source: "class A:\n    def __init__(self):\n        self.val = self.compute()\n    def compute(self):\n        return self.missing\nA()\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 6, in <module>\n    A()\n  File \"DIR/case.py\", line 3, in __init__\n    self.val = self.compute()\n               ^^^^^^^^^^^^^^\n  File \"DIR/case.py\", line 5, in compute\n    return self.missing\n           ^^^^^^^^^^^^\nAttributeError: 'A' object has no attribute 'missing'\n",
    exit: 1,
  },
  whole_line_elided: {
    source: "def g():\n    raise ValueError('v')\ng()\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 3, in <module>\n    g()\n  File \"DIR/case.py\", line 2, in g\n    raise ValueError('v')\nValueError: v\n",
    exit: 1,
  },
  trailing_blanks_kept: {
    source: "def g():\n    raise ValueError('v')   \ng()\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 3, in <module>\n    g()\n  File \"DIR/case.py\", line 2, in g\n    raise ValueError('v')   \n    ^^^^^^^^^^^^^^^^^^^^^\nValueError: v\n",
    exit: 1,
  },
  multiline_call: {
    source: "def f(a, b):\n    return a / b\nresult = f(1,\n           0)\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 3, in <module>\n    result = f(1,\n             ^^^^\n  File \"DIR/case.py\", line 2, in f\n    return a / b\n           ~~^~~\nZeroDivisionError: division by zero\n",
    exit: 1,
  },
  recursion_repeat: {
    source: "def rec(n):\n    return rec(n + 1)\nrec(0)\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 3, in <module>\n    rec(0)\n  File \"DIR/case.py\", line 2, in rec\n    return rec(n + 1)\n           ^^^^^^^^^^\n  File \"DIR/case.py\", line 2, in rec\n    return rec(n + 1)\n           ^^^^^^^^^^\n  File \"DIR/case.py\", line 2, in rec\n    return rec(n + 1)\n           ^^^^^^^^^^\n  [Previous line repeated 996 more times]\nRecursionError: maximum recursion depth exceeded\n",
    exit: 1,
  },
  chained_cause: {
    source: "def lvl1():\n    try:\n        {}['missing']\n    except KeyError as e:\n        raise RuntimeError('wrapped') from e\nlvl1()\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 3, in lvl1\n    {}['missing']\n    ~~^^^^^^^^^^^\nKeyError: 'missing'\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"DIR/case.py\", line 6, in <module>\n    lvl1()\n  File \"DIR/case.py\", line 5, in lvl1\n    raise RuntimeError('wrapped') from e\nRuntimeError: wrapped\n",
    exit: 1,
  },
  wide_chars: {
    source: "x = '日本'; y = x + 1\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 1, in <module>\n    x = '日本'; y = x + 1\n                    ~~^~~\nTypeError: can only concatenate str (not \"int\") to str\n",
    exit: 1,
  },
  comprehension_frame: {
    source: "print([1 / x for x in [1, 0]])\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 1, in <module>\n    print([1 / x for x in [1, 0]])\n          ^^^^^^^^^^^^^^^^^^^^^^^\n  File \"DIR/case.py\", line 1, in <listcomp>\n    print([1 / x for x in [1, 0]])\n           ~~^~~\nZeroDivisionError: division by zero\n",
    exit: 1,
  },
  assert_message: {
    source: "n = 5\nassert n < 3, f'n={n}'\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 2, in <module>\n    assert n < 3, f'n={n}'\n           ^^^^^\nAssertionError: n=5\n",
    exit: 1,
  },
  tab_indent: {
    source: "def g(d):\n\treturn d['k']\ng({})\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 3, in <module>\n    g({})\n  File \"DIR/case.py\", line 2, in g\n    return d['k']\n           ~^^^^^\nKeyError: 'k'\n",
    exit: 1,
  },
  thread_excepthook: {
    source: "import threading\ndef work(a, b):\n    return a   /   b\nt = threading.Thread(target=work, args=(1, 0))\nt.start(); t.join()\nprint('done')\n",
    stdout: "done\n",
    stderr: "Exception in thread Thread-1 (work):\nTraceback (most recent call last):\n  File \"DIR/case.py\", line 3, in work\n    return a   /   b\n           ~~~~^~~~~\nZeroDivisionError: division by zero\n",
    exit: 0,
  },
  // Frames of lib/ code standing for CPython C code (`# gilvm: c-frames`) are left out.
  c_frames_lru_cache_recursion: {
    source: "import functools\n@functools.lru_cache(maxsize=None)\ndef depth(n):\n    if n == 0:\n        raise ValueError('bottom')\n    return depth(n - 1)\ndepth(6)\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 7, in <module>\n    depth(6)\n  File \"DIR/case.py\", line 6, in depth\n    return depth(n - 1)\n           ^^^^^^^^^^^^\n  File \"DIR/case.py\", line 6, in depth\n    return depth(n - 1)\n           ^^^^^^^^^^^^\n  File \"DIR/case.py\", line 6, in depth\n    return depth(n - 1)\n           ^^^^^^^^^^^^\n  [Previous line repeated 3 more times]\n  File \"DIR/case.py\", line 5, in depth\n    raise ValueError('bottom')\nValueError: bottom\n",
    exit: 1,
  },
  c_frames_itertools_callback: {
    source: "import itertools\ndef ratio(a, b):\n    return a / b\nprint(list(itertools.starmap(ratio, [(1, 2), (1, 0)])))\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 4, in <module>\n    print(list(itertools.starmap(ratio, [(1, 2), (1, 0)])))\n          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"DIR/case.py\", line 3, in ratio\n    return a / b\n           ~~^~~\nZeroDivisionError: division by zero\n",
    exit: 1,
  },
  c_frames_deque_method: {
    source: "from collections import deque\nq = deque([1, 2])\nq.index(3)\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 3, in <module>\n    q.index(3)\nValueError: 3 is not in deque\n",
    exit: 1,
  },
  c_frames_partial_reduce: {
    source: "from functools import partial, reduce\ndef add(a, b):\n    return a + b\nreduce(partial(add), [1, 'x'])\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 4, in <module>\n    reduce(partial(add), [1, 'x'])\n  File \"DIR/case.py\", line 3, in add\n    return a + b\n           ~~^~~\nTypeError: unsupported operand type(s) for +: 'int' and 'str'\n",
    exit: 1,
  },
  // a frozen dataclass's __setattr__ / __delattr__ are exec()ed source, as CPython's
  // dataclasses makes them: their frame is "<string>", line 4, with no source line
  frozen_dataclass_setattr: {
    source: "from dataclasses import dataclass\n@dataclass(frozen=True)\nclass P:\n    x: int\np = P(1)\np.x = 2\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 6, in <module>\n    p.x = 2\n    ^^^\n  File \"<string>\", line 4, in __setattr__\ndataclasses.FrozenInstanceError: cannot assign to field 'x'\n",
    exit: 1,
  },
  // next() re-raises the StopIteration of a class's __next__, frame and value included
  next_class_iterator_end: {
    source: "class It:\n    def __iter__(self):\n        return self\n    def __next__(self):\n        raise StopIteration(\"done\")\nit = It()\nprint(next(it, 0))\nvalue = next(it)\n",
    stdout: "0\n",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 8, in <module>\n    value = next(it)\n            ^^^^^^^^\n  File \"DIR/case.py\", line 5, in __next__\n    raise StopIteration(\"done\")\nStopIteration: done\n",
    exit: 1,
  },
  frozen_dataclass_delattr: {
    source: "from dataclasses import dataclass\n@dataclass(frozen=True)\nclass P:\n    x: int\np = P(1)\ndel p.x\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"DIR/case.py\", line 6, in <module>\n    del p.x\n        ^^^\n  File \"<string>\", line 4, in __delattr__\ndataclasses.FrozenInstanceError: cannot delete field 'x'\n",
    exit: 1,
  },
};

describe('uncaught exception reports with position markers', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, () => {
      const file = join(dir, `${name}.py`);
      writeFileSync(file, c.source);
      const r = spawnSync(process.execPath, [BIN, 'run', file], { cwd: dir, input: '', encoding: 'utf8', timeout: 60_000 });
      expect(r.stdout).toBe(c.stdout);
      expect(r.stderr.split(file).join('DIR/case.py')).toBe(c.stderr);
      expect(r.status).toBe(c.exit);
    });
  }
});
