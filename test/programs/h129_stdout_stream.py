# gilvm-nogil:
# sys.stdout / sys.stderr as CPython's TextIOWrapper: name, mode, errors, closed, repr, and METH_O / METH_NOARGS argument messages of write, writelines, flush, isatty, fileno
import sys
print(sys.stdin.name, sys.stdout.name, sys.stderr.name)
print(sys.stdout.encoding, sys.stdin.encoding)
print(sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdin.mode, sys.stdout.mode)
print(sys.stdout.readable(), sys.stdout.writable(), sys.stdin.readable())
print(repr(sys.stdout))
print(repr(sys.stderr))
print(repr(sys.stdin))
print(sys.stdout.errors, sys.stderr.errors, sys.stdin.errors)
print(sys.stdout.closed, sys.stdin.closed)
for f in [lambda: sys.stdout.write(), lambda: sys.stdout.write("a", "b"), lambda: sys.stdout.write(s="x"),
          lambda: sys.stdout.writelines(), lambda: sys.stdout.writelines(["a"], 1), lambda: sys.stdout.writelines([1]),
          lambda: sys.stdout.writelines(5), lambda: sys.stdout.flush(1), lambda: sys.stdout.isatty(1), lambda: sys.stdout.fileno(2),
          lambda: sys.stdout.writelines(lines=[]), lambda: sys.stderr.write(None)]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
