# gilvm-nogil: --workers 2
# A sys.excepthook that raises: CPython prints "Error in sys.excepthook:" with the hook's
# error, then "Original exception was:" and the original traceback (last line: it).
import sys


def broken_hook(exc_type, exc, tb):
    print("hook called with", exc_type.__name__, exc)
    raise RuntimeError("the hook itself failed")


sys.excepthook = broken_hook
data = {"a": 1}
print(data["b"])
