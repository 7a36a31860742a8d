#!/usr/bin/env python3
"""Regenerate the expected results of test/syntax-errors/*.py with CPython.

For each X.py runs `python3 X.py` with cwd test/syntax-errors, PYTHONHASHSEED=0 and
PYTHONIOENCODING=utf-8. CPython prints the script's absolute path; it is rewritten so
the traceback reads `File "X.py"` (and a warning's prefix `X.py:N:`). Writes X.err (the full stderr) and X.exit (the exit code, text plus newline); for files
that run (exit 0) it also writes X.out (their stdout).
Files whose first lines contain `# gilvm-only: SyntaxError` are skipped: CPython
accepts them (e.g. `match`), gilvm must reject them with a SyntaxError naming the
construct; the test checks that directly. Files marked `# valid` expect exit 0.
Usage: python3 scripts/gen_syntax_expected.py [X.py ...]
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIR = os.path.join(ROOT, "test", "syntax-errors")


def is_gilvm_only(path):
    with open(path, "rb") as f:
        head = f.read(400)
    return b"# gilvm-only: SyntaxError" in head


def main(argv):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    names = [os.path.basename(a) for a in argv] or sorted(
        n for n in os.listdir(DIR) if n.endswith(".py"))
    for name in names:
        stem = name[:-3]
        if is_gilvm_only(os.path.join(DIR, name)):
            for ext in (".err", ".exit"):
                p = os.path.join(DIR, stem + ext)
                if os.path.exists(p):
                    os.remove(p)
            print(f"{name}: gilvm-only, skipped")
            continue
        proc = subprocess.run(["python3", name], cwd=DIR, env=env,
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=30)
        # CPython 3.11 reports the script by its absolute path; the expected files use
        # the relative name, as gilvm is run with cwd test/syntax-errors.
        stderr = proc.stderr.replace(
            f'File "{os.path.join(DIR, name)}"'.encode(), f'File "{name}"'.encode())
        # a warning's `path:line:` prefix too
        stderr = b"\n".join(line[len(DIR) + 1:] if line.startswith(f"{DIR}/".encode()) else line
                             for line in stderr.split(b"\n"))
        with open(os.path.join(DIR, stem + ".err"), "wb") as f:
            f.write(stderr)
        with open(os.path.join(DIR, stem + ".exit"), "w") as f:
            f.write(f"{proc.returncode}\n")
        out_path = os.path.join(DIR, stem + ".out")
        if proc.returncode == 0:
            with open(out_path, "wb") as f:
                f.write(proc.stdout)
        elif os.path.exists(out_path):
            os.remove(out_path)
        print(f"{name}: exit {proc.returncode}")


if __name__ == "__main__":
    main(sys.argv[1:])
