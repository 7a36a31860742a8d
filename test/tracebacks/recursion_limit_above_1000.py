# A recursion limit above 1000: the traceback shows the innermost 1000 entries (CPython's
# PyTraceBack_LIMIT), so no <module> line, and the repeat count of those
import sys

sys.setrecursionlimit(1100)


def f():
    f()


f()
