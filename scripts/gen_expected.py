#!/usr/bin/env python3
"""Regenerate the expected results of test/programs/*.py with CPython (the oracle).

For each test/programs/X.py (helper modules named mod_*.py are skipped: they are
imported by other programs, not run), runs `python3 X.py` with cwd test/programs,
PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8, and writes:
  X.out   stdout, byte for byte
  X.err   the last line of stderr (with a trailing newline), or an empty file
  X.exit  the exit code as text, with a newline
Options for gilvm live in a leading comment `# gilvm: ...`; CPython ignores them.
Usage: python3 scripts/gen_expected.py [X.py ...]   (default: every program)
Never edit the expected files by hand: rerun this script.
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "test", "programs")


def program_names(argv):
    if argv:
        return [os.path.basename(a) for a in argv]
    return sorted(n for n in os.listdir(PROGRAMS)
                  if n.endswith(".py") and not n.startswith("mod_"))


def main(argv):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONSTARTUP", None)
    for name in program_names(argv):
        stem = name[:-3]
        # standard input: X.stdin when the program has one, else empty
        stdin_path = os.path.join(PROGRAMS, stem + ".stdin")
        stdin_data = open(stdin_path, "rb").read() if os.path.exists(stdin_path) else b""
        proc = subprocess.run(["python3", name], cwd=PROGRAMS,
                              env=env, input=stdin_data, capture_output=True,
                              timeout=60)
        err_lines = proc.stderr.decode("utf-8").splitlines()
        last = err_lines[-1] + "\n" if err_lines else ""
        with open(os.path.join(PROGRAMS, stem + ".out"), "wb") as f:
            f.write(proc.stdout)
        with open(os.path.join(PROGRAMS, stem + ".err"), "w", encoding="utf-8") as f:
            f.write(last)
        with open(os.path.join(PROGRAMS, stem + ".exit"), "w") as f:
            f.write(f"{proc.returncode}\n")
        print(f"{name}: exit {proc.returncode}")
    # drop expected files whose program is gone
    if not argv:
        for n in os.listdir(PROGRAMS):
            stem, ext = os.path.splitext(n)
            if ext in (".out", ".err", ".exit") and not os.path.exists(
                    os.path.join(PROGRAMS, stem + ".py")):
                os.remove(os.path.join(PROGRAMS, n))


if __name__ == "__main__":
    main(sys.argv[1:])
