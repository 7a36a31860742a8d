# gilvm-nogil:
# a collections.abc ABC in a union (int | Mapping, Mapping | None): a types.UnionType that
# prints, compares and checks as CPython 3.11 (was a TypeError); typing.Optional/Union print it
from collections.abc import Mapping, Sequence, Iterable
import typing
u = int | Mapping
print(u, Mapping | None, Sequence | int | None, u.__args__, (u | str).__args__)
print(isinstance({}, u), isinstance(3, u), isinstance("s", u), isinstance([1], Sequence | None), issubclass(dict, u))
print(u == (int | Mapping), typing.Optional[Mapping], typing.Union[Sequence, int])
def f(x: Mapping | None = None) -> Iterable[int] | None: pass
print(f.__annotations__)
print(list[int] | Mapping)
