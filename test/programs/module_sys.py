# The sys module: argv, maxsize, version_info-free checks, recursion limit,
# switch interval, getrefcount, stdout/stderr objects, modules, exit via SystemExit.
# sys.implementation.name differs between CPython and gilvm, so it is only checked
# to be a string.
import sys

print(len(sys.argv), sys.argv[0])
print(sys.maxsize == 2 ** 63 - 1 or sys.maxsize == 2 ** 31 - 1, sys.maxsize > 2 ** 30)
print(type(sys.version).__name__, sys.version[0], type(sys.implementation.name).__name__)
limit = sys.getrecursionlimit()
print(type(limit).__name__, limit > 0)
sys.setrecursionlimit(limit + 100)
print(sys.getrecursionlimit() - limit)
sys.setrecursionlimit(limit)
interval = sys.getswitchinterval()
print(type(interval).__name__, interval > 0)
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(interval)
print(sys.getswitchinterval() == interval)
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
x = object()
print(type(sys.getrefcount(x)).__name__, sys.getrefcount(x) >= 1)
print(hasattr(sys.stdout, "write"), hasattr(sys.stderr, "flush"), sys.stdout is not sys.stderr)
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["__main__"].__name__)
out = sys.stdout
out.write("via saved reference\n")
print(sys.exit.__name__, callable(sys.exit))
try:
    sys.exit("caught message")
except SystemExit as e:
    print("SystemExit:", e.code, e.args)
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit code", e.code)
