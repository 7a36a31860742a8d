# gilvm-nogil: --workers 2
# context managers: @contextmanager, suppress, ExitStack, closing, nullcontext, stdout capture
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext
import sys
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("  handled", e)
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("  body", t)
with tag("b"):
    raise KeyError("k")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    print("escaped", e)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in "xyz"]
    stack.callback(print, "callback ran")
    print("  names", names)
class Res:
    def close(self): print("closed Res")
with closing(Res()) as r:
    print("using", type(r).__name__)
class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
buf = Buf()
old = sys.stdout
sys.stdout = buf
print("captured!", 1, 2)
sys.stdout.write("direct\n")
sys.stdout = old
print("buf:", buf.parts, sys.stdout is sys.__stdout__)
with nullcontext(5) as v:
    print("null", v)
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def noyield():
    if False: yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
