# gilvm-nogil: --workers 2
# sys.excepthook: a replacement receives the main thread's uncaught exception (type,
# value, traceback); sys.__excepthook__ is the original; sys.flags is a struct sequence.
import sys

print(sys.excepthook is sys.__excepthook__, sys.excepthook.__name__)
print(sys.flags.optimize, sys.flags.verbose, sys.flags.debug, sys.flags.quiet, type(sys.flags).__name__, len(sys.flags) >= 15)
try:
    sys.__excepthook__(ValueError)
except TypeError as e:
    print("TypeError", e)


def log_uncaught(exc_type, exc, tb):
    print(f"uncaught {exc_type.__name__}: {exc} (line {tb.tb_lineno}, in {tb.tb_frame.f_code.co_name})")
    sys.__excepthook__(exc_type, exc, tb)


sys.excepthook = log_uncaught
print(sys.excepthook is sys.__excepthook__)


def fail(x):
    raise LookupError(f"no item {x!r}")


fail("gizmo")
