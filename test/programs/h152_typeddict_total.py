# gilvm-nogil:
# class Movie(TypedDict, total=False) passes total to __init_subclass__ (was a TypeError);
# __total__, __required_keys__/__optional_keys__ and annotations merged from TypedDict
# bases, for the class and the functional form, as CPython 3.11
from typing import TypedDict
class Movie(TypedDict):
    title: str
    year: int
class M2(Movie, total=False):
    extra: int
print(Movie.__total__, M2.__total__, M2.__annotations__, Movie.__annotations__)
print(sorted(M2.__required_keys__), sorted(M2.__optional_keys__), sorted(Movie.__required_keys__), Movie.__optional_keys__)
F = TypedDict("F", {"a": int, "b": str}, total=False)
print(F.__total__, F.__annotations__, F.__optional_keys__ == {"a", "b"}, F.__required_keys__, F.__module__)
print(F(a=1), type(F(a=1)), M2(title="t", year=1, extra=2))
G = TypedDict("G", {"x": int})
print(G.__total__, G.__required_keys__)
class Opt(TypedDict, total=False):
    a: int
print(Opt(), Opt.__total__, Opt.__optional_keys__)
print(issubclass(Movie, dict), Movie.__name__, Movie.__qualname__, Movie.__module__)
