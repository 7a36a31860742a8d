#!/usr/bin/env python3
"""Regenerate the expected results of test/tracebacks/*.py with CPython 3.11.

For each X.py (files named *_mod.py are modules the programs import, not programs) runs
`python3 X.py` and `python3 -c "<X.py's text>"` with cwd test/tracebacks,
PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8 and PYTHONDONTWRITEBYTECODE=1 (no __pycache__
beside the sibling modules). CPython names a script and the modules it imports by their
absolute paths; the expected files use the names relative to test/tracebacks, and the
test rewrites gilvm's output the same way. Writes X.out (stdout), X.err (the full stderr
of the script run) and X.exit (the exit code); for programs with the line
`# gilvm-test: also -c` also X.c.err, the full stderr of the -c run (which must exit the
same way and print the same stdout).
Usage: python3 scripts/gen_traceback_expected.py [X.py ...]
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIR = os.path.join(ROOT, "test", "tracebacks")
ALSO_C = "# gilvm-test: also -c"


def run(args, env):
    proc = subprocess.run(["python3", *args], cwd=DIR, env=env, stdin=subprocess.DEVNULL,
                          capture_output=True, timeout=60)
    stderr = proc.stderr.replace(f'File "{DIR}/'.encode(), b'File "')
    return proc.stdout, stderr, proc.returncode


def main(argv):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    names = [os.path.basename(a) for a in argv] or sorted(
        n for n in os.listdir(DIR) if n.endswith(".py") and not n.endswith("_mod.py"))
    for name in names:
        stem = name[:-3]
        with open(os.path.join(DIR, name), encoding="utf-8") as f:
            source = f.read()
        out, err, code = run([name], env)
        files = [(".out", out), (".err", err)]
        c_err_path = os.path.join(DIR, stem + ".c.err")
        if ALSO_C in source:
            c_out, c_err, c_code = run(["-c", source], env)
            if (c_out, c_code) != (out, code):
                sys.exit(f"{name}: the -c run differs in stdout or exit code; leave it out")
            files.append((".c.err", c_err))
        elif os.path.exists(c_err_path):
            os.remove(c_err_path)
        for ext, data in files:
            with open(os.path.join(DIR, stem + ext), "wb") as f:
                f.write(data)
        with open(os.path.join(DIR, stem + ".exit"), "w") as f:
            f.write(f"{code}\n")
        print(f"{name}: exit {code}")


if __name__ == "__main__":
    main(sys.argv[1:])
