#!/usr/bin/env python3
"""Write, for each test/compiler/programs/*.py, CPython's AST as JSON (*.ast.json, via
scripts/py_ast_json.py) and CPython 3.11's code listing mapped to gilvm's opcode set
(*.dis, via test/helpers/cpython_dis.py --positions). test/compiler/compiler.test.ts
compiles the committed AST with gilvm and compares with the committed listing, so the test
needs no python3. Usage: python3 scripts/gen_compiler_expected.py [FILES...]
"""
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def main(argv):
    files = argv or sorted(glob.glob(os.path.join(ROOT, 'test', 'compiler', 'programs', '*.py')))
    for path in files:
        base = path[:-3]
        ast_json = subprocess.run([sys.executable, os.path.join(HERE, 'py_ast_json.py'), path],
                                  check=True, capture_output=True, text=True).stdout
        with open(base + '.ast.json', 'w') as f:
            f.write(ast_json)
        listing = subprocess.run([sys.executable, os.path.join(ROOT, 'test', 'helpers', 'cpython_dis.py'),
                                  '--positions', path], check=True, capture_output=True, text=True).stdout
        with open(base + '.dis', 'w') as f:
            f.write(listing)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
