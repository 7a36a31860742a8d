#!/usr/bin/env python3
"""Regenerate the expected CPython results of test/frontend/bad/*.py (the parser's bad files).

For each X.py runs `python3 X.py` with cwd test/frontend/bad (relative name, so the report
reads `File "X.py"`) and writes X.err (the full stderr) and X.exit (the exit code, text plus
newline). Files whose first line contains `# gilvm-only` are skipped (CPython accepts them;
the test states gilvm's message itself).
Usage: python3 scripts/gen_frontend_bad_expected.py [X.py ...]
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIR = os.path.join(ROOT, "test", "frontend", "bad")


def main(argv):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    names = [os.path.basename(a) for a in argv] or sorted(n for n in os.listdir(DIR) if n.endswith(".py"))
    for name in names:
        with open(os.path.join(DIR, name), "rb") as f:
            if b"# gilvm-only" in f.readline():
                print(f"{name}: gilvm-only, skipped")
                continue
        proc = subprocess.run(["python3", name], cwd=DIR, env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=30)
        stem = name[:-3]
        # CPython names the script by its absolute path; keep only the file name so the
        # expected files do not depend on where the repository lives.
        stderr = proc.stderr.replace(('File "%s"' % os.path.join(DIR, name)).encode(), ('File "%s"' % name).encode())
        with open(os.path.join(DIR, stem + ".err"), "wb") as f:
            f.write(stderr)
        with open(os.path.join(DIR, stem + ".exit"), "w") as f:
            f.write(f"{proc.returncode}\n")
        print(f"{name}: exit {proc.returncode}")


if __name__ == "__main__":
    main(sys.argv[1:])
