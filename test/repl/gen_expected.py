#!/usr/bin/env python3
"""Writes the expected output of every REPL session in this directory from CPython.

For NAME.in (the lines typed, fed on stdin) with optional NAME.args (one argument per
line), runs `python3 -i ARGS < NAME.in` here (cwd test/repl) and writes NAME.out (stdout),
NAME.err (stderr without CPython's two-line banner, which gilvm does not print on a pipe)
and NAME.exit (the exit code). Sessions named piped_*.in run without -i (`python3 < x`,
stdin as a script). Usage: python3 test/repl/gen_expected.py [NAME...]
Review the diff before committing: the expected files are CPython 3.11's behaviour.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BANNER = ('Python 3.', 'Type "help", "copyright", "credits" or "license" for more information.')


def main() -> None:
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(HERE) if f.endswith('.in'))
    for name in names:
        args_path = os.path.join(HERE, name + '.args')
        args = open(args_path).read().splitlines() if os.path.exists(args_path) else []
        flags = [] if name.startswith('piped_') else ['-i']
        with open(os.path.join(HERE, name + '.in'), 'rb') as stdin:
            r = subprocess.run(['python3', *flags, *args], stdin=stdin, capture_output=True, cwd=HERE,
                               env={**os.environ, 'PYTHONDONTWRITEBYTECODE': '1', 'PYTHONSTARTUP': ''})
        err = r.stderr.decode()
        lines = err.splitlines(keepends=True)
        while lines and lines[0].startswith(BANNER):
            lines.pop(0)
        for ext, data in (('out', r.stdout.decode()), ('err', ''.join(lines)), ('exit', f'{r.returncode}\n')):
            with open(os.path.join(HERE, f'{name}.{ext}'), 'w') as f:
                f.write(data)
        print(f'{name}: exit {r.returncode}')


if __name__ == '__main__':
    main()
