# gilvm-nogil:
# typing.TextIO / BinaryIO / IO, ContextManager / AsyncContextManager, SupportsIndex /
# SupportsBytes / SupportsComplex and the module's T, KT, VT, T_co... type variables import
# and work in annotations as CPython 3.11 (each was an ImportError)
import sys, io, typing, contextlib
from typing import TextIO, BinaryIO, IO, ContextManager, AsyncContextManager, SupportsIndex, SupportsBytes, SupportsComplex, Iterator
def write_report(out: TextIO, lines: list[str]) -> None:
    for l in lines:
        out.write(l + "\n")
write_report(sys.stdout, ["a", "b"])
buf = io.StringIO()
write_report(buf, ["c"])
print(repr(buf.getvalue()))
print(TextIO, BinaryIO, IO, IO[str], typing.get_origin(IO[bytes]), TextIO.__mro__[1:3] if False else "")
print(ContextManager, ContextManager[int], AsyncContextManager[str], typing.get_origin(ContextManager[int]))
@contextlib.contextmanager
def cm() -> Iterator[int]:
    yield 1
def use(c: ContextManager[int]) -> int:
    with c as v:
        return v
print(use(cm()))
print(isinstance(cm(), ContextManager), isinstance(1, ContextManager), isinstance(3, SupportsIndex), isinstance(3.0, SupportsIndex))
print(typing.T, typing.KT, typing.T_co, typing.T_contra)
def idx(x: SupportsIndex) -> int: return x.__index__()
print(idx(True))
