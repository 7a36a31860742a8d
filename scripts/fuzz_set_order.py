#!/usr/bin/env python3
"""Random set programs: does gilvm iterate and pop sets of numbers in CPython's order?

Each program builds sets of ints (small, big, negative), floats, tuples, equal values of
different types (1, 1.0, True), and mixes add/discard/remove/pop/clear, update and the
in-place operators, the set operators and methods, set(x), copies, frozensets, set
comprehensions and displays, printing sets and pops along the way (objects/setorder.ts,
objects/setops.ts). Each runs under python3 (the oracle) and gilvm; differing programs are
listed and kept in the work directory.
Seeds from 1000 on add more operations (multi-argument methods, big sets with dummies,
pop-until-empty, clear then update...).
Usage: python3 scripts/fuzz_set_order.py [COUNT [FIRST_SEED [GILVM_BIN [WORKDIR]]]]
"""
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def program(seed):
    """The source of random set program number `seed`."""

    R = random.Random(seed)
    kind = R.choice(['small', 'small', 'mixed', 'big', 'tuple', 'float', 'neg', 'eq'])
    EXTRA = seed >= 1000


    def elem():
        k = kind if kind != 'mixed' else R.choice(['small', 'big', 'tuple', 'float', 'neg'])
        if k == 'small':
            return str(R.randrange(0, R.choice([10, 40, 100, 1000])))
        if k == 'neg':
            return str(R.randrange(-60, 60))
        if k == 'big':
            return R.choice(['2**40+%d', '2**61-%d', '-2**62+%d', '2**64*%d', '%d*1000003', '-%d']) % R.randrange(1, 50)
        if k == 'tuple':
            return '(%d, %d)' % (R.randrange(-3, 6), R.randrange(0, 6))
        if k == 'eq':
            return R.choice(['True', 'False', '1', '0', '1.0', '0.0', '-1', '-2', '-1.0', '(1, 2)', '(1.0, 2)', '2**61-1', '2**61', '-2**61+1', '%d' % R.randrange(0, 40)])
        if k == 'float':
            return R.choice(['%d.5', '%d.0', '%d.25e3', '-%d.75', '1e%d']) % R.randrange(0, 30)
        return '0'


    def lit(n):
        return '{' + ', '.join(elem() for _ in range(n)) + '}'


    def iterable():
        c = R.randrange(7)
        if c == 0:
            return '[' + ', '.join(elem() for _ in range(R.randrange(0, 12))) + ']'
        if c == 1:
            return 'range(%d, %d)' % (R.randrange(-5, 20), R.randrange(20, 80))
        if c == 2:
            return '{%s}' % ', '.join('%s: 0' % elem() for _ in range(R.randrange(0, 12)))
        if c == 3:
            return R.choice(VARS)
        if c == 4:
            return 'frozenset(%s)' % lit(R.randrange(1, 10))
        if c == 5:
            return '(%s * k %% %d for k in range(%d))' % (elem() if kind in ('small', 'neg') else '1', R.randrange(5, 60), R.randrange(0, 40))
        return lit(R.randrange(1, 15))


    VARS = ['a', 'b', 'c']
    lines = []
    for v in VARS:
        c = R.randrange(5)
        if c == 0:
            lines.append('%s = set()' % v)
        elif c == 1:
            lines.append('%s = %s' % (v, lit(R.randrange(1, 20))))
        elif c == 2:
            lines.append('%s = set(%s)' % (v, iterable()))
        elif c == 3:
            lines.append('%s = {x * %d %% %d for x in range(%d)}' % (v, R.randrange(1, 40), R.randrange(5, 97), R.randrange(0, 60)))
        else:
            lines.append('%s = set(%s)' % (v, iterable()))

    for step in range(R.randrange(15, 45)):
        v = R.choice(VARS)
        w = R.choice(VARS)
        c = R.randrange(40 if EXTRA else 30)
        if c < 6:
            lines.append('%s.add(%s)' % (v, elem()))
        elif c < 9:
            lines.append('%s.discard(%s)' % (v, elem()))
        elif c == 9:
            e = elem()
            lines.append('if %s in %s: %s.remove(%s)' % (e, v, v, e))
        elif c == 10:
            lines.append('for _ in range(%d):\n    if %s: print(%s.pop())' % (R.randrange(1, 6), v, v))
        elif c == 11:
            lines.append('if %d == 0: %s.clear()' % (R.randrange(4), v))
        elif c == 12:
            lines.append('%s.update(%s)' % (v, iterable()))
        elif c == 13:
            op = R.choice(['|=', '&=', '-=', '^='])
            lines.append('%s %s %s' % (v, op, w if R.random() < 0.6 else 'set(%s)' % iterable()))
        elif c == 14:
            m = R.choice(['intersection_update', 'difference_update', 'symmetric_difference_update'])
            lines.append('%s.%s(%s)' % (v, m, iterable()))
        elif c == 15:
            op = R.choice(['|', '&', '-', '^'])
            lines.append('%s = %s %s %s' % (v, w, op, R.choice(VARS)))
        elif c == 16:
            m = R.choice(['union', 'intersection', 'difference', 'symmetric_difference'])
            lines.append('%s = %s.%s(%s)' % (v, w, m, iterable()))
        elif c == 17:
            m = R.choice(['union', 'intersection', 'difference'])
            lines.append('%s = %s.%s(%s, %s)' % (v, w, m, iterable(), iterable()))
        elif c == 18:
            lines.append('%s = %s.copy()' % (v, w))
        elif c == 19:
            lines.append('%s = set(frozenset(%s))' % (v, w))
        elif c == 20:
            lines.append('for k in range(%d):\n    %s.add(k * %d %% %d)\n    if k %% %d == 0: %s.discard(k %% %d)'
                         % (R.randrange(10, 120), v, R.randrange(1, 50), R.randrange(7, 97), R.randrange(2, 5), v, R.randrange(3, 20)))
        elif c == 21:
            lines.append('%s = {%s}' % (v, ', '.join(['*' + w, '*' + R.choice(VARS)])))
        elif c == 22:
            lines.append('%s = {y for y in %s if y != %s}' % (v, w, elem()))
        elif c == 23:
            lines.append('f = frozenset(%s) | %s\nprint(f)' % (w, v))
        elif c == 30:
            lines.append('%s.update(%s, %s)' % (v, iterable(), iterable()))
        elif c == 31:
            m = R.choice(['intersection_update', 'difference_update'])
            lines.append('%s.%s(%s, %s)' % (v, m, iterable(), iterable()))
        elif c == 32:
            m = R.choice(['union', 'intersection', 'difference', 'copy'])
            lines.append('%s = %s.%s()' % (v, w, m))
        elif c == 33:
            lines.append('%s = set(range(%d))\nfor k in range(0, %d, %d): %s.discard(k)\n%s = set(%s)'
                         % (v, R.randrange(50, 400), R.randrange(50, 400), R.randrange(1, 4), v, w, v))
        elif c == 34:
            lines.append('%s -= set(range(%d))' % (v, R.randrange(100, 1000)))
        elif c == 35:
            lines.append('while %s: %s.pop()\nfor k in range(%d): %s.add(k * %d)\nprint(%s.pop(), %s)' % (v, v, R.randrange(1, 30), v, R.randrange(1, 9), v, v))
        elif c == 36:
            lines.append('%s = frozenset(frozenset(%s)) - %s' % (v, w, R.choice(VARS)))
        elif c == 37:
            lines.append('%s.clear()\n%s.update(%s)\nprint(%s.pop() if %s else 0, %s)' % (v, v, iterable(), v, v, v))
        elif c == 38:
            lines.append('%s = {*%s}' % (v, w))
        elif c == 39:
            lines.append('%s.symmetric_difference_update(%s)' % (v, iterable()))
        else:
            lines.append('print(%s)' % v)
        if R.random() < 0.3:
            lines.append('print(%s, list(%s))' % (v, w))
    for v in VARS:
        lines.append('print(%s)' % v)
        lines.append('print([%s.pop() for _ in range(min(3, len(%s)))], %s)' % (v, v, v))
    return '\n'.join(lines) + '\n'



def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    first = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    gilvm = sys.argv[3] if len(sys.argv) > 3 else os.path.join(ROOT, 'bin', 'gilvm.js')
    work = sys.argv[4] if len(sys.argv) > 4 else '/tmp/fuzz_set_order'
    os.makedirs(work, exist_ok=True)
    bad = []
    for seed in range(first, first + count):
        path = os.path.join(work, 'p%d.py' % seed)
        with open(path, 'w') as f:
            f.write(program(seed))
        want = subprocess.run(['python3', path], capture_output=True, text=True, timeout=120)
        got = subprocess.run(['node', gilvm, path], capture_output=True, text=True, timeout=120)
        if (want.stdout, want.returncode) != (got.stdout, got.returncode):
            bad.append(seed)
    print('differ: %d / %d%s' % (len(bad), count, (': ' + ' '.join(map(str, bad))) if bad else ''))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
