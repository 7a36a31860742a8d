# Threads printing at once (--no-gil: in parallel): each print() is one write, so lines
# never interleave; the same for print(file=sys.stdout / sys.stderr). sys.stdout is
# sys.__stdout__, as in CPython. Every thread prints the same lines, so the output is
# deterministic exactly when no line was split (one piece per print: CPython writes
# sep and end separately and may interleave those itself).
import sys
import threading

print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)


def worker(n):
    for i in range(1500):
        if i % 3 == 0:
            print("same-line\n", end="", file=sys.stdout)
        else:
            print("same-line\n", end="")


ts = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("done", file=sys.stderr, end="!\n", flush=True)
