# gilvm-nogil:
# typing.get_origin(int | str) is types.UnionType (was typing.Union), as CPython 3.11
import typing, types
from typing import get_origin, get_args, Union, Optional, List, Dict, Callable
for tp in [int | str, int | None, Union[int, str], Optional[int], List[int], list[int], dict[str, int], Dict[str, int], Callable[[int], str], int, typing.Generic, tuple[int, ...]]:
    print(get_origin(tp), get_args(tp))
print(get_origin(int | str) is types.UnionType, get_origin(Union[int, str]) is Union)
def describe(tp):
    if get_origin(tp) in (Union, types.UnionType):
        return "union of " + ", ".join(a.__name__ for a in get_args(tp))
    return tp.__name__
print(describe(int | str), describe(Optional[float]), describe(bytes))
