# Annotations are evaluated: list[int] (types.GenericAlias), int | None (types.UnionType),
# __class_getitem__, a generic base class (__mro_entries__), unions in isinstance.
def f(x: int | None = None, y: list[int] | None = None) -> dict[str, int]:
    return {}
print(f.__annotations__)
print(int | str, list[int], dict[str, list[int]], tuple[int, ...], type[int], tuple[()], list["Foo"])
print(isinstance(3, int | str), issubclass(bool, int | None), isinstance(None, int | None), isinstance("s", int | float))
print(int | str == str | int, (int | str) | float, int | int, list[int] == list[int], list[int] | None, None | int)
print(list[int]([1, 2]), dict[str, int](a=1), type(list[int]).__name__, list[int].__origin__, list[int].__args__)
from collections import deque, defaultdict, OrderedDict
print(deque[int], defaultdict[str, list[int]])
class MyList(list[int]):
    pass
m = MyList([3]); print(m, MyList.__orig_bases__, MyList.__bases__, MyList.__mro__)
class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item.__name__}"
print(Box[int])
from dataclasses import dataclass, field
@dataclass
class Inv:
    items: list[str] = field(default_factory=list)
    owner: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
print(Inv(), Inv(["a"], "me"))
for bad in (lambda: int[str], lambda: isinstance([], list[int]), lambda: int | 3, lambda: 3 | int):
    try: print(bad())
    except TypeError as e: print("TypeError:", e)
x: list[int] = []
print(__annotations__)
