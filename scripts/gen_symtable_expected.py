#!/usr/bin/env python3
"""Write CPython's symbol tables for test/compiler/symtable/*.py beside them as *.expected.

For each program: every scope, depth first in CPython's child order, as
`<type> <name>` and for every symbol, in CPython's order, its name, its raw flags
(`Symbol._Symbol__flags`: DEF_* bits | scope << 11), its resolved scope (LOCAL, CELL, FREE,
GLOBAL_EXPLICIT, GLOBAL_IMPLICIT) and the predicates of the `symtable` module that hold.
A program whose first line is `# error` must fail: the expected file then holds
`SyntaxError: <msg> (line L, offset O)`.
test/compiler/symtable.test.ts prints gilvm's symtable in the same format and compares.

Usage: python3 scripts/gen_symtable_expected.py [FILES...]   (default: all programs)
"""
import glob
import os
import sys
import symtable

SCOPE_NAMES = {1: 'LOCAL', 2: 'GLOBAL_EXPLICIT', 3: 'GLOBAL_IMPLICIT', 4: 'FREE', 5: 'CELL'}
PREDICATES = ('is_local', 'is_global', 'is_declared_global', 'is_nonlocal', 'is_free',
              'is_parameter', 'is_assigned', 'is_referenced', 'is_imported', 'is_annotated')


def render_table(table, out, depth=0):
    indent = '  ' * depth
    out.append('%s%s %s' % (indent, table.get_type().lower(), table.get_name()))
    for sym in table.get_symbols():
        flags = sym._Symbol__flags
        scope = SCOPE_NAMES.get(sym._Symbol__scope, str(sym._Symbol__scope))
        preds = [p[3:] for p in PREDICATES if getattr(sym, p)()]
        out.append('%s  %s flags=%d scope=%s %s' % (indent, sym.get_name(), flags, scope, ' '.join(preds)))
    for child in table.get_children():
        render_table(child, out, depth + 1)


def render(path):
    with open(path) as f:
        source = f.read()
    try:
        table = symtable.symtable(source, os.path.basename(path), 'exec')
    except SyntaxError as e:
        return 'SyntaxError: %s (line %s, offset %s)\n' % (e.msg, e.lineno, e.offset)
    out = []
    render_table(table, out)
    return '\n'.join(out) + '\n'


def main(argv):
    here = os.path.join(os.path.dirname(__file__), '..', 'test', 'compiler', 'symtable')
    files = argv or sorted(glob.glob(os.path.join(here, '*.py')))
    for path in files:
        with open(path[:-3] + '.expected', 'w') as f:
            f.write(render(path))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
