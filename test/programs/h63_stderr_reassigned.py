# Error reports go to sys.stderr as it is when they are printed: an object with write(),
# sys.stdout, or None (dropped). Thread exceptions, __del__ errors, sys.excepthook, and the
# final uncaught exception all follow it.
import sys
import threading


class Capture:
    def __init__(self):
        self.parts = []
        self.flushes = 0

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.flushes += 1


cap = Capture()
sys.stderr = cap


def work():
    raise KeyError("in thread")


t = threading.Thread(target=work, name="Worker")
t.start()
t.join()


class Noisy:
    def __del__(self):
        raise RuntimeError("in __del__")


n = Noisy()
del n

try:
    raise ValueError("handled")
except ValueError:
    sys.excepthook(*sys.exc_info())

print("a write to the capture", file=sys.stderr)
sys.stderr = sys.__stderr__
text = "".join(cap.parts)
print("flushed:", cap.flushes > 0)
for line in text.splitlines():
    if not line.startswith(" ") and not line.startswith("Exception ignored in"):
        print("captured:", line)

sys.stderr = None
print("dropped", file=sys.__stdout__)
try:
    raise TypeError("nobody sees this")
except TypeError:
    sys.excepthook(*sys.exc_info())

sys.stderr = sys.stdout
print("to stdout, no traceback:")
sys.excepthook(LookupError, LookupError("direct"), None)


class ToStdoutWithoutPaths:
    def write(self, s):
        for line in s.splitlines(True):
            if not line.startswith("  File"):
                sys.__stdout__.write(line)

    def flush(self):
        pass


sys.stderr = ToStdoutWithoutPaths()


def fail():
    raise ArithmeticError("to stdout")


print("last line before the traceback")
fail()
